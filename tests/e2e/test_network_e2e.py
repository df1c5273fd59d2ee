"""The network page in headless Chromium: click a node and an edge on the canvas, follow an excerpt
into the reader, and never ask a non-local host for anything."""
from __future__ import annotations

import pytest

from benchmarks.browser import LABEL_BOXES, overlapping
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
    text = card.inner_text()  # sentences that state the relation, or (an inferred relation) context labelled so
    assert "Evidence:" in text or "Context:" in text
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
    for id_, name, kind, x, y, size, mentions, documents, titles, color in rows["nodes"]:
        s = actor_style(kind)
        fill = color or s.color
        title = "\n".join([name, s.label, *([titles] if titles else []),
                           f"{plural(mentions, 'mention')} in {plural(documents, 'document')}"])
        net.add_node(id_, label=name if len(name) <= 32 else name[:31] + "…", title=title, shape=s.shape,
                     color={"background": fill, "border": "#ffffff",
                            "highlight": {"background": fill, "border": "#111111"}}, size=size, x=x, y=y, opacity=1)
    for id_, source, target, kind, width, evidence in rows["edges"]:
        s = relation_style(kind)
        smooth = {"enabled": True, "type": "curvedCW", "roundness": s.roundness} if s.roundness else {"enabled": False}
        net.add_edge(source, target, id=id_, width=width, dashes=s.dashes, smooth=smooth,
                     title=f"{names[source]} — {s.label.lower()} — {names[target]}\n"
                           f"{plural(evidence, 'excerpt')} of evidence · click to read",
                     color={"color": s.color, "highlight": s.color, "hover": s.color, "opacity": 1},
                     arrows={"to": {"enabled": s.arrow, "scaleFactor": 0.6}})
    nodes, edges, *_ = net.get_network_data()
    for node in nodes:
        node.pop("font", None)
    return nodes, edges


def _without_label(node: dict) -> dict:
    return {k: v for k, v in node.items() if k not in ("label", "font")}


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
    # labels are culled where they would overlap (drawn: pyvis's label; hidden: ""), sized per node
    ref_labels = {n["id"]: n["label"] for n in ref_nodes}
    assert all(n["label"] in ("", ref_labels[n["id"]]) for n in nodes)
    assert sum(bool(n["label"]) for n in nodes) >= 5
    assert sorted(map(_without_label, nodes), key=key) == sorted(map(_without_label, ref_nodes), key=key)
    assert sorted(edges, key=key) == sorted(ref_edges, key=key)


@pytest.mark.parametrize("width,height", [(1400, 1000), (1280, 720)])
def test_labels_are_readable_and_never_overlap_at_the_first_fit(browser, app_url, width, height):
    """Read from vis-network itself (each node's label module, after drawing): the drawn labels do
    not overlap, are at least 12 px high on screen, the canvas is tall and wide, and its legend is on
    screen."""
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        _open(page, f"{app_url}/network")
        page.wait_for_timeout(800)
        found = page.evaluate(LABEL_BOXES)
        boxes = found["labels"]
        assert len(boxes) >= 8, boxes  # the main actors are named at first sight
        assert overlapping(boxes) == []
        assert min(b["px"] for b in boxes) >= 12
        canvas = page.locator('[data-testid="atlas-network-canvas"]').bounding_box()
        inner = page.evaluate("""() => { const m = document.querySelector('[data-testid="stMainBlockContainer"]');
            const c = getComputedStyle(m); return m.clientWidth - parseFloat(c.paddingLeft) - parseFloat(c.paddingRight); }""")
        assert canvas["width"] >= 0.65 * inner and canvas["height"] >= 0.45 * height
        legend = page.locator(".atlas-net .legend").bounding_box()
        assert legend["y"] + legend["height"] <= height  # the legend is in view without scrolling
        screenshot(page, f"network_first_sight_{width}x{height}")
    finally:
        context.close()


EDGE_PIXELS = """(nodeId) => {
  const s = window.__atlasNetwork, net = s.net, ctx = s.canvas.querySelector('canvas').getContext('2d');
  const ratio = net.canvas.pixelRatio || 1, out = [];
  for (const id of net.getConnectedEdges(nodeId)) {
    const e = net.body.edges[id];
    for (const t of [0.35, 0.5, 0.65]) {
      const p = net.canvasToDOM(e.edgeType.getPoint(t));
      const d = ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
      out.push({id, want: s.edges.get(id).color.color, got: [d[0], d[1], d[2]]});
    }
  }
  return {pixels: out, selected: net.getSelectedEdges(), faded: s.edges.get().filter((e) => e.color.opacity < 1).length};
}"""


