"""How strongly the text says a name is a place, and which weakly evidenced places to leave out.

A name that is also a surname ("a trafficker called Molina"), part of a family name ("the Lobos’
family"), part of a hyphenated word ("Agri-business") or of a quoted programme title is not a place,
and nothing in a blank pipeline tells it from one except the company it keeps. So a small place in
a country the document never names must show strong evidence — a dateline, a qualifier ("Molina,
Chile"), a locative word before it ("in", "from", "the city of") or a division cue — or it is left
out: a wrong dot on another continent costs a presenter more than a missed village.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection

from spacy.tokens import Doc

from geo.context import KIN, ORG_HEADS, title_line
from geo.gazetteer import US_COUNTY_WORDS, Entry, km, norm
from geo.matching import Hit
from geo.prepared import get_gazetteer
from model.buildings import BUILDING_WORDS
from model.first_names import common_first_names, fold_accents
from model.nlp import doc_text, sentence_at, token_lowers, token_spaces, token_texts

# Words right before a name that say it is somewhere.
LOCATIVE = {"in", "from", "to", "at", "near", "outside", "across", "through", "throughout", "into", "toward",
            "towards", "via", "visited", "visit", "visits", "visiting", "inside", "within", "around", "entered",
            "reached", "reaching", "reach", "reaches", "arrived", "arriving", "between", "northern", "southern",
            "eastern", "western", "central", "downtown",
            "rural", "en", "desde", "hacia", "city", "town", "municipality", "village", "port", "department",
            "state", "province", "capital", "region", "island", "border"}
# "to" after these says what a thing is tied to, not where anyone goes ("rains linked to El Niño", "due to X")
NOT_MOTION_TO = {"linked", "related", "due", "thanks", "according", "attributed", "tied", "owing", "compared",
                 "similar", "contributed", "contributing", "subject", "pursuant", "prior", "equivalent", "akin"}


def tied_to(tokens: Doc, i: int) -> bool:
    """Is token ``i`` a "to" that ties a thing to the name after it ("linked to", "due to"), not a place to go?"""
    lowers = token_lowers(tokens)
    return lowers[i] == "to" and i > 0 and lowers[i - 1] in NOT_MOTION_TO
BOUND = {"bound", "headed", "destined", "departed", "departing", "sailed", "flights", "flight", "left"}  # … for X
# "of" counts only after these ("the city of X", "the state of X").
OF_PLACE = {"city", "town", "municipality", "village", "port", "department", "state", "province", "capital",
            "cities", "towns", "villages", "ports", "communities", "community", "provinces", "parishes", "parish",
            "region", "island", "islands", "outskirts", "streets", "people", "residents", "mayor", "governor",
            "north", "south", "east", "west", "coast", "border", "municipalities", "departments", "states"}
AFTER_PLACE = {"department", "state", "province", "municipality", "city", "region", "border", "coast", "river",
               "airport", "port", "valley", "highlands", "corridor", "island", "islands"}
# The same cues in Spanish text (read only there: English "a" is an article, not "to").
LOCATIVE_ES = {"a", "al", "en", "desde", "hacia", "hasta", "entre", "por", "visitó", "visitará", "llegó", "ciudad",
               "municipio", "departamento", "puerto", "capital", "región", "isla", "frontera", "aldea", "norte",
               "sur", "oriente", "occidente", "centro", "noroccidente", "nororiente", "suroccidente"}
OF_PLACE_ES = {"ciudad", "municipio", "municipios", "departamento", "departamentos", "puerto", "capital", "región",
               "isla", "islas", "aldea", "aldeas", "comunidad", "comunidades", "pobladores", "habitantes", "alcalde",
               "alcaldesa", "gobernador", "gobernadora", "norte", "sur", "este", "oeste", "costa", "frontera", "zona",
               "estado", "provincia", "provincias", "ciudades", "afueras", "calles"}
AFTER_PLACE_ES = {"departamento", "municipio", "ciudad", "región", "frontera", "costa", "río", "aeropuerto", "puerto"}
FAMILY = {"family", "families", "clan", "brothers", "sisters", "siblings", "cartel's"}
APOSTROPHES = {"'", "’", "'s", "’s", "s'", "s’"}
# words that join a name to the acronym the text defines for it ("… Protection and Enhancement Initiative (TAIPEI)")
STORMS = {"hurricane", "typhoon", "cyclone"}
PLURAL_STORMS = {"hurricanes", "storms", "typhoons", "cyclones"}  # "tropical storms Amanda and Cristóbal"
ACRONYM_JOINS = {"and", "of", "for", "the", "on", "to", "in", "de", "del", "la", "el", "y", "&"}
QUOTES = {'"', "“", "”", "«", "»", "‘", "’"}
TITLE_HEADS = {"program", "programme", "initiative", "law", "act", "plan", "strategy", "campaign", "project",
               "operation", "fund", "agreement", "accord", "declaration", "report", "award", "prize"}
TITLE_HEADS_ES = {"programa", "iniciativa", "ley", "plan", "estrategia", "campaña", "proyecto", "operación", "fondo",
                  "acuerdo", "declaración", "informe", "premio", "denominado", "denominada", "llamado", "llamada",
                  "titulado", "titulada"}
PLACE_SUFFIXES = {"based", "born", "bound", "area", "region", "wide", "raised", "registered", "headquartered"}
CALENDAR = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
CAPITAL_BIG = 500_000  # people: a capital this large is known enough to draw on weak evidence
MEGACITY = 5_000_000  # and any city this large
BIG_NAMED = 1_000_000  # a city this large in a country the document names is drawn wherever it is
FAR_KM = 1500  # a weakly evidenced place farther than this from every firmly located one is left out


_LOCATIVE_BOTH = LOCATIVE_ES | LOCATIVE  # Spanish text: made once, not per hit
SITE_HEADS = {"base", "station", "airport", "airfield", "port", "center", "centre", "facility", "camp", "fort",
              "academy", "university", "hospital", "prison", "crossing", "bridge"}


def strong_evidence(hit: Hit, tokens: Doc, dateline: bool, qualified: bool) -> bool:
    """A dateline, a qualifier, a locative word before the name or a place word after it."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    if dateline or qualified:
        return True
    spanish = tokens.lang_ == "es"
    locative, of_place = (_LOCATIVE_BOTH, OF_PLACE_ES) if spanish else (LOCATIVE, OF_PLACE)
    i = hit.start - 1
    if i >= 0 and (lowers[i] == "the" or spanish and lowers[i] in {"el", "la", "los", "las"}):
        i -= 1
    if i >= 0:
        prev = lowers[i]
        if prev == "of" or spanish and prev in {"de", "del"}:
            # Spanish: "el departamento de Atlántida", never "el Departamento de Justicia"
            if i >= 1 and lowers[i - 1] in of_place and not (spanish and texts[i - 1][:1].isupper()):
                return True
        elif prev in locative and not tied_to(tokens, i):
            return True
        elif prev == "for" and i >= 1 and lowers[i - 1] in BOUND:  # "containers bound for Rotterdam"
            return True
        if prev in {"as", "including", "like"}:  # "ports such as Manzanillo", "cities including León"
            k = i - 1 - (prev == "as" and i >= 1 and lowers[i - 1] == "such")
            if any(w in OF_PLACE for w in lowers[max(0, k - 2):k + 1]):
                return True
    if i >= 1 and texts[i] == "," and lowers[i - 1] in SITE_HEADS and texts[i - 1][:1].isupper():
        return True  # "Davis-Monthan Air Force Base, Arizona": a named site, then where it is
    j = hit.end  # "Cortés department", "the Cortés and Atlántida departments"
    for k in range(j, min(len(tokens), j + 8)):  # the per-Doc lists, not a Token per word (0.5 %, py-spy)
        low = lowers[k]
        if low in AFTER_PLACE or spanish and low in AFTER_PLACE_ES:
            return True
        if not (texts[k][:1].isupper() or low in {",", "and", "y", "or"}):
            return False
    return False


