"""The gazetteer's data: names, curated regions, admin1, demonyms, common-word collisions."""
from __future__ import annotations

import pytest

from geo.gazetteer import norm


@pytest.mark.parametrize("text, key", [("Colón", "colon"), ("U.S.–Mexico", "u.s.-mexico"), ("  San  José ", "san jose")])
def test_norm(text, key):
    assert norm(text) == key


@pytest.mark.parametrize("name, first_id", [
    ("Honduras", "country:HN"), ("United States of America", "country:US"), ("Gracias a Dios", "admin1:HN-gracias-a-dios"),
    ("La Mosquitia", "region:la-mosquitia"), ("Central America", "region:central-america"), ("Sinaloa", "admin1:MX-sinaloa"),
])
def test_names(gaz, name, first_id):
    assert first_id in {e.id for e in gaz.candidates(name)}


@pytest.mark.parametrize("demonym, place", [("Honduran", "country:HN"), ("Salvadoran", "country:SV"), ("Guatemalans", "country:GT"),
                                            ("Central American", "region:central-america")])
def test_demonyms(gaz, demonym, place):
    assert gaz.demonyms[norm(demonym)] == place


@pytest.mark.parametrize("word", ["police", "mobile", "split", "george"])
def test_common_word_collisions_listed(gaz, word):
    assert word in gaz.common_words


def test_no_language_demonyms(gaz):
    assert "spanish" not in gaz.demonyms and "english" not in gaz.demonyms


@pytest.mark.parametrize("name, first_id", [
    ("Uttar Pradesh", "admin1:IN-uttar-pradesh"), ("Anhui", "admin1:CN-anhui"), ("KwaZulu-Natal", "admin1:ZA-kwazulu-natal"),
    ("Zamfara", "admin1:NG-zamfara-state"), ("Zamfara State", "admin1:NG-zamfara-state"),
])
def test_world_divisions_from_packaged_towns(gaz, name, first_id):
    assert first_id in {e.id for e in gaz.candidates(name)}


def test_world_division_points_near_the_division(gaz):
    from geo.gazetteer import km
    up = gaz.entries["admin1:IN-uttar-pradesh"]
    assert km(up.lat, up.lon, 26.8, 80.9) < 161 and up.radius_km > 100  # Lucknow, near its middle


def test_curated_divisions_keep_their_countries(gaz):
    # a country with a curated list (Honduras) gets no derived duplicates
    assert not [e for e in gaz.entries.values() if e.kind == "admin1" and e.country == "HN" and e.radius_km]


@pytest.mark.parametrize("name", ["Eastern Province", "Central", "Rivers", "Free", "Pool"])
def test_generic_or_word_division_names_not_indexed(gaz, name):
    assert not any(e.kind == "admin1" and not e.id.startswith("admin1:US") for e in gaz.candidates(name))


def test_division_own_town_name_reads_as_the_town(gaz):
    assert [e.kind for e in gaz.candidates("Santo Domingo")].count("admin1") == 0


def test_division_names_and_point():
    from geo.gazetteer import division_names, division_point
    assert division_names("Zamfara State") == ["Zamfara State", "Zamfara"]
    assert division_names("Eastern Province") == []
    assert division_names("Canary Islands") == ["Canary Islands"]
    lat, lon, radius = division_point([(65.0, 179.5, 10), (66.0, -179.5, 10)])  # across the antimeridian
    assert abs(lat - 65.5) < 0.01 and abs(abs(lon) - 180) < 0.01 and radius >= 25


def test_continents_at_packaged_points(gaz):
    africa = gaz.entries["region:africa"]
    assert (round(africa.lat, 2), round(africa.lon, 2)) == (7.19, 21.09)


def test_archipelago_country_point(gaz):
    from geo.gazetteer import km
    indonesia = gaz.country("ID")  # no mainland: the conventional centre, not Borneo's
    assert km(indonesia.lat, indonesia.lon, -5.0, 120.0) < 50
    us = gaz.country("US")  # a mainland: its centre, not an average with Alaska
    assert km(us.lat, us.lon, 39.8, -98.6) < 300


