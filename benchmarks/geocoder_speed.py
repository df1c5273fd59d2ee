"""Speed of the offline geocoder (lookups/s) and of place finding (words/s), one core.

usage: python benchmarks/geocoder_speed.py [TEXT_DIR]   (default: data/corpus)
The offline geocoder must answer >= 50,000 lookups/s (the public Nominatim allows 1/s).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from model import Document, Excerpt
from model.nlp import tokenize

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    t = time.perf_counter()
    from geo.matching import get_matcher
    from geo.prepared import get_gazetteer
    gaz = get_gazetteer()
    t_gaz = time.perf_counter() - t
    get_matcher()
    t_load = time.perf_counter() - t
    print(f"gazetteer loaded in {t_gaz:.2f} s, matcher too in {t_load:.2f} s "
          f"({len(gaz.entries):,} places, {len(gaz.index):,} names)")

    from geo.geocoder import GazetteerGeocoder
    geocoder = GazetteerGeocoder(gaz)
    names = [e.name for e in list(gaz.entries.values())[:: max(1, len(gaz.entries) // 2000)]]
    queries = (names * (200_000 // len(names) + 1))[:200_000]
    t = time.perf_counter()
    for q in queries:
        geocoder.geocode(q)
    secs = time.perf_counter() - t
    print(f"offline geocoder: {len(queries) / secs:,.0f} lookups/s ({len(set(queries)):,} distinct names, cached)")
    t = time.perf_counter()
    for q in set(queries):
        geocoder._locations(q)
    secs = time.perf_counter() - t
    print(f"offline geocoder, uncached: {len(set(queries)) / secs:,.0f} lookups/s")

    from geo.finder import find_places
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "data" / "corpus"
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(folder.glob("*.txt"))] * 5
    words = 0
    t = time.perf_counter()
    for i, text in enumerate(texts):
        tokens = tokenize(text)
        ex = tuple(Excerpt(f"{i}:{j}", str(i), s.start_char, s.end_char, s.text) for j, s in enumerate(tokens.sents))
        find_places(Document(str(i), f"{i}.txt", "", text, excerpts=ex), tokens)
        words += len(tokens)
    secs = time.perf_counter() - t
    print(f"place finding (incl. tokenising): {words / secs:,.0f} words/s over {words:,} words")


if __name__ == "__main__":
    main()
