"""A newcomer's first start in Chromium: the shipped documents come with their analysis (``corpus.shipped``),
so the Corpus page comes first; the map still works once the other pages were warmed up in the background
(their component registered from the warm-up thread), and the Network page's script is already loaded in
the browser while the first page is read. A store whose documents older code analysed shows the progress
of their new analysis (documents done / total), then the page."""
from __future__ import annotations

import re
import sqlite3

from tests.e2e.conftest import screenshot
from ui.prepare import Preparation, prepare
from ui.server import running_app

PROGRESS = re.compile(r"Analysing the documents again \(the analysis code changed\): [0-5] of 5 documents")
MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'
IDLE = "() => document.querySelector('[data-testid=\"stApp\"]').getAttribute('data-test-script-state') === 'notRunning'"


def test_a_first_start_shows_the_corpus_and_the_map_works_after_warm_up(tmp_path, page):
    with running_app(tmp_path / "atlas.db") as (url, _pid):
        page.goto(url)
        page.get_by_test_id("stMetric").first.wait_for(timeout=120_000)
        page.wait_for_function(IDLE, timeout=60_000)
        screenshot(page, "start-corpus")
        assert page.get_by_test_id("stMetric").first.inner_text().split()[-1] == "5"
        assert page.get_by_test_id("stProgress").count() == 0
        page.wait_for_function("() => !!(window.vis && window.vis.Network)", timeout=30_000)  # preloaded, offline
        page.wait_for_timeout(6_000)  # the warm-up thread imports the other pages' modules meanwhile
        page.get_by_test_id("stSidebarNav").get_by_text("Map", exact=True).click()
        frame = page.wait_for_selector(MAP_FRAME, state="attached", timeout=60_000).content_frame()
        frame.wait_for_function("() => window.L && document.querySelectorAll('path.leaflet-interactive').length > 0",
                                timeout=60_000)
        screenshot(page, "start-map-after-warm-up")
    assert page.external_requests == []
    assert not [e for e in page.errors if e.startswith("pageerror")], page.errors


def test_documents_analysed_by_older_code_are_analysed_again_with_progress_then_shown(tmp_path, page):
    db = tmp_path / "atlas.db"
    prepare(Preparation(), str(db), seed=True)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE documents SET analysis_version='older code'")
    with running_app(db) as (url, _pid):
        page.goto(url)
        bar = page.get_by_test_id("stProgress").get_by_text(PROGRESS)
        bar.wait_for(timeout=60_000)
        seen = bar.inner_text()
        screenshot(page, "start-progress")
        page.get_by_test_id("stMetric").first.wait_for(timeout=120_000)
        page.wait_for_function(IDLE, timeout=60_000)
        assert page.get_by_test_id("stMetric").first.inner_text().split()[-1] == "5"
        assert page.get_by_test_id("stProgress").count() == 0  # the bar is gone once the page is drawn
    assert PROGRESS.search(seen)
    assert not [e for e in page.errors if e.startswith("pageerror")], page.errors