def test_no_place_sits_at_zero_zero():
    """Territories countryinfo gives no point (the U.S. Virgin Islands, Curaçao) are placed at their
    capital (else their largest town), never at 0°, 0°."""
    from geo.prepared import get_gazetteer

    gaz = get_gazetteer()
    assert not [e.id for e in gaz.entries.values() if abs(e.lat) < 1e-6 and abs(e.lon) < 1e-6]
    vi = gaz.entries["country:VI"]
    assert abs(vi.lat - 18.34) < 0.05 and abs(vi.lon + 64.93) < 0.05  # Charlotte Amalie, St. Thomas


@pytest.mark.parametrize("name, town", [
    ("Taxco", "Taxco de Alarcón"), ("Peribán", "Peribán de Ramos"), ("Huetamo", "Huetamo de Núñez"),
    ("Tlacolula", "Tlacolula de Matamoros"), ("Lázaro Cárdenas", "Ciudad Lázaro Cárdenas"),
    ("Miguel Alemán", "Ciudad Miguel Alemán"), ("Coalcomán", "Coalcomán de Vázquez Pallares"),
])
def test_a_mexican_town_is_found_without_the_person_it_honours(name, town):
    from geo.gazetteer import norm
    from geo.prepared import get_gazetteer
    gaz = get_gazetteer()
    assert gaz.key_candidates(norm(name))[0].name == town


def test_a_small_town_of_the_very_name_stays_beside_a_bigger_towns_short_form():
    from geo.gazetteer import norm
    from geo.prepared import get_gazetteer
    found = get_gazetteer().key_candidates(norm("Tamazula"))
    assert found[0].name == "Tamazula de Gordiano"  # Jalisco's, the largest
    assert any(e.name == "Tamazula" and e.lon < -106 for e in found)  # and the Durango–Sinaloa one, for context


@pytest.mark.parametrize("name, town", [("Cotzal", "San Juan Cotzal"), ("Carchá", "San Pedro Carchá"),
                                        ("Chamelco", "San Juan Chamelco")])
def test_a_guatemalan_town_is_found_without_its_saint(name, town):
    from geo.gazetteer import norm
    from geo.prepared import get_gazetteer
    assert get_gazetteer().key_candidates(norm(name))[0].name == town


@pytest.mark.parametrize("name", ["Oriente", "Maya", "Sacatepéquez"])  # San Rafael Oriente; a people; a department
def test_a_saints_town_lends_no_word_or_division_name(name):
    from geo.gazetteer import norm
    from geo.prepared import get_gazetteer
    assert all(not e.name.startswith(("San ", "Santa ")) for e in get_gazetteer().key_candidates(norm(name)))


@pytest.mark.parametrize("name", ["Ojo", "Tres", "Valle", "Plan"])  # Ojo de Agua, Tres de Mayo, Valle de Bravo
def test_a_generic_word_opening_a_town_name_is_no_name_of_it(name):
    from geo.gazetteer import norm
    from geo.prepared import get_gazetteer
    assert all(e.country != "MX" or e.kind != "city" for e in get_gazetteer().key_candidates(norm(name)))


def test_a_town_of_a_state_keeps_the_state_and_a_big_namesake_keeps_its_name():
    from geo.gazetteer import norm
    from geo.prepared import get_gazetteer
    gaz = get_gazetteer()
    assert all(e.name != "Ojuelos de Jalisco" for e in gaz.key_candidates(norm("Ojuelos")))  # "of Jalisco"
    assert all(e.name != "Santiago de Querétaro" for e in gaz.key_candidates(norm("Santiago")))
    assert all(e.name != "Lagos de Moreno" for e in gaz.key_candidates(norm("Lagos")))  # Lagos, Nigeria is bigger


def test_a_mexican_town_is_found_by_its_everyday_name_without_the_honour():
    from geo.gazetteer import _everyday_names_mx
    assert _everyday_names_mx("Silao de la Victoria") == ["Silao"]
    assert _everyday_names_mx("Heroica Ciudad de Juchitán de Zaragoza") == ["Juchitán de Zaragoza", "Juchitán"]
    assert _everyday_names_mx("Papantla de Olarte") == ["Papantla"]
    assert _everyday_names_mx("Mineral de Angangueo") == ["Angangueo"]
    assert _everyday_names_mx("Ciudad de México") == []  # not "México"
    from geo.gazetteer import norm
    from geo.prepared import get_gazetteer
    gaz = get_gazetteer()
    assert any(gaz.entries[e].country == "MX" for e, _ in gaz.index.get(norm("Silao"), ()))


