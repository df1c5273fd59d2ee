"""merge_places: one Place per gazetteer id across documents, with the analyst's corrections applied.

Corrections are stored and re-applied on every analysis, so they key on stable gazetteer ids:
"relocate" moves a place's mentions to another candidate, "not-a-place" drops it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, replace
from typing import Any

from geo.shapes import geometry
from model import Candidate, Correction, Mention, Place

_CANDIDATE_FIELDS = {f.name for f in fields(Candidate)}


def _combine(a: Place, b: Place) -> Place:
    seen = set(a.mentions)
    mentions = a.mentions + tuple(m for m in b.mentions if m not in seen)
    known = {c.id for c in a.candidates}
    candidates = a.candidates + tuple(c for c in b.candidates if c.id not in known)
    return replace(a, mentions=mentions, candidates=candidates, confidence=max(a.confidence, b.confidence))


def _candidate(data: Any) -> Candidate:
    if isinstance(data, Candidate):
        return data
    return Candidate(**{k: v for k, v in dict(data).items() if k in _CANDIDATE_FIELDS})


def _relocate(place: Place, target: Candidate) -> Place:
    """The same mentions, now pointing at the analyst's choice (confidence 1: a human decided)."""
    others = tuple(c for c in place.candidates if c.id != target.id)
    kept = Candidate(place.id, place.name, place.kind, place.lat, place.lon, place.country)
    return Place(id=target.id, name=target.name, kind=target.kind, lat=target.lat, lon=target.lon,
                 geometry=geometry(target.id), confidence=1.0, mentions=place.mentions,
                 candidates=(kept,) + others, country=target.country)


def apply_corrections(places: dict[str, Place], corrections: Sequence[Correction]) -> dict[str, Place]:
    """Apply place corrections in id order; unknown places and other targets are ignored."""
    out = dict(places)
    for c in sorted(corrections, key=lambda c: c.id):
        if c.target != "place":
            continue
        data = c.data
        place = out.get(str(data.get("place", "")))
        if place is None:
            continue
        if c.action == "not-a-place":
            del out[place.id]
        elif c.action == "relocate" and data.get("candidate"):
            moved = _relocate(place, _candidate(data["candidate"]))
            del out[place.id]
            out[moved.id] = _combine(out[moved.id], moved) if moved.id in out else moved
    return out


def merge_places(per_document: Sequence[tuple[Place, ...]], corrections: Sequence[Correction] = ()) -> tuple[Place, ...]:
    """Same-id places merged (mentions concatenated), corrections applied, sorted by name then id."""
    return correct_places(merged_places(per_document), corrections)


def correct_places(merged: Sequence[Place], corrections: Sequence[Correction]) -> tuple[Place, ...]:
    """``merged_places`` with the analyst's corrections applied, sorted by name then id: the last step of
    ``merge_places``, which a store repeats on its saved merge when only the corrections changed."""
    out = apply_corrections({p.id: p for p in merged}, corrections)
    return tuple(sorted(out.values(), key=lambda p: (p.name.lower(), p.id)))


def merged_places(per_document: Sequence[tuple[Place, ...]]) -> tuple[Place, ...]:
    """Same-id places merged, before any correction (in the order first seen).

    One pass per place id (ordered unions in dicts), so a place named in every document costs its
    mentions once, not once per document. Outlines are attached here, once per merged place: the
    per-document places do not carry them (they would be stored with every document).
    """
    first: dict[str, Place] = {}
    mentions: dict[str, dict[Mention, None]] = {}
    candidates: dict[str, dict[str, Candidate]] = {}
    confidence: dict[str, float] = {}
    for places in per_document:
        for p in places:
            if p.id not in first:
                first[p.id], mentions[p.id], candidates[p.id], confidence[p.id] = p, {}, {}, p.confidence
            mentions[p.id].update(dict.fromkeys(p.mentions))
            known = candidates[p.id]
            for c in p.candidates:
                known.setdefault(c.id, c)
            if p.confidence > confidence[p.id]:
                confidence[p.id] = p.confidence
    return tuple(replace(p, mentions=tuple(mentions[i]), candidates=tuple(candidates[i].values()),
                         confidence=confidence[i], geometry=p.geometry or geometry(i))
                 for i, p in first.items())
