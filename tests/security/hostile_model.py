"""A corpus built directly from the model with a payload in every field the views show: document
titles, sources and sentences, place names and ids, actor names, aliases, titles and ids.

``hostile_model(benign=True)`` builds the same corpus with plain words instead, so a test can compare
the markup built from each: document text may change the words on a page, never its tags.
"""
from __future__ import annotations

from model import Actor, Corpus, Document, Evidence, Excerpt, Mention, Place, Relation
from tests.security.payloads import PAYLOADS

KINDS = ("official", "agency", "government", "organization", "criminal")
POINTS = [(14.08, -87.21), (15.50, -88.03), (13.69, -89.19), (19.43, -99.13), (14.63, -90.51)]


def _text(i: int, benign: bool) -> str:
    return f"Benign{i} words" if benign else PAYLOADS[i].text


def hostile_model(benign: bool = False) -> Corpus:
    """One document per payload; each names a place and two actors with that payload."""
    docs, places, actors, relations = [], [], [], []
    for i in range(len(PAYLOADS)):
        t = _text(i, benign)
        doc_id = f"doc{i:02d}"
        sentences = [f"Minister {t} met officials in {t} today.", f"The {t} said the {t} would act."]
        text, excerpts = "", []
        for k, s in enumerate(sentences):
            start = len(text)
            text += s + " "
            excerpts.append(Excerpt(f"{doc_id}:{k}", doc_id, start, start + len(s), s))
        doc = Document(id=doc_id, source=f"{t}.txt", title=f"Title {t}", text=text.rstrip(),
                       date=f"{2013 + i % 11}-05-0{1 + i % 9}", year=2013 + i % 11, date_source="printed",
                       excerpts=tuple(excerpts))
        docs.append(doc)

        def mention(needle_at: int, k: int) -> Mention:
            ex = excerpts[k]
            start = ex.start + needle_at
            return Mention(doc_id, ex.id, start, start + len(t), t)

        first = sentences[0].index(t)
        second = sentences[0].index(t, first + len(t))
        in_second = sentences[1].index(t)
        lat, lon = POINTS[i % len(POINTS)]
        places.append(Place(id=f"test:{t}", name=t, kind=("city", "country", "region")[i % 3], lat=lat + i / 50,
                            lon=lon + i / 50, mentions=(mention(second, 0),), country="HN"))
        actor_id = f"{KINDS[i % 5]}:{t}"
        actors.append(Actor(id=actor_id, name=t, kind=KINDS[i % 5], aliases=(f"{t} alias",), titles=(t,),
                            mentions=(mention(first, 0), mention(in_second, 1)), country="HN",
                            affiliation=actors[i - 1].id if i else None))
        if i:
            relations.append(Relation(id=f"rel:{t}", source=actor_id, target=actors[i - 1].id,
                                      kind=("met-with", "member-of", "leads", "co-mentioned")[i % 4],
                                      evidence=(Evidence(doc_id, excerpts[0].id),), years=(doc.year,)))
    return Corpus(documents=tuple(docs), places=tuple(places), actors=tuple(actors), relations=tuple(relations))
