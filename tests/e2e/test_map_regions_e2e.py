"""Regions are first-class on the map, at projector (1280×720) and full-HD (1920×1080) sizes.

A click anywhere inside the Northern Triangle, or on Honduras's Caribbean coast, leads to that
region (directly or through the chooser that lists every place under the pointer); choosing a
region from the list or the URL fits the view to it; the first view's names never overlap.
Every request to a non-local host fails the test.
"""
from __future__ import annotations

import time
from urllib.parse import urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.e2e.conftest import offline_page, screenshot
from tests.e2e.test_map_e2e import MAP_FRAME, start_app_shell

SIZES = [(1280, 720), (1920, 1080)]
NT = "region:northern-triangle"
COAST = "region:honduras-north-coast"
NT_BOX = (13.1, -92.2, 17.8, -83.1)  # Guatemala, El Salvador and Honduras (south, west, north, east)
COAST_BOX = (14.8, -88.2, 15.98, -83.15)
INSIDE_NT = {"Guatemala": (15.4, -90.6), "El Salvador": (13.75, -88.95), "Honduras": (14.4, -86.9)}
ON_THE_COAST = (15.62, -86.9)  # inland from La Ceiba, inside the North Atlantic coast region


def _errors(page) -> list[str]:
    """Page and console errors, less the two harmless 404s a deep link makes (notes/tech.md)."""
    return [e for e in page.errors if "404" not in e]


