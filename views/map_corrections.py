"""Corrections an analyst makes on the map, as the store's payloads (applied by geo.merge_places)."""
from __future__ import annotations

from dataclasses import asdict
from typing import Any

from model import Candidate, Place


def candidate_label(c: Candidate) -> str:
    """How an alternative reads in a picker: name, country, kind, where, and the geocoder's score."""
    where = f"{c.lat:.3f}, {c.lon:.3f}"
    country = f", {c.country}" if c.country else ""
    return f"{c.name}{country} ({c.kind}) · {where} · score {c.score:.2f}"


def alternatives(place: Place) -> list[Candidate]:
    """The geocoder's other candidates for a place (never the one already chosen)."""
    return [c for c in place.candidates if c.id != place.id]


def relocate(place: Place, candidate: Candidate) -> tuple[str, str, dict[str, Any]]:
    """(target, action, payload) to move a place to another candidate."""
    return "place", "relocate", {"place": place.id, "candidate": asdict(candidate)}


def not_a_place(place: Place) -> tuple[str, str, dict[str, Any]]:
    """(target, action, payload) to drop a false place."""
    return "place", "not-a-place", {"place": place.id}
