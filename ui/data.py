"""The page edge: the store, the cached corpus and the filtered views every page shares.

Pure functions from corpus/ do the work; this module only adds Streamlit caching. Every input is an
argument (the store path and its revision), so a cache entry can never outlive the data it holds.
"""
from __future__ import annotations

from pathlib import Path

import streamlit as st

from corpus.filters import YearFilter, filter_corpus
from corpus.load import iter_paths, load_path
from corpus.model import Corpus
from corpus.store import Store, default_path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "data" / "corpus"


def store_path() -> str:
    return str(default_path())


def open_store() -> Store:
    """A fresh connection per use: SQLite connections are not shared between Streamlit threads."""
    return Store(store_path())


@st.cache_resource(show_spinner=False)
def seed_default_corpus(path: str) -> int:
    """Put the shipped documents in an empty store, once per store file."""
    with Store(path) as store:
        if store.document_count() == 0:
            store.ingest(load_path(p) for p in iter_paths([DEFAULT_CORPUS]))
        return store.document_count()


def revision() -> str:
    with open_store() as store:
        return store.revision()


@st.cache_resource(show_spinner="Analysing the corpus…", max_entries=4)
def corpus_at(path: str, rev: str) -> Corpus:
    """The analysed corpus at a store revision (immutable, so shared without copying)."""
    with Store(path) as store:
        return store.corpus()


@st.cache_resource(show_spinner=False, max_entries=32)
def filtered_at(path: str, rev: str, flt: YearFilter) -> Corpus:
    return filter_corpus(corpus_at(path, rev), flt)


def current_corpus() -> Corpus:
    """The whole corpus (seeding the default documents into a new store first)."""
    seed_default_corpus(store_path())
    return corpus_at(store_path(), revision())


def current_view() -> Corpus:
    """The corpus through the shared year filter that streamlit_app.py keeps in session state."""
    flt = st.session_state.get("year_filter", YearFilter())
    seed_default_corpus(store_path())
    return filtered_at(store_path(), revision(), flt)
