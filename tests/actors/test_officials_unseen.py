"""Officials in title shapes the lexicon's portfolios do not cover: a comma list in a portfolio, a post
in a city before the name, a region as a portfolio, a month that is a surname."""
from __future__ import annotations

import pytest

from corpus.pipeline import analyse_document
from documents.load import load_bytes


def officials(text: str) -> dict[str, object]:
    analysis = analyse_document(load_bytes("t.txt", f"Release Date: June 1, 2022\n\n{text}".encode()))
    return {a.name: a for a in analysis.actors if a.kind == "official"}


@pytest.mark.parametrize("text, name, title_part", [
    ("Canada's Minister of Immigration, Refugees and Citizenship Sean Fraser and Minister of Public Safety "
     "Marco Mendicino will work with ICE.", "Sean Fraser", "Refugees and Citizenship"),
    ("Canada's Minister of Immigration, Refugees and Citizenship Sean Fraser and Minister of Public Safety "
     "Marco Mendicino will work with ICE.", "Marco Mendicino", "Public Safety"),
    ("U.S. Chargé d'Affaires in Havana Mike Hammer has met with families.", "Mike Hammer", "Havana"),
    # ad interim between the title and the name
    ("Chargé d'Affaires a.i. Roberto Ramírez Valle of the Embassy of Honduras received the artifacts.",
     "Roberto Ramírez Valle", "Chargé"),
    ("Ambassador ad interim John Roe spoke to the press in Tegucigalpa.", "John Roe", "Ambassador"),
    # a hyphenated last item of a listed portfolio, then the name
    ("In Belize, Minister of Public Utilities, Energy, Logistics and E-Governance Michel Chebat signed the annexes.",
     "Michel Chebat", "E-Governance"),
    # a country's body named after the country, then the name
    ("In Puerto Rico, Secretary of the Puerto Rico Department of Public Safety Alexis Torres joined the "
     "announcement.", "Alexis Torres", "Department of Public Safety"),
    # two particles inside a Hispanic name
    ("In Havana, Minister of Energy and Mines Vicente de la O Levy told reporters the grid was fragile.",
     "Vicente de la O Levy", "Energy and Mines"),
    ("The delegation was joined by the Undersecretary for Latin America and the Caribbean, Maximiliano Reyes "
     "Zúñiga.", "Maximiliano Reyes Zúñiga", "Latin America and the Caribbean"),
    ("The delegation was joined by the Secretary of Welfare, Javier May Rodríguez, whose department runs the "
     "program.", "Javier May Rodríguez", "Secretary of Welfare"),
    # a month closing a name, before a verb
    ("U.S. District Judge Leigh Martin May sentenced him to 11 years in prison.", "Leigh Martin May", "Judge"),
    # a country's name between a given name and a surname is the person's
    ("Costa Rica's coast guard chief, Commissioner Rolando Liberia Sáenz, said the boats arrived.",
     "Rolando Liberia Sáenz", "Commissioner"),
    # where the office sits, between the title and the comma before the name
    ("The Country Director of USAID/Honduras, Julie Chen Ávalos, visited the grantees.", "Julie Chen Ávalos",
     "Country Director"),
    ("The Chargé d'Affaires of the Embassy of the United States in El Salvador, Nancy Pérez Lindqvist, attended.",
     "Nancy Pérez Lindqvist", "Chargé d'Affaires"),
])
def test_title_shapes(text, name, title_part):
    found = officials(text)
    assert name in found, sorted(found)
    assert any(title_part in t for t in found[name].titles), found[name].titles


@pytest.mark.parametrize("text, name, title_part, body", [
    # "a.i." is one word: no sentence ends inside the title
    ("The delegation: Chargé d'Affaires a.i. to El Salvador Naomi Fellows attended.", "Naomi Fellows",
     "a.i. to El Salvador", "U.S. Department of State"),
    # an office a named body owns, though its head word needs a body
    ("CDB's Head of Environmental Sustainability, Dr. Marlon Baptiste, said the designs were reviewed.",
     "Marlon Baptiste", "Head of Environmental Sustainability", "Caribbean Development Bank"),
    # an office covering a country and a region
    ("IAF Regional Director for Mexico and Central America Lucía Ferris visited the grantees.", "Lucía Ferris",
     "for Mexico and Central America", "Inter-American Foundation"),
    # an acronym the text defines, then the last word of the body's name, before the office
    ("The Inter-American Foundation (IAF) made six grants. IAF Foundation Representative for Honduras and El "
     "Salvador Carlos Quintanilla visited the grantees.", "Carlos Quintanilla", "Representative",
     "Inter-American Foundation"),
])
def test_offices_of_bodies(text, name, title_part, body):
    analysis = analyse_document(load_bytes("t.txt", f"Release Date: June 1, 2022\n\n{text}".encode()))
    by_id = {a.id: a for a in analysis.actors}
    found = {a.name: a for a in analysis.actors if a.kind == "official"}
    assert name in found, sorted(found)
    assert any(title_part in t for t in found[name].titles), found[name].titles
    assert by_id[found[name].affiliation].name == body, by_id[found[name].affiliation].name


@pytest.mark.parametrize("text, name, body", [
    # an envoy's posts listed after "to", then the name
    ("U.S. Ambassador to Barbados, the Eastern Caribbean and the OECS Linda Roe joined Prime Minister Gaston Browne.",
     "Linda Roe", "U.S. Department of State"),
    # a division's name with "de", capitalised title or not
    ("The governor of Norte de Santander, William Roe, said voters could not cast ballots in Cúcuta, Colombia.",
     "William Roe", "Government of Norte de Santander"),
    ("The Governor of Norte de Santander, William Roe, said voters could not cast ballots in Cúcuta, Colombia.",
     "William Roe", "Government of Norte de Santander"),
    # a constituency, then an honorific and the name; no U.S. office has a parliament
    ("Member of Parliament for South East St. Elizabeth, Hon. Frank Roe, welcomed the station in Jamaica.",
     "Frank Roe", "Government of Jamaica"),
    # the office a nominee is named for
    ("Testimony of Dr. Cynthia A. Roe, Nominee to be Ambassador Extraordinary and Plenipotentiary of the United "
     "States of America to the Republic of Costa Rica", "Cynthia A. Roe", "U.S. Department of State"),
    # a town's department between the office and the name
    ("The Department of State is designating former Mayor of Malacatán, San Marcos, Erwin Roe Fuentes, due to his "
     "involvement in significant corruption in Guatemala.", "Erwin Roe Fuentes", "Municipal Government of Malacatán"),
])
def test_offices_before_names_after_lists_and_places(text, name, body):
    assert _seat_of(text, name) == body


def test_the_head_of_an_election_office_is_the_countrys():
    found = officials("Results released by Supervisor of Elections Ianthe Mesopotamia Jack showed the NDP winning "
                      "14 of the 15 seats in St. Vincent and the Grenadines.")
    assert "Ianthe Mesopotamia Jack" in found, sorted(found)


def test_a_month_between_names_only():
    found = officials("President Biden met Javier May on May 5 in Washington.")
    assert not any("May 5" in n for n in found), sorted(found)
    assert "Antony Blinken" in officials("Secretary Antony Blinken May 5 said the talks would go on.")


def test_a_country_before_a_title_is_no_surname():
    # "The U.S. Ambassador …": a capitalised "The" is no given name, and "Ambassador" no surname
    found = officials("BILATERAL REPRESENTATION\n\nThe U.S. Ambassador to Guatemala is William W. Popp; other "
                      "principal embassy officials are listed.")
    assert "William W. Popp" in found, sorted(found)
    judge = officials("Judge Rosa Argentina Chontales Irías of the Managua District Criminal Court sentenced the "
                      "activists, Nicaraguan media said.")["Rosa Argentina Chontales Irías"]
    assert judge.country != "AR"


@pytest.mark.parametrize("text, name, title_part", [
    ("Petro was accompanied by Minister of Finance and Public Credit José Antonio Ocampo, Minister of "
     "Environment and Sustainable Development Susana Muhamad, and others.", "José Antonio Ocampo", "Public Credit"),
    ("Petro was accompanied by Minister of Finance and Public Credit José Antonio Ocampo, Minister of "
     "Environment and Sustainable Development Susana Muhamad, and others.", "Susana Muhamad",
     "Sustainable Development"),
    ("He was joined by Special Presidential Advisor for the Americas Christopher J. Dodd.", "Christopher J. Dodd",
     "for the Americas"),
    ("Comments were signed by Assistant Administrator for Latin America and the Caribbean Marcela Escobari.",
     "Marcela Escobari", "Latin America and the Caribbean"),
    ("They were welcomed by the Director General of the Haitian National Police, Rameau Normil.", "Rameau Normil",
     "Haitian National Police"),
    ("The delegation will meet Foreign Minister-designate Javier Martínez-Acha Vásquez in Panama.",
     "Javier Martínez-Acha Vásquez", "Foreign Minister"),
    ("The Guatemalan people elected Bernardo Arévalo de León as President and Karin Herrera as Vice President.",
     "Karin Herrera", "Vice President"),
    ("In August 2024, the Senate approved Yeni Berenice Reynoso as the new Attorney General of the Dominican "
     "Republic.", "Yeni Berenice Reynoso", "Attorney General"),
    ("After the storm, Anthony Lares Medina has been named as the Federal Coordinating Officer for FEMA in "
     "Puerto Rico.", "Anthony Lares Medina", "Federal Coordinating Officer"),
    # a unit a country or body owns, inside the title, before a name in apposition
    ("The Director General of Haiti's Civil Protection, Jerry Chandler, said the rains had cut the road.",
     "Jerry Chandler", "Civil Protection"),
    ("Granholm spoke in Adjuntas with the Director of DOE's Grid Deployment Office, Maria Robinson.",
     "Maria Robinson", "Grid Deployment Office"),
    # a portfolio ending in "Region" before the name
    ("IAF Regional Director for the Andean Region Tatiana Magangué Ruiz said the grants build on its work.",
     "Tatiana Magangué Ruiz", "Andean Region"),
    # the office's own words before a lower-case head, then a full name opening on a first name
    ("A Nicaraguan delegation led by presidential adviser Laureano Ortega Murillo signed the communique in Tianjin.",
     "Laureano Ortega Murillo", "adviser"),
    # a lower-case title after its owner, with the office's words between them
    ("Her energy adviser, Josué Colón Ortiz, said the outage began at the Costa Sur plant.", "Josué Colón Ortiz",
     "adviser"),
    # a portfolio no list knows, after "for", closed by the name it introduces (an honorific may come between)
    ("APHIS Deputy Administrator for Veterinary Services Dr. Rosemary Sifford will travel to Mexico City.",
     "Rosemary Sifford", "Veterinary Services"),
    ("APHIS Deputy Administrator for Veterinary Services Rosemary Sifford will travel to Mexico City.",
     "Rosemary Sifford", "Veterinary Services"),
    # heads of public corporations, and Border Patrol sector chiefs
    ("DFC Chief Executive Officer Scott Nathan announced the loans in Tegucigalpa.", "Scott Nathan",
     "Chief Executive Officer"),
    ("Miami Sector Chief Patrol Agent Walter N. Slosar reported the landings.", "Walter N. Slosar",
     "Chief Patrol Agent"),
])
def test_more_title_shapes(text, name, title_part):
    found = officials(text)
    assert name in found, sorted(found)
    assert any(title_part in t for t in found[name].titles), found[name].titles


def test_the_head_of_a_named_body():
    found = officials("The DEA, headed by Anne Milgram, announced the seizure in Arizona.")
    assert "Anne Milgram" in found and found["Anne Milgram"].affiliation == "agency:drug-enforcement-administration"


def test_the_head_of_a_body_no_list_knows():
    found = officials("Pensions are paid by Panama's Social Security Fund, headed by Dino Mon, from next month.")
    assert found["Dino Mon"].affiliation == "organization:social-security-fund", found


def test_the_head_of_a_body_defined_with_a_dashed_acronym():
    found = officials("The compact will be managed by the Millennium Challenge Account – Belize (MCA-Belize), led by "
                      "Chief Executive Officer Dr. Carla Young.")
    assert found["Carla Young"].affiliation == "agency:millennium-challenge-account-belize", found


@pytest.mark.parametrize("text, name, affiliation", [
    # a lower-case title in apposition after a first name, wherever the name stands; with or without its article
    ("Protests followed the killing of Carlos Manzo, the mayor of Uruapan, on November 1.", "Carlos Manzo",
     "government:municipal-government-of-uruapan"),
    ("Protests followed the killing of Carlos Manzo, mayor of Uruapan, on November 1.", "Carlos Manzo",
     "government:municipal-government-of-uruapan"),
    ("Juan Pérez, Governor of Sonora, said he would stay.", "Juan Pérez", "government:government-of-sonora"),
    # "under" before a capitalised title opens no Under Secretary
    ("The order directs the Puerto Rico Department of Public Safety (DSP), under Secretary Arturo Garffer, to lead "
     "the task force.", "Arturo Garffer", "agency:puerto-rico-department-of-public-safety"),
])
def test_titles_written_after_or_around_the_name(text, name, affiliation):
    found = officials(text)
    assert name in found, sorted(found)
    assert found[name].affiliation == affiliation


@pytest.mark.parametrize("text, name, affiliation", [
    ("The Dominican Republic rejects the statement issued by the United Nations High Commissioner for Human Rights, "
     "Volker Türk, on returns to Haiti.", "Volker Türk", "organization:united-nations"),
    ("UN High Commissioner for Refugees Filippo Grandi visited Panama.", "Filippo Grandi",
     "organization:un-refugee-agency"),
    ("The statement was issued by the United Nations High Commissioner for Refugees, Filippo Grandi, in Geneva.",
     "Filippo Grandi", "organization:un-refugee-agency"),
])
def test_an_international_high_commissioner_is_no_ministry_of_the_portfolio(text, name, affiliation):
    found = officials(text)
    assert found[name].affiliation == affiliation, found[name]


@pytest.mark.parametrize("text, name, affiliation", [
    # a Mexican state's officials: "state" before a portfolio title, the state's name before an attorney general
    ("She traveled to the city of Campeche to meet Governor Layda Sansores San Román and state Security Secretary "
     "Marcela Muñoz Martínez.", "Marcela Muñoz Martínez", "government:government-of-campeche"),
    ("The state prosecutor's office opened an investigation. Guanajuato Attorney General Gerardo Vázquez Alatriste "
     "said investigators found casings.", "Gerardo Vázquez Alatriste", "government:government-of-guanajuato"),
    ("OAXACA, Oaxaca — The Ambassador visited the state of Oaxaca, where he met Governor Salomón Jara Cruz. He "
     "also met the state's Secretary of Tourism, Saymi Pineda Velasco.", "Saymi Pineda Velasco",
     "government:government-of-oaxaca"),
    # "the Ambassador and Governor Jara": two people, the first named before, not one joint office
    ("OAXACA, Oaxaca — The Ambassador met Governor Salomón Jara Cruz in the state of Oaxaca. In Oaxaca de Juárez, "
     "the Ambassador and Governor Jara discussed security.", "Salomón Jara Cruz", "government:government-of-oaxaca"),
    # a mayor in "the city of X" the sentence opens on
    ("In the colonial city of Comayagua, Mayor Carlos Miranda accompanied the Ambassador.", "Carlos Miranda",
     "government:municipal-government-of-comayagua"),
])
def test_local_and_state_offices_are_their_places(text, name, affiliation):
    found = officials(text)
    assert found[name].affiliation == affiliation, found[name]


def test_another_persons_office_in_the_possessive_is_no_title():
    found = officials("A video showed Carlos Zelaya, the president's brother-in-law, discussing money in Honduras.")
    assert "Carlos Zelaya" not in found, sorted(found)


