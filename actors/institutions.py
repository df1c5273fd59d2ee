"""Institution names written without a lexicon entry: "Ministry of ...", "... Task Force", "General
Directorate of Migration and Foreigners (DGME)", "CBP's Border Patrol Tactical Unit", "DEA Tegucigalpa
Country Office". Each span gets a country and parent from its owner, its demonym or the document."""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from actors.drafts import Draft, add_entry
from actors.groups import DESIGNATIONS
from actors.lexicon import US_TERRITORIES, Country, Lexicon, OrgEntry, sea_banks, us_states
from actors.matchers import Hit, Scan
from actors.names import NOT_NAME
from actors.normalize import actor_id, fold
from model.buildings import BUILDING_WORDS
from model.first_names import common_first_names, fold_accents
from model.headlines import HEADLINE_VERBS
from model.nlp import token_alphas, token_lowers, token_spaces, token_texts

HEAD_BEFORE = {"ministry", "department", "bureau", "office", "secretariat", "agency", "commission", "council",
               "directorate", "institute", "embassy", "court", "tribunal", "unit", "division", "command",
               "administration", "parliament", "panel", "mission", "caucus", "community", "consulate",
               "center", "centre", "base", "observatory", "system", "museum", "academy"}
# ("National Center for Atmospheric, Oceanographic and Seismic Studies", "Naval Base of the Caribbean",
# "Volcanological and Seismological Observatory of Costa Rica", "National System of Conservation Areas")
HEAD_AFTER = {"ministry", "department", "bureau", "office", "secretariat", "agency", "commission", "council",
              "directorate", "institute", "service", "court", "tribunal", "unit", "command", "division",
              "police", "force", "forces", "army", "navy", "congress", "assembly", "embassy", "cartel",
              "gang", "guard", "prosecutor's", "corps", "board", "parliament", "panel", "mission", "center", "centre",
              "section", "brigade", "battalion", "regiment", "squadron", "laboratory", "branch", "authority",
              "patrol", "penitentiary", "jail", "observatory", "museum", "academy"}  # "Florida Highway Patrol", "National Penitentiary",
# "… County Jail"
# a force's command over an area, named by the area's word after the arm ("Eighth Naval Region", "Third Military
# Zone", "Puerto Chiapas Naval Sector"): a body, though "region" or "zone" alone is a place's word
COMMAND_AREAS = {"region", "zone", "sector"}
COMMAND_ARMS = {"naval", "military"}
CRIMINAL_HEADS = {"cartel", "gang"}
# Heads of bodies that are not government agencies: parties, alliances, caucuses, banks, universities …
ORGANIZATION_HEADS = {"party", "alliance", "front", "movement", "caucus", "association", "federation", "coalition",
                      "bank", "university", "organization", "organisation", "corporation", "facility", "foundation",
                      "society", "societies", "network", "chamber", "committee", "subcommittee", "team",
                      "platform", "union", "fund", "church", "school", "group", "trust", "survey", "diocese",
                      "archdiocese", "hospital", "confederation", "company", "cooperative"}
# "Center" heads a body ("Carter Center", "National Hurricane Center") unless these say it is a venue.
VENUES = {"convention", "conference", "shopping", "trade", "detention", "processing", "reception", "community",
          "cultural", "medical", "health", "civic", "events", "event", "visitor", "visitors", "data", "call",
          "distribution", "logistics", "holding", "transit", "fusion", "operations", "command", "emergency",
          "financial", "business", "city", "town", "world", "sports", "aquatic", "performing", "arts", "historic"}
# Of these, the ones that may also open a name ("Committee on Foreign Affairs", "University of the West Indies").
ORGANIZATION_BEFORE = {"committee", "subcommittee", "university", "federation", "association", "organization",
                       "organisation", "chamber", "alliance", "party", "coalition", "union", "bank", "fund", "society",
                       "diocese", "archdiocese", "confederation"}
HEAD_BEFORE |= ORGANIZATION_BEFORE
HEAD_AFTER |= ORGANIZATION_HEADS
# capitalised adjectives that open an institution's name before its head ("General Directorate of ...")
OPENERS = {"general", "national", "federal", "presidential", "special", "technical", "executive", "supreme",
           "central", "regional", "municipal", "permanent", "joint", "specialized", "specialised", "superior"}
POSSESSIVE = {"'s", "’s"}
# a region's people, like a country's, say whose a group is, not which ("Central American gangs")
REGIONAL_DEMONYMS = {"central american", "latin american", "south american", "north american", "caribbean",
                     "mesoamerican", "andean"}
COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "central"}
LOWER_TAILS = {"unit", "units", "office", "task force", "division"}


ORDINAL_ENDS = ("th", "st", "nd", "rd")  # "205th District Court", "33rd Front", "1st Battalion"


def _is_word(tok, lex: Lexicon) -> bool:
    return _word(tok.text, lex)


def _word(text: str, lex: Lexicon) -> bool:
    """``_is_word`` of a token's text (no Token made)."""
    return text[:1].isupper() and fold(text) in lex.vocab or text[:1].isdigit() and text.endswith(ORDINAL_ENDS)


def _is_name_word(tokens: Doc, j: int, lex: Lexicon) -> bool:
    """A word inside "… Unit"-style names: any capitalised word, or a hyphen joining two of them."""
    # from the per-Doc lists, not a Token per call (34,000 calls on 300 documents; 3 % of the analysis, py-spy)
    texts = token_texts(tokens)
    text = texts[j]
    if text == "-" and 0 < j < len(texts) - 1:
        return (texts[j - 1][:1].isupper() or _hyphen_particle(tokens, j - 1)) \
            and (texts[j + 1][:1].isupper() or _hyphen_particle(tokens, j + 1))
    if _hyphen_particle(tokens, j):
        return True  # "Savanna-la-Mar Public General Hospital"
    alpha = token_alphas(tokens)[j]
    if alpha and text[:1].isupper() and _hyphen_joined(tokens, j):
        return True  # "Fact-Finding Mission": a common word inside a capitalised compound
    return (text[:1].isupper() and fold(text) not in NOT_NAME and (alpha or _glottal(text))) \
        or _word(text, lex)


APOSTROPHES = {"'", "’"}


def _glottal(text: str) -> bool:
    """A Mayan or Miskito name written with an apostrophe inside ("Ya'axché", "Ch'orti", "Q'eqchi'"), as
    English possessives never are (those are split off as "'s")."""
    return ("'" in text[1:] or "’" in text[1:]) and text.replace("'", "").replace("’", "").isalpha()


STATE_FORM = re.compile(r" of the (?:Republic|Kingdom|Commonwealth|State)$")  # before its name
COUNTRY_BODIES = {"parliament", "congress", "senate", "assembly", "court", "embassy", "consulate", "legislature",
                  "army", "navy"}  # "the Army of the Dominican Republic"


def _of_country(tokens: Doc, head: int, names: frozenset[str] | set[str]) -> int:
    """End of "<legislature, court or post> of [the Republic of] <country>", or ``head`` when it is not one."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    g = head + (head + 1 < n and lowers[head] == "consulate" and lowers[head + 1] == "general")
    if not (g + 2 < n and lowers[head] in COUNTRY_BODIES and texts[head][:1].isupper()
            and lowers[g + 1] == "of"):  # "Consulate General of Mexico": "General" goes with the head
        return head
    j = g + 2
    if j + 2 < n and lowers[j] == "the" and lowers[j + 1] == "republic" and lowers[j + 2] == "of":
        j += 3
    if j < n and lowers[j] == "the":
        j += 1
    for w in (3, 2, 1):
        words = tokens[j:j + w]
        if len(words) == w and j < n and not any(t.is_punct for t in words) and texts[j][:1].isupper() \
                and fold(words.text) in names:
            return j + w
    return head


def _administration(tokens: Doc, i: int, j: int, lex: Lexicon) -> bool:
    """ "Customs Administration", "Tax Administration": a body when every word before the head is one that
    institution names use; "the Biden Administration" is a government's term, not a body."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    return lowers[j] == "administration" and texts[j][:1].isupper() \
        and all(_is_word(t, lex) for t in tokens[i:j])


HYPHEN_PARTICLES = {"la", "le", "les", "de", "du", "des", "del", "au", "aux", "en", "sur", "à"}


def _hyphen_particle(tokens: Doc, j: int) -> bool:
    """Is token ``j`` a lower-case particle inside a hyphenated place name ("Savanna-la-Mar", "Port-au-Prince")?"""
    texts, spaces = token_texts(tokens), token_spaces(tokens)
    return 1 < j < len(texts) - 2 and texts[j] in HYPHEN_PARTICLES and texts[j - 1] == "-" and texts[j + 1] == "-" \
        and not spaces[j - 2] and not spaces[j - 1] and not spaces[j] and not spaces[j + 1] \
        and texts[j - 2][:1].isupper() and texts[j + 2][:1].isupper()


def _hyphen_joined(tokens: Doc, j: int) -> bool:
    """Is token ``j`` one half of a capitalised hyphenated compound written without spaces?"""
    texts, spaces = token_texts(tokens), token_spaces(tokens)
    n = len(tokens)
    after = (j + 2 < n and texts[j + 1] == "-" and not spaces[j] and not spaces[j + 1]
             and texts[j + 2][:1].isupper())
    before = (j >= 2 and texts[j - 1] == "-" and not spaces[j - 2] and not spaces[j - 1]
              and texts[j - 2][:1].isupper())
    return after or before


