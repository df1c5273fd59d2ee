"""Context rules that decide whether a gazetteer hit is a place in this sentence.

A blank spaCy pipeline has no entity recogniser, so these rules stand in for one: capitalisation,
datelines, and the company a name keeps ("Sinaloa Cartel", "Bank of America", "George
Washington", "Honduran National Police" are names of something else).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection

from spacy.tokens import Doc, Token

from geo.gazetteer import US_COUNTY_WORDS, Entry, Gazetteer
from geo.matching import Hit
from model.first_names import FIRST_NAMES, common_first_names, fold_accents
from model.headlines import HEADLINE_VERBS
from model.legal_forms import COMPANY_FORMS
from model.nlp import (
    doc_lower,
    sentence_start_set,
    sentence_starts,
    token_lowers,
    token_puncts,
    token_quotes,
    token_spaces,
    token_stops,
    token_texts,
)

PARTICLES = {"a", "and", "de", "del", "la", "las", "los", "el", "of", "the", "y", "do", "da", "dos", "das", "du", "des", "le",
             "on", "upon", "sur", "au", "aux", "à", "en", "di"}
DASHES = {"-", "--", "\u2013", "\u2014", "\u2015"}
# Capitalised words after a place that make the whole phrase a name of something else.
ORG_HEADS = {
    "cartel", "cartels", "declaration", "police", "department", "ministry", "university", "college", "institute", "bank",
    "commission", "agreement", "accord", "accords", "act", "initiative", "post", "times", "herald", "tribune", "journal",
    "gang", "party", "corporation", "company", "group", "foundation", "council", "court", "secretariat", "office", "agency",
    "army", "navy", "guard", "force", "forces", "command", "club", "association", "center", "centre", "conference",
    "process", "compact", "protocol", "convention", "treaty", "policy", "consensus", "statement", "strategy", "program",
    "programme", "project", "fund", "school", "academy", "hospital", "airport", "museum", "network", "alliance", "plan",
    "dialogue", "partnership", "summit", "coalition", "organization", "organisation", "federation", "union", "system",
    "board", "authority", "service", "services", "bureau", "division", "unit", "task", "team", "cooperation", "framework",
    "declaration", "rangers", "express", "street", "avenue", "boulevard", "road", "highway", "affairs", "desk",
    "studies", "development", "hemisphere", "report", "review", "news", "daily", "gazette", "broadcasting", "radio",
}
LOCAL_PLACE_NOUNS = {"community", "village", "settlement", "neighbourhood", "neighborhood"}
PACT_HEADS = {"agreement", "treaty", "accord", "accords", "protocol", "convention"}  # a pact's name's last word
# Heads of a body a country's name can modify: "U.S. Embassy", "United States Coast Guard"
BODY_HEADS = (ORG_HEADS - {"street", "avenue", "boulevard", "road", "highway", "hemisphere", "express"}) | {
    "embassy", "consulate", "mission", "congress", "senate", "government", "military", "marshals", "attorney",
    "administration"}  # "U.S. Drug Enforcement Administration"


def modifies_body(hit: Hit, tokens: Doc) -> bool:
    """Is the name the first word of a body's name ("U.S. Embassy in Santo Domingo", "United States Coast
    Guard")? Then it says whose the body is, as "American" would: a demonym's weak mention, not the place."""
    lowers, cap = token_lowers(tokens), capitalised_tokens(tokens)
    j = hit.end
    if j < len(tokens) and cap[j] and tokens[hit.start:j].text in ABBREVIATED_COUNTRIES \
            and any(lowers[k] in TITLES or lowers[k].removesuffix("s") in TITLES
                    for k in range(j, min(j + 1 + (lowers[j] in TITLE_MODIFIERS), len(tokens))) if cap[k]):
        return True  # "U.S. Secretary of Energy X", "U.S. Chargé d'Affaires X", "Assistant U.S. Attorneys X and Y",
        # "U.S. Assistant Secretary of State X": whose the office is
    if j < len(tokens) and tokens[hit.start:j].text in ABBREVIATED_COUNTRIES and (
            lowers[j] in MODIFIED_NOUNS or tokens[j].is_lower and tokens[j].is_alpha and j + 1 < len(tokens)
            and lowers[j + 1] in MODIFIED_NOUNS or _joined_modifier(tokens, j)) \
            or _compound_adjective(tokens[hit.start:j].text):
        return True  # "to review U.S. support", "U.S. officials", "U.S. energy companies", "U.S. and Dominican
        # Republic law enforcement agencies", "U.S.-funded flights": whose the thing is, as "American" says
    k = j
    while k < len(tokens) and k - j < 5 and cap[k]:
        if lowers[k] in BODY_HEADS or lowers[k] == "attorneys":  # ("Assistant United States Attorneys X and Y")
            return True
        if _headline_verb(lowers[k]) and title_line(tokens, hit.start):
            break  # "Honduras Hosts Regional Security Summit": the country acts; no body follows
        k += 1
    return _post_of(hit, tokens)


def _compound_adjective(text: str) -> bool:
    """ "U.S.-funded", "U.S.-backed", "US-made": an abbreviated country joined to a participle, one token."""
    head, dash, tail = text.partition("-")
    return bool(dash) and head in ABBREVIATED_COUNTRIES and tail.isalpha() and tail.islower() and tail.endswith("ed")


def _joined_modifier(tokens: Doc, j: int) -> bool:
    """Does "and" at ``j`` join another country's name or adjective to the abbreviated one, before a noun both
    modify ("U.S. and Dominican Republic law enforcement agencies")? Words only, up to five, the first capitalised."""
    lowers, n = token_lowers(tokens), len(tokens)
    if not (j + 2 < n and lowers[j] == "and" and tokens[j + 1].text[:1].isupper()):
        return False
    for k in range(j + 1, min(j + 6, n)):
        if not tokens[k].is_alpha:
            return False
        if lowers[k] in MODIFIED_NOUNS:
            return True
    return False


ABBREVIATED_COUNTRIES = {"U.S.", "US", "U.S.A.", "UK", "U.K."}
TITLE_MODIFIERS = {"assistant", "acting", "special", "principal", "senior", "associate", "under", "vice", "district",
                   "circuit", "bankruptcy"}  # before an office's word: "U.S. Assistant Secretary", "U.S. District Judge"
# the common nouns an abbreviated country is written before as an adjective ("U.S. assistance"); not a verb ("the
# U.S. rose to …"), so a list, not any lower-case word
MODIFIED_NOUNS = {"support", "assistance", "aid", "funding", "funds", "grant", "grants", "investment", "investments",
                  "officials", "official", "government", "authorities", "agencies", "agency", "forces", "military",
                  "troops", "personnel", "citizens", "nationals", "residents", "companies", "company", "firms",
                  "businesses", "investors", "exporters", "importers", "imports", "exports", "policy", "policies",
                  "partners", "partner", "delegation", "delegations", "law", "laws", "courts", "court", "sanctions",
                  "programs", "program", "programme", "programmes", "initiative", "initiatives", "cooperation",
                  "engagement", "commitment", "commitments", "efforts", "interests", "officers", "diplomats",
                  "taxpayers", "dollars", "dollar", "visa", "visas", "consular", "embassy", "interagency", "team",
                  "teams", "experts", "advisers", "advisors", "trainers", "donations", "donation", "contribution",
                  "contributions", "priorities", "strategy", "leadership", "partnership", "partnerships", "tourism",
                  "tourists", "visitors", "travelers", "travellers", "preclearance", "citizen", "passport",
                  "passports", "embassies", "consulates", "naval", "navy", "warships", "vessels", "aircraft",
                  "nationality", "citizenship", "base", "bases", "installation", "installations", "facility",
                  "facilities", "soldiers", "sailors", "marines", "servicemembers", "ships", "warship", "firearms",
                  "weapons", "guns", "rifles", "arms", "ammunition", "embargo", "blockade", "tariff", "tariffs", "economy",
                  "market", "markets", "agents", "side"}
POSTS = {"embassy", "consulate", "embajada", "consulado"}


def _post_of(hit: Hit, tokens: Doc) -> bool:
    """ "the Embassy of the United States in Tegucigalpa", "la Embajada de los Estados Unidos": the country
    whose post it is, written after it; the post is where the city says."""
    lowers = token_lowers(tokens)
    i = hit.start
    if i >= 2 and lowers[i - 1] in {"the", "los", "la", "el"}:
        i -= 1
    return i >= 2 and lowers[i - 1] in {"of", "de", "del"} and lowers[i - 2] in POSTS


# Words before "of"/"de" that make "X of <place>" an organisation rather than a place.
OF_ORG_HEADS = {"bank", "university", "declaration", "cartel", "voice", "college", "organization", "organisation",
                "institute", "school", "academy", "tren", "federation", "friends", "bishop", "archdiocese", "club",
                "bridge", "cathedral", "church", "basilica", "society", "cup", "treaty", "protocol", "charter"}
