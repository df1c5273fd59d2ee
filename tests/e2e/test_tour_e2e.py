"""The presenter tour in headless Chromium: steps forward by button and by key, URL follows."""
from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from tests.e2e.conftest import screenshot
from tests.e2e.test_map_e2e import start_app_shell

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


def stop_of(page) -> str:
    return parse_qs(urlparse(page.url).query).get("stop", [""])[0]


def wait_for_new_stop(page, previous: str) -> str:
    page.wait_for_function("(p) => new URL(location.href).searchParams.get('stop') !== p", arg=previous,
                           timeout=30_000)
    page.wait_for_function("(p) => !document.querySelector('.tour-place') || "
                           "document.querySelector('.tour-place').textContent.indexOf('Stop') >= 0", arg=None)
    return stop_of(page)


def test_tour_steps_forward_by_button_and_key(page, app_url):
    start_app_shell(page, app_url)
    page.goto(f"{app_url}/tour")
    frame = page.wait_for_selector(MAP_FRAME, state="attached", timeout=60_000).content_frame()
    frame.wait_for_function("() => window.L && window.map && document.querySelector('.atlas-label')",
                            timeout=60_000)
    page.locator(".tour-place").wait_for()
    page.wait_for_timeout(1800)  # the fly-to animation
    screenshot(page, "tour-stop-1")
    assert "Stop 1 of" in page.locator(".tour-count").inner_text()
    first = stop_of(page)
    assert first

    page.get_by_role("button", name="Next").click()
    second = wait_for_new_stop(page, first)
    page.wait_for_function("() => document.querySelector('.tour-count').textContent.startsWith('Stop 2 of')")

    page.locator(".tour-place").click()  # focus the page (keys pressed in the map frame stay there)
    page.keyboard.press("PageDown")
    third = wait_for_new_stop(page, second)
    page.wait_for_function("() => document.querySelector('.tour-count').textContent.startsWith('Stop 3 of')")

    page.keyboard.press("ArrowLeft")
    assert wait_for_new_stop(page, third) == second
    page.keyboard.press("ArrowRight")
    assert wait_for_new_stop(page, second) == third
    page.wait_for_timeout(1800)
    screenshot(page, "tour-stop-3")
    assert len({first, second, third}) == 3
    assert page.external_requests == []
    assert not [e for e in page.errors if e.startswith("pageerror")], page.errors


def test_tour_reopens_at_the_stop_in_the_url(page, app_url):
    start_app_shell(page, app_url)
    page.goto(f"{app_url}/tour?order=mentions&stop=country:US")
    page.locator(".tour-place").wait_for(timeout=60_000)
    assert "United States" in page.locator(".tour-place").inner_text()
