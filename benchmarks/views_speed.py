"""Server side at N documents: loading the corpus, and a year-filter change to a ready map and network.

A filter change runs what the pages run when their cache misses: ``filter_corpus``; for the map
``views.map_build.build_map`` and rendering its HTML (what st_folium does and sends); for the
network ``views.network_view.network_view`` with the positions of the whole graph (laid out once
per corpus and stored) and the JSON text the component is sent.

    python -m benchmarks.views_speed STORE.db [--repeat 5]
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Any

from benchmarks.common import emit, load_corpus, maxrss_mb
from corpus.filters import YearFilter, corpus_years, filter_corpus
from model import Corpus


def year_filters(corpus: Corpus) -> list[YearFilter]:
    """The changes an analyst makes: one year, a few years, half the range, everything but undated."""
    years = corpus_years(corpus) or [2019]
    lo, hi, mid = years[0], years[-1], years[len(years) // 2]
    return [YearFilter(mid, mid), YearFilter(mid - 1, mid + 1), YearFilter(lo, mid), YearFilter(lo, hi, False)]


def map_ready(view: Corpus) -> tuple[float, int]:
    """Seconds to a rendered map, and the bytes of HTML/JS st_folium sends (the basemap is a
    static file the browser fetches once, as on the map page)."""
    from views.map_assets import BASEMAP_URL
    from views.map_build import build_map

    t0 = time.perf_counter()
    html = build_map(view, basemap_url=BASEMAP_URL).get_root().render()
    return time.perf_counter() - t0, len(html.encode())


def network_ready(view: Corpus, positions: dict) -> tuple[float, int, int]:
    """Seconds to the component's data, its JSON size, and the number of actors drawn."""
    from views.network_build import NetworkFilter, vis_options
    from views.network_style import legend, vis_styles
    from views.network_view import network_view

    t0 = time.perf_counter()
    net = network_view(view, NetworkFilter(), positions)
    data = json.dumps({"network": net.to_json(), "styles": vis_styles(), "options": vis_options(False),
                       "legend": legend()})
    return time.perf_counter() - t0, len(data.encode()), len(net.nodes)


def measure(path: str, repeat: int) -> dict[str, Any]:
    from corpus.graph import actor_graph
    from corpus.layout import graph_shape, layout

    t0 = time.perf_counter()
    corpus = load_corpus(path)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    positions = layout(graph_shape(actor_graph(corpus)))
    layout_s = time.perf_counter() - t0
    rows = []
    for flt in year_filters(corpus):
        filt_t, map_t, net_t, both_t = [], [], [], []
        for _ in range(repeat):
            t0 = time.perf_counter()
            view = filter_corpus(corpus, flt)
            f = time.perf_counter() - t0
            m, map_bytes = map_ready(view)
            n, net_bytes, actors = network_ready(view, positions)
            filt_t.append(f), map_t.append(m), net_t.append(n), both_t.append(f + m + n)
        rows.append({"filter": f"{flt.start}–{flt.end}{'' if flt.undated else ' (dated only)'}",
                     "documents": len(view.documents), "place_marks": len(view.places),
                     "place_mentions": sum(len(p.mentions) for p in view.places), "actors": actors,
                     "filter_s": statistics.median(filt_t), "map_s": statistics.median(map_t),
                     "network_s": statistics.median(net_t), "total_s": statistics.median(both_t),
                     "map_bytes": map_bytes, "network_bytes": net_bytes})
    return {"documents": len(corpus.documents), "places": len(corpus.places), "actors": len(corpus.actors),
            "relations": len(corpus.relations), "mentions": sum(len(p.mentions) for p in corpus.places),
            "load_s": load_s, "layout_s": layout_s, "filters": rows, "maxrss_mb": maxrss_mb()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.views_speed")
    parser.add_argument("store")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    emit(measure(args.store, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
