"""A page's first visit finds in the browser what a later visit finds: once the Corpus page is read, the
other pages load none of Streamlit's own code (it was imported while the first page was read,
``ui.preload``), and the map draws with Leaflet that was already fetched."""
from __future__ import annotations

from urllib.parse import urlparse

from tests.e2e.conftest import offline_page

IDLE = "() => document.querySelector('[data-testid=\"stApp\"]').getAttribute('data-test-script-state') === 'notRunning'"
MAP_DRAWN = """() => { const f = document.querySelector("iframe[title='streamlit_folium.st_folium']");
  const d = f && f.contentDocument; return !!(d && d.querySelector('.leaflet-interactive')); }"""
PAGES = {  # each page's own element (a selector, which also finds the network inside its component's shadow root)
    "Map": "iframe[title='streamlit_folium.st_folium']",
    "Presenter tour": "iframe[title='streamlit_folium.st_folium']",
    "Network": ".vis-network canvas",
    "Documents": "[data-testid='stExpander']",
    "Actor": "[data-testid='stSelectbox']",
}


def test_after_the_first_page_the_other_pages_load_none_of_streamlits_code(app_url, browser):
    with offline_page(browser) as page:
        requests: list[str] = []
        page.on("request", lambda r: requests.append(urlparse(r.url).path))
        page.goto(app_url)
        page.get_by_test_id("stMetric").first.wait_for(timeout=120_000)
        page.wait_for_function(IDLE, timeout=60_000)
        page.wait_for_function("() => window.__atlasPreloadDone === true", timeout=60_000)
        assert any(p.startswith("/static/js/Selectbox.") for p in requests)  # imported while the Corpus was read
        assert "/app/static/vendor/leaflet/leaflet.js" in requests
        page.wait_for_timeout(300)  # the events of those requests are in
        loaded = {}
        for name, element in PAGES.items():
            requests.clear()
            page.get_by_test_id("stSidebarNav").get_by_text(name, exact=True).click()
            page.wait_for_selector(element, state="attached", timeout=60_000)
            if "folium" in element:  # the map itself, drawn by Leaflet in its frame
                page.wait_for_function(MAP_DRAWN, timeout=60_000)
            page.wait_for_function(IDLE, timeout=60_000)
            loaded[name] = [p for p in requests if p.startswith("/static/")]  # Streamlit's own files
        assert loaded == {name: [] for name in PAGES}
        assert not [e for e in page.errors if e.startswith("pageerror")], page.errors
        assert page.external_requests == []