ALLOWED_PREV = {"the", "in", "from", "to", "at", "of", "and", "or", "for", "with", "on", "by", "northern", "southern",
                "eastern", "western", "central", "rural", "greater", "downtown", "north", "south", "east", "west",
                "embassy", "consulate", "visit", "visits", "visited", "across", "throughout", "within", "outside", "near",
                "both", "all", "including", "between", "via", "into", "neighboring", "neighbouring", "like", "as", "upper",
                "lower", "coastal", "mainland", "metropolitan", "new", "old", "today", "while", "when", "after", "before"}
# A feature's head word after a place name makes a longer name: the feature named after the place
FEATURE_HEADS = {"canyon", "mountains", "mountain", "valley", "river", "lake", "lagoon", "bay", "island", "islands",
                 "peninsula", "desert", "basin", "range", "falls", "reef", "cay", "cays", "volcano", "hills", "plateau"}
ALLOWED_NEXT = {"mayor", "governor", "president", "minister", "ambassador", "embassy", "consulate", "on", "in", "and", "town",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}

TITLES = {"president", "minister", "ambassador", "secretary", "director", "attorney", "mr", "mr.", "ms", "ms.", "mrs",
          "mrs.", "dr", "dr.", "senator", "sen.", "representative", "rep.", "governor", "mayor", "commissioner", "judge",
          "chief", "deputy", "administrator", "officer", "agent", "commander", "colonel", "col.", "captain", "lieutenant",
          "sergeant", "bishop", "father", "pope", "king", "queen", "prince", "counselor", "adviser", "advisor", "gen.",
          "general", "lt.", "sgt.", "chargé", "charge", "envoy", "congressman", "congresswoman", "spokesperson",
          "spokesman", "spokeswoman", "candidate", "defendant", "prosecutor", "coordinator", "czar", "leader", "consul",
          "magistrate", "marshal", "attaché", "attache"}
STREET_WORDS = {"avenida", "calle", "boulevard", "bulevar", "avenue", "colonia", "barrio", "zona", "paseo", "plaza", "hotel",
                "residencial", "carretera", "autopista", "edificio", "centro", "street", "st.", "ave.", "av.", "blvd.",
                "calz.", "col."}  # "Av. Juárez 20, Col. Centro": an address, not Ciudad Juárez
BUILDING_WORDS = {"palacio", "casa", "museo", "teatro", "estadio", "hospital", "universidad", "iglesia", "catedral",
                  "parque", "torre", "castillo", "fortaleza", "hacienda", "finca", "rancho", "quinta"}
DIVISION_CUES = {"department", "departments", "state", "states", "province", "provinces", "departamento", "departamentos",
                 "provincia", "provincias", "estado", "parish",
                 "parishes", "region", "regions", "governorate"}
FAMOUS_KINDS = {"country", "region", "group", "feature", "admin1"}


FAMOUS_TOWN = 450_000  # people (GeoNames' count of the city proper): Miami (487,014), Omaha, Liverpool


def famous(entries: list[Entry]) -> bool:
    """A name whose best reading is well known enough to accept in ALL CAPS or despite being a word."""
    return any(e.kind in FAMOUS_KINDS or e.capital or e.population >= FAMOUS_TOWN for e in entries)


def line_start(tokens: Doc, i: int) -> bool:
    texts = token_texts(tokens)
    return i == 0 or "\n" in texts[i - 1] or "\n" in tokens[i - 1].whitespace_ or tokens[i - 1].is_space


def dateline_zones(tokens: Doc) -> list[tuple[int, int]]:
    """Token ranges of datelines: "WASHINGTON –", "TEGUCIGALPA, Honduras —" at the start of a line."""
    # read from the token texts (``model.nlp.token_texts``): a Token per word and step took 2 % of the analysis;
    # a token "is_space"/"is_alpha" exactly when its text is ``isspace()``/``isalpha()``, and no whitespace_ holds "\n"
    texts = token_texts(tokens)
    zones = []
    for i, word in enumerate(texts):
        if not word.isalpha() or not word[0].isupper() or not (i == 0 or "\n" in texts[i - 1] or texts[i - 1].isspace()):
            continue
        if word in {"The", "A", "An"}:
            continue  # "The United States and Haiti - fact sheet - JUNE 2, 2025": a related link's title, no dateline
            # (a dateline is written in capitals or opens on the place: "THE VALLEY, Anguilla –")
        for j in range(i, min(i + 9, len(texts))):
            t = texts[j]
            if t in DASHES and j > i:
                if t == "-" and not tokens[j - 1].whitespace_:
                    continue  # "PORT-AU-PRINCE", "GAO-23-105742": a hyphen inside a word, not a dateline's dash
                zones.append((i, j))
                break
            if not (t == "," or t == "." or t[0].isupper() or t.lower() in PARTICLES):
                break
            if t.isspace():
                break
    return zones


def title_line(tokens: Doc, i: int) -> bool:
    """Is token i in a headline-style sentence (most long words capitalised)?"""
    starts = sentence_starts(tokens)  # once per sentence, not per hit: the answer is the sentence's
    k = bisect_right(starts, i) - 1
    memo = tokens.user_data.setdefault("title_lines", {})
    if k not in memo:
        memo[k] = _title_sentence(token_texts(tokens)[starts[k]:starts[k + 1] if k + 1 < len(starts) else len(tokens)])
    return memo[k]


def _title_sentence(sent: list[str]) -> bool:
    if sent[-1] in {".", "!", "?"} and len(sent) > 4:
        return False  # headlines carry no full stop; long capitalised sentences are lists of titles
    words = [t for t in sent if t.isalpha() and len(t) > 3]
    return len(words) >= 3 and sum(t[0].isupper() for t in words) >= 0.8 * len(words)


LOWER_DESIGNATORS = frozenset({"department", "province", "district", "parish"})  # "the Centre department"; not
# "state" ("the New Mexico state line" is no "Mexico state")


def lower_state_ok(hit: Hit, tokens: Doc) -> bool:
    """ "the mining region of Bolívar state": a lower-case "state" after a name is the designator of a state named
    so ("Bolívar State"), unless a capitalised word before it opens a longer name or a boundary word follows ("the
    New Mexico state line" is no "Mexico State")."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    s, e = hit.start, hit.end
    return e - s >= 2 and texts[e - 1] == "state" and not (s > 0 and capitalised_tokens(tokens)[s - 1]) \
        and not (e < len(tokens) and lowers[e] in {"line", "lines", "border", "boundary", "-", "‐"})  # "a Mexico
    # state-owned firm"


CAPS_SURNAME = re.compile(r"(?:Mc|Mac|O['’])[A-Z]{3,}")  # DOJ style writes "ALVIN McKINNEY": no town in capitals


# a town GeoNames names "The X" is written with a lower-case article only when it is a large city ("the Bronx",
# "the Hague", "the Woodlands"); a small one's "the Valley", "the Plains" is a common noun's phrase
LOWER_ARTICLE_POPULATION = 90_000


def case_ok(hit: Hit, gaz: Gazetteer, entries: list[Entry], dateline: bool, lower_state: bool = False) -> bool:
    """Capitalisation fits a place name: "Mobile" not "mobile", "US" not "us", ALL CAPS only if dateline or famous.
    ``lower_state``: a final lower-case "state" may be the designator (``lower_state_ok``)."""
    text = hit.text
    if hit.key in gaz.exact:
        return text in gaz.exact[hit.key]  # "US" and "ACT" but not "us" or "Act"
    if hit.key in gaz.lowercase_ok:
        return True
    if text.startswith("the ") and hit.key.startswith("the ") and entries and entries[0].kind == "city":
        if entries[0].population < LOWER_ARTICLE_POPULATION:
            return False  # "across the Valley" (the Rio Grande Valley) is not The Valley, Anguilla
        text = text[4:]  # "the Bronx": GeoNames writes "The Bronx", running text lower-cases the article
    if not text[:1].isupper():
        return False
    words = text.replace("-", " ").split()  # one word is the text, capitalised: nothing lower-case to test
    if len(words) > 1 and any(w[:1].islower() and w.lower() not in PARTICLES and w.isalpha()
                              and not (i == len(words) - 1
                                       and (w in LOWER_DESIGNATORS or lower_state and w == "state")
                                       and bool(entries)
                                       and entries[0] not in gaz.key_candidates(hit.key.rpartition(" ")[0]))
                              for i, w in enumerate(words)):
        return False  # but for a designator at the end of a name that is none without it: "the Centre department"
    capitals = text.isupper() or CAPS_SURNAME.fullmatch(text) is not None  # "McKINNEY": a surname in capitals
    letters = [c for c in text if c.isalpha()] if capitals else ()  # counted only where they count
    if len(letters) > 1:
        if "." in text and len(letters) <= 3:
            return True  # "U.S.", "D.C."
        return dateline or (famous(entries) and len(letters) > 3)
    return True


def _capitalised(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def capitalised_tokens(tokens: Doc) -> list[bool]:
    """``[_capitalised(t) for t in tokens]``, once per Doc (``is_alpha`` is ``str.isalpha`` of the text)."""
    found = tokens.user_data.get("capitalised")
    if found is None:
        found = tokens.user_data["capitalised"] = [w.isalpha() and w[:1].isupper() for w in token_texts(tokens)]
    return found


def _headline_verb(low: str) -> bool:
    """A title-case headline's verb ("Hosts", "Signs", "Adjusts", "Extradited"): the name before it ends there.
    Read by its ending; heads of bodies ("Forces", "Affairs") are checked first."""
    return len(low) > 3 and (low.endswith("ed") or low.endswith("s") and not low.endswith(("ss", "us", "is")))


SHARED_GROUP_HEADS = {"cartels", "gangs", "clans", "factions", "militias"}
GROUP_HEADS_ONE = {"cartel", "gang", "clan", "faction", "militia"}
FEATURE_OPENERS = {"port", "fort", "cape", "point"}


AIRPORT_CITY = 100_000  # people: a city this large names its airport after itself


def _compound_names_a_body(hit: Hit, tokens: Doc) -> bool:
    """ "the U.S.–Caribbean Partnership to Address the Climate Crisis": the last place of a dash-joined pair
    before a capitalised run that holds a body's or a programme's head is part of that name, as a single place
    before it would be."""
    j, n = hit.end, len(tokens)
    texts, lowers, cap = token_texts(tokens), token_lowers(tokens), capitalised_tokens(tokens)
    if j >= n or texts[j] in DASHES or not cap[j] or title_line(tokens, hit.start):
        return False
    k = j
    while k < min(n, j + 5) and cap[k]:
        if lowers[k] in ORG_HEADS:
            return True
        k += 1
    return False


def _post_then_person(hit: Hit, lowers: list[str], texts: list[str], j: int) -> bool:
    """ "U.S. Chargé d'Affaires in Managua Kevin Sullivan": a town after "in", then a given name and a surname, is
    a title's post and its holder, not one longer name."""
    return hit.start > 0 and lowers[hit.start - 1] == "in" and j + 1 < len(lowers) and texts[j + 1][:1].isupper() \
        and fold_accents(lowers[j]) in common_first_names()