def test_a_portfolio_of_several_words_before_the_name():
    found = officials("In Guatemala City, Secretary for Food and Nutritional Security Juan Carlos Carías spoke.")
    assert "Juan Carlos Carías" in found, sorted(found)


def test_led_by_needs_a_named_body():
    assert "John Smith" not in officials("The task force, led by John Smith, met in Miami.")
    assert "John Smith" not in officials("The task force led by John Smith met in Miami.")


def test_a_named_body_led_by_a_person_without_a_comma():
    found = officials("The 400 Mawozo gang led by Wilson Joseph kidnapped the missionaries.")
    assert found["Wilson Joseph"].affiliation == "criminal:400-mawozo", found


@pytest.mark.parametrize("text, name, affiliation", [
    ("U.S. Representative Norma J. Torres and Senator Bob Menendez met officials in Guatemala.", "Norma J. Torres",
     "agency:us-house-of-representatives"),
    ("U.S. Representative Norma J. Torres and Senator Bob Menendez met officials in Guatemala.", "Bob Menendez",
     "agency:us-senate"),
    ("Special Assistant to the President and Senior Director for the Western Hemisphere Juan S. Gonzalez visited "
     "Panama.", "Juan S. Gonzalez", "agency:national-security-council"),
    ("USAID Deputy Assistant Administrator Victoria Alvarado visited programs in Colombia funded by USAID.",
     "Victoria Alvarado", "agency:us-agency-for-international-development"),
    # an envoy "for" a country is sent to it, not its government's
    ("The Honorable Daniel Foote, Special Envoy for Haiti, U.S. Department of State, joined the delegation.",
     "Daniel Foote", "agency:us-department-of-state"),
    # a field office's officer is its agency's
    ('"We work together," said DEA Miami Field Division Special Agent in Charge Deanne L. Reuter.',
     "Deanne L. Reuter", "agency:drug-enforcement-administration"),
    ("The case was announced by FBI Miami Field Office Special Agent in Charge Jeffrey B. Veltri.",
     "Jeffrey B. Veltri", "agency:federal-bureau-of-investigation"),
    # a post that names its command over the rank's service
    ("DORAL, Fla. — Army Gen. Laura Richardson, commander of U.S. Southern Command, traveled to Jamaica.",
     "Laura Richardson", "agency:us-southern-command"),
    # a body's acronym, then the last word of its name, before the office
    ("IAF Foundation Representative Nathalie Dessalines said the IAF kept working.", "Nathalie Dessalines",
     "agency:inter-american-foundation"),
    ("The IAF's Foundation Representative for El Salvador, Rebeca Nejapa Soto, visited the grantees.",
     "Rebeca Nejapa Soto", "agency:inter-american-foundation"),
    # of two offices joined by "and", the first one's named body
    ('"Do not take to the sea," said Rear Adm. Brendan McPherson, commander of the Coast Guard Seventh District and '
     "director of Homeland Security Task Force – Southeast.", "Brendan McPherson", "agency:seventh-coast-guard-district"),
])
def test_us_affiliations(text, name, affiliation):
    found = officials(text)
    assert name in found, sorted(found)
    assert found[name].affiliation == affiliation


@pytest.mark.parametrize("text, name", [
    ("- **Gustavo Adolfo Alejos Cámbara**, former Private Secretary of the Presidency, for engaging in corruption.",
     "Gustavo Adolfo Alejos Cámbara"),
    ("- **Conan Tonathiu Castro**, Legal Secretary of the Presidency, for undermining democratic processes.",
     "Conan Tonathiu Castro"),
])
def test_a_name_in_bold_before_its_title(text, name):
    assert name in officials(text), sorted(officials(text))


@pytest.mark.parametrize("text, name, government", [
    ("The summit was attended by Prime Minister Anna Smith of St. Kitts and Nevis and others.", "Anna Smith",
     "government:kn"),
    ("Prime Minister John Doe of St Lucia spoke first, then Prime Minister Mary Roe of Grenada.", "John Doe",
     "government:lc"),
])
def test_saint_countries_in_their_short_form(text, name, government):
    found = officials(text)
    assert name in found and found[name].affiliation == government, found.get(name)


@pytest.mark.parametrize("text, name", [
    ("The Ambassador toured the port with USAID/Guatemala Mission Director Carl Smith on Monday.", "Carl Smith"),
    ("The Peru Mission Director Ana Gomez said USAID would fund the repairs.", "Ana Gomez"),
])
def test_a_country_before_a_mission_director_hosts_the_post(text, name):
    found = officials(text)
    assert name in found and found[name].affiliation == "agency:us-agency-for-international-development", \
        found.get(name)


def test_an_assistant_us_attorney_serves_the_one_office_the_release_names():
    text = ("The U.S. Attorney's Office for the Western District of Texas announced the sentence. Assistant U.S. "
            "Attorney Jane Roe prosecuted the case.")
    assert officials(text)["Jane Roe"].affiliation == "agency:us-attorney-office-for-the-western-district-of-texas"
    assert officials("Assistant U.S. Attorney Jane Roe prosecuted the case.")["Jane Roe"].affiliation == \
        "agency:us-department-of-justice"


def test_an_assistant_us_attorney_serves_the_office_whose_header_issued_the_release():
    text = ("U.S. Attorney's Office\nSouthern District of Texas\n\nPRESS RELEASE\n\nFormer official sentenced\n\n"
            "Friday, March 17, 2023\n\nBROWNSVILLE, Texas – A former official was sentenced today, announced U.S. "
            "Attorney Alamdar S. Hamdani. Assistant U.S. Attorney Jody Young prosecuted the case.")
    found = {a.name: a for a in analyse_document(load_bytes("r.txt", text.encode())).actors}
    office = "agency:us-attorney-office-for-the-southern-district-of-texas"
    assert found["Jody Young"].affiliation == office and found["Alamdar S. Hamdani"].affiliation == office


def test_a_federal_district_judge_sits_on_the_one_court_the_text_names():
    found = officials("U.S. District Judge Randolph D. Moss sentenced him in U.S. District Court for the District "
                      "of Columbia.")
    assert found["Randolph D. Moss"].affiliation == "agency:us-district-court-for-the-district-of-columbia"
    found = officials("U.S. District Judge Randolph D. Moss sentenced him in Washington.")
    assert found["Randolph D. Moss"].affiliation != "agency:us-district-court-for-the-district-of-columbia"


@pytest.mark.parametrize("text, name, affiliation", [
    ("U.S. Southern Command said its commander, General Jane Roe, would travel to Quito.", "Jane Roe",
     "agency:us-southern-command"),
    ("The drill is run by U.S. Army South (ARSOUTH), whose commanding general, Maj. Gen. John K. Doe, will direct "
     "the staff.", "John K. Doe", "agency:us-army-south"),
    ("U.S. Army South, commanded by Maj. Gen. John K. Doe, led the land component.", "John K. Doe",
     "agency:us-army-south"),
    ("The Acting Commandant of the Coast Guard, Adm. Kevin E. Doe, has made it a priority.", "Kevin E. Doe",
     "agency:us-coast-guard"),
])
def test_a_commander_of_a_named_command(text, name, affiliation):
    found = officials(text)
    assert name in found and found[name].affiliation == affiliation, found.get(name)


def test_a_rank_opening_the_next_line_of_a_list_is_not_the_previous_title_s_name():
    found = officials("The delegation was composed of:\n\nJoel Smith Pérez, Minister of the Presidency\nVice Admiral "
                      "José Manuel Doe Ulloa, President of the National Directorate for Drug Control (DNCD)\n")
    assert "Joel Smith Pérez" in found, sorted(found)
    assert not any("Presidency" in t for t in found["José Manuel Doe Ulloa"].titles), found["José Manuel Doe Ulloa"]


@pytest.mark.parametrize("text, name, title_part", [
    ("Minister of Rural Affairs, Community Development, Labour and Local Government, Peter Quill, opened the "
     "school.", "Peter Quill", "Local Government"),
    ("The Minister of Public Safety, Democratic Institutions and Intergovernmental Affairs Dominic Roe spoke.",
     "Dominic Roe", "Intergovernmental Affairs"),
])
def test_a_long_comma_portfolio_before_the_name(text, name, title_part):
    found = officials(text)
    assert name in found and any(title_part in t for t in found[name].titles), sorted(found)
    assert not any(n in found for n in ("Community Development", "Democratic Institutions")), sorted(found)


@pytest.mark.parametrize("text", [
    "In Peru, the National Coordinator for Disaster Reduction (CONADE) reported floods.",
    "The report was signed by the Director, International Affairs and Trade, of the office.",
])
def test_institution_words_after_a_title_are_no_person(text):
    assert officials(text) == {}, sorted(officials(text))


def test_a_name_before_a_title_ending_in_institution_words():
    found = officials('"We are ready," said Jane Roe, Assistant Administrator for NOAA Fisheries. "We act now."')
    assert "Jane Roe" in found, sorted(found)


def test_chairs_and_ranking_members_at_a_hearing_of_one_chamber():
    found = officials("The House Foreign Affairs Committee held a hearing on Haiti. Chairman John Smith opened it, "
                      "and Ranking Member Roe asked about Port-au-Prince.")
    assert found["John Smith"].affiliation == "agency:us-house-of-representatives", found["John Smith"]
    assert found["Roe"].affiliation == "agency:us-house-of-representatives", found["Roe"]


def test_a_known_head_of_state_gives_the_sentence_its_country():
    found = officials("Secretary Blinken met in San Salvador with President Nayib Bukele and Minister of Justice and "
                      "Public Security Juan Roe, then flew to Mexico.")
    assert found["Juan Roe"].affiliation.startswith("agency:salvadoran-"), found["Juan Roe"]


@pytest.mark.parametrize("text, name, title_part", [
    ("The Ambassador met with Governor of Oaxaca Maria Luisa Roe Pérez in the capital.", "Maria Luisa Roe Pérez",
     "Governor of Oaxaca"),
    ("The Ambassador met with Municipal President of Tlaxco Abelinda Roe Ruiz on Monday.", "Abelinda Roe Ruiz",
     "President of Tlaxco"),
    ("Among the dead is the Governor of Monte Plata province, Nelda Roe, a dedicated public servant.", "Nelda Roe",
     "Monte Plata province"),
    ("Peru's ombudsman, Carlos Roe, visited the camp on Wednesday.", "Carlos Roe", "ombudsman"),
    ("The electoral council has three members, its President Kelvin Roe and councilors Rina Doe and Ana Paola Poe.",
     "Ana Paola Poe", "councilor"),
])
def test_local_offices_and_council_members(text, name, title_part):
    found = officials(text)
    assert name in found and any(title_part in t for t in found[name].titles), sorted(found)


def test_a_us_state_governor_is_of_the_united_states():
    found = officials("President of Honduras Xiomara Castro met Governor of Texas Greg Abbott.")
    assert found["Greg Abbott"].country == "US", found["Greg Abbott"]


def test_an_untitled_rank_in_a_coast_guard_release_is_the_coast_guard_s():
    text = ('The U.S. Coast Guard cutter returned to Miami. "We are proud," said Cmdr. Jane Roe, commanding officer '
            "of the cutter. The Coast Guard said Rear Adm. John Doe thanked the crew.")
    found = officials(text)
    assert found["Jane Roe"].affiliation == "agency:us-coast-guard", found["Jane Roe"]
    assert found["John Doe"].affiliation == "agency:us-coast-guard", found["John Doe"]
    found = officials("The U.S. Coast Guard and the U.S. Navy trained off Panama. Rear Adm. John Doe thanked them.")
    assert found["John Doe"].affiliation == "agency:us-department-of-defense", found["John Doe"]


def test_a_local_office_serves_its_state_or_town_government_within_its_country():
    analysis = analyse_document(load_bytes("t.txt", (
        "Release Date: June 1, 2022\n\nIn Mexico the Ambassador met with Governor of Oaxaca Maria Luisa Roe Pérez "
        "and Municipal President of Tlaxco Abelinda Roe Ruiz.").encode()))
    by_id = {a.id: a for a in analysis.actors}
    found = {a.name: a for a in analysis.actors if a.kind == "official"}
    state = by_id[found["Maria Luisa Roe Pérez"].affiliation]
    town = by_id[found["Abelinda Roe Ruiz"].affiliation]
    assert (state.name, state.kind, state.affiliation) == ("Government of Oaxaca", "government", "government:mx")
    assert town.name == "Municipal Government of Tlaxco" and "Municipality of Tlaxco" in town.aliases
    assert any(r.kind == "member-of" and r.source == found["Abelinda Roe Ruiz"].id and r.target == "government:mx"
               for r in analysis.relations)


@pytest.mark.parametrize("verb", ["Sentenced", "Extradited", "Indicted", "Convicted", "Pleads"])
def test_a_justice_headline_verb_is_not_part_of_the_name(verb):
    found = officials(f"Former Peruvian Minister of the Interior Juan Roe Pérez {verb} in New York\n\n"
                      "Juan Roe Pérez, the former Minister of the Interior of Peru, appeared in court today.")
    assert "Juan Roe Pérez" in found and not any(verb in n for n in found), sorted(found)


@pytest.mark.parametrize("text, name, seat", [
    ('"We have no more room," said Tumaco Mayor Jorge Roe, who asked for help.', "Jorge Roe",
     "Municipal Government of Tumaco"),
    ("New Haven Mayor Eric Roe spoke first.", "Eric Roe", "Municipal Government of New Haven"),
    ("Tulum's mayor Diego Roe said the town would close beaches in Quintana Roo, Mexico.", "Diego Roe",
     "Municipal Government of Tulum"),
    ("The minister met Texas Governor Greg Roe.", "Greg Roe", "Government of Texas"),
])
def test_a_place_before_a_local_office_is_its_seat(text, name, seat):
    analysis = analyse_document(load_bytes("t.txt", f"Release Date: June 1, 2022\n\n{text}".encode()))
    by_id = {a.id: a for a in analysis.actors}
    person = next(a for a in analysis.actors if a.name == name)
    assert by_id[person.affiliation].name == seat, by_id.get(person.affiliation)


def test_a_modifier_before_a_mayor_is_no_seat():
    found = officials("The Deputy Mayor John Doe and Former Mayor Jane Poe listened.")
    assert not any("Municipal" in (a.affiliation or "") for a in found.values()), found


def test_british_honorifics_are_not_part_of_the_name_and_list_items_keep_their_titles():
    found = officials("Caribbean leaders met in Port of Spain.\n\nAttending:\n\n"
                      "- the Honourable Gaston Browne, Prime Minister of Antigua and Barbuda\n"
                      "- the Honourable Philip Davis, Prime Minister of The Bahamas\n\n"
                      "Also present was the Most Honourable Bruce Golding, former Prime Minister of Jamaica.")
    assert {"Gaston Browne", "Philip Davis", "Bruce Golding"} <= set(found), sorted(found)
    assert found["Gaston Browne"].titles == ("Prime Minister of Antigua and Barbuda",)
    assert found["Philip Davis"].titles == ("Prime Minister of The Bahamas",)


def test_a_jurisdiction_after_of_stays_one():
    found = officials("She met with Governor of Guerrero Evelyn Salgado Pineda in Acapulco.")
    assert "Evelyn Salgado Pineda" in found, sorted(found)
    assert "guerrero" in str(found["Evelyn Salgado Pineda"].affiliation or ""), found["Evelyn Salgado Pineda"]


@pytest.mark.parametrize("text, name, title, affiliation_part", [
    # a place name opening with "San" is not cut before a first name
    ("Mayor of San Antonio Ron Nirenberg spoke in Texas.", "Ron Nirenberg", "Mayor of San Antonio", "san-antonio"),
    # "Lieutenant" and "Municipal" modify the office; they are no place governed
    ("Lieutenant Governor Jeanette Nuñez attended in Tallahassee, Florida.", "Jeanette Nuñez", "Lieutenant Governor",
     ""),
    ("They were received by the Municipal Mayor of Cuilco, Edgar Roblero Villatoro, in Guatemala.",
     "Edgar Roblero Villatoro", "Municipal Mayor of Cuilco", ""),
])
def test_local_offices(text, name, title, affiliation_part):
    found = officials(text)
    assert name in found, sorted(found)
    assert found[name].titles == (title,), found[name].titles
    affiliation = str(found[name].affiliation or "")
    assert "lieutenant" not in affiliation and "government-of-municipal" not in affiliation, affiliation
    assert affiliation_part in affiliation, affiliation