# Heads whose name goes on after "on": "Advisory Committee on Immunization Practices", "Council on Foreign
# Relations" (a country after "on" is where the body sits: `_place_tail`)
ON_HEADS = {"committee", "subcommittee", "commission", "council", "group", "panel", "conference", "board",
            "caucus", "forum"}
INNER_JOINS = {"against", "for"}  # "… Office for Crimes against the Environment", "… against Trafficking in Persons"


def _inner_join(tokens: Doc, k: int, lex: Lexicon) -> bool:
    """A lower-case word inside a body's name that the name plainly goes on after: "against [the]
    Environment", "for [the] Prosecution", "Trafficking in Persons"."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    low = lowers[k]
    if low == "in":
        return k + 1 < n and texts[k + 1] == "Persons" and k > 0 and texts[k - 1] == "Trafficking"
    if low not in INNER_JOINS or k + 1 >= n:
        return False
    j = k + 1 + (lowers[k + 1] == "the")
    return j < n and _is_name_word(tokens, j, lex) and fold(texts[j]) not in lex.country_names


# plurals that take "'s" inside a body's name: "Center for Women's Rights", "Children's Hospital", "People's Party"
PLURAL_POSSESSORS = {"women", "children", "men", "people", "peoples"}


def _plural_possessive(tokens: Doc, k: int, lex: Lexicon) -> bool:
    """Is ``k`` the "'s" of "Women's Rights" (a plural's possessive, then a capitalised word): more of the
    name, where another possessive ("Honduras's Ministry …") says whose body follows."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    if not (0 < k < len(texts) - 1 and texts[k - 1][:1].isupper() and texts[k + 1][:1].isupper()
            and texts[k + 1].isalpha()):
        return False
    if texts[k] in {"'", "’"}:  # "Farmers' Savings Group", "Fishers' Alliance": a plural's bare apostrophe
        return lowers[k - 1].endswith("s") and len(lowers[k - 1]) > 3 and not tokens[k - 1].whitespace_ \
            and fold(texts[k - 1]) not in lex.country_by_word  # "Barbados' Department of …" is whose body
    return texts[k] in POSSESSIVE and (lowers[k - 1] in PLURAL_POSSESSORS or lowers[k + 1] in NAMED_DIVISIONS
                                       and k >= 2 and texts[k - 2][:1].isupper()  # a two-word possessor, not a
                                       and fold(texts[k - 1]) not in lex.country_by_word)  # state's or country's


NAMED_DIVISIONS = {"county", "parish"}  # "Prince George's County Police Department", "St. Mary's Parish": a
# possessive inside the name of the division a body serves


ARTICLES_ES = {"la", "las", "los"}


def _particle(tokens: Doc, k: int) -> bool:
    """Is ``k`` the "de" inside a Spanish place's or person's name a body is named after ("… for the Development of
    San José de Ocoa", "… of Santo Tomás de Castilla", "Fray Bartolomé de las Casas Human Rights Center"): a
    particle, with its article, between two capitalised words."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(texts)
    english = tokens.lang_ != "es"  # (in Spanish text "de la" joins one body to the next: "… de la Conferencia …")
    if english and lowers[k] in ARTICLES_ES and k > 0 and lowers[k - 1] == "de":
        k -= 1  # the article of "de las": one particle of two words
    if lowers[k] not in {"de", "del"} or not 0 < k < n - 1:
        return False
    after = k + 1 + (english and lowers[k] == "de" and lowers[k + 1] in ARTICLES_ES)
    return after < n and texts[k - 1][:1].isupper() and texts[after][:1].isupper() and texts[after].isalpha()


def _last_of(tokens: Doc, k: int, lex: Lexicon) -> bool:
    """Is ``k`` the "of" before a name's last word, one the vocabulary does not know ("Unit for the Protection
    of Journalists,"): one capitalised word, then the name plainly ends (punctuation, a lower-case word)."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(texts)
    return lowers[k] == "of" and k + 2 < n and _is_name_word(tokens, k + 1, lex) and texts[k + 1].isalpha() \
        and fold(texts[k + 1]) not in lex.country_names and not texts[k + 2][:1].isupper() \
        and not texts[k + 2][:1].isdigit() and texts[k + 2] not in POSSESSIVE


OWNER_HEADS = {"ministry", "secretariat", "department"}
UNIVERSITIES = {"university"}  # (not "college": "University of Antigua College of Medicine" is one)


def _owner_body(tokens: Doc, k: int) -> bool:
    """ "Financial Intelligence Unit of the Secretariat of Finance": "of [the]" then another body's head is
    the unit's owner, a body of its own, not more of the unit's name."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    j = k + 1 + (k + 1 < len(tokens) and lowers[k + 1] == "the")
    if lowers[k] != "of" or j + 1 >= len(tokens):
        return False
    if lowers[j] in OWNER_HEADS and texts[j][:1].isupper() and lowers[j + 1] in {"of", "for"}:
        return True
    m = j  # "Institute of Agriculture … of Rafael Landívar University": a university's institute
    while m < len(tokens) and m - j < 5 and texts[m][:1].isupper() and tokens[m].is_alpha \
            and lowers[m] not in UNIVERSITIES:
        m += 1
    return j < m < len(tokens) and lowers[m] in UNIVERSITIES and texts[m][:1].isupper()


def _named_reach(tokens: Doc, k: int, lex: Lexicon) -> bool:
    """Does "of [the] X" at ``k`` go on with a name of the body's own ("… of the Caribbean"), not its owner's
    ("… of the Honduran Naval Force")?"""
    lowers, n = token_lowers(tokens), len(tokens)
    j = k + 1 + (k + 1 < n and lowers[k + 1] == "the")
    return k < n and lowers[k] == "of" and j < n and _is_name_word(tokens, j, lex) \
        and fold(tokens[j].text) not in lex.country_by_word


def tok_ws(tok) -> bool:
    return bool(tok.whitespace_)


COMPANY_HEADS = {"company", "companies", "corporation", "enterprise"}


def institution_tail(tokens: Doc, k: int, limit: int = 4, heads: set[str] = HEAD_AFTER) -> int:
    """End of "Fabric Reconstruction Unit" from ``k``: capitalised words closed by an institution head;
    ``k`` when there is none."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    m = k
    while m < len(tokens) and m - k < limit and texts[m][:1].isupper() and tokens[m].is_alpha:
        m += 1
        if lowers[m - 1] in heads and m - 1 > k:
            return m
    return k


# heads whose name may go on in words the vocabulary does not know ("Office of Field Operations"); not "department":
# "the Department of Huehuetenango", "… of Cortés" are the divisions of Guatemala, Honduras, Colombia, Paraguay …,
# while departments that are bodies take the vocabulary's portfolios ("of Homeland Security", "of Public Safety")
OPEN_HEADS = {"office", "ministry", "secretariat", "directorate", "commission", "bureau", "institute"}


SAINTS = {"san", "santa", "santo", "são", "saint", "st.", "st", "sainte"}


def _person_starts(tokens: Doc, m: int) -> bool:
    """Does a person's name start at ``m`` (a common first name, then a capitalised word)? A body's name that
    runs on into one ends there: "Secretary of the … Department of Public Safety Alexis Torres"."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    if m > 0 and lowers[m - 1] in SAINTS:
        return False  # "San Pedro Sula", "Santa Rosa de Copán": a place named for a saint
    return (m + 1 < len(texts) and texts[m][:1].isupper() and texts[m].isalpha()
            and fold_accents(lowers[m]) in common_first_names() and texts[m + 1][:1].isupper() and texts[m + 1].isalpha())


# the first words of towns' names that a second name follows ("La Romana", "San Pedro Sula", "Puerto Cortés")
NAME_OPENERS = {"la", "el", "las", "los", "san", "santa", "santo", "puerto", "ciudad", "villa", "nueva", "nuevo",
                "pedro", "santiago", "port", "saint", "st."}


def _name_tail(tokens: Doc, k: int, taken: set[int], lex: Lexicon, limit: int = 99) -> int:
    """Words of a body's name past the ones the vocabulary knows, where the name plainly goes on:
    "… of Economy, Budget and Finance", "… of Strategy, Policy, and Plans", "… of Energy and Mines",
    "… of Public Procurement", "… for Access to Public Information". Stops at a country's name, at a
    word already read (a person, another body) and where capitalised words stop."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)

    def word(m: int) -> bool:
        t = tokens[m]
        return (m not in taken and t.is_alpha and t.text[:1].isupper() and not t.is_upper
                and fold(t.text) not in lex.country_names
                and fold(t.text) not in NOT_NAME and t.lower_ not in HEAD_BEFORE
                and not (m + 1 < n and tokens[m + 1].like_num)  # "… Industries Level 22-26": an address
                and not _person_starts(tokens, m))

    def item(m: int) -> int:
        """End of one list item of one to three name words ("Budget", "Food Security", "Zoonotic Infectious
        Diseases"), or ``m``. More than one only where no word heads a body of its own ("Red Cross and Peace
        Corps" are two)."""
        e, count = m, 0
        while count < 3 and (nxt := step(e)) > e and (e == m or lowers[nxt - 1] not in HEAD_AFTER | ORGANIZATION_HEADS):
            e, count = nxt, count + 1
        return e

    def step(m: int) -> int:
        """End of one word of the name at ``m`` ("Logistics", "E-Governance"), or ``m``."""
        if m >= n:
            return m
        if word(m):
            return m + 1
        if m + 2 < n and texts[m + 1] == "-" and not tokens[m].whitespace_ and not tokens[m + 1].whitespace_ \
                and m not in taken and texts[m][:1].isupper() and texts[m].isalpha() and word(m + 2):
            return m + 3
        return m

    m = k
    while m < n and m - k < limit and word(m):  # unknown capitalised words right after the known ones
        m += 1
    # a list closed by "and": ", Budget and Finance", ", Policy, and Plans", ", Food Security and Enterprise",
    # "Atmospheric, Oceanographic and Seismic Studies"
    q = m
    while q + 1 < n and texts[q] == "," and item(q + 1) > q + 1:
        q = item(q + 1)
    if q > m and q + 1 < n and texts[q] == ",":
        q += 1  # the serial comma, after a list: a lone ", and" closes the name ("… for the Homeless, and Catholic
        # Charities of El Paso" are two bodies)
    last = item(q + 1) if q + 1 < n and lowers[q] in {"and", "y"} and not _new_body(tokens, q + 1, lex) else q + 1
    if last > q + 1 and (last >= n or not word(last)) and (q > m or texts[q - 1][:1].isupper()):
        m = last
    elif m + 2 < n and lowers[m] == "to" and word(m + 1) and lowers[m - 2] != "of":  # "Institute for Access to
        # Public Information"; not "the expulsion of the Bishop of the Diocese of Matagalpa to Rome": a place's name
        e = m + 1
        while e < n and word(e):
            e += 1
        m = e
    return m if m > k and (m >= n or not texts[m][:1].isupper() or texts[m] == "(") else k