def part_of_other_name(hit: Hit, tokens: Doc, entries: list[Entry], place_starts: set[int], place_ends: set[int]) -> bool:
    """Is the hit inside an organisation or person name ("Sinaloa Cartel", "George Washington")?"""
    if hit.part:  # (a country there says whose the body is, as in "U.S. Embassy": drawn as such elsewhere)
        return not any(e.kind == "country" for e in entries[:1]) and _compound_names_a_body(hit, tokens)
    country = any(e.kind == "country" for e in entries[:1])
    headline = title_line(tokens, hit.start)
    n = len(tokens)  # the token lists, not a Token per read: this runs for every hit
    texts, lowers, cap = token_texts(tokens), token_lowers(tokens), capitalised_tokens(tokens)
    stops, spaces, opens = token_stops(tokens), token_spaces(tokens), sentence_start_set(tokens)
    # after: "<place> National Police", "<place> Cartel"
    j = hit.end
    sentence_ends = texts[j - 1].endswith(".")  # "... returned to Washington, D.C. Earlier this month"
    if j < n and entries[:1] and entries[0].kind == "city" and entries[0].population >= AIRPORT_CITY \
            and (lowers[j] == "airport" or lowers[j] == "international" and j + 1 < n and lowers[j + 1] == "airport"):
        return False  # "Cap-Haïtien International Airport is open": an airport named after its city names the city
        # (a small town's name there is the airport's own: "La Aurora", "El Dorado")
    if (j < n and cap[j] and j not in opens and not stops[j] and not sentence_ends):
        k = j
        while k < min(n, j + 5) and cap[k]:
            if lowers[k] in ORG_HEADS and (j not in place_starts or any(
                    m not in place_starts and lowers[m] not in ORG_HEADS for m in range(j + 1, k))):
                return True  # (also past a village's name and a word of the body's own: "Toledo Cacao Growers
                # Association", Cacao, Panama; not past a head that is a town's name too: "X County Police Force")
            if headline and _headline_verb(lowers[k]):
                break  # "Honduras Hosts Regional Security Summit", "Panama Canal Adjusts Daily Transits"
            k += 1
        if j not in place_starts and (hit.demonym or not country and not headline and lowers[j] not in ALLOWED_NEXT
                                      and not _post_then_person(hit, lowers, texts, j)):
            return True
    if j + 1 < n and texts[j] in DASHES and cap[j + 1]:
        k = j + 1  # "the Dominican Republic-Central America Free Trade Agreement": a place heading a pact's name
        while k < min(n, j + 8) and (cap[k] or texts[k] in DASHES):
            if lowers[k] in PACT_HEADS:
                return True
            k += 1
    if j < n and cap[j] and lowers[j] in FEATURE_HEADS and j not in opens and not headline:
        return True  # "Santa Elena Canyon", "Chisos Mountains": a feature the gazetteer lacks, not the town (even where
        # the head is a town's name too: Canyon, Texas)
    # "the Sinaloa and Jalisco New Generation cartels": names sharing one plural head, each a group's
    if j + 1 < n and texts[j] in {"and", ","}:
        k = j + 1
        while k < min(n, j + 7) and cap[k]:
            k += 1
        if k > j + 1 and k < n and lowers[k] in SHARED_GROUP_HEADS:
            return True
    if j + 2 < n and lowers[j] == "and" and cap[j + 1] and cap[j + 2] and _shares_head(hit, texts[j + 2]):
        return True  # "to Central and South America": Central America, not Central, Louisiana
    if j < n and lowers[j] in SHARED_GROUP_HEADS and hit.start >= 2 and lowers[hit.start - 1] in {"and", ","} \
            and cap[hit.start - 2]:
        return True  # … and the last of them, before the head: "the Sinaloa and Jalisco cartels"
    if j < n and lowers[j] in GROUP_HEADS_ONE and hit.start >= 1 and lowers[hit.start - 1] == "the":
        return True  # "the Sinaloa cartel", as wire style writes the group's name
    # before: "George Washington", "Ana Colón"
    i = hit.start - 1
    if country and i >= 0 and cap[i] and lowers[i] in FEATURE_OPENERS and i not in opens:
        return True  # "Port Honduras Marine Reserve" (Belize): a place named after the country, not the country
    if i >= 0 and cap[i] and (i + 1) not in place_ends and i + 1 not in place_starts:
        prev = lowers[i]
        if prev in FIRST_NAMES:
            return True
        if (not country and not headline and i not in opens and prev not in ALLOWED_PREV
                and not stops[i] and i + 1 not in place_ends):
            return True
    if i >= 0 and (lowers[i] in STREET_WORDS or lowers[i] == "." and i >= 1 and lowers[i - 1] + "." in STREET_WORDS):
        return True  # "Avenida Reforma", "Calle Colón", "Av. Juárez" (the tokenizer splits "Av" and ".")
    # "Tobin Bradley, U.S. Ambassador": a name with its title in apposition
    if (i >= 0 and cap[i] and not stops[i] and (i + 1) not in place_ends and not country
            and j < n and texts[j] == ","
            and any(w in TITLES for w in lowers[j + 1:j + 6])):
        return True
    # "Senior Director for the Western Hemisphere": an office, not the region
    if not country and any(e.kind in ("region", "group") for e in entries[:1]):
        k = i - 1 if i >= 0 and lowers[i] == "the" else i
        if k >= 1 and lowers[k] == "for" and lowers[k - 1] in TITLES | {"assistant", "envoy", "bureau", "office"}:
            return True
    # "Bank of America", "Cartel de Sinaloa", "Organization of American States"
    if i >= 1 and lowers[i] in {"of", "de", "del"} and lowers[i - 1] in OF_ORG_HEADS:
        return True
    if i >= 1 and lowers[i] == "of" and cap[i - 1] and lowers[i - 1] in PACT_HEADS | {"award", "accord", "peace"}:
        return True  # "the 1899 Arbitral Award of Paris", "the Agreement of Esquipulas": a pact's name, not the place
    # "Inter-American", "Afro-Honduran"
    if hit.demonym and i >= 1 and texts[i] in DASHES and cap[i - 1] and not spaces[i - 1] and not spaces[i]:
        return True
    # "Savanna-la-Mar, the Russia community and Grange Hill": a local place named like a country, which no row holds
    if country and i >= 0 and lowers[i] == "the" and j < n and lowers[j] in LOCAL_PLACE_NOUNS and not cap[j]:
        return True
    # "Agence France-Presse": a country's name joined to a capitalised word that is no place (not "Mexico-Guatemala")
    if country and j + 1 < n and texts[j] in DASHES and not spaces[j - 1] and not spaces[j] and cap[j + 1] \
            and texts[j + 1].isalpha() and (j + 1) not in place_starts:
        return True
    # "Colonia Kennedy", "Palacio de San Carlos": the head of a street's or a building's name
    if hit.key in STREET_WORDS | BUILDING_WORDS and j < n and (
            cap[j] or lowers[j] in {"de", "del"} and j + 1 < n and cap[j + 1]):
        return True
    if hit.demonym and j < n and lowers[j] in ORG_HEADS and cap[j]:
        return True  # "the European Union", even where "Union" is also a place name
    # "the Ortega-Murillo regime": two surnames joined by a hyphen before a word for who rules, places or not
    if not country and j + 2 < n and texts[j] in DASHES and not spaces[j - 1] and not spaces[j] and cap[j + 1] \
            and lowers[j + 2] in RULERS_WORDS:
        return True
    if not country and i >= 1 and texts[i] in DASHES and not spaces[i - 1] and not spaces[i] and cap[i - 1] \
            and j < n and lowers[j] in RULERS_WORDS:
        return True
    # "Davis-Monthan Air Force Base": a town's name joined by a hyphen to a word that is no place
    if (not country and j + 1 < n and texts[j] in DASHES and not spaces[j - 1]
            and not spaces[j] and cap[j + 1] and j + 1 not in place_starts):
        return True
    return _in_company_name(tokens, j)


