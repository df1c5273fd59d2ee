"""The page edge of full-text search: one index per store revision, kept in the store's file."""
from __future__ import annotations

import threading

import streamlit as st

from corpus.search_index import SearchIndex
from corpus.store import documents_part
from ui.data import at_revision, corpus_at, store_path
from ui.prepare import wait_until_ready


@st.cache_resource(show_spinner="Indexing the text for search…", max_entries=2)
def _index_at(path: str, rev: str) -> tuple[SearchIndex, threading.Lock]:
    index = SearchIndex(path)
    index.ensure(corpus_at(path, rev), rev, documents_part(rev))  # after a correction: only its tags
    return index, threading.Lock()


class _Locked:
    """The shared index, one query at a time (sessions run in threads; one SQLite connection)."""

    def __init__(self, index: SearchIndex, lock: threading.Lock):
        self.index, self.lock = index, lock

    def search(self, *args, **kwargs):
        with self.lock:
            return self.index.search(*args, **kwargs)


def current_index() -> _Locked:
    wait_until_ready(store_path(), views=True)
    return _Locked(*at_revision(_index_at))