def _closed_by_title(lowers: list[str], i: int, k: int, lex: Lexicon) -> bool:
    """Does the title read at ``k`` (an office's own word) close the body named from ``i`` ("National Assembly
    President X")? Not when the words before it hold an office's word themselves ("Commissioner of Police Major
    General X", "ERO Philadelphia Acting Field Office Director X"): those are a title's, read apart; nor when they
    follow an acronym's bracket ("Enforcement and Removal Operations (ERO) Miami Field Office Director X": a unit)."""
    return lowers[k - 1] == "and" or lowers[k] in lex.heads and not (i > 0 and lowers[i - 1] == ")") \
        and not any(lowers[m] in lex.heads or lowers[m] in lex.modifiers for m in range(i, k))


def _longer_body(tokens: Doc, k: int, taken: set[int]) -> int:
    """Where a name that already had a head goes on to a later head ("Regional Police Training Center",
    "Haiti Security and Stabilization Task Force"): the later head's end, or ``k`` when none comes."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n, m, last = len(tokens), k, k
    while m < n and m - k < 5 and m not in taken and (
            tokens[m].is_alpha and texts[m][:1].isupper()
            or lowers[m] == "and" and m + 1 < n and texts[m + 1][:1].isupper()):
        m += 1
        if lowers[m - 1] in HEAD_AFTER:
            last = m
    return last


POSTED = {"office", "group", "mission", "embassy", "consulate", "commission", "panel", "delegation", "chamber"}


SEES = {"diocese", "archdiocese", "prelature", "vicariate"}  # a church's see is named by its town
SEE_PARTICLES = {"de", "del", "la", "las", "los"}


def _see_name(tokens: Doc, k: int, taken: set[int]) -> int:
    """The end of a see's town after "Diocese of": up to four capitalised words, with Spanish particles
    inside ("Diocese of Matagalpa", "Archdiocese of San Salvador", "Diocese of San Cristóbal de las Casas")."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n, m = len(tokens), k
    while m < n and m - k < 6 and m not in taken and (tokens[m].is_alpha and texts[m][:1].isupper()
                                                       or m > k and lowers[m] in SEE_PARTICLES and m + 2 < n
                                                       and (texts[m + 1][:1].isupper() or lowers[m + 1] in SEE_PARTICLES
                                                            and texts[m + 2][:1].isupper())):
        m += 1
    return m