def _shares_head(hit: Hit, head: str) -> bool:
    """Is "<hit> <head>" a region or country the gazetteer knows ("Central" + "America")?"""
    from geo.prepared import get_gazetteer

    gaz = get_gazetteer()
    key = f"{hit.key} {head.lower()}"
    return key in gaz.index and any(e.kind in ("region", "country", "group") for e in gaz.key_candidates(key))


RULERS_WORDS = {"regime", "government", "administration", "dictatorship", "family", "couple", "clan", "presidency"}


def other_capital_district(hit: Hit, tokens: Doc) -> bool:
    """ "Bogotá, D.C." (Distrito Capital): another capital's district, not Washington (datelines too)."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    if hit.key.replace(".", "").replace(" ", "") != "dc" or hit.start == 0:
        return False
    k = hit.start - 1
    if texts[k] == "," and k > 0:
        k -= 1
    return capitalised_tokens(tokens)[k] and lowers[k] != "washington"


# Spanish words that open a settlement's or estate's own name: "Ciudad Morazán" (a gated town in Choloma),
# "Colonia Kennedy", "Aldea Los Planes", "Finca San Luis" are not Morazán, Kennedy or Los Planes
SETTLEMENT_OPENERS = {"Ciudad", "Colonia", "Barrio", "Aldea", "Caserío", "Caserio", "Residencial", "Villa", "Puerto",
                      "Hacienda", "Finca", "Reparto", "Lotificación", "Urbanización"}
# Spanish trades that open a business's name ("GASOLINERA EL TRIFINIO", "Importadora Laguna Salada", "Farmacia San
# Juan"): the rest is the firm's name, not the place it is named after
FIRM_OPENERS_ES = {"gasolinera", "importadora", "exportadora", "distribuidora", "comercializadora", "transportes",
                   "inversiones", "constructora", "farmacia", "ferreteria", "agropecuaria", "inmobiliaria",
                   "servicios", "comercial", "corporacion", "empresa", "hotel", "restaurante", "abarroteria",
                   "gasera", "naviera", "maderera", "ganadera"}


def settlement_named_after(hit: Hit, tokens: Doc, entries: list[Entry]) -> bool:
    """Is the hit the rest of a longer settlement name the gazetteer lacks ("Ciudad Morazán"), or of a business named
    by its trade ("GASOLINERA EL TRIFINIO")? A country stays ("Ciudad Guatemala" is how some write Guatemala City)."""
    if hit.start == 0 or entries and entries[0].kind == "country":
        return False
    texts = token_texts(tokens)
    k = hit.start - 1
    if texts[k] in SETTLEMENT_OPENERS:
        return True
    if k > 0 and texts[k].lower() in {"el", "la", "los", "las"}:
        k -= 1  # "Gasolinera El Trifinio"
    return texts[k][:1].isupper() and fold_accents(texts[k].lower()) in FIRM_OPENERS_ES


def _in_company_name(tokens: Doc, j: int) -> bool:
    """ "Consultoría Fiscal Santiago y Asociados, S.C.": a company's legal form closes the name."""
    # the per-Doc lists, not a Token per word: it runs for nearly every hit (0.8 % of the analysis, py-spy)
    texts, lowers, cap = token_texts(tokens), token_lowers(tokens), capitalised_tokens(tokens)
    def form_at(k: int) -> bool:  # a legal form opens at k (also "Transportes Florida S. de R.L.")
        return k < len(texts) and (texts[k] in COMPANY_FORMS or texts[k] == "S." and k + 2 < len(texts)
                                   and lowers[k + 1] == "de" and texts[k + 2].startswith("R.L"))

    for k in range(j, min(len(tokens), j + 6)):
        if form_at(k):
            return True
        if not (cap[k] or lowers[k] in {"y", "and", "&", "de", "del"} or texts[k] == "," and form_at(k + 1)):
            return False  # a comma only before the form ("…, S.C."): "Smyrna, Georgia, and Glock Ges.m.b.H." is a list
    return False


# a person's relatives: "Rincón's brother-in-law" is a person's, as "the Lobos' family" is a family's
KIN = {"brother", "sister", "wife", "husband", "son", "daughter", "father", "mother", "cousin", "nephew", "niece",
       "uncle", "aunt", "widow", "widower", "stepson", "stepdaughter", "stepfather", "stepmother", "grandson",
       "granddaughter", "grandfather", "grandmother", "fiancé", "fiancée", "girlfriend", "boyfriend"}  # "brother-in-law":
# the tokenizer splits at the hyphens, and "brother" comes first


def person_runs(tokens: Doc) -> list[tuple[int, int]]:
    """Token spans of people's names: capitalised runs after a title ("President Otto Pérez Molina"),
    of two words or more starting with a common first name ("Juan Carlos Monzón Rojas"), or followed by an
    alias ("Giovanny San Vicente, also known as …"). Their surnames written again: ``surnames_again``."""
    out: list[tuple[int, int]] = []
    first_names = common_first_names()
    texts, lowers = token_texts(tokens), token_lowers(tokens)  # a Token per word read took 3 % of the analysis
    cues = {i for i, w in enumerate(lowers) if w in ALIAS_WORDS} if _names_an_alias(doc_lower(tokens)) else set()
    capitalised = capitalised_tokens(tokens)
    covered = -1
    for i, low in enumerate(lowers):
        if i < covered or not capitalised[i] or low in TITLES:
            continue
        after_title = i > 0 and lowers[i - 1] in TITLES and texts[i - 1][:1].isupper()
        run_start = i == 0 or not capitalised[i - 1]
        first_name = run_start and fold_accents(low) in first_names and not token_stops(tokens)[i]
        aged = run_start and _age_follows(texts, i)
        initialled = run_start and i + 2 < len(texts) and _INITIAL.fullmatch(texts[i + 1]) is not None \
            and capitalised[i + 2] and texts[i + 2].isalpha()  # "Kezia M. Lucea": a middle initial makes a person
        kin = run_start and i > 1 and (lowers[i - 1] in KIN or lowers[i - 1] == "," and lowers[i - 2] in KIN  # "his
            # girlfriend, Eliande Tunis": a relative is a person, whatever the first name; so is "his partner, X"
            # (not "its partner, Costa Rica")
            or i > 2 and lowers[i - 1 - (lowers[i - 1] == ",")] == "partner"
            and lowers[i - 2 - (lowers[i - 1] == ",")] in {"his", "her"})
        described = run_start and _described_follows(lowers, i)  # "Kemar Andre Falmouth, a Jamaican national"
        given_second = run_start and _given_name_second(texts, lowers, capitalised, token_stops(tokens), i,
                                                        first_names)
        nicknamed = _nicknamed_end(texts, lowers, capitalised, i) if run_start else 0
        if nicknamed:  # "Wilner “Ti Bòs” Delmas, 36, of Tabarre": a nickname between the names, then an age
            out.append((i, nicknamed))
            covered = nicknamed
            continue
        if not (after_title or first_name or aged or initialled or kin or described or given_second
                or cues and run_start and _alias_follows(tokens, i, cues)):
            continue
        if after_title and low in HEADLINE_VERBS and title_line(tokens, i):
            continue  # "U.S. Ambassador Visits Saint Lucia and Grenada": the headline's verb opens no name
        j = _name_end(tokens, i)
        if after_title or first_name or initialled or kin or aged and _aged_at(texts, j) or _alias_after(tokens, j) \
                or described and _described_at(lowers, j) or given_second and j - i >= 4:
            if j - i >= 2 or after_title and j > i:  # a lone "Jordan" or "Victoria" is not a person
                out.append((i, j))
                covered = j
    return sorted(out + listed_entries(tokens) + byline_names(tokens))


