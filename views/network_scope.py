"""Which actors a place, a document or a list of excerpts brings into the network: how the map,
the reader and the network answer each other.

A scope is a URL (``./network?doc=…``, ``./network?excerpts=…``, ``./network?actors=…``) the page
turns into ``NetworkFilter.within``; ids that are not in the corpus are dropped, not trusted.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from model import Corpus
from model.memo import per_corpus

SCOPE_KEYS = ("actors", "doc", "excerpts")


@per_corpus
def _mentions_by_excerpt(corpus: Corpus) -> dict[str, Counter[str]]:
    """excerpt id → actor id → how many mentions (inferred mentions count: they cite the sentence)."""
    out: dict[str, Counter[str]] = {}
    for a in corpus.actors:
        for m in a.mentions:
            out.setdefault(m.excerpt, Counter())[a.id] += 1
    return out


def actors_in_excerpts(corpus: Corpus, excerpt_ids: Iterable[str]) -> list[str]:
    """The actors named in these excerpts, most mentioned there first (then by id, so stable)."""
    index = _mentions_by_excerpt(corpus)
    counts: Counter[str] = Counter()
    for x in dict.fromkeys(excerpt_ids):
        counts.update(index.get(x, {}))
    return sorted(counts, key=lambda a: (-counts[a], a))


def actors_in_document(corpus: Corpus, doc_id: str) -> list[str]:
    """The actors a document names, most mentioned first."""
    doc = corpus.document(doc_id)
    return actors_in_excerpts(corpus, (e.id for e in doc.excerpts)) if doc else []


@dataclass(frozen=True)
class Scope:
    """The actors a URL narrows the network to, and what to call them ("the actors of …")."""

    actors: frozenset[str]
    label: str


def scope_from_params(corpus: Corpus, params: Mapping[str, str]) -> Scope | None:
    """``?doc=`` (a document), ``?excerpts=a,b`` (e.g. a place's sentences) or ``?actors=a,b``; None
    when the URL asks for no scope. A scope that names nothing known is empty, not everything."""
    known = {a.id for a in corpus.actors}
    if params.get("doc"):
        doc = corpus.document(params["doc"])
        title = doc.title if doc else params["doc"]
        return Scope(frozenset(actors_in_document(corpus, params["doc"])), f"the actors of “{title}”")
    if params.get("excerpts"):
        ids = [x for x in params["excerpts"].split(",") if x]
        return Scope(frozenset(actors_in_excerpts(corpus, ids)), f"the actors of {len(ids)} excerpt{'s' * (len(ids) != 1)}")
    if params.get("actors"):
        ids = frozenset(x for x in params["actors"].split(",") if x in known)
        return Scope(ids, f"{len(ids)} chosen actor{'s' * (len(ids) != 1)}")
    return None
