"""The upload box shared by the home and documents pages: every file gets a result or a clear error."""
from __future__ import annotations

import streamlit as st

from corpus.load import SUPPORTED_SUFFIXES
from ui.data import open_store


def upload_box(key: str = "upload") -> None:
    files = st.file_uploader("Add documents (.txt, .md, .html, .pdf)", accept_multiple_files=True, key=key,
                             type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES])
    if not files or not st.button("Analyse and add", key=f"{key}_go", type="primary"):
        return
    bar = st.progress(0.0, text="Analysing…")
    with open_store() as store:
        report = store.ingest(((f.name, f.getvalue()) for f in files),
                              progress=lambda i, n: bar.progress(i / n, text=f"Analysed {i} of {n}"))
    bar.empty()
    for name in report.added:
        st.success(f"Added {name}")
    for name in report.unchanged:
        st.info(f"{name} is already in the corpus")
    for err in report.errors:
        st.error(err)
