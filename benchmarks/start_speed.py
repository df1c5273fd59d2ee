"""A newcomer's first start, a later start, and each page's first and later visit, as a viewer sees them in Chromium.

Cold start: an empty cache directory (``POLICY_ATLAS_CACHE``), an empty store, no copied static
files and no compiled bytecode of the project — a fresh clone after ``pip install``. Timed from
``streamlit run`` to the first usable page: the Corpus page with its documents table drawn and the
script idle, in a Chromium that was already open, with a new browser profile. Warm start: the same again
with the cache and the store the cold start left, in the same browser profile, as a viewer's own browser
(Streamlit serves its bundles as immutable: the cold start's are reused); ``warm_new_profile``: the same
start in a browser profile that never saw the app (nothing cached). The server's memory is the resident memory of its whole process tree, sampled
every 50 ms from the start until the page is usable and 3 s beyond. Page visits: a click in the
sidebar to the page drawn (its map, network, table or actor on screen) and the script idle; the
first visit to each page, then a second round. A map's page is drawn when Leaflet has drawn the
map's own marks inside its frame (streamlit-folium's iframe), as a viewer sees the map; the Network
page when vis-network has drawn the visit's actors on its canvas.

Wall-clock times on a shared machine grow with its load (reported with each start: the 1-minute
load average before it), so each start and visit also reports the CPU time it cost the server's
process tree and Chromium's processes, which the load does not inflate.

    python -m benchmarks.start_speed [--repeat 3] [--store STORE.db]

``--store`` also measures the page visits on a copy of an existing store (e.g. 1,000 documents),
``--repeat`` times, each in a new server; the copy's views' work (saved corpus, search index,
network layout) is done first, as an ingest does (``corpus.warm``). After its visits, an analyst's
correction (two actors merged, stored as the Network page stores it) and the next page visits: the
Map (the first run that sees the correction) and the Network (its layout follows). ``--no-starts``
measures only the store's visits (quicker, for before/after comparisons).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from typing import Any

import psutil

from benchmarks.common import emit, machine
from benchmarks.load_browser import DONE_AFTER, OBSERVE

ROOT = Path(__file__).resolve().parent.parent
IDLE = "() => document.querySelector('[data-testid=\"stApp\"]')?.getAttribute('data-test-script-state') === 'notRunning'"
READY = {  # what a viewer waits for on each page
    "Corpus": "table.atlas-docs",  # the documents table drawn (it comes after the metrics)
    "Map": "iframe[title='streamlit_folium.st_folium']",
    "Presenter tour": "iframe[title='streamlit_folium.st_folium']",
    "Network": ".vis-network canvas",  # drawn by vis-network inside the page's component
    "Documents": "[data-testid='stExpander']",
    "Actor": "[data-testid='stSelectbox']",
}
# A map is drawn when Leaflet has drawn the map's own marks in its frame (the iframe is on the page before it loads
# Leaflet and draws; the frame is of the app's origin, so the page can look inside it).
MAP_DRAWN = """() => { const f = document.querySelector("iframe[title='streamlit_folium.st_folium']");
  const d = f && f.contentDocument; return !!(d && d.querySelector('.leaflet-interactive')); }"""
# The network is drawn when this visit's component (on the page, not a previous visit's) has drawn its actors.
NETWORK_DRAWN = "() => { const s = window.__atlasNetwork; return !!(s && s.root.isConnected && s.root.dataset.ready === '1'); }"
DRAWN = {"Map": MAP_DRAWN, "Presenter tour": MAP_DRAWN, "Network": NETWORK_DRAWN}
ACTOR_SHOWN = "h1"  # an actor chosen: its name as the page's title
VISITS = ("Map", "Presenter tour", "Network", "Documents", "Actor", "Actor (one chosen)", "Corpus")
AFTER_CORRECTION = ("Map", "Network")  # visited in this order after a correction


def _cpu(procs: list[psutil.Process]) -> float:
    """CPU seconds of the processes, with those of their children that have ended (the first start's
    analysis runs in child processes: ``corpus.prepare``)."""
    total = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
            total += t.user + t.system + t.children_user + t.children_system
        except psutil.Error:
            pass
    return total


def tree(pid: int) -> list[psutil.Process]:
    try:
        root = psutil.Process(pid)
        return [root, *root.children(recursive=True)]
    except psutil.Error:
        return []


def _named(process: psutil.Process) -> str:
    try:
        return process.name()
    except psutil.Error:  # ended since the tree was listed (Chromium's short-lived helpers)
        return ""


def browser_cpu() -> float:
    """CPU seconds used so far by the Chromium processes this benchmark started (the page's drawing)."""
    return _cpu([p for p in tree(os.getpid()) if "chrom" in _named(p).lower()])


class TreeMemory:
    """Peak resident memory (MB) of a process and its children, sampled in a thread; ``cpu`` their CPU seconds."""

    def __init__(self, pid: int) -> None:
        self.proc, self.peak, self._stop = psutil.Process(pid), 0.0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                self.peak = max(self.peak, sum(p.memory_info().rss for p in procs) / 2**20)
            except psutil.Error:
                pass
            time.sleep(0.05)

    def cpu(self) -> float:
        return round(_cpu(tree(self.proc.pid)), 2)

    def stop(self) -> float:
        self._stop.set()
        self._thread.join()
        return round(self.peak, 1)


def _fresh_checkout() -> None:
    """What a fresh clone lacks: the copied static files and the project's compiled bytecode."""
    shutil.rmtree(ROOT / "static", ignore_errors=True)
    for folder in ("actors", "app_pages", "corpus", "documents", "geo", "model", "ui", "views"):
        for cache in (ROOT / folder).rglob("__pycache__"):
            shutil.rmtree(cache, ignore_errors=True)


def _start(db: Path, cache: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "ATLAS_DB": str(db), "POLICY_ATLAS_CACHE": str(cache)}
    log = db.with_name("server.log").open("ab")
    return subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py"),
                             "--server.headless", "true", "--server.port", str(port), "--server.address", "127.0.0.1"],
                            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_health(url: str, deadline: float) -> None:
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("the server did not answer")