@pytest.mark.parametrize("text, name", [
    ('The Honorable Jesús G. "Chuy" García, U.S. Representative (Illinois, 4th District), joined.',
     'Jesús G. "Chuy" García'),
    ('The Honorable Juan Antonio "Tony" Hernández, U.S. Representative, spoke.', 'Juan Antonio "Tony" Hernández'),
])
def test_a_nickname_inside_a_name_before_its_title(text, name):
    assert name in officials(text), sorted(officials(text))


@pytest.mark.parametrize("text, name, body", [
    ("The Governor of Quintana Roo, Mara Lezama Espinosa, activated the protocol.", "Mara Lezama Espinosa",
     "Government of Quintana Roo"),
    ("The Municipal President of Ciudad Juárez, Cruz Pérez Cuéllar, opened the shelter.", "Cruz Pérez Cuéllar",
     "Municipality of Ciudad Juárez"),
    ("The Mayor of El Paso, Oscar Leeser, welcomed them.", "Oscar Leeser", "City of El Paso"),
])
def test_a_local_office_closed_by_its_place_governs_it(text, name, body):
    analysis = analyse_document(load_bytes("t.txt", f"Release Date: June 1, 2022\n\n{text}".encode()))
    by_id = {a.id: a for a in analysis.actors}
    person = next(a for a in analysis.actors if a.name == name)
    affiliation = by_id[person.affiliation]
    assert body in {affiliation.name, *affiliation.aliases}, (affiliation.name, affiliation.aliases)


def test_the_governor_of_a_body_governs_no_place():
    analysis = analyse_document(load_bytes("t.txt", b"The Governor of the Central Bank, John Smith, spoke."))
    assert not any(a.kind == "government" and "Central Bank" in a.name for a in analysis.actors)


def test_an_international_bodys_release_owns_its_bare_commissioners():
    text = ("OAS :: IACHR :: Press Releases\n\nIACHR Concludes Visit to Honduras\n\nApril 28, 2023\n\n"
            "The delegation was composed of:\n\nCommissioner Roberta Clarke, Rapporteur on the Rights of Women\n"
            "Pedro Vaca Villarreal, Special Rapporteur for Freedom of Expression\n\n"
            "The delegation met Minister of Foreign Affairs Eduardo Enrique Reina in Tegucigalpa.")
    analysis = analyse_document(load_bytes("t.txt", text.encode()))
    by_name = {a.name: a for a in analysis.actors}
    iachr = "organization:inter-american-commission-on-human-rights"
    assert by_name["Roberta Clarke"].affiliation == iachr
    assert by_name["Pedro Vaca Villarreal"].affiliation == iachr
    assert by_name["Eduardo Enrique Reina"].affiliation != iachr


def test_a_headline_verb_ends_a_name():
    found = officials("Mayor Oscar Leeser Declares State of Emergency\n\nThe city asked for help.")
    assert not any("Declares" in n for n in found), sorted(found)


def test_a_body_after_a_title_is_not_its_holder():
    found = officials("Contact: Gabriela Paz-Bailey, MD, PhD, Chief, Dengue Branch, Division of Vector-Borne Diseases")
    assert "Dengue Branch" not in found, sorted(found)


def test_the_small_business_administrator():
    found = officials("The Honorable Isabel Casillas Guzman, Administrator of the U.S. Small Business Administration")
    assert "Isabel Casillas Guzman" in found and "Small Business" not in found, sorted(found)
    assert found["Isabel Casillas Guzman"].affiliation == "agency:us-small-business-administration"


@pytest.mark.parametrize("text, name", [
    ("Castro recognized Redondo. Her vice president, Salvador Nasralla, said the dispute would be settled.",
     "Salvador Nasralla"),
    ("Honduran lawmaker Jorge Cálix spoke to reporters.", "Jorge Cálix"),
])
def test_news_style_lower_case_offices(text, name):
    assert name in officials(text), sorted(officials(text))


def test_a_possessive_pronoun_and_an_office_without_a_name_make_no_official():
    found = officials("He said his vice president, the party's candidate, would travel.")
    assert not found, sorted(found)


def test_a_portfolio_no_us_office_bears_is_the_region_s_own():
    text = ("The delegation met President Xiomara Castro in Tegucigalpa, Honduras; Secretary of Security Gustavo "
            "Sánchez; and Minister of Foreign Affairs Eduardo Enrique Reina.")
    found = officials(text)
    assert found["Gustavo Sánchez"].affiliation == "agency:honduran-ministry-of-security"


def test_a_us_secretary_stays_a_us_officer():
    found = officials("In Tegucigalpa, Honduras, Secretary of Homeland Security Alejandro Mayorkas met officials.")
    assert found["Alejandro Mayorkas"].affiliation == "agency:us-department-of-homeland-security"


def test_degrees_between_a_name_and_its_title():
    found = officials("Contact: Gabriela Paz-Bailey, MD, PhD, MSc, Chief, Dengue Branch, Division of Vector-Borne "
                      "Diseases")
    assert "Gabriela Paz-Bailey" in found, sorted(found)


@pytest.mark.parametrize("text, name, country", [
    # U.S. local offices: a release about Cuban or Nicaraguan migrants does not make them foreign
    ("Boats from Cuba keep landing. Cuba's government said nothing. Monroe County Sheriff Rick Ramsay said "
     "his office was stretched.", "Rick Ramsay", "US"),
    ("Migrants from Nicaragua crossed into El Paso, Texas. City Manager Tomás González said the City had spent "
     "$9 million.", "Tomás González", "US"),
    # Westminster offices the United States does not have: the country the sentence is about
    ("In Belmopan, Belize, U.S. Ambassador to Belize Michelle Kwan, Leader of the Opposition Shyne Barrow, and "
     "business leaders attended.", "Shyne Barrow", "BZ"),
    ("The summit was attended by the Honourable Easton Taylor-Farrell, Premier of Montserrat.",
     "Easton Taylor-Farrell", "MS"),
])
def test_local_and_westminster_offices(text, name, country):
    analysis = analyse_document(load_bytes("t.txt", f"Release Date: June 1, 2022\n\n{text}".encode()))
    by_id = {a.id: a for a in analysis.actors}
    person = next((a for a in analysis.actors if a.name == name), None)
    assert person is not None, sorted(by_id)
    affiliation = person.affiliation or ""
    owner = affiliation.split(":")[1].upper() if affiliation.startswith("government:") else \
        getattr(by_id.get(affiliation), "country", "")
    assert owner == country, affiliation


def test_a_list_of_names_with_dashed_titles():
    """ "NAME — TITLE", one person a line: the dash sets the title after the name, as a comma does."""
    text = ("The delegation was:\nJohn Smith — Minister of Foreign Affairs of Belize\nJane Roe – Minister of "
            "Security of Belize\n\nThe ministers met in Belmopan on Monday to discuss the border.")
    found = officials(text)
    assert {"John Smith", "Jane Roe"} <= set(found), sorted(found)
    assert any("Foreign Affairs" in t for t in found["John Smith"].titles)


def test_a_country_closing_a_participant_line_is_the_offices():
    """ "NAME, TITLE, COUNTRY", one a line, in a release that names another country first: each minister is their
    own country's, however long the portfolio between."""
    text = ("Foreign ministers of CARICOM and the Dominican Republic met at the White House.\n\nParticipants:\n"
            "- Fred Mitchell, Minister of Foreign Affairs and the Public Service, The Bahamas\n"
            "- Hugh Todd, Minister of Foreign Affairs and International Cooperation, Guyana\n"
            "- Roberto Álvarez, Minister of Foreign Affairs, Dominican Republic\n")
    found = officials(text)
    assert "bahamian" in found["Fred Mitchell"].affiliation, found["Fred Mitchell"].affiliation
    assert "guyan" in found["Hugh Todd"].affiliation, found["Hugh Todd"].affiliation
    assert "dominican" in found["Roberto Álvarez"].affiliation


@pytest.mark.parametrize("text, name", [
    ("In Colombia, the Ombudsperson, Iris Marín Ortiz, warned of the recruitment of children.", "Iris Marín Ortiz"),
    ("USAID activated a response team led by Team Leader Dina Esposito-Walcott in Jamaica.", "Dina Esposito-Walcott"),
    ("El Salvador signed the loan with CABEI Country Manager for El Salvador, Rosa Lidia Guzmán de León.",
     "Rosa Lidia Guzmán de León"),
])
def test_more_office_words_name_officials(text, name):
    assert name in officials(text), sorted(officials(text))


@pytest.mark.parametrize("text, name, body", [
    ("UNHCR's Representative in Mexico, Giovanni Lepri, said the shelters in Tapachula were full.", "Giovanni Lepri",
     "organization:un-refugee-agency"),
    ("IOM's Chief of Mission in Haiti, Grégoire Goodstein, said displacement grew.", "Grégoire Goodstein",
     "organization:international-organization-for-migration"),
])
def test_an_international_bodys_officer_posted_in_a_country_serves_the_body(text, name, body):
    """ "<Body>'s <title> in <country>": posted there, not that country's legislature or ministry, and of no
    government."""
    from documents.load import load_bytes

    actors = analyse_document(load_bytes("t.txt", text.encode())).actors
    person = next(a for a in actors if a.name == name)
    assert person.affiliation == body, person.affiliation
    assert not [a.name for a in actors if a.kind in ("government", "agency")], [(a.kind, a.name) for a in actors]


def test_a_headline_verb_after_a_name_is_not_part_of_it():
    found = officials("Attorney General Ken Paxton Sues Catholic Charity Over Shelter\n\n"
                      "AUSTIN — Attorney General Ken Paxton filed a lawsuit on Monday in Texas.")
    assert "Ken Paxton" in found and not any(n.endswith("Sues") for n in found), sorted(found)


def test_a_title_after_who_serves_as_in_an_apposition():
    found = officials("Luther Castillo, a Garifuna doctor who serves as Honduras' Secretary of Science, spoke in "
                      "Tegucigalpa.")
    assert "Luther Castillo" in found and "Science" in found["Luther Castillo"].titles[0], sorted(found)


@pytest.mark.parametrize("text, name, title", [
    ("The embassy's Management Officer, Ann Marie Foster, arrived in 2021.", "Ann Marie Foster", "Management Officer"),
    ("Regional Security Officer Jane Roe met the police.", "Jane Roe", "Regional Security Officer"),
    ("The case was handled under Section Chief Counsel Alicia Sedona Ruiz of the Department of Justice.",
     "Alicia Sedona Ruiz", "Chief Counsel"),
    ("Trial Attorney Mark Dunn of the Criminal Division argued the case.", "Mark Dunn", "Trial Attorney"),
])
def test_embassy_and_justice_staff_titles(text, name, title):
    found = officials(text)
    assert name in found, sorted(found)
    assert any(t.startswith(title) for t in found[name].titles), found[name].titles


@pytest.mark.parametrize("text, name", [
    ('"We are proud to return," said Capt. Daniel Florence Quiroga, the mission commander.', "Daniel Florence Quiroga"),
    ("The operation was led by Lt. Kenneth Ramos and Sgt. Maria Lopez of the county.", "Kenneth Ramos"),
    ("The operation was led by Lt. Kenneth Ramos and Sgt. Maria Lopez of the county.", "Maria Lopez"),
    ("Petty Officer Jane Doe of the cutter spoke to reporters.", "Jane Doe"),
])
def test_ranks_abbreviated_and_junior(text, name):
    assert name in officials(text)


def test_an_abbreviated_governor_governs_the_state_before_it():
    found = officials("He was accompanied by Quintana Roo Gov. Mara Lezama and Yucatán Gov. Mauricio Vila Dosal.")
    assert found["Mara Lezama"].affiliation == "government:government-of-quintana-roo"
    assert found["Mauricio Vila Dosal"].affiliation == "government:government-of-yucatan"


def test_a_rank_serves_the_body_named_after_the_name():
    found = officials("Story by Capt. Luis Orlando Villanueva, Joint Task Force-Bravo Public Affairs\n\n"
                      "Soldiers flew to Honduras.")
    assert found["Luis Orlando Villanueva"].affiliation == "agency:joint-task-force-bravo"


def test_a_courts_of_justice_is_no_justice_title():
    found = officials("El Salvador's Legislative Assembly removed the magistrates of the Constitutional Chamber of "
                      "the Supreme Court of Justice and Attorney General Raúl Melara.")
    assert found["Raúl Melara"].titles == ("Attorney General",)


@pytest.mark.parametrize("text, name, affiliation", [
    ("The case is assigned to U.S. District Judge P. Kevin Castel. Honduras extradited him.", "P. Kevin Castel",
     "government:us"),
    ('"Smugglers treat people as cargo," said W. Stephen Muldrow, U.S. Attorney for the District of Puerto Rico.',
     "W. Stephen Muldrow", "agency:us-attorney-office-for-the-district-of-puerto-rico"),
    ("The kidnapping drew calls from members of Congress, among them Sen. Lindsey Graham of South Carolina.",
     "Lindsey Graham", "agency:us-senate"),
    ("The Panama Canal Authority (ACP), led by Administrator Ricaurte Vásquez Morales, runs the canal.",
     "Ricaurte Vásquez Morales", "agency:panama-canal-authority"),
])
def test_affiliation_from_the_title_and_the_sentence(text, name, affiliation):
    assert officials(text)[name].affiliation == affiliation


def test_two_portfolios_side_by_side_are_one():
    found = officials("Jamaica's leaders met Minister of Foreign Affairs and Foreign Trade Kamina Johnson Smith.")
    assert "Kamina Johnson Smith" in found, sorted(found)


def test_a_force_commander_in_apposition():
    found = officials("It was received by the MSS force commander, Godfrey Otunge of the Kenya National Police "
                      "Service.")
    assert found["Godfrey Otunge"].affiliation == "agency:kenya-national-police-service"


def test_a_minister_of_state_in_a_named_ministry():
    found = officials("In Belize, the Minister of State in the Ministry of Finance, the Hon. Christopher Coye, "
                      "thanked the bondholders.")
    assert found["Christopher Coye"].affiliation == "agency:belizean-ministry-of-finance"


@pytest.mark.parametrize("text, government", [
    ("Governor Nigel Dakin of the Turks and Caicos Islands attended.", "Government of the Turks and Caicos Islands"),
    ("The President of the Czech Republic, Petr Pavel, spoke.", "Government of the Czech Republic"),
    ("Prime Minister Mary Roe of Grenada spoke.", "Government of Grenada"),
])
def test_a_countrys_government_is_named_with_the_article_english_gives_it(text, government):
    analysis = analyse_document(load_bytes("t.txt", f"Release Date: June 1, 2022\n\n{text}".encode()))
    assert government in {a.name for a in analysis.actors if a.kind == "government"}


@pytest.mark.parametrize("text, name, affiliation", [
    # "New Mexico" is a U.S. state, not Mexico
    ("New Mexico Governor Michelle Lujan Grisham met the delegation.", "Michelle Lujan Grisham",
     "government:government-of-new-mexico"),
    # a state's attorney general and lieutenant governor serve the state, not the Justice Department
    ("Texas Attorney General Ken Paxton sued the operator.", "Ken Paxton", "government:government-of-texas"),
    ("Texas Lt. Gov. Dan Patrick was acting governor.", "Dan Patrick", "government:government-of-texas"),
    # a town whose name opens with an article, and a Texas county's judge
    ("He was greeted by El Paso Mayor Oscar Leeser at the airport.", "Oscar Leeser",
     "government:municipal-government-of-el-paso"),
    ("He was greeted by El Paso County Judge Ricardo Samaniego.", "Ricardo Samaniego", "government:el-paso-county"),
    # a governor named with no state, in a document about one state
    ("PHOENIX – Governor Katie Hobbs sent troopers to the Arizona border. Arizona will act, she said, and "
     "Mexico's authorities agreed.", "Katie Hobbs", "government:government-of-arizona"),
])
def test_a_us_states_officials_serve_the_state(text, name, affiliation):
    assert officials(text)[name].affiliation == affiliation


