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
