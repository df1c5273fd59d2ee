"""Officials and institutions in the shapes unseen releases use: compound White House titles, titles
after a nationality, honorifics, delegation lists; bodies joined by "and"; bodies no lexicon lists."""
from __future__ import annotations

import pytest

from corpus.pipeline import analyse_document
from documents.load import load_bytes


def actors(text: str) -> dict[str, object]:
    analysis = analyse_document(load_bytes("t.txt", f"Release Date: June 1, 2022\n\n{text}".encode()))
    return {a.name: a for a in analysis.actors}


@pytest.mark.parametrize("text, name, title_part, affiliation", [
    ("Senior Advisor to the President on Migration Jane Doe met officials in Honduras.", "Jane Doe",
     "Senior Advisor to the President", "agency:white-house"),
    ("Deputy Assistant to the President and Principal Deputy National Security Advisor Jon Finer traveled to "
     "Mexico.", "Jon Finer", "Principal Deputy National Security Advisor", "agency:national-security-council"),
    ("Mexican Foreign Secretary Alicia Bárcena met officials in Washington.", "Alicia Bárcena",
     "Foreign Secretary", "agency:mexican-secretariat-of-foreign-affairs"),
    ("White House Press Secretary Karine Jean-Pierre said the talks were productive.", "Karine Jean-Pierre",
     "Press Secretary", "agency:white-house"),
    ("The Honorable Dr. Laura Farnsworth Dogu, U.S. Ambassador to Honduras, opened the event.",
     "Laura Farnsworth Dogu", "Ambassador", "agency:us-department-of-state"),
    ("Special Advisor to the President for the Los Angeles Declaration, Marcela Escobari, spoke in Panama.",
     "Marcela Escobari", "Los Angeles Declaration", "agency:white-house"),
])
def test_title_shapes(text, name, title_part, affiliation):
    found = actors(text)
    assert name in found, sorted(found)
    person = found[name]
    assert any(title_part in t for t in person.titles) and person.affiliation == affiliation


def test_delegation_list_after_a_lead_in():
    found = actors("The President announced the delegation to the inauguration of President Arévalo:\n\n"
                   "- Alejandro Mayorkas, Secretary of Homeland Security\n"
                   "- Brian Nichols, Assistant Secretary of State for Western Hemisphere Affairs\n"
                   "- Ambassador Tobin Bradley\n")
    assert {"Alejandro Mayorkas", "Brian Nichols", "Tobin Bradley"} <= set(found)


@pytest.mark.parametrize("text, bodies", [
    ("Officials from the Secretariat of Security and Secretariat of Defense of Honduras met.",
     {"Honduran Ministry of Security", "Honduran Secretariat of Defense"}),
    ("The Dominican Republic's Directorate of Migration and Haiti's Ministry of Justice and Public Security "
     "signed.", {"Dominican Directorate of Migration", "Haitian Ministry of Justice and Public Security"}),
    ("The Haitian National Police and the Guatemalan Ministry of Labor met.",
     {"Haitian National Police", "Guatemalan Ministry of Labor"}),
])
def test_bodies_joined_by_and_are_separate(text, bodies):
    assert bodies <= set(actors(text))


@pytest.mark.parametrize("text, name, kind", [
    ("Opposition parties, including the Farabundo Martí National Liberation Front (FMLN), objected.",
     "Farabundo Martí National Liberation Front", "organization"),
    ("The Narcotic and Dangerous Drug Section (NDDS) led the case.", "Narcotic and Dangerous Drug Section", "agency"),
    ("Members of the Congressional Black Caucus met in Washington.", "Congressional Black Caucus", "organization"),
    ("The Semilla Movement won the election in Guatemala.", "Semilla Movement", "organization"),
    ("The Economic Commission for Latin America and the Caribbean (ECLAC) reported growth.",
     "Economic Commission for Latin America and the Caribbean", "organization"),
    ("Prime Minister Dr. Ralph Gonsalves of Saint Vincent and the Grenadines spoke.", "Ralph Gonsalves", "official"),
    ("The meeting was attended by the Secretary of Welfare, Javier Ruiz Rodríguez, and others.",
     "Javier Ruiz Rodríguez", "official"),
])
def test_bodies_and_people_no_list_knows(text, name, kind):
    found = actors(text)
    assert name in found and found[name].kind == kind, sorted(found)