def _place_tail(tokens: Doc, k: int, taken: set[int], head: str, countries: set[str]) -> int:
    """ "United Nations Integrated Office in Haiti", "Ad Hoc Advisory Group on Haiti", "Consulate of
    Mexico in Guayaquil": where such a body sits is part of its name — one or two capitalised words
    after "in"/"on" that close the phrase: a country, or any place for an embassy or consulate."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    if not (k + 1 < n and head in POSTED and lowers[k] in {"in", "on"}):
        return k
    m = k + 1
    while m < n and m - k <= 2 and m not in taken and tokens[m].is_alpha and texts[m][:1].isupper():
        m += 1
    if m == k + 1 or m < n and (texts[m][:1].isupper() or texts[m] == "-"):
        return k
    if head not in POSTS and fold(tokens[k + 1:m].text) not in countries:
        return k  # "the Attorney General's Office in Quetzaltenango" is that office's branch, not another body
    return m


def _acronym_follows(tokens: Doc, k: int) -> bool:
    texts = token_texts(tokens)
    return k + 2 < len(tokens) and texts[k] == "(" and texts[k + 2] == ")" \
        and texts[k + 1].isupper() and tokens[k + 1].is_alpha


ARMS = {"navy", "army", "police", "congress", "parliament", "senate", "military", "gendarmerie", "judiciary"}
NATIONAL_BODIES = {"congress", "assembly", "police"}  # "the National Congress" of the document's country
PEOPLE_WORDS = {"members", "member", "officials", "leaders", "representatives", "staff", "employees", "agents", "leader",
                "founder", "boss", "ringleader"}  # "Leader of Haitian Gang 400 Mawozo Extradited": a person
UNIT_PEOPLE = {"seabees", "soldiers", "marines", "sailors", "airmen", "troops", "volunteers", "crews", "crew",
               "engineers", "medics", "personnel", "guardsmen"}
# unit heads a number may close: "Naval Mobile Construction Battalion 11", "EPA Region 6", "Squadron 2"
NUMBERED = {"battalion", "region", "district", "squadron", "brigade", "regiment", "wing", "sector", "zone", "fleet",
            "company", "division", "group", "unit", "detachment", "team"}
DOCUMENT_WORDS = {"resolution", "resolutions", "decree", "decrees", "article", "articles", "chapter", "section"}
OPENED_HEADS = {"system"}  # heads that name a body only after an opener ("National", "Federal", "Central" …)
GENERAL_BODIES = {"directorate", "secretariat", "inspectorate", "procuratorate", "commissariat"}  # "… General of X"
RIVER_SIDES = {"west", "east", "north", "south", "left", "right"}  # "… Bank of the X River"
# a district that is a public body, not an area: "Imperial Irrigation District", "Metropolitan Water District"
SERVICE_DISTRICTS = {"irrigation", "water", "school", "conservation", "utility", "sanitation", "drainage", "hospital",
                     "transit", "flood", "reclamation", "sanitary", "fire"}
INTERNATIONAL = {"international", "inter", "regional", "latin", "caribbean", "americas", "hemispheric", "multinational",
                 "interamerican", "inter american", "united nations", "world", "global"}


SPANISH_HEADS = {"cartel", "cártel", "clan", "mara", "barrio"}  # "Cartel del Noreste", "Clan del Golfo"
POSTS = {"embassy", "consulate"}  # "Embassy Port-au-Prince", "Consulate in Matamoros": a U.S. post by default
LOWER_CRIMINAL = {"gang", "faction", "cartel", "clan", "militia"}


def _mission_name(tokens: Doc, i: int, j: int, lex: Lexicon) -> bool:
    """ "the Multinational Security Support mission": two or more capitalised words of a mission's own name before
    a lower-case "mission"; not an agency's mission in a country ("USAID Honduras mission", "the MSS mission") nor
    a kind of visit ("Article IV mission", "the Artemis mission")."""
    words = [t.text for t in tokens[i:j] if t.lower_ not in {"the", "a", "an"}]
    return len(words) >= 2 and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words) \
        and not any(fold(w) in lex.country_by_word for w in words) and words[0] != "Article"


# Spanish bodies open with their head: "Oficina Administradora de Bienes Incautados", "Órgano Judicial".
BODY_HEADS_ES = {"dirección", "fiscalía", "fuerza", "fuerzas", "oficina", "comisión", "agencia", "unidad", "red",
                 "partido", "movimiento", "órgano", "grupo", "secretaría", "ministerio", "instituto", "consejo",
                 "tribunal", "corte", "sala", "asamblea", "congreso", "procuraduría", "comando", "policía",
                 "ejército", "servicio", "superintendencia", "juzgado", "comisionado", "centro", "registro",
                 "autoridad", "departamento", "administración", "sección", "división", "gabinete", "alianza",
                 "frente", "federación", "asociación", "fundación", "organización", "programa", "embajada",
                 "consulado", "banco", "universidad", "senado", "cámara", "poder", "mecanismo", "misión",
                 "conferencia", "plataforma", "coordinadora", "fondo", "iglesia", "suprema", "alto", "alta",
                 "comité", "junta", "defensoría", "contraloría", "tesorería", "guardia", "armada", "cruz",
                 "cooperativa", "colegio", "colectivo", "sociedad", "unión", "mancomunidad", "corporación"}
ORGANIZATION_HEADS_ES = {"partido", "movimiento", "red", "alianza", "frente", "federación", "asociación", "fundación",
                         "cooperativa", "colegio", "colectivo", "sociedad",
                         "organización", "universidad", "plataforma", "iglesia", "conferencia", "banco", "cruz"}
# civil society, which English text names in Spanish too: parties, associations, neighbours' boards ("Junta de
# Vecinos"), community centres and committees ("Comité Pro-Mejoramiento de …"), unions of ejidos
CIVIL_HEADS_ES = ORGANIZATION_HEADS_ES | {"junta", "centro", "comité", "unión", "mancomunidad"}
# honorific adjectives a Spanish body's name may open with, before its head
HONORIFICS_ES = {"pontificia", "pontificio", "benemérita", "benemérito", "honorable", "ilustre", "excelentísima"}
JOINS_ES = {"de", "del", "la", "las", "los", "el", "contra", "para", "y", "en", "e", "lo"}
# Spanish heads that are also English words: in English text they open no Spanish body ("Red", "Tribunal")
ENGLISH_HOMOGRAPHS = {"red", "sala", "tribunal", "alto", "alta", "junta", "fondo", "suprema", "cruz", "poder",
                      "programa", "guardia", "centro", "armada", "misión", "grupo"}
NOT_BODY_ES = {"programa"}  # read as a head only to keep "Programa …" whole; never yielded alone
# heads that open a body's name only before these words
HEAD_NEEDS_ES = {"cruz": {"roja"}, "alto": {"comisionado", "mando"}, "alta": {"comisionada", "comisión"},
                 "suprema": {"corte"}, "unión": {"de"}, "poder": {"judicial", "legislativo", "ciudadano"},
                 "fondo": {"monetario", "nacional", "de", "internacional"}, "junta": {"de", "nacional"}}
# "Centro Cultural Miguel Ángel Asturias", "Centro Cívico Gubernamental": a building, not a body
VENUES_ES = {"cívico", "cultural", "comercial", "histórico", "de convenciones", "de gobierno", "penal"}
# a Spanish name with one of these words is no one country's body ("Comisión Europea para la Democracia")
INTERNATIONAL_ES = {"internacional", "interamericana", "interamericano", "europea", "europeo", "mundial",
                    "regional", "naciones", "iberoamericana", "iberoamericano", "centroamericana", "centroamericano",
                    "latinoamericana", "latinoamericano", "caribeña", "caribe", "americanos", "multinacional"}


def _acronym_after_word(tokens: Doc, k: int) -> bool:
    """Is the word at ``k`` a capitalised one the text follows with initials in brackets ("Eléctrica (UNE)")?"""
    texts = token_texts(tokens)
    return k + 3 < len(texts) and texts[k][:1].isupper() and texts[k + 1] == "(" and texts[k + 2].isupper() \
        and texts[k + 3] == ")"


def _spanish_body(tokens: Doc, i: int, taken: set[int]) -> int:
    """End of a Spanish body's name from its head at ``i``: capitalised words joined by "de", "contra",
    "para", "y" …, never across a line; ``i`` when no capitalised word follows the head."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n, k, end = len(tokens), i + 1, i
    wanted = HEAD_NEEDS_ES.get(lowers[i])
    if wanted is not None and (k >= n or lowers[k] not in wanted) and not _acronym_after_word(tokens, k):
        return i  # "Cruz" is a surname unless "Cruz Roja"; "Alta Verapaz" is a department; "Unión Eléctrica (UNE)"
        # defines its initials
    inside = False  # crossing the name of a body already read
    while k < n and "\n" not in tokens[k - 1].whitespace_ and k - i < 16:
        tok = tokens[k]
        if k in taken:
            if not (inside or lowers[k - 1] in JOINS_ES and tok.text[:1].isupper()):
                break  # a body already read ends this one, unless this one's name goes on into it
            inside = True
        else:
            inside = False
        if tok.lower_ in {"y", "e"} and k + 1 < n and (lowers[k + 1] in BODY_HEADS_ES or k + 1 in taken or k + 2 < n
                                                       and lowers[k + 1] in JOINS_ES
                                                       and lowers[k + 2] in BODY_HEADS_ES):
            break  # "Consulado de México en Tecún Umán y del Consulado General …": two bodies
        if (tok.is_alpha or _glottal(tok.text)) and tok.text[:1].isupper():  # "… de las Naciones Unidas para los Refugiados"
            k += 1
            end = k + (k < n and texts[k] in APOSTROPHES and not tokens[k - 1].whitespace_)  # "… Ch'orti'"
        elif tok.lower_ in JOINS_ES and k + 1 < n and (texts[k + 1][:1].isupper()
                                                       or lowers[k + 1] in JOINS_ES):
            k += 1
        elif tok.text == "-" and end == k and k + 1 < n and texts[k + 1][:1].isupper() and tokens[k + 1].is_alpha \
                and not tok.whitespace_ and not tokens[k - 1].whitespace_:
            k += 1  # "Asociación Pro-Desarrollo de Pedernales"
        elif tok.text == "," and k + 3 < n and texts[k + 1][:1].isupper() and tokens[k + 1].is_alpha \
                and lowers[k + 2] in {"y", "e"} and texts[k + 3][:1].isupper():
            k += 1  # "Dirección de Niñez, Adolescencia y Familia"
        else:
            break
    if end == i or lowers[i] in NOT_BODY_ES:
        return i
    words = tokens[i + 1:end].text.lower()
    if lowers[i] == "centro" and any(words.startswith(v) for v in VENUES_ES):
        return i
    return end


def _kind(head: str) -> str:
    return "organization" if head in ORGANIZATION_HEADS and head not in {"committee", "subcommittee", "chamber"} \
        else "agency"


def _joins(tokens: Doc, k: int, lex: Lexicon) -> bool:
    """ "and"/"of" (or "and the"/"of the") followed by a name word: "… for Latin America and the Caribbean"."""
    lowers = token_lowers(tokens)
    n = len(tokens)
    low = lowers[k]
    if low in {"and", "of", "for"}:  # "… of the High Commissioner for Human Rights"
        return k + 1 < n and (_is_word(tokens[k + 1], lex) or lowers[k + 1] == "the" and k + 2 < n
                              and _is_word(tokens[k + 2], lex))
    return low == "the" and k > 0 and lowers[k - 1] in {"and", "of", "for"} and k + 1 < n \
        and _is_word(tokens[k + 1], lex)


