"""Ingest: the orchestrator between analysis and storage. It loads and analyses files (``corpus.pipeline``)
and hands the results to the store (``corpus.store``), which only persists and reads; reading the
corpus back redoes the analysis of documents stored by older analysis code.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable

from corpus.pipeline import analyse_document, build_corpus, document_id
from corpus.serialize import analysis_from_data, analysis_to_data
from corpus.store import IngestReport, Store, analysis_version
from documents.load import LoadedText, LoadError, load_bytes
from model import Corpus, DocumentAnalysis

_AFTER_INGEST: list[Callable[[Store], None]] = []


def after_ingest(hook: Callable[[Store], None]) -> Callable[[Store], None]:
    """Register work the views need once documents are stored (``views.warm``: the network layout),
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


def ingest(store: Store, files: Iterable[tuple[str, bytes] | LoadedText],
           progress: Callable[[int, int], None] | None = None) -> IngestReport:
    """Analyse and store files in one transaction; unreadable files are reported, not fatal."""
    files = list(files)
    added, unchanged, errors, rows = [], [], [], []
    version = analysis_version()
    for i, item in enumerate(files):
        try:
            loaded = item if isinstance(item, LoadedText) else load_bytes(item[0], item[1])
            if store.has(document_id(loaded.content or loaded.text.encode()), version):
                unchanged.append(loaded.source)
            else:
                rows.append(document_row(loaded, analyse_document(loaded), version))
                added.append(loaded.source)
        except LoadError as exc:
            errors.append(str(exc))
        except Exception as exc:  # analysis must never lose the batch; report the file
            name = item.source if isinstance(item, LoadedText) else item[0]
            errors.append(f"{name}: analysis failed ({type(exc).__name__}: {exc})")
        if progress:
            progress(i + 1, len(files))
    store.write_documents(rows)
    if rows:
        warm(store)
    return IngestReport(tuple(added), tuple(unchanged), tuple(errors))


def current_analyses(store: Store) -> list[DocumentAnalysis]:
    """Every stored document's analysis; stale ones (older analysis code) are redone and saved."""
    version = analysis_version()
    out, redone = [], []
    for doc_id, source, analysis, stored_version in store.stored():
        if stored_version == version:
            out.append(analysis_from_data(json.loads(analysis)))
            continue
        try:
            fresh = analyse_document(load_bytes(source, store.content(doc_id)))
        except Exception:  # keep the old analysis rather than lose the document
            out.append(analysis_from_data(json.loads(analysis)))
            continue
        out.append(fresh)
        redone.append((json.dumps(analysis_to_data(fresh)), version, doc_id))
    if redone:
        store.update_analyses(redone)
    return out


def load_corpus(store: Store) -> Corpus:
    """The analysed corpus of a store, with every stored correction applied."""
    return build_corpus(current_analyses(store), store.corrections())
