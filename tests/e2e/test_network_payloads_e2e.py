"""Node and edge text never becomes markup in the live network component (issue 14).

The component is a Streamlit components-v2 element: it is mounted in Streamlit's own document (in a
shadow root), not in an iframe or a page of its own, so it has no document of its own to carry a
``<meta>`` Content-Security-Policy (a policy is per document, and the only document is Streamlit's).
The guarantee is therefore by construction, and tested here: names and tooltips reach the page only
as text. vis-network 9.1 draws labels on its canvas and sets string tooltips with ``innerText``;
``network.js`` writes the legend and the status with ``textContent``; neither has any HTML sink.

The real component runs on a page of its own (``benchmarks.browser.write_network``, as the benchmark
draws it) with a payload in every actor's name, title and relation; every node and edge is hovered
so that vis-network shows its tooltip. Any element made from a payload, any dialog, any
``window.__pwned`` and any request to a non-local host fails the test.
"""
from __future__ import annotations

import re

import pytest

from benchmarks.browser import LABEL_BOXES, _serve, overlapping, write_network
from corpus.graph import actor_graph
from corpus.layout import graph_shape, layout
from tests.conftest import ROOT
from tests.e2e.conftest import offline_page, screenshot
from tests.security.hostile_model import hostile_model
from tests.security.payloads import PAYLOADS
from views.network_build import NetworkFilter

HOVER_POINT = """([kind, id]) => {
  const s = window.__atlasNetwork;
  const p = kind === 'node' ? s.net.getPositions([id])[id] : s.net.body.edges[id].edgeType.getPoint(0.5);
  const d = s.net.canvasToDOM(p), r = s.canvas.getBoundingClientRect();
  return [r.left + d.x, r.top + d.y];
}"""
TOOLTIP = """() => { const t = document.querySelector('.vis-tooltip');
  if (!t || t.style.visibility === 'hidden') return null;
  return {text: t.innerText, tags: Array.from(t.querySelectorAll('*')).map((e) => e.tagName)}; }"""
# Every element of the page, with its attributes: what a payload would have to create to act.
ELEMENTS = """() => Array.from(document.querySelectorAll('*')).map((e) => ({
  tag: e.tagName.toLowerCase(), attrs: Array.from(e.attributes).map((a) => [a.name, a.value])}))"""
HTML_SINKS = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function")


def test_the_component_and_vis_network_have_no_html_sink():
    own = (ROOT / "views" / "components" / "network.js").read_text(encoding="utf-8")
    assert HTML_SINKS.findall(own) == []
    vis = (ROOT / "static" / "vendor" / "vis" / "vis-network.min.js").read_text(encoding="utf-8")
    assert "innerHTML" not in vis and "insertAdjacentHTML" not in vis
    assert 'this.frame.innerText=t' in vis  # its tooltip shows a string title as text


@pytest.fixture(scope="module")
def hostile_network(tmp_path_factory):
    from ui.assets import ensure_vendor

    ensure_vendor()
    corpus = hostile_model()
    folder = tmp_path_factory.mktemp("hostile-network")
    info = write_network(folder, corpus, layout(graph_shape(actor_graph(corpus))), "network",
                         flt=NetworkFilter())  # every relation kind, co-mentions too
    server, base = _serve(folder)
    yield f"{base}/network.html", info, corpus
    server.shutdown()


def test_hovered_names_and_relations_stay_text(browser, hostile_network):
    url, info, corpus = hostile_network
    assert info["nodes"] == len(corpus.actors) and info["edges"] == len(corpus.relations)
    with offline_page(browser, 1400, 1000) as page:
        page.goto(url)
        page.wait_for_function("() => window.__drawn", timeout=60_000)
        page.evaluate("() => window.__atlasNetwork.net.setOptions({interaction: {tooltipDelay: 0}})")
        shown = []
        items = [("node", i) for i in page.evaluate("() => window.__atlasNetwork.nodes.getIds()")]
        items += [("edge", i) for i in page.evaluate("() => window.__atlasNetwork.edges.getIds()")]
        for kind, id_ in items:
            page.mouse.move(*page.evaluate(HOVER_POINT, [kind, id_]))
            try:
                page.wait_for_function(TOOLTIP, timeout=3_000)
            except Exception:  # noqa: BLE001 - an edge under a node shows the node's tooltip instead
                continue
            shown.append(page.evaluate(TOOLTIP))
            page.mouse.move(2, 2)
        page.wait_for_timeout(500)  # labels shown on hover go once the pointer has left
        assert overlapping(page.evaluate(LABEL_BOXES)["labels"]) == []
        screenshot(page, "network_hostile_hover")
        elements = page.evaluate(ELEMENTS)
        pwned = page.evaluate("() => window.__pwned === undefined ? null : String(window.__pwned)")
        assert page.dialogs == [] and pwned is None
        assert page.external_requests == [], page.external_requests
        assert page.errors == [], page.errors
    # most items showed a tooltip, each of text only (innerText turns line breaks into <br>)
    assert len(shown) >= 0.8 * len(items), (len(shown), len(items))
    assert all(set(t["tags"]) <= {"BR"} for t in shown), [t for t in shown if set(t["tags"]) - {"BR"}]
    texts = "\n".join(t["text"] for t in shown)
    assert sum(p.text in texts for p in PAYLOADS) >= 0.8 * len(PAYLOADS)  # the payloads, shown as written
    # no element anywhere that a payload made: no event handler, no image, frame, link or extra script
    assert [e for e in elements if any(name.startswith("on") for name, _ in e["attrs"])] == []
    assert {e["tag"] for e in elements} & {"img", "iframe", "a", "object", "embed", "textarea", "b", "body"} == {"body"}
    scripts = [dict(e["attrs"]) for e in elements if e["tag"] == "script"]
    assert sorted(s.get("src", s.get("type")) for s in scripts) == ["/app/static/vendor/vis/vis-network.min.js", "module"]