VESSELS = {"submarine", "frigate", "destroyer", "corvette", "cruiser", "warship", "cutter", "tanker", "freighter",
           "trawler", "yacht", "schooner", "barge", "tugboat", "icebreaker", "ship", "vessel", "sailboat", "tallship",
           "barque", "steamship", "steamer", "ferry", "liner", "gunboat", "dredge", "yola", "panga", "skiff", "boat",
           "lancha", "cayuco"}  # (the small boats of migrant voyages and smuggling: the yola “Boca Chica”)
OPENING_QUOTES = {'"', "“", "'", "‘"}
SHIP_PREFIXES = {"USNS", "USS", "USCGC", "CGC", "HMS", "HMCS", "HNLMS", "HMBS", "HMJS", "TTS", "ARC", "BAP", "ARM"}
# "USNS Comfort", "ARC Gloria", "the Dutch ship HNLMS Holland"
NAMING_WORDS = {"named", "christened", "dubbed", "called", "renamed"}  # "The boats, named Dieppe Bay and Cayon"


def family_names(tokens: Doc) -> frozenset[tuple[str, str]]:
    """The two surnames a family is named by ("the Chiquimula Salguero family": ("chiquimula", "salguero")), once per
    Doc: the pair written again names the family still."""
    found = tokens.user_data.get("family_names")
    if found is None:
        texts, lowers = token_texts(tokens), token_lowers(tokens)
        found = tokens.user_data["family_names"] = frozenset(
            (norm(texts[i]), lowers[i + 1]) for i in range(len(tokens) - 2)
            if lowers[i + 2] in FAMILY and texts[i][:1].isupper() and texts[i + 1][:1].isupper()
            and tokens[i].is_alpha and tokens[i + 1].is_alpha)
    return found


def ship_names(tokens: Doc) -> frozenset[str]:
    """The names (folded) the text gives a ship ("the sailing ship Cuauhtémoc"), once per Doc: the ship's name
    written again alone is the ship still."""
    found = tokens.user_data.get("ship_names")
    if found is None:
        texts, lowers = token_texts(tokens), token_lowers(tokens)
        names = set()
        for i in range(1, len(tokens) - 1):
            k = i + 3 if i + 3 < len(tokens) and texts[i + 1] == "," and texts[i + 2] == "the" else i + 1
            # (or in apposition: "a Russian nuclear-powered submarine, the Kazan, and the frigate …")
            if lowers[i] in VESSELS and texts[k][:1].isupper() and tokens[k].is_alpha \
                    and not (k + 1 < len(tokens) and texts[k + 1][:1].isupper()):  # one-word names only
                names.add(norm(texts[k]))
        found = tokens.user_data["ship_names"] = frozenset(names)
    return found


PLURAL_VESSELS = {"cutters", "ships", "vessels", "frigates", "destroyers", "warships", "submarines", "patrol boats",
                  "boats", "tankers", "freighters"}
ADDRESS_UNITS = {"suite", "ste", "ste.", "floor", "fl.", "room", "rm.", "unit", "apt", "apt.", "#"}
LIST_BACK = 12  # tokens: how far back over a list of names to the word that introduces it


LIST_JOIN_WORDS = {",", "and", "or", "y"}


