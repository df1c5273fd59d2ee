"""Hostile text in a real browser: a store ingested with the hostile corpus (payloads in titles,
sentences and file names), every page loaded, a marker, a node and a search hit clicked. Fails on any
dialog, any ``window.__pwned``, any console error and any request to a non-local host."""
from __future__ import annotations

from urllib.parse import quote

import pytest

from corpus.ingest import ingest, load_corpus
from corpus.store import Store
from tests.e2e.conftest import in_frames, running_app, screenshot
from tests.e2e.test_map_e2e import CLICKABLE_MARKER, MAP_FRAME
from tests.e2e.test_network_e2e import POINT, READY
from tests.security.hostile_corpus import hostile_documents

PWNED = "() => window.__pwned === undefined ? null : String(window.__pwned)"


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory, browser):
    db = tmp_path_factory.mktemp("hostile") / "atlas.db"
    with Store(db) as store:
        report = ingest(store, hostile_documents())
        assert not report.errors, report.errors
        corpus = load_corpus(store)
    with running_app(db) as (url, _pid):
        yield url, corpus


def _settle(page) -> None:
    """Wait until Streamlit has finished the script run (no "Running…" status)."""
    page.wait_for_selector("text=Policy Atlas", timeout=90_000)
    page.wait_for_function("() => document.querySelector('[data-testid=\"stApp\"]')"
                           ".getAttribute('data-test-script-state') === 'notRunning'", timeout=90_000)
    page.wait_for_timeout(1200)


def _check(page, where: str) -> None:
    pwned = in_frames(page, PWNED)
    errors = [e for e in page.errors if "404" not in e]  # deep links make 2 harmless 404s (tech.md)
    assert page.dialogs == [], f"{where}: dialog {page.dialogs}"
    assert [p for p in pwned if p] == [], f"{where}: window.__pwned set"
    assert page.external_requests == [], f"{where}: {page.external_requests}"
    assert errors == [], f"{where}: {errors}"


def _visit(page, url: str, name: str) -> None:
    page.goto(url)
    _settle(page)
    if name.startswith(("map", "tour")):  # wait for Leaflet so the screenshot shows the drawn map
        frame = page.wait_for_selector(MAP_FRAME, state="attached", timeout=60_000).content_frame()
        frame.wait_for_function("() => window.L && window.map && "
                                "document.querySelectorAll('path.leaflet-interactive').length > 0", timeout=60_000)
        page.wait_for_timeout(1500)
    elif name.startswith("network"):
        page.wait_for_function(READY, timeout=60_000)
    screenshot(page, f"hostile_{name}")
    _check(page, name)


def test_every_page_with_hostile_documents(page, hostile_app):
    url, corpus = hostile_app
    doc = next(d for d in corpus.documents if d.source == "all_payloads.txt")
    place = max(corpus.places, key=lambda p: len(p.mentions))
    actor = max(corpus.actors, key=lambda a: len(a.mentions))
    _visit(page, url + "/", "home")
    for path, name in [("/map", "map"), ("/tour", "tour"), ("/network", "network"), ("/documents", "documents"),
                       (f"/documents?doc={doc.id}&excerpt={quote(doc.excerpts[len(doc.excerpts) // 2].id)}", "reader"),
                       (f"/map?place={quote(place.id)}", "map_place"),
                       (f"/tour?place={quote(place.id)}", "tour_place"),
                       (f"/network?actor={quote(actor.id)}", "network_actor"),
                       (f"/actor?id={quote(actor.id)}", "actor_page")]:
        _visit(page, url + path, name)
    hostile_named = [a for a in corpus.actors if any(c in a.name for c in "<>[]()!\"'&")][:8]
    for other in hostile_named:  # actor pages of actors whose names carry payload characters
        page.goto(f"{url}/actor?id={quote(other.id)}")
        _settle(page)
        _check(page, f"actor page {other.name!r}")
    for other in corpus.documents:  # every hostile document in the reader
        page.goto(f"{url}/documents?doc={other.id}")
        _settle(page)
        _check(page, f"reader {other.source!r}")


def test_clicks_on_hostile_marks(page, hostile_app):
    url, corpus = hostile_app
    page.goto(url + "/")
    _settle(page)
    page.goto(url + "/map")
    frame = page.wait_for_selector(MAP_FRAME, state="attached", timeout=60_000).content_frame()
    frame.wait_for_function("() => window.L && window.map && "
                            "document.querySelectorAll('path.leaflet-interactive').length > 0", timeout=60_000)
    page.wait_for_timeout(800)
    index = frame.evaluate(CLICKABLE_MARKER)
    if index >= 0:
        marker = frame.locator(".leaflet-atlas-points-pane path.leaflet-interactive").nth(index)
        marker.hover()
        marker.click()
        page.wait_for_function("() => new URL(location.href).searchParams.get('place')", timeout=30_000)
        _settle(page)
    screenshot(page, "hostile_map_clicked")
    _check(page, "map click")

    page.goto(url + "/network")
    page.wait_for_function(READY, timeout=60_000)
    page.wait_for_timeout(500)
    biggest = page.evaluate("() => window.__atlasNetwork.nodes.get().sort((a, b) => b.size - a.size)[0]")
    x, y = page.evaluate(POINT, ["node", biggest["id"]])
    page.mouse.move(x, y)  # the tooltip
    page.wait_for_timeout(400)
    page.mouse.click(x, y)
    page.locator('[data-testid="actor-card"]').wait_for(timeout=20_000)
    screenshot(page, "hostile_network_card")
    _check(page, "network click")

    page.goto(url + "/documents")
    _settle(page)
    box = page.get_by_role("textbox").first
    box.fill("pwned")
    box.press("Enter")
    _settle(page)
    screenshot(page, "hostile_search")
    _check(page, "search")


def test_the_downloaded_map_of_hostile_documents_executes_nothing(page, hostile_app, tmp_path):
    """The exported HTML map (the Map page's download), opened from disk: every tooltip shown."""
    from ui.assets import VENDOR, ensure_vendor
    from views.map_build import build_map
    from views.offline_html import standalone_html

    _, corpus = hostile_app
    ensure_vendor()
    path = tmp_path / "hostile-map.html"
    path.write_text(standalone_html(build_map(corpus), VENDOR), encoding="utf-8")
    page.goto(path.as_uri())
    page.wait_for_function("() => window.L && document.querySelectorAll('path.leaflet-interactive').length > 0",
                           timeout=60_000)
    marks = page.locator("path.leaflet-interactive")
    for i in range(min(marks.count(), 25)):  # hover shows each tooltip (the place names are hostile)
        if marks.nth(i).get_attribute("d") == "M0 0":
            continue  # Leaflet's empty path for a shape outside the first view: nothing to hover
        marks.nth(i).hover(force=True)
        page.wait_for_timeout(60)
    screenshot(page, "hostile_downloaded_map")
    _check(page, "downloaded map")
