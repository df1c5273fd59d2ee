"""Offline geocoder lookups per second: geo.geocoder.GazetteerGeocoder, cold (a fresh geocoder, every
query new to it) and warm (the same queries again, answered from its LRU cache).

    python -m benchmarks.geocoding [--repeat 5]
"""
from __future__ import annotations

import argparse
import statistics
import time

from benchmarks import vocabulary as V
from benchmarks.common import emit


def queries() -> list[str]:
    """Names as documents write them: cities alone and with their country, countries, regions, misses."""
    out = []
    for cc, cities in V.CITIES.items():
        country = V.COUNTRIES.get(cc, ("United States",))[0]
        for city in cities:
            out += [city, f"{city}, {country}", city.upper()]
    out += [name for name, _ in V.COUNTRIES.values()] + [r.removeprefix("the ") for r in V.REGIONS]
    out += [f"Nowhere{i}" for i in range(50)]
    return out


def measure(repeat: int) -> dict:
    from geo.geocoder import GazetteerGeocoder
    from geo.prepared import get_gazetteer

    gaz = get_gazetteer()
    qs = queries()
    cold, warm = [], []
    found = 0
    for _ in range(repeat):
        geocoder = GazetteerGeocoder(gaz)
        t0 = time.perf_counter()
        found = sum(geocoder.geocode(q) is not None for q in qs)
        cold.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for q in qs:
            geocoder.geocode(q)
        warm.append(time.perf_counter() - t0)
    return {"queries": len(qs), "found": found, "cold_per_s": len(qs) / statistics.median(cold),
            "warm_per_s": len(qs) / statistics.median(warm)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.geocoding")
    parser.add_argument("--repeat", type=int, default=5)
    emit(measure(parser.parse_args(argv).repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
