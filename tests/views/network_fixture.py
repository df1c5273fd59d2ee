"""A small synthetic corpus for the network and reader tests: every actor kind, every relation kind,
evidence in several documents and years, and hostile strings in names, titles and excerpts."""
from __future__ import annotations

import re

from model import Actor, Corpus, Document, Evidence, Excerpt, Mention, Place, Relation

HOSTILE_NAME = '"><img src=x onerror=alert(1)>'
SCRIPT = "<script>alert(1)</script>"

TEXTS = {
    "d1": ("Security talks in Tegucigalpa", 2014,
           "Secretary Kerry met with President Hernandez in Tegucigalpa. "
           "The Department of State signed with the Government of Honduras an agreement on security. "
           "MS-13 remains a threat, said Kerry. "
           f"Analysts quoted {SCRIPT} in a note."),
    "d2": ("Aid review", 2019,
           "The Department of State leads the review with USAID. "
           f"Kerry praised USAID and the Government of Honduras. {HOSTILE_NAME} was mentioned once. "
           "A javascript:alert(1) link was reported in San Pedro Sula."),
    "d3": ("Undated note", None,
           "Ambassador Smith met with Kerry. MS-13 and Barrio 18 were named by the Government of Honduras."),
}
ACTORS = [  # id, name, kind, aliases, titles, affiliation
    ("a-kerry", "John Kerry", "official", ("Kerry", "Secretary Kerry"), ("Secretary of State",), "a-state"),
    ("a-hernandez", "Juan Orlando Hernandez", "official", ("President Hernandez",), ("President",), "a-gohn"),
    ("a-state", "Department of State", "agency", (), (), None),
    ("a-usaid", "USAID", "agency", (), (), None),
    ("a-gohn", "Government of Honduras", "government", (), (), None),
    ("a-ms13", "MS-13", "criminal", (), (), None),
    ("a-b18", "Barrio 18", "criminal", (), (), None),
    ("a-smith", "Ambassador Smith", "official", (), (f"Ambassador {SCRIPT}",), None),
    ("a-evil", HOSTILE_NAME, "organization", ("javascript:alert(1)",), (SCRIPT,), None),
]
RELATIONS = [  # id, source, target, kind, evidence (doc, sentence index)
    ("r-met", "a-kerry", "a-hernandez", "met-with", (("d1", 0),)),
    ("r-signed", "a-state", "a-gohn", "signed-with", (("d1", 1),)),
    ("r-leads", "a-state", "a-usaid", "leads", (("d2", 0),)),
    ("r-member", "a-kerry", "a-state", "member-of", (("d1", 0), ("d2", 1))),
    ("r-office", "a-hernandez", "a-gohn", "holds-office-in", (("d1", 0),)),
    ("r-co", "a-kerry", "a-usaid", "co-mentioned", (("d2", 1), ("d2", 1), ("d1", 2))),
    ("r-co2", "a-ms13", "a-b18", "co-mentioned", (("d3", 1),)),
    ("r-met2", "a-smith", "a-kerry", "met-with", (("d3", 0),)),
]


def _excerpts(doc_id: str, text: str) -> tuple[Excerpt, ...]:
    out, start = [], 0
    for m in re.finditer(r"(?<=[.])\s+", text):
        out.append(Excerpt(f"{doc_id}:{len(out)}", doc_id, start, m.start(), text[start:m.start()]))
        start = m.end()
    out.append(Excerpt(f"{doc_id}:{len(out)}", doc_id, start, len(text), text[start:]))
    return tuple(out)


def _mentions(doc: Document, names: tuple[str, ...]) -> list[Mention]:
    found = []
    for name in sorted(set(names), key=len, reverse=True):
        for m in re.finditer(re.escape(name), doc.text):
            if any(f.start <= m.start() < f.end for f in found):
                continue
            ex = doc.excerpt_at(m.start())
            found.append(Mention(doc.id, ex.id, m.start(), m.end(), m.group()))
    return found


def sample_corpus() -> Corpus:
    docs = []
    for doc_id, (title, year, text) in TEXTS.items():
        docs.append(Document(id=doc_id, source=f"{doc_id}.txt", title=title, text=text,
                             date=f"{year}-05-01" if year else None, year=year,
                             date_source="printed" if year else None, excerpts=_excerpts(doc_id, text)))
    actors = []
    for aid, name, kind, aliases, titles, aff in ACTORS:
        mentions = tuple(m for d in docs for m in _mentions(d, (name, *aliases)))
        actors.append(Actor(aid, name, kind, aliases, titles, aff, mentions))
    by_id = {d.id: d for d in docs}
    relations = []
    for rid, src, dst, kind, ev in RELATIONS:
        evidence = tuple(Evidence(d, by_id[d].excerpts[i].id) for d, i in ev)
        years = tuple(sorted({by_id[d].year for d, _ in ev if by_id[d].year}))
        relations.append(Relation(rid, src, dst, kind, evidence, years))
    places = []
    for pid, name in (("geonames:3600949", "Tegucigalpa"), ("geonames:3601782", "San Pedro Sula")):
        mentions = tuple(m for d in docs for m in _mentions(d, (name,)))
        places.append(Place(pid, name, "city", 14.1, -87.2, mentions=mentions))
    return Corpus(documents=tuple(docs), places=tuple(places), actors=tuple(actors), relations=tuple(relations))
