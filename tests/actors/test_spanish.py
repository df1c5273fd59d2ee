"""Spanish documents: titles, institutions and relations, and the same actors as English documents."""
from __future__ import annotations

import pytest
from actor_helpers import analyse

from actors import merge_actors


def by_name(text: str) -> dict[str, object]:
    return {a.name: a for a in analyse(text, lang="es").actors}


@pytest.mark.parametrize("text, name, affiliation", [
    ("El Presidente de la República, Juan Orlando Hernández, habló en Tegucigalpa, Honduras.",
     "Juan Orlando Hernández", "government:hn"),
    ("El Secretario de Estado en el Despacho de Seguridad, Julián Pacheco Tinoco, visitó Honduras.",
     "Julián Pacheco Tinoco", "agency:honduran-ministry-of-security"),
    ("La Canciller María Dolores Agüero habló en Honduras.", "María Dolores Agüero",
     "agency:honduran-ministry-of-foreign-affairs"),
    ("La Ministra de Relaciones Exteriores de El Salvador, Alexandra Hill Tinoco, habló.", "Alexandra Hill Tinoco",
     "agency:salvadoran-ministry-of-foreign-affairs"),
    ("El Fiscal General, Óscar Chinchilla, informó en Honduras.", "Óscar Chinchilla", "agency:honduran-public-ministry"),
    ("El Embajador de los Estados Unidos, James Nealon, llegó a Honduras.", "James Nealon",
     "agency:us-department-of-state"),
    ("El Secretario de Estado, Marco Rubio, llegó a San Salvador.", "Marco Rubio", "agency:us-department-of-state"),
    ("El Ministro de Justicia y Seguridad Pública, Gustavo Villatoro, habló en El Salvador.", "Gustavo Villatoro",
     "agency:salvadoran-ministry-of-justice-and-public-security"),
    # lower-case offices, as Spanish writes them; "Interino" after the head; a U.S. portfolio in Spanish
    ("En Honduras, el ministro de Seguridad, Julián Pacheco Tinoco, habló.", "Julián Pacheco Tinoco",
     "agency:honduran-ministry-of-security"),
    ("En Honduras, el ministro Pacheco Tinoco habló.", "Pacheco Tinoco", "government:hn"),
    ("En El Salvador se recibió al Secretario Interino de Seguridad Nacional, Kevin McAleenan.", "Kevin McAleenan",
     "agency:us-department-of-homeland-security"),
    ("La encargada de negocios de la Embajada de los Estados Unidos en Tegucigalpa, Heide Fulton, habló.",
     # a U.S. diplomat is the State Department's, as in English text ("U.S. Ambassador to Honduras"); the post is its own node
     "Heide Fulton", "agency:us-department-of-state"),
])
def test_spanish_titles(text, name, affiliation):
    actors = by_name(text)
    assert name in actors, sorted(actors)
    assert actors[name].affiliation == affiliation


@pytest.mark.parametrize("text, name", [
    ("La Secretaría de Seguridad de Honduras informó.", "Honduran Ministry of Security"),
    ("En Honduras, la Secretaría de Seguridad informó.", "Honduran Ministry of Security"),
    ("En Honduras, la Secretaría de Relaciones Exteriores informó.", "Honduran Ministry of Foreign Affairs"),
    ("En Guatemala, la Cancillería informó.", "Guatemalan Ministry of Foreign Affairs"),
    ("En Honduras, la Policía Nacional informó.", "Honduran National Police"),
    ("En El Salvador, la Policía Nacional Civil informó.", "Salvadoran National Civil Police"),
    ("En Guatemala, el Ministerio Público informó.", "Guatemalan Public Ministry"),
    ("En Honduras, el Ministerio Público informó.", "Honduran Public Ministry"),
    ("En Honduras, la Corte Suprema de Justicia falló.", "Supreme Court of Justice of Honduras"),
    ("En Honduras, las Fuerzas Armadas de Honduras actuaron.", "Honduran Armed Forces"),
    ("En Honduras, el Congreso Nacional aprobó la ley.", "Honduran National Congress"),
    ("El Departamento de Estado informó.", "U.S. Department of State"),
    ("El Departamento de Seguridad Nacional informó.", "U.S. Department of Homeland Security"),
    ("La Agencia de los Estados Unidos para el Desarrollo Internacional financió el programa.",
     "U.S. Agency for International Development"),
    ("La Administración para el Control de Drogas participó.", "Drug Enforcement Administration"),
])
def test_spanish_institutions(text, name):
    assert name in by_name(text)


