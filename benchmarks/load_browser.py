"""Many viewers as tabs of one headless Chromium (``python -m benchmarks.load_test --mode browser``).

Each viewer (a browser context of its own) switches pages from the sidebar and toggles the shared
"Include undated documents" filter, again and again, each click once the page has been idle for
300 ms. Response time = from the click to the end of the script run it caused (Streamlit's
``data-test-script-state`` on the app root goes back to "notRunning"; a run too quick for React to
show "running" is recognised by the URL it changes), measured with the page's own clock. Errors =
exceptions shown on a page, console/page errors, requests to non-local hosts, and actions that did
not finish within the timeout. On one machine the tabs' drawing (Leaflet,
vis-network, software rendering) competes with the server for the same cores, so this measures the
machine, not the server: the protocol mode (benchmarks.load_protocol) measures the server.
"""
from __future__ import annotations

import asyncio
import shutil
import time
from dataclasses import dataclass, field
from urllib.parse import urlparse

LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}

OBSERVE = """() => { if (window.__runs) return; window.__runs = [];
  const app = document.querySelector('[data-testid="stApp"]');
  new MutationObserver(() => window.__runs.push([app.getAttribute('data-test-script-state'), performance.now()]))
    .observe(app, {attributes: true, attributeFilter: ['data-test-script-state']}); }"""
# Done: a run seen after the click (or, for a run too quick for React to show "running" at all,
# the URL it changes) and the app idle again.
DONE_AFTER = """([t0, url]) => ((window.__runs || []).some(([s, t]) => t > t0) || location.href !== url) &&
  document.querySelector('[data-testid="stApp"]').getAttribute('data-test-script-state') === 'notRunning'"""
FINISHED_AT = """(t0) => { const r = window.__runs.filter(([s, t]) => t > t0 && s === 'notRunning'); return r.length ?
  r[r.length - 1][1] : performance.now(); }"""
QUIET = """() => { const r = window.__runs || [], app = document.querySelector('[data-testid="stApp"]');
  return app.getAttribute('data-test-script-state') === 'notRunning' &&
    (!r.length || performance.now() - r[r.length - 1][1] > 300); }"""
ACTIONS = ("Map", "filter", "Network", "filter", "Documents", "Corpus")


@dataclass
class Session:
    times: list[tuple[str, float]] = field(default_factory=list)  # (action, seconds)
    errors: list[str] = field(default_factory=list)
    startup: float | None = None  # seconds from opening the tab to the first finished run


async def _act(page, action: str, session: Session, timeout_ms: int) -> None:
    try:  # the page settled: no script run for 300 ms (a click in the middle of one can be dropped)
        await page.wait_for_function(QUIET, timeout=timeout_ms, polling=50)
    except Exception:
        session.errors.append(f"{action}: the page never settled within {timeout_ms / 1000:.0f} s")
        return
    t0, url = await page.evaluate("[performance.now(), location.href]")
    try:
        if action == "filter":
            await page.get_by_text("Include undated documents").click(timeout=timeout_ms)
        else:
            await page.locator('[data-testid="stSidebarNav"]').get_by_text(action, exact=True).click(timeout=timeout_ms)
    except Exception as exc:
        session.errors.append(f"{action}: could not click ({type(exc).__name__})")
        return
    try:
        await page.wait_for_function(DONE_AFTER, arg=[t0, url], timeout=timeout_ms, polling=50)
    except Exception:
        session.errors.append(f"{action}: no finished run within {timeout_ms / 1000:.0f} s")
        return
    session.times.append((action, (await page.evaluate(FINISHED_AT, t0) - t0) / 1000))
    if await page.locator('[data-testid="stException"]').count():
        session.errors.append(f"{action}: exception shown on the page")


async def _session(browser, route, url: str, rounds: int, timeout_ms: int, stagger: float) -> Session:
    """One viewer in a browser context of its own (its own window: a page that shares a context
    with others is a background tab, where the browser pauses the page's drawing updates)."""
    s = Session()
    context = await browser.new_context(viewport={"width": 1200, "height": 800})
    await context.route("**/*", route)
    page = await context.new_page()
    page.on("pageerror", lambda e: s.errors.append(f"pageerror: {e}"))
    page.on("console", lambda m: s.errors.append(f"console: {m.text}")
            if m.type == "error" and "404" not in m.text else None)
    await asyncio.sleep(stagger)
    t0 = time.monotonic()
    try:
        await page.goto(url + "/", timeout=timeout_ms)
        await page.wait_for_selector('[data-testid="stSidebarNav"]', timeout=timeout_ms)
        await page.wait_for_function("() => document.querySelector('[data-testid=\"stApp\"]')"
                                     ".getAttribute('data-test-script-state') === 'notRunning'", timeout=timeout_ms)
    except Exception as exc:
        s.errors.append(f"first load: not ready within {timeout_ms / 1000:.0f} s ({type(exc).__name__})")
        await context.close()
        return s
    s.startup = time.monotonic() - t0
    await page.evaluate(OBSERVE)
    for _ in range(rounds):
        for action in ACTIONS:
            await _act(page, action, s, timeout_ms)
    await context.close()
    return s


async def run(url: str, sessions: int, rounds: int, timeout_ms: int) -> tuple[list[Session], list[str], float]:
    """All tabs at once; returns each tab's timings and errors, the non-local requests, and the wall time."""
    from playwright.async_api import async_playwright

    external: list[str] = []
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=shutil.which("chromium"), headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-renderer-backgrounding", "--disable-background-timer-throttling"])
        async def route(r):
            host = urlparse(r.request.url).hostname or ""
            if r.request.url.startswith(("data:", "blob:", "about:")) or host in LOCAL_HOSTS:
                await r.continue_()
            else:
                external.append(r.request.url)
                await r.abort()

        start = time.monotonic()
        results = await asyncio.gather(*(_session(browser, route, url, rounds, timeout_ms, i * 0.25)
                                         for i in range(sessions)))
        wall = time.monotonic() - start
        await browser.close()
    return list(results), external, wall
