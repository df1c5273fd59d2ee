"""Search results for the documents page: the index's hits (``corpus.search_index``) as excerpt
items with their documents' titles and reader links, and facet choices with readable names."""
from __future__ import annotations

from dataclasses import dataclass

from corpus.search_index import Facets, QueryError, Result, SearchIndex
from model import Corpus, documents_by_id
from views.excerpts import ExcerptItem, excerpts_html
from views.links import reader_link

FACETS = {"year": "Year", "place": "Place", "actor": "Actor", "document": "Document"}


@dataclass(frozen=True)
class SearchView:
    items: list[ExcerptItem]
    total: int
    options: dict[str, list[tuple[str, str]]]  # facet → [(value, "Name (count)")]
    relaxed: bool = False
    error: str = ""


def search(index: SearchIndex, corpus: Corpus, query: str, facets: Facets = Facets(), limit: int = 50) -> SearchView:
    """Ranked sentences for ``query`` (never raises on a bad query: ``error`` says what is wrong)."""
    try:
        result: Result = index.search(query, facets, limit=limit)
    except QueryError as exc:
        return SearchView([], 0, {}, error=str(exc))
    docs = documents_by_id(corpus)
    names = {"place": {p.id: p.name for p in corpus.places}, "actor": {a.id: a.name for a in corpus.actors},
             "document": {d.id: d.title for d in corpus.documents}, "year": {}}
    items = []
    for h in result.hits:
        doc = docs.get(h.document)
        if doc is None:  # outside the current view
            continue
        items.append(ExcerptItem(doc.title, doc.date or (str(doc.year) if doc.year else "undated"),
                                 tuple((t, "hl-match" if m else "") for t, m in h.parts), reader_link(doc.id, h.excerpt)))
    options = {facet: [(v, f"{names[facet].get(v, v)} ({n})") for v, n in result.counts.get(facet, [])]
               for facet in FACETS}
    return SearchView(items, result.total, options, result.relaxed)


def hits_html(items: list[ExcerptItem]) -> str:
    """The results as the shared excerpt list (with its stylesheet)."""
    return excerpts_html(items, link_text="Read in context →", css=True)