def test_an_attorney_general_after_a_country_is_still_that_countrys():
    found = officials("Mexican Attorney General Alejandro Gertz Manero met U.S. officials.")
    assert found["Alejandro Gertz Manero"].affiliation != "government:government-of-texas"
    assert "mx" in (found["Alejandro Gertz Manero"].affiliation or "") or "mexic" in (
        found["Alejandro Gertz Manero"].affiliation or "")


def test_a_states_own_body_keeps_its_state_in_its_name():
    analysis = analyse_document(load_bytes("t.txt", b"Release Date: June 1, 2022\n\nThe operation is led by the "
                                                     b"Arizona National Guard. The National Guard deployed."))
    names = {a.name for a in analysis.actors if a.kind == "agency"}
    assert "Arizona National Guard" in names


@pytest.mark.parametrize("text, name, office", [
    ("U.S. Attorney Matthew M. Graves for the District of Columbia said the case was the first. Assistant U.S. "
     "Attorneys Karen Seifert and Christopher Tortorice prosecuted it.", "Karen Seifert",
     "agency:us-attorney-office-for-the-district-of-columbia"),
    ("U.S. Attorney Matthew M. Graves for the District of Columbia said the case was the first.", "Matthew M. Graves",
     "agency:us-attorney-office-for-the-district-of-columbia"),
    ("U.S. Attorney Mac Schneider of the District of North Dakota said his office had charged them.", "Mac Schneider",
     "agency:us-attorney-office-for-the-district-of-north-dakota"),
])
def test_a_us_attorneys_district_after_the_name_is_the_office(text, name, office):
    assert officials(text)[name].affiliation == office


def test_a_police_chief_in_another_countrys_statement_commands_its_police():
    text = ("NASSAU, The Bahamas -- The Government of The Bahamas mourns the dead. Two Bahamian men were detained. "
            "Commissioner of Police Clayton Fernander said the investigation would focus on a smuggling network. "
            "The Bahamas will act, and The Bahamas thanks its partners.")
    assert officials(text)["Clayton Fernander"].affiliation == "agency:royal-bahamas-police-force"


def test_a_rank_in_a_release_that_names_us_bodies_stays_unassigned_to_the_host():
    text = ("PUERTO BARRIOS, Guatemala -- USNS Comfort of U.S. Naval Forces Southern Command arrived in Guatemala. "
            "\"Guatemala is a partner,\" said Capt. Jane Roe, the mission commander. Guatemala and Guatemala's "
            "doctors joined.")
    assert "guatemal" not in (officials(text)["Jane Roe"].affiliation or "")


def test_a_building_named_after_a_knight_is_no_official_and_no_body():
    text = "Office of the Prime Minister, Sir Cecil Wallace-Whitfield Centre, West Bay Street, Nassau."
    analysis = analyse_document(load_bytes("t.txt", f"Release Date: June 1, 2022\n\n{text}".encode()))
    assert not [a.name for a in analysis.actors if "Wallace-Whitfield" in a.name]


def test_a_body_then_its_acronym_in_brackets_owns_the_title_after_them():
    found = officials("The redesignation lets them apply. U.S. Citizenship and Immigration Services (USCIS) Director "
                      "Ur M. Jaddou said applications can be filed online, and USCIS will decide them.")
    assert found["Ur M. Jaddou"].affiliation == "agency:us-citizenship-and-immigration-services"


def test_a_lower_case_title_of_a_body_no_list_knows_then_a_name():
    text = "The technical director of Unión Eléctrica, Lázaro Guerra, told state television that crews were working."
    found = officials(text)
    assert "Lázaro Guerra" in found and "Eléctrica" not in found, sorted(found)


def test_an_opposition_leader_holds_no_office():
    found = officials("We commend opposition leader María Corina Machado for her courage in Caracas.")
    assert not any(t.endswith("leader") for p in found.values() for t in p.titles), found


def test_an_owner_named_by_a_common_noun_is_no_owner_of_the_office():
    text = ("Prosecutors allege that the organization's security chief, Néstor Isidro Pérez Salas, oversaw a network "
            "of gunmen for the Sinaloa Cartel.")
    assert not any(t == "chief" for p in officials(text).values() for t in p.titles)


@pytest.mark.parametrize("text, not_a_person", [
    # a place after "In" before ", the TITLE" says where, not who
    ("BELMOPAN – U.S. Ambassador to Belize Michelle Kwan traveled south. In Punta Gorda, the Ambassador joined "
     "the Minister of Home Affairs, Kareem Musa.", "Punta Gorda"),
    # a title-case headline's verb ends the name after the title
    ("Ambassador Kwan Tours Toledo District, Highlights U.S. Support for Community Safety", "Kwan Tours"),
    ("Related: Ambassador Dogu Presents Her Credentials to President Castro (September 2022)", "Dogu Presents"),
    # a section heading is no rank and name
    ("Article 1\n\nGeneral Provisions\n\nThe parties agree to cooperate on migration.", "Provisions"),
])
def test_not_people(text, not_a_person):
    found = officials(text)
    assert not any(not_a_person in name for name in found), sorted(found)


