"""Finding officials, agencies and groups in one document: each pattern, and the junk traps."""
from __future__ import annotations

import pytest
from actor_helpers import analyse


def by_name(analysis, name):
    return next((a for a in analysis.actors if a.name == name or name in a.aliases), None)


OFFICIALS = [  # text, official, title, affiliation id
    ("Acting Secretary of Homeland Security Kevin K. McAleenan signed it.", "Kevin K. McAleenan",
     "Acting Secretary of Homeland Security", "agency:us-department-of-homeland-security"),
    ("The arrangement was signed by Acting Secretary of Homeland Security, Kevin K. McAleenan, today.",
     "Kevin K. McAleenan", "Acting Secretary of Homeland Security", "agency:us-department-of-homeland-security"),
    ("Talks included Julian Pacheco, the Honduran Minister of Security.", "Julian Pacheco",
     "Honduran Minister of Security", "agency:honduran-ministry-of-security"),
    ("He met the Honduran Security Minister Julian Pacheco in Tegucigalpa.", "Julian Pacheco",
     "Honduran Security Minister", "agency:honduran-ministry-of-security"),
    ("Guatemalan Minister of Government Enrique Degenhart spoke.", "Enrique Degenhart",
     "Guatemalan Minister of Government", "agency:guatemalan-ministry-of-government"),
    ("U.S. Ambassador to Honduras James D. Nealon attended.", "James D. Nealon",
     "U.S. Ambassador to Honduras", "agency:us-department-of-state"),
    ("Assistant Secretary of State for Western Hemisphere Affairs Kimberly Breier travelled.", "Kimberly Breier",
     "Assistant Secretary of State for Western Hemisphere Affairs", "agency:us-department-of-state"),
    ("USAID Administrator Mark Green visited Guatemala.", "Mark Green", "USAID Administrator",
     "agency:us-agency-for-international-development"),
    ("Honduran President Juan Orlando Hernández welcomed the plan.", "Juan Orlando Hernández",
     "Honduran President", "government:hn"),
    ("First Lady Ana García de Hernández opened the center in Honduras.", "Ana García de Hernández",
     "First Lady", "government:hn"),
    ("Attorney General William P. Barr announced charges.", "William P. Barr", "Attorney General",
     "agency:us-department-of-justice"),
]


@pytest.mark.parametrize("text,name,title,affiliation", OFFICIALS)
def test_official_patterns(text, name, title, affiliation):
    official = by_name(analyse(text), name)
    assert official is not None and official.kind == "official"
    assert title in official.titles
    assert official.affiliation == affiliation


AGENCIES = [  # text, name, kind
    ("Officers of the U.S. Department of Homeland Security arrived.", "U.S. Department of Homeland Security", "agency"),
    ("DHS and CBP agreed.", "U.S. Customs and Border Protection", "agency"),
    ("INL funds training.", "Bureau of International Narcotics and Law Enforcement Affairs", "agency"),
    ("The Honduran National Police (HNP) grew. The HNP hired 500 officers.", "Honduran National Police", "agency"),
    ("In Honduras, the Public Ministry filed charges.", "Honduran Public Ministry", "agency"),
    ("In Honduras, the Supreme Court ruled.", "Supreme Court of Justice of Honduras", "agency"),
    ("Honduras signed an agreement with Transparency International.", "Transparency International", "organization"),
    ("Members of MS-13 were arrested.", "Mara Salvatrucha", "criminal"),
    ("The 18th Street gang is active.", "18th Street", "criminal"),
    ("Los Cachiros worked with the Sinaloa Cartel.", "Sinaloa Cartel", "criminal"),
    ("Los Cachiros worked with the Sinaloa Cartel.", "Los Cachiros", "criminal"),
    ("Honduras created the Transnational Anti-Gang Unit last year.", "Transnational Anti-Gang Unit", "agency"),
    ("Guatemala's Ministry of Foreign Affairs replied.", "Ministry of Foreign Affairs", "agency"),
    ("The Government of Honduras agreed.", "Government of Honduras", "government"),
]


@pytest.mark.parametrize("text,name,kind", AGENCIES)
def test_agency_patterns(text, name, kind):
    actor = by_name(analyse(text), name)
    assert actor is not None, [a.name for a in analyse(text).actors]
    assert actor.kind == kind


def test_acronym_defined_in_text_is_a_mention():
    a = by_name(analyse("The Honduran National Police (HNP) grew. The HNP hired 500 officers."),
                "Honduran National Police")
    assert [m.kind for m in a.mentions] == ["name", "acronym", "acronym"]


JUNK = [
    ("Accessibility links\n\nBreaking News\n\nU.S.-Honduras Relations", "Breaking News"),
    ("Sign in with OpenID. Read the FAQ.", "OpenID"),
    ("Sign in with OpenID. Read the FAQ.", "FAQ"),
    ("Priorities:\n\nIntelligence Sharing\n\nBorder Security\n", "Intelligence Sharing"),
    ("First Lady Ana García de Hernández visited Honduras.", "Lady Ana"),
    ("This was announced under the Trump Administration.", "Trump Administration"),
]


@pytest.mark.parametrize("text,junk", JUNK)
def test_no_junk_actors(text, junk):
    names = {n for a in analyse(text).actors for n in (a.name, *a.aliases)}
    assert not any(junk in n for n in names), names


def test_same_document_surname_and_title_reference():
    a = analyse("Acting Secretary of Homeland Security Kevin K. McAleenan signed. \"We act,\" said Acting "
                "Secretary McAleenan. McAleenan left. The Secretary thanked them.")
    officials = [x for x in a.actors if x.kind == "official"]
    assert len(officials) == 1
    kinds = [m.kind for m in officials[0].mentions]
    assert kinds.count("name") == 3 and kinds.count("reference") == 1


def test_a_compound_surname_written_alone_is_the_person_with_both_surnames():
    a = analyse("Foreign Minister Javier Martínez-Acha Vásquez met the press in Panama City. Foreign Minister "
                "Martínez-Acha said the flights would continue.")
    officials = [x for x in a.actors if x.kind == "official"]
    assert [x.name for x in officials] == ["Javier Martínez-Acha Vásquez"] and len(officials[0].mentions) == 2


def test_surname_shared_by_two_people_goes_to_the_title_holder():
    a = analyse("President Juan Orlando Hernández met First Lady Ana García de Hernández. "
                "Later, President Hernandez spoke.")
    joh = by_name(a, "Juan Orlando Hernández")
    assert len(joh.mentions) == 2
    assert "President" not in by_name(a, "Ana García de Hernández").titles


def test_mentions_point_at_exact_text_and_excerpt():
    a = analyse("Hello there. USAID Administrator Mark Green visited.")
    green = by_name(a, "Mark Green")
    m = green.mentions[0]
    assert a.document.text[m.start:m.end] == m.text == "Mark Green"
    assert a.document.excerpt_at(m.start).id == m.excerpt == "d1:1"
