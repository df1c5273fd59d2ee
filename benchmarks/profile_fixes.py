"""Before/after for fixes proposed to other modules' owners, simulated here without editing their files.

    python -m benchmarks.profile_fixes analysis [--n 150]      # memoised place ranking + cached name parts
    python -m benchmarks.profile_fixes load STORE.db before    # corpus load as stored today (peak RSS)
    python -m benchmarks.profile_fixes load STORE.db after     # …geometry not stored per document, linear merge
    python -m benchmarks.profile_fixes filter STORE.db         # filter_corpus with years looked up once

Each simulation is labelled as such in FINDINGS.md; once the real fix lands, ``benchmarks.run``
measures it directly and this file can go.
"""
from __future__ import annotations

import argparse
import functools
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.common import emit, maxrss_mb


def _patch_analysis() -> dict[str, Any]:
    """Proposed fixes: geo.finder._resolve ranks each (name, context) once; actors' person_parts is cached."""
    import actors.names
    import actors.officials
    import geo.finder

    original = {"rank": geo.finder.rank, "pp_o": actors.officials.person_parts, "pp_n": actors.names.person_parts}
    rank = original["rank"]
    memo: dict[tuple, Any] = {}

    def memo_rank(gaz, key, countries, quals, anchors=(), division=False):
        k = (key, frozenset(countries), tuple(q.id for q in quals), tuple(a.id for a in anchors), division)
        if k not in memo:
            if len(memo) > 50_000:
                memo.clear()
            memo[k] = rank(gaz, key, countries, quals, anchors, division)
        return memo[k]

    cached_parts = functools.lru_cache(maxsize=65536)(lambda name: tuple(original["pp_n"](name)))
    geo.finder.rank = memo_rank
    actors.officials.person_parts = lambda name: list(cached_parts(name))
    actors.names.person_parts = actors.officials.person_parts
    return original


def _unpatch(original: dict[str, Any]) -> None:
    import actors.names
    import actors.officials
    import geo.finder

    geo.finder.rank = original["rank"]
    actors.officials.person_parts = original["pp_o"]
    actors.names.person_parts = original["pp_n"]


def analysis(n: int, repeat: int) -> dict[str, Any]:
    """Alternating runs (before, after, …) over the same documents; results must stay identical."""
    from benchmarks.generate import generate_corpus
    from corpus.load import load_bytes
    from corpus.pipeline import analyse_document

    docs = [load_bytes(*i) for i in generate_corpus(n, 11)]
    analyse_document(docs[0])
    before, after, same = [], [], True
    for _ in range(repeat):
        t0 = time.process_time()  # CPU time: the machine is shared
        a = [analyse_document(d) for d in docs]
        before.append(time.process_time() - t0)
        original = _patch_analysis()
        try:
            t0 = time.process_time()
            b = [analyse_document(d) for d in docs]
            after.append(time.process_time() - t0)
        finally:
            _unpatch(original)
        same = same and a == b
    return {"n": n, "clock": "CPU time", "before_docs_s": n / statistics.median(before), "after_docs_s": n / statistics.median(after),
            "identical_results": same}


def linear_merge_places(per_document, corrections=()):
    """geo.merge.merge_places in one pass per place id (same result: ordered union of mentions and
    candidates, max confidence) instead of re-hashing the growing mention tuple for every document."""
    from dataclasses import replace

    from geo.merge import apply_corrections

    first: dict[str, Any] = {}
    mentions: dict[str, dict] = {}
    candidates: dict[str, dict] = {}
    conf: dict[str, float] = {}
    for places in per_document:
        for p in places:
            if p.id not in first:
                first[p.id], mentions[p.id], candidates[p.id], conf[p.id] = p, {}, {}, p.confidence
            mentions[p.id].update(dict.fromkeys(p.mentions))
            for c in p.candidates:
                candidates[p.id].setdefault(c.id, c)
            conf[p.id] = max(conf[p.id], p.confidence)
    merged = {i: replace(p, mentions=tuple(mentions[i]), candidates=tuple(candidates[i].values()), confidence=conf[i])
              for i, p in first.items()}
    merged = apply_corrections(merged, corrections)
    return tuple(sorted(merged.values(), key=lambda p: (p.name.lower(), p.id)))