# words that open a place's own name before a given name ("San José Pinula", "Ciudad Benito Juárez", "Villa
# Francisca"): such a run is a place, not a person whose first name the list lacks
PLACE_NAME_OPENERS = frozenset({"san", "santa", "santo", "são", "saint", "st", "st.", "sainte", "ciudad", "villa",
                                "puerto", "port", "fort", "nueva", "nuevo", "la", "el", "los", "las", "colonia",
                                "barrio", "aldea", "isla", "cerro", "río", "rio", "lago", "lake", "mount", "monte",
                                "playa", "bahía", "valle", "hacienda", "finca", "camp", "general", "presidente"})


def _given_name_second(texts: list[str], lowers: list[str], capitalised: list[bool], stops: list[bool], i: int,
                       first_names: Collection[str]) -> bool:
    """ "his running mate, Francia Elena Márquez Mina": a first name the list lacks ("Francia", also Spanish for
    France), then a common one, then surnames. The caller asks for four words in all, so "Tierra Blanca" or a
    town and its saint ("San José Villanueva") stays a place."""
    return i + 2 < len(texts) and texts[i].isalpha() and not texts[i].isupper() and lowers[i] not in PLACE_NAME_OPENERS \
        and not stops[i] and not stops[i + 1] and capitalised[i + 1] and fold_accents(lowers[i + 1]) in first_names \
        and capitalised[i + 2] and texts[i + 2].isalpha()  # not "Counternarcotics The Dominican Republic" (a heading,
    # then a sentence), nor "POB Felipe Carrillo Puerto"


NICK_QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}


def _nicknamed_end(texts: list[str], lowers: list[str], capitalised: list[bool], i: int) -> int:
    """End of "Wilner “Ti Bòs” Delmas" when an age or a description follows it (", 36,", ", a Haitian national"):
    a first name, a nickname in quotes, then one to three surnames; 0 otherwise."""
    n = len(texts)
    if not (capitalised[i] and i + 2 < n and texts[i + 1] in NICK_QUOTES):
        return 0
    q = next((k for k in range(i + 2, min(n, i + 7)) if texts[k] in NICK_QUOTES), None)
    if q is None or q == i + 2:
        return 0
    m = q + 1
    while m < n and m - q - 1 < 3 and capitalised[m] and texts[m].isalpha():
        m += 1
    return m if m > q + 1 and (_aged_at(texts, m) or _described_at(lowers, m)) else 0


def byline_names(tokens: Doc) -> list[tuple[int, int]]:
    """ "By JULIETA MORELOS and DAVID R. HOLLISTER": a line opening with "By" and holding only names, joined by "and"
    or commas, names the story's writers (a surname in capitals is no state of Mexico). Each may be followed by where
    they wrote from ("By Sofía Carrasco in Bluefields with Óscar Torres in San Salvador"), which stays a place."""
    texts = token_texts(tokens)
    n, out = len(tokens), []
    for k in range(n - 1):
        if texts[k] != "By" or k and "\n" not in tokens[k - 1].whitespace_ and not tokens[k - 1].is_space:
            continue
        m, runs, start, names_only, place = k + 1, [], None, True, False
        while m < n and not tokens[m].is_space:
            word = texts[m]
            if start is None and runs and m + 1 < n and texts[m + 1] == ":" or start is not None and m + 1 < n \
                    and texts[m + 1] == ":" and _INITIAL.fullmatch(texts[m - 1]):
                break  # "By X and Y D. Share: Facebook …": a page's label, once the cleaner joined its line on
            if place and (word[:1].isupper() or word == "de"):
                pass  # the place the writer wrote from
            elif word[:1].isupper() and (word.isalpha() or _INITIAL.fullmatch(word) is not None):
                start = m if start is None else start
            elif word == "in" and start is not None and m - start >= 2 and m + 1 < n and texts[m + 1][:1].isupper():
                runs.append((start, m))
                start, place = None, True
            elif word in {"and", ",", "with"} and (start is not None or place and word == "with"):
                if start is not None:
                    runs.append((start, m))
                start, place = None, False
            else:
                names_only = False
                break
            m += 1
            if "\n" in tokens[m - 1].whitespace_:
                break
        if names_only and (start is not None or place):
            runs += [(start, m)] if start is not None else []
            out += [(a, b) for a, b in runs if b - a >= 2]
    return out


# what a sanctions entry's line holds after the name: a date or place of birth, a nationality, "(individual)"
ENTRY_MARKS = frozenset({"DOB", "POB", "nationality", "Nationality", "individual"})
ALIAS_DOTS = {"a.k.a", "f.k.a", "n.k.a"}  # "(a.k.a. …)": the tokenizer splits the last dot off; no entry ends there


def listed_entries(tokens: Doc) -> list[tuple[int, int]]:
    """ "GOMEZ CORDOBA, Wilson Arley, Turbo, Antioquia, Colombia; DOB 30 Jan 1981", "AGUILAR MONTERREY, José Luis,
    nationality Mexico (individual)": a sanctions list's entry opens a line with the person's surnames in capitals,
    then a comma and the given names; the surnames are the person's."""
    low = doc_lower(tokens)
    if "dob " not in low and "(individual)" not in low and "nationality " not in low:
        return []
    texts = token_texts(tokens)
    out = []
    n = len(tokens)
    for i in range(n):
        if i and "\n" not in tokens[i - 1].whitespace_ and not tokens[i - 1].is_space \
                and texts[i - 1] not in {".", "]", ";"}:  # (cleaning may have joined the list's lines)
            continue
        k = i
        while k < n and k - i < 4 and texts[k].isalpha() and texts[k].isupper() and len(texts[k]) > 1:
            k += 1
        if k - i >= 1 and k + 1 < n and texts[k] == "," and texts[k + 1][:1].isupper() and texts[k + 1][1:].islower():
            line_end = next((m for m in range(k, min(n, k + 40)) if "\n" in tokens[m].whitespace_
                             or texts[m] == "." and texts[m - 1].lower() not in ALIAS_DOTS), min(n, k + 40))
            if not ENTRY_MARKS.isdisjoint(texts[k:line_end]):
                out.append((i, k))
                g = k + 1  # …and the given names after the comma ("GUEVARA OCANTO, Nairobi del Valle, Arica")
                while g < line_end and g - k <= 5 and (texts[g][:1].isupper() and texts[g].isalpha()
                                                        or texts[g] in GIVEN_PARTICLES):
                    g += 1
                if g < n and texts[g] in {",", ";"}:
                    out.append((k + 1, g))
    return sorted(out)


GIVEN_PARTICLES = {"del", "de", "la", "las", "los", "y"}  # inside given names: "Nairobi del Valle", "María de los Ángeles"


_INITIAL = re.compile(r"[A-Z]\.")


def _aged_at(texts: list[str], j: int) -> bool:
    """Is token ``j`` the ", 46," of "Eliande Tunis, 46, of Pompano Beach": a person's age after their name?"""
    return j + 2 < len(texts) and texts[j] == "," and texts[j + 1].isdigit() and len(texts[j + 1]) <= 2 \
        and texts[j + 2] in {",", "of", "and", ".", ";"}  # (also closing the sentence: "… Colón Arboleda, 38.")


# what an apposition calls a private person: "X, a Jamaican national", "Y, a Westmoreland businessman"
PERSON_NOUNS = {"national", "nationals", "citizen", "resident", "businessman", "businesswoman", "native", "man",
                "woman", "farmer", "fisherman", "lawyer", "teacher", "student", "dual"}


def _described_at(lowers: list[str], j: int) -> bool:
    """Is token ``j`` the ", a Jamaican national" of "Kemar Andre Falmouth, a Jamaican national" (or ", a 29-year-old"):
    an apposition calling the name before it a private person, in up to three words?"""
    return j + 2 < len(lowers) and lowers[j] == "," and lowers[j + 1] in {"a", "an"} \
        and (any(w in PERSON_NOUNS for w in lowers[j + 2:j + 5])
             or lowers[j + 2].isdigit() and lowers[j + 3:j + 6] == ["-", "year", "-"])  # ", a 29-year-old from …"


def _described_follows(lowers: list[str], i: int) -> bool:
    """Does a run of three or four words starting at ``i`` end in such an apposition? (Two words may be a place:
    "Spanish Town, a Jamaican …")"""
    return any(_described_at(lowers, j) for j in range(i + 3, min(len(lowers), i + 5)))


