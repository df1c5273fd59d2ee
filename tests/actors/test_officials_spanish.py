"""Spanish offices written in lower case with an adjective after the head ("el gobernador departamental de
Huehuetenango, Otto Mérida Castillo"), courtesy titles before a name, and no one-word "names" that are
words of an institution or a demonym."""
from __future__ import annotations

import pytest

from corpus.pipeline import analyse_document
from documents.load import load_bytes

LEAD = ("Tegucigalpa, 3 de mayo de 2023. El Gobierno de Honduras informó hoy que las autoridades trabajan con los "
        "ciudadanos de todo el país.")


def officials(text: str) -> dict[str, object]:
    analysis = analyse_document(load_bytes("t.txt", f"{LEAD}\n\n{text}".encode()))
    assert analysis.document.language == "es"
    return {a.name: a for a in analysis.actors if a.kind == "official"}


@pytest.mark.parametrize("text, name", [
    ("Viajó acompañada por el embajador designado, Salvador Moncada, científico hondureño.", "Salvador Moncada"),
    ("Visitó el albergue junto al gobernador departamental de Huehuetenango, Otto Mérida Castillo, y al alcalde "
     "municipal de Cuilco, Baltazar Velásquez.", "Otto Mérida Castillo"),
    ("Visitó el albergue junto al gobernador departamental de Huehuetenango, Otto Mérida Castillo, y al alcalde "
     "municipal de Cuilco, Baltazar Velásquez.", "Baltazar Velásquez"),
    ("El fiscal federal Damian Williams recordó el caso.", "Damian Williams"),
    ("La presidenta del Congreso, abogada Karla Cerrato, coordina la red.", "Karla Cerrato"),
])
def test_spanish_offices(text, name):
    assert name in officials(text), sorted(officials(text))


def test_no_one_word_names_from_institutions_or_demonyms():
    found = officials("El presidente de los Estados Unidos Mexicanos, Andrés Manuel López Obrador, firmó el "
                      "acuerdo.")
    assert "Mexicanos" not in found and "Andrés Manuel López Obrador" in found, sorted(found)


def test_fiscal_as_an_adjective_is_no_office():
    assert officials("La política fiscal del Gobierno preocupa a los economistas del país.") == {}


def test_a_plural_title_lists_names_joined_by_y_and_semicolons():
    found = officials("La resolución fue adoptada por los magistrados Óscar Alberto López Jerez, presidente de la "
                      "Sala; Elsy Dueñas Lovos; Luis Javier Suárez Magaña; y José Ángel Pérez Chacón, todos elegidos "
                      "por la Asamblea. Asistieron los ministros Eduardo Enrique Reina, Gustavo Sánchez y Ramón "
                      "Sabillón.")
    for name in ("Elsy Dueñas Lovos", "Luis Javier Suárez Magaña", "José Ángel Pérez Chacón", "Gustavo Sánchez",
                 "Ramón Sabillón"):
        assert name in found, sorted(found)


def test_a_spanish_portfolio_joined_by_al():
    found = officials("La Subdirectora de Atención al Migrante, abogada Karla Cerrato, coordina la red de centros.")
    assert "Karla Cerrato" in found and "Atención al Migrante" in found["Karla Cerrato"].titles[0]


def test_a_known_head_of_state_keeps_his_country_under_a_spanish_title():
    found = officials("En Guatemala, el Presidente Joseph R. Biden felicitó al pueblo guatemalteco por las elecciones.")
    assert found["Joseph R. Biden"].country == "US"


@pytest.mark.parametrize("text, name", [
    ('Su hermano, el exdiputado Juan Antonio "Tony" Hernández, fue condenado en 2021.', 'Juan Antonio "Tony" Hernández'),
    ("El exsenador Carlos Pérez Mejía y la exalcaldesa Ana López Díaz declararon ante el juez.", "Ana López Díaz"),
])
def test_spanish_former_offices_written_as_one_word(text, name):
    assert name in officials(text), sorted(officials(text))


@pytest.mark.parametrize("text, name, country", [
    ("El jefe de la misión de la OEA, el excanciller paraguayo Eladio Loizaga, dijo que no hubo fraude.",
     "Eladio Loizaga", "PY"),
    ("La presidenta Castro se reunió en Pekín con el canciller chino Qin Gang para abrir relaciones.", "Qin Gang",
     "CN"),
])
def test_a_demonym_after_the_office(text, name, country):
    """Spanish writes the demonym after the office ("el canciller chino X"): it is the office's country, and the
    name follows it."""
    found = officials(text)
    assert name in found, sorted(found)
    assert found[name].country == country