def list_opener(tokens: Doc, start: int, words: Collection[str] = ()) -> int:
    """The index of the token right before the list of capitalised names (and their joins) that the name at
    ``start`` stands in, or of one of ``words`` met on the way back ("the Coast Guard Cutters Tampa, Key Largo …");
    -1 at the text's start."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    k = start - 1
    while k >= 0 and start - k <= LIST_BACK and lowers[k] not in words \
            and (texts[k][:1].isupper() and tokens[k].is_alpha or lowers[k] in LIST_JOIN_WORDS):
        k -= 1
    return k


def _vessels_named(hit: Hit, tokens: Doc) -> bool:
    """Do the names stand after "named" (or "christened") that follows a word for boats a few words back?"""
    lowers = token_lowers(tokens)
    k = list_opener(tokens, hit.start, NAMING_WORDS)
    return k >= 1 and lowers[k] in NAMING_WORDS \
        and any(lowers[m] in VESSELS or lowers[m] in PLURAL_VESSELS for m in range(max(0, k - 4), k))


NAMED_FACILITIES = {"prison", "jail", "penitentiary", "detention", "shelter", "camp", "farm", "ranch", "estate",
                    "hotel", "hospital", "clinic", "school", "base", "plant", "mine", "center", "centre", "compound"}


def _facility_known_as(hit: Hit, tokens: Doc) -> bool:
    """Does "known as" (or "called", "named") before the name follow a facility's noun a few words back?"""
    lowers = token_lowers(tokens)
    k = hit.start - 1
    if k >= 1 and lowers[k] == "as" and lowers[k - 1] == "known":
        k -= 1
    elif not (k >= 0 and lowers[k] in {"called", "named"}):
        return False
    return any(lowers[m] in NAMED_FACILITIES for m in range(max(0, k - 3), k))


def _listed_after(hit: Hit, tokens: Doc, words: set[str]) -> bool:
    """Does a list of capitalised names that ``hit`` stands in open right after one of ``words``?"""
    k = list_opener(tokens, hit.start, words)
    return k >= 0 and token_lowers(tokens)[k] in words


def _street_address(hit: Hit, tokens: Doc) -> bool:
    """A name right after a house number, then a suite or a ZIP code on the line ("1000 Louisiana, Suite 2300"); or
    before one, then the neighbourhood, as Latin American addresses write it ("Progreso 175, Colonia Americana")."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    j = hit.end
    if j + 2 < len(tokens) and texts[j].isdigit() and len(texts[j]) <= 5 and texts[j + 1] == "," \
            and lowers[j + 2] in NEIGHBOURHOOD_WORDS:
        return True
    k = hit.start - 1
    if k < 0 or not (texts[k].isdigit() and len(texts[k]) <= 5) or "\n" in tokens[k].whitespace_:
        return False
    for m in range(hit.end, min(len(tokens), hit.end + 10)):
        if "\n" in texts[m]:
            return False
        if lowers[m] in ADDRESS_UNITS or texts[m].isdigit() and len(texts[m]) == 5 and m > 0 and texts[m - 1].isupper() \
                and len(texts[m - 1]) == 2:
            return True
    return False


NEIGHBOURHOOD_WORDS = {"colonia", "col.", "barrio", "zona", "fraccionamiento", "urbanización", "residencial"}
CASE_JOINS = {"v.", "vs.", "v", "vs"}  # between a lawsuit's parties ("Trump v. Hawaii", "Texas v. United States")


def not_a_place(hit: Hit, tokens: Doc) -> bool:
    """A family name ("the Lobos’ family"), a hyphenated word with a lower-case part ("Agri-business"),
    or a name inside a quoted title ("the “Caminos de Honduras” program")."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    j = hit.end
    if j < n and texts[j] in APOSTROPHES:
        j += 1
        if j < n and lowers[j] in KIN:
            return True  # "Rincón's brother-in-law"
    if j < n and lowers[j] in FAMILY:
        return True
    if not hit.part and j < n and (hit.key, lowers[j]) in family_names(tokens):
        return True  # "the Chiquimula Salguero family" and "a Chiquimula Salguero airstrip": a family's two surnames
    if _defined_acronym(hit, tokens):
        return True
    if not hit.part and (lowers[hit.start] in STORMS and hit.end - hit.start == 1 and j < n and texts[j][:1].isupper()
                         or hit.start > 0 and texts[hit.start - 1] in {"Hurricane", "Storm", "Typhoon", "Cyclone"}):
        return True  # "to Hurricane Ian" (Hurricane, Utah), "Tropical Storm Franklin": a storm and its name
    if not hit.part and _listed_after(hit, tokens, PLURAL_STORMS):
        return True  # "bridges damaged by tropical storms Amanda and Cristóbal": the storms' names
    before = hit.start - (hit.start > 1 and texts[hit.start - 1] in OPENING_QUOTES)  # 'the yola "Boca Chica"'
    if before > 0 and (lowers[before - 1] in VESSELS or texts[before - 1] in SHIP_PREFIXES) and not hit.part:
        return True  # "the nuclear-powered submarine Kazan", "the frigate Almirante Padilla": a ship's name
    if not hit.part and hit.key in ship_names(tokens):
        return True  # "The sailing ship Cuauhtémoc … The Cuauhtémoc, built in Bilbao": the ship, named again
    if not hit.part and _listed_after(hit, tokens, PLURAL_VESSELS):
        return True  # "the Coast Guard Cutters Tampa, Key Largo and Charles Sexton": ships' names
    if not hit.part and _vessels_named(hit, tokens):
        return True  # "The boats, named Dieppe Bay and Cayon by the Coast Guard": the boats' names
    if not hit.part and _facility_known_as(hit, tokens):
        return True  # "the women's prison known as La Esperanza": the prison's name
    if not hit.part and _street_address(hit, tokens):
        return True  # "U.S. Attorney's Office, 1000 Louisiana, Suite 2300, Houston, TX 77002": a street
    if _doubled(hit, tokens):
        return True  # "the Valle Valle organization": a surname written twice (both family names) is a family
    if not hit.part and _listed_after(hit, tokens, SURNAME_CUES):
        return True  # "a truck driver surnamed Cartago, 41, resident of Siquirres", "identified by the surnames
        # Valencia, Mosquera, Tumaco and Guápiles": people's names
    if not hit.part and hit.start > 1 and lowers[hit.start - 1] == "of" and lowers[hit.start - 2] in {"parish", "church"} \
            and texts[hit.start].split("-")[0] in SPANISH_SAINTS:
        return True  # "the Chief of Mission visited the parish of San José" (in Holguín): a church named for its saint,
        # not a town (Jamaica's parishes, divisions, are written "the parish of St. Ann")
    if not hit.part and (hit.start > 1 and lowers[hit.start - 1] in CASE_JOINS and texts[hit.start - 2][:1].isupper()
                         or j + 1 < n and lowers[j] in CASE_JOINS and texts[j + 1][:1].isupper()):
        return True  # "upheld in Trump v. Hawaii": a party to a lawsuit, named in the case's name
    if not hit.part and hit.start > 1 and lowers[hit.start - 1] == "of" and lowers[hit.start - 2] in NOBLE_TITLES \
            and texts[hit.start - 2][:1].isupper():
        return True  # "His Royal Highness The Prince of Wales", "the Duke of Edinburgh": a title, not a place
    if hit.text.endswith(("s'", "s’")) and j < n and lowers[j] in FAMILY:
        return True
    if not hit.part and hit.start > 0 and lowers[hit.start - 1] == "the" and lowers[hit.start] in ARTICLES_ES:
        k = hit.end + 2 if hit.end + 2 < n and texts[hit.end + 1] in {"'s", "’s"} else hit.end  # "women's"
        if k < n and lowers[k] in PRISON_WORDS:
            return True  # "the La Esperanza women's prison", "the La Esperanza penitentiary": the prison's own name
    if not hit.part:  # the per-Doc lists, not two Tokens per hit (20,000 Tokens on 300 documents)
        spaces = token_spaces(tokens)
        if (hit.end < n and texts[hit.end] in {"-", "‐"} and not spaces[hit.end - 1]
                and hit.end + 1 < n and not spaces[hit.end] and texts[hit.end + 1][:1].islower()
                and lowers[hit.end + 1] not in PLACE_SUFFIXES):
            return True  # "Agri-business"; but "Zapopan-based" is about Zapopan
        if _double_surname(hit, tokens):
            return True  # "Armando Gonzales-Ortega", and "Gonzales-Ortega" again later
        if (hit.start > 0 and texts[hit.start - 1] in {"-", "‐"} and hit.start >= 2 and not spaces[hit.start - 1]
                and not spaces[hit.start - 2] and texts[hit.start - 2][:1].islower()):
            return True  # "pro-Caracas" stays, "agri-Tech" does not
    return _inside_quoted_title(hit, tokens) or _county(hit, tokens)


