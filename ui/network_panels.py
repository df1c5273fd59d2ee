"""The network page's lower panels: downloads of the filtered graph and the actor corrections form.

Kept out of ``app_pages/network.py`` so the page reads as its layout; both only call pure builders
(``views.network_export``, ``views.network_corrections``) and the store.
"""
from __future__ import annotations

import streamlit as st

from corpus.graph import actor_graph
from corpus.layout import Positions
from model import ACTOR_KINDS, Corpus
from ui.access import can_write, require_writer
from ui.data import open_store
from ui.text import plain
from views.network_build import NetworkFilter, filter_graph
from views.network_corrections import ACTIONS, CorrectionError, actor_correction
from views.network_export import csv_zip, gexf_bytes, graphml_bytes
from views.network_params import Selection
from views.network_style import ACTOR_STYLES


def downloads(corpus: Corpus, flt: NetworkFilter, positions: Positions) -> None:
    """GEXF, GraphML and CSV of the whole filtered graph (not capped like the drawing)."""
    with st.expander("Download this network (as filtered)"):
        c1, c2, c3 = st.columns(3)

        # on_click="ignore": no rerun beside the file's request (racing it can leave the button spinning)
        def graph():  # built only when a download is asked for
            return filter_graph(actor_graph(corpus), flt)

        c1.download_button("GEXF (Gephi)", lambda: gexf_bytes(graph(), positions), "policy-atlas-network.gexf",
                           "application/xml", key="dl_net_gexf", on_click="ignore")
        c2.download_button("GraphML (Cytoscape)", lambda: graphml_bytes(graph(), positions),
                           "policy-atlas-network.graphml", "application/xml", key="dl_net_graphml", on_click="ignore")
        c3.download_button("CSV nodes + edges with evidence", lambda: csv_zip(graph(), corpus),
                           "policy-atlas-network-csv.zip", "application/zip", key="dl_net_csv", on_click="ignore")


def corrections_form(corpus: Corpus, selected: str | None, expanded: bool = False) -> None:
    """Merge, split, rename, re-kind or delete an actor; stored, then applied to every view."""
    names = {a.id: a.name for a in corpus.actors}
    with st.expander("Correct the actors (stored, applied to every view, export and re-analysis)", expanded=expanded):
        require_writer("correct actors")  # a shared room: the passcode first (ui.access)
        ids = sorted(names, key=lambda i: names[i].casefold())
        action = st.radio("Correction", list(ACTIONS), format_func=ACTIONS.get, horizontal=True, key="fix_action")
        with st.form("fix_form", border=False):
            actor = st.selectbox("Actor", ids, format_func=names.get, key="fix_actor",
                                 index=ids.index(selected) if selected in ids else None)
            known = next((a for a in corpus.actors if a.id == actor), None)
            extra = {}
            if action == "merge":
                extra["others"] = st.multiselect("Merge these into it", ids, format_func=names.get, key="fix_others")
            elif action == "split":
                extra["alias"] = st.selectbox("Alias that is a different actor", known.aliases if known else [],
                                              key="fix_alias") or ""
            elif action == "rename":
                extra["name"] = st.text_input("New name", value=known.name if known else "", key="fix_name")
            elif action == "kind":
                extra["kind"] = st.selectbox("New kind", ACTOR_KINDS, format_func=lambda k: ACTOR_STYLES[k].label,
                                             key="fix_kind")
            if st.form_submit_button(f"{ACTIONS[action]} — store the correction", type="primary") and can_write():
                try:
                    target, act, payload = actor_correction(corpus, action, actor or "", **extra)
                except CorrectionError as exc:
                    st.error(f"Not stored: {plain(exc)}")
                else:
                    with open_store() as store:
                        store.add_correction(target, act, payload)
                    st.session_state.net_sel = Selection(actor=None if act == "delete"
                                                         else payload.get("into") or payload.get("id"))
                    st.toast(f"Stored: {ACTIONS[act].lower()} {plain(names.get(actor, actor))}")
                    st.rerun()