def _rgb(hex_: str) -> tuple[int, int, int]:
    return tuple(int(hex_[i:i + 2], 16) for i in (1, 3, 5))


def test_a_node_click_keeps_the_relation_colours(network):
    page = network
    biggest = page.evaluate("() => window.__atlasNetwork.nodes.get().sort((a, b) => b.size - a.size)[0]")
    page.mouse.click(*page.evaluate(POINT, ["node", biggest["id"]]))
    page.locator('[data-testid="actor-card"]').wait_for(timeout=15_000)
    page.wait_for_timeout(500)
    found = page.evaluate(EDGE_PIXELS, biggest["id"])
    assert found["selected"] and found["faded"] > 0  # its lines selected (wider), the others faded
    near = lambda a, b: sum((x - y) ** 2 for x, y in zip(a, b)) ** 0.5 < 60  # noqa: E731
    pixels = found["pixels"]
    # most sampled points of its lines are drawn in their relation's colour (a label or a crossing line
    # may sit on a few); the old highlight painted every one of them near-black
    assert sum(near(p["got"], _rgb(p["want"])) for p in pixels) >= len(pixels) / 2
    assert sum(near(p["got"], (17, 17, 17)) for p in pixels) < len(pixels) / 4
    screenshot(page, "network_node_selected")


def test_place_to_actors_to_actor_page_to_reader_by_clicks_and_urls(page, app_url):
    """A place's sentences → the network narrowed to the actors in them → an actor's page → the
    reader at a sentence that names it: every step a URL that can be shared."""
    page.goto(f"{app_url}/network?excerpts=" + ",".join(_first_excerpts(page, app_url)))
    page.wait_for_function(READY, timeout=60_000)
    page.wait_for_timeout(800)
    shown = page.evaluate("() => window.__atlasNetwork.nodes.length")
    total = page.evaluate("() => JSON.parse(window.__atlasNetwork.rows).nodes.length")
    assert 0 < shown == total
    assert page.get_by_text("Showing the actors of").count() >= 1
    biggest = page.evaluate("() => window.__atlasNetwork.nodes.get().sort((a, b) => b.size - a.size)[0]")
    page.mouse.click(*page.evaluate(POINT, ["node", biggest["id"]]))
    card = page.locator('[data-testid="actor-card"]')
    card.wait_for(timeout=15_000)
    # 2. by click: the card's link to the actor's page
    card.get_by_text("Actor page").click()
    page.wait_for_url("**/actor?id=*", timeout=20_000)
    actor = page.locator('[data-testid="actor-page"]')
    actor.wait_for(timeout=30_000)
    assert actor.locator("ul.excerpts li").count() >= 1
    screenshot(page, "actor_page")
    # 3. by click: a mention opens the reader at that sentence
    sentence = actor.locator("ul.excerpts .sent").first.inner_text()
    actor.locator("ul.excerpts a.open").first.click()
    page.wait_for_url("**/documents?doc=*&excerpt=*", timeout=20_000)
    page.locator(".atlas-reader mark.target").first.wait_for(timeout=30_000)
    marked = "".join(m.inner_text() for m in page.locator(".atlas-reader mark.target").all())
    assert " ".join(marked.split()) == " ".join(sentence.split())
    # 4. the reader offers the document's own network, narrowed to its actors
    page.locator('.atlas-reader [data-testid="doc-network"]').click()
    page.wait_for_url("**/network?doc=*", timeout=20_000)
    page.wait_for_function(READY, timeout=60_000)
    assert page.external_requests == [] and _errors(page) == [] and page.dialogs == []


def _first_excerpts(page, app_url) -> list[str]:
    """Excerpt ids of some sentences naming Honduras (a place), read from the search results' reader
    links (the map's side of "actors in these excerpts" belongs to the map page)."""
    import re

    page.goto(f"{app_url}/")  # a first visit to / registers the pages before a deep link
    page.wait_for_selector("text=Policy Atlas", timeout=60_000)
    page.goto(f"{app_url}/documents")
    box = page.get_by_label("Search the text of every document")
    box.wait_for(timeout=60_000)
    box.fill("Honduras")
    box.press("Enter")
    page.locator("ul.excerpts li a.open").first.wait_for(timeout=20_000)
    hrefs = [a.get_attribute("href") for a in page.locator("ul.excerpts li a.open").all()[:3]]
    from urllib.parse import unquote

    return [unquote(re.search(r"excerpt=([^&]+)", h).group(1)) for h in hrefs]
