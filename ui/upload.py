"""The upload box shared by the home and documents pages: every file gets a result or a clear error.

After an ingest the app reruns, so the sidebar's year range and every page see the new documents;
the per-file report is kept in session state to be shown after that rerun.
"""
from __future__ import annotations

import streamlit as st

from corpus.ingest import ingest
from documents.load import SUPPORTED_SUFFIXES
from ui.data import open_store
from ui.text import plain


def upload_box(key: str = "upload") -> None:
    report_key = f"{key}_report"
    files = st.file_uploader("Add documents (.txt, .md, .html, .pdf)", accept_multiple_files=True, key=key,
                             type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES])
    if files and st.button("Analyse and add", key=f"{key}_go", type="primary"):
        bar = st.progress(0.0, text="Analysing…")
        with open_store() as store:
            report = ingest(store, ((f.name, f.getvalue()) for f in files),
                                  progress=lambda i, n: bar.progress(i / n, text=f"Analysed {i} of {n}"))
        st.session_state[report_key] = report
        st.rerun()
    report = st.session_state.pop(report_key, None)
    if report is None:
        return
    for name in report.added:
        st.success(f"Added {plain(name)}")
    for name in report.unchanged:
        st.info(f"{plain(name)} is already in the corpus")
    for err in report.errors:
        st.error(plain(err))
