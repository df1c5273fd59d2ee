"""The analyst's corrections, listed with undo (the last) and remove (any): one call from the Map or Network page,
``corrections_panel("place")`` or ``corrections_panel("actor")``.

Correction text is untrusted (names typed by someone, or imported): it is shown with ``st.text`` and
``ui.text.plain``, never as HTML. Removing one changes the store's revision, so every page redraws
without it on the rerun.
"""
from __future__ import annotations

import streamlit as st

from corpus.corrections import describe
from ui.access import require_writer
from ui.data import invalid_corrections, open_store, store_path
from ui.text import plain


def corrections_panel(target: str | None = None, key: str = "corrections", expanded: bool = False) -> None:
    """An expander listing the stored corrections (those of ``target`` — "place" or "actor" — or all), each
    with a Remove button, and an Undo button for the newest. Writes ask for the passcode on a shared app."""
    with open_store() as store:
        log = [(c, when) for c, when in store.correction_log() if target is None or c.target == target]
        revision = store.revision()
    skipped = invalid_corrections(store_path(), revision)
    with st.expander(f"Corrections ({len(log)})", expanded=expanded):
        if not log:
            st.caption("No corrections stored" + (f" for {target}s." if target else "."))
        for correction, when in reversed(log[-200:]):  # newest first; the command line lists them all
            text_col, button_col = st.columns([5, 1], vertical_alignment="center")
            text_col.text(f"#{correction.id} · {when[:16].replace('T', ' ')} · {describe(correction)}")
            if button_col.button("Remove", key=f"{key}_remove_{correction.id}"):
                st.session_state[f"{key}_pending"] = ("remove", correction.id)
        if log and st.button("Undo the last correction", key=f"{key}_undo"):
            st.session_state[f"{key}_pending"] = ("undo", log[-1][0].id)
        if skipped:
            st.caption(plain(f"{len(skipped)} stored correction(s) no longer fit the schema and are skipped "
                             f"(remove them with: python -m corpus corrections remove ID)."))
        pending = st.session_state.get(f"{key}_pending")
        if pending and require_writer("change corrections"):
            st.session_state.pop(f"{key}_pending", None)
            with open_store() as store:
                removed = store.remove_correction(pending[1])
            if removed is not None:
                st.toast(plain(f"Removed: {describe(removed)}"))
            st.rerun()