ARTICLES_ES = frozenset({"la", "el", "los", "las"})
SPANISH_SAINTS = frozenset({"San", "Santa", "Santo", "Nuestra", "Sagrado", "Sagrada"})  # a Spanish church's name
SURNAME_CUES = frozenset({"surnamed", "surname", "surnames", "apellidado", "apellidada", "apellido", "apellidos"})
PRISON_WORDS = frozenset({"prison", "penitentiary", "jail", "penal", "detention"})
NOBLE_TITLES = frozenset({"prince", "princess", "duke", "duchess", "earl", "countess", "marquess", "viscount",
                          "baron", "baroness"})
CROSSING_WORDS = frozenset({"crossing", "bridge"})  # the words after a crossing's own name
DASHES = frozenset({"-", "–", "—"})


def names_a_crossing(hit: Hit, tokens: Doc, country: bool = False) -> bool:
    """ "the Douglas Port of Entry": the crossing's name, not a town called Douglas (a crossing the gazetteer
    holds under that name, "San Ysidro", is read as that crossing by the caller). A ``country``'s name also
    names a crossing between "the" and "crossing" or "bridge" ("500 troops at the Colombia crossing, in the
    municipality of Anáhuac": Colombia, Nuevo León); a town's name there is still the town's, unless the text
    says where the crossing is ("the Mariposa crossing in Nogales")."""
    lowers = token_lowers(tokens)
    j = hit.end
    if country and j < len(tokens) and lowers[j] in CROSSING_WORDS and hit.start > 0 \
            and (lowers[hit.start - 1] == "the" or hit.start > 1 and lowers[hit.start - 1] in DASHES
                 and tokens[hit.start - 2].text[:1].isupper()):
        return True  # (also "the Laredo-Colombia crossing": the town across the dash names the other end)
    if country and j + 2 < len(tokens) and lowers[j] in DASHES and tokens[j + 1].text[:1].isupper():
        k = j + 1  # "the Colombia–Solidarity Bridge": a crossing named after the Nuevo León town of Colombia
        while k < len(tokens) and k - j <= 3 and tokens[k].text[:1].isupper() and lowers[k] not in CROSSING_WORDS:
            k += 1
        if k < len(tokens) and lowers[k] in CROSSING_WORDS:
            return True
    if j + 2 < len(tokens) and lowers[j] in CROSSING_WORDS and lowers[j + 1] in {"in", "at"} \
            and _a_town_at(tokens, j + 2):
        return True  # "the Mariposa crossing in Nogales": the crossing's name, the town it is in written after
        # (not "the Nogales crossing in Arizona": a state says only where the town is)
    return j + 2 < len(tokens) and lowers[j] == "port" and lowers[j + 1] == "of" and lowers[j + 2] == "entry"


