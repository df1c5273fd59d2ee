"""Curated municipal seats (data/gazetteer/municipalities_*.json): El Salvador's 262 municipalities, the Dominican
Republic's 158 municipalities and 235 municipal districts, Haiti's 146 communes and Belize's towns and villages,
whose towns GeoNames mostly lacks, read as towns of their division; a name held elsewhere only beside its division."""
from __future__ import annotations

import json
from collections import Counter

import pytest
from geo_helpers import make_document

from geo.finder import find_places
from geo.gazetteer import DATA_DIR

SEATS = json.loads((DATA_DIR / "municipalities_sv.json").read_text(encoding="utf-8"))
OFFICIAL = {"Ahuachapán": 12, "Santa Ana": 13, "Sonsonate": 16, "Chalatenango": 33, "La Libertad": 22,
            "San Salvador": 19, "Cuscatlán": 16, "La Paz": 22, "Cabañas": 9, "San Vicente": 13, "Usulután": 23,
            "San Miguel": 20, "Morazán": 26, "La Unión": 18}


def test_the_file_lists_every_municipality_inside_the_country():
    rows = SEATS["municipalities"]
    assert Counter(r["department"] for r in rows) == OFFICIAL and len(rows) == 262
    assert len({(r["name"], r["department"]) for r in rows}) == 262
    assert all(13.1 <= r["lat"] <= 14.5 and -90.2 <= r["lon"] <= -87.6 for r in rows)


@pytest.mark.parametrize("cc, total, box", [
    ("do", 393, (17.4, 20.0, -72.1, -68.3)), ("ht", 150, (17.9, 20.1, -74.5, -71.6)),
    ("bz", 127, (15.8, 18.5, -89.3, -87.4)), ("tt", 158, (10.0, 11.4, -61.95, -60.5)),
    ("bs", 126, (20.8, 27.4, -79.4, -72.6)), ("gy", 88, (1.1, 8.6, -61.4, -56.4)),
])
def test_each_file_is_well_formed_and_inside_its_country(cc, total, box):
    from geo.prepared import get_gazetteer

    rows = json.loads((DATA_DIR / f"municipalities_{cc}.json").read_text(encoding="utf-8"))["municipalities"]
    assert len(rows) == total and len({(r["name"], r["department"]) for r in rows}) == total
    assert all(box[0] <= r["lat"] <= box[1] and box[2] <= r["lon"] <= box[3] for r in rows)
    seats = [e for e in get_gazetteer().entries.values() if e.id.startswith(f"seat:{cc.upper()}-")]
    assert seats and all(e.admin1 for e in seats)  # each seat takes its division's code


def places(text: str) -> dict:
    document, tokens = make_document(text)
    return {p.name: p for p in find_places(document, tokens)}


@pytest.mark.parametrize("text, name, lat, lon", [
    ("The grant supports coffee growers in Ilobasco, Cabañas, El Salvador.", "Ilobasco", 13.84, -88.85),
    ("In El Salvador, the project reaches Perquín and Arambala, in Morazán.", "Perquín", 13.96, -88.16),
    ("Returnees were received in San Salvador and resettled in Tamanique, La Libertad.", "Tamanique", 13.60, -89.42),
    ("Gangs from Cité Soleil and Tabarre attacked police posts in Port-au-Prince, Haiti.", "Cité Soleil", 18.58, -72.33),
    ("Flooding reached Los Alcarrizos, west of Santo Domingo, Dominican Republic.", "Los Alcarrizos", 18.52, -70.02),
    ("Troops patrolled the western border at Benque Viejo del Carmen, Cayo District, Belize.",
     "Benque Viejo", 17.07, -89.14),
    ("Use only established marinas in Chaguaramas, Trinidad and Tobago.", "Chaguaramas", 10.68, -61.64),
    ("Smugglers land at Icacos and Cedros, on Trinidad's south-western peninsula, across from Venezuela, in Trinidad "
     "and Tobago.", "Icacos", 10.07, -61.92),
    ("The storm flooded Deadman's Cay on Long Island, The Bahamas.", "Deadman's Cay", 23.2, -75.1),
    ("Smugglers cross from Venezuela into Guyana's interior near Port Kaituma.", "Port Kaituma", 7.73, -59.88),
])
def test_a_municipal_seat_geonames_lacks_is_read(text, name, lat, lon):
    found = [p for p in places(text).values() if p.name.startswith(name)]  # GeoNames: "Benque Viejo el Carmen"
    assert found and abs(found[0].lat - lat) < 0.05 and abs(found[0].lon - lon) < 0.05, found