@pytest.mark.parametrize("text, absent", [
    ("The groups were designated as Foreign Terrorist Organizations (FTOs) by the Secretary.",
     "Foreign Terrorist Organizations"),
    ("The Asylum Cooperative Agreement (ACA) took effect in Guatemala.", "Asylum Cooperative Agreement"),
    ("Members of Congress visited Honduras.", "U.S. Members of Congress"),
])
def test_designations_agreements_and_people_are_not_bodies(text, absent):
    assert absent not in actors(text)


@pytest.mark.parametrize("text, name, kind", [
    ("Ambassador Hankins and his team at Embassy Port-au-Prince remain in Haiti.", "U.S. Embassy Port-au-Prince",
     "agency"),
    ("The U.S. Consulate in Matamoros helped the families.", "U.S. Consulate Matamoros", "agency"),  # State's form
    ("Attacks by the Grand Ravine gang grew in Haiti.", "Grand Ravine gang", "criminal"),
    ("The Cartel del Noreste fought in Tamaulipas, Mexico.", "Cartel del Noreste", "criminal"),
    ("The Embassy of Mexico opened in Quito.", "Embassy of Mexico", "agency"),
    ("The Dominican Ministry of Defense (MIDE) deployed troops.", "Dominican Ministry of Defense", "agency"),
])
def test_posts_groups_and_foreign_bodies(text, name, kind):
    found = actors(text)
    assert name in found and found[name].kind == kind, sorted(found)


def test_heads_of_government_in_a_list_get_their_own_government():
    found = actors("Participants:\n\nPrime Minister Mia Amor Mottley, Barbados\nPresident Mohamed Irfaan Ali, Guyana\n"
                   "Prime Minister Dr. Keith Rowley, Trinidad and Tobago\n")
    assert found["Mia Amor Mottley"].affiliation == "government:bb"
    assert found["Mohamed Irfaan Ali"].affiliation == "government:gy"
    assert found["Keith Rowley"].affiliation == "government:tt"


@pytest.mark.parametrize("text, name", [
    ("Castro has supported Luis Redondo in the dispute over the leadership of the National Congress in Honduras.",
     "Honduran National Congress"),
    ("The Chamber of Deputies passed the law in Santo Domingo, Dominican Republic.", "Dominican Chamber of Deputies"),
])
def test_legislatures_of_the_document_country(text, name):
    assert name in actors(text)


@pytest.mark.parametrize("text, absent", [
    ("Under the Migrant Protection Protocols (MPP), migrants waited in Mexico.", "Under the Migrant Protection Protocols"),
    ("The Free and Secure Trade (FAST) program speeds trucks.", "Free and Secure Trade"),
])
def test_programmes_defined_by_an_acronym_are_not_bodies(text, absent):
    assert absent not in actors(text)


@pytest.mark.parametrize("text, name, kind", [
    # designation of groups whose names carry no head word
    ("Today, the Department of State is designating Viv Ansanm and Gran Grif as Foreign Terrorist "
     "Organizations.", "Gran Grif", "criminal"),
    # a list after a plural head
    ("Gang coalitions including the G9 and the G-Pèp attacked police stations in Haiti.", "G-Pèp", "criminal"),
    ("Human rights groups, including the Salvadoran organization Cristosal, documented detentions.", "Cristosal",
     "organization"),
    # a definition
    ("Viv Ansanm, which means \"Living Together\" in Haitian Creole, is a coalition of gangs formed in 2023.",
     "Viv Ansanm", "criminal"),
    # a label
    ("Local factions fight for the plaza, including a group known as the Scorpions, officials said.", "Scorpions",
     "criminal"),
    ("The leaders of the Sinaloa Cartel's \"Chapitos\" faction were charged in New York.", "Chapitos", "criminal"),
    # a plural Spanish name labelled after a group, or before a group word
    ("He led security for the faction of the Sinaloa Cartel run by the sons of Joaquín Guzmán, known as Los "
     "Chapitos, and was extradited.", "Los Chapitos", "criminal"),
    ("Its proceeds were laundered with the help of the Los Cuinis organization, led by Abigael González Valencia.",
     "Los Cuinis", "criminal"),
    # a name right after a singular group word, between "the" and it, or before ", a … gang"
    ("A leader of the Haitian gang Gran Grif was extradited from the Dominican Republic.", "Gran Grif", "criminal"),
    ("Gran Grif was designated in May 2025, together with the Viv Ansanm coalition.", "Viv Ansanm", "criminal"),
    ("He is a senior member of Los Metros, a gang that operates in Matamoros.", "Los Metros", "criminal"),
    ("He leads a cell of the Gente Nueva, an armed wing of the Sinaloa cartel, prosecutors say.", "Gente Nueva",
     "criminal"),
    # a plural Spanish name beside a criminal group, labelled in quotes, or set off after "a local group"
    ("In Chilpancingo it competes with Los Tlacos and the Jalisco New Generation Cartel for control of heroin.",
     "Los Tlacos", "criminal"),
    ("He led the faction of the Sinaloa Cartel known as \"Los Chapitos,\" prosecutors said.", "Los Chapitos",
     "criminal"),
    ("The Sinaloa cartel fights a local group, Los Salazar, for control of drug routes.", "Los Salazar", "criminal"),
    # the word after a defined acronym says what the body is
    ("Castro's movement became the Libertad y Refundación (LIBRE) party in 2011.", "Libertad y Refundación",
     "organization"),
    ("The United States pledged $300 million for the Multinational Security Support (MSS) mission in Haiti.",
     "Multinational Security Support", "agency"),
])
def test_groups_named_without_a_head_word(text, name, kind):
    found = actors(text)
    assert name in found, sorted(found)
    assert found[name].kind == kind
    assert found[name].mentions


