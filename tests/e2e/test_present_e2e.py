"""Presentation mode on a projector, and keys that always move the tour (headless Chromium, offline).

At 1280×720 and 1920×1080 every stop of the shipped tour shows the map and the whole quotation
without scrolling; a click in the map never steals the keys, and no key scrolls the page.
"""
from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest

from tests.e2e.conftest import frame_when, offline_page, screenshot
from tests.e2e.test_map_e2e import start_app_shell

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
SIZES = [(1280, 720), (1920, 1080)]

LAYOUT = """() => {
    const box = (el) => { const r = el.getBoundingClientRect();
                          return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
    const card = document.querySelector('.tour-stop');
    return {w: innerWidth, h: innerHeight, scrollY: window.scrollY,
            scrollable: document.scrollingElement.scrollHeight > innerHeight,
            mainScroll: document.querySelector('[data-testid="stMain"]').scrollTop,
            frame: box(document.querySelector('iframe[title="streamlit_folium.st_folium"]')),
            quote: box(card.querySelector('.tour-quote')), marks: [...card.querySelectorAll('.tour-quote mark')].map(box),
            overflow: card.scrollHeight - card.clientHeight,
            quoteSize: parseFloat(getComputedStyle(card.querySelector('.tour-quote')).fontSize),
            sidebar: !!document.querySelector('[data-testid="stSidebar"]')?.checkVisibility(),
            header: !!document.querySelector('[data-testid="stHeader"]')?.checkVisibility()};
}"""
SETTLED_ON_STOP = """(previous) => { const p = document.querySelector('.leaflet-atlas-selected-pane path');
    if (!p) { return false; } const r = p.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    const c = window.map.getCenter(), view = `${c.lat.toFixed(5)},${c.lng.toFixed(5)},${window.map.getZoom()}`;
    const still = window.__lastView === view; window.__lastView = view;  // the fly-to has ended
    return still && window.__arrived !== false && view !== previous && x > 0 && y > 0 && x < innerWidth && y < innerHeight; }"""
ARM = "() => { window.__arrived = false; window.map.once('moveend', () => { window.__arrived = true; }); }"
VIEW = "() => { const c = window.map.getCenter(); return `${c.lat.toFixed(5)},${c.lng.toFixed(5)},${window.map.getZoom()}`; }"

MAIN = "document.querySelector('[data-testid=\"stMain\"]')"  # Streamlit scrolls this, not the window
SCROLLED = f"[window.scrollY, {MAIN}.scrollTop]"


def stop_of(page) -> str:
    return parse_qs(urlparse(page.url).query).get("stop", [""])[0]


def count_text(page) -> str:
    return page.locator(".tour-count").inner_text()


def wait_for_count(page, number: int) -> None:
    page.wait_for_function("(n) => { const c = document.querySelector('.tour-count');"
                           " return c && c.textContent.startsWith(`Stop ${n} of`); }", arg=number, timeout=30_000)




def wait_for_keys(page) -> None:
    """The key listener is mounted and knows the stops (a few hundred ms after the card shows)."""
    page.wait_for_function("() => window.__atlasTour && window.__atlasTour.go && window.__atlasTour.ids.length > 1",
                           timeout=30_000)


def inside(box: dict, w: int, h: int) -> bool:
    return box["left"] >= 0 and box["top"] >= 0 and box["right"] <= w + 0.5 and box["bottom"] <= h + 0.5


@pytest.mark.parametrize("width, height", SIZES)
def test_every_stop_fits_the_screen_in_presentation_mode(browser, app_url, width, height):
    with offline_page(browser, width, height) as page:
        start_app_shell(page, app_url)
        page.goto(f"{app_url}/tour?present=1")
        frame = page.wait_for_selector(MAP_FRAME, state="attached", timeout=60_000).content_frame()
        frame.wait_for_function("() => window.L && window.map && document.querySelector('.atlas-label')",
                                timeout=60_000)
        page.locator(".tour-place").wait_for()
        wait_for_keys(page)
        total = int(count_text(page).rsplit(" ", 1)[1])
        assert total >= 5
        previous, opened_full = None, False
        for number in range(1, total + 1):
            wait_for_count(page, number)
            # the map flew to this stop (its view changed, then held still) and shows the stop's shape
            frame.wait_for_function(SETTLED_ON_STOP, arg=previous, polling=300, timeout=15_000)
            previous = frame.evaluate(VIEW)
            layout = page.evaluate(LAYOUT)
            where = f"stop {number} at {width}×{height}: {layout}"
            assert not layout["sidebar"] and not layout["header"], where
            assert layout["scrollY"] == 0 and layout["mainScroll"] == 0 and not layout["scrollable"], where
            assert inside(layout["frame"], width, height), where
            assert layout["frame"]["right"] - layout["frame"]["left"] >= 0.55 * width, where
            assert layout["frame"]["bottom"] - layout["frame"]["top"] >= 0.99 * height, where
            assert frame.evaluate("() => document.getElementById('map_div').getBoundingClientRect().height") \
                >= 0.99 * height, where
            assert inside(layout["quote"], width, height) and layout["overflow"] <= 1, where
            assert layout["marks"] and all(inside(m, width, height) for m in layout["marks"]), where
            assert layout["quoteSize"] >= height / 36, where  # ≥ 20 px at 720p: read from the back of a room
            page.wait_for_timeout(400)  # let the marks repaint before the picture (a loaded machine is slow)
            screenshot(page, f"tour-present-{width}x{height}-stop{number:02d}")
            full = page.locator(".tour-full summary")
            if full.count() and not opened_full:  # the whole sentence is one click away
                full.click()
                page.locator(".tour-full-text").wait_for(state="visible")
                assert layout_quote_in(page.locator(".tour-full-text").inner_text(), page)
                screenshot(page, f"tour-present-{width}x{height}-full-sentence")
                full.click()
                page.locator(".tour-full-text").wait_for(state="hidden")
                opened_full = True
            if number < total:
                frame.evaluate(ARM)  # the next stop counts as reached once the map's move has ended
                page.keyboard.press("PageDown")
        assert opened_full, "no stop of the shipped tour has a trimmed quotation"
        assert page.external_requests == []
        assert not [e for e in page.errors if e.startswith("pageerror")], page.errors


