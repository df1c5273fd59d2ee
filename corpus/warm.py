"""Work a view needs, done when documents are ingested rather than on a page's first visit.

The network layout of thousands of actors takes seconds to a minute (10 s at 1,000 documents), so it
is computed once per graph after each ingest and kept in the store; the Network page then only
reads it. The merged corpus is saved beside it (``corpus.snapshot``), so the next start (and the next
correction) reads it instead of building it, and the full-text index is built for the same revision (``corpus.search_index``),
so the Documents page's first search does not build it. ``corpus.ingest.after_ingest`` runs the
registered work; importing this module registers it (the app's upload box, ``ui.upload``; the command
line, ``corpus.__main__``; the app's first start runs the same steps itself, ``corpus.prepare``). The layout is analysis of the actor graph
(``corpus.graph``), so it sits in ``corpus`` and every view reads it (``corpus.view_data``, which a
page can import without the analysis code this module brings in).
"""
from __future__ import annotations

from collections.abc import Callable

from corpus.corrections import apply_corrections
from corpus.ingest import after_ingest, current_analyses
from corpus.pipeline import merge_analyses
from corpus.snapshot import save_merge
from corpus.store import Store
from corpus.view_data import index_and_lay_out
from model import Corpus


def save_built(store: Store, progress: Callable[[int, int], None] | None = None) -> tuple[str, Corpus]:
    """The corpus built once, its merge saved (``corpus.snapshot``), with the revision it was built at:
    what every page reads first. ``progress`` follows documents analysed again (``corpus.ingest.current_analyses``)."""
    documents, merged = None, Corpus()
    while True:  # until the corrections read are those of the revision built (a write may come in between)
        revision = store.revision()
        if store.documents_revision() != documents:
            documents = store.documents_revision()
            merged = merge_analyses(current_analyses(store, progress))
            save_merge(store, documents, merged)
        corrections = store.corrections_at(revision)
        if corrections is not None:
            return revision, apply_corrections(merged, corrections)


@after_ingest
def prepare_views(store: Store, progress: Callable[[int, int], None] | None = None) -> None:
    """Everything the views read, built once after an ingest: the saved corpus, the search index, the layout."""
    index_and_lay_out(store, *save_built(store, progress))