def _new_body(tokens: Doc, k: int, lex: Lexicon) -> bool:
    """Does a second institution start at ``k`` (after "and")? "… Security and Secretariat of Defense",
    "… Migration and Haiti's National Police", "… and the National Search Commission"."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    if k + 1 < n and lowers[k] == "of" and lowers[k + 1] == "the":
        k += 1  # "the Ministry of Finance and of the Ministry of Environment": "of" repeats the first body's frame
    if k < n and lowers[k] == "the":
        k += 1
    if k >= n:
        return False
    low = lowers[k]
    if low in HEAD_BEFORE or low in OPENERS and k + 1 < n and lowers[k + 1] in HEAD_BEFORE | HEAD_AFTER:
        return True
    if low in OFFICE_HOLDERS and texts[k][:1].isupper():
        return True  # "… Supreme Court of Justice and the Comptroller General of the Republic": an office of its own
    if k + 1 < n and lowers[k + 1] in {"county", "parish"} and texts[k][:1].isupper() and texts[k + 1][:1].isupper():
        return True  # "Texas Department of Public Safety and Zavala County deputies": a county's own force
    if institution_tail(tokens, k, limit=3) > k + 1:
        return True  # "… Supreme Court of Justice and the Judicial Council"
    if low in OPENERS and institution_tail(tokens, k, limit=3, heads=COMPANY_HEADS) > k + 1:
        return True  # "… Ministry of Energy and the National Lithium Company"
    for w in (1, 2):  # "… Ministry of Health and the Costa Rican Social Security Fund": a country's own body
        words = fold(" ".join(texts[k:k + w]))
        if k + w < n and words in lex.country_by_word and words not in lex.country_names \
                and institution_tail(tokens, k + w, limit=4) > k + w + 1:
            return True
    for w in (1, 2, 3):  # "… and Haiti's National Police", "… and Saint Lucia's National Emergency …"
        if k + w < n and texts[k + w] in POSSESSIVE and fold(" ".join(texts[k:k + w])) in lex.country_names:
            return True
    return False


# office holders that are institutions of their own in many governments (the Contraloría, the Defensoría): a body's
# name does not go on over "and" into one
OFFICE_HOLDERS = {"comptroller", "ombudsman", "ombudsperson", "auditor", "inspector", "prosecutor", "attorney"}

TRAILING = {"and", "the", "of", "for", "on", "against", "to", ",", "y", "de", "del"}


LEADING_ARTICLES = {"A", "An", "Our", "Their", "Its", "His", "Her", "This", "That", "These", "Those",
                    "Some", "Many", "Several", "Most", "Both", "Each", "Every", "Few"}  # "Some Members of Congress"
LEADING_CONJUNCTIONS = {"Until", "When", "After", "Before", "If", "While", "Since", "Unless", "Once", "Because",
                        "Although", "Though", "Whether", "Whereas"}
# prepositions that open a sentence before a capitalised noun ("Under Section 353 of …", "Through Bureau programs")
LEADING_PREPOSITIONS = {"Under", "Through", "With", "Without", "Across", "Among", "Against", "During", "Despite",
                        "Following", "Within", "Amid", "Upon", "Beyond"}


def institution_spans(tokens: Doc, taken: set[int], lex: Lexicon) -> Iterator[tuple[int, int, str]]:
    """Token spans shaped like institutions, left to right, not overlapping each other or ``taken``;
    never ending on a joining word ("Secretariat of Security and the …" is "Secretariat of Security")."""
    lowers = token_lowers(tokens)
    texts = token_texts(tokens)
    n = len(tokens)
    spans = list(_spans(tokens, taken, lex))
    for s, (start, end, kind) in enumerate(spans):
        if start < 0:
            continue  # joined to the one before
        line = next((k for k in range(end - 2, start - 1, -1) if "\n" in tokens[k].text_with_ws), None)
        if line is not None:
            start = line + 1  # "Congressional Considerations⏎Congress may examine …": a heading, then the body
        while end > start + 1 and lowers[end - 1] in TRAILING:
            end -= 1
        if end > start + 3 and end < n and tokens[end].is_lower \
                and (lowers[end - 2] == "and" or lowers[end - 2] == "the" and lowers[end - 3] == "and") \
                and fold(texts[end - 1]) in lex.country_by_word and fold(texts[end - 1]) not in lex.country_names:
            end -= 1  # "the Directorate General of Migration and the Dominican consulate": the next body's demonym
            while end > start + 1 and lowers[end - 1] in TRAILING:
                end -= 1
        if start + 2 < end and lowers[start] in PEOPLE_WORDS | UNIT_PEOPLE and lowers[start + 1] == "of":
            start += 2  # "Seabees of Naval Mobile Construction Battalion 11": the people, then their unit
        if end + 1 < n and texts[end] in {"-", "–"} and not tokens[end - 1].whitespace_ and not tokens[end].whitespace_ \
                and texts[end + 1][:1].isupper() and texts[end + 1].isalpha() and end + 1 not in taken:
            end += 2  # "Homeland Security Task Force-Southeast", "Joint Task Force-Bravo"
        elif end + 1 < n and texts[end] in {"-", "–", "—"} and lowers[end + 1] in COMPASS and texts[end + 1][:1].isupper():
            end += 2  # "Homeland Security Task Force - Southeast": the same, spaced
        if end < n and lowers[end - 1] in NUMBERED and texts[end].isdigit() and end not in taken:
            end += 1  # "Naval Mobile Construction Battalion 11", "EPA Region 6"
        nxt = spans[s + 1] if s + 1 < len(spans) else None
        if nxt is not None and nxt[0] == end + 1 and texts[end] == "," and texts[start][:1].isdigit() \
                and texts[nxt[0]][:1].isdigit() and lowers[end - 1] in NUMBERED:
            end = nxt[1]  # "1st Battalion, 228th Aviation Regiment": the battalion of its regiment, one unit
            spans[s + 1] = (-1, -1, "")
        if end > start + 2 and texts[start] in LEADING_ARTICLES and not (texts[start] == "Our" and texts[start + 1] == "Lady"):
            start += 1  # "A Disaster Assistance Response Team arrived", "Our Human Rights Office": the sentence's
            # article or pronoun, not the name's (but "Our Lady of Guadalupe Parish")
        verb = next((k for k in range(end - 2, start - 1, -1) if lowers[k] in HEADLINE_VERBS and texts[k][:1].isupper()),
                    None)
        if verb is not None:
            start = verb + 1  # "Treasury Sanctions Cuban National Revolutionary Police": the headline's verb and its
            # subject are not the name of the body that follows
        if end == start + 2 and texts[start][:1].isdigit() and lowers[start + 1] == "congress":
            continue  # "the 117th Congress": a term of the U.S. Congress, which the lexicon's "Congress" reads
        if end > start + 1 and (texts[start] in LEADING_CONJUNCTIONS or texts[start] in LEADING_PREPOSITIONS
                                and tokens[start].is_sent_start and not lowers[start + 1].startswith("secretar")):
            start += 1  # "Until Congress acts", "When Border Patrol agents …", "Under Section 353": the sentence's
            # word, not the name's (but "Under Secretariat for …" is one)
        if texts[start] == "Operation" and "and" in lowers[start:end]:
            start = start + lowers[start:end].index("and") + 1  # "Operation Vigilant Sentry and Homeland Security Task
            # Force": an operation, then the body that runs it
        if texts[start] == "Operation":
            continue  # "Operation Caribbean Guard": an operation, not a body
        if sum(t.is_alpha and t.is_upper and len(t) > 3 for t in tokens[start:end]) >= 3:
            continue  # "WALSH SCHOOL OF FOREIGN SERVICE WASHINGTON": a masthead in capitals, not read as a name
        if texts[start] in {"Sir", "Dame"} and lowers[end - 1] in BUILDING_WORDS:
            continue  # "Sir Cecil Wallace-Whitfield Centre": a building named after a knight, no body
        yield start, end, kind


def _spans(tokens: Doc, taken: set[int], lex: Lexicon) -> Iterator[tuple[int, int, str]]:
    lowers = token_lowers(tokens)
    i, n = 0, len(tokens)
    texts = token_texts(tokens)
    names = lex.country_names
    spanish = tokens.lang_ == "es"
    while i < n:
        if not (texts[i][:1].isupper() or texts[i][:1].isdigit() and texts[i].endswith(ORDINAL_ENDS)
                and i + 1 < n and texts[i + 1][:1].isupper()) or i in taken:
            i += 1
            continue
        low = lowers[i]
        if spanish and low in JOINS_ES:
            i += 1  # "La Embajada de …": the article opens no name
            continue
        # "Ministry of Foreign Affairs", "General Directorate of Migration and Foreigners (DGME)"
        head = i
        while head < n and head - i < 2 and lowers[head] in OPENERS and texts[head][:1].isupper():
            head += 1
        k = _of_country(tokens, head, names)
        if k > head:  # "Parliament of Canada", "National Assembly of Panama", "Congress of the Republic of Peru"
            k = _place_tail(tokens, k, taken, lowers[head], names)
            yield i, k, "agency"
            i = k
            continue
        g = head + (head + 3 < n and lowers[head] in GENERAL_BODIES and lowers[head + 1] == "general")  # "Directorate
        # General of Civil Aviation"
        if g + 2 < n and lowers[head] in HEAD_BEFORE and lowers[g + 1] in {"of", "for", "on", "against"} \
                and (lowers[head] not in OPENED_HEADS or head > i):  # "National System of …", not "System of Records"
            j = g + 2 + (lowers[g + 2] == "the")
            k = j
            while k < n and k not in taken and (_word(texts[k], lex) or _joins(tokens, k, lex)
                                                 or _inner_join(tokens, k, lex) or _plural_possessive(tokens, k, lex)
                                                 or _last_of(tokens, k, lex) or k > j and _last_of(tokens, k - 1, lex)
                                                 or _particle(tokens, k) or k > j and _particle(tokens, k - 1)):
                if lowers[k] == "and" and _new_body(tokens, k + 1, lex) or k > j and _owner_body(tokens, k):
                    break  # "Secretariat of Security and Secretariat of Defense": two bodies
                k += 1
            m = k  # words the vocabulary does not know, when the text defines an acronym right after them
            while m < n and m - k < 9 and m not in taken and (_is_name_word(tokens, m, lex)
                                                               or lowers[m] in {"and", "of", "the", "to", "for", "on",
                                                                                "against", "in"}
                                                               or texts[m] == "," and m + 1 < n
                                                               and _is_name_word(tokens, m + 1, lex)):
                if lowers[m] == "and" and _new_body(tokens, m + 1, lex):
                    break
                m += 1
                if _acronym_follows(tokens, m):
                    k = m
                    break
            if j < n and lowers[head] in SEES:
                k = max(k, _see_name(tokens, j, taken))
            if k == j < n and lowers[head] in OPEN_HEADS and fold_accents(lowers[j]) not in common_first_names():
                k = _name_tail(tokens, k, taken, lex, limit=4)  # "Office of Field Operations", "… of the Ombudsman"
            k = _name_tail(tokens, k, taken, lex) if k > j else k
            while k > j and k + 1 < n and lowers[k] == "of" and k + 1 not in taken and _word(texts[k + 1], lex) \
                    and not _owner_body(tokens, k) \
                    and not any(fold(" ".join(texts[k + 1:k + 1 + w])) in names for w in (1, 2, 3)):  # "… of Puerto
                # Rico": a country's name of several words, whose first word the vocabulary knows
                k += 2  # "… and Smuggling of Migrants": the vocabulary's word after a list the name went on in
                while k < n and lowers[k - 1] in NAME_OPENERS and k not in taken and texts[k][:1].isupper() \
                        and tokens[k].is_alpha:
                    k += 1  # "Court of First Instance of La Romana", "… of San Pedro Sula": a town's name goes on
            k = _place_tail(tokens, k, taken, lowers[head], names) if k > j else k
            if k > j:
                yield i, k, _kind(lowers[head])
                i = k
                continue
        # Spanish text: "Dirección de Lucha contra el Narcotráfico", "Fuerza Naval de Honduras", "Partido Nacional";
        # English text names civil society in Spanish too ("grants to the Asociación de Mujeres Emprendedoras"),
        # while it mostly translates government bodies (with those too, the team's test split lost agencies)
        h = i + (low in HONORIFICS_ES and i + 1 < n and lowers[i + 1] in BODY_HEADS_ES)  # "Pontificia Universidad"
        head_es = lowers[h]
        homograph = not spanish and head_es in ENGLISH_HOMOGRAPHS
        civil_es = head_es in CIVIL_HEADS_ES and (not homograph or h + 1 < n and lowers[h + 1] in {"de", "del"})
        if head_es in BODY_HEADS_ES and (spanish or civil_es or not homograph and h + 1 < n
                                         and lowers[h + 1] in {"de", "del"}):
            k = _spanish_body(tokens, h, taken)
            if not (spanish or civil_es or k - h >= 3 and _acronym_follows(tokens, k)):
                k = h  # a government body English text names in Spanish only with its acronym defined after it:
                # "the Corporación del Acueducto y Alcantarillado de Santo Domingo (CAASD)"
            if k > h + 1 and not (homograph and k - h < 4):  # "Red de Mujeres Rarámuri", not "Red de Mayo" (a song)
                civil = head_es in ORGANIZATION_HEADS_ES or not spanish
                yield i, k, "organization" if civil else "agency"
                i = k
                continue
        # "Cartel del Noreste", "Embassy Port-au-Prince", "Embassy in Havana"
        if low in SPANISH_HEADS and i + 2 < n and lowers[i + 1] in {"de", "del"} and texts[i + 2][:1].isupper():
            k = i + 3
            while k < n and k not in taken and tokens[k].is_alpha and texts[k][:1].isupper():
                k += 1
            yield i, k, "criminal" if low in CRIMINAL_HEADS | {"clan"} else "agency"
            i = k
            continue
        if low == "task" and i + 2 < n and lowers[i + 1] == "force" and texts[i + 1][:1].isupper() \
                and texts[i + 2][:1].isupper() and tokens[i + 2].is_alpha:  # "Task Force Tecún Umán"
            k = i + 2
            while k < n and k - i < 6 and k not in taken and tokens[k].is_alpha and texts[k][:1].isupper():
                k += 1
            yield i, k, "agency"
            i = k
            continue
        g = i + (low == "consulate" and i + 2 < n and lowers[i + 1] == "general" and lowers[i + 2] == "in")
        if low in POSTS and g + 1 < n and (texts[g + 1][:1].isupper() and lowers[g + 1] not in {"of"}
                                           or lowers[g + 1] == "in" and g + 2 < n and texts[g + 2][:1].isupper()):
            k = g + 1 + (lowers[g + 1] == "in")  # "Consulate General in Nuevo Laredo" too
            while k < n and k not in taken and "\n" not in tokens[k - 1].whitespace_ and lowers[k] != "the" \
                    and lowers[k] not in HEADLINE_VERBS \
                    and (tokens[k].is_alpha and texts[k][:1].isupper()
                         or texts[k] == "-" and k + 1 < n and not tokens[k].whitespace_ and not tokens[k - 1].whitespace_):
                k += 2 if texts[k] == "-" else 1  # "Port-au-Prince"
            words = sum(tokens[m].is_alpha for m in range(g + 1 + (lowers[g + 1] == "in"), k))
            if k > g + 1 and lowers[k - 1] not in HEAD_AFTER and words <= 3:  # a city's name, not a headline's
                # words ("U.S. Embassy Delivers Two Interceptor Boats")
                yield i, k, "agency"
                i = k
                continue
        # "Transnational Anti-Gang Unit", "Honduran National Police", "Sinaloa Cartel", "Attorney General's Office"
        j = i
        while j < n and j not in taken and (_is_name_word(tokens, j, lex) or j > i and texts[j] in LOWER_CRIMINAL
                                            or j > i and texts[j] == "mission" and _mission_name(tokens, i, j, lex)
                                            or j > i and lowers[j] == "in" and _inner_join(tokens, j, lex)
                                            or j > i and _particle(tokens, j)  # "Benque Viejo del Carmen Town
                                            # Council": the "del" of a town's name the body is named after
                                            or j > i and _plural_possessive(tokens, j, lex)
                                            or lowers[j] in {"and", "of"}
                                            and j > i and j + 1 < n
                                            and not (lowers[j] == "of" and _person_starts(tokens, i)
                                                     or lowers[j + 1] in DOCUMENT_WORDS)  # "Philip
                                            # Klotzbach of Colorado State University": a person, then the body
                                            and (_word(texts[j + 1], lex)
                                                                         or institution_tail(tokens, j + 1, 4) > j + 2)
                                            and not (lowers[j] == "and" and lowers[j + 1] in OPENERS | INTERNATIONAL
                                                     and institution_tail(tokens, j + 1, 4) > j + 2)
                                            or texts[j] in POSSESSIVE and j > i and j + 1 < n
                                            and lowers[j + 1] in HEAD_AFTER
                                            and not any(fold(" ".join(texts[max(i, j - w):j])) in lex.country_by_word
                                                        for w in (1, 2, 3))  # "… of El Salvador's Ministry"
                                            and fold(tokens[i:j].text) not in names):
            if j > i and fold(texts[j]) in names and not (j == i + 1 and lowers[i] == "royal"):
                break  # "Corruption and Anti-Corruption Honduras Office": link lists, not one name
            if j > i and texts[j] in LOWER_CRIMINAL and not _is_name_word(tokens, j, lex):
                first = i + (lowers[i] in {"a", "an", "the"})  # "A Haitian gang" opening a sentence
                if fold(" ".join(texts[first:j])) in REGIONAL_DEMONYMS \
                        or j == first + 1 and (fold(texts[first]) in lex.country_by_word
                                               or first == i and tokens[i].is_sent_start and _written_lower(tokens, i)):
                    break  # "a Haitian gang", "Mexican cartels": whose, not which; "Violent gang activity … is
                    # widespread" opening a sentence, where the text writes "violent" in lower case elsewhere
                yield i, j + 1, "criminal"  # "the Grand Ravine gang", "the Chapitos faction"
                j += 1
                break
            if texts[j] == "mission" and _mission_name(tokens, i, j, lex):
                yield i, j + 1, "organization"  # "the Kenya-led Multinational Security Support mission"
                j += 1
                break
            if j > i and lowers[j] == "bank" and lowers[j - 1] in RIVER_SIDES and j + 1 < n and lowers[j + 1] == "of":
                j += 1  # "the West Bank of the Demerara River": a river's side, not a bank
                break
            if j > i and (lowers[j] in HEAD_AFTER or _administration(tokens, i, j, lex)
                          or lowers[j] in COMMAND_AREAS and lowers[j - 1] in COMMAND_ARMS  # "Eighth Naval Region"
                          or lowers[j] in OPENED_HEADS and any(lowers[m] in OPENERS for m in range(i, j))  # "National
                          # Public Security System", "Central American Integration System"; not "the Global
                          # Positioning System" or "the Incident Command System"
                          or lowers[j] == "district" and lowers[j - 1] in SERVICE_DISTRICTS
                          or lowers[j] in HEAD_BEFORE and _named_reach(tokens, j + 1, lex)):  # "Naval Base of
                # the Caribbean": a head that names a body only before "of" ("… Air Force Base" is a place's name)
                k = j + 1
                while k < n and k not in taken and lowers[k] in HEAD_AFTER and texts[k][:1].isupper():
                    k += 1
                kind = _kind(lowers[k - 1])  # the head's, not the last word's ("Catholic Diocese of Ciudad Juárez")
                head_word = lowers[k - 1]
                if k + 2 < n and lowers[k] in {"of", "for", "against"} and lowers[k + 1] == "the" \
                        and k + 2 not in taken and _is_name_word(tokens, k + 2, lex) \
                        and fold(texts[k + 2]) not in names and not _owner_body(tokens, k):
                    k += 1  # "Specialized Prosecutor's Office for the Prosecution of Administrative Corruption"
                if k + 1 < n and (lowers[k] in {"of", "for", "against", "the"}
                                  or lowers[k] == "on" and lowers[k - 1] in ON_HEADS
                                  and fold(texts[k + 1]) not in names) and k + 1 not in taken \
                        and _is_name_word(tokens, k + 1, lex) and not _owner_body(tokens, k) \
                        and lowers[k + 1] not in DOCUMENT_WORDS:  # "adoption by the Security Council of Resolution
                    # 2699": what it adopted, not its name
                    k += 1  # "National Institute of Forensic Sciences", "Advisory Committee on Immunization Practices"
                    while k < n and k not in taken and not _person_starts(tokens, k) and (
                            _is_name_word(tokens, k, lex)
                            or lowers[k] in {"and", "of"} and k + 1 < n and _is_name_word(tokens, k + 1, lex)
                            and not (lowers[k] == "and" and _new_body(tokens, k + 1, lex))  # "… of Belize and
                            # Guatemala's INSIVUMEH": the possessive opens another body
                            or _inner_join(tokens, k, lex)
                            or _particle(tokens, k) or _particle(tokens, k - 1)  # "… of Santo Tomás de Castilla"
                            or lowers[k] in {"and", "of"} and k + 2 < n and lowers[k + 1] == "the"
                            and _is_name_word(tokens, k + 2, lex) and _acronym_follows(tokens, k + 3)):
                        k += 2 if k + 1 < n and lowers[k + 1] == "the" \
                            and lowers[k] in {"and", "of"} | INNER_JOINS else 1
                    if k < n and texts[k] == ",":  # "… for Agro-Alimentary Health, Safety and Quality"
                        k = _name_tail(tokens, k, taken, lex)
                if k < n and not (k in taken and _closed_by_title(lowers, i, k, lex)) and texts[k][:1].isupper() \
                        and tokens[k].is_alpha and not _person_starts(tokens, k):  # (a title or name read
                    # already closes the body: "National Assembly President Gustavo Porras", "… Supreme Court of
                    # Justice and Attorney General X")
                    longer = _longer_body(tokens, k, taken)
                    if longer == k:
                        j = k  # part of a longer name ("... Air Force Base"): not an institution
                        break
                    k = longer  # "Regional Police Training Center", "… Fire and Rescue Department"
                    kind = _kind(lowers[k - 1])
                span_words = {t.lower_ for t in tokens[i:k]}
                if (lowers[k - 1] in {"center", "centre"} or head_word in {"center", "centre"} and span_words & VENUES) \
                        and (span_words & VENUES or k - i < 2):  # "the Historic Center of San Salvador" too
                    j = k  # "the Convention Center": a venue, not a body
                    break
                if lowers[i] in lex.heads and lowers[i + 1] in {"of", "for"}:
                    j = k  # "Minister of Interior and Police Jesús Vásquez": an office's title, read with its holder
                    break
                k = _place_tail(tokens, k, taken, head_word if head_word in POSTED else lowers[k - 1], names)
                criminal = lowers[k - 1] in CRIMINAL_HEADS and "anti" not in span_words
                yield i, k, "criminal" if criminal else kind
                j = k
                break
            j += 1
        i = max(j, i + 1)


def _written_lower(tokens: Doc, i: int) -> bool:
    """Is the word at ``i`` written in lower case elsewhere in the document (an everyday word, not a name)?"""
    low = token_lowers(tokens)[i]
    return low in set(token_texts(tokens))


def _owner(tokens: Doc, start: int, scan: Scan, lex: Lexicon) -> tuple[str, str]:
    """(owner org id, prefix) for "CBP's Border Patrol Tactical Unit" (possessive) or "DEA Tegucigalpa
    Country Office" (an acronym written as part of the name)."""
    texts = token_texts(tokens)
    ends: dict[int, Hit] = {h.end: h for h in (*scan.orgs, *scan.acronyms)}
    hit, prefix = None, ""
    if start >= 2 and texts[start - 1] in POSSESSIVE:
        hit = ends.get(start - 1)
    elif start in ends and ends[start].label in {"acr", "defined"}:
        hit = ends[start]
        prefix = tokens[hit.start:hit.end].text
    if hit is None:
        return "", ""
    entry = lex.org(hit.ref) if hit.label == "acr" else lex.org_by_id.get(hit.ref)
    if entry is not None and entry.shared and any(h.end == hit.start for h in scan.countries):
        return "", ""  # "The Dominican Army's Specialized Land Border Security Corps": the Dominican army's, not the
        # U.S. Army a bare "Army" names
    return (entry.id, prefix) if entry is not None and entry.kind != "criminal" else ("", "")