@pytest.mark.parametrize("text, name, parent", [
    # a police rank in a release about another country, a U.S. embassy's too, is that country's police
    ("BELMOPAN – U.S. Embassy Belmopan. Inspector Aurelio Cayo, officer in charge of the Punta Gorda station, "
     "described patrols along Belize's Southern Highway.", "Aurelio Cayo", "agency:belize-police-department"),
    ("NASSAU, The Bahamas – Chief Superintendent Sheria King said officers seized rifles on New Providence.",
     "Sheria King", "agency:royal-bahamas-police-force"),
    ("ICE will prioritize removals, working with the President's Border Czar, Tom Homan.", "Tom Homan",
     "agency:white-house"),
    # a lower-case title after "its", the body just named
    ("OFAC designated the Revolutionary National Police (PNR), its director Oscar Callejas Valcarce, for abuses in "
     "Cuba.", "Oscar Callejas Valcarce", "agency:cuban-revolutionary-national-police"),
    # words of the office between the owner and the head ("its deputy director"), and a second "its" after "and"
    ("OFAC designated the Revolutionary National Police (PNR), its director Oscar Callejas Valcarce and its deputy "
     "director Eddy Sierra Arias for abuses in Cuba.", "Eddy Sierra Arias",
     "agency:cuban-revolutionary-national-police"),
    ("Zelaya met Venezuela's defense minister, Vladimir Padrino López, in Caracas.", "Vladimir Padrino López",
     "government:ve"),
    # a lower-case title "of" a place no list knows, a full name in apposition
    ("The regional governor of Tacna, Luis Torres Robledo, asked Lima for food and water.", "Luis Torres Robledo",
     "government:government-of-tacna"),
    # "the <body noun>'s" office: the body of that kind the text last named
    ("Chaves had 52.9% of the vote, according to the Supreme Electoral Tribunal (TSE). The tribunal's president, "
     "Eugenia Zamora, said turnout was about 57% in Costa Rica.", "Eugenia Zamora",
     "agency:costa-rican-supreme-electoral-tribunal"),
    # a body no list knows, right before a lower-case office and a name in apposition
    ("Earlier on Sunday, the National Assembly president, Dana Castañeda, expressed support for Panama's "
     "President.", "Dana Castañeda", "agency:panamanian-national-assembly"),
    # "led by" after a body named by its acronym alone
    ("The canal is run by the Panama Canal Authority. The ACP, led by Administrator Ricaurte Vásquez Morales, "
     "limited transits.", "Ricaurte Vásquez Morales", "agency:panama-canal-authority"),
    # the non-voting member of the House for Puerto Rico
    ("President Biden joined Governor Pedro Pierluisi and Resident Commissioner Jenniffer González-Colón in Ponce.",
     "Jenniffer González-Colón", "agency:us-house-of-representatives"),
    # a mayor whose title names no town heads the town the sentence opens on
    ("In Hermosillo, the Ambassador met with Municipal President Antonio Astiazarán Gutiérrez in Sonora, Mexico.",
     "Antonio Astiazarán Gutiérrez", "government:municipal-government-of-hermosillo"),
    # a body no list knows, closing the title, is where its holder serves: over a rank's force
    ("The Executive Director of the RSS Central Liaison Office, Captain (ret.) Errington Shurland, said the boats "
     "would patrol off Barbados.", "Errington Shurland", "agency:barbadian-rss-central-liaison-office"),
    ("\"Our soldiers bring skills,\" said Major General Matthew P. Beevers, the Adjutant General of the California "
     "Military Department.", "Matthew P. Beevers", "agency:california-military-department"),
    # a witness list's line: the body that closes the title after a comma, or follows it after one
    ("Witnesses:\nMr. Ryan C. Berg, Director, Americas Program, Center for Strategic and International Studies\n",
     "Ryan C. Berg", "organization:center-for-strategic-and-international-studies"),
    ("Witnesses:\nMr. Leland Lazarus, Associate Director, Jack D. Gordon Institute for Public Policy, Florida "
     "International University\n", "Leland Lazarus", "jack-d-gordon-institute-for-public-policy"),
    # a governor named with no place, in a document about one U.S. territory, governs it
    ("CHRISTIANSTED, St. Croix, U.S. Virgin Islands — FEMA approved funds for schools in the Virgin Islands. "
     "Governor Albert Bryan Jr. said the approval marks a turning point.", "Albert Bryan Jr.",
     "government:government-of-the-us-virgin-islands"),
    # a body no list knows, after the name with "of": any title that names no body of its own
    ("In Scarborough the Ambassador met Chief Secretary Farley Augustine of the Tobago House of Assembly, in Trinidad "
     "and Tobago.", "Farley Augustine", "tobago-house-of-assembly"),
    # a body named by its acronym right before a capitalised title that names none
    ("The Tobago Emergency Management Agency (TEMA) leads the response in Trinidad and Tobago. The Ambassador met "
     "TEMA Director Allan Stewart in Scarborough.", "Allan Stewart", "tobago-emergency-management-agency"),
    # "the body, under TITLE X": the person leads the body (the title does not reach back over ", under")
    ("Jamaica cut its public debt. The Bank of Jamaica, under Governor Richard Byles, kept inflation within its "
     "target.", "Richard Byles", "organization:bank-of-jamaica"),
    # a U.S. attorney whose name the text follows with a district serves in that district's office
    ("U.S. Attorney Jeanine Ferris Pirro for the District of Columbia said her office would seek the maximum "
     "penalty. Cases in the Southern District of Texas and the Northern District of Illinois go on.",
     "Jeanine Ferris Pirro", "agency:us-attorney-office-for-the-district-of-columbia"),
    # a territory's district: its U.S. Attorney's masthead, and the court's chief judge
    ("U.S. Attorney's Office | District of the Virgin Islands\n\nThree men were sentenced in the District Court of "
     "the Virgin Islands, announced United States Attorney Gretchen C.F. Shappert. Chief Judge Robert A. Molloy "
     "imposed the sentences.", "Gretchen C.F. Shappert", "agency:us-attorney-office-for-the-district-of-the-virgin-islands"),
    ("U.S. Attorney's Office | District of the Virgin Islands\n\nThree men were sentenced in the District Court of "
     "the Virgin Islands, announced United States Attorney Gretchen C.F. Shappert. Chief Judge Robert A. Molloy "
     "imposed the sentences.", "Robert A. Molloy", "agency:district-court-of-the-virgin-islands"),
    # a witness line naming only a portfolio, then the body after its comma
    ("Participants:\nMr. Brian A. Nichols, Assistant Secretary of State for Western Hemisphere Affairs\nMr. Luis A. "
     "Santiago Báez, Director for Caribbean Affairs, National Security Council\n", "Luis A. Santiago Báez",
     "agency:national-security-council"),
    # a unit, then the department it belongs to: the department (not the hearing's committee that publishes the page)
    ("United States Senate Committee on Foreign Relations\n\nWitnesses:\nMs. Karen L. Westmoreland, Deputy Assistant "
     "Secretary for Caribbean Affairs, Bureau of Western Hemisphere Affairs, U.S. Department of State\n\nThe "
     "Subcommittee will come to order.", "Karen L. Westmoreland", "agency:us-department-of-state"),
    # a chain of units that the text cuts short stays with the agency the release names
    ("CDC Dengue Branch, San Juan, Puerto Rico: Gabriela Paz-Bailey, MD, PhD, MSc, Chief, Dengue Branch, Division of "
     "Vector-Borne Diseases, National Center for Emerging and Zoonotic Infectious Diseases\n\nThe Centers for Disease "
     "Control and Prevention (CDC) reported more dengue cases.", "Gabriela Paz-Bailey",
     "agency:centers-for-disease-control-and-prevention"),
    # a lower-case minister of a portfolio the lexicon knows, news style
    ("The Bahamas held elections in 2021. Chester Cooper serves as minister of tourism, and Fred Mitchell is "
     "minister of foreign affairs of the Bahamas.", "Fred Mitchell", "agency:bahamian-ministry-of-foreign-affairs"),
    # a territory's executive is made of departments
    ("SAN JUAN, Puerto Rico – Puerto Rico Housing Secretary William O. Rodríguez Rodríguez said the homes in Puerto "
     "Rico would be ready.", "William O. Rodríguez Rodríguez", "agency:puerto-rico-department-of-housing"),
    # a body whose name runs on past the title's complement (in English words no list gives; its initials are
    # the listed Empresa Portuaria Nacional's)
    ("Héctor Guillén Jalapa, General Manager of the National Port Company of Santo Tomás de Castilla (EMPORNAC), "
     "thanked the United States in Guatemala.", "Héctor Guillén Jalapa",
     "organization:empresa-portuaria-nacional-santo-tomas-de-castilla"),
    # a "General Manager" is an office, not the rank of "General" before a name "Manager X"
    ("In Honduras, IHCAFE General Manager Ovidio Pineda Reyes welcomed the coffee program.", "Ovidio Pineda Reyes",
     "agency:honduran-coffee-institute"),
    # "Governor-General" is the Crown's representative, not a general
    ("The Bahamas is a Commonwealth realm; the King is represented by Governor-General Cynthia Pratt in The Bahamas.",
     "Cynthia Pratt", "government:bs"),
    # a lower-case mayor of a place, then a hyphenated full name
    ("In Haiti, he was joined by the mayor of Caracol, Jean-Robert Pierre-Louis, who thanked the United States.",
     "Jean-Robert Pierre-Louis", "government:municipal-government-of-caracol"),
    ("The Honorable Adrianne Todman, Acting Secretary of Housing and Urban Development, will lead the delegation.",
     "Adrianne Todman", "agency:us-department-of-housing-and-urban-development"),
    # a witness line: rank, name, service, post and the command the officer leads
    ("Witnesses: General Glen D. VanHerck, USAF, Commander, United States Northern Command and North American "
     "Aerospace Defense Command | General Laura J. Richardson, USA, Commander, United States Southern Command\n\n"
     "Chairman Reed opened the hearing.", "Laura J. Richardson", "agency:us-southern-command"),
    ("Small Business Administrator Isabel Guzman joined Secretary of Education Miguel Cardona at the White House.",
     "Isabel Guzman", "agency:us-small-business-administration"),
    # a governor's state written after the name
    ("In Mexico, Governor Enrique Alfaro Ramírez of Jalisco and Governor Miguel Ángel Navarro Quintero of Nayarit "
     "declared emergencies.", "Miguel Ángel Navarro Quintero", "government:government-of-nayarit"),
    # an acronym of two bodies: the one that is no country's but another's the document never names
    ("KINGSTON, Jamaica – CAF approved a loan for Jamaica's roads, said Sergio Díaz-Granados, Executive President of "
     "CAF.", "Sergio Díaz-Granados", "organization:caf-development-bank-of-latin-america-and-the-caribbean"),
    # a body named right before a bare office, no "the" and no comma
    ("MANAGUA, Nicaragua - The National Assembly approved the reform. National Assembly President Gustavo Porras "
     "said the changes would take effect.", "Gustavo Porras", "agency:nicaraguan-national-assembly"),
    # a body's initials, written after its full name without being defined
    ("ATLANTA - The Georgia Bureau of Investigation searched the farm. GBI Director Chris Hosey said the case was "
     "strong.", "Chris Hosey", "georgia-bureau-of-investigation"),
    # a governor, and a "State Attorney General", with no state written, in a story on one "state of X"
    ("The U.S. Embassy is aware of violence in the state of Guerrero. Governor Evelyn Salgado Pineda said state and "
     "federal forces were coordinating.", "Evelyn Salgado Pineda", "government:government-of-guerrero"),
    ("CIUDAD JUÁREZ, Mexico (AP) - Prosecutors in the state of Chihuahua said Friday that 383 bodies were found. "
     "State Attorney General César Jáuregui Moreno told reporters that two were arrested.",
     "César Jáuregui Moreno", "government:government-of-chihuahua"),
    ("We note the arrests announced by Baja California's state attorney general, Ricardo Iván Carpio Sánchez, in the "
     "case in Mexico.", "Ricardo Iván Carpio Sánchez", "government:government-of-baja-california"),
    # a government's news service on the masthead: its unqualified ministers are its own, whatever country the
    # release is about
    ("JIS — Jamaica Information Service\nHome | News\n\nKINGSTON – Troops left for Haiti, where gangs hold "
     "Port-au-Prince and the Haitian National Police needs help. Minister of National Security Horace Chang saw "
     "them off. Haiti's Prime Minister thanked Haiti's partners.", "Horace Chang",
     "agency:jamaican-ministry-of-national-security"),
    ("JIS — Jamaica Information Service\nHome | News\n\nKINGSTON – Troops left for Haiti, with $300 million "
     "from the U.S. Department of State. Chief of Defence Staff Lieutenant General Antonette Wemyss Gorman saw them "
     "off.", "Antonette Wemyss Gorman", "agency:jamaica-defence-force"),
    # a government office that names itself on the masthead: its ministers are its own, in a story on a neighbour
    ("Presidency of the Dominican Republic\n\nDAJABÓN – The fence will stop smuggling, said Minister of Defense "
     "Carlos Díaz Morfa. Haiti's police and Haiti's courts were told.", "Carlos Díaz Morfa",
     "agency:dominican-ministry-of-defense"),
    # a Mexican governor named with no state: the one state the sentence names, else the one the story is about
    ("In Puebla's highlands, landslides buried houses, Governor Alejandro Armenta said. In Hidalgo, Governor Julio "
     "Menchaca said towns were isolated.", "Julio Menchaca", "government:government-of-hidalgo"),
    ("GUADALAJARA, Jalisco – Ambassador Ken Salazar ended a visit to Jalisco, where he met Governor Enrique Alfaro "
     "Ramírez and students.", "Enrique Alfaro Ramírez", "government:government-of-jalisco"),
    # a Mexican state's own secretary, its name in the possessive before the title
    ("Salazar traveled to Lake Chapala with Jalisco's Secretary of Environment and Territorial Development, Sergio "
     "Graf Montero, to learn about the lake.", "Sergio Graf Montero", "government:government-of-jalisco"),
    # governors listed with their states, in one state's release: each governs their own
    ("Office of the Texas Governor\n\nAUSTIN, Texas – Texas will defend itself, Texas said. 25 governors, "
     "including Governors Bill Lee of Tennessee and Ron DeSantis of Florida, backed Texas.", "Bill Lee",
     "government:government-of-tennessee"),
    # an attorney general named beside a governor's office in a story on one state: the state's
    ("AUSTIN, Texas – Texas will defend its border, Texas said. Lieutenant Governor Dan Patrick and Attorney General "
     "Ken Paxton joined the Governor in support.", "Ken Paxton", "government:government-of-texas"),
    # the NSC's senior director for a region, not the State Department's bureau of that name
    ("Senior Director for Western Hemisphere Affairs Daniel Erikson met Mexican officials.", "Daniel Erikson",
     "agency:national-security-council"),
    # the President's National Security Advisor sits on the National Security Council's staff
    ("National Security Advisor Jake Sullivan met the President of Guatemala in Washington.", "Jake Sullivan",
     "agency:national-security-council"),
    # a U.S. Attorney's Office's masthead on two lines names the publisher, whose prosecutors they are
    ("United States Attorney's Office\nDistrict of Maryland\nHome » News\n\nThree men were sentenced. Assistant U.S. "
     "Attorneys Ellen Ruiz Tolliver and Matthew P. Kemble prosecuted the case.", "Matthew P. Kemble",
     "agency:us-attorney-office-for-the-district-of-maryland"),
    # … and so does one whose district is named with "the"
    ("United States Attorney's Office\nDistrict of the Virgin Islands\nHome » News\n\nFour men were indicted. "
     "Assistant U.S. Attorney Nathan Roe Kingshill prosecuted the case.", "Nathan Roe Kingshill",
     "agency:us-attorney-office-for-the-district-of-the-virgin-islands"),
    # a U.S. Attorney's Office's masthead on one line: its attorneys, though the text names other offices
    ("United States Attorney's Office | Western District of Texas\nHome » News\n\nA man was sentenced, said U.S. "
     "Attorney Jaime Roe. JTFA coordinates U.S. Attorney's Offices in the Southern District of Texas, the Western "
     "District of Texas and the District of Arizona.", "Jaime Roe",
     "agency:us-attorney-office-for-the-western-district-of-texas"),
    # "whose" after a body: its officer
    ("Torres had 15.8 percent of the votes, according to the Supreme Electoral Tribunal (TSE), whose president, "
     "Irma Elizabeth Roe Orellana, called the turnout a civic celebration.", "Irma Elizabeth Roe Orellana",
     "agency:supreme-electoral-tribunal"),
    # … and a state's government, named as a body
    ("Delegates met the National Guard and the Government of the State of Chiapas, whose Secretary for the Southern "
     "Border, Jorge Roe Mendoza, welcomed them.", "Jorge Roe Mendoza", "government:government-of-chiapas"),
    # a body's own officer in the possessive
    ("The Partnership for Central America (PCA) has raised new commitments. The Vice President will meet the PCA's "
     "Executive Director, Nicole Roe Marrero, this week.", "Nicole Roe Marrero",
     "organization:partnership-for-central-america"),
    # a seat on a body's board, in a witness list after an honorific and a hyphenated surname
    ("We will hear from:\n\nThe Honorable Dan Roe-Lima\nMember of the Board, Inter-American Foundation\n\n"
     "## Background\n\nThe delegation met officials.", "Dan Roe-Lima", "agency:inter-american-foundation"),
    # an office held without its name: "Senior Official Performing the Duties of the Commissioner"
    ("We will hear from:\n\nMr. Troy A. Roe\nSenior Official Performing the Duties of the Commissioner, U.S. "
     "Customs and Border Protection\n\nThe Honorable Dan Roe-Lima\nMember of the Board, Inter-American "
     "Foundation", "Troy A. Roe", "agency:us-customs-and-border-protection"),
    # the head of a large FBI field office, and an FBI legal attaché
    ("\"We never stopped,\" said Assistant Director in Charge Sanjay Roe of the FBI Washington Field Office.",
     "Sanjay Roe", "agency:federal-bureau-of-investigation"),
    ("FBI Legal Attaché Jane Roe in Santo Domingo helped with the arrest.", "Jane Roe",
     "agency:federal-bureau-of-investigation"),
    # a university's rector, after the body and "and its", or in the possessive
    ("He later spoke with students of the Universidad Veracruzana and its rector, Martín Roe Sánchez, about exchange "
     "programs.", "Martín Roe Sánchez", "universidad-veracruzana"),
    ("The Autonomous University of Nuevo León (UANL) will host the systems. UANL's Rector, Santos Roe López, said "
     "students would help.", "Santos Roe López", "autonomous-university-of-nuevo-leon"),
    # a House committee's page: its chairman sits in the House, though the text names a Senate committee too
    ("Committee on Homeland Security | U.S. House of Representatives\nHome | Hearings\n\nOpening Statement of "
     "Subcommittee Chairman Carlos A. Roe (R-FL)\n\nI look forward to working with the Senate Committee on "
     "Commerce, Science, and Transportation.", "Carlos A. Roe", "agency:us-house-of-representatives"),
    # a Deputy Assistant Secretary of State for countries covers them, and serves the Department of State
    ("Deputy Assistant Secretary of State for Cuba and Venezuela Eric Roe spoke in Havana.", "Eric Roe",
     "agency:us-department-of-state"),
    # the President's Homeland Security Advisors sit on the NSC staff
    ("Homeland Security Advisor Liz Roe and Deputy Homeland Security Advisor Caitlin Roe met FEMA officials.",
     "Caitlin Roe", "agency:national-security-council"),
    # a CRS report's executive officials are not the CRS's
    ("Congressional Research Service\nIN FOCUS\n\nHaiti: An Overview\n\nDeputy Assistant Secretary of State Eric "
     "Roe told Congress that the U.S. Department of State would fund the mission.", "Eric Roe",
     "agency:us-department-of-state"),
    # a body's acronym, then words of its name, then the office
    ("The National Emergency Management Organization (NEMO) opened shelters. NEMO National Emergency Coordinator "
     "Daniel Roe visited shelters in Belize City.", "Daniel Roe", "national-emergency-management-organization"),
    # a body named after the name that holds the title's portfolio is where the person serves
    ("Commissioner of Police Mario Roe of the Virgin Islands Police Department said the case began with a traffic "
     "stop in St. Thomas.", "Mario Roe", "virgin-islands-police-department"),
])
def test_affiliation_of_a_title(text, name, parent):
    found = officials(text)
    got = found[name].affiliation or "" if name in found else None
    # an actor id is matched exactly; a bare slug only as the id's end (a body whose name the text opens with a
    # place: "Tobago House of Assembly" is named with its country's demonym before it)
    assert got is not None and (got == parent if ":" in parent else got.endswith(parent)), \
        {k: v.affiliation for k, v in found.items()}


@pytest.mark.parametrize("text, name, not_unit", [
    # a unit inside an agency is not where a civilian officer is affiliated: the agency is
    ("HOUSTON — ICE ERO Houston Field Office Director Bret A. Bradford said the removal was complete. U.S. "
     "Immigration and Customs Enforcement removed him to Honduras.", "Bret A. Bradford", "Field Office"),
    ("The case is prosecuted by Trial Attorney Nicole R. Lockhart of the Public Integrity Section of the U.S. "
     "Department of Justice in San Juan, Puerto Rico.", "Nicole R. Lockhart", "Section"),
])
def test_a_civilian_officer_of_a_unit_is_not_the_units(text, name, not_unit):
    found = officials(text)
    assert name in found and not_unit not in (found[name].affiliation or ""), found[name].affiliation


@pytest.mark.parametrize("text, name, court", [
    # a federal judge in a text that names one federal district and no court sits on that district's court
    ("WASHINGTON — A cartel supplier was sentenced today. U.S. District Judge Rudolph Contreras of the District of "
     "Columbia imposed the sentence.", "Rudolph Contreras", "U.S. District Court for the District of Columbia"),
    ("EL PASO — U.S. Attorney Jaime Esparza of the Western District of Texas announced the sentences. Senior U.S. "
     "District Judge David C. Guaderrama sentenced the defendants.", "David C. Guaderrama",
     "U.S. District Court for the Western District of Texas"),
])
def test_a_federal_judge_sits_on_the_one_district_court_the_text_implies(text, name, court):
    actors = {a.id: a for a in analyse_document(load_bytes("t.txt", text.encode())).actors}
    by_name = {a.name: a for a in actors.values()}
    assert name in by_name and actors.get(by_name[name].affiliation or "", by_name[name]).name == court, \
        by_name[name].affiliation


def test_a_federal_judge_in_a_text_of_two_districts_is_not_placed_on_either():
    text = ("U.S. Attorneys for the Southern District of Texas and the Western District of Texas announced the "
            "charges. U.S. District Judge Jane Roe accepted the plea.")
    by_name = {a.name: a for a in analyse_document(load_bytes("t.txt", text.encode())).actors}
    assert "District Court" not in (by_name["Jane Roe"].affiliation or ""), by_name["Jane Roe"].affiliation


def test_a_us_attorneys_masthead_names_the_district_office():
    text = ("U.S. Attorney's Office, District of Puerto Rico\n\nSAN JUAN, Puerto Rico – A grand jury returned an "
            "indictment, announced U.S. Attorney W. Stephen Muldrow. The U.S. Attorney's Office is prosecuting.")
    analysis = analyse_document(load_bytes("t.txt", text.encode()))
    by_name = {a.name: a for a in analysis.actors}
    office = "U.S. Attorney's Office for the District of Puerto Rico"
    assert office in by_name and "U.S. Attorney's Office" not in by_name, sorted(by_name)
    assert by_name["W. Stephen Muldrow"].affiliation == by_name[office].id


@pytest.mark.parametrize("text, verb", [
    ("Secretary Noem Terminates Temporary Protected Status for Honduras and Nicaragua", "Terminates"),
    # two people, one plural verb
    ("Ambassador Dogu and Mayor Contreras Open Three Youth Outreach Centers in San Pedro Sula", "Open"),
])
def test_a_headline_verb_ends_the_name(text, verb):
    found = officials(text)
    assert not any(verb in name for name in found), sorted(found)


@pytest.mark.parametrize("text, name", [
    ("Illinois Gov. JB Pritzker said the state had opened a shelter in Chicago.", "JB Pritzker"),
    ("Illinois Governor J.B. Pritzker said the state had opened a shelter in Chicago.", "J.B. Pritzker"),
])
def test_a_first_name_written_as_initials(text, name):
    assert name in officials(text), sorted(officials(text))


def test_an_abbreviation_is_no_initial():
    assert not any("Box" in n for n in officials("Write to the Embassy, P.O. Box 1234, Tegucigalpa, Honduras."))


@pytest.mark.parametrize("text, name", [
    ("Statement by President Joseph R. Biden, Jr. on Nicaragua's Sham National Elections. Biden said more.",
     "Joseph R. Biden, Jr."),
    ("Assistant Attorney General Kenneth A. Polite, Jr. of the Justice Department's Criminal Division announced the "
     "charges. Polite thanked the FBI.", "Kenneth A. Polite, Jr."),
])
def test_a_suffix_after_a_comma_stays_with_the_name(text, name):
    # the written name is the official's name or, for a person the lexicon knows, an alias of the lexicon's name
    found = [a for a in officials(text).values() if name in (a.name, *a.aliases)]
    assert len(found) == 1, list(officials(text))
    assert name in [m.text for m in found[0].mentions]


def test_a_town_named_after_a_general_is_no_official():
    # "General Terán" (Nuevo León): the place finder reads it whole; no general called Terán, and no defence
    # ministry inferred from his rank
    text = ("The IAF funds two groups:\n- Productores de Nuez de General Terán (General Terán, Nuevo León): irrigation "
            "for pecan growers.\n- Pescadores de La Pesca (Soto la Marina, Tamaulipas): marketing for fishers.")
    analysis = analyse_document(load_bytes("t.txt", f"Release Date: June 1, 2022\n\n{text}".encode()))
    names = {a.name for a in analysis.actors}
    assert "Terán" not in names and "U.S. Department of Defense" not in names, names
    assert any(p.name.endswith("General Terán") for p in analysis.places)


