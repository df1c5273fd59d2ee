"""Layout stability: one layout for the whole graph; filters and re-runs never move a node."""
from corpus.graph import actor_graph
from corpus.layout import graph_shape, layout, shape_key
from tests.views.network_fixture import sample_corpus
from views.network_build import NetworkFilter
from views.network_view import network_view


def _full():
    return actor_graph(sample_corpus())


def test_layout_is_deterministic_and_covers_every_node():
    shape = graph_shape(_full())
    a, b = layout(shape), layout(shape)
    assert a == b and set(a) == set(shape[0])


def test_positions_do_not_change_when_a_filter_removes_nodes():
    g = _full()
    positions = layout(graph_shape(g))
    for flt in (NetworkFilter(kinds=frozenset({"official", "agency"})), NetworkFilter(min_evidence=2, hide_isolated=True),
                NetworkFilter(focus="a-kerry")):
        nodes = network_view(sample_corpus(), flt, positions).nodes
        assert nodes and all((x, y) == tuple(round(c, 1) for c in positions[n]) for n, _, _, x, y, *_ in nodes)


def test_nodes_do_not_overlap():
    positions = layout(graph_shape(_full()))
    pts = list(positions.values())
    closest = min(((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5 for i, (x1, y1) in enumerate(pts) for x2, y2 in pts[i + 1:])
    assert closest > 40


def test_separate_groups_are_packed_not_flung_away():
    positions = layout(graph_shape(_full()))
    xs, ys = [p[0] for p in positions.values()], [p[1] for p in positions.values()]
    assert max(xs) - min(xs) < 2000 and max(ys) - min(ys) < 2000


def test_the_shape_ignores_attributes_and_edge_direction_but_not_structure():
    g = _full()
    h = g.copy()
    h.nodes["a-kerry"]["label"] = "Renamed"
    assert shape_key(graph_shape(g)) == shape_key(graph_shape(h))
    h.remove_node("a-b18")
    assert shape_key(graph_shape(g)) != shape_key(graph_shape(h))


def test_a_new_node_is_placed_without_moving_the_others():
    g = _full()
    before = layout(graph_shape(g))
    g.add_node("a-new", label="New", kind="agency")
    g.add_edge("a-new", "a-kerry", key="r-new", kind="met-with", weight=1)
    after = layout(graph_shape(g), previous=before)
    assert all(after[n] == before[n] for n in before)
    assert "a-new" in after and after["a-new"] not in before.values()


def test_empty_graph():
    assert layout(((), ())) == {}
