"""Actor extraction speed in words per second (find_actors only; tokenisation timed separately).

usage: python benchmarks/actors_speed.py [FILES...]   (default: data/corpus/*.txt, repeated)
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from actors import find_actors, merge_actors
from model import Document, DocumentAnalysis, Excerpt
from model.nlp import tokenize


def _document(path: Path, i: int):
    text = path.read_text(encoding="utf-8", errors="replace")
    tokens = tokenize(text)
    did = f"bench{i}"
    excerpts = tuple(Excerpt(f"{did}:{k}", did, s.start_char, s.end_char, s.text) for k, s in enumerate(tokens.sents))
    return Document(did, path.name, path.stem, text, year=2019, excerpts=excerpts), tokens


def main(argv: list[str]) -> None:
    paths = [Path(p) for p in argv] or sorted(Path("data/corpus").glob("*.txt"))
    t0 = time.perf_counter()
    docs = [_document(p, i) for i, p in enumerate(paths)]
    tok_s = time.perf_counter() - t0
    words = sum(len(d.text.split()) for d, _ in docs)
    find_actors(*docs[0])  # build matchers and lexicons once, as a process would
    rounds = max(1, 20000 // max(words, 1))
    t0 = time.perf_counter()
    for _ in range(rounds):
        analyses = [DocumentAnalysis(d, actors=a, relations=r) for d, t in docs for a, r in [find_actors(d, t)]]
    find_s = (time.perf_counter() - t0) / rounds
    t0 = time.perf_counter()
    actors, relations = merge_actors(analyses)
    merge_s = time.perf_counter() - t0
    print(f"{len(docs)} documents, {words} words, {rounds} rounds")
    print(f"tokenize:    {words / tok_s:12,.0f} words/s")
    print(f"find_actors: {words / find_s:12,.0f} words/s  ({1000 * find_s / len(docs):.2f} ms/document)")
    print(f"merge:       {1000 * merge_s:.1f} ms for {len(actors)} actors, {len(relations)} relations")


if __name__ == "__main__":
    main(sys.argv[1:])
