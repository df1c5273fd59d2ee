"""What the views read besides the corpus, derived from it and kept in the store: the network layout
(one per graph shape, only read by the Network page) and the full-text index (one per revision).
Made after an ingest (``corpus.warm``) or by the app's first start (``corpus.prepare``). This module
imports no analysis code, so reading the layout does not bring spaCy into a page's first visit.
"""
from __future__ import annotations

from corpus.graph import actor_graph
from corpus.layout import Positions, Shape, graph_shape, layout, shape_key
from corpus.search_index import SearchIndex
from corpus.store import Store, documents_part, read_setting, write_setting
from model import Corpus

LAYOUT_KEY = "network_layout"


def stored_layout(store: Store, shape: Shape, reuse_share: float = 0.9, revision: str | None = None) -> Positions:
    """The layout saved in the store for this graph, else a new one, saved for the next start.

    Laying out thousands of actors takes seconds to a minute, so it is done once per graph, not
    once per server start. When most actors (``reuse_share``) were in the previously saved graph,
    they keep their places and only the new ones are placed, so an upload or a correction does
    not reshuffle the picture an audience has already seen. ``revision`` (the store's, which the
    graph was built at) is saved with it, so ``layout_at`` can answer without building the graph.
    """
    key = shape_key(shape)
    saved = read_setting(store, LAYOUT_KEY) or {}
    old = _positions(saved)
    if saved.get("key") == key and old:
        if revision is not None and saved.get("revision") != revision:
            write_setting(store, LAYOUT_KEY, {**saved, "revision": revision})
        return old
    nodes = shape[0]
    known = sum(1 for n in nodes if n in old)
    positions = layout(shape, old if nodes and known >= reuse_share * len(nodes) else None)
    write_setting(store, LAYOUT_KEY, {"key": key, "revision": revision, "positions": positions})
    return positions


def layout_at(store: Store, revision: str) -> Positions | None:
    """The saved layout when it was saved for this very store revision (its graph is then the one the
    corpus at ``revision`` makes, so it needs no building: a page's first visit only reads it); else None."""
    saved = read_setting(store, LAYOUT_KEY) or {}
    if saved.get("revision") != revision:
        return None
    return _positions(saved) or None


def _positions(saved: dict) -> Positions:
    return {n: (float(p[0]), float(p[1])) for n, p in (saved.get("positions") or {}).items()}


def index_and_lay_out(store: Store, revision: str, corpus: Corpus) -> None:
    """The search index for this revision, and the whole actor graph laid out and stored, as the
    Documents and Network pages will ask for them."""
    with SearchIndex(store.path) as index:
        index.ensure(corpus, revision, documents_part(revision))
    stored_layout(store, graph_shape(actor_graph(corpus)), revision=revision)
