"""The model to and from plain JSON-able data; the export's reference format is ``corpus_to_dict``."""
from __future__ import annotations

import dataclasses
import sys
import types
import typing
from collections.abc import Callable
from functools import lru_cache
from sys import intern
from typing import Any

import model
from model import Corpus, DocumentAnalysis


def to_data(obj: Any) -> Any:
    """Dataclasses to dicts, tuples to lists, recursively."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_data(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (tuple, list)):
        return [to_data(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_data(v) for k, v in obj.items()}
    return obj


@lru_cache(maxsize=None)
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))


def from_data(cls: type, data: Any) -> Any:
    """The inverse of ``to_data`` for the model's dataclasses (unknown keys are ignored)."""
    fast = _FAST.get(cls)
    if fast is not None:
        try:
            return fast(data)
        except KeyError:  # a required field missing: let the general path raise its usual error
            pass
    kwargs = {}
    for name, convert in _field_converters(cls):
        if name in data:
            kwargs[name] = convert(data[name])
    return cls(**kwargs)


def _identity(value: Any) -> Any:
    return value


def _short_string(value: Any) -> Any:
    """Names, ids and kinds are shared (interned); long texts are unique, so left alone."""
    return intern(value) if isinstance(value, str) and len(value) < 200 else value


@lru_cache(maxsize=None)
def _field_converters(cls: type) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    hints = _hints(cls)
    return tuple((f.name, _converter(hints[f.name])) for f in dataclasses.fields(cls))


@lru_cache(maxsize=None)
def _converter(hint: Any) -> Callable[[Any], Any]:
    """A function converting plain data to ``hint``, worked out once per type hint (loading a large
    store converts millions of values; inspecting the hint each time was a sixth of the load)."""
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            inner = _converter(args[0])
            if inner is _identity:
                return lambda value: None if value is None else tuple(value)
            return lambda value: None if value is None else tuple(inner(v) for v in value)
        each = tuple(_converter(a) for a in args)
        return lambda value: None if value is None else tuple(c(v) for c, v in zip(each, value))
    if origin in (typing.Union, types.UnionType):
        for a in args:
            if a is not type(None):
                return _converter(a)
        return _identity
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return lambda value: None if value is None else from_data(hint, value)
    if hint is str:
        return _short_string
    return _identity


# Direct constructors for the types a store holds by the hundred thousand (same result as the
# general path: missing optional fields take their defaults, unknown keys are ignored). Their ids,
# kinds and names repeat endlessly (every mention of a document names it; "Honduras" is mentioned
# in most documents), and JSON decoding makes each a new string: interning shares one copy, which
# is about a third of a large corpus's memory.
_FAST: dict[type, Callable[[Any], Any]] = {
    model.Mention: lambda d: model.Mention(intern(d["document"]), intern(d["excerpt"]), d["start"], d["end"],
                                           intern(d["text"]), intern(d.get("kind", "name"))),
    model.Excerpt: lambda d: model.Excerpt(intern(d["id"]), intern(d["document"]), d["start"], d["end"], d["text"]),
    model.Evidence: lambda d: model.Evidence(intern(d["document"]), intern(d["excerpt"]), d.get("context", False)),
    model.Candidate: lambda d: _shared_candidate(
        (d["id"], d["name"], d["kind"], d["lat"], d["lon"], d.get("country", ""), d.get("population", 0),
         d.get("score", 0.0))),
}
_CANDIDATES: dict[tuple, model.Candidate] = {}


def _shared_candidate(fields: tuple) -> model.Candidate:
    """Equal candidates are one object: the same few gazetteer entries are offered in thousands of
    documents (frozen, so sharing is safe); the memo is bounded."""
    found = _CANDIDATES.get(fields)
    if found is None:
        if len(_CANDIDATES) > 50_000:
            _CANDIDATES.clear()
        found = _CANDIDATES[fields] = model.Candidate(*fields)
    return found


def analysis_to_data(analysis: DocumentAnalysis) -> dict[str, Any]:
    return to_data(analysis)


def analysis_from_data(data: dict[str, Any]) -> DocumentAnalysis:
    return from_data(DocumentAnalysis, data)


def corpus_to_dict(corpus: Corpus) -> dict[str, Any]:
    """The JSON export: documents with excerpts, places, actors, relations (see README)."""
    return {
        "documents": [
            {"id": d.id, "source": d.source, "title": d.title, "date": d.date, "year": d.year,
             "date_source": d.date_source, "format": d.format, "language": d.language,
             "excerpts": [{"id": e.id, "start": e.start, "end": e.end, "text": e.text} for e in d.excerpts]}
            for d in corpus.documents
        ],
        "places": [
            {"id": p.id, "name": p.name, "kind": p.kind, "lat": p.lat, "lon": p.lon, "geometry": p.geometry,
             "confidence": p.confidence, "country": p.country, "members": list(p.members),
             "candidates": [to_data(c) for c in p.candidates], "mentions": [_mention(m) for m in p.mentions]}
            for p in corpus.places
        ],
        "actors": [
            {"id": a.id, "name": a.name, "kind": a.kind, "aliases": list(a.aliases), "titles": list(a.titles),
             "affiliation": a.affiliation, "country": a.country, "mentions": [_mention(m) for m in a.mentions]}
            for a in corpus.actors
        ],
        "relations": [
            {"id": r.id, "source": r.source, "target": r.target, "kind": r.kind, "years": list(r.years),
             "evidence": [{"document": e.document, "excerpt": e.excerpt} for e in r.evidence]}
            for r in corpus.relations
        ],
    }


def _mention(m: model.Mention) -> dict[str, Any]:
    return {"document": m.document, "excerpt": m.excerpt, "start": m.start, "end": m.end, "text": m.text,
            "kind": m.kind}
