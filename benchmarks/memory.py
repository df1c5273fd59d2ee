"""The app's server memory with a store of N documents loaded: peak RSS of a fresh process that imports
Streamlit and the pages' builders, loads the corpus (Store.corpus, as ui.data.corpus_at does), lays out
the network and builds the unfiltered map and network once.

    python -m benchmarks.memory STORE.db
"""
from __future__ import annotations

import sys
import time

from benchmarks.common import emit, load_corpus, maxrss_mb


def measure(path: str) -> dict:
    import streamlit  # noqa: F401  (its baseline is part of the app's memory)

    from benchmarks.views_speed import map_ready, network_ready
    from corpus.graph import actor_graph
    from corpus.layout import graph_shape, layout
    from corpus.store import Store, analysis_version

    base = maxrss_mb()
    t0 = time.perf_counter()
    with Store(path) as store:
        stale = store.db.execute("SELECT COUNT(*) FROM documents WHERE analysis_version != ?",
                                 (analysis_version(),)).fetchone()[0]
    corpus = load_corpus(path)
    load_s = time.perf_counter() - t0
    after_load = maxrss_mb()
    positions = layout(graph_shape(actor_graph(corpus)))
    map_ready(corpus)
    network_ready(corpus, positions)
    return {"documents": len(corpus.documents), "stale_rows": stale, "load_s": load_s, "baseline_mb": base,
            "after_load_mb": after_load, "maxrss_mb": maxrss_mb()}


if __name__ == "__main__":
    emit(measure(sys.argv[1]))
