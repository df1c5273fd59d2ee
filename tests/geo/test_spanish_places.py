"""Spanish names resolve to the same places as English ones, and the same traps hold in Spanish."""
from __future__ import annotations

import pytest
from geo_helpers import make_document

from geo.finder import find_places


def ids(text: str, lang: str = "es") -> set[str]:
    document, tokens = make_document(text, lang=lang)
    return {p.id for p in find_places(document, tokens)}


@pytest.mark.parametrize("spanish, english", [
    ("La cooperación continuará en la Costa Norte de Honduras.", "Cooperation will go on in the north coast of Honduras."),
    ("El programa llega al Litoral Atlántico de Honduras.", "The program reaches the Northern Atlantic coast of Honduras."),
    ("Las comunidades de La Mosquitia recibieron ayuda.", "Communities in La Mosquitia received aid."),
    ("Los países del Triángulo Norte firmaron.", "The Northern Triangle countries signed."),
    ("La migración desde Centroamérica creció.", "Migration from Central America grew."),
    ("La migración desde América Central creció.", "Migration from Central America grew."),
    ("El acuerdo con Estados Unidos fue firmado.", "The agreement with the United States was signed."),
    ("El acuerdo con EE. UU. fue firmado.", "The agreement with the U.S. was signed."),
    ("El acuerdo con los EE.UU. fue firmado.", "The agreement with the U.S. was signed."),
    ("El acuerdo con EUA fue firmado.", "The agreement with the USA was signed."),
    ("La delegación llegó a Ciudad de Guatemala.", "The delegation arrived in Guatemala City."),
    ("La delegación llegó a San Pedro Sula.", "The delegation arrived in San Pedro Sula."),
    ("El Presidente viajó a México y Panamá.", "The President travelled to Mexico and Panama."),
    ("Las lluvias afectaron el departamento de Atlántida.", "Rains hit the department of Atlántida."),
    ("La Canciller de México llegó a Washington.", "The Foreign Minister of Mexico arrived in Washington."),
    ("La Secretaría de Seguridad de Honduras informó.", "The Ministry of Security of Honduras reported."),
])
def test_spanish_names_resolve_to_the_english_places(spanish, english):
    found = ids(spanish)
    assert found and found == ids(english, "en")


@pytest.mark.parametrize("text, absent, present", [
    ("El traficante conocido como Molina movió cocaína a través de Honduras.", "geonames", "country:HN"),
    ("El Banco de Guatemala informó sobre las remesas que llegan a Honduras.", "country:GT", "country:HN"),
    ("La Universidad de Costa Rica firmó un convenio en Honduras.", "country:CR", "country:HN"),
    ("El Cartel de Sinaloa opera en Honduras.", "admin1:MX-sinaloa", "country:HN"),
    ("El programa “Juntos por Trujillo” se lanzó en Guatemala.", "geonames", "country:GT"),
    ("El señor Francisco Paz visitó Honduras.", "geonames", "country:HN"),
])
def test_spanish_traps_are_not_places(text, absent, present):
    found = ids(text)
    assert present in found and not any(i.startswith(absent) for i in found)


def test_a_capitalised_department_is_a_body_not_a_division():
    found = ids("El Departamento de Justicia de los Estados Unidos anunció un plan con Guatemala.")
    assert "country:GT" in found and not any(i.startswith("geonames") for i in found)
