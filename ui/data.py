"""The page edge: the store, the cached corpus and the filtered views every page shares.

Pure functions from corpus/ do the work; this module only adds Streamlit caching. Every input is an
argument (the store path and its revision), so a cache entry can never outlive the data it holds.

A start reads the corpus the store saved (``corpus.snapshot``) and imports no analysis code: spaCy
comes in only when documents must be analysed (``ui.prepare``, an upload, a correction to apply),
networkx only for the network's positions.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import streamlit as st

from corpus.filters import YearFilter, filter_corpus
from corpus.heap import settle
from corpus.snapshot import save_corpus, saved_corpus
from corpus.store import Store, default_path
from model import Corpus
from ui.prepare import wait_until_ready

if TYPE_CHECKING:  # corpus.layout imports networkx
    from corpus.layout import Positions


def store_path() -> str:
    return str(default_path())


def open_store() -> Store:
    """A fresh connection per use (writes, one-off reads); only the revision check shares one."""
    return Store(store_path())


@st.cache_resource(show_spinner=False)
def _watcher(path: str) -> tuple[Store, threading.Lock]:
    """One long-lived connection for revision checks: opening the store costs more than the check,
    and every script run of every session asks. SQLite sees other connections' commits at each
    new read, so it stays current; the lock keeps the threads of several sessions apart."""
    return Store(path), threading.Lock()


def revision() -> str:
    store, lock = _watcher(store_path())
    with lock:
        return store.revision()


@st.cache_resource(show_spinner="Building the corpus…", max_entries=2)
def corpus_at(path: str, rev: str) -> Corpus:
    """The analysed corpus at a store revision (immutable, so shared without copying), indexed
    for year filters and out of the garbage collector's way (``corpus.heap.settle``).

    Read from the store when it saved one at this revision; else built (after a correction, say) and
    saved from a background thread, so this run does not wait for the writing."""
    with Store(path) as store:
        corpus = saved_corpus(store, rev)
        if corpus is None:
            from corpus.ingest import load_corpus  # the analysis packages: only when building

            corpus = load_corpus(store)
            threading.Thread(target=_save, args=(path, rev, corpus), name="policy-atlas-save", daemon=True).start()
    return settle(corpus)


def _save(path: str, rev: str, corpus: Corpus) -> None:
    with Store(path) as store:
        save_corpus(store, rev, corpus)


@st.cache_resource(show_spinner=False, max_entries=12)
def filtered_at(path: str, rev: str, flt: YearFilter) -> Corpus:
    return filter_corpus(corpus_at(path, rev), flt)


def current_corpus() -> Corpus:
    """The whole corpus (once the store is ready: ``ui.prepare`` seeds a new store first)."""
    wait_until_ready(store_path())
    return corpus_at(store_path(), revision())


def current_view() -> Corpus:
    """The corpus through the shared year filter that streamlit_app.py keeps in session state."""
    flt = st.session_state.get("year_filter", YearFilter())
    wait_until_ready(store_path())
    return filtered_at(store_path(), revision(), flt)


@st.cache_resource(show_spinner="Laying out the network…", max_entries=2)
def positions_at(path: str, rev: str) -> Positions:
    """Positions for the whole actor graph at a store revision (see ``corpus.view_data.stored_layout``;
    normally laid out at ingest already, so this only reads them)."""
    from corpus.graph import actor_graph
    from corpus.layout import graph_shape
    from corpus.view_data import stored_layout

    shape = graph_shape(actor_graph(corpus_at(path, rev)))
    with Store(path) as store:
        return stored_layout(store, shape)


def current_positions() -> Positions:
    """Positions of the current corpus's actor graph (all years), laid out once and stored."""
    wait_until_ready(store_path(), views=True)
    return positions_at(store_path(), revision())


@st.cache_data(show_spinner=False, max_entries=8)
def invalid_corrections(path: str, rev: str) -> list[tuple[int, str]]:
    """Stored corrections that no longer fit the schema (skipped when applying), per store revision."""
    with Store(path) as store:
        return store.invalid_corrections()
