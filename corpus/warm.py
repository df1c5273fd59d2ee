"""Work a view needs, done when documents are ingested rather than on a page's first visit.

The network layout of thousands of actors takes seconds to a minute (10 s at 1,000 documents), so it
is computed once per graph after each ingest and kept in the store; the Network page then only
reads it. The built corpus is saved beside it (``corpus.snapshot``), so the next start reads it
instead of building it, and the full-text index is built for the same revision (``corpus.search_index``),
so the Documents page's first search does not build it. ``corpus.ingest.after_ingest`` runs the
registered work; importing this module registers it (the app where it ingests, ``ui.upload`` and
``ui.prepare``; the command line in ``corpus.__main__``). The layout is analysis of the actor graph
(``corpus.graph``), so it sits in ``corpus`` and every view reads it.
"""
from __future__ import annotations

from collections.abc import Callable

from corpus.graph import actor_graph
from corpus.ingest import after_ingest, load_corpus
from corpus.layout import Positions, Shape, graph_shape, layout, shape_key
from corpus.search_index import SearchIndex
from corpus.snapshot import save_corpus
from corpus.store import Store, read_setting, write_setting
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


def save_built(store: Store, progress: Callable[[int, int], None] | None = None) -> tuple[str, Corpus]:
    """The corpus built once and saved (``corpus.snapshot``), with the revision it was built at: what
    every page reads first. ``progress`` follows documents analysed again (``corpus.ingest.current_analyses``)."""
    revision = store.revision()
    corpus = load_corpus(store, progress)
    save_corpus(store, revision, corpus)
    return revision, corpus


def index_and_lay_out(store: Store, revision: str, corpus: Corpus) -> None:
    """The slower part: the search index for this revision, and the whole actor graph laid out and
    stored, as the Documents and Network pages will ask for them."""
    with SearchIndex(store.path) as index:
        index.ensure(corpus, revision)
    stored_layout(store, graph_shape(actor_graph(corpus)))


@after_ingest
def prepare_views(store: Store, progress: Callable[[int, int], None] | None = None) -> None:
    """Everything the views read, built once after an ingest: the saved corpus, the search index, the layout."""
    index_and_lay_out(store, *save_built(store, progress))
