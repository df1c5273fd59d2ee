"""The one model of an analysed corpus: documents, excerpts, places, actors, relations.

Everything is a frozen dataclass so analysis results can be cached, hashed and shared between
threads without copying; the many small ones (mentions, excerpts, evidence) use slots, which
roughly halves their memory in a large corpus. Every place, actor and relation points at excerpts by id, so the UI can
always cite the sentence behind a claim.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from model.memo import per_corpus

DateSource = Literal["metadata", "printed", "inferred"]
# Mention kinds whose text is a whole sentence, not the actor's name: "inferred" (reached only through an
# affiliation) and "publisher" (the headline of the release the body published).
NOT_NAMED = frozenset({"inferred", "publisher"})
PLACE_KINDS = ("city", "admin1", "admin2", "country", "region", "group", "feature")  # admin2: U.S. counties
ACTOR_KINDS: tuple[str, ...] = ("official", "agency", "government", "organization", "criminal")
RELATION_KINDS: tuple[str, ...] = ("holds-office-in", "member-of", "met-with", "signed-with", "leads",
                                   "appointed", "co-mentioned")


@dataclass(frozen=True, slots=True)
class Excerpt:
    """A sentence of a document's cleaned text: ``document.text[start:end] == text``."""

    id: str
    document: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """A cleaned document with its publication date and its sentences."""

    id: str
    source: str
    title: str
    text: str
    date: str | None = None  # "YYYY-MM-DD"
    year: int | None = None
    date_source: DateSource | None = None
    format: str = "txt"
    excerpts: tuple[Excerpt, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    language: str = "en"  # ISO 639-1 code the text was detected to be in ("es"), "und" when unknown

    def excerpt(self, excerpt_id: str, offset: int | None = None) -> Excerpt | None:
        """The excerpt with this id; ``offset`` (a mention's start) finds it by binary search."""
        if offset is not None:
            found = self.excerpt_at(offset)
            if found is not None and found.id == excerpt_id:
                return found
        return next((e for e in self.excerpts if e.id == excerpt_id), None)

    def excerpt_at(self, offset: int) -> Excerpt | None:
        """The excerpt that contains a character offset (binary search; excerpts are sorted)."""
        lo, hi = 0, len(self.excerpts) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            ex = self.excerpts[mid]
            if offset < ex.start:
                hi = mid - 1
            elif offset >= ex.end:
                lo = mid + 1
            else:
                return ex
        return None


@dataclass(frozen=True, slots=True)
class Mention:
    """Where a place or actor is named: a span of a document's cleaned text inside one excerpt.

    ``kind`` tells a plain name from weaker evidence: "name", "demonym", "dateline", "acronym",
    "reference" (e.g. "the Secretary").
    """

    document: str
    excerpt: str
    start: int
    end: int
    text: str
    kind: str = "name"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One possible referent of a place name, as the gazetteer offers it."""

    id: str
    name: str
    kind: str
    lat: float
    lon: float
    country: str = ""
    population: int = 0
    score: float = 0.0


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: point (lat/lon) and, for countries and regions, a GeoJSON geometry."""

    id: str  # gazetteer id, e.g. "geonames:3600949", "country:HN", "region:northern-triangle"
    name: str
    kind: str  # one of PLACE_KINDS
    lat: float
    lon: float
    geometry: dict[str, Any] | None = None
    confidence: float = 1.0
    mentions: tuple[Mention, ...] = ()
    candidates: tuple[Candidate, ...] = ()  # the alternatives the geocoder considered
    members: tuple[str, ...] = ()  # place ids of a group's members ("Northern Triangle")
    country: str = ""  # ISO alpha-2 where known

    def __hash__(self) -> int:  # geometry is a dict; identity is the id
        return hash(self.id)


@dataclass(frozen=True, slots=True)
class Actor:
    """An official, agency, government, organisation or criminal group, merged across documents."""

    id: str
    name: str
    kind: str  # one of ACTOR_KINDS
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    affiliation: str | None = None  # actor id
    mentions: tuple[Mention, ...] = ()
    country: str = ""


@dataclass(frozen=True, slots=True)
class Evidence:
    """A sentence behind a relation. ``context``: it names only one end and not the relation itself
    (the relation was inferred, e.g. from curated knowledge of who belongs where); shown apart."""

    document: str
    excerpt: str
    context: bool = False


@dataclass(frozen=True, slots=True)
class Relation:
    id: str
    source: str  # actor id
    target: str  # actor id
    kind: str  # one of RELATION_KINDS
    evidence: tuple[Evidence, ...] = ()
    years: tuple[int, ...] = ()


@dataclass(frozen=True)
class Corpus:
    documents: tuple[Document, ...] = ()
    places: tuple[Place, ...] = ()
    actors: tuple[Actor, ...] = ()
    relations: tuple[Relation, ...] = ()

    def document(self, doc_id: str) -> Document | None:
        return documents_by_id(self).get(doc_id)


@per_corpus
def documents_by_id(corpus: Corpus) -> dict[str, Document]:
    """Documents by id (first one wins), built once per corpus: pages look documents up per excerpt."""
    out: dict[str, Document] = {}
    for d in corpus.documents:
        out.setdefault(d.id, d)
    return out


@dataclass(frozen=True)
class Correction:
    """An analyst's correction, stored and re-applied on every analysis.

    target "place": action "relocate" {"place": id, "candidate": Candidate fields} or
    "not-a-place" {"place": id}. target "actor": "merge" {"ids": [...], "into": id},
    "split" {"id": id, "alias": name}, "rename" {"id": id, "name": str},
    "kind" {"id": id, "kind": str}, "delete" {"id": id}.
    """

    id: int
    target: str
    action: str
    payload: tuple[tuple[str, Any], ...] = ()

    @property
    def data(self) -> dict[str, Any]:
        return dict(self.payload)


@dataclass(frozen=True)
class DocumentAnalysis:
    """What one document yields on its own; merging across documents happens in build_corpus."""

    document: Document
    places: tuple[Place, ...] = ()
    actors: tuple[Actor, ...] = ()
    relations: tuple[Relation, ...] = ()


__all__ = ["PLACE_KINDS", "ACTOR_KINDS", "RELATION_KINDS", "NOT_NAMED", "DateSource", "Excerpt", "Document", "Mention",
           "Candidate", "Place", "Actor", "Evidence", "Relation", "Corpus", "Correction", "DocumentAnalysis",
           "documents_by_id"]