READ_SECONDS = 3.0  # --read: how long the viewer stays on the first page before the first click


VIEWPORT = {"width": 1280, "height": 720}


def start_once(browser, db: Path, cache: Path, pages: bool, correct: bool = False,
               read: float = READ_SECONDS) -> dict[str, Any]:
    """One start: seconds to the first usable page, the CPU it cost, peak memory of the server tree, page visits.
    ``browser`` is a Chromium (each start a new profile: nothing cached) or one profile (a ``BrowserContext``:
    what an earlier start left in its cache is reused, as a viewer's own browser does)."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    out: dict[str, Any] = {"load_1min": round(os.getloadavg()[0], 2)}
    cpu_browser = browser_cpu()
    t0 = time.perf_counter()
    proc = _start(db, cache, port)
    memory = TreeMemory(proc.pid)
    try:
        _wait_health(url, time.time() + 180)
        out["server_up_s"] = round(time.perf_counter() - t0, 2)
        page = browser.new_page() if hasattr(browser, "browser") else browser.new_page(viewport=VIEWPORT)
        page.goto(url)
        page.wait_for_selector("[data-testid='stApp']", timeout=180_000)
        out["app_shell_s"] = round(time.perf_counter() - t0, 2)  # Streamlit's frontend loaded, before our script's output
        page.wait_for_selector(READY["Corpus"], state="attached", timeout=180_000)
        page.wait_for_function(IDLE, timeout=180_000, polling=50)
        out["first_usable_page_s"] = round(time.perf_counter() - t0, 2)
        out["server_cpu_s"] = memory.cpu()
        out["browser_cpu_s"] = round(browser_cpu() - cpu_browser, 2)
        time.sleep(read)  # the viewer reads the first page (the browser preloads the others meanwhile)
        out["peak_tree_mb"] = memory.stop()
        if pages:
            out["visits"] = visit_pages(page, memory)
        if correct:
            out["after_correction"] = after_correction(page, memory, db)
        page.close()
    finally:
        if memory._thread.is_alive():
            out["peak_tree_mb"] = memory.stop()
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
    return out


def _timed(page, memory: TreeMemory, act, ready: str, drawn: str | None = None) -> dict[str, float]:
    """Do ``act``; done when a script run started after it has finished, ``ready`` is on screen and
    ``drawn`` (a script) holds (``benchmarks.load_browser``'s run observer). Wall seconds, and the CPU
    seconds of server and browser."""
    page.evaluate(OBSERVE)
    t_page, url = page.evaluate("performance.now()"), page.url
    server, chromium = memory.cpu(), browser_cpu()
    t0 = time.perf_counter()
    act()
    page.wait_for_function(DONE_AFTER, arg=[t_page, url], timeout=300_000, polling=50)
    page.wait_for_selector(ready, state="attached", timeout=300_000)
    if drawn:
        page.wait_for_function(drawn, timeout=300_000, polling=20)
    page.wait_for_function(IDLE, timeout=300_000, polling=50)
    return {"s": round(time.perf_counter() - t0, 2), "server_cpu_s": round(memory.cpu() - server, 2),
            "browser_cpu_s": round(browser_cpu() - chromium, 2)}


def _visit(page, memory: TreeMemory, name: str) -> dict[str, float]:
    """A click on a page in the sidebar."""
    return _timed(page, memory, lambda: page.get_by_test_id("stSidebarNav").get_by_text(name, exact=True).click(),
                  READY[name], DRAWN.get(name))


def _choose_actor(page, memory: TreeMemory) -> dict[str, float]:
    """On the Actor page: open the picker and choose its first actor (the page then shows that actor)."""
    def act() -> None:
        page.get_by_test_id("stSelectbox").click()
        page.get_by_role("option").first.click()

    return _timed(page, memory, act, ACTOR_SHOWN)


def visit_pages(page, memory: TreeMemory) -> dict[str, list[dict[str, float]]]:
    """Each page twice (first visit, then later), as a viewer clicks through the sidebar."""
    times: dict[str, list[dict[str, float]]] = {}
    for _ in range(2):
        for name in VISITS:
            measured = _choose_actor(page, memory) if name == "Actor (one chosen)" else _visit(page, memory, name)
            times.setdefault(name, []).append(measured)
    return times


def after_correction(page, memory: TreeMemory, db: Path) -> dict[str, dict[str, float]]:
    """An analyst merges the two most mentioned officials (stored as the Network page stores it), then
    visits the Map (the first script run that sees the correction) and the Network."""
    from corpus.snapshot import saved_corpus
    from corpus.store import Store

    with Store(db) as store:
        corpus = saved_corpus(store, store.revision())
        officials = sorted((a for a in corpus.actors if a.kind == "official"), key=lambda a: (-len(a.mentions), a.id))
        store.add_correction("actor", "merge", {"ids": [officials[1].id], "into": officials[0].id})
    times = {}
    for name in AFTER_CORRECTION:
        times[name] = _visit(page, memory, name)
    return times


def _spread(values: list[float]) -> dict[str, float]:
    return {"median": round(statistics.median(values), 2), "min": min(values), "max": max(values), "n": len(values)}


def measure(repeat: int, store: str | None, starts: bool = True, read: float = READ_SECONDS) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    runs: list[dict[str, Any]] = []
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as tmp:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium"), headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        for i in range(repeat if starts else 0):
            run = Path(tmp) / f"run{i}"
            run.mkdir()
            db, cache = run / "atlas.db", run / "cache"
            _fresh_checkout()
            profile = browser.new_context(viewport=VIEWPORT)  # the viewer's browser: empty at the first start
            cold = start_once(profile, db, cache, pages=False)
            warm = start_once(profile, db, cache, pages=True, read=read)  # Streamlit's bundles now in its cache
            warm_new_profile = start_once(browser, db, cache, pages=False)  # …and in a browser that never saw the app
            profile.close()
            runs.append({"cold": cold, "warm": warm, "warm_new_profile": warm_new_profile})
        big = []
        # the starts' cache (gazetteer…); without starts, the one the environment names, so no run builds it
        cache = Path(tmp) / "run0" / "cache" if starts else Path(os.environ.get("POLICY_ATLAS_CACHE", Path(tmp) / "cache"))
        for i in range(repeat if store else 0):  # page visits at N documents, each in a new server
            db = Path(tmp) / f"big{i}" / "atlas.db"
            db.parent.mkdir()
            shutil.copy(store, db)
            documents = _mark_current_and_warm(db)
            big.append({"documents": documents, **start_once(browser, db, cache, pages=True, correct=True, read=read)})
        browser.close()
    summary: dict[str, Any] = {}
    if runs:
        summary = {f"{kind}_{key}": _spread([r[kind][key] for r in runs])
                   for kind in ("cold", "warm", "warm_new_profile") for key in ("first_usable_page_s", "server_cpu_s", "browser_cpu_s",
                                                             "peak_tree_mb", "load_1min")}
        summary["page_first_visit_s"] = {k: _spread([r["warm"]["visits"][k][0]["s"] for r in runs]) for k in VISITS}
        summary["page_later_visit_s"] = {k: _spread([r["warm"]["visits"][k][1]["s"] for r in runs]) for k in VISITS}
    if big:
        summary["store_after_correction_s"] = {k: _spread([b["after_correction"][k]["s"] for b in big])
                                               for k in AFTER_CORRECTION}
        summary["store_first_usable_page_s"] = _spread([b["first_usable_page_s"] for b in big])
        summary["store_page_first_visit_s"] = {k: _spread([b["visits"][k][0]["s"] for b in big]) for k in VISITS}
        summary["store_page_later_visit_s"] = {k: _spread([b["visits"][k][1]["s"] for b in big]) for k in VISITS}
    return {"machine": machine(), "read_seconds": read, "summary": summary, "runs": runs, "store": store, "store_runs": big}


def _mark_current_and_warm(db: Path) -> int:
    """A benchmark store read as analysed by the current code, with the views' work done as an ingest
    leaves it (saved corpus, search index, layout); its number of documents."""
    import sqlite3

    from corpus.store import Store, analysis_version
    from corpus.warm import prepare_views

    with sqlite3.connect(db) as con:
        con.execute("UPDATE documents SET analysis_version=?", (analysis_version(),))
    with Store(db) as s:
        prepare_views(s)
        return s.document_count()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.start_speed")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--store", help="also measure page visits on a copy of this store")
    ap.add_argument("--no-starts", action="store_true", help="only the store's visits (needs --store)")
    ap.add_argument("--read", type=float, default=READ_SECONDS,
                    help="seconds on the first page before the first click (default 3)")
    args = ap.parse_args(argv)
    emit(measure(args.repeat, args.store, starts=not args.no_starts, read=args.read))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