def test_spanish_relations_have_evidence_sentences():
    analysis = analyse("La Canciller María Dolores Agüero se reunió con el Secretario de Estado Mike Pompeo. "
                       "El Ministro de Seguridad de Guatemala, Enrique Degenhart, firmó un acuerdo con el "
                       "Departamento de Seguridad Nacional.", lang="es")
    kinds = {(r.kind, r.source, r.target) for r in analysis.relations}
    assert ("met-with", "official:maria-dolores-aguero", "official:mike-pompeo") in kinds
    assert ("signed-with", "agency:us-department-of-homeland-security", "official:enrique-degenhart") in kinds
    excerpts = {e.id: e.text for e in analysis.document.excerpts}
    met = next(r for r in analysis.relations if r.kind == "met-with")
    assert "se reunió con" in excerpts[met.evidence[0].excerpt]


@pytest.mark.parametrize("spanish, english, name", [
    ("En Honduras, la Secretaría de Seguridad informó.", "The Honduran Ministry of Security reported.",
     "Honduran Ministry of Security"),
    ("Presidente Juan Orlando Hernández habló en Tegucigalpa, Honduras.", "President Hernández of Honduras spoke.",
     "Juan Orlando Hernández"),
    ("La Canciller María Dolores Agüero habló en Honduras.", "Foreign Minister María Dolores Agüero of Honduras spoke.",
     "María Dolores Agüero"),
    ("En Guatemala, el Ministerio Público informó.", "The Guatemalan Public Ministry reported.",
     "Guatemalan Public Ministry"),
    ("Los países del Triángulo Norte y el Departamento de Estado.", "The Department of State spoke.",
     "U.S. Department of State"),
])
def test_one_node_across_languages(spanish, english, name):
    actors, _ = merge_actors([analyse(spanish, "es1", lang="es"), analyse(english, "en1")])
    hits = [a for a in actors if a.name == name]
    assert len(hits) == 1, sorted(a.name for a in actors)
    assert {m.document for m in hits[0].mentions} == {"es1", "en1"}


@pytest.mark.parametrize("text, name", [
    ("En Honduras, la Dirección de Lucha contra el Narcotráfico actuó.", "Dirección de Lucha contra el Narcotráfico"),
    ("En Honduras, la Oficina Administradora de Bienes Incautados actuó.", "Oficina Administradora de Bienes Incautados"),
    ("En Guatemala, el Movimiento Semilla ganó.", "Movimiento Semilla"),
])
def test_spanish_bodies_no_list_knows(text, name):
    """A Spanish body opens with its head; its name is read up to the last capitalised word."""
    analysis = analyse(text, lang="es")
    assert any(name in a.aliases or a.name == name for a in analysis.actors), [a.name for a in analysis.actors]


def test_designo_is_an_appointment_with_its_sentence():
    analysis = analyse("En Honduras, la Presidenta Xiomara Castro designó al comisionado general Gustavo Sánchez "
                       "como Secretario de Seguridad.", lang="es")
    appointed = [r for r in analysis.relations if r.kind == "appointed"]
    assert [(r.source, r.target) for r in appointed] == [("official:xiomara-castro", "official:gustavo-sanchez")]
    excerpts = {e.id: e.text for e in analysis.document.excerpts}
    assert "designó" in excerpts[appointed[0].evidence[0].excerpt]


def test_de_la_republica_followed_by_a_country_is_that_country():
    from corpus.pipeline import analyse_document
    from documents.load import load_bytes
    text = ("Tegucigalpa, 12 de junio de 2023. La Presidenta de la República, Xiomara Castro, se reunió con funcionarios. "
            "En la ceremonia participó el Canciller de la República Popular China, Qin Gang, quien anunció la apertura.")
    found = {a.name: a for a in analyse_document(load_bytes("t.txt", text.encode())).actors}
    assert found["Qin Gang"].kind == "official", found["Qin Gang"]  # not a gang named Qin
    assert found["Qin Gang"].country == "CN", found["Qin Gang"]
    assert found["Xiomara Castro"].affiliation == "government:hn"
