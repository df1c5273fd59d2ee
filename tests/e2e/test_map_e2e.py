"""The map page in headless Chromium on the shipped corpus: offline, drawn, clickable, filtered."""
from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from tests.e2e.conftest import offline_page, running_app, screenshot

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
PLACE_NAMES = """() => { const names = [];
    window.map.eachLayer(l => { if (l.feature && l.options.interactive !== false && l.feature.properties.mentions)
        names.push(l.feature.properties.name); });
    return [...new Set(names)].sort(); }"""


CLICKABLE_MARKER = """() => [...document.querySelectorAll('.leaflet-atlas-points-pane path.leaflet-interactive')]
    .findIndex(p => { const r = p.getBoundingClientRect(); const x = r.left + r.width / 2, y = r.top + r.height / 2;
                      return x > 0 && y > 0 && x < innerWidth && y < innerHeight && document.elementFromPoint(x, y) === p; })"""


def start_app_shell(page, app_url: str) -> None:
    """Visit "/" first, so the shared server has analysed the corpus before the map is timed."""
    page.goto(app_url + "/")
    page.get_by_text("Policy Atlas").first.wait_for(timeout=90_000)


def open_map(page, url: str):
    """Go to the map page and return its Leaflet frame once marks are drawn."""
    start_app_shell(page, url.split("/map")[0])
    page.goto(url)
    frame = page.wait_for_selector(MAP_FRAME, state="attached", timeout=60_000).content_frame()
    frame.wait_for_function("() => window.L && window.map && "
                            "document.querySelectorAll('path.leaflet-interactive').length > 0", timeout=60_000)
    page.wait_for_timeout(800)  # let the fit-bounds animation settle before screenshots and clicks
    return frame


COUNTS = """() => ({
    shapes: document.querySelectorAll('.leaflet-atlas-countries-pane path.leaflet-interactive').length,
    regions: document.querySelectorAll('.leaflet-atlas-regions-pane path.leaflet-interactive').length,
    points: document.querySelectorAll('.leaflet-atlas-points-pane path.leaflet-interactive').length
          + document.querySelectorAll('.marker-cluster').length,
    basemap: document.querySelectorAll('.leaflet-atlas-base-pane path').length,
    version: window.L && L.version })"""


def test_map_draws_shapes_and_markers_with_no_external_request(page, app_url):
    frame = open_map(page, f"{app_url}/map")
    frame.wait_for_function(f"() => {{ const c = ({COUNTS})(); "
                            "return c.shapes > 0 && c.regions > 0 && c.points > 0 && c.basemap > 100; }",
                            timeout=30_000)
    counts = frame.evaluate(COUNTS)
    screenshot(page, "map-page")
    assert page.external_requests == []
    assert not [e for e in page.errors if e.startswith("pageerror")], page.errors
    assert counts["version"] == "1.9.3", counts
    assert frame.locator(".atlas-legend").is_visible()
    assert frame.locator(".leaflet-control-layers").is_visible()


def test_clicking_a_marker_shows_its_excerpts(page, app_url):
    frame = open_map(page, f"{app_url}/map")
    index = frame.evaluate(CLICKABLE_MARKER)
    assert index >= 0, "no point marker is visible and uncovered"
    frame.locator(".leaflet-atlas-points-pane path.leaflet-interactive").nth(index).click(force=True)
    page.wait_for_timeout(300)
    if frame.locator(".atlas-chooser").count():  # the mark lies on other places: the chooser lists it first
        frame.locator(".atlas-chooser .atlas-choice").first.click()
    page.wait_for_function("() => new URL(location.href).searchParams.get('place')", timeout=30_000)
    card = page.locator(".atlas-card").first
    card.wait_for(timeout=30_000)
    place = parse_qs(urlparse(page.url).query)["place"][0]
    assert card.locator("mark.atlas-mark").count() >= 1
    assert "./documents?doc=" in card.locator("a").get_attribute("href")
    screenshot(page, "map-click")
    assert place and page.external_requests == []


def test_year_filter_changes_the_marks(page, app_url):
    every = open_map(page, f"{app_url}/map").evaluate(PLACE_NAMES)
    early = open_map(page, f"{app_url}/map?years=2013-2014&undated=0").evaluate(PLACE_NAMES)
    screenshot(page, "map-2013-2014")
    assert early and set(early) < set(every), (early, every)
    assert page.external_requests == []