def test_a_mexican_town_is_found_without_its_ciudad_de_or_its_patron_feast():
    """GeoNames holds "Ciudad de Huajuapan de León" and "Asunción Nochixtlán"; the press writes "Huajuapan de León"
    and "Nochixtlán"."""
    from geo.gazetteer import _everyday_names_mx
    assert _everyday_names_mx("Ciudad de Huajuapan de León") == ["Huajuapan de León"]
    from geo.prepared import get_gazetteer
    gaz = get_gazetteer()
    for name in ("Huajuapan de León", "Nochixtlán"):
        assert any(e.country == "MX" and e.admin1 for e in gaz.candidates(name)), name


def test_a_large_mexican_city_named_after_a_general_is_found_by_his_surname():
    from geo.prepared import get_gazetteer
    escobedo = get_gazetteer().candidates("Escobedo")
    assert escobedo and escobedo[0].country == "MX" and abs(escobedo[0].lat - 25.8) < 0.2  # Nuevo León's
    assert not any(e.name == "General Bravo" for e in get_gazetteer().candidates("Bravo"))  # a small one keeps its rank


def test_a_municipality_named_after_its_seat_is_drawn_at_the_town():
    from geo.prepared import get_gazetteer

    acandi = [e for e in get_gazetteer().candidates("Acandí") if e.country == "CO"]
    assert acandi and all(abs(e.lat - 8.51) < 0.05 and abs(e.lon + 77.28) < 0.05 for e in acandi)


@pytest.mark.parametrize("name, country", [("Key Largo", "US"), ("Gila Bend", "US")])
def test_a_town_whose_name_opens_with_a_first_name_is_in_the_small_town_tier(name, country):
    from geo.prepared import get_gazetteer
    gaz = get_gazetteer()
    found = gaz.key_candidates(norm(name))
    assert any(e.country == country and e.id in gaz.needs_anchor for e in found)  # read only near located places


def test_a_one_word_first_name_is_a_small_town_only_with_its_division_written():
    from geo.prepared import get_gazetteer
    gaz = get_gazetteer()
    towns = [e for e in gaz.key_candidates(norm("Anthony")) if e.id.startswith("small:")]
    assert towns and all(e.id in gaz.needs_qualifier for e in towns)


@pytest.mark.parametrize("name, country", [("Zoogocho", "MX"), ("San Antonio del Sur", "CU")])
def test_a_town_geonames_counts_no_people_for_is_a_small_town(name, country):
    from geo.prepared import get_gazetteer
    gaz = get_gazetteer()
    assert any(e.country == country and e.id in gaz.needs_anchor for e in gaz.key_candidates(norm(name)))



@pytest.mark.parametrize("name, state", [("Jeanerette", "LA"), ("Lumpkin", "GA"), ("Champlain", "NY")])
def test_a_small_town_of_an_inland_state_is_read_only_with_its_state(name, state):
    from geo.prepared import get_gazetteer
    gaz = get_gazetteer()
    found = [e for e in gaz.key_candidates(norm(name)) if e.country == "US" and e.admin1 == state]
    assert found and all(e.id in gaz.needs_qualifier and e.id in gaz.needs_anchor for e in found)
    # the border states' keep being read near a place the document locates
    assert not any(e.id in gaz.needs_qualifier for e in gaz.key_candidates(norm("Gila Bend")))


@pytest.mark.parametrize("name, country", [("Cahuita", "CR"), ("El Real de Santa María", "PA")])
def test_a_central_american_town_of_500_to_999_people_is_a_small_town(name, country):
    from geo.prepared import get_gazetteer
    gaz = get_gazetteer()
    assert any(e.country == country and e.id in gaz.needs_anchor for e in gaz.key_candidates(norm(name)))


@pytest.mark.parametrize("written", ["St. Michael", "St Michael", "Saint Michael"])
def test_a_derived_division_is_found_by_its_everyday_saint_forms(written):
    from geo.gazetteer import norm
    from geo.prepared import get_gazetteer
    gaz = get_gazetteer()
    assert any(e.country == "BB" and e.kind == "admin1" for e in gaz.key_candidates(norm(written)))
