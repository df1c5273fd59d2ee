"""Every views/ HTML builder escapes document text: markup built from a corpus full of payloads has
exactly the tags and attributes of the same markup built from plain words, links stay relative,
and no payload survives as live markup. A differential test, so new builders' own markup is fine."""
from __future__ import annotations

import json
from collections.abc import Callable
from html.parser import HTMLParser

import pytest

from corpus.graph import actor_graph
from model import Corpus
from tests.security.hostile_model import hostile_model
from tests.security.payloads import EVIL_HOST, PAYLOADS


class Shape(HTMLParser):
    """The tags, attribute names, link targets and script count of a piece of HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[tuple[str, tuple[str, ...]]] = set()
        self.links: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        self.tags.add((tag, tuple(sorted(name for name, _ in attrs))))
        self.scripts += tag == "script"
        self.links += [v or "" for k, v in attrs if k in ("href", "src", "action", "formaction", "xlink:href")]


def shape(html: str) -> Shape:
    s = Shape()
    s.feed(html)
    s.close()
    return s


def assert_same_shape(build: Callable[[Corpus], str]) -> str:
    hostile, benign = build(hostile_model()), build(hostile_model(benign=True))
    h, b = shape(hostile), shape(benign)
    assert h.tags <= b.tags, f"markup from document text: {sorted(h.tags - b.tags)[:5]}"
    assert h.scripts == b.scripts
    for link in h.links:
        low = link.strip().lower()
        assert not low.startswith(("javascript:", "data:text", "vbscript:")), link
        assert not (low.startswith(("http:", "https:", "//")) and EVIL_HOST in low), link
    for p in PAYLOADS:
        if "<" in p.text:
            assert p.text not in hostile, f"payload {p.id} appears unescaped"
    return hostile


def _all(corpus: Corpus, render: Callable) -> str:
    return "\n".join(render(corpus, i) for i in range(len(PAYLOADS)))


def test_map_tooltips():
    from views.map_data import map_layers

    def build(c: Corpus) -> str:
        return "\n".join(f["properties"]["tooltip"] for f in map_layers(c).all_features())
    assert_same_shape(build)


def test_map_excerpt_cards():
    from views.map_excerpts import card_html, place_cards

    assert_same_shape(lambda c: "\n".join(card_html(card) for p in c.places for card in place_cards(c, p)))


def test_whole_map_page_and_selection():
    """The rendered folium page: data enters scripts through tojson, so no payload closes a script."""
    from views.map_build import build_map, selection_layer

    def build(c: Corpus) -> str:
        m = build_map(c, labels=True)
        selection_layer(c.places[0], c, fly=True, label=True).add_to(m)
        return m.get_root().render()
    html = assert_same_shape(build)
    assert "</script><script>window.__pwned" not in html


def test_standalone_map_download():
    from ui.assets import VENDOR, ensure_vendor
    from views.map_build import build_map
    from views.offline_html import standalone_html

    ensure_vendor()
    html = assert_same_shape(lambda c: standalone_html(build_map(c), VENDOR))
    assert "http://" + EVIL_HOST not in html.split("<script>", 1)[0]


def _trimmed_card(c: Corpus) -> str:
    """A card whose (constant) quotation is trimmed, so both corpora show the full-sentence control:
    payload sentences are longer than plain ones, and length alone must not count as markup."""
    from dataclasses import replace

    from views.tour import stop_html, tour_stops
    from views.tour_quote import trim

    return stop_html(replace(tour_stops(c)[0], quote=trim("word " * 100, [(0, 4)])), 0, 1)


def test_tour_stops():
    from views.tour import stop_html, tour_css, tour_stops

    def build(c: Corpus) -> str:
        stops = tour_stops(c, "date")
        return tour_css(True) + _trimmed_card(c) + "".join(stop_html(s, i, len(stops)) for i, s in enumerate(stops))
    assert_same_shape(build)


def test_tour_notes_and_chosen_excerpts():
    """A presenter's note (typed, or from a shared store) is untrusted text too."""
    from views.tour import stop_html
    from views.tour_plan import PlannedStop, excerpt_choices, planned_stops

    def build(c: Corpus) -> str:
        plan = []
        for i, place in enumerate(p for p in c.places if p.mentions):  # note: a place name and a title
            last = (excerpt_choices(c, place.id) or [None])[-1]
            plan.append(PlannedStop(place.id, last and last.document, last and last.excerpt,
                                    note=f"{place.name} {c.documents[i % len(c.documents)].title}"))
        stops = planned_stops(c, plan)
        return _trimmed_card(c) + "".join(stop_html(s, i, len(stops)) for i, s in enumerate(stops))
    assert_same_shape(build)