@pytest.mark.parametrize("text, name, affiliation", [
    # an envoy "to" the United Nations, not a member of the House
    ("Ambassador Linda Thomas-Greenfield, the U.S. Representative to the United Nations, negotiated the text.",
     "Linda Thomas-Greenfield", "agency:us-department-of-state"),
    # a known president named with his title in a later year: the office he held, not the document's country
    ("The CBSI was announced by President Barack Obama at the Summit of the Americas in Port of Spain, Trinidad "
     "and Tobago, in April 2010. Jamaica joined it.", "Barack Obama", "agency:white-house"),
])
def test_an_envoy_and_a_past_president_serve_where_they_served(text, name, affiliation):
    assert officials(text)[name].affiliation == affiliation, officials(text)[name]


@pytest.mark.parametrize("text, name, affiliation", [
    ("EPA Administrator Lee Zeldin signed the agreement in Mexico City.", "Lee Zeldin",
     "agency:us-environmental-protection-agency"),
    ("IBWC Commissioner Chad McIntosh said the U.S. Section would begin construction.", "Chad McIntosh",
     "agency:international-boundary-and-water-commission"),
])
def test_federal_bodies_the_lexicon_lists(text, name, affiliation):
    assert officials(text)[name].affiliation == affiliation, officials(text)[name]


def test_its_opening_a_sentence_is_the_body_the_sentence_before_opened_with():
    found = officials("The National Electoral Institute estimated turnout at 13%. Its president, Guadalupe Taddei "
                      "Zavala, said official counts would begin Monday.")
    assert found["Guadalupe Taddei Zavala"].affiliation.endswith("national-electoral-institute"), found
    found = officials("Turnout was 13%, officials said. Its president, Guadalupe Taddei Zavala, said counts began.")
    assert not (found["Guadalupe Taddei Zavala"].affiliation or "").endswith("institute")


def test_its_opening_a_sentence_is_the_body_the_sentence_before_closed_with():
    found = officials("Since 1999 the canal has been run by the Panama Canal Authority (ACP). Its Administrator, "
                      "Ricaurte Vásquez Morales, has warned that drought limits transits.")
    assert found["Ricaurte Vásquez Morales"].affiliation == "agency:panama-canal-authority", found


@pytest.mark.parametrize("text, name, affiliation", [
    # the body's initials between it and the office
    ("The mayor of Monterrey and National Water Commission (CONAGUA) Director General Germán Arturo Martínez "
     "Santoyo joined the meeting.", "Germán Arturo Martínez Santoyo", "agency:national-water-commission"),
    # one of two who chair a body
    ("The Partnership for Central America (PCA) works with firms. PCA Co-Chair Nancy Méndez Dávila spoke.",
     "Nancy Méndez Dávila", "organization:partnership-for-central-america"),
    # a signature line's unit, then the agency it belongs to
    ("The delegation:\nDr. Elena Pastora Quesada, Deputy Director, Office of Pandemic Preparedness, Centers for "
     "Disease Control and Prevention\nAmbassador Cynthia Telles, U.S. Ambassador to Costa Rica",
     "Elena Pastora Quesada", "agency:centers-for-disease-control-and-prevention"),
    # a co-chair at a hearing of one chamber sits in it
    ("Location: 215 Dirksen Senate Office Building, Washington, D.C.\n\nOpening Statement of Co-Chairman Chuck "
     "Grassley (R-Iowa)\n\nThank you for holding this hearing on fentanyl and the DEA.", "Chuck Grassley",
     "agency:us-senate"),
])
def test_co_chairs_initials_and_units_before_the_body(text, name, affiliation):
    assert officials(text)[name].affiliation == affiliation, officials(text)[name]


def test_a_delegation_list_of_name_lines_then_title_lines():
    """A rank or short title opening the name's line, as an honorific would; a binational chamber "of" the other
    country is its own body, not the U.S. Chamber of Commerce."""
    found = officials("Vice President Harris Announces Presidential Delegation to Panama\n\nWASHINGTON — The Vice "
                      "President announced today the delegation to the inauguration in Panama City.\n\n"
                      "General Laura J. Richardson\nCommander, United States Southern Command\n\n"
                      "Mr. Luis A. Castellanos Herrera\nChairman of the Board, American Chamber of Commerce and "
                      "Industry of Panama\n")
    assert found["Laura J. Richardson"].affiliation == "agency:us-southern-command", found
    assert found["Luis A. Castellanos Herrera"].affiliation.endswith(
        "american-chamber-of-commerce-and-industry-of-panama"), found


@pytest.mark.parametrize("text, name, affiliation", [
    # a court's "of Justice" is its own name's, neither the U.S. Supreme Court's nor the Justice Department's
    ("In Honduras, the Attorney General, Óscar Chinchilla, and the head of the Supreme Court of Justice, Rolando "
     "Argueta, were appointed under the previous government.", "Rolando Argueta",
     "agency:supreme-court-of-justice-of-honduras"),
    # "of the NWA": the body the text gave those initials
    ("KINGSTON, Jamaica – The project will be carried out by the National Works Agency (NWA). The Chief Executive "
     "Officer of the NWA, Everton Hunter, said that design work would be done.", "Everton Hunter",
     "agency:jamaican-national-works-agency"),
])
def test_a_courts_head_and_an_officer_of_initials(text, name, affiliation):
    assert officials(text)[name].affiliation == affiliation, officials(text)[name]


def test_an_officer_of_initials_no_list_knows_serves_that_body():
    found = officials("PAHO met in Tegucigalpa. The Secretary General of SICA, Werner Vargas Torres, and the Executive "
                      "Secretary of COMISCA, Alejandro Solís Martínez, also spoke.")
    assert found["Alejandro Solís Martínez"].affiliation == "organization:comisca", found


def test_a_demonym_naming_a_town_is_no_country():
    found = officials("Ministry of National Security Announces Enhanced Security Measures for Spanish Town\n\nKINGSTON, "
                      "Jamaica — Tuesday, February 6, 2024\n\nThe Minister of National Security, the Hon. Dr. Horace "
                      "Chang, today announced enhanced security measures in Spanish Town and in the western parishes.")
    assert found["Horace Chang"].affiliation == "agency:jamaican-ministry-of-national-security", found


def test_a_chief_justice_sits_on_the_one_supreme_court_named():
    found = officials("In Mexico, President López Obrador pushed the reform after the Supreme Court blocked several "
                      "projects. Chief Justice Norma Piña, who did not run, had warned.")
    assert "supreme-court" in (found["Norma Piña"].affiliation or ""), found["Norma Piña"]


@pytest.mark.parametrize("text, name, title", [
    ("The PNP leader Mark Golding conceded. The People's National Party took 29 seats.", "Mark Golding", "PNP leader"),
    ("Los Lobos leader Fabricio Colón Pico escaped from prison in Ecuador.", "Fabricio Colón Pico", "Los Lobos leader"),
])
def test_a_listed_body_then_leader_then_a_name(text, name, title):
    found = officials(text)
    assert name in found and title in found[name].titles, found


def test_a_leader_of_no_named_body_is_no_official():
    assert "Juan Perez" not in officials("The opposition leader Juan Perez spoke to reporters in Tegucigalpa.")


@pytest.mark.parametrize("text, name, affiliation", [
    # a mayor whose title names no town heads the town "where" refers to (not its country)
    ("The Ambassador flew to Nuevo Laredo, Mexico, where he met Mayor Carmen Lilia Canturosas Villarreal.",
     "Carmen Lilia Canturosas Villarreal", "government:municipal-government-of-nuevo-laredo"),
    # a former president the lexicon knows in two offices: the one the title names
    ("Cuba rejects the reversal of the measures adopted on 14 January by former President Joseph Biden.",
     "Joseph Biden", "agency:white-house"),
])
def test_a_mayors_town_and_a_former_presidents_office(text, name, affiliation):
    assert officials(text)[name].affiliation == affiliation, officials(text)[name]


def test_a_commonwealths_government_is_also_called_so():
    analysis = analyse_document(load_bytes("t.txt", b"Release Date: June 1, 2022\n\nVirginia Governor Glenn Youngkin "
                                                     b"announced the arrest in Dale City."))
    govs = {a.id: a for a in analysis.actors}
    youngkin = next(a for a in analysis.actors if a.name == "Glenn Youngkin")
    assert "Commonwealth of Virginia" in govs[youngkin.affiliation].aliases


def test_a_first_lady_the_lexicon_knows_serves_the_white_house():
    found = officials("First Lady Jill Biden will travel to Ecuador, Panama, and Costa Rica. In Panama City she "
                      "will be received by First Lady Yazmín Colón de Cortizo.")
    assert found["Jill Biden"].affiliation == "agency:white-house"
    assert found["Yazmín Colón de Cortizo"].affiliation == "government:pa"


def test_a_person_of_a_party_who_became_an_officeholder_is_the_person_not_the_party():
    found = officials("In Grenada, Dickon Mitchell won office in June 2022. Terrance Drew of the St. Kitts-Nevis "
                      "Labour Party became Prime Minister of St. Kitts and Nevis in August 2022.")
    assert "St. Kitts-Nevis Labour Party" not in found
    assert found["Terrance Drew"].affiliation == "government:kn"


@pytest.mark.parametrize("text, name", [
    ("The U.S. Chargé d'Affaires in Port-au-Prince, Eric Stromayer, met with Prime Minister Ariel Henry.",
     "Eric Stromayer"),
    ("The U.S. Ambassador in Mexico City, Ken Salazar, met the President.", "Ken Salazar"),
])
def test_a_posted_title_then_its_city_then_a_comma_then_the_name(text, name):
    assert officials(text)[name].affiliation == "agency:us-department-of-state"


def test_a_lower_case_title_in_apposition_to_a_full_name():
    # news style: the name, a comma, the office in lower case with its article
    found = officials("Julissa Villanueva, the vice minister of security who heads the prison commission, said the "
                      "riot in Honduras began in the morning.")
    # the portfolio, written in lower case too, names her ministry (as "Vice Minister of Security" would)
    assert found["Julissa Villanueva"].affiliation == "agency:honduran-ministry-of-security"
    assert officials("Maria Lopez, the mother of the victim, spoke to reporters in Honduras.") == {}


def test_two_witness_lines_are_two_people():
    """A witness's line whose title holds an initial ("Jack D. Gordon Institute") is a line of its own: each title
    stays with the name on its line."""
    found = officials("Witnesses:\nMr. Ryan C. Berg, Director, Americas Program, Center for Strategic and "
                      "International Studies\nMr. Leland Lazarus, Associate Director, Jack D. Gordon Institute for "
                      "Public Policy\n\nThe hearing began at ten.")
    assert found["Ryan C. Berg"].affiliation == "organization:center-for-strategic-and-international-studies"
    assert found["Leland Lazarus"].affiliation.endswith("jack-d-gordon-institute-for-public-policy")
    assert found["Leland Lazarus"].titles == ("Associate Director",), found["Leland Lazarus"].titles


def test_a_rank_after_an_office_of_a_named_country_is_the_holders():
    """ "Mexico's Secretary of National Defense General X": both are X's; the rank does not take the portfolio."""
    found = officials("I meet regularly with Mexico's Secretary of National Defense General Luis Cresencio Sandoval "
                      "González in Mexico City.")
    titles = found["Luis Cresencio Sandoval González"].titles
    assert any("Secretary of National Defense" in t for t in titles) and "General" in titles, titles
    assert not any(t.startswith("National Defense General") for t in titles), titles


def test_a_federal_district_judge_sits_on_the_court_of_the_district_in_the_masthead():
    # the district's name runs into the masthead's menu ("… Middle District of Florida About | News")
    text = ("U.S. Attorney's Office | Middle District of Florida About | News | Divisions\n\nTampa, Florida – U.S. "
            "District Judge Charlene Edwards Honeywell has sentenced four men to prison.")
    found = officials(text)
    assert found["Charlene Edwards Honeywell"].affiliation == \
        "agency:us-district-court-for-the-middle-district-of-florida"


def test_a_mayors_town_described_before_it_is_named():
    found = officials("URUAPAN, Mexico (AP) — Carlos Manzo, the mayor of the avocado-growing city of Uruapan, was "
                      "shot dead.")
    assert found["Carlos Manzo"].affiliation == "government:municipal-government-of-uruapan"


def test_a_federal_judge_in_a_release_of_one_us_attorneys_office_sits_on_that_districts_court():
    # the masthead and its menu are page furniture the cleaner drops: the district is the publisher's
    text = ("U.S. Attorney's Office - Southern District of Texas\nHome | About | News | Divisions | Contact\n\n"
            "Press Release\nHouston man sentenced for trafficking rifles\nWednesday, October 15, 2025\n\n"
            "HOUSTON – A Houston resident has been ordered to federal prison. U.S. District Judge Lee H. Rosenthal "
            "sentenced him to 96 months in prison.")
    found = officials(text)
    assert found["Lee H. Rosenthal"].affiliation == "agency:us-district-court-for-the-southern-district-of-texas"


def test_a_coast_guard_area_is_a_body_not_a_person():
    found = officials("Vice Adm. Andrew Tiongson, commander of Coast Guard Pacific Area, thanked the task force.")
    assert "Pacific Area" not in found
    assert found["Andrew Tiongson"].affiliation == "agency:coast-guard-pacific-area"


def test_a_known_person_written_in_capitals_takes_the_known_name():
    """A proclamation's "I, JOSEPH R. BIDEN JR., President of the United States": the known person, by his name."""
    found = officials("NOW, THEREFORE, I, JOSEPH R. BIDEN JR., President of the United States of America, do hereby "
                      "proclaim September 15 through October 15, 2022, as National Hispanic Heritage Month.")
    assert "Joseph R. Biden" in found and "Joseph R. Biden Jr." in found["Joseph R. Biden"].aliases, sorted(found)


def test_a_state_of_emergency_is_no_state_a_governor_governs():
    found = officials("In Mexico, Governor Evelyn Salgado Pineda declared the State of Emergency after the storm.")
    assert "emergency" not in (found["Evelyn Salgado Pineda"].affiliation or ""), found["Evelyn Salgado Pineda"]


def _seat_of(text: str, name: str) -> str:
    analysis = analyse_document(load_bytes("t.txt", f"Release Date: June 1, 2022\n\n{text}".encode()))
    by_id = {a.id: a for a in analysis.actors}
    person = next(a for a in analysis.actors if a.name == name)
    return by_id[person.affiliation].name


def test_a_seat_a_holder_is_addressed_by_does_not_hide_the_office_before_it():
    """ "the Mayor of Montego Bay, Councillor Richard Roe": the mayor's town, not the seat he is addressed by."""
    assert _seat_of("Also present were the Mayor of Montego Bay, Councillor Richard Roe, and the Ambassador.",
                    "Richard Roe") == "Municipal Government of Montego Bay"


def test_a_mayor_where_a_town_council_is_named_heads_that_council():
    """The council's name holds the town's "del", and the mayor serves the council, not a town named after it."""
    assert _seat_of("The leaders visited the market in Melchor de Mencos and the Benque Viejo del Carmen Town Council, "
                    "where Mayor Christopher Roe hosted a lunch.", "Christopher Roe") \
        == "Benque Viejo del Carmen Town Council"


def test_an_embassys_seat_does_not_outweigh_the_country_a_release_is_about():
    """An embassy covering several countries writes its seat twice; the release is about St. Vincent."""
    text = ("U.S. Embassy in Barbados\n\nAmbassador Visits St. Vincent and the Grenadines\n\nKINGSTOWN – The U.S. "
            "Ambassador to Barbados visited St. Vincent and the Grenadines. In Kingstown, the Ambassador called on "
            "Prime Minister Ralph Roe.")
    assert _seat_of(text, "Ralph Roe") == "Government of Saint Vincent and the Grenadines"


