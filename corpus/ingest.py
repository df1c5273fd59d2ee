"""Ingest: the orchestrator between analysis and storage. It loads and analyses files (``corpus.pipeline``)
and hands the results to the store (``corpus.store``), which only persists and reads; reading the
corpus back redoes the analysis of documents stored by older analysis code.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from pathlib import Path

from corpus.pipeline import analyse_document, build_corpus
from corpus.serialize import analysis_from_data, analysis_to_data
from corpus.store import IngestReport, Store, analysis_version, document_id
from documents.load import LoadedText, LoadError, load_all, load_bytes, load_path_all
from documents.loaded import Progress
from model import Corpus, DocumentAnalysis

_AFTER_INGEST: list[Callable[[Store], None]] = []


def after_ingest(hook: Callable[[Store], None]) -> Callable[[Store], None]:
    """Register work the views need once documents are stored (``corpus.warm``: the network layout),
    so it is done at ingest, with the ingest's wait, and a page's first visit is as fast as the next."""
    if hook not in _AFTER_INGEST:
        _AFTER_INGEST.append(hook)
    return hook


def warm(store: Store) -> None:
    """Run the registered after-ingest work on the store (nothing when none is registered)."""
    for hook in list(_AFTER_INGEST):
        hook(store)


def document_row(loaded: LoadedText, analysis: DocumentAnalysis, version: str) -> tuple:
    """One ``documents`` row: (id, source, format, content, added_at, analysis JSON, version)."""
    content = loaded.content or loaded.text.encode()
    return (document_id(content), loaded.source, loaded.format, content,
            dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), json.dumps(analysis_to_data(analysis)),
            version)


BATCH_DOCUMENTS = 50  # analysed documents per transaction: a kill loses at most this much work
BATCH_BYTES = 32 * 2**20  # …or this many bytes of content, whichever comes first

Item = tuple[str, bytes] | LoadedText | Path


def ingest(store: Store, files: Iterable[Item], progress: Callable[[int, int], None] | None = None, *,
           detail: Progress | None = None, batch_documents: int = BATCH_DOCUMENTS, warm_after: bool = True) -> IngestReport:
    """Analyse files and store them in batches, each one transaction: a run killed midway keeps every
    finished batch, and running it again analyses only what is missing.

    The report counts what THIS run did: each batch is written inside one write transaction that first
    looks again at what is stored, so of several ingests of the same files running at once exactly one
    reports each document as added and the others as unchanged. Files are (name, bytes), Paths (read
    one at a time) or already loaded texts; a .zip counts each member. Unreadable files become one
    message each, never an exception. ``progress(i, n)`` follows the files, ``detail`` slow steps
    inside one (OCR pages). ``warm_after=False`` leaves the after-ingest work to the caller (the app's
    first start shows its page before the slower part of it)."""
    files = list(files)
    version = analysis_version()
    added: list[str] = []
    unchanged: list[str] = []
    errors: list[str] = []
    rows: list[tuple] = []

    def flush() -> None:
        new = set(store.write_documents(rows))
        for row in rows:
            (added if row[0] in new else unchanged).append(row[1])
            new.discard(row[0])  # the same content twice in one batch: the second is unchanged
        rows.clear()

    for i, item in enumerate(files):
        for loaded in _load(item, detail):
            if isinstance(loaded, LoadError):
                errors.append(str(loaded))
                continue
            try:
                if store.has(document_id(loaded.content or loaded.text.encode()), version):
                    unchanged.append(loaded.source)
                    continue
                rows.append(document_row(loaded, analyse_document(loaded), version))
            except Exception as exc:  # analysis must never lose the batch; report the file
                errors.append(f"{loaded.source}: analysis failed ({type(exc).__name__}: {exc})")
            if len(rows) >= batch_documents or sum(len(r[3]) for r in rows) >= BATCH_BYTES:
                flush()
        if progress:
            progress(i + 1, len(files))
    flush()
    if added and warm_after:
        warm(store)
    return IngestReport(tuple(added), tuple(unchanged), tuple(errors))


def _load(item: Item, detail: Progress | None) -> list[LoadedText | LoadError]:
    if isinstance(item, LoadedText):
        return [item]
    if isinstance(item, Path):
        return load_path_all(item, detail)
    return load_all(item[0], item[1], detail)


def current_analyses(store: Store, progress: Callable[[int, int], None] | None = None) -> list[DocumentAnalysis]:
    """Every stored document's analysis; stale ones (older analysis code) are redone and saved.
    ``progress(i, n)`` follows the stale documents (n of them) as each is redone."""
    version = analysis_version()
    stale = store.stale_count(version) if progress else 0
    out, redone, tried = [], [], 0
    for doc_id, source, analysis, stored_version in store.stored():
        if stored_version == version:
            out.append(analysis_from_data(json.loads(analysis)))
            continue
        tried += 1
        try:
            fresh = analyse_document(load_bytes(source, store.content(doc_id)))
        except Exception:  # keep the old analysis rather than lose the document
            fresh = None
            out.append(analysis_from_data(json.loads(analysis)))
        if fresh is not None:
            out.append(fresh)
            redone.append((json.dumps(analysis_to_data(fresh)), version, doc_id))
        if progress:
            progress(tried, max(stale, tried))
    if redone:
        store.update_analyses(redone)
    return out


def load_corpus(store: Store, progress: Callable[[int, int], None] | None = None) -> Corpus:
    """The analysed corpus of a store, with every stored correction applied (``progress``: see
    ``current_analyses``)."""
    return build_corpus(current_analyses(store, progress), store.corrections())
