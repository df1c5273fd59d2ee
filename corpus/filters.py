"""Filter an analysed corpus by year: documents, places, actors and relations all follow.

A filter change must be fast at 10,000 documents (hundreds of thousands of mentions), so the
corpus is indexed once (``year_index``, remembered per corpus object): each place, actor and
relation keeps its mentions or evidence as runs of one year. A filter then keeps whole entities
untouched when all their years pass, drops those with none, and slices the rest by runs — it
never looks at a single mention again. The result is the same as filtering mention by mention.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import compress
from operator import itemgetter
from typing import Any

import numpy as np

from model import Actor, Corpus, Place, Relation
from model.memo import per_corpus


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
    """The places as the documents name them: what exports list unless asked for more. Judged document
    by document: one that only says "Canadian owners" does not name Canada, even if another document
    does, so its demonym mentions go; a document that names the place keeps them all."""
    places = []
    for p in corpus.places:
        naming = {m.document for m in p.mentions if m.kind != "demonym"}
        mentions = tuple(m for m in p.mentions if m.document in naming)
        if mentions:
            places.append(p if len(mentions) == len(p.mentions) else replace(p, mentions=mentions))
    changed = len(places) != len(corpus.places) or any(a is not b for a, b in zip(places, corpus.places))
    return replace(corpus, places=tuple(places)) if changed else corpus


def document_only(corpus: Corpus, doc_id: str) -> Corpus:
    """The corpus as one document tells it: that document, the places and actors it mentions (with only
    its mentions), the relations it gives evidence for. The reader's "this document's map" shows it."""
    docs = tuple(d for d in corpus.documents if d.id == doc_id)
    places = tuple(replace(p, mentions=ms) for p in corpus.places
                   if (ms := tuple(m for m in p.mentions if m.document == doc_id)))
    actors = tuple(replace(a, mentions=ms) for a in corpus.actors
                   if (ms := tuple(m for m in a.mentions if m.document == doc_id)))
    kept = {a.id for a in actors}
    relations = tuple(replace(r, evidence=ev) for r in corpus.relations
                      if r.source in kept and r.target in kept
                      and (ev := tuple(e for e in r.evidence if e.document == doc_id)))
    return Corpus(documents=docs, places=places, actors=actors, relations=relations)


def corpus_years(corpus: Corpus) -> list[int]:
    return sorted({d.year for d in corpus.documents if d.year is not None})


@dataclass(frozen=True)
class _Indexed:
    """One place, actor or relation, with a byte per mention (or evidence): its document's year code."""

    item: Any
    items: tuple
    years: frozenset
    codes: bytes | tuple  # a year code per item (the years themselves past 254 distinct years)
    dated: tuple[int, ...]  # the sorted years, undated left out (what Relation.years holds)


