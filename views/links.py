"""Every link between the app's pages, in one place: relative (so they work behind a proxy), ids
URL-encoded. Pages, cards, the reader and search results all call these."""
from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote, urlencode


def _q(value: str) -> str:
    return quote(value, safe="")


def reader_link(doc_id: str, excerpt_id: str | None = None) -> str:
    """The reader at a document, scrolled to an excerpt when given."""
    link = f"./documents?doc={_q(doc_id)}"
    return link + (f"&excerpt={_q(excerpt_id)}" if excerpt_id else "")


def map_link(place_id: str) -> str:
    return f"./map?place={_q(place_id)}"


def map_document_link(doc_id: str) -> str:
    """The map of one document: only the places it names."""
    return f"./map?doc={_q(doc_id)}"


def network_link(actor_id: str) -> str:
    """The network with an actor selected (its card beside the graph)."""
    return f"./network?actor={_q(actor_id)}"


def edge_link(relation_id: str) -> str:
    return f"./network?edge={_q(relation_id)}"


def actor_page_link(actor_id: str) -> str:
    """The actor's own page: every mention, titles over time, relations by kind."""
    return f"./actor?id={_q(actor_id)}"


def network_scope_link(*, doc: str | None = None, excerpts: Iterable[str] = (), actors: Iterable[str] = ()) -> str:
    """The network narrowed to a document's actors, to the actors of some excerpts, or to actors."""
    if doc:
        return "./network?" + urlencode({"doc": doc})
    if excerpts:
        return "./network?" + urlencode({"excerpts": ",".join(excerpts)})
    return "./network?" + urlencode({"actors": ",".join(actors)})
