"""The live app's Content-Security-Policy in Chromium (ui.security_headers, served through streamlit_app.py's
``st.App``).

1. Every page's first response (``index.html``) carries the header, and streamlit-folium's frame its own.
2. The app's own content draws under it with no violation: the map (with a click, which makes streamlit-folium
   ``eval`` the selection layer), the network (a components v2 element, imported from a blob: URL), the
   Vega-Lite timeline, the tour and presentation mode (a step each, ``eval`` again), the reader, the actor
   page, and two downloads.
3. An image, a fetch and an inline script injected by script into a page (Streamlit's document, a component's
   shadow root, the map's frame) are refused by the browser itself: no request leaves (the harness's
   route would have logged one) and the inline script never runs.

A shared app (``--server.address 0.0.0.0`` with a passcode) still listens beyond this machine and still
asks for the passcode, under the same headers.
"""
from __future__ import annotations

import os
import time
from urllib.parse import quote

import pytest

from tests.e2e.conftest import in_frames, offline_page, running_app, screenshot
from tests.e2e.test_map_e2e import CLICKABLE_MARKER, MAP_FRAME
from tests.e2e.test_network_e2e import READY
from ui.security_headers import APP, FOLIUM, FOLIUM_PATH, index_script_hashes, policy_text

APP_POLICY = policy_text(APP, index_script_hashes())
FOLIUM_POLICY = policy_text(FOLIUM)
BEACON = "http://127.0.0.2:9/beacon.png"

# Every violation a document reports, in whichever frame (a component's shadow root reports to its document).
# On the window, not the document: an iframe's first about:blank document hands its window to the page it
# loads, so a listener on that first document would never hear the page's violations.
WATCH = """if (!window.__csp) { window.__csp = [];
    window.addEventListener('securitypolicyviolation', (e) => window.__csp.push({directive: e.effectiveDirective,
        blocked: e.blockedURI, source: e.sourceFile, line: e.lineNumber}), true); }"""
IDLE = "() => document.querySelector('[data-testid=\"stApp\"]')?.getAttribute('data-test-script-state') === 'notRunning'"
TIMELINE = '[data-testid="stSidebar"] [data-testid="stVegaLiteChart"] path[aria-label*="year:"]'
LEAFLET_READY = "() => window.L && window.map && document.querySelectorAll('path.leaflet-interactive').length > 0"
KEYS_READY = "() => window.__atlasTour && window.__atlasTour.go && window.__atlasTour.ids.length > 1"
# In a document (or a shadow root inside it): a beacon image, a fetch and an inline script, as injected markup would.
INJECT = """async ([root, url]) => {
    const where = root === 'shadow' ? [...document.querySelectorAll('*')].find((e) => e.shadowRoot)?.shadowRoot
                                    : document.body;
    if (!where) { return null; }
    const img = document.createElement('img');
    const loaded = new Promise((ok) => { img.onload = () => ok('loaded'); img.onerror = () => ok('refused'); });
    img.src = url; where.appendChild(img);
    const script = document.createElement('script'); script.textContent = 'window.__injected = 1;';
    where.appendChild(script);
    let fetched; try { await fetch(url + '?fetch'); fetched = 'loaded'; } catch (e) { fetched = 'refused'; }
    return {img: await loaded, fetched, ran: window.__injected === 1};
}"""


def _watch(page) -> list[str]:
    """Listen for violations in every frame of ``page``; returns the console lines that mention the policy."""
    console: list[str] = []
    page.context.add_init_script(WATCH)
    page.on("console", lambda m: console.append(m.text) if "Content Security Policy" in m.text else None)
    return console


def _violations(page, console: list[str]) -> list:
    found = [v for frame in in_frames(page, "() => window.__csp || []") for v in frame]
    return found + console


def _clear(page, console: list[str]) -> None:
    in_frames(page, "() => { window.__csp = []; }")
    console.clear()


def _goto(page, url: str) -> None:
    """Open ``url`` and check its first response's headers."""
    response = page.goto(url)
    assert response.status == 200, url
    headers = response.headers
    assert headers["content-security-policy"] == APP_POLICY, url
    assert headers["x-content-type-options"] == "nosniff" and headers["referrer-policy"] == "no-referrer", url