def _strip_geometry(src: str, dst: Path) -> None:
    shutil.copy(src, dst)
    with sqlite3.connect(dst) as con:
        rows = con.execute("SELECT id, analysis FROM documents").fetchall()
        out = []
        for doc_id, text in rows:
            data = json.loads(text)
            for p in data.get("places", []):
                p["geometry"] = None
            out.append((json.dumps(data), doc_id))
        con.executemany("UPDATE documents SET analysis=? WHERE id=?", out)


def load(path: str, variant: str) -> dict[str, Any]:
    """Corpus load time and peak memory, as stored today or with per-document geometry left out
    (and filled once per merged place from geo.shapes' shared cache)."""
    from dataclasses import replace

    import corpus.pipeline
    from benchmarks.common import load_corpus

    with tempfile.TemporaryDirectory() as tmp:
        if variant == "after":
            stripped = Path(tmp) / "stripped.db"
            subprocess.run([sys.executable, "-m", "benchmarks.profile_fixes", "strip", path, str(stripped)],
                           check=True)  # in another process: its memory is not this one's
            path = str(stripped)
            from geo.shapes import geometry

            corpus.pipeline.geo.merge_places = lambda per_doc, corr=(): tuple(
                replace(p, geometry=p.geometry or geometry(p.id)) for p in linear_merge_places(per_doc, corr))
            _patch_analysis()  # person_parts cached: merge_actors' pairwise name checks
        size = Path(path).stat().st_size
        base = maxrss_mb()
        t0 = time.perf_counter()
        c = load_corpus(path)
        seconds = time.perf_counter() - t0
    return {"variant": variant, "documents": len(c.documents), "store_mb": size / 1e6, "load_s": seconds,
            "baseline_mb": base, "maxrss_mb": maxrss_mb(),
            "places_with_geometry": sum(1 for p in c.places if p.geometry)}


def fixed_filter_corpus(corpus, flt):
    """corpus.filters.filter_corpus with document years looked up once (not a scan of all documents
    per relation); same output."""
    from dataclasses import replace

    from corpus.model import Corpus

    year_of = {d.id: d.year for d in corpus.documents}
    keep = {i for i, y in year_of.items() if flt.accepts(y)}
    if len(keep) == len(corpus.documents):
        return corpus
    places = [q for q in (replace(p, mentions=tuple(m for m in p.mentions if m.document in keep))
                          for p in corpus.places) if q.mentions]
    actor_list = [b for b in (replace(a, mentions=tuple(m for m in a.mentions if m.document in keep))
                              for a in corpus.actors) if b.mentions]
    kept = {a.id for a in actor_list}
    relations = []
    for r in corpus.relations:
        evidence = tuple(e for e in r.evidence if e.document in keep)
        if evidence and r.source in kept and r.target in kept:
            years = {year_of[e.document] for e in evidence if year_of.get(e.document)}
            relations.append(replace(r, evidence=evidence, years=tuple(sorted(years))))
    return Corpus(documents=tuple(d for d in corpus.documents if d.id in keep), places=tuple(places),
                  actors=tuple(actor_list), relations=tuple(relations), notes=corpus.notes)


def filtering(path: str, repeat: int) -> dict[str, Any]:
    """filter_corpus today and with the fix, on each benchmark filter; outputs compared."""
    from benchmarks.common import load_corpus, median_time
    from benchmarks.views_speed import year_filters
    from corpus.filters import filter_corpus

    c = load_corpus(path)
    rows = []
    for flt in year_filters(c):
        before, a = median_time(lambda: filter_corpus(c, flt), repeat, 0)
        after, b = median_time(lambda: fixed_filter_corpus(c, flt), repeat, 0)
        rows.append({"filter": f"{flt.start}-{flt.end}", "before_ms": before * 1000, "after_ms": after * 1000,
                     "identical": a == b})
    return {"documents": len(c.documents), "filters": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile_fixes")
    sub = parser.add_subparsers(dest="what", required=True)
    a = sub.add_parser("analysis")
    a.add_argument("--n", type=int, default=150)
    a.add_argument("--repeat", type=int, default=3)
    ld = sub.add_parser("load")
    ld.add_argument("store")
    ld.add_argument("variant", choices=("before", "after"))
    st = sub.add_parser("strip")
    st.add_argument("src")
    st.add_argument("dst")
    fl = sub.add_parser("filter")
    fl.add_argument("store")
    fl.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if args.what == "strip":
        _strip_geometry(args.src, Path(args.dst))
        return 0
    if args.what == "filter":
        emit(filtering(args.store, args.repeat))
        return 0
    emit(analysis(args.n, args.repeat) if args.what == "analysis" else load(args.store, args.variant))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