def test_a_group_named_again_is_mentioned_again():
    found = actors("Viv Ansanm is a coalition of gangs. Since 2024, Viv Ansanm has attacked police stations.")
    assert len(found["Viv Ansanm"].mentions) == 2


@pytest.mark.parametrize("text, absent", [
    ("Officials, including Secretary Blinken and Minister Reina, met in Tegucigalpa.", "Blinken"),
    ("Groups such as the United Nations and the OAS observed the vote.", "the United Nations"),
    # a person's nickname is singular; a city is no group
    ("Néstor Pérez Salas, a chief of the cartel, known as El Nini, was extradited.", "El Nini"),
    ("The cartel moved cocaine from Sinaloa to the Los Angeles area.", "Los Angeles"),
    # a region's people, like a country's, say whose a gang is; a gang's leader is a person
    ("The Central American gang problem grew in the 1990s.", "Central American"),
    ("Police arrested the gang leader Jimmy Cherizier's deputy in Port-au-Prince.", "Jimmy Cherizier"),
])
def test_group_shapes_do_not_take_people_or_known_bodies(text, absent):
    found = actors(text)
    assert not any(a.kind == "criminal" for a in found.values()), sorted(found)


@pytest.mark.parametrize("text, name, title_part", [
    # news style: a lower-case title owned by a country or body, the name in apposition
    ("Haiti's foreign minister, Jean-Victor Harvel Jean-Baptiste, said the government had asked for help.",
     "Jean-Victor Harvel Jean-Baptiste", "foreign minister"),
    ("Mexico's foreign secretary, Alicia Bárcena, spoke to reporters.", "Alicia Bárcena", "foreign secretary"),
])
def test_lower_case_titles_in_apposition(text, name, title_part):
    found = actors(text)
    assert name in found, sorted(found)
    assert any(title_part in t for t in found[name].titles)


@pytest.mark.parametrize("text, name", [
    ("Sanctioned: a member of the Committee on Economy, Budget and Finance of the National Assembly.",
     "Committee on Economy, Budget and Finance"),
    ("USAID works with the Ministry of Energy and Mines on the grid.", "Ministry of Energy and Mines"),
    ("The General Directorate of Public Procurement publishes every contract.",
     "General Directorate of Public Procurement"),
    ("We support the Institute for Access to Public Information (IAIP) in Honduras.",
     "Institute for Access to Public Information"),
    # list items of two words, and "Center for …"
    ("Volunteers work with the Ministry of Agriculture, Food Security and Enterprise in Belize.",
     "Ministry of Agriculture, Food Security and Enterprise"),
    ("The National Center for Atmospheric, Oceanographic and Seismic Studies (CENAOS) issued a warning.",
     "National Center for Atmospheric, Oceanographic and Seismic Studies"),
])
def test_body_names_past_the_vocabulary(text, name):
    """The whole name is read: as a body's own name, or as another wording of the listed body its initials are
    (IAIP is the listed Honduran Institute of Access to Public Information)."""
    found = actors(text)
    assert any(name in n or any(name in a for a in found[n].aliases) for n in found), sorted(found)


