"""The page edge: the store, the cached corpus and the filtered views every page shares.

Pure functions from corpus/ do the work; this module only adds Streamlit caching. Every input is an
argument (the store path and its revision), so a cache entry can never outlive the data it holds.

A start reads the merged corpus the store saved (``corpus.snapshot``) and applies the corrections to
it; neither imports analysis code, so a new correction costs a moment, not a rebuild. spaCy comes in
only when documents must be analysed (``ui.prepare``, an upload), networkx only for the network's
positions.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import streamlit as st

from corpus.corrections import apply_corrections
from corpus.filters import YearFilter, filter_corpus
from corpus.heap import settle
from corpus.snapshot import save_merge, saved_merge
from corpus.store import Store, default_path, documents_part
from model import Corpus
from ui.prepare import wait_until_ready

if TYPE_CHECKING:  # corpus.layout imports networkx
    from corpus.layout import Positions

T = TypeVar("T")


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


class StoreMoved(RuntimeError):
    """The store changed while a page read it (a correction or an upload came in): read it again."""


@st.cache_resource(show_spinner="Building the corpus…", max_entries=1)
def merged_at(path: str, documents_revision: str) -> Corpus:
    """The merged corpus before corrections at a documents revision (``corpus.snapshot``), kept while
    the documents stay the same: a correction is applied to it in a moment (``corpus_at``).

    Read from the store, which saved it when the documents were analysed; else (a store whose
    preparation failed, say) built here and saved from a background thread."""
    with Store(path) as store:
        merged = saved_merge(store, documents_revision)
        if merged is None:
            from corpus.ingest import current_analyses  # the analysis packages: only when building
            from corpus.pipeline import merge_analyses

            merged = merge_analyses(current_analyses(store))
            if store.documents_revision() != documents_revision:  # documents came in meanwhile
                raise StoreMoved(documents_revision)
            threading.Thread(target=_save, args=(path, documents_revision, merged), name="policy-atlas-save",
                             daemon=True).start()
    return merged


def _save(path: str, documents_revision: str, merged: Corpus) -> None:
    with Store(path) as store:
        save_merge(store, documents_revision, merged)


@st.cache_resource(show_spinner=False, max_entries=2)
def corpus_at(path: str, rev: str) -> Corpus:
    """The analysed corpus at a store revision: the merge with the corrections of that revision applied
    (no analysis code: a correction costs a moment, not a rebuild), shared without copying (it is
    immutable), indexed for year filters and out of the garbage collector's way (``corpus.heap.settle``).
    Raises StoreMoved when the store is no longer at ``rev``."""
    with Store(path) as store:
        corrections = store.corrections_at(rev)
    if corrections is None:
        raise StoreMoved(rev)
    return settle(apply_corrections(merged_at(path, documents_part(rev)), corrections))


def at_revision(read: Callable[..., T], *args: Any) -> T:
    """``read(path, revision, *args)`` at the store's current revision, read again if a write comes in
    meanwhile (``StoreMoved``; a few times at most)."""
    for attempt in range(5):
        try:
            return read(store_path(), revision(), *args)
        except StoreMoved:
            if attempt == 4:
                raise
    raise AssertionError("unreachable")


@st.cache_resource(show_spinner=False, max_entries=12)
def filtered_at(path: str, rev: str, flt: YearFilter) -> Corpus:
    return filter_corpus(corpus_at(path, rev), flt)


def current_corpus() -> Corpus:
    """The whole corpus (once the store is ready: ``ui.prepare`` seeds a new store first)."""
    wait_until_ready(store_path())
    return at_revision(corpus_at)


def current_view() -> Corpus:
    """The corpus through the shared year filter that streamlit_app.py keeps in session state."""
    flt = st.session_state.get("year_filter", YearFilter())
    wait_until_ready(store_path())
    return at_revision(filtered_at, flt)


@st.cache_resource(show_spinner="Laying out the network…", max_entries=2)
def positions_at(path: str, rev: str) -> Positions:
    """Positions for the whole actor graph at a store revision: read as saved for this revision (laid
    out at ingest or preparation, so a first visit builds no graph), else the graph's saved layout
    updated (``corpus.view_data.stored_layout``: after a correction, only new actors are placed)."""
    from corpus.view_data import layout_at, stored_layout

    with Store(path) as store:
        saved = layout_at(store, rev)
        if saved is not None:
            return saved
    from corpus.graph import actor_graph
    from corpus.layout import graph_shape

    shape = graph_shape(actor_graph(corpus_at(path, rev)))
    with Store(path) as store:
        return stored_layout(store, shape, revision=rev)


def current_positions() -> Positions:
    """Positions of the current corpus's actor graph (all years), laid out once and stored."""
    wait_until_ready(store_path(), views=True)
    return at_revision(positions_at)


@st.cache_data(show_spinner=False, max_entries=8)
def invalid_corrections(path: str, rev: str) -> list[tuple[int, str]]:
    """Stored corrections that no longer fit the schema (skipped when applying), per store revision."""
    with Store(path) as store:
        return store.invalid_corrections()
