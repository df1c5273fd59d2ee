"""Disambiguation: priors and document context."""
from __future__ import annotations

import pytest


def chosen(places, name):
    return next(p for p in places if p.name == name or any(m.text == name for m in p.mentions))


@pytest.mark.parametrize("text, name, expected_country, expected_kind", [
    ("Guatemala and Honduras agreed.", "Guatemala", "GT", "country"),
    ("Panama and Colombia signed.", "Panama", "PA", "country"),
    ("Mexico announced new measures.", "Mexico", "MX", "country"),
    ("In Honduras, the program reached Colón and Olancho.", "Colón", "HN", "admin1"),
    ("The mayor of Progreso, Yoro, spoke.", "Progreso", "HN", "city"),
    ("Officials in Washington said.", "Washington", "US", "city"),
    ("In El Salvador, gangs control parts of Santa Ana.", "Santa Ana", "SV", None),
])
def test_context_and_priors(places_of, text, name, expected_country, expected_kind):
    p = chosen(places_of(text), name)
    assert p.country == expected_country
    if expected_kind:
        assert p.kind == expected_kind


def test_alternatives_kept_for_correction(places_of):
    p = chosen(places_of("In Honduras, the program reached Colón."), "Colón")
    assert p.candidates[0].id == p.id
    assert any(c.country == "PA" for c in p.candidates)
    assert 0 < p.confidence <= 1


def test_requires_country_context(places_of):
    assert not any(p.id == "region:honduras-north-coast" for p in places_of("Storms hit the North Atlantic coast."))


@pytest.mark.parametrize("text, name, expected_id", [
    ("Canada and the U.S. reported cases in Ontario.", "Ontario", "admin1:CA-ontario"),  # not Ontario, California
    ("The U.S. state of Oregon reported cases.", "Oregon", "admin1:US-oregon"),
    ("Officials in Washington said.", "Washington", "geonames:4140963"),  # a capital keeps its name
])
def test_division_beats_namesake_town_elsewhere(places_of, text, name, expected_id):
    assert chosen(places_of(text), name).id == expected_id


def test_namesake_rule_spares_towns_inside_their_division(gaz):
    from geo.resolve import rank
    best = rank(gaz, "santa ana", {"SV"}, [])[0][1]
    assert best.kind == "city" and best.country == "SV"


def test_a_municipality_is_a_town_not_a_namesake_division(places_of):
    """A municipality is below the first-level division: its name is its seat's, not a department elsewhere's."""
    text = "In Petén, Guatemala, criminal groups cleared forest in the municipalities of San Andrés and La Libertad."
    p = chosen(places_of(text), "La Libertad")
    assert (p.country, p.kind) == ("GT", "city")


def test_a_near_tie_goes_to_the_country_the_document_is_about(places_of):
    """San Lorenzo, California and San Lorenzo, Valle are towns of the same size: in a report on Honduran
    coffee, the port is the Honduran one."""
    text = ("Honduras is the largest coffee producer in Central America. Honduras exports most of its beans to "
            "the United States and Germany, where roasters buy Honduran lots. Honduras "
            "ships its coffee through Puerto Cortés and the port of San Lorenzo. Honduras expects a larger crop.")
    assert chosen(places_of(text), "San Lorenzo").country == "HN"
