"""The model to and from plain JSON-able data; the export's reference format is ``corpus_to_dict``."""
from __future__ import annotations

import dataclasses
import typing
from functools import lru_cache
from typing import Any

from corpus import model
from corpus.model import Corpus, DocumentAnalysis


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
    return typing.get_type_hints(cls, vars(model))


def from_data(cls: type, data: Any) -> Any:
    """The inverse of ``to_data`` for the model's dataclasses (unknown keys are ignored)."""
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        if f.name in data:
            kwargs[f.name] = _convert(hints[f.name], data[f.name])
    return cls(**kwargs)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is tuple:
        inner = args[0] if args else Any
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_convert(inner, v) for v in value)
        return tuple(_convert(a, v) for a, v in zip(args, value))
    if origin in (typing.Union, getattr(__import__("types"), "UnionType", None)):
        for a in args:
            if a is type(None):
                continue
            return _convert(a, value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return from_data(hint, value)
    return value


def analysis_to_data(analysis: DocumentAnalysis) -> dict[str, Any]:
    return to_data(analysis)


def analysis_from_data(data: dict[str, Any]) -> DocumentAnalysis:
    return from_data(DocumentAnalysis, data)


def corpus_to_dict(corpus: Corpus) -> dict[str, Any]:
    """The JSON export: documents with excerpts, places, actors, relations (see README)."""
    return {
        "documents": [
            {"id": d.id, "source": d.source, "title": d.title, "date": d.date, "year": d.year,
             "date_source": d.date_source, "format": d.format,
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