def _age_follows(texts: list[str], i: int) -> bool:
    """Does a capitalised run of two to four words starting at ``i`` end in an age (``_aged_at``)? Court releases
    name defendants so ("Walder St. Louis, 29,"), with first names no list holds."""
    return any(_aged_at(texts, j) for j in range(i + 2, min(len(texts), i + 5)))


def _name_end(tokens: Doc, start: int) -> int:
    """Where the capitalised run of a name that starts at ``start`` ends."""
    # the per-Doc lists and a compiled pattern, not a Token per word (1 % of the analysis, py-spy)
    texts, lowers, cap = token_texts(tokens), token_lowers(tokens), capitalised_tokens(tokens)
    stops = token_stops(tokens)
    n, j = len(tokens), start
    while j < n and (cap[j] or _INITIAL.fullmatch(texts[j])
                     or (lowers[j] in {"de", "del", "la", "st.", "ste."} and j + 1 < n and cap[j + 1])
                     or _hyphen_in_name(tokens, j, start)):
        if lowers[j] in TITLES or lowers[j] in ORG_HEADS:
            break
        if j > start and stops[j] and texts[j].isupper() and len(texts[j]) > 1:
            break  # "LISA MAKES LANDFALL ON THE COAST": an all-caps headline's "ON" or "THE" is in no name
        if j > start and lowers[j] in HEADLINE_VERBS and title_line(tokens, j):
            break  # "Ambassador Laura Dogu Visits Choluteca": the headline's verb ends the name
        j += 1
    return j


ALIAS_CUES = ("also known as", "a.k.a.", "aka", "alias")
ALIAS_WORDS = {"also", "a.k.a.", "aka", "alias"}
_ALIAS_TEXT = re.compile(r"also known as|\ba\.?k\.?a\b|\balias\b")  # on lower-cased text; most texts: no pass over tokens


def _names_an_alias(low: str) -> bool:
    """Does the lower-cased text say "also known as", "alias" or "a.k.a." anywhere? Plain substring tests first
    (every match of the pattern holds one of them): the pattern alone took 1 % of the analysis."""
    return any(s in low for s in ("also known as", "alias", "aka", "a.k", "ak.a")) and bool(_ALIAS_TEXT.search(low))


def _alias_after(tokens: Doc, j: int) -> bool:
    """ "Giovanny San Vicente, also known as "Giovanni"": a name with an alias is a person's or a group's, not a
    place's, however placelike its words (sanctions lists and rewards offers write every name so)."""
    texts = token_texts(tokens)
    if j + 1 >= len(tokens) or texts[j] not in {",", "("}:
        return False
    following = tokens[j + 1:j + 5].text.lower()
    return following.startswith(ALIAS_CUES)


def _alias_follows(tokens: Doc, start: int, cues: set[int]) -> bool:
    """Cheap test first: does an alias cue (token indices ``cues``) come within a name's length of ``start``?"""
    return any(start + k in cues for k in range(2, 9)) and _alias_after(tokens, _name_end(tokens, start))


def _hyphen_in_name(tokens: Doc, j: int, start: int) -> bool:
    """A hyphen joining two capitalised words of a name ("John Lindsay-Poland", "Ana García-Luna")."""
    texts = token_texts(tokens)
    if j <= start or texts[j] not in {"-", "‐"}:
        return False
    spaces = token_spaces(tokens)
    return j + 1 < len(tokens) and not spaces[j - 1] and not spaces[j] and capitalised_tokens(tokens)[j + 1]


def surnames_again(tokens: Doc, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A full name's two surnames written again on their own ("Karla Vanessa Lima Mendoza (Lima
    Mendoza)", "JORDAN CERVANTES, Michel Angel" in a sanctions list) are that person still."""
    pairs = {tuple(fold_accents(t.lower_) for t in tokens[e - 2:e]) for s, e in runs
             if e - s >= 3 or e - s == 2 and all(t.is_upper for t in tokens[s:e])}  # ("RIVAS CASTELLÓN, Ana Julia;
    # DOB …": a sanctions entry's surnames, written in capitals before the given names)
    if not pairs:
        return []
    inside = {i for s, e in runs for i in range(s, e)}
    folded = [fold_accents(w) for w in token_lowers(tokens)]
    return [(i, i + 2) for i in range(len(tokens) - 1)
            if (folded[i], folded[i + 1]) in pairs and i not in inside and _capitalised(tokens[i])]


# Spanish heads of an office or institution: "Gobierno de México", "Secretaría de Seguridad de Honduras",
# "Embajada de Estados Unidos" name the place as English "Government of Mexico" does (OF_ORG_HEADS' Spanish
# counterparts, "Banco de Guatemala", "Universidad de Costa Rica", stay names).
OFFICE_HEADS_ES = {
    "gobierno", "presidente", "presidenta", "presidencia", "vicepresidente", "vicepresidenta", "canciller", "cancillería",
    "ministro", "ministra", "ministerio", "secretaría", "secretario", "secretaria", "viceministro", "viceministra",
    "subsecretario", "subsecretaria", "embajada", "embajador", "embajadora", "consulado", "cónsul", "fiscal", "fiscalía",
    "policía", "fuerzas", "ejército", "congreso", "asamblea", "corte", "procuraduría", "director", "directora",
    "dirección", "alcaldía", "alcalde", "alcaldesa", "gobernador", "gobernadora", "gobernación", "república",
    "departamento", "municipio", "comisionado", "comisionada", "comisión", "pueblo", "ciudad", "frontera", "costa"}
GEOGRAPHIC_HEADS_ES = {"departamento", "municipio", "ciudad", "frontera", "costa", "pueblo"}
OF_ORG_HEADS_ES = {"banco", "universidad", "declaración", "cartel", "cártel", "tren", "voz", "colegio", "organización",
                   "instituto", "escuela", "academia", "federación", "amigos", "obispo", "arquidiócesis", "club", "puente",
                   "catedral", "iglesia", "basílica", "sociedad", "copa", "hotel", "hospital", "plan", "programa"}


def head_of_longer_name(hit: Hit, tokens: Doc, entries: list[Entry], large_starts: set[int]) -> bool:
    """ "Los Planes de Gualaca", "Santa Rosa de Aguán": a town's name that goes on with "de" and a capitalised
    word is the head of a longer name, not the town of the head's name; unless the word opens a country's or
    a division's name ("San José de Costa Rica": the capital is meant). ``large_starts``: where those open."""
    j = hit.end
    if hit.part or j + 1 >= len(tokens) or any(e.kind in ("country", "admin1", "region") for e in entries[:1]):
        return False
    lowers = token_lowers(tokens)
    if lowers[j] not in {"de", "del"}:
        return False
    k = j + 1 + (lowers[j + 1] in {"la", "los", "las"})
    return k < len(tokens) and _capitalised(tokens[k]) and k not in large_starts and j + 1 not in large_starts


