"""Stores of N generated documents, built once per (N, seed, analysis version) and cached.

Building one is itself a measurement: the Dask ingest (a local cluster, one process per core) end
to end — reading, analysis, store writes. ``python -m benchmarks.corpora 1000`` prints it as JSON.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from benchmarks.common import CACHE, emit, maxrss_mb
from benchmarks.generate import write_corpus
from corpus.store import Store, analysis_version


def store_path(n: int, seed: int = 7) -> Path:
    return CACHE / f"store-{n}-s{seed}-{analysis_version()}.db"


def newest_store(n: int, seed: int = 7) -> Path | None:
    """The most recently built store of n documents, whatever analysis version built it."""
    found = sorted(CACHE.glob(f"store-{n}-s{seed}-*.db"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


def build_store(n: int, seed: int = 7, partition_size: int = 100, reuse: bool = False) -> dict[str, Any]:
    """The cached store of n documents (built with the Dask ingest if missing) and how the build went.

    ``reuse`` takes the newest store of n documents even if the analysis code changed since.
    """
    path = (reuse and newest_store(n, seed)) or store_path(n, seed)
    if path.exists():
        with Store(path) as store:
            if store.document_count() >= n:
                return {"path": str(path), "cached": True, "n": n}
    from distributed import Client, LocalCluster

    from corpus.distributed import ingest_with_dask

    folder = write_corpus(n, CACHE / f"docs-{n}-s{seed}", seed)
    with LocalCluster(threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(_warm)
        t0 = time.perf_counter()
        with Store(path) as store:
            report = ingest_with_dask(store, [folder], client=client, partition_size=partition_size)
        seconds = time.perf_counter() - t0
        workers = len(client.scheduler_info()["workers"])
    return {"path": str(path), "cached": False, "n": n, "added": len(report.added), "errors": len(report.errors),
            "seconds": seconds, "docs_s": n / seconds, "workers": workers, "client_maxrss_mb": maxrss_mb()}


def _warm() -> None:
    from benchmarks.analysis import _warm as warm

    warm()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpora")
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="reuse a store built by older analysis code")
    args = parser.parse_args(argv)
    emit(build_store(args.n, args.seed, reuse=args.reuse))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
