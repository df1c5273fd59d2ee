"""The network page in headless Chromium: click a node and an edge on the canvas, follow an excerpt
into the reader, and never ask a non-local host for anything."""
from __future__ import annotations

import pytest

from tests.e2e.conftest import screenshot

READY = "() => window.__atlasNetwork && window.__atlasNetwork.nodes.length > 0"
POINT = """([kind, id]) => {
  const s = window.__atlasNetwork;
  const p = kind === 'node' ? s.net.getPositions([id])[id] : s.net.body.edges[id].edgeType.getPoint(0.5);
  const d = s.net.canvasToDOM(p), r = s.canvas.getBoundingClientRect();
  return [r.left + d.x, r.top + d.y];
}"""


def _errors(page) -> list[str]:
    return [e for e in page.errors if "404" not in e]  # deep links make 2 harmless 404s (tech.md)


def _open(page, url: str) -> None:
    page.goto(url.rsplit("/", 1)[0] + "/")  # a first visit to / registers the pages before a deep link
    page.wait_for_selector("text=Policy Atlas", timeout=60_000)
    page.goto(url)
    page.wait_for_function(READY, timeout=60_000)
    page.wait_for_timeout(500)


@pytest.fixture
def network(page, app_url):
    _open(page, f"{app_url}/network")
    return page


def test_clicking_a_node_shows_its_card_and_excerpts(network):
    page = network
    biggest = page.evaluate("() => window.__atlasNetwork.nodes.get().sort((a, b) => b.size - a.size)[0]")
    page.mouse.click(*page.evaluate(POINT, ["node", biggest["id"]]))
    card = page.locator('[data-testid="actor-card"]')
    card.wait_for(timeout=15_000)
    name = biggest["title"].split("\n")[0]
    assert card.locator("h3").inner_text() == name
    assert card.locator("ul.excerpts li").count() >= 1
    assert card.locator(".hl-name").count() >= 1  # the name is highlighted in its excerpts
    assert f"actor={biggest['id'].split(':')[0]}" in page.url
    screenshot(page, "network_node_card")
    assert page.external_requests == [] and _errors(page) == [] and page.dialogs == []


def test_clicking_an_edge_shows_its_evidence(network):
    page = network
    # the longest edges first: their midpoints are the least likely to sit under a node or another edge
    edges = page.evaluate("""() => { const s = window.__atlasNetwork; const pos = s.net.getPositions();
        const len = (e) => Math.hypot(pos[e.from].x - pos[e.to].x, pos[e.from].y - pos[e.to].y);
        return s.edges.get().filter((e) => e.from !== e.to).sort((a, b) => len(b) - len(a)).slice(0, 5); }""")
    card = page.locator('[data-testid="edge-card"]')
    for edge in edges:
        page.mouse.click(*page.evaluate(POINT, ["edge", edge["id"]]))
        try:
            card.wait_for(timeout=8_000)
            break
        except Exception:  # the click met a node first; try the next edge
            continue
    card.wait_for(timeout=8_000)
    assert "Evidence:" in card.inner_text()
    assert card.locator("ul.excerpts li").count() >= 1
    assert "edge=" in page.url
    screenshot(page, "network_edge_card")
    assert page.external_requests == [] and _errors(page) == [] and page.dialogs == []


def test_an_excerpt_link_opens_the_reader_at_that_sentence(network):
    page = network
    biggest = page.evaluate("() => window.__atlasNetwork.nodes.get().sort((a, b) => b.size - a.size)[0]")
    page.mouse.click(*page.evaluate(POINT, ["node", biggest["id"]]))
    link = page.locator('[data-testid="actor-card"] a.open').last
    link.wait_for(timeout=15_000)
    sentence = page.locator('[data-testid="actor-card"] .sent').last.inner_text()
    link.click()
    page.wait_for_url("**/documents?doc=*&excerpt=*", timeout=20_000)
    mark = page.locator(".atlas-reader mark.target").first
    mark.wait_for(timeout=20_000)
    page.wait_for_timeout(600)
    marked = "".join(m.inner_text() for m in page.locator(".atlas-reader mark.target").all())
    assert " ".join(marked.split()) == " ".join(sentence.split())
    assert mark.is_visible()
    box = page.locator(".atlas-reader .page").bounding_box()
    spot = mark.bounding_box()
    assert box["y"] <= spot["y"] <= box["y"] + box["height"]  # scrolled into the reader's view
    screenshot(page, "reader_deep_link_from_network")
    assert page.external_requests == [] and _errors(page) == [] and page.dialogs == []


