"""The built corpus saved in the store, so a start reads one saved blob instead of building it again.

Building the corpus decodes every document's analysis, merges places and actors, attaches outlines
from the gazetteer and applies the corrections: it imports the analysis packages (spaCy among them)
and loads the gazetteer, most of what a start used to cost. The result is saved per store revision
(``Store.revision``: documents, corrections and the analysis code), so it is used only while none of
them changed. It is compressed JSON, never pickle: a store file may be passed from one person to
another, and reading it must not run code.

This module imports no analysis code; ``built_corpus`` imports it only when it has to build.
"""
from __future__ import annotations

import json
import zlib

from corpus.serialize import from_data, to_data
from corpus.store import Store, read_snapshot, write_snapshot
from model import Corpus

NAME = "corpus"


def encode(corpus: Corpus) -> bytes:
    return zlib.compress(json.dumps(to_data(corpus), separators=(",", ":")).encode("utf-8"), 1)


def decode(data: bytes) -> Corpus:
    return from_data(Corpus, json.loads(zlib.decompress(data)))


def saved_corpus(store: Store, revision: str) -> Corpus | None:
    """The corpus saved at exactly this revision; None when there is none (or it cannot be read)."""
    data = read_snapshot(store, NAME, revision)
    if data is None:
        return None
    try:
        return decode(data)
    except (zlib.error, ValueError, TypeError, KeyError):  # damaged or from an older model: build it again
        return None


def save_corpus(store: Store, revision: str, corpus: Corpus) -> None:
    """Save the corpus built at ``revision`` (read the revision BEFORE reading what was built from it:
    a snapshot then never claims a newer revision than its content)."""
    write_snapshot(store, NAME, revision, encode(corpus))


def built_corpus(store: Store) -> Corpus:
    """The corpus at the store's current revision: the saved one, else built (documents analysed by
    older code are analysed again) and saved for the next start."""
    revision = store.revision()
    corpus = saved_corpus(store, revision)
    if corpus is None:
        from corpus.ingest import load_corpus  # the analysis packages, only when there is something to build

        corpus = load_corpus(store)
        save_corpus(store, revision, corpus)
    return corpus