def test_deep_link_to_a_fresh_server_gets_the_app_shell(page, tmp_path):
    """A bookmarked link is often the first request after a restart: it must get the whole app.

    (A folder named pages/ beside streamlit_app.py would make Streamlit run that first session in its
    legacy multipage mode, skipping streamlit_app.py; the pages live in app_pages/ for that reason.)"""
    with running_app(tmp_path / "atlas.db") as (url, _pid):
        page.goto(f"{url}/map?years=2013-2014")
        page.wait_for_selector(MAP_FRAME, state="attached", timeout=90_000)
        assert page.get_by_text("Policy Atlas").count() >= 1  # the sidebar of streamlit_app.py
        assert page.get_by_text("Year range").count() + page.get_by_text("Include undated documents").count() >= 1


def test_downloaded_map_works_from_disk_with_no_network(browser, tmp_path):
    """The standalone HTML download, opened as a file in an offline browser, draws every mark."""
    from tests.views.synthetic import synthetic_corpus
    from ui.assets import VENDOR, ensure_vendor
    from views.map_build import build_map
    from views.offline_html import standalone_html

    ensure_vendor()
    path = tmp_path / "map.html"
    path.write_text(standalone_html(build_map(synthetic_corpus()), VENDOR), encoding="utf-8")
    context = browser.new_context(offline=True, viewport={"width": 1200, "height": 800})
    pg = context.new_page()
    requests, errors = [], []
    pg.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:")) else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.goto(path.as_uri())
    pg.wait_for_function("() => document.querySelectorAll('path.leaflet-interactive').length >= 8")
    screenshot(pg, "map-standalone-offline")
    # two places on one point: at full zoom they stay a cluster; a click spreads them apart
    pg.evaluate("() => { let m; for (const k in window) if (k.startsWith('map_') && window[k] instanceof L.Map) m = window[k];"
                " m.setView([15.6144, -87.953], 18, {animate: false}); }")
    pg.wait_for_function("() => [...document.querySelectorAll('.marker-cluster')].some(e => e.textContent === '2')")
    pg.wait_for_timeout(500)
    pg.locator(".marker-cluster", has_text="2").first.click()
    pg.wait_for_timeout(800)
    spread = pg.evaluate("""() => [...document.querySelectorAll('.leaflet-atlas-points-pane path.leaflet-interactive')]
        .map(p => p.getBoundingClientRect()).filter(r => r.left > 0 && r.top > 0 && r.right < innerWidth)
        .map(r => Math.round(r.left) + ',' + Math.round(r.top))""")
    context.close()
    assert requests == [] and errors == []
    assert len(set(spread)) >= 2, spread


BASEMAP_CLOSE = """() => ({
    lines: document.querySelectorAll('.leaflet-atlas-lines-pane path').length,
    close: document.querySelector('.leaflet-container').classList.contains('atlas-close'),
    tint: getComputedStyle(document.querySelector('.leaflet-atlas-countries-pane path')).fillOpacity,
    cities: [...document.querySelectorAll('.atlas-name-city')].filter(e => e.style.display !== 'none')
                .map(e => e.textContent) })"""


def test_a_city_level_view_reads_as_a_place_on_the_offline_basemap(browser, app_url):
    """At 1280×720, zoomed to Washington, Tegucigalpa and the Honduran north coast: the fetched
    borders, lakes and rivers are drawn, country tints fade so they read, cities are named."""
    with offline_page(browser, 1280, 720) as page:
        frame = open_map(page, f"{app_url}/map")
        frame.wait_for_function("() => document.querySelectorAll('.leaflet-atlas-lines-pane path').length >= 3",
                                timeout=30_000)
        for name, center, zoom, city in (("washington", [38.9, -77.04], 8, "Baltimore"),
                                         ("tegucigalpa", [14.1, -87.2], 8, None),
                                         ("north-coast", [15.5, -87.0], 7.5, "San Pedro Sula")):
            frame.evaluate(f"() => {{ window.map.setView({center}, {zoom}, {{animate: false}}); "
                           "window.map.panBy([1, 0], {animate: false}); }")  # a move lets the clusters redraw
            page.wait_for_timeout(900)
            state = frame.evaluate(BASEMAP_CLOSE)
            screenshot(page, f"map-basemap-{name}")
            assert state["lines"] >= 3 and state["close"], (name, state)
            assert float(state["tint"]) <= 0.15, (name, state)  # the country's tint faded
            assert city is None or city in state["cities"], (name, state)
        assert page.external_requests == []
        assert not [e for e in page.errors if e.startswith("pageerror")], page.errors
