"""Spanish bodies no lexicon lists: embassies, banks, courts' chambers, UN organs written in full, lists
inside a name, two bodies joined by "y", and buildings that are not bodies."""
from __future__ import annotations

import pytest

from corpus.pipeline import analyse_document
from documents.load import load_bytes


def bodies(text: str) -> dict[str, object]:
    lead = ("Tegucigalpa, 3 de mayo de 2023. El Gobierno de la República informó hoy que las autoridades "
            "trabajan con los ciudadanos de todo el país para que los servicios lleguen a las comunidades.")
    analysis = analyse_document(load_bytes("t.txt", f"{lead}\n\n{text}".encode()))
    assert analysis.document.language == "es"
    return {a.name: a for a in analysis.actors if a.kind != "official"}


def named(found: dict, name: str) -> bool:
    return any(name == a.name or name in a.aliases for a in found.values())


@pytest.mark.parametrize("text, name", [
    ("La Embajada de Honduras en Pekín organizó la visita oficial.", "Embajada de Honduras en Pekín"),
    ("El Alto Comisionado de las Naciones Unidas para los Refugiados instaló albergues en la frontera.",
     "Alto Comisionado de las Naciones Unidas para los Refugiados"),
    ("La Sala de lo Constitucional de la Corte Suprema de Justicia admitió el recurso.",
     "Sala de lo Constitucional"),
    ("La Dirección de Niñez, Adolescencia y Familia atendió a los menores retornados.",
     "Dirección de Niñez, Adolescencia y Familia"),
    ("La Cruz Roja Hondureña y la Policía Nacional atendieron a los migrantes.", "Cruz Roja Hondureña"),
    ("El Banco Central de Reserva publicó el informe anual.", "Banco Central de Reserva"),
])
def test_spanish_bodies(text, name):
    found = bodies(text)
    assert named(found, name), sorted(found)


def test_two_bodies_joined_by_y():
    found = bodies("La visita fue coordinada por el Consulado de México en Tecún Umán y del Consulado General de "
                   "México en Quetzaltenango.")
    assert not any(" y del " in n for n in found), sorted(found)


@pytest.mark.parametrize("text, absent", [
    ("La ceremonia se celebró en el Centro Cultural Miguel Ángel Asturias.", "Centro Cultural"),
    ("El ministro Juan Cruz llegó a Alta Verapaz el lunes.", "Alta Verapaz"),
])
def test_not_bodies(text, absent):
    assert not any(absent in n for n in bodies(text)), sorted(bodies(text))


def test_a_spanish_name_meets_its_english_entry_by_its_initials():
    found = bodies("Tegucigalpa. El Tribunal Supremo Electoral de Guatemala y el Tribunal Supremo Electoral "
                   "certificaron los resultados en Guatemala.")
    assert any(a.country == "GT" and "TSE" in a.aliases for a in found.values()), sorted(found)
