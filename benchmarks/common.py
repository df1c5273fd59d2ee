"""Shared benchmark helpers: the machine, medians of repeated timings, subprocess measurements."""
from __future__ import annotations

import datetime as dt
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"


def machine() -> dict[str, Any]:
    """CPU model, cores, RAM, load, Python, date and commit — the context every number needs."""
    cpu = next((line.split(":", 1)[1].strip() for line in _read("/proc/cpuinfo").splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    mem_kb = next((int(line.split()[1]) for line in _read("/proc/meminfo").splitlines()
                   if line.startswith("MemTotal")), 0)
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True, timeout=10).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        commit, dirty = "unknown", ""
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": round(mem_kb / 1024 / 1024, 1),
            "load": os.getloadavg() if hasattr(os, "getloadavg") else None, "python": platform.python_version(),
            "date": dt.datetime.now().astimezone().isoformat(timespec="minutes"),
            "commit": commit + (" (with uncommitted changes)" if dirty else "")}


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""


def median_time(fn: Callable[[], Any], repeat: int = 5, warmup: int = 1) -> tuple[float, Any]:
    """Median wall time of ``fn()`` over ``repeat`` runs (after ``warmup`` untimed runs), and its last result."""
    result = None
    for _ in range(warmup):
        result = fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def maxrss_mb() -> float:
    """This process's peak resident memory (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(module: str, *args: str, timeout: float = 3600) -> dict[str, Any]:
    """Run ``python -m module args`` in a fresh process (so its peak memory is its own); its last stdout line is JSON."""
    proc = subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{module} {' '.join(args)} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def emit(result: dict[str, Any]) -> None:
    """A child's answer to run_child: one JSON line on stdout."""
    print(json.dumps(result), flush=True)


def load_corpus(path: str):
    """load_corpus(Store) of a benchmark store, read as current even if the analysis code changed since it
    was built (code edited during a run must not turn a load measurement into a re-analysis)."""
    import corpus.ingest as ingest_module
    import corpus.store as store_module
    from corpus.heap import settle

    with store_module.Store(path) as store:
        row = store.db.execute("SELECT analysis_version FROM documents LIMIT 1").fetchone()
        if row:
            store_module.analysis_version.cache_clear()
            # both names: corpus.ingest imported its own (patching only the store's redid every analysis)
            store_module.analysis_version = ingest_module.analysis_version = lambda: row[0]  # type: ignore[assignment]
        corpus = ingest_module.load_corpus(store)
    return settle(corpus)  # indexed and frozen, as the app does after a load (ui.data.corpus_at)
