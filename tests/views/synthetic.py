"""A small deterministic corpus with places of every kind, hostile text included.

Used by the map and tour tests (and the dev demo) while the shipped documents are analysed by
the real pipeline. Mentions are found by searching the text, so offsets are always right.
"""
from __future__ import annotations

from model import Candidate, Corpus, Document, Excerpt, Mention, Place

HOSTILE_TITLE = '<script>alert(1)</script> Report on "Honduras"'
HOSTILE_SENTENCE = '"><img src=x onerror=alert(1)> Violence in San Pedro Sula & Choloma fell.'

DOCS = [
    ("d2014", HOSTILE_TITLE, "2014-06-01", [
        "The Secretary visited Tegucigalpa to meet officials of Honduras.",
        HOSTILE_SENTENCE,
        "Honduran authorities and partners across the Northern Triangle agreed to act.",
    ]),
    ("d2016", "Prosperity plan update", "2016-03-15", [
        "Programs on the North Atlantic coast of Honduras expanded.",
        "Guatemala and El Salvador joined the Northern Triangle plan in Tegucigalpa.",
        "Salvadoran officials met in San Salvador.",
    ]),
    ("d2019", "Migration statement", "2019-09-30", [
        "Tegucigalpa hosted talks with Mexico on migration.",
        "San Pedro Sula saw new programs.",
    ]),
    ("dnone", "Undated note", None, [
        "A note about Tegucigalpa and Choloma.",
    ]),
]


def _document(doc_id: str, title: str, date: str | None, sentences: list[str]) -> Document:
    text, excerpts, _pos = "", [], 0
    for i, s in enumerate(sentences):
        start = len(text)
        text += s + " "
        excerpts.append(Excerpt(id=f"{doc_id}:{i}", document=doc_id, start=start, end=start + len(s), text=s))
    return Document(id=doc_id, source=f"{doc_id}.txt", title=title, text=text.strip(), date=date,
                    year=int(date[:4]) if date else None, date_source="printed" if date else None,
                    excerpts=tuple(excerpts))


def _mentions(docs: list[Document], phrase: str, kind: str = "name") -> tuple[Mention, ...]:
    out = []
    for d in docs:
        at = d.text.find(phrase)
        while at >= 0:
            ex = d.excerpt_at(at)
            if ex is not None:
                out.append(Mention(document=d.id, excerpt=ex.id, start=at, end=at + len(phrase), text=phrase,
                                   kind=kind))
            at = d.text.find(phrase, at + len(phrase))
    return tuple(out)


def synthetic_corpus() -> Corpus:
    docs = [_document(*spec) for spec in DOCS]
    docs.sort(key=lambda d: (d.year or -1, d.date or ""), reverse=True)
    alt = Candidate(id="geonames:9999", name="Tegucigalpa (alt)", kind="city", lat=14.2, lon=-87.3, country="HN",
                    population=1000, score=0.2)
    places = (
        Place(id="geonames:3600949", name="Tegucigalpa", kind="city", lat=14.0818, lon=-87.2068,
              mentions=_mentions(docs, "Tegucigalpa"), candidates=(alt,), country="HN"),
        Place(id="geonames:3601782", name="San Pedro Sula", kind="city", lat=15.5042, lon=-88.025,
              mentions=_mentions(docs, "San Pedro Sula"), country="HN"),
        Place(id="geonames:3613321", name="Choloma", kind="city", lat=15.6144, lon=-87.953,
              mentions=_mentions(docs, "Choloma"), country="HN"),
        # a second place on exactly the same point: must stay reachable (cluster spiderfy)
        Place(id="test:choloma-twin", name="Choloma <b>twin</b>", kind="city", lat=15.6144, lon=-87.953,
              mentions=_mentions(docs, "Choloma")[:1], country="HN"),
        Place(id="geonames:3583361", name="San Salvador", kind="city", lat=13.6894, lon=-89.1872,
              mentions=_mentions(docs, "San Salvador"), country="SV"),
        Place(id="country:HN", name="Honduras", kind="country", lat=15.0, lon=-86.5,
              mentions=_mentions(docs, "Honduras") + _mentions(docs, "Honduran", "demonym"), country="HN"),
        Place(id="country:GT", name="Guatemala", kind="country", lat=15.5, lon=-90.25,
              mentions=_mentions(docs, "Guatemala"), country="GT"),
        Place(id="country:MX", name="Mexico", kind="country", lat=23.0, lon=-102.0,
              mentions=_mentions(docs, "Mexico"), country="MX"),
        Place(id="country:SV", name="El Salvador", kind="country", lat=13.8, lon=-88.9,
              mentions=_mentions(docs, "Salvadoran", "demonym"), country="SV"),
        Place(id="region:northern-triangle", name="Northern Triangle", kind="group", lat=14.8, lon=-88.5,
              mentions=_mentions(docs, "Northern Triangle"), members=("GT", "SV", "HN")),
        Place(id="region:honduras-north-coast", name="North Atlantic coast of Honduras", kind="region",
              lat=15.55, lon=-85.8, mentions=_mentions(docs, "North Atlantic coast of Honduras"), country="HN"),
    )
    return Corpus(documents=tuple(docs), places=places)
