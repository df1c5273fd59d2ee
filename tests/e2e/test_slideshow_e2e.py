"""The exported slideshow, downloaded from the tour page and opened from disk (file://), offline."""
from __future__ import annotations

from tests.e2e.conftest import offline_page, screenshot
from tests.e2e.test_map_e2e import start_app_shell

CARD = """() => { const c = document.querySelector('.tour-stop'), q = c.querySelector('.tour-quote');
    const r = q.getBoundingClientRect();
    return {count: c.querySelector('.tour-count').textContent, place: c.querySelector('.tour-place').textContent,
            cite: c.querySelector('.tour-cite').textContent, marks: q.querySelectorAll('mark').length,
            inView: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth,
            overflow: c.scrollHeight - c.clientHeight, scrollY: window.scrollY,
            basemap: document.querySelectorAll('.leaflet-overlay-pane path').length}; }"""


def test_the_downloaded_slideshow_steps_through_every_stop_from_disk(browser, app_url, tmp_path):
    with offline_page(browser, 1280, 720) as page:
        start_app_shell(page, app_url)
        page.goto(f"{app_url}/tour")
        page.locator(".tour-place").wait_for(timeout=60_000)
        total = int(page.locator(".tour-count").inner_text().rsplit(" ", 1)[1])
        page.get_by_text("Your tours: save, edit, share, export").click()
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name="Slideshow (one HTML file, works offline)").click()
        path = tmp_path / "tour.html"
        download.value.save_as(path)
    html = path.read_text(encoding="utf-8")
    assert 'http-equiv="Content-Security-Policy"' in html and "default-src &#39;none&#39;" in html

    with offline_page(browser, 1280, 720) as show:
        show.goto(path.as_uri())
        show.wait_for_function("() => document.querySelector('.tour-count')", timeout=30_000)
        show.locator("#map").click(position={"x": 200, "y": 300})  # a click in the map must not take the keys
        keys = ["PageDown", "ArrowRight", "Space"]
        for number in range(1, total + 1):
            show.wait_for_function("(n) => document.querySelector('.tour-count').textContent.startsWith(`Stop ${n} of`)",
                                   arg=number, timeout=10_000)
            card = show.evaluate(CARD)
            assert card["count"] == f"Stop {number} of {total}", card
            assert card["place"] and card["marks"] >= 1 and card["inView"] and card["overflow"] <= 1, card
            assert " — " in card["cite"] and card["scrollY"] == 0 and card["basemap"] > 100, card
            if number in (1, total):
                show.wait_for_timeout(1500)  # the fly-to
                screenshot(show, f"slideshow-stop{number:02d}")
            show.keyboard.press(keys[number % len(keys)])
        show.keyboard.press("Home")
        show.wait_for_function("() => document.querySelector('.tour-count').textContent.startsWith('Stop 1 of')")
        show.keyboard.press("End")
        show.wait_for_function("(n) => document.querySelector('.tour-count').textContent.startsWith(`Stop ${n} of`)",
                               arg=total)
        assert show.external_requests == []
        assert show.errors == [], show.errors  # no script error and no Content-Security-Policy refusal


MAP_STATE = """() => { const m = window.atlasMap, c = m.getCenter();
    return {lat: c.lat, lng: c.lng, zoom: m.getZoom(), count: document.querySelector('.tour-count').textContent,
            scrollY: window.scrollY,
            lines: document.querySelectorAll('.leaflet-overlay-pane path[stroke="#9aa4ae"]').length,
            water: document.querySelectorAll('.leaflet-overlay-pane path[stroke="#8db7d8"]').length,
            cities: [...document.querySelectorAll('.atlas-name-city')].filter(e => e.style.display !== 'none')
                        .map(e => e.textContent)}; }"""


def test_the_slideshow_map_pans_with_shift_arrows_while_plain_keys_step_the_tour(browser, tmp_path):
    """From file://, after a click in the map: Shift + arrows pan it and + / - zoom it, the stop stays;
    plain arrows still step the tour. Its basemap has borders, water and named cities."""
    from corpus.pipeline import analyse_paths
    from tests.e2e.conftest import ROOT
    from ui.assets import ensure_vendor
    from views.slideshow import slideshow_html
    from views.tour import tour_stops

    corpus, _ = analyse_paths([ROOT / "data" / "corpus"])
    vendor = tmp_path / "vendor"
    ensure_vendor(vendor)
    stops = tour_stops(corpus)
    start = next(i for i, s in enumerate(stops) if s.place.name == "Tegucigalpa") + 1
    path = tmp_path / "tour.html"
    path.write_text(slideshow_html(corpus, stops, vendor), encoding="utf-8")

    with offline_page(browser, 1280, 720) as show:
        show.goto(f"{path.as_uri()}#{start}")
        show.wait_for_function("() => window.atlasMap && document.querySelector('.tour-count')", timeout=30_000)
        show.wait_for_timeout(800)
        before = show.evaluate(MAP_STATE)
        assert before["count"].startswith(f"Stop {start} of"), before
        assert before["lines"] >= 1 and before["water"] >= 1, before  # borders (one path each) and water
        assert "Tegucigalpa" in before["cities"], before
        screenshot(show, "slideshow-tegucigalpa-basemap")

        show.locator("#map").click(position={"x": 200, "y": 300})
        show.keyboard.press("Shift+ArrowRight")
        show.wait_for_timeout(600)
        east = show.evaluate(MAP_STATE)
        assert east["lng"] > before["lng"] + 0.1 and abs(east["lat"] - before["lat"]) < 0.05, (before, east)
        assert east["count"] == before["count"] and east["scrollY"] == 0
        show.keyboard.press("Shift+ArrowDown")
        show.wait_for_timeout(600)
        south = show.evaluate(MAP_STATE)
        assert south["lat"] < east["lat"] - 0.1 and south["count"] == before["count"], (east, south)
        show.keyboard.press("-")
        show.wait_for_timeout(400)
        assert show.evaluate(MAP_STATE)["zoom"] == south["zoom"] - 1

        show.keyboard.press("ArrowRight")  # a plain arrow still belongs to the tour
        show.wait_for_function("(n) => document.querySelector('.tour-count').textContent.startsWith(`Stop ${n} of`)",
                               arg=start + 1, timeout=10_000)
        show.keyboard.press("ArrowLeft")
        show.wait_for_function("(n) => document.querySelector('.tour-count').textContent.startsWith(`Stop ${n} of`)",
                               arg=start, timeout=10_000)
        assert show.evaluate("() => window.scrollY") == 0
        assert show.external_requests == []
        assert show.errors == [], show.errors