def _by_initials(text: str, country: str, lex: Lexicon) -> OrgEntry | None:
    """The lexicon body of ``country`` whose acronym is the name's initials ("Tribunal Supremo Electoral" ->
    TSE), when exactly one of that country's bodies has it: the Spanish name of a body listed in English."""
    words = [w for w in text.split() if w[:1].isupper()]
    if len(words) < 2:
        return None
    acronym = "".join(w[0] for w in words).upper()
    found = [e for e in lex.org_by_acronym.get(acronym, ()) if e.country == country]
    return found[0] if len(found) == 1 else None


def _before_owner(tokens: Doc, start: int, end: int, scan: Scan) -> str:
    """ "Sala de lo Constitucional" for "Sala de lo Constitucional de la Corte Suprema de Justicia": a Spanish
    name that runs into a body already known is also written without it."""
    lowers = token_lowers(tokens)
    for hit in scan.orgs:
        if start < hit.start and hit.end <= end:
            k = hit.start
            while k > start and lowers[k - 1] in JOINS_ES:
                k -= 1
            return " ".join(tokens[start:k].text.split()) if k > start + 1 else ""
    return ""


def country_after(tokens: Doc, end: int, scan: Scan) -> tuple[str, str] | None:
    """(code, "of [the] <country>") when a country's name follows a body's name, else None."""
    lowers = token_lowers(tokens)
    if end + 1 >= len(tokens) or lowers[end] not in {"of", "de", "del"}:
        return None
    k = end + 1 + (lowers[end + 1] in {"the", "la"})
    hit = next((h for h in scan.countries if h.start in (k, end + 1)), None)  # "of The Bahamas": its own "The"
    return (hit.ref, tokens[end:hit.end].text) if hit is not None else None