def spanish_compound(hit: Hit, tokens: Doc) -> bool:
    """"Cartel de Sinaloa", "Tren de Aragua", "Santo Tomás de Castilla": the tail of a longer name —
    unless the name is an office's or institution's ("Secretaría de Seguridad de Honduras")."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    i = hit.start - 1
    if hit.part or i < 1:
        return False
    if feature_head(hit, tokens):
        return True
    if lowers[i] in {"la", "los", "las"} and i >= 2 and lowers[i - 1] == "de":
        i -= 1  # "Guatemala de la Asunción": the city's full name, not Asunción
    if lowers[i] not in {"de", "del"}:
        return False
    if not (_capitalised(tokens[i - 1]) or (i >= 2 and lowers[i - 1] == "la" and _capitalised(tokens[i - 2]))):
        return False
    k = i - 1
    while k >= 0 and i - k <= 10 and (_capitalised(tokens[k]) or lowers[k] in PARTICLES):
        word = lowers[k]
        if word in OF_ORG_HEADS_ES:
            return True
        if word in OFFICE_HEADS_ES and (word not in GEOGRAPHIC_HEADS_ES or texts[k].islower()):
            return False  # "departamento de Atlántida" names it; "Departamento de Justicia" is a body
        if tokens[k].is_sent_start:
            break
        k -= 1
    return True


# Spanish nouns of natural features: "Laguna de Perlas", "Río de la Pasión" are one feature's name, and their
# first word alone is not the town it also names (Laguna, California)
FEATURE_NOUNS_ES = {"laguna", "lago", "río", "rio", "cerro", "bahía", "bahia", "isla", "islas", "punta", "playa",
                    "valle", "sierra", "volcán", "volcan", "golfo", "cabo", "cayo", "cayos", "estero", "barra"}


def feature_head(hit: Hit, tokens: Doc) -> bool:
    """Is the hit a feature noun heading a longer name the gazetteer lacks ("Laguna de Perlas")?"""
    lowers = token_lowers(tokens)
    j = hit.end
    return (hit.end - hit.start == 1 and hit.key in FEATURE_NOUNS_ES and j + 1 < len(tokens)
            and lowers[j] in {"de", "del"} and (_capitalised(tokens[j + 1]) or lowers[j + 1] in {"la", "los", "las"}))


# heads of bodies that carry a quoted name: Asociación de Jóvenes Emprendedores "Nueva Esperanza"
QUOTED_NAME_HEADS = {"asociación", "asociacion", "cooperativa", "fundación", "fundacion", "grupo", "red", "colectivo",
                     "comité", "comite", "movimiento", "empresa", "proyecto", "programa", "escuela", "colegio",
                     "centro", "instituto", "association", "cooperative", "foundation", "group", "network",
                     "committee", "movement", "company", "project", "program", "programme", "school", "center",
                     "centre", "club", "operation", "operación", "operacion", "campaign", "campaña"}
NAME_JOINS = {"de", "del", "la", "las", "los", "el", "y", "of", "the", "and", "for", "para"}


def quoted_alias(hit: Hit, tokens: Doc) -> bool:
    """A nickname (a/k/a "El Tigre", alias "Chapo"), or the quoted name of a body (Asociación de Jóvenes
    Emprendedores "Nueva Esperanza", Operation "Nueva Esperanza"): a name, not where anything is."""
    i = hit.start - 1
    if hit.part or i < 1 or not token_quotes(tokens)[i]:  # a list read, not a Token per hit
        return False
    before = tokens[max(0, i - 5):i].text.lower().replace(" ", "")
    if before.endswith(("a/k/a", "aka", "a.k.a", "a.k.a.", "f.k.a.", "alias", "as", "called", "nicknamed", "known")):
        return True
    if _inside_a_name(hit, tokens):
        return True
    k = i - 1
    while k >= 0 and i - k <= 8 and (tokens[k].text[:1].isupper() and tokens[k].is_alpha
                                      or tokens[k].lower_ in NAME_JOINS):
        if tokens[k].lower_ in QUOTED_NAME_HEADS:
            return True
        k -= 1
    return False


def _inside_a_name(hit: Hit, tokens: Doc) -> bool:
    """Joaquín "El Chapo" Guzmán: a quoted name between two capitalised names is a person's nickname."""
    i, j = hit.start - 1, hit.end
    quotes = token_quotes(tokens)
    return (i >= 1 and j + 1 < len(tokens) and quotes[j] and tokens[i - 1].is_alpha and tokens[j + 1].is_alpha
            and tokens[i - 1].text[:1].isupper() and tokens[j + 1].text[:1].isupper()
            and not token_stops(tokens)[i - 1] and not token_stops(tokens)[j + 1])


DIVISION_AFTER = {"state", "states", "department", "departments", "province", "provinces", "parish"}


def division_cue(hit: Hit, tokens: Doc) -> bool:
    """"the departments of Huehuetenango and San Marcos", "the state of Chiapas", and the word in lower case after
    the name ("Chihuahua state", "New York state", "the Olancho and Colón departments"): prefer divisions."""
    lowers = token_lowers(tokens)
    if hit.end < len(lowers) and lowers[hit.end] in DIVISION_AFTER and token_texts(tokens)[hit.end] == lowers[hit.end]:
        return True
    if DIVISION_CUES.isdisjoint(lowers[max(0, hit.start - 6):hit.start]):
        return False  # most hits: one test in C, no generator (this and ``town_cue``: 1 % of the analysis)
    return any(lowers[k] in DIVISION_CUES and k + 1 < len(lowers) and lowers[k + 1] in {"of", "de", "del"}
               for k in range(max(0, hit.start - 6), hit.start))


# A municipality (municipio) is below the first-level division nearly everywhere in the region, and its seat is
# the town of its name: "the municipalities of San Andrés and La Libertad" (Petén) are towns, not departments.
TOWN_CUES = {"city", "cities", "town", "towns", "village", "villages", "ciudad", "ciudades", "pueblo", "municipality",
             "municipalities", "municipio", "municipios"}


