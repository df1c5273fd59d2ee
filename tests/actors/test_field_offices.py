"""Field offices written as a U.S. agency's acronym and a city ("HSI El Paso", "DEA Caribbean Division")."""
from __future__ import annotations

import pytest
from actor_helpers import release_bodies as bodies


@pytest.mark.parametrize("text, office", [
    ('"They belong in Honduras," said HSI El Paso Special Agent in Charge Francisco B. Burrola.', "HSI El Paso"),
    ("Homeland Security Investigations (HSI) led it. The case was investigated by HSI San Antonio and HSI Laredo.",
     "HSI Laredo"),
    ("Homeland Security Investigations (HSI) led it. The case was investigated by HSI San Antonio and HSI Laredo.",
     "HSI San Antonio"),
    ("The FBI Miami Field Office said the suspects fled.", "FBI Miami Field Office"),
    ("said Special Agent in Charge Denise Foster of the DEA Caribbean Division.", "DEA Caribbean Division"),
])
def test_an_acronym_and_a_city_name_a_field_office(text, office):
    found = bodies(text)
    assert office in found, sorted(found)
    assert found[office].kind == "agency" and found[office].country == "US"
    assert found[office].affiliation  # under its agency


@pytest.mark.parametrize("text, absent", [
    ("ICE Acting Director Tae Johnson said the agency would comply.", "ICE Acting"),
    ("FBI Director Christopher Wray spoke.", "FBI Director"),
    ("HSI Special Agent John Smith testified.", "HSI Special"),
    ("What GAO Found\n\nThe agency lacked data.", "GAO Found"),
    ("ICE Enforcement and Removal Operations officers removed him.", "ICE Enforcement"),
    ("DEA agents arrested him in Miami.", "DEA Miami"),
])
def test_not_field_offices(text, absent):
    assert absent not in bodies(text)


def test_a_possessive_names_the_same_office():
    found = bodies("The Drug Enforcement Administration's Caribbean Division announced the arrests. "
                   "\"We closed a route,\" said Special Agent in Charge Denise Foster of the DEA Caribbean Division.")
    assert "DEA Caribbean Division" in found
    assert not any(n != "DEA Caribbean Division" and n.endswith("Caribbean Division") for n in found), sorted(found)
