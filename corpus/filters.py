"""Filter an analysed corpus by year: documents, places, actors and relations all follow."""
from __future__ import annotations

from dataclasses import dataclass, replace

from corpus.model import Corpus, Place


@dataclass(frozen=True)
class YearFilter:
    """An inclusive year range (None = open) and whether undated documents are shown."""

    start: int | None = None
    end: int | None = None
    undated: bool = True

    def accepts(self, year: int | None) -> bool:
        if year is None:
            return self.undated
        return (self.start is None or year >= self.start) and (self.end is None or year <= self.end)


def is_demonym_only(place: Place) -> bool:
    """A place the documents never name, only refer to by demonym ("Honduran officials")."""
    return bool(place.mentions) and all(m.kind == "demonym" for m in place.mentions)


def named_places_only(corpus: Corpus) -> Corpus:
    """The corpus without demonym-only places: what exports list unless asked for more."""
    places = tuple(p for p in corpus.places if not is_demonym_only(p))
    return corpus if len(places) == len(corpus.places) else replace(corpus, places=places)


def corpus_years(corpus: Corpus) -> list[int]:
    return sorted({d.year for d in corpus.documents if d.year is not None})


def filter_corpus(corpus: Corpus, flt: YearFilter) -> Corpus:
    """The corpus seen through the filter: only mentions and evidence from accepted documents.

    Document years are looked up once (a dict), not by scanning the documents per relation.
    """
    year_of = {d.id: d.year for d in corpus.documents}
    keep = {d.id for d in corpus.documents if flt.accepts(d.year)}
    if len(keep) == len(corpus.documents):
        return corpus
    places = []
    for p in corpus.places:
        mentions = tuple(m for m in p.mentions if m.document in keep)
        if mentions:
            places.append(replace(p, mentions=mentions))
    actor_list = []
    for a in corpus.actors:
        mentions = tuple(m for m in a.mentions if m.document in keep)
        if mentions:
            actor_list.append(replace(a, mentions=mentions))
    kept_actors = {a.id for a in actor_list}
    relations = []
    for r in corpus.relations:
        evidence = tuple(e for e in r.evidence if e.document in keep)
        if evidence and r.source in kept_actors and r.target in kept_actors:
            years = {y for y in (year_of[e.document] for e in evidence) if y}
            relations.append(replace(r, evidence=evidence, years=tuple(sorted(years))))
    return Corpus(documents=tuple(d for d in corpus.documents if d.id in keep), places=tuple(places),
                  actors=tuple(actor_list), relations=tuple(relations), notes=corpus.notes)