def crossing_partner(hit: Hit, tokens: Doc) -> tuple[int, int] | None:
    """ "the Guadalupe–Tornillo crossing", "the Ysleta–Zaragoza bridge", "the crossing at Ojinaga–Presidio": a name
    joined by a dash to the name of the town across the border, naming a crossing between the two. The token
    span of that other name, or None."""
    lowers, texts, n = token_lowers(tokens), token_texts(tokens), len(tokens)
    i, j = hit.start, hit.end
    if j + 1 < n and texts[j] in DASHES and texts[j + 1][:1].isupper():
        left, k = i, j + 1  # the first of the pair
        while k < n and k - j <= 4 and texts[k][:1].isupper() and lowers[k] not in CROSSING_WORDS:
            k += 1
        other = (j + 1, k)
    elif i > 1 and texts[i - 1] in DASHES and texts[i - 2][:1].isupper():
        left, k = i - 2, j  # the second
        while left > 0 and i - left <= 4 and texts[left - 1][:1].isupper():
            left -= 1
        while k < n and k - j <= 3 and texts[k][:1].isupper() and lowers[k] not in CROSSING_WORDS:
            k += 1
        other = (left, i - 1)
    else:
        return None
    named = k < n and lowers[k] in CROSSING_WORDS | {"port", "ports"} \
        or left >= 2 and lowers[left - 1] in {"at", "of"} and lowers[left - 2] in CROSSING_WORDS
    return other if named else None


PORTFOLIO_HEADS = {"secretary", "subcommittee", "committee", "bureau", "office", "director", "directorate",
                   "division", "desk", "category", "affairs", "undersecretary", "subsecretary", "secretariat",
                   "administrator", "ministry", "minister"}  # "the Undersecretary for North America of the SRE"


def a_portfolio(hit: Hit, tokens: Doc, entries: tuple[Entry, ...]) -> bool:
    """ "Deputy Assistant Secretary for the Western Hemisphere", "the Subcommittee on Western Hemisphere, …",
    "Bureau of Western Hemisphere Affairs": a region named as an office's portfolio is no place the text is about."""
    if not entries or entries[0].kind != "region":
        return False
    lowers = token_lowers(tokens)
    k = hit.start - 1
    if k >= 0 and lowers[k] == "the":
        k -= 1
    before = k >= 1 and lowers[k] in {"for", "on", "of"} and lowers[k - 1] in PORTFOLIO_HEADS or k >= 0 and lowers[k] == ":" \
        and k >= 1 and lowers[k - 1] == "category"
    return before or hit.end < len(tokens) and lowers[hit.end] == "affairs"


def _a_town_at(tokens: Doc, k: int) -> bool:
    """Do the capitalised words at ``k`` name a town, and no division or country, in the gazetteer?"""
    texts = token_texts(tokens)
    m = k
    while m < len(tokens) and m - k < 3 and texts[m][:1].isupper() and texts[m].isalpha():
        m += 1
    found = get_gazetteer().key_candidates(norm(" ".join(texts[k:m]))) if m > k else ()
    return bool(found) and all(e.kind == "city" for e in found)


POSTS_NAMED_FOR_PEOPLE = {"fort", "camp"}


NAME_PARTICLES = {"de", "del", "la", "las", "los", "y", "da", "dos", "van", "von", "di", "le", "st", "st."}