def layout_quote_in(full_text: str, page) -> bool:
    """The trimmed quotation (without its ellipses) is a part of the full sentence."""
    quote = page.locator(".tour-quote").inner_text().strip("… \u00a0")
    return bool(quote) and quote in " ".join(full_text.split())


def test_keys_move_the_tour_after_a_click_in_the_map_and_never_scroll(browser, app_url):
    with offline_page(browser, 1280, 720) as page:
        start_app_shell(page, app_url)
        page.goto(f"{app_url}/tour?order=date")
        frame = page.wait_for_selector(MAP_FRAME, state="attached", timeout=60_000).content_frame()
        frame.wait_for_function("() => window.L && window.map && document.querySelector('.atlas-label')",
                                timeout=60_000)
        page.locator(".tour-place").wait_for()
        wait_for_keys(page)
        total = int(count_text(page).rsplit(" ", 1)[1])
        assert page.evaluate(f"{MAIN}.scrollHeight > {MAIN}.clientHeight"), "the page must be able to scroll"
        frame.locator("#map_div").click(position={"x": 40, "y": 300})  # focus is now inside the map's frame
        assert page.evaluate("document.activeElement.tagName") == "IFRAME"
        before = page.evaluate(SCROLLED)
        for key, number in [("ArrowRight", 2), ("PageDown", 3), ("Space", 4), ("PageUp", 3), ("End", total),
                            ("Home", 1), ("ArrowRight", 2)]:
            page.keyboard.press(key)
            wait_for_count(page, number)
            assert page.evaluate(SCROLLED) == before, key
        page.wait_for_timeout(2000)  # the fly-to ends
        screenshot(page, "tour-keys-after-map-click")
        center = frame.evaluate("() => window.map.getCenter()")
        page.keyboard.press("Shift+ArrowRight")  # the map's own pan key, with a modifier
        frame.wait_for_function("(c) => window.map.getCenter().lng !== c.lng", arg=center, timeout=5_000)
        page.wait_for_timeout(1000)  # time for a (wrong) step to show
        assert count_text(page).startswith("Stop 2 of") and page.evaluate(SCROLLED) == before
        assert page.external_requests == []


MAP_DRAWN = ("() => !!(window.map && document.querySelector('.atlas-label') && "
             "document.querySelectorAll('.leaflet-atlas-base-pane path').length > 100)")


def _drawn_map_frame(page, seconds: float = 60):
    """The map's frame once it has drawn, found anew each time: a rerun after leaving presentation mode can
    replace the frame, and a wait on the old one never ends (a fresh-venv run under load timed out so)."""
    return frame_when(page, MAP_FRAME, MAP_DRAWN, seconds)


def test_leaving_presentation_mode_keeps_the_stop(browser, app_url):
    with offline_page(browser, 1280, 720) as page:
        start_app_shell(page, app_url)
        page.goto(f"{app_url}/tour?present=1&order=mentions")
        page.locator(".tour-place").wait_for(timeout=60_000)
        wait_for_keys(page)
        page.keyboard.press("PageDown")
        page.keyboard.press("PageDown")
        wait_for_count(page, 3)
        stop = stop_of(page)
        page.keyboard.press("Escape")
        page.wait_for_function("() => !new URL(location.href).searchParams.get('present')", timeout=30_000)
        page.locator('[data-testid="stSidebar"]').wait_for(state="visible", timeout=30_000)
        wait_for_count(page, 3)
        assert stop_of(page) == stop
        frame = _drawn_map_frame(page)
        frame.wait_for_function(SETTLED_ON_STOP, arg=None, polling=300, timeout=15_000)
        screenshot(page, "tour-after-presentation")
        page.get_by_text("Presentation mode").click()
        page.wait_for_function("() => new URL(location.href).searchParams.get('present') === '1'", timeout=30_000)
        page.locator('[data-testid="stSidebar"]').wait_for(state="hidden", timeout=30_000)
        wait_for_count(page, 3)
        assert stop_of(page) == stop
        assert page.external_requests == []