def _territory_in(words: list[str]) -> str:
    """The U.S. territory a body's (folded) name names ("Virgin Islands Police Department", "District Court of the
    Virgin Islands"), or "" (also for a "Royal …" body: the British territory's force)."""
    if not words or words[0] == "royal":
        return ""
    text = f" {' '.join(words)} "
    return next((t for t in US_TERRITORIES if f" {t} " in text), "")


def _opens_with_state(words: list[str]) -> bool:
    """Does a body's (folded) name open with a U.S. state's name and go on ("New York Police Department")?"""
    return any(len(words) > n and " ".join(words[:n]) in us_states() for n in (1, 2))


POST_IN = re.compile(r"^(U\.S\. (?:Embassy|Consulate General|Consulate)) in (?=[A-Z])")
POST_OF_COUNTRY = re.compile(r"^(?P<head>Embassy|Consulate General|Consulate) of (?P<the>the )?(?P<country>.+?)"
                             r" in (?P<city>.+)$")


# rooms of the White House that releases name as venues, shaped like a body's name ("… Office", "… Room")
ROOMS = {"oval office", "situation room", "roosevelt room", "cabinet room", "east room", "state dining room",
         "indian treaty room"}
# a unit's noun with no town or agency before it ("Field Office Director Jane Smith, ERO Houston"): a title's words
BARE_UNITS = {"field office", "field division"}
# states named like a body ("Union"): a country, drawn on the map, not an actor
STATES_NAMED_LIKE_BODIES = {"soviet union", "union of soviet socialist republics"}


