"""Many viewers as tabs of one headless Chromium (``python -m benchmarks.load_test --mode browser``).

Each tab switches pages from the sidebar and toggles the shared "Include undated documents"
filter, again and again. Response time = from the click to the end of the script run it caused
(Streamlit's ``data-test-script-state`` on the app root goes back to "notRunning"), measured with
the page's own clock. Errors = exceptions shown on a page, console/page errors, requests to non-local
hosts, and actions that did not finish within the timeout. On one machine the tabs' drawing (Leaflet,
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
DONE_AFTER = """(t0) => (window.__runs || []).some(([s, t]) => t > t0) &&
  document.querySelector('[data-testid="stApp"]').getAttribute('data-test-script-state') === 'notRunning'"""
FINISHED_AT = """(t0) => { const r = window.__runs.filter(([s, t]) => t > t0 && s === 'notRunning'); return r.length ?
  r[r.length - 1][1] : performance.now(); }"""
ACTIONS = ("Map", "filter", "Network", "filter", "Documents", "Corpus")


@dataclass
class Session:
    times: list[float] = field(default_factory=list)  # seconds per action
    errors: list[str] = field(default_factory=list)
    startup: float | None = None  # seconds from opening the tab to the first finished run


async def _act(page, action: str, session: Session, timeout_ms: int) -> None:
    t0 = await page.evaluate("performance.now()")
    try:
        if action == "filter":
            await page.get_by_text("Include undated documents").click(timeout=timeout_ms)
        else:
            await page.locator('[data-testid="stSidebarNav"]').get_by_text(action, exact=True).click(timeout=timeout_ms)
    except Exception as exc:
        session.errors.append(f"{action}: could not click ({type(exc).__name__})")
        return
    try:
        await page.wait_for_function(DONE_AFTER, arg=t0, timeout=timeout_ms, polling=50)
    except Exception:
        session.errors.append(f"{action}: no finished run within {timeout_ms / 1000:.0f} s")
        return
    session.times.append((await page.evaluate(FINISHED_AT, t0) - t0) / 1000)
    if await page.locator('[data-testid="stException"]').count():
        session.errors.append(f"{action}: exception shown on the page")


async def _session(context, url: str, rounds: int, timeout_ms: int, stagger: float) -> Session:
    s = Session()
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
        await page.close()
        return s
    s.startup = time.monotonic() - t0
    await page.evaluate(OBSERVE)
    for _ in range(rounds):
        for action in ACTIONS:
            await _act(page, action, s, timeout_ms)
    await page.close()
    return s


async def run(url: str, sessions: int, rounds: int, timeout_ms: int) -> tuple[list[Session], list[str], float]:
    """All tabs at once; returns each tab's timings and errors, the non-local requests, and the wall time."""
    from playwright.async_api import async_playwright

    external: list[str] = []
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=shutil.which("chromium"), headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-renderer-backgrounding", "--disable-background-timer-throttling"])
        context = await browser.new_context(viewport={"width": 1200, "height": 800})

        async def route(r):
            host = urlparse(r.request.url).hostname or ""
            if r.request.url.startswith(("data:", "blob:", "about:")) or host in LOCAL_HOSTS:
                await r.continue_()
            else:
                external.append(r.request.url)
                await r.abort()

        await context.route("**/*", route)
        start = time.monotonic()
        results = await asyncio.gather(*(_session(context, url, rounds, timeout_ms, i * 0.25)
                                         for i in range(sessions)))
        wall = time.monotonic() - start
        await browser.close()
    return list(results), external, wall