def _settle(page) -> None:
    page.wait_for_selector("text=Policy Atlas", timeout=90_000)
    page.wait_for_function(IDLE, timeout=90_000)


def _map_frame(page):
    frame = page.wait_for_selector(MAP_FRAME, state="attached", timeout=60_000).content_frame()
    frame.wait_for_function(LEAFLET_READY, timeout=60_000)
    return frame


def _step_tour(page) -> None:
    """One step forward, which streamlit-folium applies by eval()."""
    page.locator(".tour-place").wait_for(timeout=60_000)
    page.wait_for_function(KEYS_READY, timeout=30_000)
    _map_frame(page)
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => document.querySelector('.tour-count')?.textContent.startsWith('Stop 2 of')",
                           timeout=30_000)
    page.wait_for_function(IDLE, timeout=60_000)
    page.wait_for_timeout(1500)  # the map's fly-to and the new layer


def _biggest_actor(corpus):
    return max(corpus.actors, key=lambda a: len(a.mentions))


def test_every_page_carries_the_policy_and_breaks_nothing(browser, app_url, shipped_corpus):
    frame_policies: list[str] = []
    with offline_page(browser) as page:
        console = _watch(page)
        page.on("response", lambda r: frame_policies.append(r.headers.get("content-security-policy", ""))
                if FOLIUM_PATH in r.url and r.request.resource_type == "document" else None)
        seen: dict[str, list] = {}

        _goto(page, f"{app_url}/")
        _settle(page)
        page.locator(TIMELINE).first.wait_for(timeout=60_000)  # the Vega-Lite timeline is drawn
        page.get_by_text("Download the analysed corpus").click()
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name="JSON").first.click()
        assert download.value.suggested_filename.endswith(".json")
        seen["corpus"] = _violations(page, console)

        _goto(page, f"{app_url}/map")
        frame = _map_frame(page)
        frame.wait_for_function(f"() => ({CLICKABLE_MARKER})() >= 0", timeout=30_000)  # once the map has settled
        index = frame.evaluate(CLICKABLE_MARKER)
        frame.locator(".leaflet-atlas-points-pane path.leaflet-interactive").nth(index).click(force=True)
        page.wait_for_timeout(300)
        if frame.locator(".atlas-chooser").count():
            frame.locator(".atlas-chooser .atlas-choice").first.click()
        page.locator(".atlas-card").first.wait_for(timeout=30_000)
        page.wait_for_function(IDLE, timeout=60_000)
        page.wait_for_timeout(1500)  # the selection layer, added by eval() in the frame
        assert frame.evaluate("() => document.querySelectorAll('.leaflet-atlas-selected-pane path').length") > 0
        with page.expect_download(timeout=60_000) as download:
            page.get_by_role("button", name="Map (HTML, works offline)").click()
        assert download.value.suggested_filename.endswith(".html")
        page.locator(TIMELINE).first.wait_for(timeout=30_000)
        seen["map"] = _violations(page, console)
        screenshot(page, "csp_map")

        _goto(page, f"{app_url}/network")
        page.wait_for_function(READY, timeout=60_000)
        page.wait_for_timeout(800)
        seen["network"] = _violations(page, console)

        for path in ("/tour", "/tour?present=1"):
            _goto(page, f"{app_url}{path}")
            _step_tour(page)
            seen[path] = _violations(page, console)
        screenshot(page, "csp_presentation")

        doc = shipped_corpus.documents[0]
        _goto(page, f"{app_url}/documents?doc={quote(doc.id)}&excerpt={quote(doc.excerpts[3].id)}")
        page.wait_for_selector(".atlas-reader .page[data-scrolled='1']", timeout=60_000)
        seen["documents"] = _violations(page, console)

        _goto(page, f"{app_url}/actor?id={quote(_biggest_actor(shipped_corpus).id)}")
        page.locator('[data-testid="actor-page"] ul.excerpts li').first.wait_for(timeout=60_000)
        page.wait_for_function(IDLE, timeout=60_000)
        seen["actor"] = _violations(page, console)

        assert page.external_requests == [] and page.dialogs == []
    assert {page: found for page, found in seen.items() if found} == {}
    assert frame_policies and set(frame_policies) == {FOLIUM_POLICY}  # the map's frame, on Map and Tour


