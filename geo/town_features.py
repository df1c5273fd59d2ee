"""Waters named after the town on their shore: "the Choloma River", "Lake Amatitlán", "Trujillo Bay", "Kingston
Harbour". The gazetteer lists few such features, and the finder rightly reads "Choloma River" as no mention of the
town. Where the document locates a place near that town, the feature is drawn at the town, as a
feature of its own, with the confidence of an approximate point: a river or a bay named after a town runs past it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from geo.gazetteer import Entry, Gazetteer, km, norm
from geo.resolve import NEAR_KM
from model import Document, Mention, Place

_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’.-]*(?: [A-ZÁÉÍÓÚÑ][\w'’.-]*){0,2}"
HEADS = ("River", "Lake", "Lagoon", "Bay", "Harbour", "Harbor")
# "<town> River", and "Lake <town>", "Bay of <town>"
_AFTER = re.compile(rf"\b({_NAME}) ({'|'.join(HEADS)})\b")
_BEFORE = re.compile(rf"\b(Lake|Bay of|Lagoon of) ({_NAME})\b")
TOWN_FEATURE_CONFIDENCE = 0.5  # the town's point, not the feature's own


def _town(gaz: Gazetteer, name: str, located: Sequence[tuple[float, float]]) -> Entry | None:
    """The town of that name near a place the document locates (the largest of them)."""
    readings = gaz.key_candidates(norm(name))
    towns = [e for e in readings if e.kind == "city"]
    if not towns or any(e.kind in ("country", "admin1", "region", "feature") for e in readings):
        return None  # a division's or a country's river may run anywhere in it
    # near a place the document locates: its country named is not enough ("Pearl Lagoon" in Nicaragua is no
    # lagoon of Pearl, Mississippi, though the release names the United States)
    near = [e for e in towns if any(km(e.lat, e.lon, lat, lon) <= NEAR_KM for lat, lon in located)]
    return max(near, key=lambda e: e.population) if near else None


def town_features(document: Document, gaz: Gazetteer, places: Sequence[Place]) -> list[Place]:
    """Features named after a town, not already found as places (their text spans taken by no other mention)."""
    text = document.text
    found = []
    for m in _AFTER.finditer(text):  # the name's last words: "The Choloma River" is Choloma's
        words = m.group(1).split(" ")
        for i in range(len(words)):
            name = " ".join(words[i:])
            found.append((m.start(1) + len(m.group(1)) - len(name), m.end(), name, f"{name} {m.group(2)}"))
    for m in _BEFORE.finditer(text):  # the name's first words: "Lake Amatitlán Basin" is Amatitlán's lake
        words = m.group(2).split(" ")
        for i in range(len(words), 0, -1):
            name = " ".join(words[:i])
            found.append((m.start(), m.start(2) + len(name), name, f"{m.group(1)} {name}"))
    if not found:
        return []
    taken = [(x.start, x.end) for p in places for x in p.mentions]
    located = [(p.lat, p.lon) for p in places if p.kind in ("city", "admin1")]
    out: dict[str, tuple[Entry, str, list[Mention]]] = {}
    for start, end, name, phrase in found:  # longer names first, each match's
        if any(s < end and start < e for s, e in taken) or gaz.index.get(norm(phrase)):
            continue  # a feature the gazetteer knows ("Tijuana River": the finder has judged it), part of a longer
            # place name, or taken
        town = _town(gaz, name, located)
        if town is None:
            continue
        pid = f"town-feature:{town.id}:{phrase.replace(name, '').strip().lower()}"
        ex = document.excerpt_at(start)
        mention = Mention(document.id, ex.id if ex else "", start, end, phrase, "name")
        out.setdefault(pid, (town, phrase, []))[2].append(mention)
        taken.append((start, end))
    return [Place(id=pid, name=phrase, kind="feature", lat=town.lat, lon=town.lon,
                  confidence=TOWN_FEATURE_CONFIDENCE, mentions=tuple(mentions), country=town.country)
            for pid, (town, phrase, mentions) in out.items()]
