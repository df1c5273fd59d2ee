"""Rules added for unseen releases: name/title shapes, document context, institution patterns.
Sentences are written for these tests (not taken from any corpus or held-out document)."""
from __future__ import annotations

import pytest
from actor_helpers import analyse


def by_name(analysis, name):
    return next((a for a in analysis.actors if a.name == name or name in a.aliases), None)


OFFICIALS = [  # text, official, affiliation id (None: only that it is found)
    # a Commonwealth air rank, and a portfolio of two words joined by "and"
    ("The Prime Minister of Trinidad and Tobago met the Chief of Defence Staff, Air Vice Marshal Darryl Daniel, and "
     "the U.S. Embassy.", "Darryl Daniel", "agency:trinidad-and-tobago-defence-force"),
    ("In Suriname, the Minister of Regional Development and Sport, Ronny Asabina, coordinated the district "
     "commissioners.", "Ronny Asabina", None),
    # a plural title, "such as", and a list of names each with their own state
    ("Governors such as Evelyn Salgado Pineda of Guerrero, David Monreal Ávila of Zacatecas and Salomón Jara Cruz "
     "of Oaxaca have asked for more training in Mexico.", "Salomón Jara Cruz", "government:government-of-oaxaca"),
    ("Governors such as Evelyn Salgado Pineda of Guerrero, David Monreal Ávila of Zacatecas and Salomón Jara Cruz "
     "of Oaxaca have asked for more training in Mexico.", "Evelyn Salgado Pineda", "government:government-of-guerrero"),
    # a country's body in the possessive after the title, then the name in apposition
    ("The director of Panama's National Migration Service, Roger Mojica, said 2,200 migrants had moved south.",
     "Roger Mojica", None),
    # title complement written after the name
    ("Leaders welcomed President Luis Abinader of the Dominican Republic.", "Luis Abinader", "government:do"),
    ("U.S. Attorney Jane Roe for the Western District of Texas filed the case.", "Jane Roe",
     "agency:us-attorney-office-for-the-western-district-of-texas"),
    ("Special Agent in Charge John Doe of Homeland Security Investigations (HSI) Miami spoke.", "John Doe",
     "agency:homeland-security-investigations"),
    # a defined acronym between the title and the name
    ("He met the Director of the National Civil Police (PNC), Carlos Ruiz Lopez, in Guatemala.",
     "Carlos Ruiz Lopez", "agency:guatemalan-national-civil-police"),
    # portfolios joined by "and"
    ("Guatemala sent Minister of Culture and Sports Ana Lopez to the event.", "Ana Lopez",
     "agency:guatemalan-ministry-of-culture-and-sports"),
    ("Under Secretary of the Treasury for Terrorism and Financial Intelligence Jane Smith spoke.", "Jane Smith",
     "agency:us-department-of-the-treasury"),
    # a department title keeps its department; the "for ..." part is a portfolio
    ("Assistant Secretary of State for International Narcotics and Law Enforcement Affairs Todd Roe spoke.",
     "Todd Roe", "agency:us-department-of-state"),
    ("Ambassador Ana Torres, U.S. Permanent Representative to the Organization of American States, spoke.",
     "Ana Torres", "agency:us-department-of-state"),
    # "NAME (Alias) is the TITLE", "NAME, a/k/a "X," a former TITLE", lower-case heads before "of" a body
    ("Pedro Gomez Ruiz (Gomez) is the Vice Minister of Security of Honduras.", "Pedro Gomez Ruiz",
     "agency:honduran-ministry-of-security"),
    ('Luis Mejia Soto, a/k/a "El Gato," a former member of the National Congress of Honduras, pleaded guilty.',
     "Luis Mejia Soto", None),
    ("A former chief of the Honduran National Police, Mario Diaz Flores, was charged.", "Mario Diaz Flores",
     "agency:honduran-national-police"),
    # the possessive owner, hyphenated given names, a Secretary General's body from the sentence
    ("He thanked Ana Paz, the State Department's Special Envoy for Migration.", "Ana Paz",
     "agency:us-department-of-state"),
    ("Guatemala asked United Nations Secretary-General Ban Ki-moon for help.", "Ban Ki-moon",
     "organization:united-nations"),
    ("The OAS General Secretariat, led by Secretary General Ana Ruiz, signed it.", "Ana Ruiz",
     "organization:organization-of-american-states"),
    # "NAME, TITLE and TITLE, BODY." in delegation lists
    ("- Juan Perez, Special Assistant to the President and Senior Director for the Western Hemisphere, "
     "National Security Council.", "Juan Perez", "agency:national-security-council"),
    ("Morgan Smith, Department Spokesperson", "Morgan Smith", "agency:us-department-of-state"),
]