@pytest.mark.parametrize("path, root", [("/", "document"), ("/network", "shadow")])
def test_injected_beacon_fetch_and_script_are_refused(browser, app_url, path, root):
    with offline_page(browser) as page:
        console = _watch(page)
        _goto(page, f"{app_url}/")
        _settle(page)
        if path != "/":
            _goto(page, f"{app_url}{path}")
            page.wait_for_function(READY, timeout=60_000)
        _clear(page, console)
        result = page.evaluate(INJECT, [root, BEACON])
        page.wait_for_timeout(300)
        found = _violations(page, console)
        assert page.external_requests == []  # refused in the browser: no request reached even the harness
    assert result == {"img": "refused", "fetched": "refused", "ran": False}, result
    blocked = {(v["directive"], v["blocked"]) for v in found if isinstance(v, dict)}
    assert ("img-src", BEACON) in blocked and ("connect-src", f"{BEACON}?fetch") in blocked, found
    assert ("script-src-elem", "inline") in blocked, found


def test_the_map_frame_sends_nothing_out_either(browser, app_url):
    """The folium frame allows inline script and eval (streamlit-folium needs them) but no other host."""
    with offline_page(browser) as page:
        console = _watch(page)
        _goto(page, f"{app_url}/")
        _settle(page)
        _goto(page, f"{app_url}/map")
        frame = _map_frame(page)
        _clear(page, console)
        result = frame.evaluate(INJECT, ["document", BEACON])
        page.wait_for_timeout(300)
        found = frame.evaluate("() => window.__csp")
        assert page.external_requests == []
    assert result["img"] == "refused" and result["fetched"] == "refused", result
    assert {(v["directive"], v["blocked"]) for v in found} >= {("img-src", BEACON), ("connect-src", f"{BEACON}?fetch")}


def _listening_addresses(pid: int, port: int) -> set[str]:
    import psutil

    procs = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
    return {c.laddr.ip for p in procs for c in p.net_connections("tcp")
            if c.status == psutil.CONN_LISTEN and c.laddr.port == port}


def test_a_shared_app_listens_widely_asks_for_the_passcode_and_keeps_the_headers(browser, tmp_path):
    """``--server.address 0.0.0.0`` still reaches uvicorn through st.App; the passcode still guards uploads.
    (``browser.serverAddress`` keeps Streamlit from looking up this machine's public address at start.)"""
    note = tmp_path / "shared_note.txt"
    note.write_text("The U.S. Department of State met officials in Guatemala City, Guatemala.\n", encoding="utf-8")
    passcode = f"pc-{os.getpid()}-{time.time_ns()}"
    args = ["--server.address", "0.0.0.0", "--browser.serverAddress", "localhost"]
    with running_app(tmp_path / "atlas.db", {"ATLAS_PASSCODE": passcode}, args) as (url, pid):
        port = int(url.rsplit(":", 1)[1])
        assert _listening_addresses(pid, port) & {"0.0.0.0", "::"}
        with offline_page(browser) as page:
            _goto(page, f"{url}/")
            _settle(page)
            _goto(page, f"{url}/documents")
            page.get_by_text("Add documents (.txt").click()
            page.locator("input[type=file]").set_input_files([str(note)])
            field = page.get_by_label("Passcode to add documents")
            field.wait_for(timeout=60_000)
            assert page.get_by_role("button", name="Analyse and add").count() == 0
            field.fill("wrong")
            field.press("Enter")
            page.get_by_text("Wrong passcode.").wait_for(timeout=30_000)
            page.get_by_label("Passcode to add documents").fill(passcode)
            page.get_by_label("Passcode to add documents").press("Enter")
            page.get_by_role("button", name="Analyse and add").wait_for(timeout=30_000)
            assert page.external_requests == []
