"""Many viewers: start the app and drive N concurrent sessions (tabs of one headless Chromium).

Each session switches pages from the sidebar and toggles the shared "Include undated documents"
filter, again and again. Response time = from the click to the end of the script run it caused
(Streamlit's ``data-test-script-state`` on the app root goes back to "notRunning"), measured with
the page's own clock. Errors = exceptions shown on a page, console/page errors, requests to non-local
hosts, and actions that did not finish within the timeout. Loopback only; bounded in count and time.

    python -m benchmarks.load_test --sessions 20 --rounds 2 --out benchmarks/RESULTS_load.md
"""
from __future__ import annotations

import argparse
import asyncio
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from tests.e2e.conftest import LOCAL_HOSTS, start_server  # noqa: E402

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


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))] if ordered else float("nan")


def report(results: list[Session], external: list[str], wall: float, sessions: int, rounds: int) -> str:
    times = [t for s in results for t in s.times]
    errors = [e for s in results for e in s.errors]
    p95 = percentile(times, 95)
    starts = [s.startup for s in results if s.startup is not None]
    lines = [
        "# Many viewers (load test)", "",
        f"`python -m benchmarks.load_test --sessions {sessions} --rounds {rounds}` — {sessions} concurrent "
        f"sessions (tabs of one headless Chromium) on the shipped corpus, each switching pages from the sidebar "
        f"and toggling the shared year filter ({' → '.join(ACTIONS)}, {rounds}×). Response = click → end of the "
        f"script run it caused. Machine: 2 vCPU shared with other work; server and browser on the same machine.",
        "",
        "| sessions | actions | errors | external requests | median | p95 | max | wall |",
        "|---|---|---|---|---|---|---|---|",
        f"| {sessions} | {len(times)} | {len(errors)} | {len(external)} | {statistics.median(times) if times else 0:.2f} s "
        f"| {p95:.2f} s | {max(times, default=0):.2f} s | {wall:.0f} s |",
        "",
        f"Target: no errors and p95 < 1 s — **{'met' if not errors and p95 < 1 else 'not met'}**.",
        "",
        f"First load of a tab (opened 0.25 s apart): median "
        f"{statistics.median(starts) if starts else float('nan'):.1f} s, max {max(starts, default=float('nan')):.1f} s.",
    ]
    by_action: dict[str, list[float]] = {}
    for s in results:
        for a, t in zip([a for _ in range(rounds) for a in ACTIONS], s.times):
            by_action.setdefault(a, []).append(t)
    if not any(s.errors for s in results):
        lines += ["", "| action | p50 | p95 |", "|---|---|---|"]
        lines += [f"| {a} | {statistics.median(v):.2f} s | {percentile(v, 95):.2f} s |" for a, v in by_action.items()]
    if errors:
        lines += ["", "Errors (first 10):", *[f"- {e}" for e in errors[:10]]]
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds an action may take before it counts as an error")
    ap.add_argument("--out", help="write the results (Markdown) to this file")
    args = ap.parse_args()
    if not shutil.which("chromium"):
        print("Chromium is required (apt-get install chromium)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = start_server(Path(tmp) / "atlas.db", {"STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none"})
        try:
            results, external, wall = asyncio.run(run(url, args.sessions, args.rounds, int(args.timeout * 1000)))
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
    text = report(results, external, wall, args.sessions, args.rounds)
    print(text)
    if args.out:
        Path(args.out).write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
