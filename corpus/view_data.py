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


def stored_layout(store: Store, shape: Shape, reuse_share: float = 0.9) -> Positions:
    """The layout saved in the store for this graph, else a new one, saved for the next start.

    Laying out thousands of actors takes seconds to a minute, so it is done once per graph, not
    once per server start. When most actors (``reuse_share``) were in the previously saved graph,
    they keep their places and only the new ones are placed, so an upload or a correction does
    not reshuffle the picture an audience has already seen.
    """
    key = shape_key(shape)
    saved = read_setting(store, LAYOUT_KEY) or {}
    old = {n: (float(p[0]), float(p[1])) for n, p in (saved.get("positions") or {}).items()}
    if saved.get("key") == key and old:
        return old
    nodes = shape[0]
    known = sum(1 for n in nodes if n in old)
    positions = layout(shape, old if nodes and known >= reuse_share * len(nodes) else None)
    write_setting(store, LAYOUT_KEY, {"key": key, "positions": positions})
    return positions


def index_and_lay_out(store: Store, revision: str, corpus: Corpus) -> None:
    """The search index for this revision, and the whole actor graph laid out and stored, as the
    Documents and Network pages will ask for them."""
    with SearchIndex(store.path) as index:
        index.ensure(corpus, revision, documents_part(revision))
    stored_layout(store, graph_shape(actor_graph(corpus)))