def test_an_ambassadors_seat_is_not_the_country_of_the_officials_beside_him():
    """"U.S. Ambassador to Barbados … joined Prime Minister X": the seat is the ambassador's, not X's country."""
    text = ("Clinic reopens in Barbuda\n\nCODRINGTON, Antigua and Barbuda – The clinic in Antigua and Barbuda "
            "reopened. U.S. Ambassador to Barbados, the Eastern Caribbean and the OECS Linda Roe joined Prime "
            "Minister Gaston Roe at the ceremony in Codrington.")
    assert _seat_of(text, "Gaston Roe") == "Government of Antigua and Barbuda"


def test_a_regional_embassys_host_written_in_its_masthead_and_footer_counts_half():
    """The embassy in Barbados and the Eastern Caribbean names Barbados in its masthead, dateline and footer; its
    release on St. Kitts and Nevis is about St. Kitts and Nevis."""
    text = ("U.S. Embassy in Barbados and the Eastern Caribbean\n\nAmbassador opens coast guard station\n\n"
            "BASSETERRE, Saint Kitts and Nevis – The Ambassador opened a station of the St. Kitts and Nevis Defence "
            "Force in Saint Kitts and Nevis. Prime Minister Terrance Roe received her at Government Headquarters.\n\n"
            "U.S. Embassy Bridgetown, Wildey, St. Michael, Barbados. Switchboard: Barbados (246) 227-4000. Visas: "
            "Barbados (246) 227-4399. Citizens: Barbados (246) 227-4193.")
    analysis = analyse_document(load_bytes("t.txt", text.encode()))
    by_id = {a.id: a for a in analysis.actors}
    person = next(a for a in analysis.actors if a.name == "Terrance Roe")
    assert by_id[person.affiliation].name == "Government of Saint Kitts and Nevis"


def test_a_pair_of_island_groups_named_without_the_word_islands_is_the_country():
    assert _seat_of("He closed his trip with a call with Turks and Caicos Premier Washington Roe on migration from "
                    "Haiti's north coast.", "Washington Roe") == "Government of the Turks and Caicos Islands"


def test_a_state_office_written_with_a_capital_state_is_the_states_in_a_story_on_one_state():
    assert _seat_of("Quintana Roo Gov. Carlos Roe ordered more patrols in Tulum, Quintana Roo. State Public Security "
                    "Secretary Lucio Roe Gutiérrez said more police would be stationed in the town.",
                    "Lucio Roe Gutiérrez") == "Government of Quintana Roo"


def test_a_chief_patrol_agent_serves_the_border_patrol():
    assert _seat_of('"Agents of this sector save lives every week, from the river at Los Ebanos to the ranches of '
                    'Kenedy County," said Chief Patrol Agent Gloria I. Roe.', "Gloria I. Roe") == "U.S. Border Patrol"


def _affiliations(name: str, text: str) -> dict[str, str]:
    analysis = analyse_document(load_bytes(name, text.encode()))
    return {a.name: a.affiliation for a in analysis.actors if a.kind == "official"}


def test_a_field_division_after_the_title_is_the_officers_agency():
    """ "X, Special Agent in Charge, ATF Miami Field Division; and Y, …": the body heading its field division."""
    found = officials("Markenzy Lapointe, United States Attorney for the Southern District of Florida; Anthony "
                      "Spotswood, Special Agent in Charge, ATF Miami Field Division; and Anthony Salisbury, Special "
                      "Agent in Charge, Homeland Security Investigations (HSI) Miami, announced the charges.")
    assert found["Anthony Spotswood"].affiliation == "agency:bureau-of-alcohol-tobacco-firearms-and-explosives"
    assert found["Anthony Salisbury"].affiliation == "agency:homeland-security-investigations"


def test_a_cutters_commanding_officer_is_the_coast_guards_where_its_units_outnumber_defense():
    text = ("United States Coast Guard\n\nCoast Guard Cutter James offloads cocaine at Port Everglades\n\nJan. 17, "
            "2025\n\nThe crew of the Coast Guard Cutter James offloaded cocaine seized by the Coast Guard Seventh "
            "District, with a U.S. Navy aircraft, U.S. Southern Command, the U.S. Navy's Fourth Fleet and Joint "
            "Interagency Task Force South. \"These seizures keep poison off our streets,\" said Capt. Margaret Toledo, commanding officer "
            "of the cutter James.")
    assert _affiliations("cg.txt", text)["Margaret Toledo"] == "agency:us-coast-guard"


def test_the_last_word_of_the_one_body_named_before_an_office_is_that_body():
    """ "Foundation Representative X" in a text on the Inter-American Foundation; "Haiti Mission Director" stays
    USAID's (a place is no body's last word here)."""
    found = officials("The Inter-American Foundation (IAF) made 12 grants in Honduras. Regional Director Stephen Cox "
                      "and Foundation Representative Lucía Marcala Pineda visited the grantees.")
    assert found["Lucía Marcala Pineda"].affiliation == "agency:inter-american-foundation"


def test_a_spanish_presidency_masthead_makes_unqualified_ministers_its_own():
    """The Dominican presidency's release: "the borders with Haiti … on the Haitian side" does not make its Minister
    of Defense Haitian; "the Mexican delegation was headed by the Secretary …" still makes him Mexican."""
    text = ("PRESIDENCIA DE LA REPÚBLICA DOMINICANA\n\nPresident Abinader Inspects Border Works in Dajabón\n\nSanto "
            "Domingo, Dominican Republic – 19 October 2023\n\nThe President, who ordered the closure of the borders "
            "with Haiti over a canal on the Haitian side near Ouanaminthe, was accompanied by the Minister of "
            "Defense, Lieutenant General Carlos Luciano Díaz Morfa. The Mexican delegation was headed by the "
            "Secretary of Foreign Affairs, Juan Ramón de la Fuente.")
    found = _affiliations("do.txt", text)
    assert found["Carlos Luciano Díaz Morfa"] == "agency:dominican-ministry-of-defense", found
    assert found["Juan Ramón de la Fuente"].startswith("agency:mexican"), found


def test_a_coast_guard_unit_after_its_commanders_title_is_no_person():
    """ "Capt. X, commander of Coast Guard Sector San Juan": the sector is the unit he commands, not a person named
    "Sector San Juan"."""
    found = officials("\"It is dangerous,\" said Capt. Luis J. Rodríguez Miranda, commander of Coast Guard Sector San "
                      "Juan. Capt. Jason Ingram, commander of Coast Guard Sector Key West, agreed.")
    assert {"Luis J. Rodríguez Miranda", "Jason Ingram"} <= set(found), sorted(found)
    assert not [n for n in found if n.startswith("Sector")], sorted(found)


def test_a_delegation_list_with_courtesy_titles_and_regions_as_portfolios():
    """ "Mr. X⏎Title" is X's line as "The Honorable X⏎Title" is; a district after a representative's title is no
    person; "Central America and the Caribbean" is one region as a portfolio."""
    found = officials(
        "The White House announced the delegation.\n\nThe Honorable Gregory W. Meeks\nU.S. Representative, New York's "
        "5th Congressional District, Chairman of the House Committee on Foreign Affairs\n\nMr. Juan S. Gonzalez\n"
        "Special Assistant to the President and Senior Director for the Western Hemisphere, National Security "
        "Council\n\nMs. Isabel Guzmán\nAdministrator of the U.S. Small Business Administration\n\nMr. Francisco "
        "\"Frank\" Palmieri\nActing Deputy Assistant Secretary for Central America and the Caribbean, U.S. "
        "Department of State\n")
    assert {"Gregory W. Meeks", "Juan S. Gonzalez", "Isabel Guzmán", 'Francisco "Frank" Palmieri'} <= set(found), \
        sorted(found)
    assert not [n for n in found if "District" in n], sorted(found)
    assert "Caribbean" in found['Francisco "Frank" Palmieri'].titles[0]
    assert found['Francisco "Frank" Palmieri'].affiliation == "agency:us-department-of-state"


def test_a_portfolio_after_a_comma_before_the_name_and_colonias_abbreviated_col():
    """ "Director, Field Operations Randy J. Howe" is Howe; "the Col. Almaguer, Col. Las Cumbres … neighborhoods" are
    Mexican colonias, not colonels (a colonel stays one)."""
    found = officials("CBP's Laredo Field Office, led by Director, Field Operations Randy J. Howe, oversees eight "
                      "ports of entry. Gunmen blocked roads in Reynosa, including in the Col. Almaguer, Col. Las "
                      "Cumbres and Col. Lomas Real de Jarachina neighborhoods. Col. John Smith, commander of the "
                      "612th Air Base Squadron, met the Honduran Army chief.")
    assert {"Randy J. Howe", "John Smith"} <= set(found), sorted(found)
    assert not {"Almaguer", "Las Cumbres", "Lomas Real de Jarachina"} & set(found), sorted(found)


def test_field_operations_is_cbps_portfolio_and_cbp_named_after_it_is_a_mention():
    """ "Director of Field Operations for the Tucson Field Office" serves CBP; "… for U.S. Customs and Border
    Protection" names CBP itself (not a portfolio, so the body keeps its mention)."""
    analysis = analyse_document(load_bytes("t.txt", (
        "Release Date: June 1, 2022\n\nOfficials attended: Hector Mancha, Director of Field Operations for U.S. "
        "Customs and Border Protection in El Paso. Guadalupe Ramirez, Director of Field Operations for the Tucson "
        "Field Office, spoke.").encode()))
    by_name = {a.name: a for a in analysis.actors}
    assert by_name["Guadalupe Ramirez"].affiliation == "agency:us-customs-and-border-protection"
    assert by_name["Hector Mancha"].affiliation == "agency:us-customs-and-border-protection"
    assert any(m.kind == "name" for m in by_name["U.S. Customs and Border Protection"].mentions)


def test_the_name_after_a_title_and_the_rest_of_its_bodys_name():
    """ "the Undersecretary for North America of the Secretariat of Foreign Affairs (SRE), Roberto Velasco Álvarez":
    the body's name and initials, then the comma, then the holder."""
    found = officials("The Homeland Security Advisor met the Undersecretary for North America of the Secretariat of "
                      "Foreign Affairs (SRE), Roberto Velasco Álvarez, in Mexico City.")
    assert "Roberto Velasco Álvarez" in found, sorted(found)


def test_the_united_kingdom_is_british_and_a_governor_general_serves_the_realm():
    """The packaged country data lists GB twice (the U.K. and Wales): the U.K.'s bodies are British. A
    Governor-General in a sentence that names the U.K. still serves the realm the document is about."""
    analysis = analyse_document(load_bytes("t.txt", (
        "Release Date: June 1, 2022\n\nU.S. Relations With Jamaica\n\nThe United Kingdom remains involved in the "
        "region through its British Army Training Support Unit. Jamaica became independent from the United Kingdom "
        "in 1962; King Charles III is head of state, represented by Governor-General Sir Patrick Allen. Jamaica is a "
        "partner of the United States, and Jamaica's ports serve the region.").encode()))
    by_name = {a.name: a for a in analysis.actors}
    assert "British Army Training Support Unit" in by_name, sorted(by_name)
    assert not [n for n in by_name if n.startswith("Welsh")], sorted(by_name)
    assert by_name["Patrick Allen"].affiliation == "government:jm"


@pytest.mark.parametrize("text, name, title_part", [
    ("Chief Medical Officer, Dr. Jacquiline Bisasor-McKenzie, said most patients were in Kingston.",
     "Jacquiline Bisasor-McKenzie", "Chief Medical Officer"),
    # the rest of the body's name after the title, where it sits, then the comma and the name
    ("Acting Director of the INL office in Tegucigalpa, Mark T. Ledesma, said the contracts run through 2024.",
     "Mark T. Ledesma", "Director"),
    ("She will join the Chief of the OAS Office in the Adjacency Zone, Lucía Ferreira Montes, in Belize.",
     "Lucía Ferreira Montes", "Chief"),
    ("They agreed that the Deputy National Security Advisor for International Economics, Mike Pyle, would meet them.",
     "Mike Pyle", "International Economics"),
    # a headline verb that is also a surname, before punctuation
    ("Prime Minister Andrew Holness was accompanied by Jamaica's Ambassador to the United States, Audrey Marks.",
     "Audrey Marks", "Ambassador"),
    # a town's name after the title opens no person's
    ("Ambassador Kozak will be accompanied by U.S. Chargé d'Affaires in San Salvador Nicholas Lucas Barragán.",
     "Nicholas Lucas Barragán", "San Salvador"),
    ("Rebecca González-Ramos, Special Agent in Charge of HSI San Juan, thanked the Dominican Navy.",
     "Rebecca González-Ramos", "Special Agent in Charge"),
])
def test_titles_before_bodies_places_and_commas(text, name, title_part):
    found = officials(text)
    assert name in found, sorted(found)
    assert any(title_part in t for t in found[name].titles), found[name].titles
    assert not [n for n in found if n.startswith(("San ", "Salvador ", "Medical"))], sorted(found)


def test_a_posts_town_and_a_mayors_whole_town_before_the_name():
    """ "U.S. Chargé d’Affaires in San Salvador Nicholas Lucas Barragán": the town, then the name; "the Mayor of Santa
    Rosa de Lima, Carlos Alberto Rivas", in a text that names the town before: no person "de Lima"."""
    found = officials("Ambassador Kozak will be accompanied by U.S. Chargé d’Affaires in Tegucigalpa Roy Perrin and "
                      "U.S. Chargé d’Affaires in San Salvador Nicholas Lucas Barragán.")
    assert "Nicholas Lucas Barragán" in found, sorted(found)
    found = officials("The Administrator traveled to a dairy cooperative in Santa Rosa de Lima, La Unión, with El "
                      "Salvador's Minister of Agriculture and Livestock, David Martínez, and the Mayor of Santa Rosa de "
                      "Lima, Carlos Alberto Rivas.")
    assert "Carlos Alberto Rivas" in found and "de Lima" not in found, sorted(found)
    assert found["Carlos Alberto Rivas"].affiliation.endswith("santa-rosa-de-lima")


@pytest.mark.parametrize("text, name, affiliation", [
    # a statement's subject after the name is no office's country
    ("Statement by National Security Advisor Jake Sullivan on Cuba\n\nEleven days ago, thousands of Cubans took to "
     "the streets.", "Jake Sullivan", "agency:national-security-council"),
    # where an event takes place after the name is not the office's body
    ("He will join U.S. Ambassador to Barbados and the Eastern Caribbean Linda Taglialatela at the Regional Security "
     "System (RSS) headquarters near Grantley Adams International Airport.", "Linda Taglialatela",
     "agency:us-department-of-state"),
    # but "of" a country after the name still says whose office it is
    ("The delegation met President Laurentino Cortizo of Panama on Monday.", "Laurentino Cortizo", "government:pa"),
])
def test_only_of_for_or_to_after_a_name_completes_its_title(text, name, affiliation):
    assert officials(text)[name].affiliation == affiliation, officials(text)[name]


def test_an_office_as_the_subject_and_its_holder_after_is():
    found = officials("The U.S. Ambassador to Costa Rica is Cynthia A. Telles; other principal embassy officials are "
                      "listed in the Key Officers List.")
    assert found["Cynthia A. Telles"].affiliation == "agency:us-department-of-state", found
    assert not officials("The Minister of Security is concerned about the rise in crime.")


def test_a_portfolios_last_items_closed_by_and_before_the_name():
    found = officials("Dominica's Minister of Public Works, Water Resource Management and Ports, the Honourable Fidel "
                      "Grant, welcomed the approval.")
    assert set(found) == {"Fidel Grant"}, sorted(found)
    assert "Water Resource Management and Ports" in found["Fidel Grant"].titles[0], found["Fidel Grant"]
    found = officials("The Director of the FBI, Christopher Wray and Attorney General Merrick Garland, said the case "
                      "was closed.")
    assert {"Christopher Wray", "Merrick Garland"} <= set(found), sorted(found)


