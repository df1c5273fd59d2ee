"""The sidebar timeline in Chromium: brushing, picking a year, the undated switch and play — one
state with the slider and the URL, and every page's counts follow."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from corpus.ingest import ingest
from corpus.store import Store
from documents.load import iter_paths, load_path
from tests.e2e.conftest import ARTIFACTS
from ui.server import running_app

IDLE = "() => document.querySelector('[data-testid=\"stApp\"]').getAttribute('data-test-script-state') === 'notRunning'"
DOCS = [("2014-06-01", "Aid to Tegucigalpa", "The Secretary of State visited Tegucigalpa, Honduras."),
        ("2015-03-10", "Programs in San Pedro Sula", "USAID expanded programs in San Pedro Sula, Honduras."),
        ("2016-09-01", "Guatemala talks", "The Department of State met officials in Guatemala City, Guatemala."),
        ("2017-01-20", "El Salvador update", "The Embassy in San Salvador, El Salvador, announced new programs."),
        ("2018-05-05", "Mexico meeting", "The Secretary of Homeland Security met officials in Mexico City, Mexico."),
        ("2019-11-11", "Compact signed", "The Department of Homeland Security and Honduras signed a compact."),
        (None, "A note", "A note about La Ceiba, Honduras, and Choloma.")]


@pytest.fixture(scope="module")
def years_url(tmp_path_factory, browser):
    """The app on a store of six documents a year apart (2014–2019) and one undated."""
    root = tmp_path_factory.mktemp("timeline")
    docs = root / "docs"
    docs.mkdir()
    for date, title, body in DOCS:
        front = f"title: {title}\n" + (f"date: {date}\n" if date else "")
        (docs / f"{(date or 'undated')[:4]}.md").write_text(f"---\n{front}---\n\n{body}\n\nOfficials in Choloma, Honduras, welcomed it.\n")
    db = root / "atlas.db"
    with Store(db) as store:
        ingest(store, (load_path(p) for p in iter_paths([docs])))
    with running_app(db) as (url, _pid):
        yield url


def _idle(page) -> None:
    page.wait_for_function(IDLE, timeout=60_000)


def _bar(page, label: str) -> tuple[float, float]:
    """The middle of a bar near its foot, found by its Vega-Lite description ("…; year: 2015; …"; the
    year's own bar comes before its months')."""
    box = page.locator(f'[data-testid="stVegaLiteChart"] path[aria-label*="{label}"]').first.bounding_box()
    return box["x"] + box["width"] / 2, box["y"] + box["height"] - 3


def _documents(page) -> int:
    """The Corpus page's "Documents" figure."""
    return int(page.get_by_test_id("stMetric").first.inner_text().split()[-1])


def _open(page, url: str) -> None:
    page.goto(url)
    page.locator('[data-testid="stVegaLiteChart"] path[aria-label*="year: 2015;"]').first.wait_for(timeout=90_000)
    _idle(page)


def _counts(page, url: str) -> dict[str, str]:
    """Each page's own count line, read from the page as a viewer sees it."""
    out = {}
    for path, pattern in (("", None), ("map", r"\d+ places mentioned in \d+ documents"),
                          ("network", r"\d+ of \d+ actors, \d+ of \d+ relations"), ("documents", r"All documents \(\d+\)")):
        page.goto(f"{url}/{path}?{url_query(page)}" if path else page.url)
        _idle(page)
        if pattern is None:
            # the Documents metric by its label: under load a rerun can leave another metric first for a moment
            metric = page.get_by_test_id("stMetric").filter(has_text=re.compile(r"^\s*Documents"))
            metric.first.wait_for(timeout=60_000)
            out["corpus"] = metric.first.inner_text().replace("\n", " ")
        else:
            page.get_by_text(re.compile(pattern)).first.wait_for(timeout=60_000)
            out[path] = page.get_by_text(re.compile(pattern)).first.inner_text()
    return out


def url_query(page) -> str:
    return page.url.split("?", 1)[1] if "?" in page.url else ""


