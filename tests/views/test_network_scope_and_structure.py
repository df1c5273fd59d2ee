"""Views that answer each other (actors of excerpts, of a document), the ranking and the colour groups."""
from tests.views.network_fixture import sample_corpus
from views.network_build import NetworkFilter
from views.network_scope import actors_in_document, actors_in_excerpts, scope_from_params
from views.network_structure import coloured, groups, ranking
from views.network_view import network_view


def test_actors_in_excerpts_most_mentioned_first():
    c = sample_corpus()
    found = actors_in_excerpts(c, ["d1:0", "d3:0"])
    assert set(found) == {"a-kerry", "a-hernandez", "a-smith"} and found[0] == "a-kerry"  # Kerry: 2 excerpts
    assert actors_in_excerpts(c, ["no-such"]) == [] and actors_in_excerpts(c, []) == []


def test_actors_in_a_document():
    c = sample_corpus()
    assert set(actors_in_document(c, "d3")) == {"a-smith", "a-kerry", "a-ms13", "a-b18", "a-gohn"}
    assert actors_in_document(c, "nope") == []


def test_scope_from_the_url():
    c = sample_corpus()
    assert scope_from_params(c, {}) is None
    assert scope_from_params(c, {"doc": "d3"}).actors == frozenset(actors_in_document(c, "d3"))
    assert scope_from_params(c, {"excerpts": "d1:0"}).actors == {"a-kerry", "a-hernandez"}
    assert scope_from_params(c, {"actors": "a-kerry,a-smith,<junk>"}).actors == {"a-kerry", "a-smith"}
    assert scope_from_params(c, {"actors": "junk"}).actors == frozenset()  # names nothing: shows nothing


def test_a_scope_keeps_only_those_actors_and_their_relations():
    c = sample_corpus()
    view = network_view(c, NetworkFilter(within=frozenset({"a-kerry", "a-smith", "a-ms13"})), {})
    assert {n[0] for n in view.nodes} == {"a-kerry", "a-smith", "a-ms13"}
    assert {e[0] for e in view.edges} == {"r-met2"}


def test_ranking_has_mentions_degree_and_betweenness():
    view = network_view(sample_corpus(), NetworkFilter(), {})
    rows = {r.id: r for r in ranking(view)}
    assert rows["a-kerry"].degree == 4  # Hernandez, State, USAID (co-mention), Smith
    assert rows["a-kerry"].betweenness > rows["a-smith"].betweenness == 0
    assert ranking(view)[0].mentions == max(r.mentions for r in rows.values())


def test_betweenness_only_when_asked_and_once_per_drawn_graph(monkeypatch):
    import networkx as nx

    import views.network_structure as structure

    view = network_view(sample_corpus(), NetworkFilter(), {})
    structure._betweenness.cache_clear()
    calls = []
    real = nx.betweenness_centrality
    monkeypatch.setattr(nx, "betweenness_centrality", lambda *a, **k: (calls.append(1), real(*a, **k))[1])
    without = ranking(view, betweenness=False)
    assert calls == [] and all(r.betweenness is None for r in without)
    first, again = ranking(view), ranking(view)  # the page's rerun after a click: remembered
    assert len(calls) == 1 and first == again
    assert [r.id for r in without] == [r.id for r in first]


def test_colour_by_community_and_country():
    c = sample_corpus()
    view = network_view(c, NetworkFilter(), {})
    by = groups(view, c, "community")
    assert set(by) == {n[0] for n in view.nodes} and by["a-ms13"] == by["a-b18"] != by["a-kerry"]
    recoloured, legend = coloured(view, by)
    colours = {n[0]: n[9] for n in recoloured.nodes}
    assert colours["a-ms13"] == colours["a-b18"] != colours["a-kerry"] and legend
    assert groups(view, c, "kind") == {} and coloured(view, {}) == (view, [])
    assert set(groups(view, c, "country").values()) <= {"no country"} | {"United States", "Honduras"}
