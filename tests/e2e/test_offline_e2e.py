"""Offline, proved in the browser: every page on the shipped corpus, visited with the harness's
request log, asks no host but this machine for anything (no CDN, no tiles, no fonts, no geocoder)."""
from __future__ import annotations

from tests.e2e.conftest import frame_when
from tests.e2e.test_network_e2e import READY

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
LEAFLET_READY = "() => window.L && window.map && document.querySelectorAll('path.leaflet-interactive').length > 0"


def _settled(page) -> None:
    page.wait_for_selector("text=Policy Atlas", timeout=90_000)
    page.wait_for_function("() => document.querySelector('[data-testid=\"stApp\"]')"
                           ".getAttribute('data-test-script-state') === 'notRunning'", timeout=90_000)


def test_every_page_requests_nothing_from_outside(page, app_url):
    seen = []
    page.on("request", lambda r: seen.append(r.url))
    page.goto(app_url + "/")
    _settled(page)
    for path in ("/map", "/tour"):
        page.goto(app_url + path)
        _settled(page)
        frame_when(page, MAP_FRAME, LEAFLET_READY)  # (the frame found anew: a rerun may replace it)
    page.goto(app_url + "/network")
    page.wait_for_function(READY, timeout=60_000)
    for path in ("/documents", "/"):
        page.goto(app_url + path)
        _settled(page)
    page.get_by_text("Download the analysed corpus").click()  # the downloads' expander
    page.wait_for_timeout(1500)  # late fonts, images and component assets
    assert len(seen) > 20  # the log works: the pages did load their (local) assets
    assert page.external_requests == [], page.external_requests
    assert [e for e in page.errors if "404" not in e] == []