def test_brushing_sets_the_range_everywhere(page, years_url):
    _open(page, years_url)
    before = _counts(page, years_url)
    assert before["corpus"].endswith(" 7")
    page.goto(years_url)
    _open(page, years_url)
    x1, y = _bar(page, "year: 2015;")
    x2, _ = _bar(page, "year: 2017;")
    page.mouse.move(x1, y)
    page.mouse.down()
    page.mouse.move((x1 + x2) / 2, y, steps=5)
    page.mouse.move(x2, y, steps=5)
    page.mouse.up()
    page.wait_for_url(re.compile(r"years=2015-2017"), timeout=30_000)
    _idle(page)
    slider = page.get_by_test_id("stSlider").inner_text()
    assert "2015" in slider and "2017" in slider
    page.screenshot(path=str(ARTIFACTS / "timeline_brushed.png"))
    after = _counts(page, years_url)
    assert after["corpus"].endswith(" 4")  # 2015, 2016, 2017 and the undated note
    assert after["documents"] == "All documents (4)"
    assert after["map"] != before["map"] and after["network"] != before["network"]
    assert "years=2015-2017" in page.url  # still in the URL on the last page visited
    assert not page.external_requests


def test_a_click_picks_a_year_and_undated_switches_from_the_timeline(page, years_url):
    _open(page, years_url)
    page.mouse.click(*_bar(page, "year: 2016;"))
    page.wait_for_url(re.compile(r"years=2016-2016"), timeout=30_000)
    _idle(page)
    assert _documents(page) == 2  # 2016 and the undated note
    page.mouse.click(*_bar(page, "label: undated"))
    page.wait_for_url(re.compile(r"undated=0"), timeout=30_000)
    _idle(page)
    assert _documents(page) == 1
    expect(page.get_by_role("checkbox", name="Include undated documents")).not_to_be_checked()
    page.mouse.click(*_bar(page, "label: undated"))
    page.wait_for_function("() => !location.search.includes('undated=0')", timeout=30_000)
    _idle(page)
    expect(page.get_by_role("checkbox", name="Include undated documents")).to_be_checked()
    assert _documents(page) == 2


def test_play_steps_the_range_year_by_year(page, years_url):
    _open(page, years_url + "/map")
    page.locator(".st-key-timeline_play button").first.click()
    page.wait_for_url(re.compile(r"years=2014-2014"), timeout=30_000)
    page.wait_for_url(re.compile(r"years=2015-2015"), timeout=30_000)
    page.wait_for_url(re.compile(r"years=2016-2016"), timeout=30_000)
    _idle(page)
    assert "/map" in page.url  # the page being presented stays; it follows the range
    page.screenshot(path=str(ARTIFACTS / "timeline_playing.png"))
    page.locator(".st-key-timeline_play button").first.click()  # pause
    _idle(page)
    paused = page.url
    page.wait_for_timeout(3000)
    assert page.url == paused


BOUNDS = """() => { for (const k of Object.keys(window)) { if (k.startsWith('map_') && window[k] && window[k].getBounds) {
  const b = window[k].getBounds(); return [b.getSouth(), b.getWest(), b.getNorth(), b.getEast()]; } } return null; }"""


def _map_bounds(page) -> list[float]:
    frame = page.wait_for_selector("iframe[title='streamlit_folium.st_folium']", state="attached").content_frame()
    frame.wait_for_function("() => window.L && document.querySelectorAll('.leaflet-interactive').length > 0",
                            timeout=60_000)
    return frame.evaluate(BOUNDS)


def test_the_map_fits_the_places_that_remain(page, years_url):
    """2014 names only Honduras; stepping on to 2018 (Mexico City) widens the map to take it in."""
    _open(page, years_url + "/map?years=2014-2014&undated=0")
    south, west, north, east = _map_bounds(page)
    assert west > -99.1  # Mexico City is not in view for 2014
    for year in range(2015, 2019):  # one step at a time: a click sent while the last step's rerun is only
        # starting can be taken by it (the CI-like run at load ~3 ended on 2017 after four quick clicks)
        page.locator(".st-key-timeline_next button").first.click()
        page.wait_for_url(re.compile(rf"years={year}-{year}"), timeout=30_000)
        _idle(page)
    page.wait_for_timeout(1500)
    south, west, north, east = _map_bounds(page)
    assert south < 19.4 < north and west < -99.1 < east
