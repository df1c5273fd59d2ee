"""Network: officials, agencies, governments and groups. Click a node or an edge to read the evidence."""
import streamlit as st

from corpus.graph import actor_graph
from model import ACTOR_KINDS, RELATION_KINDS
from ui.access import can_write, require_writer
from ui.data import current_positions, current_view, open_store
from ui.text import plain
from views.components import assets
from views.network_build import NetworkFilter, filter_graph, vis_options
from views.network_card import actor_card, actor_card_html, edge_card, edge_card_html
from views.network_corrections import ACTIONS, CorrectionError, actor_correction
from views.network_export import csv_zip, gexf_bytes, graphml_bytes
from views.network_params import Selection, parse_params, to_params
from views.network_style import ACTOR_STYLES, RELATION_STYLES, legend, vis_styles
from views.network_view import network_view

corpus = current_view()
positions = current_positions()  # of the whole graph (all years): filters never move a node
url_flt, url_sel, url_physics = parse_params(st.query_params.to_dict())
names = {a.id: a.name for a in corpus.actors}

with st.sidebar:
    st.markdown("**Network**")
    for key, value in (("net_kinds", sorted(url_flt.kinds)), ("net_rels", sorted(url_flt.relations)),
                       ("net_min", url_flt.min_evidence), ("net_focus", url_flt.focus if url_flt.focus in names else None),
                       ("net_depth", url_flt.depth), ("net_isolated", url_flt.hide_isolated),
                       ("net_physics", url_physics)):
        st.session_state.setdefault(key, value)
    focus = st.selectbox("Find an actor", sorted(names, key=lambda i: names[i].casefold()), key="net_focus",
                         format_func=names.get, placeholder="Type a name…", index=None,
                         help="Shows the actor and its neighbourhood")
    depth = st.radio("Neighbourhood", [1, 2], key="net_depth", horizontal=True, disabled=focus is None,
                     format_func=lambda d: f"{d} step{'s' if d > 1 else ''}")
    kinds = st.multiselect("Actor kinds", ACTOR_KINDS, key="net_kinds", format_func=lambda k: ACTOR_STYLES[k].label)
    rels = st.multiselect("Relations", RELATION_KINDS, key="net_rels",
                          format_func=lambda k: RELATION_STYLES[k].label)
    min_ev = st.number_input("Minimum evidence (excerpts)", min_value=1, max_value=50, step=1, key="net_min")
    hide = st.toggle("Hide isolated actors", key="net_isolated")
    physics = st.toggle("Physics (let the layout move)", key="net_physics")

flt = NetworkFilter(frozenset(kinds), frozenset(rels), int(min_ev), focus, int(depth), hide)

# Selection: the URL on arrival, then clicks on the canvas, then the search box.
if "net_sel" not in st.session_state:
    st.session_state.net_sel = url_sel
click = (st.session_state.get("net_graph") or {}).get("selection")
if click and click != st.session_state.get("net_last_click"):
    st.session_state.net_last_click = click
    st.session_state.net_sel = Selection(actor=click["id"]) if click.get("type") == "actor" else Selection(edge=click["id"])
if focus != st.session_state.get("net_last_focus"):
    st.session_state.net_last_focus = focus
    if focus:
        st.session_state.net_sel = Selection(actor=focus)
sel: Selection = st.session_state.net_sel
for key, value in to_params(flt, sel, physics).items():
    if value is None:
        st.query_params.pop(key, None)
    else:
        st.query_params[key] = value

view = network_view(corpus, flt, positions, keep=[sel.actor] if sel.actor else [])
st.title("Network")
st.caption(f"{len(view.nodes)} actors and {len(view.edges)} relations shown "
           f"(of {len(corpus.actors)} and {len(corpus.relations)} in the selected years). "
           "Click an actor or a line to read the excerpts behind it.")
if view.capped:
    st.caption(f"The filters keep {view.actors} actors and {view.relations} relations; the most mentioned "
               "actors and the strongest relations are drawn. Focus on an actor or raise the minimum "
               "evidence to see the rest; the downloads hold them all.")
left, right = st.columns([5, 3], gap="medium")
with left:
    network = st.components.v2.component("policy_atlas.network", **assets("network"))
    network(key="net_graph", on_selection_change=lambda: None, data={
        "network": view.to_json(), "styles": vis_styles(), "options": vis_options(physics), "legend": legend(),
        "height": 600,
        "physics": physics, "fit": f"{focus}:{depth}",
        "selected": {"type": "actor", "id": sel.actor} if sel.actor else
        {"type": "edge", "id": sel.edge} if sel.edge else None})
with right:
    card = actor_card(corpus, sel.actor) if sel.actor else edge_card(corpus, sel.edge) if sel.edge else None
    if card is not None:
        with st.container(height=640, border=False):
            st.html(actor_card_html(card) if sel.actor else edge_card_html(card))
    elif sel.actor or sel.edge:
        st.warning("The selected actor or relation is not in the current view (check the years and filters).")
    else:
        st.info("Click an actor (a shape) or a relation (a line) to see who it is and the excerpts behind it. "
                "Use **Find an actor** in the sidebar to focus on one actor's neighbourhood.")

with st.expander("Download this network (as filtered)"):
    c1, c2, c3 = st.columns(3)
    def graph():  # the full filtered graph, built only when a download is asked for
        return filter_graph(actor_graph(corpus), flt)

    c1.download_button("GEXF (Gephi)", lambda: gexf_bytes(graph(), positions), "policy-atlas-network.gexf",
                       "application/xml", key="dl_net_gexf")
    c2.download_button("GraphML (Cytoscape)", lambda: graphml_bytes(graph(), positions),
                       "policy-atlas-network.graphml", "application/xml", key="dl_net_graphml")
    c3.download_button("CSV nodes + edges with evidence", lambda: csv_zip(graph(), corpus),
                       "policy-atlas-network-csv.zip", "application/zip", key="dl_net_csv")
with st.expander("Correct the actors (stored, applied to every view, export and re-analysis)"):
    require_writer("correct actors")
    ids = sorted(names, key=lambda i: names[i].casefold())
    action = st.radio("Correction", list(ACTIONS), format_func=ACTIONS.get, horizontal=True, key="fix_action")
    with st.form("fix_form", border=False):
        actor = st.selectbox("Actor", ids, format_func=names.get, key="fix_actor",
                             index=ids.index(sel.actor) if sel.actor in ids else None)
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
                st.session_state.net_sel = Selection(actor=None if act == "delete" else payload.get("into") or payload.get("id"))
                st.toast(f"Stored: {ACTIONS[act].lower()} {plain(names.get(actor, actor))}")
                st.rerun()