def test_the_body_a_sentence_says_its_official_heads():
    found = officials("The OECS Commission, based in Morne Fortune outside Castries, is headed by Director General "
                      "Didacus Jules.")
    assert found["Didacus Jules"].affiliation == "organization:organisation-of-eastern-caribbean-states"


@pytest.mark.parametrize("text, not_a_person", [
    # a unit the text gives initials after, right after a commander's title
    ("Also present was Colonel Daniel Roe Morales, commander of the Joint Task Force-Bravo Medical Element (MEDEL), "
     "whose team trained 28 nurses.", "Medical Element"),
    # a Mexican address's colonia, no colonel
    ("U.S. Consulate General Monterrey · Av. Alfonso Reyes 150, Col. Valle del Poniente, Santa Catarina, N.L.",
     "Valle del Poniente"),
])
def test_units_and_addresses_are_not_people(text, not_a_person):
    assert not_a_person not in officials(text), sorted(officials(text))


def test_a_persons_initials_after_the_name_leave_a_person():
    assert "Andrés Manuel López Obrador" in officials("President Andrés Manuel López Obrador (AMLO) spoke.")


def test_a_national_body_the_main_country_lacks_is_the_next_named_countrys():
    text = ("The Assistant Secretary will visit Honduras, meet Honduran officials in Tegucigalpa and see the Honduran "
            "side of the border at El Amatillo, in Honduras. He will then travel to La Unión, El Salvador. In San "
            "Salvador, he will meet the Director General of the National Civil Police (PNC), Mauricio Arriaza Chicas. "
            "He previously served as U.S. Ambassador to Guatemala.")
    analysis = analyse_document(load_bytes("note.txt", text.encode()))
    person = next(a for a in analysis.actors if a.name == "Mauricio Arriaza Chicas")
    assert person.affiliation == "agency:salvadoran-national-civil-police", person.affiliation


@pytest.mark.parametrize("text, name", [
    # a lower-case title of a place, its holder closing the sentence
    ("The ceremony was attended by the governor of Tachira, Freddy Bernal.", "Freddy Bernal"),
    # … after an honorific
    ("The Navy's commander received the boats together with the mayor of Puerto Lempira, Mr. Leonel Morazán Wood.",
     "Leonel Morazán Wood"),
    # a country's minister of a portfolio written in lower case, then the name in apposition
    ("The ceremony was attended by Venezuela's minister of industry, Jose Felix Ribas, and by the press.",
     "Jose Felix Ribas"),
    # a governor of a state named with its kind and its country's demonym
    ("The governor of the Venezuelan state of Táchira, Freddy Bernal, said customs offices would work extended hours.",
     "Freddy Bernal"),
])
def test_lower_case_offices_then_their_holder_in_apposition(text, name):
    assert name in officials(text), sorted(officials(text))


def test_a_governor_of_a_state_named_with_its_kind_serves_the_states_government():
    text = "The governor of the Venezuelan state of Táchira, Freddy Bernal, said customs offices would work longer."
    analysis = analyse_document(load_bytes("note.txt", text.encode()))
    person = next(a for a in analysis.actors if a.name == "Freddy Bernal")
    assert person.affiliation == "government:government-of-tachira", person.affiliation


def test_a_governors_place_named_with_its_kind_before_the_name():
    text = ("The vessels were presented in a ceremony attended by Governor of Puerto Plata Province Claritza Rodríguez "
            "Espaillat and the Navy.")
    analysis = analyse_document(load_bytes("note.txt", text.encode()))
    person = next(a for a in analysis.actors if a.kind == "official")
    assert person.name == "Claritza Rodríguez Espaillat", person.name
    assert person.affiliation == "government:government-of-puerto-plata", person.affiliation


def test_a_numbered_documents_name_after_general_is_no_officer():
    found = officials("The Chevron license under Treasury's General License 41 is in question. The meeting with "
                      "General Richardson ended.")
    assert "License" not in found and "Richardson" in found, sorted(found)


def test_an_ausa_is_an_assistant_us_attorney_of_the_releases_district():
    found = officials("U.S. Attorney's Office, District of Puerto Rico. AUSAs Luis Rivera Santiago and Ana Ruiz are "
                      "prosecuting the case.")
    assert {"Luis Rivera Santiago", "Ana Ruiz"} <= set(found), sorted(found)
    assert found["Ana Ruiz"].affiliation == "agency:us-attorney-office-for-the-district-of-puerto-rico", found


def test_a_plural_title_inside_a_councils_name_lists_no_one():
    found = officials("SICA Council of Ministers of Foreign Affairs Adopts Regional Migration and Security Agenda\n\n"
                      "San Salvador, 12 December 2024. The ministers met.")
    assert not found, sorted(found)
    assert "Mauro Vieira" in officials("The foreign ministers Mauro Vieira, Luis Gilberto Murillo and Alicia Bárcena met.")


@pytest.mark.parametrize("text, name, affiliation", [
    # forensic and legal medicine, and a peace process's talks, are portfolios, not names
    ("In Tegucigalpa, Dr. Marco Antonio Trujillo Ávila, Director of Forensic Medicine, said 46 experts had trained.",
     "Marco Antonio Trujillo Ávila", None),
    ("In Tegucigalpa, the FBI met the Director of Forensic Medicine, Dr. Julissa Villanueva.", "Julissa Villanueva",
     None),
    ("We will work with Special Envoy to the Venezuelan Negotiation Talks Dag Nylander on the election.",
     "Dag Nylander", None),
    # a staff title of an agency's head, closed by the agency
    ("Ms. Marcela Escobar-Alava, Assistant to the Administrator, Bureau for Latin America and the Caribbean, U.S. "
     "Agency for International Development", "Marcela Escobar-Alava",
     "agency:us-agency-for-international-development"),
    # a delegation line with an honoured name and a body, no title
    ("Delegation:\n\nThe Honorable Norma J. Torres, U.S. House of Representatives, California\n\nThe Honorable "
     "Brian A. Nichols, Assistant Secretary of State for Western Hemisphere Affairs", "Norma J. Torres",
     "agency:us-house-of-representatives"),
    # a portfolio suggests a department (International Affairs: DHS's), the body after the comma names it
    ("The Honorable Teresa Segovia Hall, Deputy Under Secretary for International Affairs, U.S. Department of Labor",
     "Teresa Segovia Hall", "agency:us-department-of-labor"),
    ("Mr. Blas Nuñez-Neto, Assistant Secretary for Border and Immigration Policy, Office of Strategy, Policy, and "
     "Plans, U.S. Department of Homeland Security · Dr. Ana Ruiz, Cuban Studies Program, Florida International "
     "University", "Blas Nuñez-Neto", "agency:us-department-of-homeland-security"),
])
def test_officials_of_portfolios_and_delegation_lines(text, name, affiliation):
    found = officials(text)
    assert name in found, sorted(found)
    assert "Medicine" not in found and not any("Talks" in n for n in found), sorted(found)
    if affiliation:
        assert found[name].affiliation == affiliation, found[name]


@pytest.mark.parametrize("text, name, affiliation", [
    # a rank before "(Ret'd)" after an office, and the office's words after a body's initials
    ("In Georgetown, he will meet Prime Minister Brigadier (Ret'd) Mark Phillips and Foreign Secretary Robert Persaud.",
     "Mark Phillips", None),
    ("They met the Director General of the OECS Commission, Dr. Didacus Jules.", "Didacus Jules",
     "organization:organisation-of-eastern-caribbean-states"),
    ("Nichols will meet Special Representative of the UN Secretary-General Helen La Lime, who heads the UN "
     "Integrated Office in Haiti (BINUH).", "Helen La Lime", None),
    # titles of consular agencies and the Postal Inspection Service, with a body no list knows after the name
    ("Consular Agent Rosa Ixtapa Moreno of the Oaxaca consular agency joined the visit in Mexico.", "Rosa Ixtapa Moreno",
     None),
    ("U.S. Attorney Mac Schneider for the District of North Dakota and Inspector in Charge Ruth M. Mendonça of the U.S. "
     "Postal Inspection Service (USPIS) Philadelphia Division made the announcement.", "Ruth M. Mendonça",
     "agency:us-postal-inspection-service"),
    # a body, "is headed by", the name
    ("In Honduras, the Supreme Court of Justice is headed by Rebeca Ráquel Obando.", "Rebeca Ráquel Obando", None),
])
def test_officials_after_ranks_units_and_heading_verbs(text, name, affiliation):
    found = officials(text)
    assert name in found, sorted(found)
    assert not any(n.startswith(("Brigadier", "-General")) for n in found), sorted(found)
    if affiliation:
        assert found[name].affiliation == affiliation, found[name]


def test_a_person_led_by_with_a_title_of_her_own_keeps_it():
    from corpus.pipeline import analyse_document
    from documents.load import load_bytes

    analysis = analyse_document(load_bytes("t.txt", b"Release Date: June 1, 2022\n\nThe U.S. Embassy in Belmopan is led "
                                                    b"by Ambassador Michelle Kwan, who presented her credentials."))
    kwan = next(a for a in analysis.actors if a.name == "Michelle Kwan")
    assert not any(t.startswith("Head of") for t in kwan.titles), kwan.titles
    assert ("official:michelle-kwan", "agency:us-department-of-state") in {
        (r.source, r.target) for r in analysis.relations if r.kind == "member-of"}


def test_a_middle_name_that_is_a_place_after_in_or_in_a_longer_name_is_the_place():
    from corpus.pipeline import analyse_document
    from documents.load import load_bytes

    text = ("Release Date: June 1, 2022\n\nConsular Agent Alma Loreto Díaz briefed him. In Loreto, the Ambassador met a "
            "cooperative that works with the Bay of Loreto National Park in Baja California Sur, Mexico.")
    analysis = analyse_document(load_bytes("t.txt", text.encode()))
    assert "Loreto" in {p.name for p in analysis.places}


def test_a_known_holders_surname_in_prose_full_of_names_is_the_holder():
    found = officials("Today, President Biden met President Andrés Manuel López Obrador on the margins of the summit.")
    assert "Joseph R. Biden" in found, sorted(found)
    # a title-case line among related links is no statement that the Secretary took part
    found = officials("Cubans marched in Havana.\n\nRelated Articles:\n- Secretary Blinken's Statement on the November "
                      "15 Civic March\n- Visa Restrictions on Cuban Officials")
    assert "Antony J. Blinken" not in found, sorted(found)


@pytest.mark.parametrize("text, name, affiliation", [
    ("Governor of Napo Verónica Pérez Tupe and the Prefect of Napo, José Chimbo Dahua, thanked the Armed Forces of "
     "Ecuador.", "José Chimbo Dahua", "government:government-of-napo"),
    ("Vice Minister of Foreign Affairs for Bilateral Relations Ruddy González and Vice Minister of Education Ancell "
     "Scheker attended for the Dominican government.", "Ruddy González", "agency:dominican-ministry-of-foreign-affairs"),
    ("Good morning, Chairman Gimenez, Ranking Member Thanedar, and Members of the Subcommittee.", "Thanedar", None),
])
def test_prefects_vice_ministers_portfolios_and_a_hearings_greeting(text, name, affiliation):
    found = officials(text)
    assert name in found, sorted(found)
    if affiliation:
        assert found[name].affiliation == affiliation, found[name]


def test_a_rotating_chair_after_a_ministers_title_is_no_person():
    found = officials("Signed by:\n\n- Alexandra Hill Tinoco, Minister of Foreign Affairs of El Salvador, President Pro "
                      "Tempore\n- Arnoldo André Tinoco, Minister of Foreign Affairs and Worship of Costa Rica")
    assert "Pro Tempore" not in found and "Alexandra Hill Tinoco" in found, sorted(found)


def test_bodies_after_a_bracketed_acronym_a_heading_or_a_place():
    from corpus.pipeline import analyse_document
    from documents.load import load_bytes

    def bodies(text: str) -> dict[str, object]:
        analysis = analyse_document(load_bytes("t.txt", f"Release Date: June 1, 2022\n\n{text}".encode()))
        return {a.name: a for a in analysis.actors if a.kind != "official"}

    found = bodies("OFAC coordinated the action in Mexico with the Drug Enforcement Administration (DEA) Houston "
                   "Division.")
    assert found["DEA Houston Division"].country == "US", sorted(found)
    found = bodies("The report notes the expulsion of Bishop Rolando Álvarez of the Diocese of Matagalpa to Rome.")
    assert "Diocese of Matagalpa" in found, sorted(found)


def test_a_reigning_monarch_of_a_country_is_an_official_and_other_kings_are_not():
    found = officials("Leaders attended, including King Felipe VI of Spain. The King Air plane flew from Queen Street "
                      "to King County; Martin Luther King Jr. Avenue was closed, as in the days of Queen Isabella I "
                      "of Castile.")
    assert found["Felipe VI"].affiliation == "government:es", found
    assert set(found) == {"Felipe VI"}, sorted(found)


def test_a_bare_name_that_ends_a_listed_bodys_name_is_that_body_unless_a_country_opens_it():
    analysis = analyse_document(load_bytes("t.txt", (
        "Release Date: June 1, 2022\n\nU.S. House Committee on Foreign Affairs\n\nThe hearing on Nicaragua's "
        "political prisoners was held by the Committee on Foreign Affairs. The Costa Rican Coast Guard assisted; the "
        "Coast Guard said.").encode()))
    bodies = {a.name for a in analysis.actors if a.kind == "agency"}
    assert "House Foreign Affairs Committee" in bodies and not any("Nicaraguan" in b for b in bodies), bodies
    assert "Costa Rican Coast Guard" in bodies, bodies


def test_a_sentence_opening_in_a_foreign_capital_is_about_that_capitals_country():
    found = officials("The Secretary will travel to Guyana and Suriname. In Paramaribo, he will meet President "
                      "Chandrikapersad Santokhi. In Kingstown, the U.S. Ambassador to Barbados met Prime Minister Ralph "
                      "Gonsalves. In Georgetown, he will meet President Irfaan Ali.")
    assert found["Chandrikapersad Santokhi"].affiliation == "government:sr", found
    assert found["Ralph Gonsalves"].affiliation == "government:vc", found
    assert found["Irfaan Ali"].affiliation == "government:gy", found


def test_a_body_written_with_its_countrys_name_is_not_the_us_body_of_its_bare_name():
    analysis = analyse_document(load_bytes("t.txt", (
        "Release Date: June 1, 2022\n\nHe will visit the Suriname Coast Guard station at Boskamp. The U.S. Coast Guard "
        "and the Suriname Coast Guard have trained boarding teams.").encode()))
    bodies = {a.name: a for a in analysis.actors if a.kind == "agency"}
    assert "U.S. Coast Guard" in bodies and any(b.country == "SR" for b in bodies.values()), sorted(bodies)


def test_a_body_named_after_its_country_either_way_is_one_body():
    analysis = analyse_document(load_bytes("t.txt", (
        "Release Date: June 1, 2022\n\nThe U.S. donates a boat to the Suriname Coast Guard. It gives $2 million to the "
        "Coast Guard of Suriname at its base in Boxel.").encode()))
    bodies = [a for a in analysis.actors if a.kind == "agency" and a.country == "SR"]
    assert len(bodies) == 1, bodies


def test_a_headlines_title_case_verb_and_preposition_open_no_body():
    analysis = analyse_document(load_bytes("t.txt", (
        "U.S. Government Hands Over Digital Forensics Laboratory to Jamaica Constabulary Force\n\n"
        "Release Date: June 19, 2025\n\nThe laboratory opened today.").encode()))
    names = {a.name for a in analysis.actors}
    assert not any("Over" in n or "Hands" in n for n in names), names