def surnames_alone(tokens: Doc, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A named person's surname written again on its own ("Héctor Zamora Treviño … Zamora is the subject of a
    warrant", "President Otto Pérez Molina … Molina said") is that person, not the town of Zamora or Molina, unless
    the text places it there ("in Zamora", "Zamora, Michoacán"). ``runs``: the people's names (token spans);
    their words after the first that are no common first name count as surnames, and so do all of those words
    together in a name of three words or more."""
    first_names = common_first_names()
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    surnames = {(texts[i],) for s, e in runs if e - s >= 2 for i in range(s + 1, e)
                if texts[i][:1].isupper() and len(texts[i]) >= 3 and texts[i].isalpha()
                and lowers[i] not in NAME_PARTICLES and fold_accents(lowers[i]) not in first_names}
    # a name of four words ends in two surnames, whatever else they are ("Erick Adonay Salamá Ordóñez" … "Salamá
    # unlawfully entered"; Salama is a first name too); one of three, in one
    surnames |= {(texts[i],) for s, e in runs if e - s >= 3 for i in range(max(s + 1, e - 2 + (e - s == 3)), e)
                 if texts[i][:1].isupper() and len(texts[i]) >= 3 and texts[i].isalpha() and lowers[i] not in NAME_PARTICLES}
    # a hyphenated last surname, as one: "Marie Claudette Jean-Rabel (Jean-Rabel)"
    surnames |= {tuple(texts[e - 3:e]) for s, e in runs if e - s >= 4 and texts[e - 2] in {"-", "‐"}
                 and texts[e - 3][:1].isupper() and texts[e - 1][:1].isupper()}
    # all words after the first name, as one: "Walder St. Louis" … "St. Louis and Dor, who pleaded guilty"
    surnames |= {tuple(texts[s + 1:e]) for s, e in runs if e - s >= 3 and texts[e - 1][:1].isupper()}
    if not surnames:
        return []
    inside = {i for s, e in runs for i in range(s, e)}
    firsts = {words[0] for words in surnames}
    n = len(texts)
    shown = [t.title() if t.isupper() and len(t) > 2 else t for t in texts]  # "(TOLEDO)", "TOLEDO's sister": a
    # sanctions release writes a person's surname in capitals as the short name it uses for him
    out = []
    for i, t in enumerate(shown):
        if t not in firsts or i in inside or i > 0 and lowers[i - 1] in LOCATIVE and not _to_a_person(texts, lowers, i):
            continue
        for words in surnames:
            k = i + len(words)
            if tuple(shown[i:k]) == words and not (k + 1 < n and texts[k] == "," and texts[k + 1][:1].isupper()
                                                   and fold_accents(lowers[k + 1]) not in first_names):  # "Hidalgo,
                # José María Morelos and Vicente Guerrero": a list of people, not "Zamora, Michoacán"
                out.append((i, k))
    return out


# "to" and "from" relate things to a person as often as to a place ("rifles traced to Salinas", "bought from
# Salinas"); after these words they lead to a place
MOTION_WORDS = {"travel", "traveled", "travelled", "traveling", "travelling", "trip", "trips", "flew", "flight",
                "flights", "went", "go", "going", "returned", "return", "returning", "deported", "removed",
                "repatriated", "moved", "move", "headed", "heading", "drove", "driven", "sailed", "came", "come",
                "coming", "way", "route", "routes", "road", "highway", "miles", "kilometers", "kilometres", "km",
                "north", "south", "east", "west", "back", "transferred", "transported", "smuggled", "shipped",
                "fled", "escaped", "migrated", "walked", "journey", "expanded", "extends", "extended", "stretches"}


def _to_a_person(texts: list[str], lowers: list[str], i: int) -> bool:
    """Is a named person's surname at ``i`` after "to"/"from" the person ("traced to Salinas in Río Bravo"), not
    a place reached ("deported to Salinas")?"""
    if lowers[i - 1] not in {"to", "from"} or i >= 2 and lowers[i - 2] in MOTION_WORDS:
        return False
    return not (lowers[i - 1] == "from" and ("to" in lowers[i + 1:i + 3] or _stretch_to(texts, lowers, i + 1))
                or lowers[i - 1] == "to" and "from" in lowers[max(0, i - 5):i - 1])


STRETCH_LINKS = frozenset({"and", ",", "on", "the", "of", "in", "at"})


def _stretch_to(texts: list[str], lowers: list[str], j: int) -> bool:
    """ "from Tijuana and San Ysidro on the Pacific to Matamoros": names, and only names and linking words, up to
    "to" and a capitalised name make a stretch between places ("bought from Salinas and sold to Pérez" does not)."""
    for k in range(j, min(j + 10, len(lowers) - 1)):
        if lowers[k] == "to":
            return k > j and texts[k + 1][:1].isupper()
        if lowers[k] not in STRETCH_LINKS and not texts[k][:1].isupper():
            return False
    return False


def named_for_person(hit: Hit, tokens: Doc) -> bool:
    """ "Fort Sam Houston, Texas", "Camp John Hay": a post named after a person; its surname is no town, even
    when a state follows. So is a person's full name before a lower-case road or building word ("the Benito Juárez
    highway")."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    k = hit.start
    if hit.end < len(tokens) and lowers[hit.end] in BUILDING_WORDS and hit.end - k >= 2 \
            and fold_accents(lowers[k]) in common_first_names():
        return True  # "the Benito Juárez highway": a road named after a person, though a borough bears the name too
    return k >= 2 and lowers[k - 2] in POSTS_NAMED_FOR_PEOPLE and texts[k - 2][:1].isupper() \
        and fold_accents(lowers[k - 1]) in common_first_names() and texts[k - 1][:1].isupper()


ROAD_WORDS = frozenset({"avenue", "ave", "ave.", "street", "st", "st.", "boulevard", "blvd", "blvd.", "road", "rd",
                        "rd.", "drive", "dr.", "lane", "parkway", "pkwy"})


ROAD_PLURALS = frozenset({"streets", "avenues", "roads", "boulevards", "drives", "lanes"})  # "Young and Duke Streets"


# Spanish road words open the road's name: "Vía España", "Avenida Reforma", "Calle Honduras", "the Camino Colombia toll
# road", "the Puente Colombia–Solidaridad"
ROAD_WORDS_BEFORE = frozenset({"vía", "via", "avenida", "av.", "calle", "carretera", "paseo", "bulevar", "boulevard",
                               "autopista", "calzada", "periférico", "anillo", "camino", "puente"})


# …and Spanish building words open the building's: "Palacio Bolívar" (Panama's foreign ministry), "Casa Honduras"
BUILDINGS_BEFORE = frozenset({"palacio", "casa", "museo", "teatro", "estadio", "hospital", "universidad", "iglesia",
                              "catedral", "torre", "castillo"})


def names_a_road(hit: Hit, tokens: Doc) -> bool:
    """ "1600 Pennsylvania Ave NW", "Texas Street", "Vía España", "Palacio Bolívar": a place's name next to a
    capitalised road word (after it in English, before it in Spanish) is the road's; after a Spanish building word,
    the building's."""
    k, lowers = hit.end, token_lowers(tokens)
    if k < len(tokens) and tokens[k].text[:1].isupper() and (lowers[k] in ROAD_WORDS or lowers[k] in ROAD_PLURALS):
        return True
    if k + 2 < len(tokens) and lowers[k] == "and" and tokens[k + 1].text[:1].isupper() \
            and tokens[k + 2].text[:1].isupper() and lowers[k + 2] in ROAD_PLURALS:
        return True  # "between Rosales and Galeana Streets": both are streets
    if hit.start > 0 and (lowers[hit.start - 1] in CORNER_WORDS
                          or hit.start > 1 and lowers[hit.start - 1] == "." and lowers[hit.start - 2] in CORNER_WORDS):
        return True  # "Av. 27 de Febrero esq. Luperón": the corner's street, in an address
    j = hit.start - 1 - (hit.start >= 2 and lowers[hit.start - 1] in {"de", "del"})  # "Avenida de las Américas"
    return j >= 0 and tokens[j].text[:1].isupper() and lowers[j] in ROAD_WORDS_BEFORE | BUILDINGS_BEFORE \
        or _cross_streets(hit, tokens)


CORNER_WORDS = frozenset({"esq.", "esq", "esquina"})  # Spanish addresses: "Avenida X esquina Y", the cross street


def _cross_streets(hit: Hit, tokens: Doc) -> bool:
    """ "Calle Monterrey 141, between Rosales and Galeana, Colonia Esqueda": the names after "between", right after
    an address's street and number, are the cross streets."""
    lowers = token_lowers(tokens)
    b = hit.start - 1
    if b >= 2 and lowers[b] == "and" and lowers[b - 2] == "between":
        b -= 2
    if b < 2 or lowers[b] != "between":
        return False
    number = next((m for m in range(b - 1, max(0, b - 3), -1) if tokens[m].text.isdigit()), None)
    if number is None:
        return False
    k = number - 1
    while k > 0 and number - k <= 4 and tokens[k].text[:1].isupper() and lowers[k] not in ROAD_WORDS_BEFORE:
        k -= 1  # back over the street's name to "Calle", "Avenida": a house number after a named street, not a
        # road's own number ("along Route 32, between Guápiles and Limón")
    return k < number - 1 and lowers[k] in ROAD_WORDS_BEFORE


TASK_FORCE_MODIFIERS = frozenset({"interagency", "inter-agency", "interinstitutional", "joint", "border", "binational",
                                  "naval", "military", "police", "security"})


def names_a_task_force(hit: Hit, tokens: Doc) -> bool:
    """ "the Tecún Umán and Chortí interagency task forces", "the Xatruch task force": a name (or a pair of names)
    before a lower-case "task force" is the force's, as a name before "Streets" is a street's."""
    lowers, texts, n = token_lowers(tokens), token_texts(tokens), len(tokens)
    k = hit.end
    if k + 1 < n and lowers[k] in {"and", "&"} and texts[k + 1][:1].isupper():
        k += 1
        while k < n and texts[k][:1].isupper() and tokens[k].is_alpha:
            k += 1
    while k < n and lowers[k] in TASK_FORCE_MODIFIERS:
        k += 1
    return k + 1 < n and texts[k] == "task" and texts[k + 1] in {"force", "forces"}


OPERATION_WORDS = {"Operation", "Operación", "Operativo"}
OPERATION_REACH = 6  # capitalised words between "Operation" and the place word


def names_an_operation(hit: Hit, tokens: Doc) -> bool:
    """ "Operation Take Back America", "Operation Shield of Texas": a place word closing an operation's name is the
    name's, not where anything happens. Not in a headline, whose every word is capitalised ("Operation Nets 40
    Arrests Across Texas")."""
    texts = token_texts(tokens)
    k = hit.start - 1
    while k >= 0 and hit.start - k <= OPERATION_REACH and texts[k] not in OPERATION_WORDS \
            and (texts[k][:1].isupper() and texts[k].isalpha() or texts[k] in {"of", "the"}):
        k -= 1
    return k >= 0 and texts[k] in OPERATION_WORDS and k < hit.start and not title_line(tokens, k)


def _double_surname(hit: Hit, tokens: Doc) -> bool:
    """A name joined by a hyphen to another capitalised word ("Gonzales-Ortega", "Kildee-Lima") that the text
    writes somewhere after a first name is a person's two surnames, not the town of Gonzales or Lima."""
    texts, spaces = token_texts(tokens), token_spaces(tokens)
    k, s, n = hit.end, hit.start, len(tokens)
    if k + 1 < n and texts[k] in {"-", "‐"} and not spaces[k - 1] and not spaces[k] \
            and texts[k + 1][:1].isupper() and texts[k + 1].isalpha():
        compound = hit.text + texts[k] + texts[k + 1]
    elif s >= 2 and texts[s - 1] in {"-", "‐"} and not spaces[s - 2] and not spaces[s - 1] \
            and texts[s - 2][:1].isupper() and texts[s - 2].isalpha():
        compound = texts[s - 2] + texts[s - 1] + hit.text  # the second surname: "Dan Kildee-Lima"
    else:
        return False
    first = common_first_names()
    return any(fold_accents(m.group(1).lower()) in first and not tokens.vocab[m.group(1).lower()].is_stop
               for m in re.finditer(r"([A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)\s+" + re.escape(compound) + r"\b", tokens.text))
    # (not "The Dominican-Haiti border": a stop word the list of first names holds)


OPENING = {"“", "«", "‘"}
CLOSING = {"”", "»", "’"}


_QUOTE_MARK = re.compile("[" + "".join(sorted(QUOTES)) + "]")


def _quote_offsets(tokens: Doc) -> list[int]:
    """The offsets of the quotation marks in the text, once per Doc: a slice of 520 characters and seven
    substring tests per hit were 0.5 % of the analysis (py-spy, 2026-12-03)."""
    found = tokens.user_data.get("quote_offsets")
    if found is None:
        found = tokens.user_data["quote_offsets"] = [m.start() for m in _QUOTE_MARK.finditer(doc_text(tokens))]
    return found


def _quote_pair(hit: Hit, tokens: Doc) -> tuple[int, int] | None:
    """The quotation marks around the hit, paired in order from a little before it: straight quotes
    alternate open/close from the sentence's start, curly ones say which they are ("El Pozo" in Ilama, … "La Tolva": Ilama sits
    between two quotations, not inside one)."""
    marks = _quote_offsets(tokens)
    k = bisect_left(marks, max(0, hit.char_start - 400))
    if k == len(marks) or marks[k] >= hit.char_end + 120:
        return None  # no quotation mark anywhere near: the common case, answered from the text alone
    # from the sentence's start (at most 60 tokens back), so straight quotes pair as the writer meant
    lo = max(sentence_at(tokens, hit.start)[0], hit.start - 60, 0)
    hi = min(len(tokens), hit.end + 12)
    texts = token_texts(tokens)
    opening = None
    for k in range(lo, hi):
        t = texts[k]
        if t not in QUOTES:
            continue
        if opening is None:
            if t in CLOSING and t != "’" and k < hit.start:
                continue  # a closing mark whose opening lies before the window
            if k >= hit.start:
                return None
            if t == "’":
                continue  # an apostrophe, most often
            opening = k
        elif t in CLOSING or t == '"' or (t in OPENING and texts[opening] == t == "‘"):
            if k >= hit.end:
                return (opening, k)
            opening = None
    return None


COUNTY_HEADS = {"county", "counties", "parish", "parishes", "borough", "boroughs"}
LIST_JOINS = {",", "and", "&", "-", "–"}


COUNTY_KEYS = tuple(f" {word.lower()}" for word in US_COUNTY_WORDS)  # " county", " parish", " borough"


def _county(hit: Hit, tokens: Doc) -> bool:
    """ "Monroe County", "in Monroe, Miami-Dade and Collier counties": a county (or parish) that the gazetteer
    does not hold, not the town of the same name (Monroe, Louisiana) that it does."""
    if hit.key.endswith(COUNTY_KEYS):
        return False  # the county itself, read with the head the list shares (geo.matching.shared_head_hits)
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    k, n = hit.end, len(tokens)
    while k < n and k - hit.end < 12 and (texts[k][:1].isupper() and lowers[k] not in COUNTY_HEADS
                                          or texts[k] in LIST_JOINS):
        k += 1  # over the other names of a list that shares the head
    return k < n and lowers[k] in COUNTY_HEADS and (k == hit.end or lowers[k].endswith(("ies", "shes", "ghs"))
                                                    and texts[k - 1] not in LIST_JOINS)  # not "…, and parishes in X"


def _defined_acronym(hit: Hit, tokens: Doc) -> bool:
    """An acronym the text defines in brackets after a name, spelling that name's initials ("the Taiwan Allies
    International Protection and Enhancement Initiative (TAIPEI) Act"), is the name, not a place."""
    texts = token_texts(tokens)
    word = hit.text
    if hit.part or hit.end - hit.start != 1 or len(word) < 3 or not word.isupper() or hit.start < 2 \
            or texts[hit.start - 1] != "(" or hit.end >= len(texts) or texts[hit.end] != ")":
        return False
    initials = []
    k = hit.start - 2
    while k >= 0 and len(initials) < len(word) and (texts[k][:1].isupper() or texts[k].lower() in ACRONYM_JOINS):
        if texts[k][:1].isupper():
            initials.append(texts[k][0])
        k -= 1
    if "".join(reversed(initials)) == word:
        return True
    # a body's acronym in its own language ("the National Autonomous Aqueduct and Sewer Service (SANAA)", from
    # the Spanish name): the name before the brackets is a body's, closed by its head
    return len(initials) >= 2 and texts[hit.start - 2].lower() in ORG_HEADS


def _doubled(hit: Hit, tokens: Doc) -> bool:
    """Is the hit's one-word name written twice in a row ("Valle Valle", "Lobo Lobo")?"""
    texts = token_texts(tokens)
    if hit.part or hit.end - hit.start != 1:
        return False
    text = texts[hit.start]
    before = hit.start > 0 and texts[hit.start - 1] == text
    after = hit.end < len(tokens) and texts[hit.end] == text
    return before or after


def _inside_quoted_title(hit: Hit, tokens: Doc) -> bool:
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    pair = _quote_pair(hit, tokens)
    if pair is None:
        return False
    opening, closing = pair
    if closing - opening < 3:
        return False  # a quoted single name is a name
    if closing - opening > 16 or texts[closing - 1] in {".", ",", "!", "?", ";", ":"}:
        return False  # quoted speech ("… on Long Island," said …), not a title
    words = [t for t in tokens[opening + 1:closing] if t.is_alpha]
    titled = closing + 1 < len(tokens) and lowers[closing + 1] in TITLE_HEADS
    before = lowers[opening - 1] if opening > 0 else ""
    return (titled or before in {"called", "named", "titled", "entitled", "dubbed"} or len(words) >= 4
            or tokens.lang_ == "es" and before in TITLE_HEADS_ES)  # el programa “Juntos por Trujillo”


def keep_weak(entry: Entry, countries: set[str], anchors: list[tuple[float, float]] = (),
              unique: bool = False) -> bool:
    """May a place with only weak evidence be drawn? Countries, regions and big cities; or a place in a
    country the document names that is not far from every place the text locates firmly (``anchors``):
    a U.S. release names the United States, which makes no "Manchester" of its a place in Jamaica. A
    state or department of a named country whose name has no other reading anywhere ("Illinois" in a
    release on Colombia) is drawn wherever the anchors are: no namesake can be meant."""
    if entry.kind in ("country", "region", "group", "feature"):
        return True  # named by the curated regional list (seas, gulfs, crossings): known, not a namesake
    if entry.population >= MEGACITY or entry.capital and entry.population >= CAPITAL_BIG:
        return True
    if not entry.country or entry.country not in countries:
        return False
    if unique and entry.kind == "admin1":
        return True
    return (not anchors or entry.population >= BIG_NAMED
            or any(km(entry.lat, entry.lon, lat, lon) <= FAR_KM for lat, lon in anchors))


def far_afield(entry: Entry, named: set[str], anchors: list[tuple[float, float]], shortened: bool = False) -> bool:
    """A town or division in a country the document never names, farther than ``FAR_KM`` from every
    place it locates (``anchors``): even "in X" does not make it a place of this document. A report on
    the Dominican–Haitian border that says "into Manzanillo Bay" means the Dominican bay, not the
    Mexican port; when the gazetteer lacks the near reading, leaving the name out beats a dot on the
    Pacific. Datelines and qualifiers ("Molina, Chile") are judged before this. A big city is drawn anyway,
    unless the text wrote only the first words of its name (``shortened``): "near Santa Cruz, a village" in
    Nayarit is not Santa Cruz de la Sierra."""
    if entry.kind not in ("city", "admin1") or not anchors or entry.country in named:
        return False
    if not shortened and entry.population >= BIG_NAMED or entry.capital and entry.population >= CAPITAL_BIG:
        return False
    return all(km(entry.lat, entry.lon, lat, lon) > FAR_KM for lat, lon in anchors)