def test_offline_slideshow():
    """Document text travels as JSON inside the slideshow's one data script; nothing else is markup."""
    from ui.assets import VENDOR, ensure_vendor
    from views.slideshow import slideshow_html
    from views.tour import tour_stops

    ensure_vendor()
    html = assert_same_shape(lambda c: slideshow_html(c, tour_stops(c, "date"), VENDOR, title=c.documents[0].title))
    assert "</script><script>window.__pwned" not in html


@pytest.mark.parametrize("with_target", [False, True])
def test_reader(with_target):
    from views.reader import reader_html

    def build(c: Corpus) -> str:
        return "".join(reader_html(c, d, d.excerpts[1].id if with_target else None) for d in c.documents)
    assert_same_shape(build)


def test_reader_search_hits():
    import tempfile

    from corpus.search_index import SearchIndex
    from views.reader_search import hits_html, search

    def build(c: Corpus) -> str:
        with tempfile.TemporaryDirectory() as tmp, SearchIndex(f"{tmp}/s.db") as index:
            index.ensure(c, "k")
            return (hits_html(search(index, c, "Minister").items)
                    + hits_html(search(index, c, "said would act").items))
    assert_same_shape(build)


def test_network_cards():
    from views.network_card import actor_card, actor_card_html, edge_card, edge_card_html

    def build(c: Corpus) -> str:
        cards = [actor_card_html(actor_card(c, a.id)) for a in c.actors]
        cards += [edge_card_html(edge_card(c, r.id)) for r in c.relations]
        return "".join(cards)
    assert_same_shape(build)


def test_network_data_is_plain_text():
    """vis-network 9.1 shows string titles with innerText and draws labels on a canvas: the data must
    carry the names as plain strings (no markup added, no element objects), in JSON the component sends."""
    from corpus.layout import graph_shape, layout
    from views.network_build import NetworkFilter
    from views.network_view import NODE_FIELDS, network_view

    corpus = hostile_model()
    view = network_view(corpus, NetworkFilter(), layout(graph_shape(actor_graph(corpus))))
    assert len(view.nodes) == len(corpus.actors)
    names = {a.name for a in corpus.actors}
    titles = {"; ".join(a.titles) for a in corpus.actors}
    for row in view.nodes:
        node = dict(zip(NODE_FIELDS, row))
        assert node["name"] in names and node["titles"] in titles  # the raw text, not HTML built around it
    assert json.loads(view.to_json())["nodes"] == [list(r) for r in view.nodes]


def test_vis_title_is_text_in_the_vendored_library():
    """The claim above holds for the vendored vis-network: it sets string titles with innerText."""
    from tests.conftest import ROOT

    js = (ROOT / "static" / "vendor" / "vis" / "vis-network.min.js").read_text(encoding="utf-8")
    assert "@version 9.1" in js[:400] and "innerHTML" not in js


@pytest.mark.parametrize("name", ["{{7*7}}", "{% if true %}x{% endif %}", "{# comment #}",
                                  "{{ cycler.__init__.__globals__.os.getcwd() }}"])
def test_map_does_not_evaluate_jinja_in_place_names(name):
    """branca renders a MacroElement's script, then parses the result as a Jinja template again:
    document text that reaches a folium template must not be evaluated (server-side template
    injection: the last name runs Python in the app's process)."""
    import dataclasses
    import re

    from views.map_build import build_map

    corpus = hostile_model(benign=True)
    place = dataclasses.replace(corpus.places[0], name=f"QQ{name}QQ")
    corpus = dataclasses.replace(corpus, places=(place,) + corpus.places[1:])
    html = build_map(corpus).get_root().render()
    shown = {json.loads(f'"{m}"') for m in re.findall(r"QQ(.*?)QQ", html)}
    assert shown == {name}, shown