def test_a_body_never_ends_on_a_joining_word():
    found = actors("The United States donated vehicles to the Secretariat of Security and the Honduran National "
                   "Police (HNP). We support the Supreme Court of Justice and the Judicial Council in Honduras.")
    assert not any(n.endswith((" and", " the")) for n in found), sorted(found)
    assert any(n.endswith("Judicial Council") for n in found), sorted(found)


@pytest.mark.parametrize("text, name", [
    # a name that goes on to a later head
    ("Officers trained at the Regional Police Training Center in Tegucigalpa, Honduras.",
     "Regional Police Training Center"),
    ("Specialists from the Fairfax County Fire and Rescue Department joined the team.",
     "Fairfax County Fire and Rescue Department"),
    # where a body sits: a country for an office or group, any place for an embassy or consulate
    ("Canada funds the United Nations Integrated Office in Haiti, the UN said.",
     "United Nations Integrated Office in Haiti"),
    ("The Ad Hoc Advisory Group on Haiti met in New York.", "Ad Hoc Advisory Group on Haiti"),
    ("Staff of the Consulate of Mexico in Guayaquil left Ecuador.", "Consulate of Mexico in Guayaquil"),
    # "Center" heads a body unless a word says it is a venue
    ("The Carter Center observed the election in Venezuela.", "Carter Center"),
    ("Forecasts from the National Hurricane Center reached Cuba.", "National Hurricane Center"),
    # the rest of a head-first name after "for the"
    ("She leads the Specialized Prosecutor's Office for the Prosecution of Administrative Corruption.",
     "Specialized Prosecutor's Office for the Prosecution of Administrative Corruption"),
])
def test_longer_body_names(text, name):
    found = actors(text)
    assert any(n.endswith(name) or name in n for n in found), sorted(found)


@pytest.mark.parametrize("text, absent", [
    ("Delegates met at the Convention Center in Panama City.", "Convention Center"),
    ("The Attorney General's Office in Quetzaltenango opened a case.", "Office in Quetzaltenango"),
    ("WALSH SCHOOL OF FOREIGN SERVICE WASHINGTON, D.C.\n\nThe Secretary spoke on Guatemala.", "WALSH"),
])
def test_not_longer_bodies(text, absent):
    assert not any(absent in n for n in actors(text))


def test_a_place_named_in_the_plural_beside_a_cartel_is_no_group():
    found = actors("Agents of the Sinaloa Cartel and Los Angeles police officers met in court.")
    assert "Los Angeles" not in found, sorted(found)


def test_a_gang_named_with_a_lower_case_head_is_also_known_without_it():
    found = actors("In Haiti, the Gran Grif gang killed 115 people in Pont-Sondé.")
    assert any("Gran Grif" in a.aliases for a in found.values()), sorted(found)


def test_a_list_item_that_heads_a_body_is_another_body():
    found = actors("Funds went to the Ministry of Health, Peace Corps and the Red Cross in Honduras.")
    assert not any("Peace Corps" in n and "Ministry" in n for n in found), sorted(found)


def test_a_body_named_with_its_country_keeps_that_name():
    found = actors("The Chamber of Commerce, Industries and Agriculture of Panama called for calm.")
    body = next(a for n, a in found.items() if "Chamber of Commerce" in n)
    assert "Chamber of Commerce, Industries and Agriculture of Panama" in body.aliases, body


def test_two_spellings_of_a_known_person_are_one_node():
    found = actors("Readout of President Joe Biden's Meeting with President Gustavo Petro of Colombia\n\n"
                   "President Joseph R. Biden, Jr. welcomed President Gustavo Petro Urrego of Colombia to the White "
                   "House today. President Biden expressed support.")
    bidens = [a for n, a in found.items() if "Biden" in n]
    assert len(bidens) == 1, sorted(found)
    assert {"Joe Biden", "Joseph R. Biden"} <= {bidens[0].name, *bidens[0].aliases}


