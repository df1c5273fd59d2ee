"""The merged corpus saved in the store, so a start (or a correction) reads one saved blob instead of building it again.

Building the corpus decodes every document's analysis, merges places and actors and attaches outlines
from the gazetteer: it imports the analysis packages (spaCy among them) and loads the gazetteer, most of
what a start used to cost. The merge is saved before any correction is applied
(``corpus.pipeline.merge_analyses``), per documents revision (``Store.documents_revision``: documents
and the analysis code), so it is used while neither changed; the corrections are applied to it when it
is read (``corpus.corrections.apply_corrections``, a moment's work with no analysis code), so a new
correction needs no new merge. It is compressed JSON, never pickle: a store file may be passed from
one person to another, and reading it must not run code.

This module imports no analysis code; ``built_corpus`` imports it only when it has to build.
"""
from __future__ import annotations

import json
import zlib

from corpus.corrections import apply_corrections
from corpus.serialize import from_data, to_data
from corpus.store import Store, read_snapshot, write_snapshot
from model import Corpus

NAME = "merged"  # the merge before corrections
OLDER = ("corpus",)  # what older code saved instead (the corrected corpus, per store revision): dropped when saving


def encode(corpus: Corpus) -> bytes:
    return zlib.compress(json.dumps(to_data(corpus), separators=(",", ":")).encode("utf-8"), 1)


def decode(data: bytes) -> Corpus:
    return from_data(Corpus, json.loads(zlib.decompress(data)))


def saved_merge(store: Store, documents_revision: str) -> Corpus | None:
    """The merge saved at exactly this documents revision; None when there is none (or it cannot be read)."""
    data = read_snapshot(store, NAME, documents_revision)
    if data is None:
        return None
    try:
        return decode(data)
    except (zlib.error, ValueError, TypeError, KeyError):  # damaged or from an older model: build it again
        return None


def save_merge(store: Store, documents_revision: str, merged: Corpus) -> None:
    """Save the merge built at ``documents_revision`` (read the revision BEFORE reading what was built
    from it: a snapshot then never claims a newer revision than its content)."""
    write_snapshot(store, NAME, documents_revision, encode(merged), replaces=OLDER)


def saved_corpus(store: Store, revision: str) -> Corpus | None:
    """The corpus at exactly this store revision, from the saved merge and the store's corrections; None
    when no merge is saved for its documents, or the store is no longer at ``revision``."""
    merged = saved_merge(store, store.documents_revision())
    corrections = store.corrections_at(revision) if merged is not None else None
    return None if corrections is None else apply_corrections(merged, corrections)


def built_merge(store: Store) -> Corpus:
    """The merge at the store's current documents revision: the saved one, else built (documents analysed
    by older code are analysed again) and saved for the next start."""
    revision = store.documents_revision()
    merged = saved_merge(store, revision)
    if merged is None:
        from corpus.ingest import current_analyses  # the analysis packages, only when there is something to build
        from corpus.pipeline import merge_analyses

        merged = merge_analyses(current_analyses(store))
        save_merge(store, revision, merged)
    return merged


def built_corpus(store: Store) -> tuple[str, Corpus]:
    """The corpus at the store's current revision, and that revision (``built_merge`` with the corrections)."""
    while True:
        revision = store.revision()
        merged = built_merge(store)
        corrections = store.corrections_at(revision)
        if corrections is not None:  # else a correction came in meanwhile: read again
            return revision, apply_corrections(merged, corrections)
