"""Headless Chromium: time until the map has drawn its marks, and until the network is drawn and answers a click;
and whether the network is readable by default at its largest (issue 16): at the first fit at 1400×1000 and
1280×720, how many labels are drawn, whether any two overlap, their smallest height on screen, and how many
co-mention relations (off by default) were sent.

Pages are served from a local http.server (no Streamlit, whose ~2 s boot would hide the drawing):
the map is ``views.offline_html.standalone_html(build_map(...))``; the network runs the app's own
component module (views/components/network.js) with a stand-in for Streamlit's component object.
Times are the page's ``performance.now()`` (from navigation start), medians of several loads.

    python -m benchmarks.browser STORE.db [--repeat 3]
"""
from __future__ import annotations

import argparse
import functools
import http.server
import json
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, emit, load_corpus

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
# Marks = Leaflet's interactive paths and cluster icons; "drawn" = the last change before 700 ms of quiet.
MARK_WATCH = """<script>(function(){var last=-1,t=0;function tick(){var n=document.querySelectorAll(
'.leaflet-interactive, .marker-cluster').length,now=performance.now();if(n!==last){last=n;t=now;}
if(n>0&&now-t>700){window.__marks={n:n,t:t};return;}requestAnimationFrame(tick);}requestAnimationFrame(tick);})();
</script>"""
NETWORK_PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>%(css)s</style></head><body>
<div id="host">%(html)s</div>
<script type="module">
import render from "./network.js";
const data = await (await fetch("./%(data)s")).json();
window.__parsed = performance.now();
render({data, parentElement: document.getElementById("host"),
        setStateValue: (k, v) => { window.__sel = {k, v, t: performance.now()}; }});
