"""Network: officials, agencies, governments and groups. Click a node or an edge to read the evidence."""
import streamlit as st

from model import ACTOR_KINDS
from ui.corrections_panel import corrections_panel
from ui.data import current_positions, current_view
from ui.network_panels import corrections_form, downloads
from views.components import assets, page_css
from views.network_build import NAMED_RELATIONS, NetworkFilter
from views.network_card import actor_card, actor_card_html, edge_card, edge_card_html
from views.network_component import component_data
from views.network_params import Selection, parse_params, to_params
from views.network_scope import SCOPE_KEYS, scope_from_params
from views.network_structure import COLOUR_MODES, RANK_BY, RANK_HELP, coloured, groups, ranking
from views.network_style import ACTOR_STYLES, RELATION_STYLES
from views.network_view import network_view

corpus = current_view()
positions = current_positions()  # of the whole graph (all years): filters never move a node
params = st.query_params.to_dict()
url_flt, url_sel, url_physics = parse_params(params)
scope = scope_from_params(corpus, params)
names = {a.id: a.name for a in corpus.actors}

with st.sidebar:
    st.markdown("**Network**")
    for key, value in (("net_kinds", sorted(url_flt.kinds)), ("net_rels", [k for k in NAMED_RELATIONS if k in url_flt.relations]),
                       ("net_co", "co-mentioned" in url_flt.relations),
                       ("net_min", url_flt.min_evidence), ("net_focus", url_flt.focus if url_flt.focus in names else None),
                       ("net_depth", url_flt.depth), ("net_isolated", url_flt.hide_isolated),
                       ("net_physics", url_physics), ("net_colour", "kind")):
        st.session_state.setdefault(key, value)
    focus = st.selectbox("Find an actor", sorted(names, key=lambda i: names[i].casefold()), key="net_focus",
                         format_func=names.get, placeholder="Type a name…", index=None,
                         help="Shows the actor and its neighbourhood")
    depth = st.radio("Neighbourhood", [1, 2], key="net_depth", horizontal=True, disabled=focus is None,
                     format_func=lambda d: f"{d} step{'s' if d > 1 else ''}")
    kinds = st.multiselect("Actor kinds", ACTOR_KINDS, key="net_kinds", format_func=lambda k: ACTOR_STYLES[k].label)
    rels = st.multiselect("Relations", NAMED_RELATIONS, key="net_rels", format_func=lambda k: RELATION_STYLES[k].label)
    min_ev = st.number_input("Minimum evidence (excerpts)", min_value=1, max_value=50, step=1, key="net_min")
    hide = st.toggle("Hide isolated actors", key="net_isolated")
    physics = st.toggle("Physics (let the layout move)", key="net_physics")

st.html(page_css("network"))
st.title("Network")
bar = st.columns([2, 3, 5], vertical_alignment="center")
co = bar[0].toggle("Co-mentions", key="net_co",
                   help="Two actors named in one sentence with no stated relation: the weakest evidence, off by default")
colour_by = bar[1].selectbox("Colour by", list(COLOUR_MODES), format_func=COLOUR_MODES.get, key="net_colour",
                             label_visibility="collapsed")
flt = NetworkFilter(frozenset(kinds), frozenset(rels) | ({"co-mentioned"} if co else set()), int(min_ev), focus,
                    int(depth), hide, within=scope.actors if scope else None)
if scope is not None and bar[2].button(f"Showing {scope.label} · show all", icon=":material/close:"):
    for key in SCOPE_KEYS:
        st.query_params.pop(key, None)
    st.rerun()

# Selection: the URL on arrival, then clicks on the canvas, the ranking, the search box.
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
view = network_view(corpus, flt, positions, keep=[st.session_state.net_sel.actor] if st.session_state.net_sel.actor else [])
measure = st.session_state.get("net_rank_by") or "mentions"
rank = sorted(ranking(view, betweenness=measure == "betweenness"), key=lambda r: (-getattr(r, measure), r.name.casefold()))
picked = (st.session_state.get("net_rank") or {}).get("selection", {}).get("rows", [])
fit = {"key": f"{focus}:{depth}:{params.get('doc')}:{params.get('excerpts')}:{params.get('actors')}", "ids": None}
if picked and picked[0] < len(rank):
    chosen = rank[picked[0]].id
    near = [e[2] if e[1] == chosen else e[1] for e in view.edges if chosen in (e[1], e[2])]
    fit = {"key": f"rank:{chosen}", "ids": [chosen, *near]}
    if (picked, measure) != st.session_state.get("net_last_rank"):
        st.session_state.net_last_rank = (picked, measure)
        st.session_state.net_sel = Selection(actor=chosen)
sel: Selection = st.session_state.net_sel
for key, value in to_params(flt, sel, physics).items():
    if value is None:
        st.query_params.pop(key, None)
    else:
        st.query_params[key] = value

view, group_legend = coloured(view, groups(view, corpus, colour_by))
st.caption(f"{len(view.nodes)} of {len(corpus.actors)} actors, {len(view.edges)} of {len(corpus.relations)} "
           "relations. Labels where they fit, most mentioned first: zoom or hover for the rest. Click to read the evidence.")
if view.capped:
    st.caption(f"The filters keep {view.actors} actors and {view.relations} relations; the most mentioned "
               "actors and the strongest relations are drawn. Focus on an actor or raise the minimum "
               "evidence to see the rest; the downloads hold them all.")
left, right = st.columns([5, 2], gap="small")
with left:
    network = st.components.v2.component("policy_atlas.network", **assets("network"))
    network(key="net_graph", on_selection_change=lambda: None, data=component_data(
        view, physics=physics, fit=fit, group_legend=group_legend, group_title=f"Colour = {COLOUR_MODES[colour_by].lower()}",
        selected={"type": "actor", "id": sel.actor} if sel.actor else {"type": "edge", "id": sel.edge} if sel.edge else None))
with right:
    st.segmented_control("Rank by", list(RANK_BY), format_func=RANK_BY.get, key="net_rank_by", default="mentions",
                         label_visibility="collapsed")
    st.dataframe([{"Actor": r.name, RANK_BY[measure]: getattr(r, measure)} for r in rank], hide_index=True,
                 height=230, key="net_rank", on_select="rerun", selection_mode="single-row", width="stretch",
                 column_config={"Actor": st.column_config.TextColumn(width=120), RANK_BY[measure]: st.column_config.NumberColumn(
                     width=64, format="%.2f" if measure == "betweenness" else "%d",
                     help=RANK_HELP if measure == "betweenness" else None)})
    card = actor_card(corpus, sel.actor) if sel.actor else edge_card(corpus, sel.edge) if sel.edge else None
    if card is not None:
        with st.container(height=520, border=False):
            st.html(actor_card_html(card) if sel.actor else edge_card_html(card))
    elif sel.actor or sel.edge:
        st.warning("The selected actor or relation is not in the current view (check the years and filters).")
    else:
        st.info("Click an actor (a shape), a line or a row of the ranking to see who it is and the excerpts "
                "behind it. Use **Find an actor** in the sidebar to focus on one actor's neighbourhood.")

downloads(corpus, flt, positions)
corrections_form(corpus, sel.actor)
corrections_panel("actor", key="network_corrections")
