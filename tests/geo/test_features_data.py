"""The curated features file (data/gazetteer/features.json): well formed, no clashes with regions.json or
with everyday words, every name able to match, and its entries found in text as the places they are."""
from __future__ import annotations

import json
import re

import pytest
from geo_helpers import make_document

from geo.context import PARTICLES
from geo.finder import find_places
from geo.gazetteer import DATA_DIR, norm

FEATURES = json.loads((DATA_DIR / "features.json").read_text(encoding="utf-8"))
REGIONS = json.loads((DATA_DIR / "regions.json").read_text(encoding="utf-8"))
PLACES = FEATURES["places"]
REQUIRED = {"id": str, "name": str, "kind": str, "lat": float, "lon": float}
OPTIONAL = {"country": str, "aliases": list, "requires": str, "case": str, "shared_name": bool, "reaches": list}
COMMON = {line.split()[0] for line in (DATA_DIR / "common_words.txt").read_text().splitlines()
          if line and not line.startswith("#")}


def names(place: dict) -> list[str]:
    return [place["name"]] + place.get("aliases", [])


def test_schema():
    assert set(FEATURES) == {"_doc", "places"} and isinstance(FEATURES["_doc"], str) and len(PLACES) >= 300
    for p in PLACES:
        assert set(REQUIRED) <= set(p) <= set(REQUIRED) | set(OPTIONAL), p
        for key, kind in (REQUIRED | OPTIONAL).items():
            if key in p:
                assert isinstance(p[key], kind) and (kind is not str or p[key].strip() == p[key] != ""), (p["id"], key)
        assert p["kind"] in ("feature", "region") and re.fullmatch(rf"{p['kind']}:[a-z0-9]+(-[a-z0-9]+)*", p["id"]), p["id"]
        assert all(isinstance(a, str) and a.strip() == a != "" for a in p.get("aliases", [])), p["id"]
        assert p.get("case", "any") == "any", p["id"]
        for key in ("country", "requires"):
            assert re.fullmatch(r"[A-Z]{2}", p.get(key, "XX")), (p["id"], key)


def test_country_codes_are_gazetteer_countries(gaz):
    # resolve.rank looks the required country up by its code: an unknown code would fail there
    for p in PLACES:
        for key in ("country", "requires"):
            if key in p:
                assert gaz.country(p[key]) is not None, (p["id"], p[key])


def test_ids_unique_across_regions_and_features():
    ids = [p["id"] for p in REGIONS["places"] + PLACES]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_points_within_the_americas():
    outside = [p["id"] for p in PLACES if not (-60 <= p["lat"] <= 75 and -170 <= p["lon"] <= -30)]
    assert not outside


def test_no_name_given_twice():
    """Within the file, and against regions.json: one curated entry per spelling (accents and case folded,
    as the index folds them), so two curated entries never compete for a name; except two real features of one
    name in two countries, each marked ``shared_name`` (the Bridge of the Americas in El Paso and over the Panama
    Canal), which the document's places tell apart."""
    seen: dict[str, str] = {}
    shared = {p["id"] for p in PLACES if p.get("shared_name")}
    for p in REGIONS["places"]:
        for n in names(p):
            seen.setdefault(norm(n), p["id"])
    clashes = []
    for p in PLACES:
        own = [norm(n) for n in names(p)]
        clashes += [(p["id"], k) for k in own if own.count(k) > 1]
        for k in set(own):
            if k in seen and not (p["id"] in shared and seen[k] in shared):
                clashes.append((p["id"], k, seen[k]))
            seen[k] = p["id"]
    assert not clashes
    assert len(shared) == 2


def test_everyday_words_need_a_required_country():
    """A feature is 'famous' to the finder, so a single-word name that is also an everyday English word
    (common_words.txt) would be taken as the place wherever it appears: such a name needs ``requires``."""
    bad = [(p["id"], n) for p in PLACES if "requires" not in p for n in names(p) if norm(n) in COMMON]
    assert not bad


def test_every_name_can_match():
    """A name with a lower-case word other than a particle ("Otay Mesa crossing") never passes the
    finder's case check unless its entry has case 'any': such an alias would be dead weight."""
    def fails(n: str) -> bool:
        words = n.replace("-", " ").split()
        return not n[:1].isupper() or any(w[:1].islower() and w.lower() not in PARTICLES and w.isalpha() for w in words)
    dead = [(p["id"], n) for p in PLACES if p.get("case") != "any" for n in names(p) if fails(n)]
    assert not dead


