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