def pattern_draft(tokens: Doc, start: int, end: int, kind: str, lex: Lexicon, country_end: dict[int, str],
                  home: str, drafts: dict[str, Draft], scan: Scan) -> Draft | None:
    """The draft for one institution span: a lexicon entry when its (country-qualified) name is known,
    else a new agency named with its owner's acronym or its country's demonym."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    text = " ".join(tokens[start:end].text.split())
    words = fold(text).split()
    generic = all(w in NOT_NAME for w in words)
    if generic and not (words[-1] in NATIONAL_BODIES and words[0] in {"national", "legislative"} and home) \
            or len(words) < 2 or words[0] in PEOPLE_WORDS:
        return None  # "Members of Congress" are people, not a body; "the National Congress" is the home one
    if " ".join(words) in ROOMS or " ".join(words) in STATES_NAMED_LIKE_BODIES or " ".join(words) in BARE_UNITS \
            or any(" ".join(words[i:]) in sea_banks() for i in range(len(words))):
        return None  # "a meeting in the Oval Office": a room of the White House, not a body; "(Off) Cay Sal Bank":
        # a bank at sea
    if any(" ".join(words[i:]) in DESIGNATIONS for i in range(len(words))):
        return None  # "designated the CDN as a Foreign Terrorist Organization": a U.S. designation, not a body
    if end + 1 < len(tokens) and texts[end] == ":" and (start == 0 or "\n" in tokens[start - 1].text_with_ws
                                                         or texts[start - 1] == "|") \
            and (lowers[start].endswith("ing") or texts[end + 1][:1].isdigit()):
        return None  # "Share This Page | Issuing Office: Bureau for …", "Bronx Office: 2400 Webster Avenue": a page's
        # field label and an address's, not a body (but "Puerto Rico Department of Health: Dengue reports")
    post = POST_OF_COUNTRY.match(text)
    if post is not None:  # "the Embassy of the United States in Belmopan" is the U.S. Embassy there
        code = lex.country_by_word.get(fold(post["country"]), "")
        entry = lex.org(f"U.S. Embassy in {post['city']}") if code == "US" and post["head"] == "Embassy" else None
        if entry is not None:
            draft = add_entry(drafts, entry, lex)
            draft.aliases |= {text, f"{post['head']} of {post['the'] or ''}{post['country']}"}
            return draft
    owner_id, prefix = _owner(tokens, start, scan, lex) if kind == "agency" else ("", "")
    if kind == "agency" and (INTERNATIONAL | INTERNATIONAL_ES) & set(words) and not owner_id:
        kind = "organization"  # "Economic Commission for Latin America and the Caribbean": no one country's
    owner = lex.org_by_id.get(owner_id)
    country = country_end.get(start, "")
    demonym = texts[start - 1] if country else ""
    if not country and not owner_id and start >= 3 and texts[start - 1] in POSSESSIVE:
        k = start - 2  # "The Dominican Army's Specialized Land Border Security Corps": the owning body's country
        while k > 0 and start - k <= 4 and texts[k][:1].isupper() and k not in country_end:
            k -= 1
        country = country_end.get(k, "") if texts[k][:1].isupper() else ""
    if country and demonym in POSSESSIVE and country in lex.countries:
        demonym = lex.countries[country].adjective  # "Mexico's Secretariat of …" is the Mexican one
    capital_city = end - start > 1 and token_lowers(tokens)[start + 1] == "city"  # "Mexico City Police", not "Mexican"
    if not country and not prefix and capital_city and fold(texts[start]) in lex.country_by_word:
        country = lex.country_by_word[fold(texts[start])]  # the capital's body: its country, its name as written
    if not country and not prefix and fold(texts[start]) in lex.country_by_word and end - start > 1 and not capital_city:
        country, demonym = lex.country_by_word[fold(texts[start])], texts[start]
        text = " ".join(tokens[start + 1:end].text.split())
        rest = fold(text).split()
        national = len(rest) == 1 and rest[0] in ARMS and fold(demonym) not in lex.country_names
        if all(w in NOT_NAME for w in rest) and (len(rest) < 2 or fold(demonym) in lex.country_names) and not national \
                or rest in (["gang"], ["gangs"], ["cartel"], ["cartels"]):
            return None  # "Honduras Office", "Haitian Gang 400 Mawozo" (a headline's "Haitian gang"); but "Haitian
            # National Police" and "Colombian Navy" are bodies
    if not country and not prefix and (_opens_with_state(words) or "county" in words[1:3] and len(words) > 2
                                       or words[-2:] in (["field", "office"], ["field", "division"])):
        country = "US"  # "Florida Highway Patrol", "Monroe County Sheriff's Office": a U.S. state's or county's;
        # "Tucson Field Office": a U.S. federal agency's field office
    territory = _territory_in(words)
    if not country and not prefix and territory:
        country = "US"  # "Virgin Islands Police Department": a U.S. territory's, in a release on Puerto Rico too
    where = text.rsplit(" in ", 1)
    if len(where) < 2 or fold(where[1]) not in lex.country_names:
        where = text.rsplit(" of ", 1)  # "American Chamber of Commerce and Industry of Panama", not the home
        # country's own "Ministry of Foreign Affairs of Honduras"
        if len(where) < 2 or lex.country_by_word.get(fold(where[1]), country) == country:
            where = []
    if demonym and len(where) == 2 and fold(where[1]) in lex.country_names and not owner_id:
        # "American Chamber of Commerce in Guatemala" (AmCham): named for one country, a body of the other
        name = f"{demonym} {text}"
        aid = actor_id(kind, name)
        sits = lex.country_by_word.get(fold(where[1]), "")
        return drafts.setdefault(aid, Draft(aid, kind, name, sits if kind == "agency" else "", "", {name}))
    said = text  # as the text writes it: an alias that never names another country's body ("the Barbados Coast
    other = lex.org(text) if demonym and country else None  # Guard" is not also "Coast Guard", the U.S. one's name)
    if other is not None and other.country not in {"", country}:
        said = f"{demonym} {text}"
    owned_by = country_after(tokens, end, scan)  # "Chamber of Commerce … of Panama": whose, the text says
    if owned_by and (not country or country == owned_by[0]):
        country, said = owned_by[0], f"{text} {owned_by[1]}"
    short = _before_owner(tokens, start, end, scan) if tokens.lang_ == "es" else ""
    tail = text.rsplit(" of ", 1)
    if len(tail) == 2 and fold(tail[1].removeprefix("the ")) in lex.country_names:
        code = lex.country_by_word.get(fold(tail[1].removeprefix("the ")), "")
        tail[0] = STATE_FORM.sub("", tail[0])  # "Ministry of Foreign Affairs of the Republic of Cuba"
        if code and (not country or country == code):
            if " of " in tail[0]:  # "Secretariat of Defense of Honduras"
                country, demonym, text = code, lex.countries[code].adjective, tail[0]
            else:  # "Parliament of Canada", "Customs Administration of Honduras": named with its country
                country = code
    if not country and owner is not None:
        country = owner.country
    if not country and end + 1 < len(tokens) and texts[end] in {",", "in"} and any(
            fold(" ".join(texts[end + 1:end + 1 + w])) in us_states() for w in (1, 2)):
        country = "US"  # "… at Stennis Space Center, Mississippi": where it is, in a release on Barbados
    if not country and words[0] in POSTS and "of" not in words[1:3]:  # not "Consulate General of Mexico"
        country = "US"  # a post named by its city in a U.S. release is the U.S. one
    if not country and kind == "agency" and not (words[0] == "royal" and any(t in fold(text) for t in US_TERRITORIES)):
        # (the Royal Virgin Islands Police Force is the British territory's, not the home country's)
        country = "US" if words[0] in {"department", "bureau"} or "congress" in words and words[0] != "national" \
            and "general" not in words else home  # (a people's "General Congress" is no U.S. body)
    entry = lex.org(f"{demonym} {text}") if demonym else None
    if entry is None and country and owner is None:
        dem = lex.countries[country].adjective if country in lex.countries else ""
        names_of = lex.countries[country].names if country in lex.countries else ()
        entry = lex.org(f"{dem} {text}") or next(
            (e for n in names_of[:3] for e in (lex.org(f"{text} of {n}"), lex.org(f"{text} de {n}")) if e), None)
    if entry is None and country:
        entry = _by_initials(text, country, lex)  # "Tribunal Supremo Electoral" in Guatemala: its TSE
    if entry is None:
        entry = lex.org(text)
        if entry is not None and country and entry.country and entry.country != country:
            entry = None  # "Colombian Navy" is not the U.S. Navy that a bare "Navy" names
    if entry is not None:
        return add_entry(drafts, entry, lex)
    dem = lex.countries[country].adjective if country in lex.countries else ""
    if country == "US":
        dem = "U.S."
    same = next((d for d in drafts.values() if d.kind == kind and text in d.aliases and d.id.startswith(kind)
                 and (not demonym or not d.country or d.country == country)), None)
    if same is None and not demonym and not prefix:
        same = _fuller_in_document(drafts, kind, text, lex)
    if same is None and country in lex.countries and not prefix:
        same = _other_form(drafts, kind, text, lex.countries[country])
    if same is not None and not prefix:
        return same  # the same bare name twice in one document is one institution
    if prefix:
        name = f"{prefix} {text}"
    else:
        named = country in lex.countries and any(c in text for c in lex.countries[country].names) \
            or country == "US" and (_opens_with_state(words) or "county" in words[1:3] or words[-2] == "field"
                                    or territory)
        name = f"{dem} {text}".strip() if kind == "agency" and not text.startswith(dem or "\0") and not named else text
        if tokens.lang_ == "es" and name != text and country in lex.countries:
            name = f"{text} ({lex.countries[country].names[0]})"  # not "Honduran Oficina de Prensa"
    written = name
    name = POST_IN.sub(r"\1 ", name)  # "U.S. Consulate in Nuevo Laredo" is "U.S. Consulate Nuevo Laredo" (State's form)
    aid = actor_id(kind, name)
    if aid not in drafts:
        parent = (owner_id if owner_id in drafts else "") or (f"government:{country.lower()}" if country and kind == "agency" else "")
        aliases = {name, written, said} | ({short} if short else set())
        if post is not None:  # "the Embassy of Nicaragua in Panama City" is also "the Embassy of Nicaragua"
            aliases.add(f"{post['head']} of {post['the'] or ''}{post['country']}")
        if end < len(tokens) and lowers[end] in LOWER_TAILS and texts[end].islower():
            aliases.add(f"{text} {texts[end]}")  # "Transnational Anti-Gang units"
        drafts[aid] = Draft(aid, kind, name, country if kind == "agency" else "", parent, aliases)
    return drafts[aid]


def _fuller_in_document(drafts: dict[str, Draft], kind: str, text: str, lex: Lexicon) -> Draft | None:
    """The one body of this document whose name, less a leading word that names no country, is this bare name:
    "Committee on Foreign Affairs" after "the House Committee on Foreign Affairs" is that committee, not a new body of
    the document's country. A leading country word makes it another country's body ("U.S. Coast Guard")."""
    if len(text.split()) < 2:
        return None
    tail = " " + text
    found = {d.id: d for d in drafts.values() if d.kind == kind and any(
        a.endswith(tail) and not _names_a_country(a[:-len(tail)].split(), lex) for a in d.aliases)}
    return next(iter(found.values())) if len(found) == 1 else None


def _names_a_country(words: list[str], lex: Lexicon) -> bool:
    """Do any one to three running words name a country or its people ("U.S.", "Costa Rican")?"""
    return any(lex.country_of(" ".join(words[i:j])) for i in range(len(words))
               for j in range(i + 1, min(i + 3, len(words)) + 1))


def _other_form(drafts: dict[str, Draft], kind: str, text: str, country: Country) -> Draft | None:
    """The body of this country already drafted under the other form of its name: "the Coast Guard of Suriname" and
    "the Suriname Coast Guard" (or "Surinamese …") are one body."""
    base = text
    for n in country.names:
        for tail in (f" of {n}", f" of the {n}"):
            if text.endswith(tail):
                base = text[:-len(tail)]
    forms = {fold(f) for n in (*country.names, *country.demonyms)
             for f in (f"{n} {base}", f"{base} of {n}", f"{base} of the {n}")}
    return next((d for d in drafts.values() if d.kind == kind and d.country == country.code
                 and any(fold(a) in forms for a in d.aliases)), None)