def town_cue(hit: Hit, tokens: Doc) -> bool:
    """ "near the city of Matanzas", "the towns of Tela and La Ceiba": prefer the town over the division or
    region of the same name. The cue word in lower case ("Port of Spain", "City of London" are names)."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)  # plain lists: no Token made per word
    if _described_as_town(hit, texts):
        return True
    if TOWN_CUES.isdisjoint(texts[max(0, hit.start - 6):hit.start]):
        return False  # most hits: one test in C, no generator
    return any(texts[i] in TOWN_CUES and lowers[i + 1] in {"of", "de", "del"}
               for i in range(max(0, hit.start - 6), hit.start) if i + 1 < len(texts))


APPOSITIVE_TOWNS = {"town", "city", "village", "port", "hamlet", "community", "municipality"}


def _described_as_town(hit: Hit, texts: list[str]) -> bool:
    """ "near Costa Rica, a town south of Culiacán", "Santa Cruz, a small fishing village": the text says in
    apposition that the place is a town (up to two words before the noun)."""
    j = hit.end
    if not (j + 2 < len(texts) and texts[j] == "," and texts[j + 1] in {"a", "an", "the"}):
        return False
    return any(texts[k] in APPOSITIVE_TOWNS for k in range(j + 2, min(j + 5, len(texts))))


def article_cue(hit: Hit, tokens: Doc) -> bool:
    """ "in the Darién.", "across the Petén": a bare name after "the" is an area (a region, a division, a feature),
    rarely a town; not when the name modifies a noun after it ("the Darien police")."""
    texts = token_texts(tokens)
    if hit.start == 0 or texts[hit.start - 1] != "the":
        return False
    return hit.end >= len(tokens) or token_puncts(tokens)[hit.end] or token_stops(tokens)[hit.end]


LIST_CITY = 50_000  # people: a qualifier that is also a city this large, inside a list, is one of its items


def _in_list(hit: Hit, q: Hit, texts: list[str], by_start: dict[int, Hit]) -> bool:
    """Is ``q`` an item of a list of towns rather than the hit's division ("in Managua, León, Masaya and Estelí",
    "including Choluteca, Nacaome, Siguatepeque and El Progreso"; not "the ports of Douglas, Arizona, Santa Teresa,
    New Mexico, and Del Rio, Texas")? It is when it is only a town, or also a large city, and the list goes on to
    "and"/"or" and a place, with the hit or another item before it."""
    from geo.prepared import get_gazetteer

    gaz = get_gazetteer()
    readings = gaz.key_candidates(q.key)
    town_only = any(e.kind == "city" for e in readings) and not any(e.kind in ("admin1", "country") for e in readings)
    if not town_only and not any(e.kind == "city" and e.population >= LIST_CITY for e in readings) \
            and not _divisions_listed(gaz, hit, q, texts, by_start):
        return False  # "Arizona" in "Douglas, Arizona, Santa Teresa, New Mexico, and …" is a division
    k, items = q.end, int(hit.start > 1 and texts[hit.start - 1] == ",")
    while k + 1 < len(texts) and texts[k] == "," and k + 1 in by_start:
        k, items = by_start[k + 1].end, items + 1
    if k < len(texts) and texts[k] == "," and k + 1 < len(texts) and texts[k + 1] in {"and", "or"}:
        k += 1  # the serial comma
    return (items >= 1 or texts[hit.start - 1] == "of") and k + 1 < len(texts) \
        and texts[k] in {"and", "or"} and k + 1 in by_start  # "the villages of San Antonio, San José and …"


def _divisions_listed(gaz, hit: Hit, q: Hit, texts: list[str], by_start: dict[int, Hit]) -> bool:
    """Are the hit, ``q`` and the item after ``q`` all divisions of one country ("all seven provinces: San José,
    Alajuela, Cartago, …")? Then ``q`` is the list's next item, not the province of a town named San José."""
    after = by_start.get(q.end + 1) if q.end + 1 < len(texts) and texts[q.end] == "," else None
    if after is None:
        return False
    countries = [{e.country for e in gaz.key_candidates(h.key) if e.kind == "admin1"} for h in (hit, q, after)]
    return bool(countries[0] & countries[1] & countries[2])


def qualifier(hit: Hit, tokens: Doc, by_start: dict[int, Hit]) -> Hit | None:
    """The place that qualifies this one: "Mobile, Alabama", "La Ceiba, Honduras", "Brownsville, in Cameron County"."""
    texts = token_texts(tokens)
    j = hit.end
    if j + 1 < len(tokens) and texts[j] in {",", "and"} and (j + 1) in by_start:
        state = _state_after_list(hit, tokens, by_start)
        if state is not None:
            return state
    if j + 1 < len(tokens) and texts[j] == "," and (j + 1) in by_start:
        q = by_start[j + 1]
        if q.demonym:
            return None  # "in San Lorenzo and Choluteca, Guatemalan women …": an adjective, not where the town is
        after = tokens[q.end] if q.end < len(tokens) else None
        if after is not None and after.is_alpha and after.text[:1].isupper() and not after.is_sent_start:
            return None  # "In Kingston, U.S. Ambassador …": the next name's adjective, not a qualifier
        if _in_list(hit, q, texts, by_start):  # "in Managua, León, Masaya and Estelí": the second item of a list,
            end = _list_end(hit, texts, by_start)  # not the first's place; the list's division, if any, is
            return _in_division(end, tokens, by_start) if end > j else None
        b = q.end
        if b + 2 < len(texts) and texts[b] == "(" and (b + 1) in by_start and texts[by_start[b + 1].end] == ")":
            return None  # "Eldorado, Costa Rica (Sinaloa), Elota": a list's next item, with a qualifier of its own
        return q
    q = _in_division(j, tokens, by_start)
    if q is None:  # "the villages of San Antonio, San José and Indian Creek, in the Toledo District": the list's
        end = _list_end(hit, texts, by_start)  # division is each item's
        q = _in_division(end, tokens, by_start) if end > j else None
    if q is not None:
        return q
    if j + 2 < len(tokens) and texts[j] == "(" and (j + 1) in by_start:
        q = by_start[j + 1]  # "Costa Rica (Sinaloa)": a place in brackets right after a name says where it is
        if q.end < len(tokens) and texts[q.end] == ")" and not q.demonym:
            return q
    return _bracketed_after(hit, texts, by_start) or _division_before(hit, texts, by_start) \
        or _in_country_after(hit, texts, by_start)


def _state_after_list(hit: Hit, tokens: Doc, by_start: dict[int, Hit]) -> Hit | None:
    """ "in McAllen, Hidalgo and Mission, Texas": a U.S. state after a list of three towns or more is every item's
    when each item has a town in that state, and none a far larger one elsewhere ("in Managua, León and Houston,
    Texas" names Houston's state only)."""
    from geo.prepared import get_gazetteer
    from geo.resolve import within

    texts, n = token_texts(tokens), len(tokens)
    by_end = {h.end: h for h in by_start.values()}
    first = hit
    while first.start > 1 and texts[first.start - 1] == "," and first.start - 1 in by_end:
        first = by_end[first.start - 1]  # back to the list's first town ("McAllen, Hidalgo and …")
    items, j, joined = [first], first.end, False
    while j + 1 < n and len(items) < 12:
        k = j + (texts[j] in {",", "and", "or"}) + (texts[j] == "," and texts[j + 1] in {"and", "or"})
        if k == j or k not in by_start:
            break
        joined |= texts[k - 1] in {"and", "or"}
        items.append(by_start[k])
        j = by_start[k].end
        if joined and texts[k - 1] == ",":
            break  # the state after the last town ("… and Mission, Texas")
    q = items[-1]
    if len(items) < 4 or not joined or texts[q.start - 1] != "," or q.demonym \
            or q.end < n and texts[q.end][:1].isupper() and texts[q.end].isalpha():
        return None
    gaz = get_gazetteer()
    states = [e for e in gaz.key_candidates(q.key) + gaz.key_candidates(f"{q.key} state")
              if e.kind == "admin1" and e.country == "US"]
    if not states:
        return None
    for h in items[:-1]:
        towns = [e for e in gaz.key_candidates(h.key) if e.kind == "city"]
        inside = max((e.population for e in towns if within(e, states[0])), default=-1)
        if inside < 0 or any(e.population > 10 * max(inside, 1000) for e in towns if not within(e, states[0])):
            return None  # no town of the name there, or a far larger one elsewhere: "Miami, Boston, Brooklyn and
            # Springfield, Ohio", "in San Diego and El Paso, Texas" name the state of the last town only
    return q


def _in_country_after(hit: Hit, texts: list[str], by_start: dict[int, Hit]) -> Hit | None:
    """ "trade moves through Puerto Cortés in Honduras, … Acajutla in El Salvador", "Freeport, in The Bahamas": a country
    named with "in" right after a place says where it is (Honduras's port, not Costa Rica's)."""
    from geo.prepared import get_gazetteer

    j = hit.end
    j += j + 2 < len(texts) and texts[j] == "," and texts[j + 1] == "in"  # "Freeport, in The Bahamas"
    if not (j + 1 < len(texts) and texts[j] == "in"):
        return None
    k = j + 1
    q = by_start.get(k) or (by_start.get(k + 1) if texts[k].lower() == "the" else None)
    if q is None or q.demonym or q.end < len(texts) and texts[q.end] in {"'s", "’s"}:
        return None  # (not "in Panama's Darién province": the country's division says where)
    gaz = get_gazetteer()
    readings = gaz.key_candidates(q.key)
    if not readings or readings[0].kind != "country":
        return None
    country = readings[0].country  # and only for a name with a reading there ("the U.S. Mission in Mexico" is no
    return q if any(e.country == country for e in gaz.key_candidates(hit.key)) else None  # town of Mission)


NEAR_WORDS = {"near", "around", "outside"}


def _division_before(hit: Hit, texts: list[str], by_start: dict[int, Hit]) -> Hit | None:
    """ "highways in Petén near Santa Elena and Flores": the division or country named with "in" right before "near"
    and a list of towns says where the towns are."""
    from geo.prepared import get_gazetteer

    by_end = {h.end: h for h in by_start.values()}
    first = hit
    while first.start > 1 and texts[first.start - 1] in {",", "and", "or"} and first.start - 1 in by_end:
        first = by_end[first.start - 1]  # back over the list's earlier items ("Santa Elena and Flores")
    k = first.start - 1
    if k < 2 or texts[k] not in NEAR_WORDS:
        return None
    q = by_end.get(k)  # (not "in Alajuela, near San José": a comma sets the town apart, a landmark near there)
    if q is None or q.demonym or q.start < 1 or texts[q.start - 1] != "in":
        return None
    readings = get_gazetteer().key_candidates(q.key)
    return q if any(e.kind in ("admin1", "country") for e in readings) else None


DIVISION_WORDS_AFTER = {"province", "department", "state", "parish", "district", "region"}


def _in_division(j: int, tokens: Doc, by_start: dict[int, Hit]) -> Hit | None:
    """The division named after ", in" at ``j`` ("Roma, in Starr County", "Cabo Rojo, in Pedernales province",
    "…, in the Toledo District", "Tecoluca, in the department of San Vicente"), or None."""
    texts, n = token_texts(tokens), len(tokens)
    if not (j + 2 < n and texts[j] == "," and texts[j + 1] == "in"):
        return None
    k = j + 2 + (texts[j + 2] == "the")
    q = by_start.get(k)
    if q is not None:
        if texts[q.end - 1] in US_COUNTY_WORDS or q.end < n and token_lowers(tokens)[q.end] in DIVISION_WORDS_AFTER:
            return q  # a U.S. county, or a division named with its word, says where the town is
        if k > j + 2 and texts[q.end - 1] in DESIGNATED_DIVISIONS:
            return q  # "in the Toledo District"
    if j + 5 < n and texts[j + 2] == "the" and texts[j + 3] in DIVISION_WORDS_AFTER - {"region"} \
            and texts[j + 4] == "of" and (j + 5) in by_start:
        return by_start[j + 5]  # "Tecoluca, in the department of San Vicente"
    return None


DESIGNATED_DIVISIONS = {"District", "Department", "Province", "Parish", "State"}


def _list_end(hit: Hit, texts: list[str], by_start: dict[int, Hit]) -> int:
    """The end of the list of names the hit opens or stands in ("San Antonio, San José and Indian Creek"), or
    the hit's end when no other name follows it."""
    j, n = hit.end, len(texts)
    while j + 1 < n:
        k = j + (texts[j] in {",", "and", "or"}) + (texts[j] == "," and j + 1 < n and texts[j + 1] in {"and", "or"})
        if k == j or k not in by_start:
            break
        j = by_start[k].end
        while j < n and texts[j][:1].isupper() and texts[j].isalpha():
            j += 1  # the longest name at that start ("Indian Creek", not "Indian")
    return j


def _bracketed_after(hit: Hit, texts: list[str], by_start: dict[int, Hit]) -> Hit | None:
    """ "in Cauca (Argelia, Suárez and Buenos Aires)": the place before a bracketed list says where its towns are."""
    k = hit.start - 1
    while k > 0 and hit.start - k <= 12 and texts[k] not in {"(", ")", ".", ";", ":"}:
        k -= 1
    if k <= 0 or texts[k] != "(" or not any(texts[m] == ")" for m in range(hit.end, min(len(texts), hit.end + 12))):
        return None
    q = next((h for h in by_start.values() if h.end == k and not h.demonym), None)
    return q
