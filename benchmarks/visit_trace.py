"""What Chromium does during a page's first visit, a later one, and one after the viewer has been idle.

One server on a copy of a store (its views' work done, as ``benchmarks.start_speed``), one page load: the
Corpus page, ``--read`` seconds, then the Map and the Network visited three times: first, straight
again (later), and after ``--idle`` seconds on the Corpus page. Each traced visit reports the wall and
Chromium CPU seconds (as ``start_speed``) and, from a Chromium trace of it, the renderer main thread's
busy milliseconds, of which V8 compiling and garbage collection. ``--spin`` runs that many seconds of
unrelated JavaScript just before the visit after idle (does the page's code or the machine's state make
it slow?). ``--keep DIR`` keeps the traces (open them in Chrome's performance panel).

    python -m benchmarks.visit_trace STORE.db [--read 3] [--idle 15] [--spin 0] [--keep DIR]
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks import start_speed as ss
from benchmarks.common import emit, machine

CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "disabled-by-default-v8.compile",
              "blink", "loading", "toplevel"]
COMPILE = {"V8.ParseFunction", "V8.PreParse", "V8.CompileIgnition", "V8.CompileCode", "V8.ParseProgram"}
PAGES = ("Map", "Network")
SPIN = "s => { const t = performance.now(); let x = 0; while (performance.now() - t < s * 1000) x += Math.sqrt(x + 1); return x; }"


def main_thread(trace: bytes) -> dict[str, float]:
    """Busy, compile and GC milliseconds (wall, self time) on the busiest renderer main thread of a trace."""
    events = json.loads(trace)
    events = events["traceEvents"] if isinstance(events, dict) else events
    names = {(e["pid"], e["tid"]): e["args"]["name"] for e in events
             if e.get("ph") == "M" and e.get("name") == "thread_name"}
    by_pid: dict[int, list[dict]] = collections.defaultdict(list)
    for e in events:
        if e.get("ph") == "X" and "dur" in e and names.get((e["pid"], e["tid"])) == "CrRendererMain":
            by_pid[e["pid"]].append(e)
    if not by_pid:
        return {"busy_ms": 0.0, "compile_ms": 0.0, "gc_ms": 0.0}
    main = sorted(max(by_pid.values(), key=lambda es: sum(x["dur"] for x in es)), key=lambda e: (e["ts"], -e["dur"]))
    own: collections.Counter[str] = collections.Counter()
    stack: list[list] = []  # [end, name, self]
    for e in main:
        while stack and stack[-1][0] <= e["ts"]:
            end, name, rest = stack.pop()
            own[name] += rest
        if stack:
            stack[-1][2] -= min(e["dur"], stack[-1][0] - e["ts"])
        stack.append([e["ts"] + e["dur"], e["name"], e["dur"]])
    for _, name, rest in stack:
        own[name] += rest
    gc = sum(v for k, v in own.items() if "GC" in k or k in ("MajorGC", "MinorGC"))
    return {"busy_ms": round(sum(own.values()) / 1000), "compile_ms": round(sum(own[k] for k in COMPILE) / 1000),
            "gc_ms": round(gc / 1000)}


def _traced_visit(browser, page, memory, name: str, keep: Path | None, label: str) -> dict[str, Any]:
    browser.start_tracing(page=page, categories=CATEGORIES)
    measured = ss._visit(page, memory, name)
    trace = browser.stop_tracing()
    if keep:
        (keep / f"{name}-{label}.json").write_bytes(trace)
    return {**measured, **main_thread(trace), "load_1min": round(os.getloadavg()[0], 2)}


def measure(store: str, read: float, idle: float, spin: float, keep: Path | None) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    out: dict[str, dict[str, Any]] = {name: {} for name in PAGES}
    with sync_playwright() as pw, tempfile.TemporaryDirectory() as tmp:
        browser = pw.chromium.launch(executable_path=shutil.which("chromium"), headless=True,
                                     args=["--no-sandbox", "--disable-gpu", "--no-first-run"])
        db = Path(tmp) / "atlas.db"
        shutil.copy(store, db)
        ss._mark_current_and_warm(db)
        port = ss._free_port()
        url = f"http://127.0.0.1:{port}"
        proc = ss._start(db, Path(os.environ.get("POLICY_ATLAS_CACHE", Path(tmp) / "cache")), port)
        memory = ss.TreeMemory(proc.pid)
        try:
            ss._wait_health(url, time.time() + 180)
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            page.goto(url)
            page.wait_for_selector(ss.READY["Corpus"], state="attached", timeout=180_000)
            page.wait_for_function(ss.IDLE, timeout=180_000, polling=50)
            time.sleep(read)
            for label in ("first", "later", "after_idle"):
                if label == "after_idle":
                    ss._visit(page, memory, "Corpus")
                    time.sleep(idle)
                    if spin:
                        page.evaluate(SPIN, spin)
                for name in PAGES:
                    out[name][label] = _traced_visit(browser, page, memory, name, keep, label)
            page.close()
        finally:
            memory.stop()
            proc.terminate()
            proc.wait(15)
        browser.close()
    return {"machine": machine(), "store": store, "read_s": read, "idle_s": idle, "spin_s": spin, "visits": out}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.visit_trace")
    ap.add_argument("store")
    ap.add_argument("--read", type=float, default=ss.READ_SECONDS, help="seconds on the first page (default 3)")
    ap.add_argument("--idle", type=float, default=15.0, help="seconds on the Corpus page before the last visits")
    ap.add_argument("--spin", type=float, default=0.0, help="seconds of busy JavaScript just before them")
    ap.add_argument("--keep", type=Path, help="a folder for the traces")
    args = ap.parse_args(argv)
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
    emit(measure(args.store, args.read, args.idle, args.spin, args.keep))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