def test_a_company_named_like_an_officer_is_no_officer():
    found = actors("Workers at the General Motors plant in Silao voted. General Motors de México, S. de R.L. de C.V. "
                   "agreed. General Dynamics signed a contract.")
    assert not any(a.kind == "official" for a in found.values()), sorted(found)
    assert {"General Motors", "General Motors de México, S. de R.L. de C.V.", "General Dynamics"} <= set(found)


def test_a_body_a_country_owns_is_a_body_whatever_its_acronym():
    found = actors("We will work with Guatemala's National Coordinator for Disaster Reduction (CONRED).")
    body = next(a for n, a in found.items() if "Coordinator for Disaster Reduction" in n)
    assert body.kind == "agency" and "CONRED" in body.aliases, body
    assert not any(a.kind == "official" for a in found.values())


def test_julio_opens_a_name_and_july_stays_a_month():
    found = actors("The Army of Nicaragua, under the command of General Julio César Avilés Castillo, acquired tanks.")
    assert "Julio César Avilés Castillo" in found, sorted(found)


def test_a_plural_title_list_with_each_persons_country():
    found = actors("Former Prime Ministers Bruce Golding of Jamaica, Perry Christie of The Bahamas and Kenny Anthony of "
                   "Saint Lucia attended the summit.")
    assert {n: a.affiliation for n, a in found.items() if a.kind == "official"} == {
        "Bruce Golding": "government:jm", "Perry Christie": "government:bs", "Kenny Anthony": "government:lc"}


def test_former_officials_sit_in_the_body_they_lead():
    found = actors("The Vice President welcomed the CARICOM Eminent Persons Group, led by former Prime Ministers Bruce "
                   "Golding of Jamaica and Perry Christie of The Bahamas, to facilitate dialogue.")
    group = next(a.id for n, a in found.items() if n.endswith("Eminent Persons Group"))
    assert {a.affiliation for a in found.values() if a.kind == "official"} == {group}


def test_a_delegation_list_of_name_comma_title_lines():
    found = actors("Members of the Presidential Delegation:\n\nThe Honorable Mari Carmen Aponte, U.S. Ambassador to the "
                   "Republic of Panama\nThe Honorable Brian A. Nichols, Assistant Secretary of State for Western "
                   "Hemisphere Affairs\nThe Honorable Jane Doe, Deputy Secretary of Homeland Security\n")
    assert {n: a.titles for n, a in found.items() if a.kind == "official"} == {
        "Mari Carmen Aponte": ("U.S. Ambassador to the Republic of Panama",),
        "Brian A. Nichols": ("Assistant Secretary of State for Western Hemisphere Affairs",),
        "Jane Doe": ("Deputy Secretary of Homeland Security",)}


def test_a_title_that_names_its_country_wins_over_the_context():
    found = actors("The statement of Brazil, Colombia and Mexico was agreed by President Luiz Inácio Lula da Silva, "
                   "President Gustavo Petro Urrego and President Andrés Manuel López Obrador, and was coordinated by "
                   "the foreign ministers Mauro Vieira, Luis Gilberto Murillo Urrutia and Alicia Bárcena Ibarra.\n\n"
                   "Colombian Foreign Minister Murillo added that Colombia would help.")
    assert "colombia" in (found["Luis Gilberto Murillo Urrutia"].affiliation or ""), found["Luis Gilberto Murillo Urrutia"]


def test_a_sea_named_after_a_country_is_part_of_the_body_name():
    found = actors("NOAA Fisheries and the Gulf of Mexico Fishery Management Council closed the season.")
    assert "Gulf of Mexico Fishery Management Council" in found, sorted(found)
    assert not any(n.startswith("Mexican") for n in found), sorted(found)


def test_a_quoted_nickname_inside_a_name():
    found = actors('Former Honduran Congressman Juan Antonio "Tony" Hernández Alvarado was sentenced today. '
                   'Hernández Alvarado was convicted in 2019.')
    person = found['Juan Antonio "Tony" Hernández Alvarado']
    assert "Juan Antonio Hernández Alvarado" in person.aliases and len(person.mentions) == 2


def test_an_address_after_a_signature_block_is_not_part_of_the_body():
    found = actors("The Minister of Energy and Energy Industries made the announcement.\n\n-END-\n\n"
                   "Ministry of Energy and Energy Industries\nLevel 22-26, Tower C, International Waterfront Centre")
    assert not any("Level" in n for n in found), sorted(found)