@pytest.fixture(params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def sized_page(request, browser):
    """A page of the given viewport (the suite's offline page: non-local requests aborted and recorded)."""
    width, height = request.param
    with offline_page(browser, width, height) as pg:
        pg.size = (width, height)
        yield pg


MAP_READY = ("() => window.L && window.map && window.AtlasMap && "
             "document.querySelectorAll('path.leaflet-interactive').length > 0")


def open_map(page, url: str):
    """The map's frame once its regions are drawn. A rerun may replace the frame while the page loads (on a
    loaded machine the first one can be detached before it draws): the wait goes on in the frame that is
    attached now, for 90 s in all, and fails if no frame draws the map."""
    start_app_shell(page, url.split("/map")[0])
    page.goto(url)
    deadline = time.monotonic() + 90
    while True:
        frame = page.wait_for_selector(MAP_FRAME, state="attached", timeout=60_000).content_frame()
        try:
            frame.wait_for_function(MAP_READY, timeout=15_000)
            break
        except PlaywrightTimeout:
            if time.monotonic() > deadline:
                raise
    page.wait_for_timeout(1500)  # fit and fly animations settle
    return frame


def selected_place(page) -> str | None:
    from urllib.parse import parse_qs

    return (parse_qs(urlparse(page.url).query).get("place") or [None])[0]


def click_at(page, frame, lat: float, lon: float, zoom: int) -> None:
    """Centre the map on (lat, lon) at ``zoom`` and click there like a person would."""
    frame.evaluate(f"() => {{ window.map.closePopup(); window.map.setView([{lat}, {lon}], {zoom}, {{animate: false}}); }}")
    page.wait_for_timeout(150)
    point = frame.evaluate(f"() => {{ const p = window.map.latLngToContainerPoint([{lat}, {lon}]);"
                           " const r = window.map.getContainer().getBoundingClientRect(); return [p.x + r.left, p.y + r.top]; }")
    box = page.locator(MAP_FRAME).bounding_box()
    page.mouse.click(box["x"] + point[0], box["y"] + point[1])
    page.wait_for_timeout(200)


def choices(frame) -> list[str]:
    return frame.evaluate("() => [...document.querySelectorAll('.atlas-chooser .atlas-choice')]"
                          ".map(b => b.getAttribute('data-id'))")


def reach(page, frame, place_id: str) -> None:
    """The click led to ``place_id`` directly, or the chooser lists it: choose it; the URL follows."""
    if place_id in choices(frame):
        frame.locator(f'.atlas-chooser .atlas-choice[data-id="{place_id}"]').click()
    page.wait_for_function(f"() => new URL(location.href).searchParams.get('place') === {place_id!r}",
                           timeout=30_000)


def wait_for_fit(page, frame, box, slack: float = 0.3) -> None:
    """Wait until the view has stopped moving (flights zoom out on the way) and holds the box;
    assert_fits then checks that it is a fit."""
    s, w, n, e = box
    last = None
    for _ in range(40):
        now = view_bounds(frame)
        if now == last and now[0] <= s + slack and now[1] <= w + slack and now[2] >= n - slack and now[3] >= e - slack:
            return
        last = now
        page.wait_for_timeout(400)


def view_bounds(frame) -> tuple[float, float, float, float]:
    b = frame.evaluate("() => { const b = window.map.getBounds(); "
                       "return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; }")
    return tuple(b)


def assert_fits(bounds, box, slack: float = 0.3, fill: float = 0.4) -> None:
    """The view holds the whole box, and the box fills most of its width or height (a fit, not a
    wide view with the region small inside it)."""
    s, w, n, e = bounds
    bs, bw, bn, be = box
    assert s <= bs + slack and w <= bw + slack and n >= bn - slack and e >= be - slack, (bounds, box)
    assert max((bn - bs) / (n - s), (be - bw) / (e - w)) >= fill, (bounds, box)


def test_every_click_inside_the_northern_triangle_offers_it(sized_page, app_url):
    page = sized_page
    frame = open_map(page, f"{app_url}/map")
    missed = []
    for country, (lat, lon) in INSIDE_NT.items():
        for zoom in range(4, 9):
            click_at(page, frame, lat, lon, zoom)
            if NT not in choices(frame) and selected_place(page) != NT:
                missed.append((country, zoom, choices(frame)))
    assert not missed, missed
    click_at(page, frame, *INSIDE_NT["Honduras"], 6)
    page.wait_for_timeout(600)
    screenshot(page, f"map-chooser-northern-triangle-{page.size[0]}")
    reach(page, frame, NT)
    wait_for_fit(page, frame, NT_BOX)  # the view flies to the region
    assert_fits(view_bounds(frame), NT_BOX)
    screenshot(page, f"map-northern-triangle-selected-{page.size[0]}")
    assert page.external_requests == [] and not _errors(page), (page.external_requests, page.errors)


def test_a_click_on_the_caribbean_coast_of_honduras_leads_to_the_region(sized_page, app_url):
    page = sized_page
    frame = open_map(page, f"{app_url}/map")
    for zoom in (6, 8):
        click_at(page, frame, *ON_THE_COAST, zoom)
        assert COAST in choices(frame), (zoom, choices(frame))
    reach(page, frame, COAST)
    wait_for_fit(page, frame, COAST_BOX)
    assert_fits(view_bounds(frame), COAST_BOX)
    screenshot(page, f"map-coast-selected-{page.size[0]}")
    assert page.external_requests == [] and not _errors(page), (page.external_requests, page.errors)


def test_a_region_from_the_url_or_the_list_fits_the_view(sized_page, app_url):
    page = sized_page
    frame = open_map(page, f"{app_url}/map?place={COAST}")
    wait_for_fit(page, frame, COAST_BOX)
    assert_fits(view_bounds(frame), COAST_BOX)
    # from the list: the place picker above the map
    page.locator('[data-testid="stSelectbox"]').first.click()
    page.keyboard.type("Northern Triangle")
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => new URL(location.href).searchParams.get('place') === {NT!r}", timeout=30_000)
    frame = page.wait_for_selector(MAP_FRAME, state="attached").content_frame()
    wait_for_fit(page, frame, NT_BOX)
    assert_fits(view_bounds(frame), NT_BOX)
    screenshot(page, f"map-list-northern-triangle-{page.size[0]}")
    assert page.external_requests == [] and not _errors(page), (page.external_requests, page.errors)


NAME_BOXES = """() => [...document.querySelectorAll('.atlas-name')].filter(e => e.style.display !== 'none')
    .map(e => { const r = e.getBoundingClientRect(); return {text: e.textContent, l: r.left, t: r.top, r: r.right, b: r.bottom}; })"""


def test_first_view_reads_names_do_not_collide_and_honduras_is_large(sized_page, app_url):
    page = sized_page
    frame = open_map(page, f"{app_url}/map")
    boxes = frame.evaluate(NAME_BOXES)
    screenshot(page, f"map-first-view-{page.size[0]}")
    names = {b["text"] for b in boxes}
    assert {"Honduras", "Guatemala"} <= names, names
    overlaps = [(a["text"], b["text"]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a["l"] < b["r"] and a["r"] > b["l"] and a["t"] < b["b"] and a["b"] > b["t"]]
    assert not overlaps, overlaps
    honduras = frame.evaluate("""() => { let box = null; window.map.eachLayer(l => {
        if (l.feature && l.feature.properties.id === 'country:HN' && l.getBounds && !box) {
            const b = l.getBounds(), p = window.map.latLngToContainerPoint(b.getNorthWest()),
                  q = window.map.latLngToContainerPoint(b.getSouthEast()); box = [q.x - p.x, q.y - p.y]; } });
        return box; }""")
    map_width = frame.evaluate("() => window.map.getSize().x")
    sidebar = page.locator('[data-testid="stSidebar"]').bounding_box()
    main = page.size[0] - (sidebar["width"] if sidebar else 0)
    assert map_width >= 0.8 * main, (map_width, main)  # the map takes the page's width, not half
    assert honduras[0] >= 200 and honduras[1] >= 100, honduras
    assert page.external_requests == [] and not _errors(page), (page.external_requests, page.errors)


def test_the_downloaded_map_shows_each_places_excerpts_from_disk(browser, shipped_corpus, tmp_path):
    """Offline, from a file: a click on Honduras (through the chooser) opens its cited excerpts."""
    from ui.assets import VENDOR, ensure_vendor
    from views.map_build import build_map
    from views.offline_html import standalone_html

    ensure_vendor()
    path = tmp_path / "map.html"
    path.write_text(standalone_html(build_map(shipped_corpus, popups=True), VENDOR), encoding="utf-8")
    context = browser.new_context(offline=True, viewport={"width": 1280, "height": 720})
    pg = context.new_page()
    requests, errors = [], []
    pg.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(path.as_uri())
    pg.wait_for_function("() => window.atlasMap && document.querySelectorAll('path.leaflet-interactive').length > 3")
    point = pg.evaluate("() => { const m = window.atlasMap; m.setView([14.4, -86.9], 7, {animate: false});"
                        " const p = m.latLngToContainerPoint([14.4, -86.9]); return [p.x, p.y]; }")
    pg.wait_for_timeout(300)
    pg.mouse.click(*point)
    pg.locator('.atlas-chooser .atlas-choice[data-id="country:HN"]').click()
    pg.locator(".atlas-popup .atlas-card").first.wait_for()
    pg.wait_for_timeout(500)
    cards = pg.locator(".atlas-popup .atlas-card")
    screenshot(pg, "map-offline-popup")
    assert cards.count() >= 3 and pg.locator(".atlas-popup mark.atlas-mark").count() >= 1
    assert "Honduras" in pg.locator(".atlas-popup-head").inner_text()
    context.close()
    assert requests == [] and errors == [], (requests, errors)


def test_online_tiles_without_network_say_so_and_the_offline_basemap_stays(page, app_url):
    """The only requests that leave the machine are the tiles the user asked for; they fail here."""
    start_app_shell(page, app_url)
    page.goto(f"{app_url}/map")
    page.wait_for_selector(MAP_FRAME, state="attached", timeout=60_000)
    page.get_by_text("Online map tiles (OpenStreetMap)").click()
    page.wait_for_timeout(1500)
    frame = page.wait_for_selector(MAP_FRAME, state="attached", timeout=60_000).content_frame()
    frame.wait_for_selector(".atlas-tiles-failed", timeout=30_000)
    filled = frame.evaluate("""() => [...document.querySelectorAll('.leaflet-atlas-base-pane path')]
        .some(p => parseFloat(p.getAttribute('fill-opacity')) === 1)""")
    screenshot(page, "map-online-tiles-failed")
    assert filled
    assert page.external_requests and all("tile.openstreetmap.org" in u for u in page.external_requests)
