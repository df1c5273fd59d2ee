"""The upload box shared by the home and documents pages: every file gets a result or a clear error.

After an ingest the app reruns, so the sidebar's year range and every page see the new documents;
the per-file report is kept in session state to be shown after that rerun. ``add_uploads`` is what
the box calls (tests call it the same way); ``report_lines`` is everything the box then shows.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

import streamlit as st

from corpus.store import IngestReport, Store
from documents.limits import max_bytes
from documents.load import SUPPORTED_SUFFIXES
from documents.loaded import Progress, mb
from ui.access import require_writer
from ui.data import open_store
from ui.text import plain

SUFFIXES = ", ".join(sorted(SUPPORTED_SUFFIXES))


def add_uploads(store: Store, files: Iterable[tuple[str, bytes]], progress: Callable[[int, int], None] | None = None,
                detail: Progress | None = None, views: Callable[[], None] | None = None) -> IngestReport:
    """Analyse uploaded (name, bytes) files into the store: the upload box's one call. When any was
    added, ``views()`` is told before the views' work (saved corpus, search index, network layout:
    ``corpus.warm``), which takes seconds on a large corpus."""
    from corpus.ingest import ingest  # the analysis packages, imported when a file is analysed, not with the page
    from corpus.warm import prepare_views

    report = ingest(store, files, progress, detail=detail, warm_after=False)
    if report.added:
        if views:
            views()
        prepare_views(store)
    return report


def report_lines(report: IngestReport) -> list[tuple[str, str]]:
    """(kind, plain text) lines for a report: one per file or archive member, then the counts.
    kind is "success", "info" or "error"; the text is not yet made safe for Markdown."""
    lines = [("success", f"Added {name}") for name in report.added]
    lines += [("info", f"{name} is already in the corpus") for name in report.unchanged]
    lines += [("error", err) for err in report.errors]
    lines.append(("info" if not report.errors else "error",
                  f"{len(report.added)} added, {len(report.unchanged)} already in the corpus, "
                  f"{len(report.errors)} not read"))
    return lines


def upload_box(key: str = "upload") -> None:
    report_key = f"{key}_report"
    files = st.file_uploader(f"Add documents ({SUFFIXES}; a .zip of them; up to {mb(max_bytes())} MB each)",
                             accept_multiple_files=True, key=key, type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES])
    if files and require_writer("add documents") and st.button("Analyse and add", key=f"{key}_go", type="primary"):
        bar = st.progress(0.0, text="Analysing…")
        step = st.empty()
        with open_store() as store:
            report = add_uploads(store, ((f.name, f.getvalue()) for f in files),
                                 progress=lambda i, n: bar.progress(i / n, text=f"Analysed {i} of {n} files"),
                                 detail=lambda what, i, n: step.progress(i / n, text=plain(f"{what} ({i} of {n})")),
                                 views=lambda: step.progress(1.0, text="Indexing the text and laying out the network…"))
        st.session_state[report_key] = report
        st.rerun()
    report = st.session_state.pop(report_key, None)
    if report is None:
        return
    show = {"success": st.success, "info": st.info, "error": st.error}
    for kind, text in report_lines(report):
        show[kind](plain(text))