def test_features_are_indexed(gaz):
    for p in PLACES:
        for n in names(p):
            assert p["id"] in {e.id for e in gaz.candidates(n)}, (p["id"], n)
        assert gaz.requires.get(p["id"]) == p.get("requires")


def _ids(text: str, lang: str = "en") -> set[str]:
    doc, tokens = make_document(text, "d1", lang)
    return {p.id for p in find_places(doc, tokens)}


@pytest.mark.parametrize("text, expected", [
    ("Border Patrol agents apprehended a large group near Lukeville, Arizona.", "feature:lukeville-port-of-entry"),
    ("CBP reopened the San Ysidro port of entry between Tijuana and San Diego.", "feature:san-ysidro-port-of-entry"),
    ("Asylum seekers crossed into Canada at Roxham Road, south of Montreal.", "feature:roxham-road"),
    ("Trucks waited at the World Trade Bridge in Laredo, Texas.", "feature:world-trade-bridge"),
    ("Migrants left Necoclí for the Darién and reached Bajo Chiquito in Panama.", "feature:bajo-chiquito"),
    ("Drought in the Dry Corridor of Honduras and Guatemala cut harvests.", "region:dry-corridor"),
    ("Deforestation in the Maya Biosphere Reserve in Guatemala continued.", "feature:maya-biosphere-reserve"),
    ("Venezuela renewed its claim to the Essequibo region of Guyana.", "region:essequibo"),
    ("The eruption of Volcán de Fuego in Guatemala displaced thousands.", "feature:volcan-de-fuego"),
    ("Low water in Gatún Lake limited transits of the Panama Canal.", "feature:gatun-lake"),
    ("The Port of Caldera in Costa Rica handled the cargo.", "feature:port-of-caldera"),
    ("Ships called at Caldera, on Costa Rica's Pacific coast.", "feature:port-of-caldera"),
    ("Hurricane winds battered Bávaro and Juan Dolio on the Dominican Republic's coast.", "feature:juan-dolio"),
    ("Water levels at El Cuchillo Dam, which supplies Monterrey, Mexico, fell below 10 percent.",
     "feature:el-cuchillo-dam"),
    ("The Liza field off Guyana produced its first oil.", "feature:liza-field"),
    ("CBP officers at Cross Border Xpress in San Diego seized fentanyl.", "feature:cross-border-xpress"),
])
def test_found_in_text(text, expected):
    assert expected in _ids(text)


def test_spanish_lower_case_generic_words():
    # Spanish writes "el lago de Izabal", "el río Motagua": entries of case 'any' match such forms
    assert "feature:lake-izabal" in _ids("La pesca en el lago de Izabal, en Guatemala, se redujo.", "es")


def test_required_country_keeps_a_namesake_out():
    # "Caldera" is also a town in Chile: without Costa Rica in the text, the port is no candidate
    assert "feature:port-of-caldera" not in _ids("The copper left from Caldera, in northern Chile.")


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Migrants crossed the Rio Grande near Brownsville, Texas, from Matamoros.", "Rio Grande", 25.9, -97.5),
    ("The Colorado River delivers less water to Yuma, Arizona.", "Colorado River", 32.7, -114.6),
    ("Agents patrolled the Rio Grande.", "Rio Grande", 29.5, -101.5),  # no town: the river's own point
    # an ocean is drawn off the coast the story is on, not at one point thousands of km away
    ("The plant in Tijuana discharges sewage to the Pacific Ocean south of the border.", "Pacific Ocean", 32.0, -119.5),
    ("Boats left Puerto San José, Guatemala, for the Pacific Ocean.", "Pacific Ocean", 12.5, -90.0),
    ("Sargassum from the Atlantic Ocean reached Miami, Florida.", "Atlantic Ocean", 31.0, -77.0),
])
def test_a_long_river_is_drawn_at_its_reach_nearest_the_towns_named(text, name, lat, lon):
    doc, tokens = make_document(text, "d1", "en")
    river = next(p for p in find_places(doc, tokens) if p.name == name)
    assert abs(river.lat - lat) < 0.2 and abs(river.lon - lon) < 0.2, river
    assert river.id.startswith(("feature:rio-grande", "feature:colorado-river", "feature:pacific-ocean",
                                "feature:atlantic-ocean"))  # "@n" for a reach of its own


def test_reaches_are_points_in_the_americas():
    for p in PLACES + REGIONS["places"]:
        for lat, lon in p.get("reaches", ()):
            assert -60 <= lat <= 75 and -170 <= lon <= -30, p["id"]