def test_filters_keep_positions_and_go_in_the_url(network):
    page = network
    before = page.evaluate("() => window.__atlasNetwork.net.getPositions()")
    page.get_by_text("Hide isolated actors").click()
    page.wait_for_function("() => location.search.includes('isolated=hide')", timeout=15_000)
    page.wait_for_timeout(800)
    after = page.evaluate("() => window.__atlasNetwork.net.getPositions()")
    assert after and set(after) <= set(before)
    assert all(abs(after[k]["x"] - before[k]["x"]) < 0.5 and abs(after[k]["y"] - before[k]["y"]) < 0.5 for k in after)
    screenshot(page, "network_filtered")


def _pyvis_reference(rows: dict) -> tuple[list[dict], list[dict]]:
    """What pyvis's Network makes of the rows the page sent (tooltips in the page's wording)."""
    from pyvis.network import Network

    from views.network_style import actor_style, relation_style

    net, names = Network(directed=True), {r[0]: r[1] for r in rows["nodes"]}
    plural = lambda n, word: f"{n} {word}{'s' if n != 1 else ''}"  # noqa: E731
    for id_, name, kind, x, y, size, mentions, documents, titles in rows["nodes"]:
        s = actor_style(kind)
        title = "\n".join([name, s.label, *([titles] if titles else []),
                           f"{plural(mentions, 'mention')} in {plural(documents, 'document')}"])
        net.add_node(id_, label=name if len(name) <= 32 else name[:31] + "…", title=title, shape=s.shape,
                     color={"background": s.color, "border": "#ffffff",
                            "highlight": {"background": s.color, "border": "#111111"}}, size=size, x=x, y=y)
    for id_, source, target, kind, width, evidence in rows["edges"]:
        s = relation_style(kind)
        smooth = {"enabled": True, "type": "curvedCW", "roundness": s.roundness} if s.roundness else {"enabled": False}
        net.add_edge(source, target, id=id_, width=width, dashes=s.dashes, smooth=smooth,
                     title=f"{names[source]} — {s.label.lower()} — {names[target]}\n"
                           f"{plural(evidence, 'excerpt')} of evidence · click to read",
                     color={"color": s.color, "highlight": "#111111"},
                     arrows={"to": {"enabled": s.arrow, "scaleFactor": 0.6}})
    nodes, edges, *_ = net.get_network_data()
    for node in nodes:
        node.pop("font", None)
    return nodes, edges


def test_the_drawn_network_is_what_pyvis_makes_of_the_data(network):
    """The page sends compact rows; the component turns them into vis-network objects. Those must be
    exactly pyvis's, key for key, for every actor and relation on screen."""
    import json

    page = network
    sent = page.evaluate("() => window.__atlasNetwork.rows")
    nodes = page.evaluate("() => window.__atlasNetwork.nodes.get()")
    edges = page.evaluate("() => window.__atlasNetwork.edges.get()")
    ref_nodes, ref_edges = _pyvis_reference(json.loads(sent))
    key = lambda item: item["id"]  # noqa: E731
    assert len(nodes) == len(ref_nodes) > 10 and len(edges) == len(ref_edges) > 10
    assert sorted(nodes, key=key) == sorted(ref_nodes, key=key)
    assert sorted(edges, key=key) == sorted(ref_edges, key=key)
