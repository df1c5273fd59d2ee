"""Work a view needs, done when documents are ingested rather than on a page's first visit.

The network layout of thousands of actors takes seconds to a minute (10 s at 1,000 documents), so it
is computed once per graph after each ingest and kept in the store; the Network page then only
reads it. The built corpus is saved beside it (``corpus.snapshot``), so the next start reads it
instead of building it, and the full-text index is built for the same revision (``corpus.search_index``),
so the Documents page's first search does not build it. ``corpus.ingest.after_ingest`` runs the
registered work; importing this module registers it (the app where it ingests, ``ui.upload`` and
``ui.prepare``; the command line in ``corpus.__main__``). The layout is analysis of the actor graph
(``corpus.graph``), so it sits in ``corpus`` and every view reads it (``corpus.saved_layout``, which
a page can import without the analysis code this module brings in).
"""
from __future__ import annotations

from collections.abc import Callable

from corpus.graph import actor_graph
from corpus.ingest import after_ingest, load_corpus
from corpus.layout import graph_shape
from corpus.saved_layout import stored_layout
from corpus.search_index import SearchIndex
from corpus.snapshot import save_corpus
from corpus.store import Store
from model import Corpus


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
