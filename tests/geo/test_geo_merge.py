"""Merging places across documents and applying analysts' corrections."""
from __future__ import annotations

from dataclasses import asdict

from geo.merge import merge_places
from model import Correction


def test_merge_concatenates_mentions(places_of):
    a = places_of("Honduras and Mexico met.", "a")
    b = places_of("Honduras signed.", "b")
    merged = {p.id: p for p in merge_places([a, b])}
    assert {m.document for m in merged["country:HN"].mentions} == {"a", "b"}
    assert merge_places([a, b]) == merge_places([a, b])


def test_relocate_moves_mentions(places_of):
    a = places_of("In Honduras, the program reached Colón.", "a")
    colon = next(p for p in a if p.name == "Colón")
    target = next(c for c in colon.candidates if c.country == "PA" and c.kind == "city")
    fix = Correction(1, "place", "relocate", (("place", colon.id), ("candidate", asdict(target))))
    merged = {p.id: p for p in merge_places([a], [fix])}
    assert colon.id not in merged
    assert merged[target.id].mentions == colon.mentions
    assert merged[target.id].confidence == 1.0


def test_not_a_place_drops(places_of):
    a = places_of("Honduras and Mexico met.", "a")
    fix = Correction(1, "place", "not-a-place", (("place", "country:MX"),))
    assert "country:MX" not in {p.id for p in merge_places([a], [fix])}


def test_unknown_corrections_ignored(places_of):
    a = places_of("Honduras met.", "a")
    fixes = [Correction(1, "place", "not-a-place", (("place", "country:ZZ"),)),
             Correction(2, "actor", "delete", (("id", "x"),))]
    assert merge_places([a], fixes) == merge_places([a])


def test_merged_places_get_outlines_once(places_of):
    a = places_of("Honduras and Tegucigalpa.", "a")
    b = places_of("Honduras signed.", "b")
    merged = {p.id: p for p in merge_places([a, b])}
    assert merged["country:HN"].geometry["type"] in {"Polygon", "MultiPolygon"}
    assert merged["geonames:3600949"].geometry is None
    assert [m.document for m in merged["country:HN"].mentions] == ["a", "b"]  # first-seen order kept
