"""Graph building and filtering: what the browser receives for each filter, styled by kind."""
import json

import pytest

from corpus.graph import actor_graph
from corpus.model import ACTOR_KINDS, RELATION_KINDS
from tests.views.network_fixture import HOSTILE_NAME, SCRIPT, sample_corpus
from views.network_build import NetworkFilter, filter_graph, vis_data, vis_options
from views.network_style import ACTOR_STYLES, RELATION_STYLES, edge_width, legend, node_size


@pytest.fixture(scope="module")
def graph():
    return actor_graph(sample_corpus())


def _ids(g):
    return set(g.nodes), {k for _, _, k in g.edges(keys=True)}


@pytest.mark.parametrize("flt,nodes,edges", [
    (NetworkFilter(), 9, 8),
    (NetworkFilter(kinds=frozenset({"official"})), 3, 2),  # Kerry–Hernandez, Smith–Kerry
    (NetworkFilter(relations=frozenset({"co-mentioned"})), 9, 2),
    (NetworkFilter(relations=frozenset({"co-mentioned"}), hide_isolated=True), 4, 2),
    (NetworkFilter(min_evidence=2), 9, 2),  # r-member (2) and r-co (3)
    (NetworkFilter(min_evidence=2, hide_isolated=True), 3, 2),
    (NetworkFilter(focus="a-hernandez"), 3, 2),
    (NetworkFilter(focus="a-hernandez", depth=2), 6, 7),
    (NetworkFilter(kinds=frozenset(), focus="a-ms13"), 1, 0),  # the searched actor stays visible
    (NetworkFilter(focus="no-such-actor"), 9, 8),
])
def test_filter_graph(graph, flt, nodes, edges):
    out = filter_graph(graph, flt)
    assert (out.number_of_nodes(), out.number_of_edges()) == (nodes, edges)
    assert graph.number_of_nodes() == 9  # the input is untouched


def test_depth_two_reaches_neighbours_of_neighbours(graph):
    one = filter_graph(graph, NetworkFilter(focus="a-smith"))
    two = filter_graph(graph, NetworkFilter(focus="a-smith", depth=2))
    assert set(one) == {"a-smith", "a-kerry"}
    assert set(two) == {"a-smith", "a-kerry", "a-hernandez", "a-state", "a-usaid"}


def test_vis_nodes_are_styled_by_kind_and_sized_by_mentions(graph):
    nodes, edges = vis_data(graph, {"a-kerry": (10.0, -20.0)})
    by_id = {n["id"]: n for n in nodes}
    kerry = by_id["a-kerry"]
    assert (kerry["x"], kerry["y"]) == (10.0, -20.0)
    assert kerry["shape"] == ACTOR_STYLES["official"].shape
    assert kerry["color"]["background"] == ACTOR_STYLES["official"].color
    assert kerry["size"] == node_size(4) > by_id["a-hernandez"]["size"]
    assert by_id["a-ms13"]["shape"] == "star" and by_id["a-state"]["shape"] == "square"
    assert len({n["shape"] for n in nodes}) == 5


def test_vis_edges_are_styled_by_relation_and_weighted_by_evidence(graph):
    _, edges = vis_data(graph, {})
    by_id = {e["id"]: e for e in edges}
    assert by_id["r-co"]["width"] == edge_width(3) > by_id["r-met"]["width"] == edge_width(1)
    assert by_id["r-co"]["dashes"] and not by_id["r-met"]["dashes"]
    assert by_id["r-leads"]["arrows"]["to"]["enabled"] and not by_id["r-met"]["arrows"]["to"]["enabled"]
    assert by_id["r-met"]["color"]["color"] == RELATION_STYLES["met-with"].color
    assert (by_id["r-member"]["from"], by_id["r-member"]["to"]) == ("a-kerry", "a-state")


def test_tooltips_are_plain_text(graph):
    """vis-network 9.1 shows string titles with innerText, so they must not be pre-escaped HTML."""
    nodes, edges = vis_data(graph, {})
    evil = next(n for n in nodes if n["id"] == "a-evil")
    assert evil["title"].startswith(HOSTILE_NAME) and SCRIPT in evil["title"]
    assert "&lt;" not in json.dumps([n["title"] for n in nodes] + [e["title"] for e in edges])
    assert "1 mention in 1 document" in next(n["title"] for n in nodes if n["id"] == "a-hernandez")


def test_long_labels_are_shortened_but_ids_kept(graph):
    nodes, _ = vis_data(graph, {})
    assert all(len(n["label"]) <= 32 for n in nodes)


def test_options_keep_physics_off_unless_asked():
    assert vis_options(False)["physics"]["enabled"] is False
    assert vis_options(True)["physics"]["enabled"] is True


def test_every_kind_has_a_legend_entry():
    entries = legend()
    assert len(entries["actors"]) == len(ACTOR_KINDS) and len(entries["relations"]) == len(RELATION_KINDS)
    assert set(ACTOR_STYLES) == set(ACTOR_KINDS) and set(RELATION_STYLES) == set(RELATION_KINDS)


def _pyvis_data(g, positions):
    """The same data through pyvis's Network (the reference vis_data must match key for key)."""
    from pyvis.network import Network

    from views.network_build import _short, edge_tooltip, node_tooltip
    from views.network_style import actor_style, relation_style

    net = Network(directed=True)
    for n, d in g.nodes(data=True):
        style = actor_style(d.get("kind", ""))
        x, y = positions.get(n, (0.0, 0.0))
        net.add_node(n, label=_short(d.get("label") or n), title=node_tooltip(d), shape=style.shape,
                     color={"background": style.color, "border": "#ffffff",
                            "highlight": {"background": style.color, "border": "#111111"}},
                     size=node_size(d.get("mentions", 0)), x=round(x, 1), y=round(y, 1))
    for u, v, key, d in g.edges(keys=True, data=True):
        style = relation_style(d.get("kind", ""))
        smooth = {"enabled": True, "type": "curvedCW", "roundness": style.roundness} if style.roundness \
            else {"enabled": False}
        net.add_edge(u, v, id=key, title=edge_tooltip(g, u, v, d), color={"color": style.color, "highlight": "#111111"},
                     width=edge_width(d.get("weight", 0)), dashes=style.dashes, smooth=smooth,
                     arrows={"to": {"enabled": style.arrow, "scaleFactor": 0.6}})
    nodes, edges, *_ = net.get_network_data()
    for node in nodes:
        node.pop("font", None)
    return nodes, edges


def test_vis_data_is_exactly_what_pyvis_makes(graph):
    positions = {"a-kerry": (10.04, -20.06), "a-state": (3.0, 4.0)}
    assert json.dumps(vis_data(graph, positions)) == json.dumps(_pyvis_data(graph, positions))