const root = document.querySelector(".atlas-net");
(function wait() { if (root.dataset.ready === "1") window.__drawn = performance.now(); else requestAnimationFrame(wait); })();
</script></body></html>"""


# Each drawn label's box on screen, read from vis-network's own label modules after drawing (the e2e
# test of the network page reads them the same way: tests/e2e/test_network_e2e.py).
LABEL_BOXES = """() => {
  const s = window.__atlasNetwork, net = s.net, scale = net.getScale();
  const w = s.canvas.clientWidth, h = s.canvas.clientHeight, out = [];
  for (const id of s.nodes.getIds()) {
    const node = net.body.nodes[id], lab = node.labelModule;
    if (!node.options.label) continue;
    const a = net.canvasToDOM({x: lab.size.left, y: lab.size.top});
    const box = {id, text: node.options.label, x0: a.x, y0: a.y, x1: a.x + lab.size.width * scale,
                 y1: a.y + lab.size.height * scale, px: Math.min(lab.fontOptions.size * scale, 30)};
    if (box.x1 > 0 && box.y1 > 0 && box.x0 < w && box.y0 < h) out.push(box);
  }
  return {labels: out, nodes: s.nodes.length, scale, canvas: [w, h]};
}"""
SIZES = ((1400, 1000), (1280, 720))


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    """Pairs of label boxes that overlap."""
    return [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
            if a["x0"] < b["x1"] and b["x0"] < a["x1"] and a["y0"] < b["y1"] and b["y0"] < a["y1"]]


def _serve(folder: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def write_map(folder: Path, name: str, corpus) -> tuple[int, float]:
    """The standalone map page; returns its size and the seconds Python took to build it."""
    from views.map_build import build_map
    from views.offline_html import standalone_html

    t0 = time.perf_counter()
    html = standalone_html(build_map(corpus), ROOT / "static" / "vendor")
    seconds = time.perf_counter() - t0
    html = html.replace("<head>", "<head>" + MARK_WATCH, 1)
    (folder / name).write_text(html, encoding="utf-8")
    return len(html.encode()), seconds


def write_network(folder: Path, corpus, positions: dict, name: str, max_edges: int | None = None,
                  flt=None) -> dict[str, Any]:
    """A component page and its data for the whole corpus, as the network page sends them (positions
    precomputed, physics off, the page's caps; ``max_edges`` overrides the relation cap, ``flt`` the
    page's default filter)."""
    from views.components import assets
    from views.network_component import component_data
    from views.network_params import DEFAULT_FILTER
    from views.network_view import MAX_EDGES, network_view

    t0 = time.perf_counter()
    view = network_view(corpus, flt or DEFAULT_FILTER, positions, max_edges=max_edges or MAX_EDGES)
    data = json.dumps(component_data(view))
    data_s = time.perf_counter() - t0
    parts = assets("network")
    (folder / "network.js").write_text(parts["js"], encoding="utf-8")
    (folder / f"{name}-data.json").write_text(data, encoding="utf-8")
    (folder / f"{name}.html").write_text(NETWORK_PAGE % {"css": parts["css"], "html": parts["html"], "data": f"{name}-data.json"},
                                         encoding="utf-8")
    vis = folder / "app" / "static" / "vendor" / "vis"
    vis.mkdir(parents=True, exist_ok=True)
    for f in (ROOT / "static" / "vendor" / "vis").iterdir():
        shutil.copy(f, vis / f.name)
    kinds = [row[3] for row in view.edges]  # EDGE_FIELDS: id, from, to, kind, …
    return {"nodes": len(view.nodes), "edges": len(view.edges), "actors": view.actors, "relations": view.relations,
            "co_mention_edges": kinds.count("co-mentioned"), "data_bytes": len(data.encode()), "data_s": data_s}


def time_map(browser, url: str, repeat: int) -> dict[str, Any]:
    times, marks = [], 0
    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.goto(url)
        page.wait_for_function("() => window.__marks", timeout=120_000)
        got = page.evaluate("() => window.__marks")
        times.append(got["t"] / 1000)
        marks = got["n"]
        page.close()
    return {"drawn_s": statistics.median(times), "marks_in_dom": marks, "runs": [round(t, 3) for t in times]}


def time_network(browser, url: str, repeat: int) -> dict[str, Any]:
    drawn, clicks = [], []
    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.goto(url)
        page.wait_for_function("() => window.__drawn", timeout=300_000)
        drawn.append(page.evaluate("() => window.__drawn") / 1000)
        x, y = page.evaluate("""() => { const st = window.__atlasNetwork, id = st.nodes.getIds()[0];
            const p = st.net.canvasToDOM(st.net.getPositions([id])[id]), r = st.canvas.getBoundingClientRect();
            return [r.left + p.x, r.top + p.y]; }""")
        page.evaluate("() => { window.__clickAt = performance.now(); }")
        page.mouse.click(x, y)
        page.wait_for_function("() => window.__sel", timeout=30_000)
        clicks.append(page.evaluate("() => window.__sel.t - window.__clickAt") / 1000)
        page.close()
    return {"drawn_s": statistics.median(drawn), "click_s": statistics.median(clicks),
            "usable_s": statistics.median(drawn) + statistics.median(clicks), "runs": [round(t, 3) for t in drawn]}


def readability(browser, url: str) -> dict[str, Any]:
    """At each screen size, at the first fit: labels drawn, overlapping pairs, the smallest label on screen."""
    out = {}
    for width, height in SIZES:
        page = browser.new_page(viewport={"width": width, "height": height})
        page.goto(url)
        page.wait_for_function("() => window.__drawn", timeout=300_000)
        found = page.evaluate(LABEL_BOXES)
        boxes = found["labels"]
        out[f"{width}x{height}"] = {"labels": len(boxes), "overlapping_pairs": len(overlapping(boxes)),
                                    "min_label_px": round(min((b["px"] for b in boxes), default=0), 1),
                                    "nodes": found["nodes"], "canvas": found["canvas"]}
        page.close()
    return out


def measure(path: str, repeat: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    from benchmarks.scenes import distinct_places, with_mentions
    from corpus.graph import actor_graph
    from corpus.layout import graph_shape, layout

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        return {"available": False, "reason": "no chromium on PATH"}
    from ui.assets import ensure_vendor

    ensure_vendor()  # the vendored Leaflet and vis-network, as the app serves them
    corpus = load_corpus(path)
    out: dict[str, Any] = {"available": True}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sliced = with_mentions(corpus, 10_000)
        size, build_s = write_map(folder, "map.html", sliced)
        out["map_corpus"] = {"documents": len(sliced.documents), "places": len(sliced.places),
                             "mentions": sum(len(p.mentions) for p in sliced.places), "html_bytes": size,
                             "build_s": build_s}
        size, build_s = write_map(folder, "map-distinct.html", distinct_places(10_000))
        out["map_distinct"] = {"places": 10_000, "mentions": 10_000, "html_bytes": size, "build_s": build_s}
        t0 = time.perf_counter()
        positions = layout(graph_shape(actor_graph(corpus)))
        layout_s = time.perf_counter() - t0
        out["network"] = {**write_network(folder, corpus, positions, "network"), "layout_s": layout_s}
        out["network_all_relations"] = write_network(folder, corpus, positions, "network-all", max_edges=10**9)
        server, base = _serve(folder)
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chromium, headless=True, args=ARGS)
                out["map_corpus"].update(time_map(browser, f"{base}/map.html", repeat))
                out["map_distinct"].update(time_map(browser, f"{base}/map-distinct.html", repeat))
                out["network"].update(time_network(browser, f"{base}/network.html", repeat))
                out["network"]["readable"] = readability(browser, f"{base}/network.html")
                out["network_all_relations"].update(time_network(browser, f"{base}/network-all.html", repeat))
                out["chromium"] = browser.version
                browser.close()
        finally:
            server.shutdown()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.browser")
    parser.add_argument("store")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    emit(measure(args.store, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