@pytest.mark.parametrize("text,name,affiliation", OFFICIALS)
def test_official_shapes(text, name, affiliation):
    a = by_name(analyse(text), name)
    assert a is not None and a.kind == "official", [x.name for x in analyse(text).actors]
    if affiliation:
        assert a.affiliation == affiliation


COUNTRY_FROM_CONTEXT = [  # text, official, government it is a member of
    ("The Colombian delegation was led by Minister of Foreign Affairs Ana Rios.", "Ana Rios", "government:co"),
    ("In Guatemala the press asked questions. Attorney General Rosa Mendez answered them.", "Rosa Mendez",
     "government:gt"),
    ("The Justice Department and the FBI in Guatemala worked together. Attorney General Rosa Mendez spoke.",
     "Rosa Mendez", "government:us"),
    # "Port of Spain" names Trinidad and Tobago's capital, not Spain
    ("The Prime Minister of Trinidad and Tobago announced a state of emergency. Speaking at the Diplomatic Centre "
     "in St. Ann's, Port of Spain, Attorney General Reginald Armour said the courts would sit.", "Reginald Armour",
     "government:tt"),
]


@pytest.mark.parametrize("text,name,government", COUNTRY_FROM_CONTEXT)
def test_country_from_sentence_or_document(text, name, government):
    an = analyse(text)
    a = by_name(an, name)
    members = {r.target for r in an.relations if r.source == a.id and r.kind == "member-of"}
    assert government in members | {a.affiliation}


NOT_OFFICIALS = [  # text, a name that must not become an official
    ("Ana Lopez is the Chairman of the Social Fabric Reconstruction Unit in El Salvador.", "Fabric Reconstruction"),
    ("He met the General Directorate of Migration staff.", "Directorate"),
    ("Members of MS-13, a former member of the gang said, fled.", "MS-13"),
]


@pytest.mark.parametrize("text,name", NOT_OFFICIALS)
def test_not_officials(text, name):
    assert all(name not in (a.name, *a.aliases) for a in analyse(text).actors if a.kind == "official")


AGENCIES = [  # text, agency name (or alias), country
    ("In El Salvador, the National Civil Police (PNC) grew. The PNC hired 500 officers.",
     "Salvadoran National Civil Police", "SV"),
    ("El Salvador shares data with the General Directorate of Penal Centers (DGCP).",
     "General Directorate of Penal Centers", "SV"),
    ("Guatemala's Justice Department's National Security Division (NSD) met.", "National Security Division", ""),
    ("CBP's Border Patrol Tactical Unit (BORTAC) trained them in Honduras.", "Border Patrol Tactical Unit", "US"),
    ("The DEA Guatemala Country Office helped.", "DEA Guatemala Country Office", "US"),
    ("In Guatemala, the Attorney General's Office filed charges.", "Guatemalan Public Ministry", "GT"),
    ("It was convicted in the Eastern District of New York.",
     "U.S. Attorney's Office for the Eastern District of New York", "US"),
    ("In Guatemala the Congress of the Republic voted.", "Guatemalan Congress", "GT"),
    ("Ana Lopez is the Chairman of the Social Fabric Reconstruction Unit in El Salvador.",
     "Social Fabric Reconstruction Unit", "SV"),
]


@pytest.mark.parametrize("text,name,country", AGENCIES)
def test_agency_patterns_and_context(text, name, country):
    an = analyse(text)
    a = by_name(an, name)
    assert a is not None and a.kind == "agency", [x.name for x in an.actors]
    if country:
        assert a.country == country


NOT_AGENCIES = [  # text, a name that must not be an agency
    ("Assistant Secretary of State for Western Hemisphere Affairs Ana Ruiz spoke.", "Bureau of Western Hemisphere Affairs"),
    ("Topics: Corruption and Anti-Corruption Honduras Office of the Spokesperson", "Honduran Office"),
    ("CBP's Border Patrol Tactical Unit (BORTAC) trained them.", "U.S. Border Patrol"),
    ("Jamaican Troops and Police Depart for Haiti as Part of Multinational Mission", "Part of Multinational Mission"),
]


@pytest.mark.parametrize("text,name", NOT_AGENCIES)
def test_not_agencies(text, name):
    assert by_name(analyse(text), name) is None
