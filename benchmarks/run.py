"""One command for the whole suite; writes benchmarks/RESULTS.md (and results.json next to it).

    python -m benchmarks.run --sizes 100,1000,10000

Every measurement runs in its own process (peak memory is that step's own). Stores of N generated
documents are cached in benchmarks/.cache per analysis version, so a re-run only re-measures.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from benchmarks.common import ROOT, machine, run_child
from benchmarks.report import write_report

OUT = ROOT / "benchmarks"


def _step(name: str, fn, results: dict[str, Any], key: str) -> None:
    print(f"… {name}", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    try:
        results[key] = fn()
    except Exception as exc:  # one failing step is reported, the others still run
        results[key] = {"error": f"{type(exc).__name__}: {str(exc)[-1500:]}"}
    print(f"  {name}: {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,10000", help="corpus sizes (documents), comma-separated")
    parser.add_argument("--sample", type=int, default=300, help="documents per throughput measurement")
    parser.add_argument("--repeat", type=int, default=5, help="runs per timing (the median is reported)")
    parser.add_argument("--browser-size", type=int, default=None, help="corpus for the browser step (default: largest)")
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--no-load", action="store_true", help="skip the 20-viewer load test")
    parser.add_argument("--reuse-stores", action="store_true",
                        help="reuse stores built by older analysis code (measures load/views, not fresh analysis)")
    parser.add_argument("--note", default="", help="free text for the report (e.g. machine load)")
    parser.add_argument("--start-only", action="store_true",
                        help="measure only the starts and page visits (benchmarks.start_speed, visits at 1,000 "
                             "documents); the other sections are kept from results.json")
    args = parser.parse_args(argv)
    if args.start_only:
        return _start_only()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    r = str(args.repeat)
    results: dict[str, Any] = {"machine": machine(), "note": args.note, "sizes": sizes, "sample": args.sample,
                               "repeat": args.repeat, "stores": {}, "views": {}, "memory": {}, "app": {}}
    sample, reps = str(args.sample), str(max(3, args.repeat // 2 + 1))
    run_child("benchmarks.analysis", "warm")  # a first-ever gazetteer build would count in the peak memory
    _step("analysis, one process", lambda: run_child("benchmarks.analysis", "single", "--n", sample, "--repeat", reps),
          results, "single")
    _step("analysis, all cores", lambda: run_child("benchmarks.analysis", "pool", "--n", sample, "--repeat", reps),
          results, "pool")
    _step("spaCy small model, side by side", lambda: run_child(
        "benchmarks.analysis", "peer", "--n", str(min(args.sample, 100)), "--repeat", reps), results, "peer")
    _step("offline geocoder", lambda: run_child("benchmarks.geocoding", "--repeat", r), results, "geocoder")
    for n in sizes:
        _step(f"store of {n} documents (Dask ingest)", lambda: run_child("benchmarks.corpora", str(n),
                                                                                  *(["--reuse"] * args.reuse_stores)),
              results["stores"], str(n))
        path = results["stores"][str(n)].get("path")
        if not path:
            continue
        _step(f"year filter → map + network at {n}", lambda: run_child("benchmarks.views_speed", path, "--repeat", r),
              results["views"], str(n))
        _step(f"app memory at {n}", lambda: run_child("benchmarks.memory", path), results["memory"], str(n))
        _step(f"the running app at {n}", lambda: run_child("benchmarks.app_speed", path, "--repeat", "2"),
              results["app"], str(n))
    if not args.no_browser:
        n = str(args.browser_size or max(sizes))
        path = results["stores"].get(n, {}).get("path")
        if path:
            _step(f"headless Chromium (corpus of {n})", lambda: run_child("benchmarks.browser", path, "--repeat",
                                                                        str(max(3, args.repeat // 2 + 1))),
                  results, "browser")
            results["browser_size"] = int(n)
        _step("start (cold, warm) and page visits in Chromium", lambda: _start(results["stores"].get("1000", {}).get("path")),
              results, "start")
    if not args.no_load:
        _step("20 viewers at once", lambda: run_child("benchmarks.load_test", "--sessions", "20", "--rounds", "3",
                                                      "--json"), results, "load")
    results["machine"]["load_after"] = machine()["load"]
    (OUT / "results.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    write_report(results, OUT / "RESULTS.md")
    print(f"wrote {OUT / 'RESULTS.md'}", file=sys.stderr)
    return 0


def _start(store: str | None) -> dict[str, Any]:
    """Cold and warm starts and each page's first and later visit in Chromium; the visits also on the
    store of 1,000 documents when there is one."""
    return run_child("benchmarks.start_speed", "--repeat", "3", *(["--store", store] if store else []))


def _start_only() -> int:
    """Re-measure the starts into the last full run's results (each section states its own machine and date)."""
    from benchmarks.corpora import newest_store

    results = json.loads((OUT / "results.json").read_text(encoding="utf-8"))
    store = newest_store(1000)
    _step("start (cold, warm) and page visits in Chromium", lambda: _start(str(store) if store else None), results, "start")
    (OUT / "results.json").write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    write_report(results, OUT / "RESULTS.md")
    print(f"wrote {OUT / 'RESULTS.md'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
