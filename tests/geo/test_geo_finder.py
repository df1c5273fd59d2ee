"""Finding places in text: datelines, aliases, demonyms, traps that are not places."""
from __future__ import annotations

import pytest
from geo_helpers import make_document

from geo.finder import find_places
from geo.merge import merge_places


def ids(places):
    return {p.id for p in places}


@pytest.mark.parametrize("text, expected", [
    ("WASHINGTON – Today the Secretary met his counterpart.", {"geonames:4140963"}),
    ("TEGUCIGALPA, Honduras — The embassy opened.", {"geonames:3600949", "country:HN"}),
    ("The talks took place in Washington, D.C. last week.", {"geonames:4140963"}),
    ("The Secretary returned to Washington, D.C. Earlier he was in Mexico.", {"geonames:4140963", "country:MX"}),
    ("They met on Avenida Reforma in Guatemala City.", {"geonames:3598132"}),
    ("Aid reached the departments of Huehuetenango and San Marcos in Guatemala.", {"admin1:GT-san-marcos"}),
    ("The U.S. and Honduras signed it.", {"country:US", "country:HN"}),
    ("Aid from the US reached Guatemala.", {"country:US", "country:GT"}),
    ("America stands with its partners in Mexico.", {"country:US", "country:MX"}),
    ("The U.S.-Honduras dialogue continued.", {"country:US", "country:HN"}),
    ("Leaders of El Salvador, Guatemala and Honduras met.", {"country:SV", "country:GT", "country:HN"}),
    ("Violence in the Northern Triangle fell.", {"region:northern-triangle"}),
    ("Migrants crossed the southern border.", {"region:us-mexico-border"}),
    ("Flights from San Pedro Sula and La Ceiba resumed.", {"geonames:3601782", "geonames:3608248"}),
    ("Economic growth in Central America slowed.", {"region:central-america"}),
    ("Projects on the North Atlantic coast of Honduras.", {"region:honduras-north-coast"}),
    ("In Honduras, storms hit the North Atlantic coast.", {"region:honduras-north-coast", "country:HN"}),
])
def test_finds(places_of, text, expected):
    assert expected <= ids(places_of(text))


@pytest.mark.parametrize("text, forbidden", [
    ("The Sinaloa Cartel moved cocaine.", {"admin1:MX-sinaloa"}),
    ("Countries signed the Los Angeles Declaration on Migration.", {"geonames:5368361"}),
    ("The Honduran National Police arrested him.", {"country:HN"}),
    ("George Washington crossed a river.", {"geonames:4140963"}),
    ("Police arrested five people.", {"geonames:3088461"}),
    ("Mobile phones were seized.", {"geonames:4076598"}),
    ("Split the difference, said the Department of State.", set()),
    ("He banked with the Bank of America.", {"country:US"}),
    ("President Otto Pérez Molina spoke.", set()),
    ("Juan Carlos Bonilla, a/k/a \"El Tigre,\" was charged.", set()),
    ("Members of the Organization of American States met.", {"country:US"}),
    ("The Cartel de Sinaloa and the Tren de Aragua.", {"admin1:MX-sinaloa"}),
    ("Officials at the White House said so.", set()),
])
def test_rejects(places_of, text, forbidden):
    found = places_of(text)
    assert not (forbidden & ids(found))
    assert all(p.kind != "city" or p.id not in forbidden for p in found)


@pytest.mark.parametrize("text, forbidden_names", [
    ("Police arrested five people.", {"Police"}),
    ("President Otto Pérez Molina spoke.", {"Molina"}),
    ("Juan Carlos Bonilla, a/k/a \"El Tigre,\" was charged.", {"El Tigre"}),
    ("Officials at the White House said so.", {"Casablanca"}),
    ("Talks on Avenida Reforma ended.", {"Reforma"}),
    ("- Tobin Bradley, U.S. Ambassador to Guatemala;", {"Bradley"}),
    ("- Francisco O. Mora, U.S. Permanent Representative;", {"Mora"}),
    ("Juan González, Senior Director for the Western Hemisphere, spoke.", {"Western Hemisphere"}),
    ("The Bureau of Western Hemisphere Affairs said.", {"Western Hemisphere"}),
    ("The Act was signed.", {"Australian Capital Territory"}),
    ("Minister of Justice and Public Security Rogelio Rivas met the Director.", {"Rivas"}),
    ("Gang members on Long Island were charged.", {"Iceland"}),
    ('Fighting broke out between the sons of Joaquín "El Chapo" Guzmán and Ismael "El Mayo" Zambada.',
     {"El Chapo", "El Mayo"}),
])
def test_no_false_places(places_of, text, forbidden_names):
    assert not {p.name for p in places_of(text)} & forbidden_names


def test_mention_kinds_and_offsets(places_of):
    text = "WASHINGTON – Hondurans and the Honduran government met in Honduras."
    doc, tokens = make_document(text)
    places = {p.id: p for p in find_places(doc, tokens)}
    assert places["geonames:4140963"].mentions[0].kind == "dateline"
    hn = places["country:HN"]
    assert sorted(m.kind for m in hn.mentions) == ["demonym", "demonym", "name"]
    for m in hn.mentions:
        assert text[m.start:m.end] == m.text
        assert m.excerpt == "d1:0" and m.document == "d1"


def test_demonym_alone_is_not_a_place(places_of):
    assert "country:EC" not in ids(places_of("Ecuadorian migrants arrived."))
    doc, tokens = make_document("Ecuadorian migrants arrived.")
    assert "country:EC" in ids(find_places(doc, tokens, demonym_only=True))


def test_mobile_alabama_is_accepted_when_qualified(places_of):
    assert "geonames:4076598" in ids(places_of("The office in Mobile, Alabama, closed."))


def test_group_has_members_and_shape(places_of):
    (nt,) = [p for p in merge_places([places_of("Aid to the Northern Triangle grew.")])
             if p.id == "region:northern-triangle"]
    assert set(nt.members) == {"country:GT", "country:SV", "country:HN"}
    assert nt.geometry["type"] == "MultiPolygon"


def test_country_has_shape_city_has_point(places_of):
    found = {p.id: p for p in merge_places([places_of("Tegucigalpa is the capital of Honduras.")])}
    assert found["country:HN"].geometry["type"] in {"Polygon", "MultiPolygon"}
    assert found["geonames:3600949"].geometry is None


def test_outlines_are_not_stored_per_document(places_of):
    """A document's places carry no outline (it would be serialised with every document); the
    merged corpus attaches it once per place."""
    assert all(p.geometry is None for p in places_of("Aid to Honduras and the Northern Triangle grew."))
