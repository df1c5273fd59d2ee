"""The map page's cost on the shipped corpus: server time and bytes of the app's map, the basemap
files the browser fetches once, the downloaded map drawn in headless Chromium from disk (until its
names are laid out) plus one pan with its name layout and one zoom step, and the slideshow's bytes,
build time and first draw.

    python -m benchmarks.map_page [--repeat 5]
"""
from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT, emit, median_time

DRAWN = "() => window.atlasMap && document.querySelectorAll('.atlas-name').length > 0"
PAN = """() => { const m = window.atlasMap, t = performance.now();
    for (let i = 0; i < 10; i++) { m.panBy([60, 0], {animate: false}); }
    return (performance.now() - t) / 10; }"""
ZOOM = """() => { const m = window.atlasMap, t = performance.now();
    for (const z of [3, 4, 5, 6, 7, 5]) { m.setZoom(z, {animate: false}); }
    return (performance.now() - t) / 6; }"""


def server_side(corpus, repeat: int) -> dict[str, Any]:
    from geo.basemap import major_cities
    from geo.shapes import basemap_geojson
    from views.map_assets import BASEMAP_URL
    from views.map_build import build_map

    seconds, html = median_time(lambda: build_map(corpus, basemap_url=BASEMAP_URL).get_root().render(), repeat)
    size = lambda value: len(json.dumps(value, separators=(",", ":")).encode())  # noqa: E731
    out = {"map_render_s": round(seconds, 4), "map_bytes": len(html.encode()),
           "basemap_bytes_fetched_once": size(basemap_geojson()), "cities_bytes_fetched_once": size(major_cities())}
    try:
        from views.map_basemap import world_lines
    except ImportError:  # before the basemap had borders, lakes and rivers
        return out
    return {**out, "lines_bytes_fetched_once": size(world_lines())}


def downloaded(corpus, repeat: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    from ui.assets import VENDOR, ensure_vendor
    from views.map_build import build_map
    from views.offline_html import standalone_html

    ensure_vendor()
    path = Path(tempfile.mkdtemp()) / "map.html"
    path.write_text(standalone_html(build_map(corpus, popups=True), VENDOR), encoding="utf-8")
    drawn, pans, zooms = [], [], []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium"), headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        for _ in range(repeat):
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            page.goto(path.as_uri())
            page.wait_for_function(DRAWN, timeout=120_000)
            drawn.append(page.evaluate("() => performance.now()") / 1000)
            pans.append(page.evaluate(PAN) / 1000)
            zooms.append(page.evaluate(ZOOM) / 1000)
            page.close()
        browser.close()
    return {"download_bytes": path.stat().st_size, "download_drawn_s": round(statistics.median(drawn), 3),
            "pan_with_names_s": round(statistics.median(pans), 4), "zoom_step_s": round(statistics.median(zooms), 4),
            "runs": [round(t, 3) for t in drawn]}


def slideshow(corpus, repeat: int) -> dict[str, Any]:
    """The exported slideshow of the shipped tour: build time, bytes, and first stop drawn from disk."""
    from playwright.sync_api import sync_playwright

    from ui.assets import VENDOR, ensure_vendor
    from views.slideshow import slideshow_html
    from views.tour import tour_stops

    ensure_vendor()
    stops = tour_stops(corpus)
    seconds, html = median_time(lambda: slideshow_html(corpus, stops, VENDOR), repeat)
    path = Path(tempfile.mkdtemp()) / "tour.html"
    path.write_text(html, encoding="utf-8")
    drawn = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium"), headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        for _ in range(repeat):
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            page.goto(path.as_uri())
            page.wait_for_function("() => document.querySelector('.tour-count')", timeout=120_000)
            drawn.append(page.evaluate("() => performance.now()") / 1000)
            page.close()
        browser.close()
    return {"slideshow_build_s": round(seconds, 3), "slideshow_bytes": path.stat().st_size,
            "slideshow_drawn_s": round(statistics.median(drawn), 3)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.map_page")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    from corpus.pipeline import analyse_paths

    corpus, _ = analyse_paths([ROOT / "data" / "corpus"])
    emit({"corpus": "shipped", **server_side(corpus, args.repeat), **downloaded(corpus, args.repeat),
          **slideshow(corpus, args.repeat)})
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