def test_a_form_the_file_gives_names_the_geonames_town():
    """GeoNames has "Bajos de Haina"; the port is written "Haina"."""
    found = places("Containers were unloaded at the port of Haina, near Santo Domingo, Dominican Republic.")
    point = next(p for p in found.values() if "Haina" in p.name)
    assert point.country == "DO" and abs(point.lat - 18.42) < 0.05


def test_a_seat_named_like_towns_elsewhere_is_read_beside_its_department():
    found = places("In El Salvador, the foundation works around La Palma and Nueva Concepción, in Chalatenango.")
    assert found["La Palma"].country == "SV", sorted((p.name, p.country) for p in found.values())


def test_a_seat_named_like_towns_elsewhere_is_not_read_from_another_countrys_text():
    found = places("Guatemala accepts returns by land from Mexico through El Carmen and Tecún Umán. "
                   "El Salvador and Honduras signed similar agreements.")
    assert all(p.country != "SV" for p in found.values() if p.name == "El Carmen"), \
        sorted((p.name, p.country) for p in found.values())


def test_comalapa_air_base_is_the_airport_not_the_chalatenango_town():
    found = places("Maritime patrol aircraft fly from the Comalapa Cooperative Security Location in El Salvador.")
    point = next(p for p in found.values() if "Comalapa" in p.name)
    assert abs(point.lat - 13.44) < 0.05 and abs(point.lon + 89.06) < 0.05


def test_the_national_district_is_santo_domingo():
    found = places("Floods hit the National District and Santo Domingo Norte, Dominican Republic.")
    assert any(p.country == "DO" and abs(p.lat - 18.47) < 0.05 for p in found.values()), sorted(found)
    assert "National District" not in {p.name for p in found.values() if p.country != "DO"}


def test_a_curated_town_of_one_reading_locates_its_held_neighbours():
    """ "around Crown Point, Buccoo and Scarborough": Buccoo, a town only Tobago has, places the Crown Point beside it
    in Tobago, not Crown Point, Indiana."""
    found = places("PORT OF SPAIN, Trinidad and Tobago – Tobago has less violent crime than Trinidad, but thefts from "
                   "tourists and home invasions of rental villas have been reported around Crown Point, Buccoo and "
                   "Scarborough.")
    assert "Crown Point" in found and found["Crown Point"].country == "TT", found.get("Crown Point")


LOCALITY_FILES = sorted(DATA_DIR.glob("localities_*.json"))


@pytest.mark.parametrize("path", LOCALITY_FILES, ids=lambda p: p.stem)
def test_each_localities_file_is_well_formed_and_its_places_indexed(path):
    """Villages, resort towns and neighbourhoods below GeoNames' 1,000 people, read as the curated seats are."""
    from geo.prepared import get_gazetteer

    data = json.loads(path.read_text(encoding="utf-8"))
    rows = data["municipalities"]
    assert data["_source"].strip() and rows
    assert all({"name", "department", "lat", "lon"} <= set(r) <= {"name", "department", "lat", "lon", "aliases"}
               for r in rows)
    assert all(-60 <= r["lat"] <= 75 and -170 <= r["lon"] <= -30 for r in rows)
    gaz = get_gazetteer()
    missing = [r["name"] for r in rows if not gaz.candidates(r["name"])]
    assert len(missing) <= len(rows) // 4, missing  # a few left out: a first name or an everyday word


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Gangs control La Limonada and El Gallito in Guatemala City, Guatemala.", "La Limonada", 14.63, -90.50),
    ("Police patrolled Barrio Logan in San Diego, California.", "Barrio Logan", 32.70, -117.15),
    ("Storm surge hit Treasure Beach in St. Elizabeth, Jamaica.", "Treasure Beach", 17.89, -77.76),
])
def test_a_curated_locality_is_found_beside_its_division(text, name, lat, lon):
    found = places(text)
    assert name in found, sorted(found)
    assert abs(found[name].lat - lat) < 0.1 and abs(found[name].lon - lon) < 0.1
