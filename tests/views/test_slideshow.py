"""The offline slideshow file: one page, nothing remote, every quote cited, document text escaped."""
from __future__ import annotations

import json
import re

from ui.assets import ensure_vendor
from views.slideshow import CSP, slideshow_html
from views.tour import tour_stops


def data_of(html: str) -> dict:
    return json.loads(re.search(r'<script id="tour-data" type="application/json">(.*?)</script>', html, re.S).group(1))


def test_the_slideshow_is_one_offline_file_with_every_stop(corpus, tmp_path):
    ensure_vendor(tmp_path)
    stops = tour_stops(corpus)
    html = slideshow_html(corpus, stops, tmp_path, title="Board <meeting>")
    assert f'<meta http-equiv="Content-Security-Policy" content="{CSP.replace(chr(39), "&#39;")}">' in html
    assert "default-src 'none'" in CSP and "http" not in CSP
    assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)=', html)  # nothing loaded from anywhere
    assert "<title>Board &lt;meeting&gt;</title>" in html
    data = data_of(html)
    assert [s["place"] for s in data["stops"]] == [s.place.name for s in stops]
    for stop in data["stops"]:
        assert stop["title"] and stop["when"] and stop["source"]  # every quote cited
        assert any(mark for _, mark in stop["quote"])  # the mention is in the quote


def test_document_text_never_reaches_the_page_as_markup(corpus, tmp_path):
    ensure_vendor(tmp_path)
    html = slideshow_html(corpus, tour_stops(corpus), tmp_path)
    assert "<script>alert(1)</script>" not in html  # the hostile title travels as JSON with \\u003c
    assert any("<script>alert(1)</script>" in s["title"] for s in data_of(html)["stops"])
    assert "innerHTML" not in html.split('<script id="tour-data"')[1].split("</script>", 2)[2]


def test_the_slideshow_carries_the_basemap_around_its_stops(corpus, tmp_path):
    from views.map_basemap import around

    ensure_vendor(tmp_path)
    data = data_of(slideshow_html(corpus, tour_stops(corpus), tmp_path))
    box = around((s["bounds"][0][0], s["bounds"][0][1], s["bounds"][1][0], s["bounds"][1][1]) for s in data["stops"])
    south, west, north, east = box
    assert {f["properties"]["layer"] for f in data["lines"]["features"]} >= {"admin1", "lakes", "rivers"}
    for f in data["lines"]["features"]:
        rings = f["geometry"]["coordinates"]
        flat = [p for r in rings for p in (r[0] if f["geometry"]["type"] == "MultiPolygon" else r)]
        assert all(west <= x <= east and south <= y <= north for x, y in flat)
        assert f["properties"]["style"]["weight"] <= 2
    names = [f["properties"]["name"] for f in data["cities"]["features"]]
    assert "Tegucigalpa" in names
    assert all(west <= f["geometry"]["coordinates"][0] <= east for f in data["cities"]["features"])
