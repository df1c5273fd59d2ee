"""What the network page sends: the same selection as the graph filter, compact rows, caps that say so."""
import json

import pytest

from corpus.graph import actor_graph
from model import Actor, Corpus, Document, Evidence, Mention, Relation
from tests.views.network_fixture import HOSTILE_NAME, SCRIPT, sample_corpus
from views.network_build import NetworkFilter, filter_graph
from views.network_style import edge_width, node_size
from views.network_view import EDGE_FIELDS, NODE_FIELDS, network_view

FILTERS = [
    NetworkFilter(),
    NetworkFilter(kinds=frozenset({"official"})),
    NetworkFilter(relations=frozenset({"co-mentioned"})),
    NetworkFilter(relations=frozenset({"co-mentioned"}), hide_isolated=True),
    NetworkFilter(min_evidence=2),
    NetworkFilter(min_evidence=2, hide_isolated=True),
    NetworkFilter(focus="a-hernandez"),
    NetworkFilter(focus="a-hernandez", depth=2),
    NetworkFilter(kinds=frozenset(), focus="a-ms13"),
    NetworkFilter(focus="no-such-actor"),
]


def _rows(rows, fields):
    return [dict(zip(fields, r)) for r in rows]


@pytest.mark.parametrize("flt", FILTERS)
def test_the_view_keeps_what_the_graph_filter_keeps(flt):
    corpus = sample_corpus()
    g = filter_graph(actor_graph(corpus), flt)
    view = network_view(corpus, flt, {})
    assert {n[0] for n in view.nodes} == set(g.nodes)
    assert {e[0] for e in view.edges} == {k for _, _, k in g.edges(keys=True)}
    assert (view.actors, view.relations) == (g.number_of_nodes(), g.number_of_edges()) and not view.capped


def test_rows_carry_what_the_graph_says_about_each_actor_and_relation():
    corpus = sample_corpus()
    g = actor_graph(corpus)
    view = network_view(corpus, NetworkFilter(), {"a-kerry": (10.04, -20.06)})
    nodes = {n["id"]: n for n in _rows(view.nodes, NODE_FIELDS)}
    for n, d in g.nodes(data=True):
        row = nodes[n]
        assert (row["name"], row["kind"], row["mentions"], row["documents"], row["titles"]) == \
            (d["label"], d["kind"], d["mentions"], d["documents"], d["titles"])
        assert row["size"] == node_size(d["mentions"])
    assert (nodes["a-kerry"]["x"], nodes["a-kerry"]["y"]) == (10.0, -20.1)
    edges = {e["id"]: e for e in _rows(view.edges, EDGE_FIELDS)}
    for u, v, k, d in g.edges(keys=True, data=True):
        assert (edges[k]["from"], edges[k]["to"], edges[k]["kind"], edges[k]["evidence"]) == (u, v, d["kind"], d["weight"])
        assert edges[k]["width"] == edge_width(d["weight"])


def test_names_and_titles_are_sent_as_plain_text():
    """vis-network shows string titles with innerText: the rows must hold the raw names, not HTML."""
    view = network_view(sample_corpus(), NetworkFilter(), {})
    evil = next(dict(zip(NODE_FIELDS, n)) for n in view.nodes if n[0] == "a-evil")
    assert evil["name"] == HOSTILE_NAME and evil["titles"] == SCRIPT
    text = view.to_json()
    assert "&lt;" not in text and json.loads(text)["nodes"][0][0] == view.nodes[0][0]


def _star(n_actors: int, extra_named: int = 0) -> Corpus:
    """A hub co-mentioned with many actors (one more mention each down the list), plus a few met-with lines."""
    doc = Document("d", "d.txt", "D", "t", year=2020)
    def m(k):
        return tuple(Mention("d", "d:0", 0, 1, "t") for _ in range(k))
    actors = [Actor("hub", "Hub", "agency", mentions=m(500))]
    actors += [Actor(f"a{i}", f"A{i}", "official", mentions=m(1 + i)) for i in range(n_actors)]
    relations = [Relation(f"c{i}", "hub", f"a{i}", "co-mentioned", evidence=(Evidence("d", "d:0"),) * (1 + i % 7))
                 for i in range(n_actors)]
    relations += [Relation(f"m{i}", f"a{i}", f"a{i + 1}", "met-with", evidence=(Evidence("d", "d:0"),))
                  for i in range(extra_named)]
    return Corpus((doc,), (), tuple(actors), tuple(relations))


def test_caps_keep_the_most_mentioned_actors_and_the_selection():
    corpus = _star(50)
    view = network_view(corpus, NetworkFilter(), {}, keep=["a0"], max_nodes=10)
    ids = {n[0] for n in view.nodes}
    assert len(ids) == 10 and view.capped and (view.actors, view.relations) == (51, 50)
    assert {"hub", "a0", "a49", "a42"} <= ids and "a1" not in ids  # a0 is the selection, kept though least mentioned
    assert all(e[1] in ids and e[2] in ids for e in view.edges)


def test_edge_cap_keeps_named_relations_first_then_the_strongest():
    corpus = _star(40, extra_named=3)
    view = network_view(corpus, NetworkFilter(), {}, max_edges=10)
    kept = _rows(view.edges, EDGE_FIELDS)
    assert len(kept) == 10 and view.relations == 43
    assert {"m0", "m1", "m2"} <= {e["id"] for e in kept}
    co = [e["evidence"] for e in kept if e["kind"] == "co-mentioned"]
    assert min(co) == 6  # the seven strongest co-mentions (evidence 7, 7, …) beat the weaker ones


def test_focus_narrows_the_view_to_a_neighbourhood_within_the_caps():
    corpus = _star(30)
    view = network_view(corpus, NetworkFilter(focus="a3"), {}, max_nodes=5)
    assert {n[0] for n in view.nodes} == {"a3", "hub"}  # one step: its only neighbour
    wide = network_view(corpus, NetworkFilter(focus="hub"), {}, max_nodes=5)
    assert "hub" in {n[0] for n in wide.nodes} and wide.actors == 31 and len(wide.nodes) == 5
