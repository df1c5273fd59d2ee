"""Graph filtering (the downloads) and the options and legend the browser receives."""
import pytest

from corpus.graph import actor_graph
from model import ACTOR_KINDS, RELATION_KINDS
from tests.views.network_fixture import sample_corpus
from views.network_build import NetworkFilter, filter_graph, vis_options
from views.network_style import ACTOR_STYLES, RELATION_STYLES, legend, vis_styles


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


def test_options_keep_physics_off_unless_asked():
    assert vis_options(False)["physics"]["enabled"] is False
    assert vis_options(True)["physics"]["enabled"] is True


def test_every_kind_has_a_legend_entry():
    entries = legend()
    assert len(entries["actors"]) == len(ACTOR_KINDS) and len(entries["relations"]) == len(RELATION_KINDS)
    assert set(ACTOR_STYLES) == set(ACTOR_KINDS) and set(RELATION_STYLES) == set(RELATION_KINDS)


def test_every_kind_has_a_style_for_the_component():
    styles = vis_styles()
    assert set(styles["actors"]) == {*ACTOR_KINDS, ""} and set(styles["relations"]) == {*RELATION_KINDS, ""}
    assert styles["actors"]["criminal"]["shape"] == "star" and styles["relations"]["leads"]["arrow"] is True
