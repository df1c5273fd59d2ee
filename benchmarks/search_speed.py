"""Full-text search at N documents: building the FTS5 index once, then queries as an analyst types
them (a word, two words, a phrase, a prefix, OR/NOT, narrowed by a facet, and words no sentence has
together, which falls back to any word). Each query is timed end to end (the ranked hits with their
highlights, the total and every facet's counts), as the documents page asks for it.

    python -m benchmarks.search_speed [STORE.db] [--n 10000] [--repeat 7]
"""
from __future__ import annotations

import argparse
import sqlite3
import statistics
import time
from typing import Any

from benchmarks.common import emit, load_corpus, machine
from corpus.search_index import Facets, SearchIndex

QUERIES = ["Honduras", "extradition police", '"irregular migration"', "traffick*", "security OR police",
           "migration NOT Guatemala", "Secretary met", "cooperation Honduras security"]


def measure(path: str, repeat: int) -> dict[str, Any]:
    """Time the queries on the index kept in the store's file (built first if missing, as the app does)."""
    with sqlite3.connect(path) as db:
        n, last = db.execute("SELECT COUNT(*), MAX(rowid) FROM documents").fetchone()
    key = f"benchmark:{n}:{last}"
    out: dict[str, Any] = {"documents": n, "machine": machine()}
    with SearchIndex(path) as index:
        if index.key() != key:
            corpus = load_corpus(path)
            t0 = time.perf_counter()
            index.ensure(corpus, key)
            out["index_build_s"] = round(time.perf_counter() - t0, 2)
        out["excerpts"] = index.db.execute("SELECT COUNT(*) FROM search_fts").fetchone()[0]
        place = index.search("Honduras").counts["place"][0][0]
        cases = [(q, Facets()) for q in QUERIES] + [("Honduras", Facets(place=place)),
                                                    ("security", Facets(years=(2019, 2019), undated=False))]
        results = []
        for query, facets in cases:
            index.search(query, facets)  # warm
            times = []
            for _ in range(repeat):
                t = time.perf_counter()
                found = index.search(query, facets)
                times.append(time.perf_counter() - t)
            results.append({"query": query, "facets": {k: v for k, v in vars(facets).items() if v not in (None, True)},
                            "total": found.total, "relaxed": found.relaxed,
                            "median_ms": round(statistics.median(times) * 1000, 1), "max_ms": round(max(times) * 1000, 1)})
        out["queries"] = results
        out["worst_median_ms"] = max(r["median_ms"] for r in results)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search_speed")
    parser.add_argument("store", nargs="?", help="a store (default: the cached benchmark store of --n documents)")
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    path = args.store
    if path is None:
        from benchmarks.corpora import build_store

        path = build_store(args.n, reuse=True)["path"]  # any store of n documents: search, not analysis, is measured
    emit(measure(path, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