class YearIndex:
    """A corpus indexed by document year, built once per corpus (``year_index``).

    Years are coded as bytes (0 = undated), so keeping the mentions of accepted years is
    ``bytes.translate`` plus ``itertools.compress``: C speed, original order kept. Relations (tens
    of thousands) are grouped by the set of years of their evidence, so a filter decides per
    group — keep as is, drop, or slice — instead of per relation.
    """

    def __init__(self, corpus: Corpus) -> None:
        years = sorted({d.year for d in corpus.documents if d.year is not None})
        self.code = {None: 0, **{y: i + 1 for i, y in enumerate(years)}} if len(years) < 255 else None
        year_of = {d.id: d.year for d in corpus.documents}
        self.documents = corpus.documents
        self.places = [self._index(p, p.mentions, year_of) for p in corpus.places]
        self.actors = [self._index(a, a.mentions, year_of) for a in corpus.actors]
        actor_years = {e.item.id: e.years for e in self.actors}
        self.relations = [self._index(r, r.evidence, year_of) for r in corpus.relations]
        # A relation whose evidence years are years of both its actors is kept whenever any of its
        # evidence is (both actors then have a mention in an accepted year): no per-relation check.
        groups: dict[tuple[frozenset, bool], int] = {}
        codes = []
        for e in self.relations:
            r = e.item
            safe = e.years <= actor_years.get(r.source, frozenset()) and e.years <= actor_years.get(r.target, frozenset())
            codes.append(groups.setdefault((e.years, safe), len(groups)))
        self.groups = list(groups)
        self.group_codes = np.array(codes, dtype=np.int64)
        # every relation's evidence in one tuple, with one year code per item, sliced per relation
        self.all_evidence = tuple(x for e in self.relations for x in e.items)
        self.evidence_codes = b"".join(e.codes for e in self.relations) if self.code is not None else b""
        self.evidence_starts = [0]
        for e in self.relations:
            self.evidence_starts.append(self.evidence_starts[-1] + len(e.items))
        self.whole = [e.item if e.dated == e.item.years else
                      Relation(e.item.id, e.item.source, e.item.target, e.item.kind, e.item.evidence, e.dated)
                      for e in self.relations]

    def _index(self, entity: Any, items: tuple, year_of: dict[str, int | None]) -> _Indexed:
        item_years = [year_of.get(x.document) for x in items]
        years = frozenset(item_years)
        codes = bytes(self.code[y] for y in item_years) if self.code is not None else tuple(item_years)
        return _Indexed(entity, items, years, codes, tuple(sorted(y for y in years if y)))

    def filter(self, flt: YearFilter) -> Corpus | None:
        """The filtered corpus, or None when the filter keeps every document (use the corpus itself)."""
        documents = tuple(d for d in self.documents if flt.accepts(d.year))
        if len(documents) == len(self.documents):
            return None
        accepted = {d.year for d in documents}
        keep = self._keeper(accepted)
        places = [p for p in (_keep(e, accepted, keep) for e in self.places) if p is not None]
        kept = [a for a in (_keep(e, accepted, keep) for e in self.actors) if a is not None]
        kept_ids = {a.id for a in kept}
        return Corpus(documents=documents, places=tuple(places), actors=tuple(kept),
                      relations=tuple(self._relations(accepted, kept_ids, keep)))

    def _relations(self, accepted: set, kept_ids: set, keep) -> list[Relation]:
        """Relations with evidence in accepted years and both actors kept, in corpus order."""
        # per group: 0 drop, 1 keep whole, 2 look closer (some years accepted, or actors to check)
        table = np.zeros(len(self.groups) + 1, dtype=np.uint8)
        for code, (years, safe) in enumerate(self.groups):
            if not years.isdisjoint(accepted):
                table[code] = 1 if safe and years <= accepted else 2
        status = table[self.group_codes]
        chosen = np.flatnonzero(status)
        if not len(chosen):
            return []
        out = list(itemgetter(*chosen.tolist())(self.whole)) if len(chosen) > 1 else [self.whole[int(chosen[0])]]
        closer = np.flatnonzero(status[chosen] == 2).tolist()
        if not closer:
            return out
        dated = {}  # per group: its accepted years, worked out once
        evidence_mask = self.evidence_codes.translate(self._year_table(accepted)) if self.code is not None else None
        groups, codes, relations, starts = self.groups, self.group_codes, self.relations, self.evidence_starts
        all_evidence = self.all_evidence
        for j in closer:
            i = int(chosen[j])
            e, code = relations[i], int(codes[i])
            r = e.item
            years, safe = groups[code]
            if not safe and (r.source not in kept_ids or r.target not in kept_ids):
                out[j] = None
            elif years <= accepted:
                out[j] = self.whole[i]
            else:
                if code not in dated:
                    dated[code] = tuple(y for y in sorted(y for y in years if y) if y in accepted)
                a, b = starts[i], starts[i + 1]
                evidence = (tuple(compress(all_evidence[a:b], evidence_mask[a:b])) if evidence_mask is not None
                            else keep(e))
                out[j] = Relation(r.id, r.source, r.target, r.kind, evidence, dated[code])
        return [r for r in out if r is not None]

    def _year_table(self, accepted: set) -> bytes:
        """A ``bytes.translate`` table: year code → 1 if the year is accepted, else 0."""
        table = bytearray(256)
        for year in accepted:
            table[self.code[year]] = 1
        return bytes(table)

    def _keeper(self, accepted: set):
        """A function from an indexed entity to its items of accepted years, in order."""
        if self.code is None:
            return lambda e: tuple(x for x, y in zip(e.items, e.codes) if y in accepted)
        table = self._year_table(accepted)
        return lambda e: tuple(compress(e.items, e.codes.translate(table)))


def _keep(e: _Indexed, accepted: set, keep) -> Place | Actor | None:
    if e.years.isdisjoint(accepted):
        return None
    if e.years <= accepted:
        return e.item
    item = e.item
    if isinstance(item, Place):
        return replace(item, mentions=keep(e))
    return Actor(item.id, item.name, item.kind, item.aliases, item.titles, item.affiliation, keep(e), item.country)


@per_corpus
def year_index(corpus: Corpus) -> YearIndex:
    """The corpus's year index, built on first use and forgotten when the corpus is."""
    return YearIndex(corpus)


def filter_corpus(corpus: Corpus, flt: YearFilter) -> Corpus:
    """The corpus seen through the filter: only mentions and evidence from accepted documents."""
    if all(flt.accepts(d.year) for d in corpus.documents):
        return corpus
    return year_index(corpus).filter(flt) or corpus
