"""find_places: one document's tokens -> the places it names, each tied to its excerpts.

The pipeline, spaCy-style, in small steps: matcher hits -> capitalisation -> longest span wins
-> context rules (other names, common words) -> document context (countries named) -> ranking
-> one Place per resolved gazetteer id.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from geo.context import (
    DASHES,
    DIVISION_CUES,
    NEAR_WORDS,
    ORG_HEADS,
    TITLES,
    TOWN_CUES,
    article_cue,
    case_ok,
    dateline_zones,
    division_cue,
    famous,
    head_of_longer_name,
    listed_entries,
    lower_state_ok,
    modifies_body,
    other_capital_district,
    part_of_other_name,
    person_runs,
    qualifier,
    quoted_alias,
    settlement_named_after,
    spanish_compound,
    surnames_again,
    title_line,
    town_cue,
)
from geo.evidence import (
    CALENDAR,
    FAR_KM,
    LIST_BACK,
    LIST_JOIN_WORDS,
    LOCATIVE,
    a_portfolio,
    crossing_partner,
    far_afield,
    keep_weak,
    list_opener,
    named_for_person,
    names_a_crossing,
    names_a_road,
    names_a_task_force,
    names_an_operation,
    not_a_place,
    strong_evidence,
    surnames_alone,
    tied_to,
)
from geo.gazetteer import COUNTY_ID, Entry, Gazetteer, km, norm, place_kind
from geo.geometry import outline_points
from geo.matching import Hit, find_hits, opens_longer_name
from geo.prepared import get_gazetteer
from geo.resolve import (
    FAMOUS_CAPITAL,
    FAMOUS_CITY,
    FAR_AREA_KM,
    FAR_COUNTRY_KM,
    NEAR_KINDS,
    NEAR_KM,
    OUTLINE,
    Anchors,
    as_candidate,
    confidence,
    famous_over_namesake,
    near_any,
    near_namesake,
    promote,
    rank,
    within,
)
from geo.town_features import town_features
from model import Candidate, Document, Mention, Place
from model.nlp import doc_text, sentence_at, token_lowers, token_spaces, token_texts

DEMONYM_WEIGHT = 0.6  # a demonym is weaker evidence than the name itself
# people: a town smaller than this, far from everything the document locates, is not drawn on "in X" alone
# even when no other place has its name ("in Bel Air", a Port-au-Prince neighbourhood, is not Bel Air in
# the Philippines); larger towns and capitals are venues the world knows (Geneva, Doha)
KNOWN_TOWN = 100_000


@dataclass
class Resolved:
    hit: Hit
    entry: Entry
    kind: str  # mention kind: name | demonym | dateline
    confidence: float
    alternatives: tuple[tuple[float, Entry], ...]  # the best readings with their scores (Candidates made per Place)
    strong: bool = False  # dateline, qualifier or locative context (geo.evidence)
    qualified: bool = False  # "Kingston, Jamaica"


def _entries(gaz: Gazetteer, hit: Hit) -> Sequence[Entry]:
    if hit.demonym:
        return (gaz.entries[gaz.demonyms[hit.key]],)
    return gaz.key_candidates(hit.key)  # the key is normalised already


class _Entries:
    """``_entries`` remembered by (name key, demonym) for one document: each hit is looked up by
    several steps, and a document repeats its names. The lists are shared: read-only."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.memo: dict[tuple[str, bool], Sequence[Entry]] = {}

    def __call__(self, hit: Hit) -> Sequence[Entry]:
        k = (hit.key, hit.demonym)
        found = self.memo.get(k)
        if found is None:
            found = self.memo[k] = _entries(self.gaz, hit)
        return found


def _longest(hits: list[Hit]) -> list[Hit]:
    """Non-overlapping hits, longer first ("San Pedro Sula" over "San Pedro"); names over demonyms."""
    # the spans taken so far never overlap, so sorted by start their ends are sorted too: the only one that can
    # overlap a hit is the last one starting before the hit ends (a test against every span taken: 1 % of the
    # analysis, py-spy 2026-12-03)
    starts: list[int] = []
    ends: list[int] = []
    out = []
    for h in sorted(hits, key=lambda h: (-(h.char_end - h.char_start), h.demonym, h.char_start)):
        k = bisect_left(starts, h.char_end)
        if k and ends[k - 1] > h.char_start:
            continue
        starts.insert(k, h.char_start)
        ends.insert(k, h.char_end)
        out.append(h)
    return sorted(out, key=lambda h: h.char_start)


def _parts_apart(hits: list[Hit], raw: list[Hit], entries_of: _Entries) -> list[Hit]:
    """ "Carriacou and Petite Martinique": a division named for the islands it joins is read as those islands,
    each a place of its own, when the gazetteer holds each under its own name (not as the division again); a
    crossing named for the two towns it joins ("the Jimaní–Malpasse crossing") is read as the two towns."""
    out = []
    for h in hits:
        entries = entries_of(h)
        islands = bool(entries) and " and " in entries[0].name and entries[0].kind in ("admin1", "feature")
        crossing = bool(entries) and entries[0].kind == "feature" and h.end - h.start == 3 \
            and h.key != norm(entries[0].name) and any(d in h.key for d in DASHES)
        if not (islands or crossing):
            out.append(h)
            continue
        inside = _longest([r for r in raw if h.char_start <= r.char_start and r.char_end <= h.char_end and r != h])
        parts = [r for r in inside if (e := entries_of(r)) and (crossing or e[0].kind == "feature"
                                                                 and e[0].id != entries[0].id)]
        out.extend(parts if len(parts) == 2 else [h])
    return out


# a continent joined to an ocean ("Asia-Pacific", "Euro-Atlantic") names the ocean's rim, neither of the two
OCEAN_RIM = re.compile(r"(?:Asia|Europe|Euro|Africa)[-–](?:Pacific|Atlantic)")


def _ocean_rim(h: Hit, tokens: Doc) -> bool:
    """Is the hit a part of "Asia-Pacific" or "Euro-Atlantic", whole or split at its dash?"""
    texts = token_texts(tokens)
    if h.part:
        return OCEAN_RIM.fullmatch(texts[h.start]) is not None
    if h.end + 1 < len(texts) and texts[h.end] in DASHES:
        return OCEAN_RIM.fullmatch("".join(texts[h.start:h.end + 2])) is not None
    return h.start >= 2 and texts[h.start - 1] in DASHES and OCEAN_RIM.fullmatch("".join(texts[h.start - 2:h.end])) is not None


def _whole_part(h: Hit, start: int, end: int, tokens: Doc) -> bool:
    """Is the hit a whole part of the dateline ``tokens[start:end]`` (its place, or the country after the comma),
    not the first word of a longer name ("- Centro de Desarrollo Comunitario de Dajabón, Dajabón — $300,000": a
    grantee listed with its town, not Centro)?"""
    texts = token_texts(tokens)
    opens = h.start == start or texts[h.start - 1] == ","
    closes = h.end >= end or texts[h.end] in {",", "."} or texts[h.end] in DASHES
    return h.part or opens and closes


def accepted_hits(tokens: Doc, gaz: Gazetteer, entries_of: _Entries | None = None) -> list[tuple[Hit, bool]]:
    """Hits that read as places in context, each with whether it sits in a dateline."""
    entries_of = entries_of or _Entries(gaz)
    spanish = tokens.lang_ == "es"
    zones = dateline_zones(tokens)

    def in_dateline(h: Hit) -> bool:
        return bool(zones) and any(s <= h.start and h.end <= e and _whole_part(h, s, e, tokens)
                                   for s, e in zones)  # most documents: none

    raw = [h for h in find_hits(tokens, gaz)
           if case_ok(h, gaz, entries_of(h), in_dateline(h), h.text.endswith(" state") and lower_state_ok(h, tokens))]
    hits = _parts_apart(_longest(raw), raw, entries_of)
    starts = {h.start for h in hits if not h.part}
    ends = {h.end for h in hits if not h.part}
    by_start = {h.start: h for h in hits if not h.part}
    by_end = {h.end: h for h in hits if not h.part}
    large = {h.start for h in hits if not h.part and any(e.kind in ("country", "admin1") for e in entries_of(h)[:1])}
    # a person's name that is itself a place name ("Santa Rosa", "George Town") stays a place
    hit_spans = {(h.start, h.end) for h in hits}
    texts = token_texts(tokens)
    named = [r for r in person_runs(tokens) if not (r[0] in starts and r[0] + 2 < r[1] and texts[r[0] + 1] in DASHES
                                                    and r[0] + 2 in starts)]  # "Dallas-Fort Worth": two places
    # joined, not a person whose first name is Dallas
    # … but the surnames of a longer name, written again, are the person ("San Vicente is a close associate")
    lowers = token_lowers(tokens)
    listed = set(listed_entries(tokens))  # "CLARENDON, Shanique Alicia; DOB …": a sanctions entry's surname
    not_places = [r for r in named if r not in hit_spans or r[0] > 0 and lowers[r[0] - 1] in TITLES
                  or r in listed]  # "Father Miguel Hidalgo y Costilla" is the priest, though a borough bears his name
    runs = not_places + surnames_again(tokens, not_places)  # not a place's own words: "the Sierra Nevada de Santa
    # Marta … buyers in Santa Marta" (a run the person finder took for a name, that is a place)
    people = {i: r for r in runs for i in range(*r)}
    alone = set(surnames_alone(tokens, not_places))
    not_alone_end = {e: x for e, x in by_end.items() if (x.start, x.end) not in alone}  # "Quintero and Arosemena
    # are charged": two defendants' surnames, not a list of places
    run_together = _run_together_towns(hits, tokens, entries_of)
    out = []
    for h in hits:
        if h.start in run_together:
            continue
        entries = entries_of(h)
        dateline = in_dateline(h)
        if other_capital_district(h, tokens) or not h.part and settlement_named_after(h, tokens, entries):
            continue
        if _ocean_rim(h, tokens):
            continue  # "the Asia-Pacific Economic Cooperation": an ocean's rim, not Asia (nor the Pacific Ocean)
        if not h.part and names_a_crossing(h, tokens, bool(entries) and entries[0].kind == "country") \
                and not any(e.kind == "feature" for e in entries):
            continue
        if not h.part and (named_for_person(h, tokens) or names_a_road(h, tokens) or a_portfolio(h, tokens, entries)
                           or _a_dogs_name(h, tokens) or _members_in_a_bodys_name(h, tokens)
                           or _in_a_product_or_facility_name(h, tokens, entries) or _in_a_list_of_peoples(h, tokens, starts)
                           or names_a_task_force(h, tokens) or names_an_operation(h, tokens)):
            continue
        if not h.part and h.start > 0 and lowers[h.start - 1] == "the" and norm(texts[h.start]) == "rio" \
                and h.end - h.start == 2 and (h.end >= len(texts) or not texts[h.end].isalpha()) \
                and entries and all(e.kind == "city" for e in entries):
            continue  # "Santa Elena on the Rio Hondo": "the Río X" is a river the gazetteer lacks, not the town of its
            # name (Río Hondo, Zacapa)
        if not h.part and h.start > 0 and texts[h.start - 1] in NAME_ARTICLES and texts[h.start][:1].isupper():
            continue  # "the bridge at El Macao": a place whose name opens with its article, which the gazetteer
            # lacks, is not the place named without it (Macao, China)
        if not dateline and (part_of_other_name(h, tokens, entries, starts - {h.start}, ends - {h.end})
                             and not _qualified(h, tokens, by_start, entries_of)
                             or spanish_compound(h, tokens) or quoted_alias(h, tokens) or not_a_place(h, tokens)
                             or head_of_longer_name(h, tokens, entries, large)):
            continue
        if not h.part and h.key in FEATURE_WORDS_ES and h.end < len(tokens) and token_texts(tokens)[h.end][:1].isupper() \
                and token_texts(tokens)[h.end].isalpha():
            continue  # "Isla Colón", "Colonia Cuauhtémoc", "Bahía de Lobos": a longer name the gazetteer lacks, not the
            # town, division or exonym whose name is the bare word (Isla, Veracruz; Colonia, Uruguay; Bahia, Brazil)
        if not h.part and h.end < len(tokens) and entries and (
                (token_lowers(tokens)[h.end] in RIVER_WORDS or _first_of_two_features(h, tokens))
                and all(e.kind in ("city", "admin1") for e in entries)
                or token_lowers(tokens)[h.end] in VALLEY_WORDS and all(e.kind == "city" for e in entries)
                and not any(h.key == norm(e.name) and e.id not in gaz.needs_anchor for e in entries)):
            continue  # "the Guapinol and San Pedro rivers": a river the gazetteer lacks, not the town of its name
        if not h.part and h.start > 0 and norm(token_texts(tokens)[h.start - 1]) in FEATURE_WORDS_ES \
                and token_texts(tokens)[h.start - 1][:1].isupper() and entries \
                and all(e.kind in ("city", "admin1") for e in entries):
            continue  # …nor the town its second word names (Colón, 250 km from Isla Colón); "Río Lempa" is the river
        if not h.part and h.key.endswith(".") and h.key in gaz.exact and entries and entries[0].kind == "admin1" \
                and not (h.start > 1 and token_texts(tokens)[h.start - 1] == "," and tokens[h.start - 2].is_alpha):
            continue  # "Va.", "Miss.", "La.": a state's abbreviation only after a town and a comma ("PORTSMOUTH, Va.")
        if not h.part and h.key.endswith(" bank") and h.end + 1 < len(tokens) and token_lowers(tokens)[h.end] == "of":
            continue  # "the West Bank of the Demerara River": a river's side, not the Palestinian territory
        if not h.part and h.start > 1 and token_texts(tokens)[h.start - 1] in NAME_ARTICLES_ES \
                and norm(token_texts(tokens)[h.start - 2]) in NEIGHBOURHOOD_WORDS_ES \
                and token_texts(tokens)[h.start - 2][:1].isupper():
            continue  # "Barrio El Chile, Tegucigalpa", "Colonia La Argentina": a neighbourhood named after a country
        if not h.part and _foreign_country_form(h, tokens, gaz, entries):
            continue  # "Credit Suisse": a country's name in another language, inside a name, is the name's
        run = people.get(h.start)
        if not h.part and entries and run:
            continue  # inside a person's name, a country too ("Florencia Montenegro", "JORDAN CERVANTES, Michel")
        if (h.start, h.end) in alone and not h.part and entries and not dateline \
                and entries[0].kind != "country" and (_subject_after_opening_place(h, tokens, by_end)
                                                      or _subject_of_verb(h, tokens)
                                                      or not in_place_list(h, tokens, by_end)
                                                      and not _of_places(h, tokens)
                                                      and not _listed_after_place(h, tokens, not_alone_end)):
            continue  # a named person's surname on its own ("Zamora is the subject of a warrant"); the whole
            # hit only: "Santa Cruz" is no "Cruz"
        if not h.part and entries and entries[0].kind in ("admin1", "city") and _colony_named_for(h, tokens):
            continue  # "the Manitoba and Swift Current colonies" (Mennonite colonies in Chihuahua): named after
            # places, not in them
        if not h.part and entries and entries[0].kind == "country" and (_local_place_named_for(h, tokens)
                                                                        or _opens_local_name(h, tokens)):
            continue  # "the Russia community in Savanna-la-Mar": a place in a town, named after the country; "the
            # neighborhood of Armenia Bonito": a longer local name the country's opens
        if not h.part and entries and _a_buildings_name(h, tokens, entries):
            continue  # "the explosion at the Saratoga hotel in Havana": a hotel named after a town
        if not h.part and h.key in TITLE_OPENERS and h.end < len(tokens) and tokens[h.end].lower_ in TITLES \
                and tokens[h.end].text[:1].isupper():
            continue  # "the General Assembly in New York, Vice President Kamala Harris": a title's first word (Vice,
            # Peru), though it follows a place as a list's next item would
        spanish_word = h.key in gaz.common_words_es and (spanish or _after_spanish_article(h, tokens))
        if ((h.key in gaz.common_words or spanish_word) and not famous(entries) and not dateline
                and qualifier(h, tokens, by_start) is None
                and not (h.start > 0 and tokens[h.start - 1].text in LOCATIVE and h.key not in CALENDAR
                         and h.key not in ORG_HEADS and not tied_to(tokens, h.start - 1)
                         and not (tokens[h.start - 1].text == "to" and title_line(tokens, h.start)))
                and not in_place_list(h, tokens, by_end) and not _of_places(h, tokens) and not _measured_from(h, tokens)
                and not _home_after_age(h, tokens)
                and not (h.start >= 2 and token_texts(tokens)[h.start - 2] in TOWN_CUES
                         and token_lowers(tokens)[h.start - 1] in {"of", "de", "del"})  # "the city of David"
                and not (h.end < len(tokens) and token_lowers(tokens)[h.end] in AREA_AFTER)
                and not _listed_with_its_countrys_city(h, tokens, by_start, by_end, entries_of, gaz)):
            continue  # a word that is also a place ("Mobile"), unless the text says where ("in Miami", "the
            # municipalities of Tactic and Tamahú", "the Miami area"); in a headline "to" opens a verb as often
            # ("New Actions to Manage Regional Migration": not Manage, Belgium)
        out.append((h, dateline))
    return out


TITLE_OPENERS = {"vice", "deputy", "acting", "chief", "general", "senior", "principal", "special", "assistant",
                 "associate", "executive", "lieutenant", "prime"}  # words that open a title before a title's noun
RESERVOIR_PLURALS = {"reservoirs", "dams"}
RIVER_WORDS = {"river", "rivers", "creek", "stream", "reservoir", "dam"} | RESERVOIR_PLURALS  # in lower case after a
# name: the river's (or the reservoir's: "the Amistad and Falcon reservoirs"), not a town's or a division's
VALLEY_WORDS = {"valley", "valleys"}  # …or the valley's, where the town is only another name's reading ("the Chamá
# valley in Alta Verapaz" is no Hama, Syria; "the Imperial and Coachella valleys" are the towns' own)
# Spanish words for a feature or a settlement that open longer names ("Isla Colón", "Punta Gorda", "Cerro Azul")
FEATURE_WORDS_ES = {"isla", "islas", "playa", "laguna", "cerro", "bahia", "punta", "rio", "lago", "volcan", "sierra",
                    "boca", "loma", "llano", "cabo", "estero", "mina", "ejido", "colonia"}


NAME_ARTICLES_ES = {"El", "La", "Los", "Las"}
NEIGHBOURHOOD_WORDS_ES = {"barrio", "colonia", "aldea", "caserio", "residencial", "reparto", "lotificacion", "canton",
                          "hacienda", "finca"}  # before an article and a place's name: a longer name the place is in
AREA_AFTER = {"area", "metropolitan", "metro"}  # "the Miami area", "the Houston metropolitan area"


SAME_TOWN_KM = 10  # two readings this close are one town


def _run_together_towns(hits: list[Hit], tokens: Doc, entries_of: _Entries) -> set[int]:
    """The starts of two town names written one after the other with only a space between ("San Luis Talpa",
    "Frontera Comalapa"): one longer name the gazetteer lacks, not two towns (a town and its division or
    country have a comma between them, or one of them is no town). Where both words name the same town
    ("Magüí Payán": the gazetteer knows the town by each), the first stays as that town."""
    texts, spaces = token_texts(tokens), token_spaces(tokens)
    towns = {h.start: h for h in hits if not h.part and not h.demonym and (e := entries_of(h)) and e[0].kind == "city"}
    out: set[int] = set()
    for start, h in towns.items():
        nxt = towns.get(h.end)
        if nxt is not None and spaces[h.end - 1] and texts[h.end - 1][-1:].isalpha() and texts[h.end][:1].isupper():
            a, b = entries_of(h)[0], entries_of(nxt)[0]
            out |= {nxt.start} if km(a.lat, a.lon, b.lat, b.lon) <= SAME_TOWN_KM else {start, nxt.start}
    return out


def _foreign_country_form(hit: Hit, tokens: Doc, gaz: Gazetteer, entries: Sequence[Entry]) -> bool:
    """Is the hit a country's name only in another language's spelling ("Suisse", "Schweiz": alternates of
    Switzerland) right after a capitalised word that does not open the sentence ("Credit Suisse")?"""
    if not entries or entries[0].kind != "country" or hit.start == 0:
        return False
    prev, readings = tokens[hit.start - 1], gaz.index.get(hit.key, ())
    return prev.text[:1].isupper() and prev.is_alpha and not prev.is_sent_start \
        and bool(readings) and all(alt for _, alt in readings)


SPANISH_ARTICLES = {"una", "un", "la", "el", "los", "las", "del", "para", "por", "con", "sin"}
NAME_ARTICLES = {"El", "La", "Los", "Las"}  # capitalised, inside a place's own name ("El Macao", "Las Terrenas")


def _after_spanish_article(hit: Hit, tokens: Doc) -> bool:
    """A Spanish word after a Spanish article or preposition in an English text is Spanish too: the
    "Asociación para una Sociedad más Justa" names no town Sociedad."""
    return hit.start > 0 and token_lowers(tokens)[hit.start - 1] in SPANISH_ARTICLES


PLACES_OF = {"municipalities", "towns", "cities", "villages", "ports", "communities", "municipality", "town",
             "village"}


COMPASS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east",
           "north-west", "south-east", "south-west"}
DISTANCE_UNITS = {"miles", "mile", "km", "kilometers", "kilometres", "kilometer", "kilometre", "nm", "yards"}


def _measured_from(hit: Hit, tokens: Doc) -> bool:
    """ "about 18 miles south of Marathon": a distance and a bearing from the name say it is a place."""
    lowers = token_lowers(tokens)
    k = hit.start
    return k >= 3 and lowers[k - 1] == "of" and lowers[k - 2] in COMPASS and lowers[k - 3] in DISTANCE_UNITS


def _home_after_age(hit: Hit, tokens: Doc) -> bool:
    """ "Wesner Louis, 38, of Orlando": after a person's age, "of" opens where the person lives, a place."""
    texts, k = token_texts(tokens), hit.start
    return k >= 4 and texts[k - 1] == "of" and texts[k - 2] == "," and texts[k - 3].isdigit() and texts[k - 4] == ","


def _of_places(hit: Hit, tokens: Doc) -> bool:
    """Does "the towns of" (or "the municipality of") come right before the hit? Then it is a place."""
    lowers = token_lowers(tokens)
    return hit.start > 1 and lowers[hit.start - 1] == "of" and lowers[hit.start - 2] in PLACES_OF


def in_place_list(hit: Hit, tokens: Doc, by_end: dict[int, Hit]) -> bool:
    """Is the hit a later item of a list of places that the text introduces as places ("the Colombian
    towns of Necoclí, Turbo and Capurganá", "ports such as Manzanillo, Mobile and …")? Then a name that
    is also a word ("Turbo") is a place: the list says what its items are."""
    k = hit.start
    first = None
    while k > 0:
        gap_end = k
        while k > 0 and (tokens[k - 1].text == "," or tokens[k - 1].lower_ in {"and", "or"}):
            k -= 1
        prev = by_end.get(k)
        if prev is None or k == gap_end or gap_end - k > 2:
            break
        first = prev
        k = prev.start
    return first is not None and strong_evidence(first, tokens, False, False)


LOCAL_PLACE_WORDS = {"community", "neighborhood", "neighbourhood", "district", "settlement", "village", "section"}


def _listed_with_its_countrys_city(hit: Hit, tokens: Doc, by_start: dict[int, Hit], by_end: dict[int, Hit],
                                   entries_of: _Entries, gaz: Gazetteer) -> bool:
    """ "banks in New York and Miami", "gateways such as Miami, Tampa and Fort Lauderdale": a city of
    ``KNOWN_TOWN`` people or more whose name is also a word, listed with another city of its country that is no
    word, is a place: the list says what its items are."""
    own = entries_of(hit)
    if not own or own[0].kind != "city" or own[0].population < KNOWN_TOWN:
        return False
    lowers = token_lowers(tokens)

    def city_of_country(h: Hit | None) -> bool:
        es = entries_of(h) if h is not None and not h.part and h.key not in gaz.common_words else ()
        return bool(es) and es[0].kind == "city" and es[0].country == own[0].country \
            and es[0].population >= KNOWN_TOWN

    return any(city_of_country(h) for h in _listed_with(hit, by_start, by_end, lowers))


def _listed_with(hit: Hit, by_start: dict[int, Hit], by_end: dict[int, Hit], lowers: list[str]) -> Iterator[Hit]:
    """The names listed with ``hit`` (joined by commas, "and" or "or"), the nearest first on each side."""
    n = len(lowers)
    for before in (True, False):
        k = hit.start if before else hit.end
        while (k > 1 if before else k + 1 < n):
            gap = lowers[k - 2:k] if before else lowers[k:k + 2]
            if gap[1 if before else 0] not in LIST_WORDS:
                break
            width = 2 if gap in ([",", "and"], [",", "or"]) else 1
            k += -width if before else width
            nxt = by_end.get(k) if before else by_start.get(k)
            if nxt is None:
                break
            yield nxt
            k = nxt.start if before else nxt.end


LIST_WORDS = {",", "and", "or"}


BUILDING_NOUNS = {"hotel", "restaurant", "nightclub", "bar", "building", "tower", "mall", "casino", "stadium"}
LOCAL_NAME_NOUNS = LOCAL_PLACE_WORDS | {"colonia", "barrio", "sector"}  # before "of" and a local place's name


def _opens_local_name(hit: Hit, tokens: Doc) -> bool:
    """ "in the neighborhood of Armenia Bonito": a local place's name after its noun and "of", run on past the
    country's name that opens it."""
    texts, lowers, k = token_texts(tokens), token_lowers(tokens), hit.start
    return k > 1 and lowers[k - 1] == "of" and lowers[k - 2] in LOCAL_NAME_NOUNS \
        and hit.end < len(tokens) and texts[hit.end][:1].isupper() and texts[hit.end].isalpha()


def _a_buildings_name(hit: Hit, tokens: Doc, entries: list[Entry]) -> bool:
    """ "the Saratoga hotel": a small town's name between "the" and a lower-case building noun names the building."""
    lowers, k, j = token_lowers(tokens), hit.start, hit.end
    return k > 0 and lowers[k - 1] == "the" and j < len(tokens) and lowers[j] in BUILDING_NOUNS \
        and tokens[j].text.islower() and entries[0].kind == "city" and entries[0].population < SMALL_TOWN \
        and not entries[0].capital


DOG_WORDS = {"canine", "dog", "k-9", "k9"}  # "the canine team Sonora alerted to the load": a detector dog's name
DOG_PARTS = {"team", "partner", "unit"}


def _first_of_two_features(h: Hit, tokens: Doc) -> bool:
    """ "the La Amistad and Falcon reservoirs": the first of two names before "reservoirs" or "dams" is one too (not
    before "rivers": the dev sets' gold draws "the Sapoá and Frío rivers" at the town the first river is named for)."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    k = h.end
    if k + 2 >= len(texts) or lowers[k] != "and" or not texts[k + 1][:1].isupper():
        return False
    m = k + 1
    while m < len(texts) and m - k <= 3 and texts[m][:1].isupper():
        m += 1
    return m < len(texts) and lowers[m] in RESERVOIR_PLURALS


_MODEL_NUMBER = re.compile(r"\d{2,}[A-Z]{0,3}")
NUMBERED_FACILITIES = {"prison", "jail", "penitentiary", "base", "camp", "station", "facility", "plant"}


def _in_a_product_or_facility_name(h: Hit, tokens: Doc, entries: list[Entry]) -> bool:
    """ "Royal Caribbean", "Royal Bahamas Police Force": "Royal" opens a company's or a body's name; "the Kilo 8
    prison" in Camagüey: a name and a number before a facility's noun name the facility, not Kiel; "a Dassault Falcon
    900EX aircraft": a maker's name, the place's name and a model number name a product."""
    texts = token_texts(tokens)
    if h.start > 0 and texts[h.start - 1] == "Royal":
        return True
    if h.end + 1 < len(texts) and texts[h.end].isdigit() and texts[h.end + 1].lower() in NUMBERED_FACILITIES:
        return True
    return h.start > 0 and h.end < len(texts) and bool(_MODEL_NUMBER.fullmatch(texts[h.end])) \
        and texts[h.start - 1][:1].isupper() and texts[h.start - 1].isalpha() and not tokens[h.start - 1].is_sent_start \
        and not any(e.kind == "country" for e in entries)


def _a_dogs_name(hit: Hit, tokens: Doc) -> bool:
    """Is the name a detector dog's, right after "canine", "dog", "K-9" or "canine team"?"""
    lowers, k = token_lowers(tokens), hit.start
    return k > 0 and (lowers[k - 1] in DOG_WORDS or k > 1 and lowers[k - 1] in DOG_PARTS and lowers[k - 2] in DOG_WORDS)


# heads of the bodies named for their members ("Fishers' Consortium", "Growers' Association")
MEMBERS_BODY_HEADS = {"consortium", "association", "cooperative", "union", "federation", "society", "council",
                      "alliance", "league", "guild", "network", "committee", "group", "club", "foundation"}


def _members_in_a_bodys_name(hit: Hit, tokens: Doc) -> bool:
    """ "The Osa Peninsula Fishers' Consortium": a plural before the possessive apostrophe and a body's head, inside
    a capitalised name, is the body's members (not Fishers, Indiana)."""
    texts, k = token_texts(tokens), hit.end
    return k + 1 < len(texts) and texts[k] in {"'", "’"} and texts[k + 1][:1].isupper() \
        and texts[k + 1].lower() in MEMBERS_BODY_HEADS and hit.key.endswith("s") \
        and hit.start > 0 and texts[hit.start - 1][:1].isupper() and texts[hit.start - 1].isalpha()


PEOPLES_NOUNS = {"communities", "peoples", "people", "nations", "tribes", "languages", "groups"}


def _in_a_list_of_peoples(hit: Hit, tokens: Doc, starts: set[int]) -> bool:
    """ "home to Miskitu, Mayangna, Rama, Garifuna and Creole communities": a name in a list of peoples, the list
    closed by "communities" or "peoples" and most of its other items no place's name, is a people (not El Rama)."""
    texts, lowers, n = token_texts(tokens), token_lowers(tokens), len(tokens)
    items, k = [hit.start], hit.end
    while k < n and (texts[k] == "," or lowers[k] == "and" or tokens[k].is_alpha and texts[k][:1].isupper()):
        if texts[k][:1].isupper() and texts[k - 1] in {",", "and"}:
            items.append(k)
        k += 1
    if k >= n or lowers[k] not in PEOPLES_NOUNS or len(items) < 2:
        return False
    m = hit.start  # and the items before it
    while m >= 2 and texts[m - 1] in {",", "and"} and tokens[m - 2].is_alpha and texts[m - 2][:1].isupper():
        m -= 2
        items.append(m)
    others = [i for i in items if i != hit.start]
    return len(others) >= 2 and sum(i not in starts for i in others) * 2 > len(others)


def _local_place_named_for(hit: Hit, tokens: Doc) -> bool:
    """ "the <name> community in <town>": a local place of that name, inside the town the text goes on to name;
    so is "<name>, a community in <town>" ("in Gaza, a community in Old Harbour named by residents after …")."""
    k, n, lowers = hit.end, len(tokens), token_lowers(tokens)
    if k + 3 < n and lowers[k] == "," and lowers[k + 1] in {"a", "an"}:
        m = k + 2 + (lowers[k + 2] in {"small", "poor", "rural", "coastal", "fishing", "farming", "local"})
        return m + 1 < n and lowers[m] in LOCAL_PLACE_WORDS and lowers[m + 1] in {"in", "of", "near", "outside"}
    return hit.start > 0 and lowers[hit.start - 1] == "the" and k + 1 < n \
        and lowers[k] in LOCAL_PLACE_WORDS and lowers[k + 1] in {"in", "of", "near", "outside"}


COLONY_WORDS = {"colony", "colonies", "settlement", "settlements"}


def _colony_named_for(hit: Hit, tokens: Doc) -> bool:
    """Is the name followed, directly or through a list of capitalised names, by a lower-case word for a colony
    ("the Manitoba colony", "the Manitoba and Swift Current colonies")?"""
    texts, lowers, n = token_texts(tokens), token_lowers(tokens), len(tokens)
    k = hit.end
    while k < n and k - hit.end < 8 and (texts[k][:1].isupper() or lowers[k] in {"and", ","}) \
            and lowers[k] not in COLONY_WORDS:
        k += 1
    return k < n and lowers[k] in COLONY_WORDS and texts[k].islower()


def _listed_after_place(hit: Hit, tokens: Doc, by_end: dict[int, Hit]) -> bool:
    """Does the hit follow another place name and a comma or "and" ("Arenal, Dolores and Poptún")?"""
    k = hit.start
    return k >= 2 and token_lowers(tokens)[k - 1] in {",", "and", "or", "y"} and (k - 1) in by_end


SUBJECT_VERBS = frozenset({"was", "is", "has", "had", "said", "says", "pleaded", "faces", "remains", "told", "admitted",
                           "agreed", "will", "would"})


def _subject_of_verb(hit: Hit, tokens: Doc) -> bool:
    """ "… in Del Rio, and Castroville was arrested in Eagle Pass": a person's surname right before a verb is the
    clause's subject, not a place listed after the one before it."""
    return hit.end < len(tokens) and token_lowers(tokens)[hit.end] in SUBJECT_VERBS


def _subject_after_opening_place(hit: Hit, tokens: Doc, by_end: dict[int, Hit]) -> bool:
    """ "In Kingston, Richardson met …": the clause's subject after the place a sentence opens on, not a second
    place listed after it."""
    k = hit.start
    lowers = token_lowers(tokens)
    if k < 3 or lowers[k - 1] != "," or (k - 1) not in by_end:
        return False
    before = by_end[k - 1].start - 1
    return before >= 0 and lowers[before] in {"in", "at", "from"} and tokens[before].is_sent_start


def _qualified(hit: Hit, tokens: Doc, by_start: dict[int, Hit], entries_of: _Entries) -> bool:
    """Does a country or division that contains one of the hit's readings follow it ("POB Masaya,
    Nicaragua")? Then it names a place whatever word precedes it: names of people and bodies are not
    qualified so."""
    q = qualifier(hit, tokens, by_start)
    if q is None or q.demonym or token_texts(tokens)[hit.end] == "in":
        return False  # ("Banco X in Honduras": "in" says where a longer name's body is, not that X is a place)
    quals = qualifier_readings(q, entries_of)
    return any(within(e, c) for e in entries_of(hit) for c in quals)


def qualifier_readings(q: Hit, entries_of: _Entries) -> list[Entry]:
    """The countries and divisions a qualifier may name: "Albany, New York" and "Spokane, Washington" name the
    states, which the gazetteer indexes as "New York State" ("New York" alone is the city)."""
    quals = [e for e in entries_of(q) if e.kind in ("country", "admin1")]
    if not q.demonym and not any(e.kind == "admin1" for e in quals):
        quals += [e for e in entries_of.gaz.key_candidates(f"{q.key} state") if e.kind == "admin1"]
    return quals


def _document_countries(entries_of: _Entries, hits: list[tuple[Hit, bool]]) -> set[str]:
    """Countries the document names outright (or through a demonym): the main disambiguation context."""
    countries = set()
    for h, _ in hits:
        entries = entries_of(h)
        if entries and entries[0].kind == "country":
            countries.add(entries[0].country)
        elif entries and entries[0].members and not h.demonym:
            countries.update(entries[0].members) if len(entries[0].members) <= 3 else None
    return countries


def resolve_hits(tokens: Doc, gaz: Gazetteer) -> tuple[list[Resolved], set[str]]:
    """Each accepted hit with its chosen gazetteer entry, mention kind, confidence and alternatives.

    Two passes: the clear winners of the first (cities and divisions with one obvious reading)
    become anchors that pull ambiguous names of the second towards them. Also returns the countries
    the document names, the context that weakly evidenced places are judged by.
    """
    entries_of = _Entries(gaz)
    hits = accepted_hits(tokens, gaz, entries_of)
    countries = _document_countries(entries_of, hits)
    main = _main_country(entries_of, hits)
    unanchored: dict[tuple, list[tuple[float, Entry]]] = {}  # the first pass's rankings, for the second
    by_start = {h.start: h for h, _ in hits if not h.part}
    around = [_Around(h, dateline, tokens, by_start, entries_of) for h, dateline in hits]  # the same in both passes
    first = _resolve(tokens, gaz, around, (), entries_of, countries, unanchored, main)
    anchors = {r.entry.id: r.entry for r in first
               if r.kind != "demonym" and r.entry.kind in ("city", "admin1") and r.confidence >= 0.8
               and (r.strong or r.entry.id.startswith(SEAT_PREFIX) and r.confidence >= SEAT_ANCHOR)}
    second = _resolve(tokens, gaz, around, Anchors((*anchors.values(), *_region_anchors(first, gaz))), entries_of,
                      countries, unanchored, main)
    second = _states_among_towns(_far_from_own_division(second, tokens), tokens)
    listed = _towns_listed_together(_divisions_listed_together(second, tokens), tokens, countries, gaz)
    listed = _nearest_in_list(_cities_listed_together(_stray_in_a_list(listed, tokens, gaz), tokens), tokens)
    listed = _capital_among_capitals(listed, tokens)
    listed = _at_a_border(_crossings_towards(_regions_among_other_places(listed, tokens), tokens), tokens, gaz)
    listed = _short_for_feature(_county_in_context(_largest_in_wide_list(listed, tokens), gaz), tokens)
    listed = _region_of_far_division(_state_after_unknown_town(listed, tokens), tokens)
    return _division_over_far_country(_feature_without_generic(listed, tokens, gaz), tokens), countries


TOWN_AFTER = {"municipality", "municipio", "township"}  # after a country's name: a town of that name's ("China
# municipality", Nuevo León)
LIST_REACH = 8  # tokens: a town this near before the name is of its list
WITHIN_WORDS = {"municipality", "municipio"}  # a town's own; a division's name is read less surely (Sucre)
WITHIN_KM = 300  # a place "in the municipality of Y" read farther than this from Y is another of its name


def _far_from_own_division(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "at Monterrico and Hawaii, in the municipality of Taxisco": the text says where the place is; a reading far
    from there (the U.S. state) is a namesake of a village the gazetteer lacks: left out. The list before the
    clause shares it."""
    lowers = token_lowers(tokens)
    by_start = {r.hit.start: r for r in resolved if r.kind == "name"}
    drop = set()
    for i, r in enumerate(resolved):
        k = r.hit.end
        if r.kind != "name" or r.qualified or k + 5 >= len(tokens) or lowers[k] != "," or lowers[k + 1] != "in" \
                or lowers[k + 2] != "the" or lowers[k + 3] not in WITHIN_WORDS or lowers[k + 4] != "of":
            continue
        where = by_start.get(k + 5)
        if where is None or where.entry.kind != "city":
            continue
        for j in (i, *(m for m in range(i) if 0 < r.hit.start - resolved[m].hit.end <= 2
                        and all(w in LIST_JOINS for w in lowers[resolved[m].hit.end:r.hit.start]))):
            e = resolved[j].entry
            if e.kind in ("city", "admin1") and km(e.lat, e.lon, where.entry.lat, where.entry.lon) > WITHIN_KM:
                drop.add(j)
    return [r for i, r in enumerate(resolved) if i not in drop] if drop else resolved


def _states_among_towns(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "in Cuauhtémoc, Bocoyna and Guerrero, Chihuahua": the last of towns listed before their state, named like
    another state of the country, is the town of that name the gazetteer lacks, not the state 1,000 km away: left
    out."""
    lowers, texts = token_lowers(tokens), token_texts(tokens)
    drop = set()
    for i, r in enumerate(resolved):
        e, k = r.entry, r.hit.end
        if r.kind != "name" or e.kind != "admin1" or k + 1 >= len(tokens) or texts[k] != ",":
            continue
        state = next((q.entry for q in resolved if q.hit.start == k + 1 and q.entry.kind in ("admin1", "city")
                      and q.entry.country == e.country and q.entry.admin1 and q.entry.admin1 != e.admin1), None)
        if state is not None and lowers[r.hit.start - 1] in LIST_JOINS and any(
                m.entry.kind == "city" and m.entry.country == state.country and m.entry.admin1 == state.admin1
                and 0 < r.hit.start - m.hit.end <= LIST_REACH for m in resolved):  # (the state, or its capital)
            drop.add(i)
    return [r for i, r in enumerate(resolved) if i not in drop] if drop else resolved


SEAT_PREFIX = "seat:"  # a curated town no other place is named like ("Buccoo"): one clear reading anchors its
SEAT_ANCHOR = 0.9  # neighbours without strong evidence ("around Crown Point, Buccoo and Scarborough": Tobago's)
SHORT_FEATURE_KM = 100  # a town at least this far from the feature whose name it opens is not what the text means


FACILITY_AFTER = {"cargo", "facility", "facilities", "port", "bridge", "crossing", "lanes", "lane", "inspection",
                  "station", "compound", "terminal"}


def _a_facility_mention(h: Hit, tokens: Doc) -> bool:
    """ "This seizure at Colombia", "the Colombia cargo facility": a name used as a crossing's, not a country's;
    and "the Colombia Solidarity cargo facility", the crossing's name cut short."""
    lowers = token_lowers(tokens)
    return h.start > 0 and lowers[h.start - 1] == "at" \
        or h.end < len(tokens) and lowers[h.end] in FACILITY_AFTER and tokens[h.end].text.islower() \
        or opens_longer_name(h, tokens)


SHORT_DIVISION_KM = 600  # a division of the name this near the feature it opens is the one meant


def _short_for_feature(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "the Columbus Port of Entry … the Columbus port": a town's name that opens the name of a feature the
    document names is that feature, when the town is far from it (Columbus, Ohio)."""
    features = [r.entry for r in resolved if r.entry.kind == "feature"]
    areas = [r.entry for r in resolved if r.entry.kind in ("admin1", "region") and r.kind == "name"]
    lowers = token_lowers(tokens)
    crossings = {id(r) for r in resolved if r.hit.end < len(lowers) and lowers[r.hit.end] in CROSSING_AFTER
                 or r.entry.kind == "city" and not CROSSING_WORDS.isdisjoint(
                     lowers[max(0, r.hit.start - CROSSING_REACH):r.hit.end + CROSSING_REACH])}
    # "the ports of entry … from Presidio and Fabens to Columbus and the Antelope Wells crossing": a crossing, named by
    # its town; kept by identity (a Resolved compared field by field, once per place, was quadratic on long texts)
    if not features and not areas and not crossings:
        return resolved
    out = []
    for r in resolved:
        e = r.entry
        if e.kind == "city" and not r.qualified and r.kind == "name":
            opened = next((f for f in features if norm(f.name).startswith(r.hit.key + " ")
                           and km(e.lat, e.lon, f.lat, f.lon) >= SHORT_FEATURE_KM), None) \
                or (_crossing_named(r, e, resolved) if id(r) in crossings else None)
            division = None if opened is None else next(
                (a for _, a in r.alternatives if a.kind == "admin1"
                 and km(a.lat, a.lon, opened.lat, opened.lon) <= SHORT_DIVISION_KM), None)
            if division is not None:  # "communications from Florida … ships in the Florida Straits": the state the
                r = replace(r, entry=division)  # straits are named after, not a Cuban town nor the straits
            elif opened is not None:
                r = replace(r, entry=opened)
            elif any(norm(a.name).startswith(r.hit.key + " ") and km(e.lat, e.lon, a.lat, a.lon) > LONE_TOWN_KM
                     and a.country != e.country for a in areas):
                continue  # "Guna Yala … the Guna comarca": an area's first word, read on another continent (Guna,
                # India), is the area's people or the area, not that town (a town of the area's country stands:
                # Washington beside Washington State)
        elif e.kind == "country" and not r.qualified and r.kind == "name" and _a_facility_mention(r.hit, tokens) \
                and not any(x.entry.country == e.country and x.entry.kind != "country" for x in resolved):
            opened = next((f for f in features if _short_key(f.name).startswith(r.hit.key + " ")
                           and km(e.lat, e.lon, f.lat, f.lon) >= SHORT_FEATURE_KM), None)
            if opened is not None:  # "the Colombia Solidarity International Bridge … This seizure at Colombia":
                r = replace(r, entry=opened)  # the crossing, in a text that names no place of the country
        out.append(r)
    return out


CROSSING_AFTER = frozenset({"crossing", "port", "bridge", "checkpoint"})  # "through the Columbus crossing"
CROSSING_NAMES = ("port of entry", "international bridge", "bridge", "crossing")


def _crossing_named(r: Resolved, town: Entry, resolved: list[Resolved]) -> Entry | None:
    """ "cash returned through the Columbus crossing, opposite Puerto Palomas": a town's name before a crossing's
    word, when the gazetteer holds a crossing of that name far from the town read (Columbus, Ohio) and the text
    names another place near the crossing, is the crossing, though the text never writes its full name."""
    gaz = get_gazetteer()
    for generic in CROSSING_NAMES:
        found = [f for f in gaz.key_candidates(f"{r.hit.key} {generic}") if f.kind == "feature"]
        if found and km(town.lat, town.lon, found[0].lat, found[0].lon) >= SHORT_FEATURE_KM \
                and any(x is not r and x.entry.kind in ("city", "feature")
                        and km(x.entry.lat, x.entry.lon, found[0].lat, found[0].lon) <= CROSSING_NEAR_KM
                        for x in resolved):
            return found[0]
    return None


CROSSING_NEAR_KM = 150
CROSSING_WORDS = frozenset({"crossing", "crossings", "port", "ports", "bridge", "bridges"})
CROSSING_REACH = 20  # tokens: how near a word for crossings makes a town's name a crossing's, the conditions met


BRIDGE_WORDS = frozenset({"bridge", "bridges", "crossing", "crossings"})
FEATURE_GENERICS = {"international bridge": BRIDGE_WORDS, "bridge": BRIDGE_WORDS, "dam": frozenset({"dam", "dams"})}
GENERIC_WORDS_ANY = frozenset().union(*FEATURE_GENERICS.values())
SHORT_REACH = 4  # tokens: how far a feature's short name may reach before or after the word read as a place


def _short_key(text: str) -> str:
    return " ".join(norm(text).replace("-", " ").split())


def _feature_shorts(gaz: Gazetteer) -> dict[str, tuple[Entry, frozenset[str]]]:
    """Curated features' names without their generic word ("Colombia-Solidarity" of "… International Bridge"),
    of two words or a hyphenated pair (one word alone is too often something else: "Peace", "Donna") that name
    no place themselves, with the words a sentence must hold for the short name to mean the feature; found once
    per process."""
    found = gaz.derived.get("feature_shorts")
    if found is None:
        found = {}
        for e in gaz.entries.values():
            if e.kind != "feature":
                continue
            low = e.name.lower()
            suffix = next((x for x in FEATURE_GENERICS if low.endswith(" " + x)), None)
            short = e.name[:-len(suffix) - 1] if suffix else ""
            if (len(short.split()) >= 2 or "-" in short) and norm(short) not in gaz.index \
                    and _short_key(short) not in gaz.index:  # not a town's own name: "Del Rio", "Eagle Pass"
                found.setdefault(_short_key(short), (e, FEATURE_GENERICS[suffix]))
        gaz.derived["feature_shorts"] = found
    return found


def _feature_without_generic(resolved: list[Resolved], tokens: Doc, gaz: Gazetteer) -> list[Resolved]:
    """ "at Colombia Solidarity and the other Laredo bridges", "the Juárez-Lincoln and Gateway to the Americas
    bridges": a bridge (or dam) named without its generic word, in a sentence that speaks of bridges, is that
    bridge, not the country, town or region a word of its name is."""
    lowers = token_lowers(tokens)
    if not resolved or GENERIC_WORDS_ANY.isdisjoint(lowers):
        return resolved  # (most documents name no bridge or dam)
    text = tokens.text
    shorts = None
    out = []
    for r in resolved:
        if r.kind == "name" and not r.qualified and r.entry.kind != "feature":
            s0, e0 = sentence_at(tokens, r.hit.start)
            words = GENERIC_WORDS_ANY.intersection(lowers[s0:e0])
            if words:
                shorts = _feature_shorts(gaz) if shorts is None else shorts
                found = next((f for a in range(max(s0, r.hit.start - SHORT_REACH), r.hit.start + 1)
                              for b in range(r.hit.end, min(e0, r.hit.end + SHORT_REACH) + 1)
                              if (f := shorts.get(_short_key(text[tokens[a].idx:tokens[b - 1].idx + len(tokens[b - 1])])))
                              and words & f[1]), None)
                if found is not None:
                    r = replace(r, entry=found[0])
        out.append(r)
    return out


COUNTY_REACH_KM = 150  # a county reading this near a U.S. place the document names (beyond the county's own radius)


def _county_in_context(resolved: list[Resolved], gaz: Gazetteer) -> list[Resolved]:
    """ "El Paso County", "Washington County": a U.S. county name that several states share is the county near
    the document's other U.S. places (El Paso County, Texas, in a release on El Paso); with no such place it
    is left unmapped rather than put in whichever state comes first."""
    if not any(r.entry.id.startswith(COUNTY_ID) for r in resolved):
        return resolved
    located = [r.entry for r in resolved if r.kind != "demonym" and r.entry.country == "US"
               and r.entry.kind in ("city", "admin1") and not r.entry.id.startswith(COUNTY_ID)]
    out = []
    for r in resolved:
        if not r.entry.id.startswith(COUNTY_ID):
            out.append(r)
            continue
        same = [e for e in gaz.key_candidates(r.hit.key) if e.id.startswith(COUNTY_ID)]
        if len(same) == 1:
            out.append(r)
            continue

        def reach(e: Entry) -> float:  # 0 in a state the document names, else the distance to its places
            return min((0.0 if o.id == e.admin1 else km(e.lat, e.lon, o.lat, o.lon) - e.radius_km
                        for o in located), default=float("inf"))

        best = min(same, key=reach)
        if reach(best) <= COUNTY_REACH_KM:
            out.append(replace(r, entry=best))
    return out


SMALL_TOWN = 100_000  # people: towns smaller than this, listed together, are one country's local places
OCEANS_KM = 4000  # a reading this far from every town listed beside it is on another continent
HOME_PLACES = 5  # names of places in one country, at least twice any other's, that make it the one a text is about


REPEATED_PREPOSITIONS = {"in", "at", "from"}  # said again after a list's join: "in Santa Cruz and in Filadelfia"


def _list_mates(resolved: list[Resolved], i: int, lowers: list[str]) -> list[Resolved]:
    """The places right before and after ``resolved[i]`` in a list ("Argelia, Suárez and Buenos Aires")."""
    r = resolved[i]
    out = []
    for m in (resolved[i - 1] if i else None, resolved[i + 1] if i + 1 < len(resolved) else None):
        if m is None or m.kind != "name":
            continue
        lo, hi = (m.hit.end, r.hit.start) if m.hit.start < r.hit.start else (r.hit.end, m.hit.start)
        gap = lowers[lo:hi]
        if 0 < hi - lo <= 2 and all(w in LIST_JOINS for w in gap) \
                or 1 < len(gap) <= 3 and gap[-1] in REPEATED_PREPOSITIONS and gap[-2] in ("and", "or") \
                and all(w in LIST_JOINS for w in gap[:-1]) and min(r.hit.start, m.hit.start) > 0 \
                and lowers[min(r.hit.start, m.hit.start) - 1] == gap[-1]:
            out.append(m)  # (also "in Santa Cruz and in Filadelfia")
    return out


def _towns_listed_together(resolved: list[Resolved], tokens: Doc, named: set[str], gaz: Gazetteer) -> list[Resolved]:
    """ "the municipalities of Argelia, Suárez and Buenos Aires", "in Trujillo and Puerto Lempira": a large city
    abroad, in a country the document never names, listed among small towns of one other country, is that
    country's namesake town, and so is a country the document names only by that word ("in Ciudad Quesada,
    Liberia and Puntarenas"); when the gazetteer has none, the name is left unmapped rather than drawn on
    another continent. So is a city read only by its name in another tongue, even in a country the document names
    ("stations in Liberia, Nicoya and Filadelfia": not Philadelphia), unless it lies beside a mate. Lists of capitals
    ("Lima and Bogotá") cross borders and are left alone."""
    lowers = token_lowers(tokens)
    out: list[Resolved] = []
    counts = Counter(r.entry.country for r in resolved if r.kind == "name")
    top = counts.most_common(2)
    home = top[0][0] if top and top[0][1] >= HOME_PLACES and (len(top) == 1 or top[0][1] >= 2 * top[1][1]) else ""
    for i, r in enumerate(resolved):
        e = r.entry
        if r.kind != "name" or r.qualified or not (e.kind == "city" and (e.country not in named
                                                                         or _by_exonym_only(r, gaz))
                                                   or e.kind == "country" and _named_only_as(resolved, r)):
            out.append(r)
            continue
        mates = _list_mates(resolved, i, lowers)
        if e.kind == "city" and (e.country in named or e.population >= SMALL_TOWN) \
                and any(km(e.lat, e.lon, m.entry.lat, m.entry.lon) <= LIST_FAR_KM for m in mates):
            out.append(r)  # beside its neighbours across a border, the city itself: "Melchor de Mencos and Benque
            continue  # Viejo del Carmen" (another tongue's name), "the highways to Petén and Chetumal" (a large
            # city; a village of an unnamed country is no such neighbour: "El Rodeo, El Porvenir")
        oceans_away = bool(mates) and not e.capital and e.population < FAMOUS_CITY \
            and all(km(e.lat, e.lon, m.entry.lat, m.entry.lon) > OCEANS_KM for m in mates)  # (capitals and world
        # cities are listed across oceans: "flights to Dakar, Rome and Miami")
        local = {m.entry.country for m in mates if m.entry.kind == "admin1"
                 or m.entry.kind == "city" and not m.entry.capital and (m.entry.population < SMALL_TOWN or oceans_away)
                 or e.kind == "country" and m.entry.kind == "city" and m.entry.country == home
                 and km(e.lat, e.lon, m.entry.lat, m.entry.lon) > OCEANS_KM}
        # (a country an ocean away named only by that word beside a city, capitals too, of the country the document
        # is about: "What we seize here does not reach Liberia, San José or our ports", says a Costa Rican minister;
        # not a neighbour: "sells the meat in San Pedro Sula and El Salvador")
        # ("Fresnillo, Jerez, Guadalupe": beside towns of one state, Jerez de la Frontera is an ocean away; larger
        # towns than SMALL_TOWN count as local then)
        if not mates or len(local) != 1 or len(mates) != sum(1 for m in mates if m.entry.country in local) \
                or e.country in local or e.kind == "country" and not any(m.entry.kind == "city" for m in mates) \
                and not _before_its_division(r, mates, lowers):
            out.append(r)  # a country beside divisions only is the country: "through the Darién and Mexico"; not
            continue  # where a division follows it as a town's would ("Colombia, Nuevo León": a town unknown here)
        if any(a.country == e.country and km(a.lat, a.lon, e.lat, e.lon) <= LIST_NEAR_KM
               for m in mates for _, a in m.alternatives):
            out.append(r)  # a mate has a reading right beside it: the mate is the misread one ("from Livingston and
            continue  # Puerto Barrios", Livingston read in New Jersey), which the list's own rule then moves
        country = next(iter(local))
        if oceans_away and counts[country] <= counts[e.country]:
            out.append(r)  # the mate is the stray one, not this: "Fresnillo" beside a Jerez read in Spain
            continue
        namesake = next((a for _, a in r.alternatives if a.country == country and a.kind == "city"), None) \
            or next((a for a in gaz.key_candidates(r.hit.key) if a.country == country and a.kind == "city"
                     and a.id in gaz.needs_anchor and a.id.startswith(SEAT_PREFIX)
                     and any(km(a.lat, a.lon, m.entry.lat, m.entry.lon) <= LIST_FAR_KM for m in mates)), None)
        # a curated village waiting for local context, near a mate: the list of its country's towns is that
        # ("houses in Coronado and Boquete": Panama's beach town)
        if namesake is not None:
            out.append(replace(r, entry=namesake))
    return out


def _stray_in_a_list(resolved: list[Resolved], tokens: Doc, gaz: Gazetteer) -> list[Resolved]:
    """ "the beaches of El Tunco, El Zonte and Las Flores": a small town read in one country, listed with places of
    one other country that all lie far from it, and that the text names more places in, is their country's place of
    that name: its namesake there when the gazetteer has one, else left unmapped (not Las Flores, California, in a
    text on El Salvador that names Los Angeles; but Belize City "and in Key West, Florida" in a text on Belize)."""
    lowers = token_lowers(tokens)
    counts = Counter(r.entry.country for r in resolved if r.kind == "name")
    out: list[Resolved] = []
    for i, r in enumerate(resolved):
        e = r.entry
        if r.kind == "name" and not r.qualified and e.kind == "city" and not e.capital and e.population < SMALL_TOWN:
            others = [m for m in _whole_list(resolved, i, lowers) if m is not r]
            countries = {m.entry.country for m in others}
            plain = all(w in LIST_JOINS for m in _list_mates(resolved, i, lowers)
                        for w in lowers[min(m.hit.end, r.hit.end):max(m.hit.start, r.hit.start)])  # not "in
            # Roatán and in Weston, Florida": places set side by side, each with its own preposition
            if plain and len(others) >= 2 and len(countries) == 1 and e.country not in countries \
                    and counts[e.country] < counts[next(iter(countries))] \
                    and all(km(e.lat, e.lon, m.entry.lat, m.entry.lon) > LIST_FAR_KM for m in others):
                namesake = next((a for _, a in r.alternatives if a.country in countries and a.kind == "city"), None) \
                    or next((a for a in gaz.key_candidates(r.hit.key) if a.country in countries and a.kind == "city"
                             and any(km(a.lat, a.lon, m.entry.lat, m.entry.lon) <= LIST_FAR_KM for m in others)), None)
                if namesake is not None:  # (a curated village waiting for local context too: "the beaches of
                    out.append(replace(r, entry=namesake))  # Coronado and San Carlos" in Panama)
                continue
        out.append(r)
    return out


def _cities_listed_together(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "holdings in Managua, León and Granada": a name read as a division, listed among cities of its country
    only, is the city of that name when the gazetteer has one there (not where a division word follows the list:
    "the León and Chinandega departments")."""
    lowers = token_lowers(tokens)
    out: list[Resolved] = []
    for i, r in enumerate(resolved):
        e = r.entry
        if r.kind == "name" and not r.qualified and e.kind == "admin1":
            mates = _list_mates(resolved, i, lowers)
            ends = [r.hit.end, *(m.hit.end for m in mates)]
            starts = [r.hit.start, *(m.hit.start for m in mates)]
            if mates and all(m.entry.kind == "city" and m.entry.country == e.country or _capital_named(m, e.country)
                             for m in mates) and any(m.entry.kind == "city" for m in _whole_list(resolved, i, lowers)) \
                    and not any(k < len(lowers) and lowers[k] in DIVISION_CUES for k in ends) \
                    and not any(k >= 2 and lowers[k - 1] == "of" and lowers[k - 2] in DIVISION_CUES for k in starts):
                # (a mate read as a division named like its own town counts as that town: "free trade zones in
                # Heredia, Cartago and Alajuela" are the three towns, read alike, where Alajuela was read a town)
                city = next((a for _, a in r.alternatives if a.kind == "city" and a.country == e.country), None)
                if city is not None and within(city, e):  # the division's own town, not a namesake elsewhere
                    # ("lawmakers in Oaxaca, Tabasco and Veracruz": Tabasco, Zacatecas is no town of Tabasco)
                    r = replace(r, entry=city)
        out.append(r)
    return out


FAR_COUNTRY_ALONE_KM = 3000  # a country this far from every other place the text names…
DIVISION_NEAR_KM = 2500  # …and a division of its name this near one of them


def _division_over_far_country(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "a surfman who saved crews off the coast of Georgia in 1899", in a release on Puerto Rico: a name read as a
    country far from every other place the text names is the first-level division of that name near them (the
    U.S. state, not the Caucasus country)."""
    places = [r for r in resolved if r.kind == "name" and r.entry.kind in ("city", "admin1", "feature", "country")]
    lowers = token_lowers(tokens)
    out: list[Resolved] = []
    for r in resolved:
        e = r.entry
        if r.kind == "name" and not r.qualified and e.kind == "country" and len(places) > 1 \
                and lowers[max(0, r.hit.start - 2):r.hit.start] != ["republic", "of"]:  # "the Republic of Georgia"
            division = next((a for _, a in r.alternatives if a.kind == "admin1" and a.country != e.country), None)
            others = [x.entry for x in places if x is not r]
            if division is not None and norm(division.name) == r.hit.key \
                    and all(km(e.lat, e.lon, o.lat, o.lon) > FAR_COUNTRY_ALONE_KM for o in others) \
                    and any(km(division.lat, division.lon, o.lat, o.lon) <= DIVISION_NEAR_KM for o in others):
                r = replace(r, entry=division)
        out.append(r)
    return out


def _capital_among_capitals(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "killing our young people in Kingston, Port of Spain, Nassau and Castries": a name listed with national
    capitals only, two or more, is the capital of that name (Jamaica's), though the document names another country
    that has a town of the name (Kingston, Ontario) and not the capital's own."""
    lowers = token_lowers(tokens)
    out: list[Resolved] = []
    for i, r in enumerate(resolved):
        e = r.entry
        if r.kind == "name" and not r.qualified and e.kind == "city" and not e.capital:
            capital = next((a for _, a in r.alternatives
                            if a.kind == "city" and a.capital and a.population >= e.population), None)
            if capital is not None:
                mates = [m for m in _whole_list(resolved, i, lowers) if m is not r]
                if len({m.entry.country for m in mates if m.entry.kind == "city" and m.entry.capital}) >= 2 \
                        and all(m.entry.kind == "city" and m.entry.capital for m in mates):  # (not "between San
                    # Juan and Santo Domingo, Santiago and Punta Cana": the Dominican towns)
                    r = replace(r, entry=capital)
        out.append(r)
    return out


def _capital_named(r: Resolved, country: str) -> bool:
    """Is ``r`` read as a division of ``country`` that has a town of its own name inside it (Cartago)?"""
    return r.kind == "name" and not r.qualified and r.entry.kind == "admin1" and r.entry.country == country \
        and any(a.kind == "city" and a.country == country and within(a, r.entry) for _, a in r.alternatives)


def _whole_list(resolved: list[Resolved], i: int, lowers: list[str]) -> list[Resolved]:
    """Every item of the list ``resolved[i]`` stands in, itself included (mates of mates)."""
    seen, todo = {i}, [i]
    while todo:
        k = todo.pop()
        for m in _list_mates(resolved, k, lowers):
            j = resolved.index(m)
            if j not in seen:
                seen.add(j)
                todo.append(j)
    return [resolved[j] for j in sorted(seen)]


LIST_FAR_KM = 500  # a listed town this far from every town listed beside it …
LIST_NEAR_KM = 150  # … is its namesake this near one of them, when the gazetteer has one
LIST_CLOSER = 3  # … or a larger namesake within LIST_FAR_KM of one, this many times nearer than the reading
LIST_BESIDE_KM = 50  # a namesake this near a listed town of another country than the reading's is the one meant


def _nearest_in_list(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "the train station in Joliet, and in Aurora, Elgin and University Park": towns listed together lie together,
    so a town read far from every town beside it in the list (Aurora, Colorado, 1,400 km away) is its namesake near
    them (Aurora, Illinois), when the text does not qualify it. Not a capital: "the Embassies in San José and Panama
    City" are the two capitals. Two towns read far apart ("municipalities such as Santa Ana and San Miguel": Santa
    Ana, California, beside El Salvador's San Miguel) are not both moved towards each other's old reading: the move
    that costs the least score is made first, and the other is judged beside its mate as now read."""
    lowers = token_lowers(tokens)
    out = list(resolved)
    moves = sorted((m[1], i) for i in range(len(out)) if (m := _nearer_in_list(out, i, lowers)) is not None)
    for _, i in moves:
        m = _nearer_in_list(out, i, lowers)  # beside its mates as read now
        if m is not None:
            out[i] = replace(out[i], entry=m[0])
    return out


def _with_anchored_readings(r: Resolved, mates: list[Entry]) -> list[tuple[float, Entry]]:
    """The readings of ``r``, and (scored nothing, so moved to last) those the ranking left out for want of an anchor
    that lie right beside a mate: a village of the gazetteer's curated seats read only near what the document
    locates ("the reception stations in San Vicente, Lajas Blancas and Bajo Chiquito": the Darién's San Vicente)."""
    if r.entry.population >= KNOWN_TOWN:
        return list(r.alternatives)  # "Houston, Dallas and Atlanta": a large city is not its village namesake
    gaz = get_gazetteer()
    held = {a.id for _, a in r.alternatives}
    abroad = all(m.country != r.entry.country for m in mates) and len({m.country for m in mates}) == 1
    extra = [(0.0, a) for a in gaz.key_candidates(r.hit.key) if a.id not in held and a.kind == "city"
             and a.id in gaz.needs_anchor and any(km(a.lat, a.lon, m.lat, m.lon) <= (
                 LIST_FAR_KM if abroad and a.country == m.country and a.id.startswith(SEAT_PREFIX)
                 else LIST_BESIDE_KM) for m in mates)]  # (a curated town, not the small-town tier's thousands)
    return [*r.alternatives, *extra]  # ("houses in Coronado and Boquete": Panama's beach town, 280 km from
    # Boquete, not the Californian city, when every mate is of one other country)


def _nearer_in_list(resolved: list[Resolved], i: int, lowers: list[str]) -> tuple[Entry, float] | None:
    """The reading of ``resolved[i]`` that lies with its list mates, and the score it costs, if it should move."""
    r = resolved[i]
    e = r.entry
    if r.kind != "name" or r.qualified or e.kind not in ("city", "admin1") or not r.alternatives:
        return None
    mates = [m.entry for m in _list_mates(resolved, i, lowers) if m.entry.kind == "city"]
    if not mates:
        return None
    if e.capital:  # "the Embassies in San José and Panama City" are the two capitals; but "from Georgetown and Biabou
        # on the windward side": among small towns of one other country, the capital's namesake right beside them
        if len({m.country for m in mates}) != 1 or mates[0].country == e.country \
                or any(m.capital or m.population >= SMALL_TOWN for m in mates):
            return None
        near = next(((s, a) for s, a in r.alternatives if a.kind == "city" and a.country == mates[0].country
                     and any(km(a.lat, a.lon, m.lat, m.lon) <= LIST_BESIDE_KM for m in mates)), None)
        current = next((s for s, a in r.alternatives if a.id == e.id), r.alternatives[0][0])
        return None if near is None else (near[1], current - near[0])
    alternatives = _with_anchored_readings(r, mates)
    if len(alternatives) <= 1:
        return None
    current = next((s for s, a in r.alternatives if a.id == e.id), r.alternatives[0][0])
    if e.kind == "admin1":  # "through Rio Grande City, McAllen and Hidalgo": a division far from the towns it is
        # listed with is the town of its name right beside them (Hidalgo, Texas, not the Mexican state)
        if any(km(e.lat, e.lon, m.lat, m.lon) <= LIST_FAR_KM for m in mates) \
                or any(x.entry.kind == "admin1" for x in _whole_list(resolved, i, lowers) if x is not r):
            return None  # (a list of states, one read as its capital: "Zacatecas and Morelos")
        near = next(((s, a) for s, a in alternatives if a.kind == "city"
                     and any(km(a.lat, a.lon, m.lat, m.lon) <= LIST_BESIDE_KM for m in mates)), None)
    elif all(km(e.lat, e.lon, m.lat, m.lon) > LIST_FAR_KM for m in mates):
        # the best-ranked namesake near a mate; read in another country than every mate, also one in a mate's
        # country that is not far from it (El Salvador's Santa Ana, 160 km from San Miguel)
        abroad = all(m.country != e.country for m in mates)
        near = next(((s, a) for s, a in alternatives if a.kind == "city" and a.id != e.id
                     and any(km(a.lat, a.lon, m.lat, m.lon) <= (LIST_FAR_KM if abroad and a.country == m.country
                                                                 else LIST_NEAR_KM) for m in mates)), None)
        if near is None:  # "the ports of entry at Nogales, Ciudad Juárez and Tijuana": a larger namesake among the
            # list's towns (Nogales, Sonora), read far off (Nogales, Veracruz) beside a division named elsewhere
            reach = min(min(km(e.lat, e.lon, m.lat, m.lon) for m in mates), LIST_FAR_KM * LIST_CLOSER)
            near = next(((s, a) for s, a in alternatives if a.kind == "city" and a.id != e.id
                         and a.population >= e.population
                         and LIST_CLOSER * min(km(a.lat, a.lon, m.lat, m.lon) for m in mates) <= reach), None)
    elif len({m.country for m in mates}) == 1 and e.country != mates[0].country \
            and all(km(e.lat, e.lon, m.lat, m.lon) > LIST_NEAR_KM for m in mates):
        # "walk through Escuintla and Mapastepec": beside a town of Chiapas, the Chiapas Escuintla next
        # to it, not Guatemala's, across the border; or a namesake in the reading's own country across the border
        # from a mate ("Matamoros and Brownsville": Heroica Matamoros, not Matamoros, Coahuila)
        near = next(((s, a) for s, a in alternatives if a.kind == "city" and a.id != e.id
                     and a.country in (mates[0].country, e.country)
                     and any(km(a.lat, a.lon, m.lat, m.lon) <= LIST_BESIDE_KM for m in mates)), None)
    elif all(m.country == e.country and km(e.lat, e.lon, m.lat, m.lon) > LIST_NEAR_KM for m in mates):
        # "the stations at Lajas Blancas and San Vicente": beside a town of the Darién, the Darién's San Vicente,
        # not the one near the capital, 200 km off, when the gazetteer has one right beside the mate
        near = next(((s, a) for s, a in alternatives if a.kind == "city" and a.id != e.id and a.country == e.country
                     and any(km(a.lat, a.lon, m.lat, m.lon) <= LIST_BESIDE_KM for m in mates)), None)
    else:
        return None
    return None if near is None else (near[1], current - near[0])


def _regions_among_other_places(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "residents of Long Island, Exuma, Crooked Island, Acklins and Andros": a name read as a region of one
    country, listed among places of another only and far from all of them, is its namesake among them (the Bahamian
    island, not New York's), when the gazetteer has one near them."""
    lowers = token_lowers(tokens)
    out = list(resolved)
    for i, r in enumerate(out):
        e = r.entry
        if r.kind != "name" or r.qualified or e.kind != "region" or len(r.alternatives) <= 1:
            continue
        mates = [m.entry for m in _whole_list(out, i, lowers) if m is not r]
        countries = {m.country for m in mates if m.country}  # (seas and islands the gazetteer gives no country)
        if not mates or len(countries) > 1 or e.country in countries \
                or any(km(e.lat, e.lon, m.lat, m.lon) <= LIST_FAR_KM for m in mates):
            continue
        near = next((a for _, a in r.alternatives if a.id != e.id and (not countries or a.country in countries)
                     and any(km(a.lat, a.lon, m.lat, m.lon) <= LIST_FAR_KM for m in mates)), None)
        if near is not None:
            out[i] = replace(r, entry=near)
    return out


def _crossings_towards(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "the Santa Elena crossing with Chetumal": a town named for a crossing "with", "into" or "to" a place lies
    beside that place, so the reading nearest it is the one meant (Corozal's Santa Elena, not Cayo's), when one lies
    within a crossing's reach."""
    lowers = token_lowers(tokens)
    by_start = {r.hit.start: r for r in resolved}
    out = list(resolved)
    for i, r in enumerate(out):
        j = r.hit.end
        if r.kind != "name" or r.qualified or len(r.alternatives) <= 1 or j + 2 >= len(tokens):
            continue
        j += lowers[j] == "border"
        other = _across_from(r, tokens, lowers, out[:i])
        if other is None and (j + 2 >= len(tokens) or lowers[j] not in {"crossing", "bridge"}
                              or lowers[j + 1] not in {"with", "into", "to"}):
            continue
        other = other or by_start.get(j + 2)
        if other is None:
            continue
        o = other.entry
        near = min((a for _, a in r.alternatives if a.kind == "city"),
                   key=lambda a: km(a.lat, a.lon, o.lat, o.lon), default=None)
        if near is not None and near.id != r.entry.id and km(near.lat, near.lon, o.lat, o.lon) <= LIST_BESIDE_KM \
                and km(r.entry.lat, r.entry.lon, o.lat, o.lon) > LIST_BESIDE_KM:
            out[i] = replace(r, entry=near)
    return out


def _region_of_far_division(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "the Rio Grande Valley of Portland parish" (Jamaica): a region or feature "of" a division the text names, read
    in another country than that division (the Texan valley), is a namesake the gazetteer lacks: left out."""
    lowers = token_lowers(tokens)
    by_start = {r.hit.start: r for r in resolved if r.kind == "name"}
    out = []
    for r in resolved:
        j = r.hit.end
        if r.kind == "name" and r.entry.kind in ("region", "feature") and j + 1 < len(tokens) and lowers[j] == "of":
            k = j + 1 + (lowers[j + 1] == "the")
            d = by_start.get(k)
            worded = d is None and k + 1 < len(tokens) and token_texts(tokens)[k][:1].isupper() \
                and lowers[k + 1] in DIVISION_WORDS  # "of Portland parish", a division the gazetteer did not read
            if worded or d is not None and d.entry.kind == "admin1" and r.entry.country \
                    and d.entry.country != r.entry.country:
                continue
        out.append(r)
    return out


DIVISION_WORDS = {"parish", "department", "province", "district", "state", "county", "municipality"}
STATE_AFTER_TOWN = 0.8  # the confidence of a state read as a town's qualifier


def _state_after_unknown_town(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "the CBP Field Operations Academy in Glynco, Georgia": a country named like a U.S. state, after a comma and a
    town the gazetteer lacks, in a text naming the United States, is the state (a town's qualifier, as U.S. writing
    gives every town its state)."""
    if not any(r.entry.country == "US" for r in resolved):
        return resolved
    texts = token_texts(tokens)
    known_ends = {r.hit.end for r in resolved}
    out = list(resolved)
    for i, r in enumerate(out):
        k = r.hit.start
        if r.kind != "name" or r.entry.kind != "country" or k < 2 or texts[k - 1] != "," or (k - 1) in known_ends \
                or not (texts[k - 2][:1].isupper() and texts[k - 2].isalpha()):
            continue
        state = next((a for _, a in r.alternatives if a.kind == "admin1" and a.country == "US"), None)
        if state is not None:
            out[i] = replace(r, entry=state, strong=True, confidence=max(r.confidence, STATE_AFTER_TOWN))
    return out


AT_BORDER_KM = 25  # a reading this near the named country's outline is the town at its border …
OFF_BORDER_KM = 60  # … when the one drawn lies farther than this from it


def _at_a_border(resolved: list[Resolved], tokens: Doc, gaz: Gazetteer) -> list[Resolved]:
    """ "to the Guatemalan border at Corinto", "the border with Guatemala at Corinto", "Guatemala's border at X":
    the town lies on that country's border, so the reading beside its outline is the one meant (Honduras's Corinto,
    not Nicaragua's port)."""
    lowers = token_lowers(tokens)
    by_end = {r.hit.end: r for r in resolved if r.entry.kind == "country"}
    out = list(resolved)
    for i, r in enumerate(out):
        k = r.hit.start
        if r.kind != "name" or r.qualified or k < 3 or lowers[k - 1] not in {"at", "near"}:
            continue
        if lowers[k - 2] == "border":
            country = by_end.get(k - 2) or (by_end.get(k - 3) if lowers[k - 3] == "'s" else None)
        else:
            country = by_end.get(k - 1)
            if country is None or country.hit.start < 2 or lowers[country.hit.start - 1] != "with" \
                    or lowers[country.hit.start - 2] != "border":
                continue
        if country is None or country.entry.country == r.entry.country and r.entry.country:
            continue
        outline = _country_outline(gaz, country.entry.country)
        if not outline:
            continue

        def off(e: Entry) -> float:
            return min(km(e.lat, e.lon, lat, lon) for lat, lon in outline)
        # every reading of the name, a curated town that waits for local context among them: the border is that
        pool = [a for _, a in r.alternatives] + list(gaz.key_candidates(r.hit.key))
        near = min((a for a in pool if a.kind == "city"), key=off, default=None)
        if near is not None and near.id != r.entry.id and off(near) <= AT_BORDER_KM and off(r.entry) > OFF_BORDER_KM:
            out[i] = replace(r, entry=near)
    return out


def _country_outline(gaz: Gazetteer, iso2: str) -> list[tuple[float, float]]:
    """Points along a country's packaged outline, made once per gazetteer."""
    key = f"country_outline:{iso2}"
    found = gaz.derived.get(key)
    if found is None:
        from geo.shapes import country_shape  # the packaged outlines, read only when a text names a border
        geom = country_shape(iso2)
        found = gaz.derived[key] = outline_points(geom, 0.1) if geom else []
    return found


def _across_from(r: Resolved, tokens: Doc, lowers: list[str], before: list[Resolved]) -> Resolved | None:
    """ "the Columbus port opposite Palomas", "the port at Douglas, across from Agua Prieta": the town before the
    words, a few words back in the same clause, is the one this town faces across the border."""
    k = r.hit.start
    if k >= 1 and lowers[k - 1] == "opposite":
        k -= 1
    elif k >= 2 and lowers[k - 2] == "across" and lowers[k - 1] == "from":
        k -= 2
    else:
        return None
    k -= k > 0 and lowers[k - 1] == ","
    near = [b for b in before if b.kind == "name" and k - 4 <= b.hit.end <= k]
    return near[-1] if near else None


WIDE_LIST_KM = 800  # a list of one country's towns this far apart says nothing of where in it a town lies …
WIDE_LIST_TOWNS = 4  # … when it lists at least this many
WIDE_LIST_RATIO = 5  # a namesake this many times larger …
WIDE_LIST_CITY = 100_000  # … and this large (people) is the town such a list means


def _largest_in_wide_list(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "consulates general in Ciudad Juárez, Guadalajara, Hermosillo, Matamoros, Mérida, Monterrey, Nogales":
    a list spanning a whole country locates none of its towns, so a small town drawn for nearness to some other
    place the text names (Veracruz's Nogales, 230 km from Mexico City) gives way to the country's far larger
    namesake (Sonora's), unless it lies right beside another town of the list."""
    lowers = token_lowers(tokens)
    out = list(resolved)
    for i, r in enumerate(resolved):
        e = r.entry
        if r.kind != "name" or r.qualified or e.kind != "city" or e.capital or len(r.alternatives) <= 1:
            continue
        items = [m.entry for m in _whole_list(resolved, i, lowers) if m is not r]
        if len(items) + 1 < WIDE_LIST_TOWNS or any(m.kind != "city" or m.country != e.country for m in items) \
                or max(km(a.lat, a.lon, b.lat, b.lon) for a in items for b in items) < WIDE_LIST_KM \
                or any(km(e.lat, e.lon, m.lat, m.lon) <= BESIDE_KM for m in items):
            continue
        big = max((a for _, a in r.alternatives if a.kind == "city" and a.country == e.country), key=lambda a:
                  a.population, default=e)
        if big.population >= max(WIDE_LIST_CITY, WIDE_LIST_RATIO * e.population):
            out[i] = replace(r, entry=big)
    return out


def _before_its_division(r: Resolved, mates: list[Resolved], lowers: list[str]) -> bool:
    """Is the name followed by a comma and one of its list mates, a division ("Colombia, Nuevo León")?"""
    end = r.hit.end
    return end + 1 < len(lowers) and lowers[end] == "," and any(m.hit.start == end + 1 and m.entry.kind == "admin1"
                                                                   for m in mates)


def _named_only_as(resolved: list[Resolved], r: Resolved) -> bool:
    """Is this name the only way the document names its country ("Liberia" in a list of Costa Rican towns,
    with no "Liberian" and no other Liberian place)?"""
    return not any(x.entry.country == r.entry.country and x.hit.key != r.hit.key for x in resolved)


def _divisions_listed_together(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "farms in Georgia, North Carolina, Louisiana and Florida": a name read as a country but that is also a
    division of the country whose divisions stand beside it in the list is that division. So is a name read as
    another country's town, among one country's divisions only ("the departments of San Salvador, La Paz and
    Sonsonate": not the Honduran town)."""
    lowers = token_lowers(tokens)
    out = list(resolved)
    for i, r in enumerate(out):
        if r.entry.kind not in ("country", "city") or r.kind != "name" or r.qualified:
            continue
        divisions = {e.country: e for _, e in r.alternatives if e.kind == "admin1" and e.country != r.entry.country}
        if not divisions:
            continue
        listed = _list_mates(out, i, lowers)
        mates = [m for m in listed  # or a region of one country ("the Carolinas and Georgia")
                 if m.entry.kind == "admin1" or m.entry.kind == "region" and m.entry.country]
        if r.entry.kind == "city":  # its mates all of one country, division seats read as towns too
            mates = [m for m in listed if m.entry.kind in ("admin1", "city")]
            if len({m.entry.country for m in mates}) != 1 or len(mates) != len(listed):
                continue
        division = next((divisions[m.entry.country] for m in mates if m.entry.country in divisions), None)
        if division is not None:  # and it shares their evidence ("producers in Texas and Georgia")
            out[i] = replace(r, entry=division, strong=r.strong or any(m.strong for m in mates
                                                                        if m.entry.country == division.country))
    return out


FOCUS_COUNTRIES = 3  # a document naming this many countries or fewer is about each of them
MAIN_SHARE = 2  # the main country is named at least twice as often as any other …
MAIN_MENTIONS = 3  # … and at least this often
NEAR_TIE = 0.1  # readings this close in score are a tie the main country breaks


def _main_country(entries_of: _Entries, hits: list[tuple[Hit, bool]]) -> str:
    """The country the document is plainly about, by its mentions (names and demonyms), or ""."""
    counts = Counter()
    for h, _ in hits:
        entries = entries_of(h)
        if entries and entries[0].kind == "country":
            counts[entries[0].country] += 1
    top = counts.most_common(2)
    if not top or top[0][1] < MAIN_MENTIONS or len(top) > 1 and top[0][1] < MAIN_SHARE * top[1][1]:
        return ""
    return top[0][0]


ANCHOR_TIE = 0.1  # two towns this close in score, both near a located place: the nearer one


BESIDE_ANCHOR_KM = 60  # a town this near a place the document locates…
FAR_ANCHOR_KM = 150  # …over a namesake at least this far from every one of them


def _sentence_mates(h: Hit, tokens: Doc, out: list[Resolved]) -> list[Entry]:
    """The places read before ``h`` in its sentence."""
    start = sentence_at(tokens, h.start)[0]
    return [r.entry for r in out if start <= r.hit.start < h.start and r.kind == "name"]


def _beside_over_far(ranked: list[tuple[float, Entry]], anchors: Collection[Entry], countries: Collection[str],
                     mates: list[Entry]) -> list[tuple[float, Entry]]:
    """ "visit … in Roseau, and a health centre in Portsmouth", in a release on Dominica: a town of a country the text
    names, right beside a place read before it in its sentence or a town it locates anywhere ("port projects at
    Manzanillo" in a brief on the Dominican Republic that names Dajabón), over a larger namesake far from every place
    the document locates (Portsmouth, Virginia, 230 km from the Washington the Assistant Secretary returns to;
    Mexico's Manzanillo). A famous city or a capital keeps its name; a name that is also a division's is left to the
    lists of divisions."""
    best = ranked[0][1]
    if len(ranked) < 2 or best.kind != "city" or best.capital or best.population >= FAMOUS_CITY \
            or any(e.kind == "admin1" for _, e in ranked):
        return ranked

    def nearest(e: Entry) -> float:
        return min((km(e.lat, e.lon, a.lat, a.lon) for a in anchors if a.kind != OUTLINE and a.id != e.id),
                   default=float("inf"))

    if nearest(best) < FAR_ANCHOR_KM:
        return ranked
    beside = mates + [a for a in anchors if a.kind == "city"]
    for i, (_, e) in enumerate(ranked[1:], 1):
        if e.kind == "city" and e.country in countries and e.country != best.country \
                and any(km(e.lat, e.lon, m.lat, m.lon) <= BESIDE_ANCHOR_KM for m in beside if m.id != e.id):
            return promote(ranked, i)
    return ranked


def _nearer_in_tie(ranked: list[tuple[float, Entry]], anchors: Collection[Entry],
                   main: str = "") -> list[tuple[float, Entry]]:
    """Two towns of one name that score alike, each near something the document locates ("Ciudad Hidalgo" in
    a release naming Tapachula and Mexico City): the one beside a located place, not the one a few hours away;
    but not a town abroad over one in the country the document is about ("San Pedro" in a brief on Belize that
    also names Los Angeles)."""
    kind = ranked[0][1].kind
    if len(ranked) < 2 or not anchors or kind not in ("city", "feature") or ranked[0][0] - ranked[1][0] >= ANCHOR_TIE:
        return ranked  # two features of a name too ("the Bridge of the Americas" in El Paso and over the Canal)
    if ranked[0][1].capital and ranked[0][1].population >= FAMOUS_CAPITAL:
        return ranked  # "flights from London, Toronto and New York": a capital of millions is not a namesake a few
        # hours from a located place (London, Ontario, near Toronto)
    top = ranked[0][0]
    tied = [(i, e) for i, (s, e) in enumerate(ranked) if e.kind == kind and top - s < ANCHOR_TIE
            and not (main and ranked[0][1].country == main and e.country != main)]

    def nearest(e: Entry) -> float:
        return min((km(e.lat, e.lon, a.lat, a.lon) for a in anchors if a.kind != OUTLINE and a.id != e.id),
                   default=float("inf"))

    dist = {i: nearest(e) for i, e in tied}
    best = min(dist, key=dist.get)
    if best == 0 or dist[best] > NEAR_KM or dist[best] * 2 >= dist[0] or dist[0] <= BESIDE_KM:
        return ranked  # (the top one beside a located place too: "Valle de Ángeles", 20 km from Tegucigalpa, keeps
        # its place over the village of its name 5 km from Comayagua)
    own = _own_division_count(ranked[0][1], anchors)
    if own >= STORY_DIVISION_TOWNS and own > 2 * _own_division_count(ranked[best][1], anchors):
        return ranked  # "Brownsville" in a story on the Texas border that names seven Texan towns, though it names New
        # York City too: a town of the division the story is about keeps its place
    return promote(ranked, best)


STORY_DIVISION_TOWNS = 4  # located places in one division that make it the one a story is about


def _own_division_count(e: Entry, anchors: Collection[Entry]) -> int:
    """How many of the located places lie in the entry's first-level division."""
    return sum(1 for a in anchors if a.admin1 and a.admin1 == e.admin1 and a.country == e.country and a.id != e.id)


BESIDE_KM = 30  # a town this near a place the document locates is beside it: no nearer namesake displaces it


ACCENTED = frozenset("áéíóúü")
# countries whose own place names carry those accents, which a gazetteer may spell without them ("Puerto Cortes",
# Honduras): Spanish-, Portuguese- and French-speaking, Italy and Canada
ACCENTED_NAME_COUNTRIES = frozenset(
    "AR BO CL CO CR CU DO EC ES GQ GT HN MX NI PA PE PR PY SV UY VE BR PT AO MZ CV FR BE CH LU MC HT GP MQ GF BL MF "
    "PM RE IT SM CA".split())


def written_accents(text: str) -> str:
    """The accented vowels a name is written with, sorted ("" for most names)."""
    return "".join(sorted({c for c in text.lower() if c in ACCENTED}))


def spelt_as_written(ranked: list[tuple[float, Entry]], accents: str,
                     anchors: Collection[Entry] = ()) -> list[tuple[float, Entry]]:
    """An English text that writes a name's accent ("Berlín, in Santander") means a reading spelt with it, when
    some are: accent folding lets "Berlín" find Berlin, Germany, but the text does not say "Berlin". Countries
    keep their other names ("Perú"), as do readings where such names are written with accents, and a U.S. town
    of a state the text locates (its Spanish names are written with their accents: "San José", in a text on
    California); a name no reading spells with the accent keeps every reading."""
    states = [a for a in anchors if a.kind == "admin1" and a.country == "US"]
    spelt = [x for x in ranked if x[1].kind == "country" or x[1].country in ACCENTED_NAME_COUNTRIES
             or set(accents) <= set(x[1].name.lower())
             or x[1].country == "US" and any(within(x[1], s) for s in states)]
    if len(spelt) == len(ranked) or not any(e.kind != "country" for _, e in spelt):
        return ranked
    return spelt


def _owner_of_place(ranked: list[tuple[float, Entry]]) -> list[tuple[float, Entry]]:
    """ "Florida's Taylor County", "Mexico's Sinaloa state": a place in the possessive before another place holds
    it, so a division or country reading is meant over a town's (Florida, Camagüey, near the Cuba the text
    names)."""
    if ranked[0][1].kind != "city":
        return ranked
    for i, (_, e) in enumerate(ranked[1:], 1):
        if e.kind in ("admin1", "country"):
            return promote(ranked, i)
    return ranked


def _main_country_tie(ranked: list[tuple[float, Entry]], main: str) -> list[tuple[float, Entry]]:
    """Two towns of one name that score alike ("the port of San Lorenzo" in a report on Honduran coffee: San
    Lorenzo, California is as large as San Lorenzo, Valle): the one in the country the document is about."""
    if not main or len(ranked) < 2 or ranked[0][1].country == main:
        return ranked
    top, best = ranked[0]
    for i, (s, e) in enumerate(ranked[1:], 1):
        if top - s >= NEAR_TIE:
            break
        if e.country == main and e.kind == best.kind:
            return promote(ranked, i)
    return ranked


def _sentence_country_tie(ranked: list[tuple[float, Entry]], h: Hit, tokens: Doc,
                          before: list[Resolved]) -> list[tuple[float, Entry]]:
    """Divisions of one name that score the same in several countries ("the parishes of St. Patrick's and St.
    Andrew's", parishes of Grenada, Dominica and St. Vincent): the one in a country the sentence has named before it
    ("On the main island of Grenada, …"). Not towns: a tie there is often a city of millions and a namesake (Rome)."""
    start = sentence_at(tokens, h.start)[0]
    named = {r.entry.country for r in before if r.entry.kind == "country" and r.hit.start >= start}
    if not named or ranked[0][1].country in named:
        return ranked
    top, kind = ranked[0][0], ranked[0][1].kind
    for i, (s, e) in enumerate(ranked[1:], 1):
        if s < top:
            break
        if e.kind == kind and e.country in named:
            return promote(ranked, i)
    return ranked


class _Around:
    """What the words around a hit say (its qualifier, a division, town or area cue), read once for both
    passes of ``resolve_hits``: only the ranking changes between them."""

    __slots__ = ("hit", "dateline", "q", "quals", "cue", "town", "area", "_strong", "_modifies")

    def __init__(self, h: Hit, dateline: bool, tokens: Doc, by_start: dict[int, Hit], entries_of: _Entries) -> None:
        self.hit, self.dateline = h, dateline
        self.q = q = qualifier(h, tokens, by_start)
        self.quals = qualifier_readings(q, entries_of) if q else []
        if any(e.kind == "country" for e in self.quals) and any(e.kind == "country" for e in entries_of(h)):
            self.quals = [e for e in self.quals if e.kind != "country"]  # "from Venezuela, Cuba, Haití …", "invite
            # Costa Rica, Mexico, the United States": a list of countries, not a town of Venezuela in Cuba or Costa
            # Rica, Sinaloa (a state of the name, "Colombia, Nuevo León", still qualifies)
            if not self.quals:
                self.q = q = None
        self.cue = cue = not h.demonym and division_cue(h, tokens)
        self.town = town = not h.demonym and not cue and town_cue(h, tokens)
        self.area = not h.demonym and not cue and not town and article_cue(h, tokens)
        self._strong: bool | None = None
        self._modifies: bool | None = None

    def strong(self, tokens: Doc) -> bool:
        if self._strong is None:
            self._strong = strong_evidence(self.hit, tokens, self.dateline, bool(self.quals))
        return self._strong

    def modifies_body(self, tokens: Doc) -> bool:
        if self._modifies is None:
            self._modifies = modifies_body(self.hit, tokens)
        return self._modifies


def _region_anchors(first: list[Resolved], gaz: Gazetteer) -> list[Entry]:
    """Points along the shape of each drawn region the document names ("ports of entry along the
    U.S.-Mexico border … at Nogales": the Nogales on the border, not the one near Orizaba)."""
    out = []
    for eid in dict.fromkeys(r.entry.id for r in first if r.entry.kind == "region" and r.confidence >= 0.8):
        out += _outline_anchors(gaz, eid)
    return out


def _outline_anchors(gaz: Gazetteer, eid: str) -> list[Entry]:
    """The anchors along one region's outline, made once per gazetteer (a region's outline has hundreds)."""
    key = f"outline_anchors:{eid}"
    found = gaz.derived.get(key)
    if found is None:
        geom = gaz.geometries.get(eid)
        found = gaz.derived[key] = [Entry(f"{eid}@{i}", "", OUTLINE, lat, lon)
                                    for i, (lat, lon) in enumerate(outline_points(geom))] if geom else []
    return found


def _resolve(tokens: Doc, gaz: Gazetteer, around: list[_Around], anchors: tuple[Entry, ...],
             entries_of: _Entries, countries: set[str], unanchored: dict[tuple, list[tuple[float, Entry]]],
             main: str = "") -> list[Resolved]:
    named = [gaz.entries[f"country:{c}"] for c in countries if f"country:{c}" in gaz.entries]
    spanish = tokens.lang_ == "es"
    # the countries the document is about: its main one, or the few it names (not a list of many)
    focus = {main} if main else countries if len(countries) <= FOCUS_COUNTRIES else set()
    ranked_by: dict[tuple, list[tuple[float, Entry]]] = {}  # a repeated name in the same context ranks once
    containers: dict[int, Entry] = {}  # qualifier's start -> the reading that contains the place it qualifies
    unknown: set[str] = set()
    town_countries: set[int] = set()  # starts of country names that name a town instead
    by_list: dict[str, str] = {}  # a name's reading chosen by the list it stands in
    hit_starts = {a.hit.start for a in around}
    by_start = {a.hit.start: a.hit for a in around}
    texts = token_texts(tokens)
    out = []
    for a in around:
        h, dateline, q, quals, cue, town, area = a.hit, a.dateline, a.q, a.quals, a.cue, a.town, a.area
        container = containers.get(h.start)
        if h.demonym:
            e = entries_of(h)[0]
            out.append(Resolved(h, e, "demonym", round(0.95 * DEMONYM_WEIGHT, 2), ()))
            continue
        accents = written_accents(h.text) if not spanish else ""
        k = (h.key, tuple([e.id for e in quals]) if quals else (), cue, area, town, accents)
        ranked = ranked_by.get(k)
        if ranked is None:
            ranked = unanchored.get(k)
            if ranked is None or anchors and (any(e.kind in NEAR_KINDS and near_any(e, anchors) for _, e in ranked)
                                              or any(i in gaz.needs_anchor for i, _ in gaz.index.get(h.key, ()))):
                # the anchors add to the score of a town, division or region near one of them, and to nothing else: a
                # ranking none of whose readings is near one is the first pass's (half the ranking time)
                ranked = rank(gaz, h.key, countries, quals, anchors, cue, area, town)
                if not anchors:
                    unanchored[k] = ranked
            if accents:
                ranked = spelt_as_written(ranked, accents, anchors)
            if ranked and not quals:
                ranked = near_namesake(ranked, anchors, named)
                ranked = _main_country_tie(ranked, main)
                ranked = famous_over_namesake(ranked, anchors, focus, main)
                ranked = _nearer_in_tie(ranked, anchors, main)
            ranked_by[k] = ranked
        if len(ranked) > 1 and not quals and anchors and ranked[0][1].kind == "city":
            ranked = _beside_over_far(ranked, anchors, countries, _sentence_mates(h, tokens, out))
        if not ranked:
            continue
        if h.end + 1 < len(texts) and texts[h.end] in {"'s", "’s"} and h.end + 1 in hit_starts:
            ranked = _owner_of_place(ranked)
        named_town = h.end < len(texts) and texts[h.end] == "Town" and ranked[0][1].kind != "city" \
            and any(e.kind == "city" for _, e in ranked)
        if named_town:  # "Orange Walk Town and Corozal Town": the district's town, not the district (as sure as a
            # qualifier: the district named elsewhere does not make this mention the district)
            ranked = promote(ranked, next(i for i, (_, e) in enumerate(ranked) if e.kind == "city"))
        state = _state_named_like_city(h, ranked, tokens, gaz, out, by_start) if not quals else None
        if state is not None:  # "living in Washington state", "covers Alaska, Oregon and Washington"
            ranked = [(ranked[0][0], state)] + ranked
        if ranked[0][1].kind == "country" and h.end < len(texts) and texts[h.end].lower() in TOWN_AFTER:
            towns = [x for x in ranked if x[1].kind == "city"]
            if not towns:
                continue  # "in China municipality": a town named like a country; none known, no mark
            ranked = [(ranked[0][0], towns[0][1])] + [x for x in ranked if x is not towns[0]]  # (China, Nuevo León)
        if ranked[0][1].kind == "country" and quals and q is not None and q.start == h.end + 1 \
                and texts[h.end] in {"(", ","} and not any(e.kind == "country" for e in entries_of(q)) \
                and all(c.kind == "admin1" and all(e.country != c.country for _, e in ranked) for c in quals) \
                and not any(e.kind == "city" and any(within(e, c) for c in quals) for _, e in ranked):
            continue  # "the crossings at Nuevo Laredo, Colombia (Nuevo León) and Reynosa": a town of another country's
            # division named like a country, which the gazetteer lacks, is no country
        if _unknown_in_named_country(ranked, quals, q, tokens, entries_of(q) if q is not None else (),
                                     f"{h.key} state" in gaz.index):
            if not _town_named_like_a_country(ranked, quals, countries, anchors):
                unknown.add(h.key)  # and so are its other mentions in this document
                continue
            town_countries.add(q.start)  # "border crossings at Nuevo Laredo, Colombia (…) and Reynosa": the city,
            quals = []  # and a town of its country named like a country, which no mark can place
        if not quals and container is None and len(ranked) > 1 and ranked[0][0] == ranked[1][0] \
                and ranked[0][1].kind == "admin1":
            ranked = _sentence_country_tie(ranked, h, tokens, out)
        if not quals and container is None:
            listed = _same_country_as_listed(h, tokens, out, ranked)
            if listed is not ranked:
                by_list[h.key] = listed[0][1].id  # and its later mentions mean the same town
            elif h.key in by_list and ranked[0][1].id != by_list[h.key]:
                listed = [x for x in ranked if x[1].id == by_list[h.key]][:1] + [
                    x for x in ranked if x[1].id != by_list[h.key]]
                listed[0] = (ranked[0][0], listed[0][1])
            ranked = listed
        if container is not None and ranked[0][1].id != container.id and any(e.id == container.id for _, e in ranked):
            # "Gainesville, Georgia": the qualifier is the reading that holds the town before it (the state)
            ranked = [x for x in ranked if x[1].id == container.id] + [x for x in ranked if x[1].id != container.id]
        elif container is not None and container.kind == "admin1" and ranked[0][1].id != container.id:
            # "Blaine, Washington", "Alexandria Bay, New York": the state the gazetteer indexes as "Washington State"
            ranked = [(ranked[0][0], container)] + ranked
        label = _line_label(h, tokens, out) if not quals and container is None else None
        if label is not None and ranked[0][1].kind not in {"country", "admin1"} and not within(ranked[0][1], label):
            inside = next((i for i, (_, e) in enumerate(ranked) if within(e, label)), None)
            if inside is None:  # a small town read only where the text places it: the label does (as "X, State")
                again = rank(gaz, h.key, countries, [label], anchors, cue, area, town)
                inside = next((i for i, (_, e) in enumerate(again) if within(e, label)), None)
                ranked = again if inside is not None else ranked
            if inside is not None:  # "- **New Mexico:** … the Santa Teresa port": the line's state holds its towns
                ranked = promote(ranked, inside)
        alts = tuple(ranked[:6])
        best = ranked[0][1]
        conf = confidence(ranked)
        inside = [c for c in quals if within(best, c)]
        if q is not None and len(inside) == 1:
            containers[q.start] = inside[0]
        if len(ranked) > 1 and km(best.lat, best.lon, ranked[1][1].lat, ranked[1][1].lon) < 100:
            conf = max(conf, 0.8)  # the readings differ in id, not in where they are
        if best.kind == "country" and not dateline and a.modifies_body(tokens):
            out.append(Resolved(h, best, "demonym", round(conf * DEMONYM_WEIGHT, 2), alts))
            continue  # "U.S. Embassy": whose the body is, as "American Embassy" says
        strong = a.strong(tokens) or listed_after_strong(h, tokens, out, best)
        qualified = any(within(best, c) for c in quals) or container is not None and best.id == container.id \
            or named_town
        out.append(Resolved(h, best, "dateline" if dateline else "name", conf, alts, strong, qualified))
    if unknown:
        out = [r for r in out if r.hit.key not in unknown or r.qualified]
    if town_countries:
        out = [r for r in out if r.hit.start not in town_countries]
    return _one_sense(out)


LINE_MARKS = {"-", "*", "**", "•", "–", "—"}  # a bullet or emphasis before a line's label


def _line_label(h: Hit, tokens: Doc, out: list[Resolved]) -> Entry | None:
    """The state or country a line opens with as its label ("- **Arizona:** Widening the lanes at the Mariposa port
    in Nogales … and at San Luis"), for a place later on that line: the label says where the line's places are."""
    texts = token_texts(tokens)
    line = doc_text(tokens).rfind("\n", 0, tokens[h.start].idx)  # the line's start (characters, not a Span per hit)
    for r in reversed(out):
        if r.hit.start >= h.start or r.entry.kind not in {"admin1", "country"}:
            continue
        if tokens[r.hit.start].idx <= line:
            return None  # (the nearest label-kind place before this one is on an earlier line)
        k = r.hit.start
        while k > 0 and texts[k - 1] in LINE_MARKS and tokens[k - 1].idx > line:
            k -= 1
        if k > 0 and tokens[k - 1].idx > line:
            continue  # not at the line's start
        m = r.hit.end
        while m < h.start and texts[m] in {"*", "**"}:
            m += 1
        if m < h.start and texts[m] == ":" or m + 1 < h.start and texts[m + 1] == ":" and texts[m] in {"*", "**"}:
            return r.entry
        return None
    return None


LIST_JOINS = {",", "and", "or", "to", "y", "o", "a", "/"}  # ("/": a port named by its two towns, "Hidalgo/Pharr")
POSSESSIVE_ENDS = frozenset({"'s", "’s"})
LIST_MARGIN = 0.35  # a listed town's reading in its neighbour's country wins when this close to the best


def _same_country_as_listed(hit: Hit, tokens: Doc, before: list[Resolved],
                            ranked: list[tuple[float, Entry]]) -> list[tuple[float, Entry]]:
    """ "from Tijuana and Ciudad Juárez to Monterrey, Guadalajara": a town listed right after a town or
    division the text located is in the same country when a reading there ranks nearly as well (the
    Mexican city over Monterrey, Colombia, which a Colombian place elsewhere in the document favoured)."""
    best = ranked[0][1]
    if len(ranked) < 2 or not before or best.kind not in ("city", "admin1"):
        return ranked
    if best.kind == "city" and (best.capital or best.population >= FAMOUS_CITY):  # "Mexico City, Bogotá, Santo
        return _in_towns_of_one_country(hit, tokens, before, ranked)  # Domingo and Havana": a list of capitals
        # crosses borders
    prev = before[-1]
    if prev.kind == "demonym" or prev.entry.kind not in ("city", "admin1") or prev.confidence < 0.6:
        return ranked
    gap = [w for w in token_lowers(tokens)[prev.hit.end:hit.start] if w not in POSSESSIVE_ENDS]
    if not 0 < hit.start - prev.hit.end <= 3 or not gap or len(gap) > 2 or not all(w in LIST_JOINS for w in gap):
        return ranked  # ("the parishes of St. Patrick's and St. Andrew's": a name's "'s" is no word between)
    country, at = prev.entry.country, prev.entry
    if len(before) > 1 and (first := before[-2]).kind != "demonym" \
            and first.entry.country not in (country, ranked[0][1].country) \
            and 0 < prev.hit.start - first.hit.end <= 2 \
            and all(w in LIST_JOINS for w in token_lowers(tokens)[first.hit.end:prev.hit.start]):
        return ranked  # a list that crosses borders already ("Quetzaltenango, San Pedro Sula and Santa Ana", three
        # countries): the town before says nothing of this one's country
    if ranked[0][1].country == country:
        # … and near it, of two readings there: "Tijuana, Mexicali and Nogales" is Sonora's Nogales, not the
        # Veracruz town near Mexico City, which the document also names
        if best.kind != "city" or km(best.lat, best.lon, at.lat, at.lon) <= LIST_KM:
            return ranked  # (a state listed after a state of its country is that state: "Tennessee, Oregon")
        for i, (s, e) in enumerate(ranked[1:], 1):
            if e.country == country and e.kind == "city" and s >= ranked[0][0] - LIST_MARGIN \
                    and km(e.lat, e.lon, at.lat, at.lon) <= LIST_KM:
                return promote(ranked, i)
        return ranked
    for i, (s, e) in enumerate(ranked[1:], 1):
        if e.country == country and e.kind == best.kind and (
                s >= ranked[0][0] - LIST_MARGIN or e.population >= FAMOUS_CITY and e.population > 10 * best.population):
            return promote(ranked, i)  # (a famous city of the list's country however far the best reading's anchors
            # lift it: "waiting in Mexico City, Tapachula or Monterrey" in a release that names Bogotá)
    return ranked


def _in_towns_of_one_country(hit: Hit, tokens: Doc, before: list[Resolved],
                             ranked: list[tuple[float, Entry]]) -> list[tuple[float, Entry]]:
    """ "Colón, David, Changuinola, Santiago, Penonomé": a famous city's name listed right after two towns of one
    other country, neither a capital, is that country's town when it has one of the name (Santiago de Veraguas,
    not Chile's capital)."""
    lowers = token_lowers(tokens)
    items = before[-2:]
    if len(items) < 2:
        return ranked
    (a, b), ends = items, [items[0].hit.end, items[1].hit.end]
    country = b.entry.country
    adjacent = all(0 < nxt - end <= 2 and all(w in LIST_JOINS for w in lowers[end:nxt])
                   for end, nxt in zip(ends, [b.hit.start, hit.start]))
    if not adjacent or ranked[0][1].country == country or any(
            r.kind == "demonym" or r.entry.kind != "city" or r.entry.capital or r.entry.country != country
            for r in (a, b)):
        return ranked
    for i, (_, e) in enumerate(ranked[1:], 1):
        if e.country == country and e.kind == "city":
            return promote(ranked, i)
    return ranked


OUTSIDE_DIVISION_KM = 300


def _town_named_like_a_country(ranked: list[tuple[float, Entry]], quals: list[Entry], countries: Collection[str],
                               anchors: Collection[Entry]) -> bool:
    """ "Nuevo Laredo, Colombia": a city of 100,000 people or more, of a country the document names or near a place
    it locates, "in" a country it is not in. The country's name is a town of the city's country (Colombia, Nuevo
    León) more likely than a gazetteer without the city's namesake there; a small town ("Chaguaramas, Trinidad and
    Tobago") is not read so."""
    best = ranked[0][1]
    return best.kind == "city" and best.population >= SMALL_TOWN \
        and all(c.kind == "country" and c.country != best.country for c in quals) \
        and (best.country in countries or bool(anchors) and near_any(best, anchors))


def _unknown_in_named_country(ranked: list[tuple[float, Entry]], quals: list[Entry], q: Hit | None,
                              tokens: Doc, quals_readings: Sequence[Entry] = (), names_state: bool = False) -> bool:
    """ "CHAGUARAMAS, Trinidad and Tobago –", "Yorktown, Virginia": the text says which country (or U.S. state)
    the town is in, and none of the name's readings is there (the gazetteer lacks the town): its namesake
    elsewhere (Chaguaramas, Venezuela; Yorktown, Texas) would be a wrong mark. Not in a list of places
    ("Tegucigalpa, Guatemala and El Salvador")."""
    states = bool(quals) and all(e.kind == "admin1" and e.country == "US" for e in quals) \
        and all(e.kind == "city" for _, e in ranked)  # a town's name, not a list of states
    if q is not None and quals and (q.start > 1 and tokens[q.start - 1].lower_ == "in" and tokens[q.start - 2].text == ","
                                    or q.end < len(tokens) and tokens[q.end].text == "("
                                    or _followed_by_near(q, tokens)) \
            and all(e.kind in ("city", "admin1") for _, e in ranked) \
            and all(c.kind == "admin1" and not c.id.startswith(COUNTY_ID) for c in quals):
        # "Cabo Rojo, in Pedernales province", "in Cauca (Argelia, Suárez and Buenos Aires)": a division named after
        # ", in" or before a bracketed list is where the town is, not a list item;
        # a town far from it (Cabo Rojo, Puerto Rico) is a namesake (the gazetteer's divisions are points: "far")
        if _followed_by_near(q, tokens):  # "in Petén near Santa Elena": no reading in Petén (Santa Elena, Cayo, is
            return not any(within(e, c) for _, e in ranked for c in quals)  # across the border, Honduras's further)
        return all(km(e.lat, e.lon, c.lat, c.lon) > OUTSIDE_DIVISION_KM for _, e in ranked for c in quals)
    if q is None or not quals or not states and any(e.kind != "country" for e in quals) \
            or ranked[0][1].kind not in ("city", "admin1"):
        return False
    if any(within(e, c) for _, e in ranked for c in quals):
        return False
    after = tokens[q.end] if q.end < len(tokens) else None
    if states:  # "in Yorktown, Virginia, and in Costa Rica": a U.S. state is followed by a comma in running text;
        # a state named like a city ("Houston, Washington y Nueva York") may be that city in a list, and so may a city
        # named like a state before one ("in New York, New Jersey, Massachusetts")
        return (after is None or after.lower_ not in {"and", "or", "y", "e", "o"}) and not names_state \
            and not any(e.kind == "city" and e.country == "US" and e.population >= 100_000 for e in quals_readings)
    return after is None or not (after.text == "," or after.lower_ in {"and", "or", "y", "e", "o"})


def _state_named_like_city(h: Hit, ranked: list[tuple[float, Entry]], tokens: Doc, gaz: Gazetteer,
                           before: list[Resolved], by_start: dict[int, Hit]) -> Entry | None:
    """The U.S. state a city's name also names (the gazetteer indexes it as "Washington State"), where the text
    says the state: the word "state" after it in lower case, or a list of U.S. states it stands in ("Alaska, Oregon
    and Washington"; "Washington, Oregon and Idaho" reads as a town and its state, judged before this); else None."""
    if ranked[0][1].kind != "city":
        return None
    state = next((gaz.entries[i] for i, _ in gaz.index.get(f"{h.key} state", ())
                  if gaz.entries[i].kind == "admin1" and gaz.entries[i].country == "US"), None)
    if state is None:
        return None
    lowers = token_lowers(tokens)
    if h.end < len(lowers) and lowers[h.end] == "state" and tokens[h.end].text == "state":
        return state
    if ranked[0][1].population >= WORLD_CITY:
        return None  # "travel to Florida and New York": a world city keeps its name in a list of states
    glue = {",", "and", "or"}
    prev = before[-1] if before else None
    if prev is not None and prev.entry.kind == "admin1" and prev.entry.country == "US" \
            and 0 < h.start - prev.hit.end <= 2 and all(w in glue for w in lowers[prev.hit.end:h.start]):
        return state
    k = h.end
    while k < len(lowers) and k - h.end < 2 and lowers[k] in glue:
        k += 1
    nxt = by_start.get(k) if k > h.end else None
    if nxt is not None and any(e.kind == "admin1" and e.country == "US" for e in gaz.key_candidates(nxt.key)) \
            and not any(e.kind == "city" and e.population >= KNOWN_TOWN for e in gaz.key_candidates(nxt.key)):
        return state
    return None


def _followed_by_near(q: Hit, tokens: Doc) -> bool:
    """ "in Petén near Santa Elena and Flores": a division named before "near" and the towns."""
    k = q.end
    return q.start > 0 and tokens[q.start - 1].lower_ == "in" and k < len(tokens) and tokens[k].lower_ in NEAR_WORDS


LIST_KM = 1000  # a place listed after a firmly located one shares its evidence only if this near to it
WORLD_CITY = 1_000_000  # people: cities this large listed together are a list of the world's cities
LISTED_ABROAD = 400_000  # people: a city this large listed after a firm capital or world city of another country is
# kept ("communities in Bogotá, Lima and Miami")


def listed_after_strong(hit: Hit, tokens: Doc, before: list[Resolved], entry: Entry) -> bool:
    """ "in Havana, Matanzas and Camagüey", "ports such as Manzanillo and Lázaro Cárdenas": a place listed
    right after a strongly evidenced one, and near it, shares its evidence (the parishes "St. Elizabeth,
    Manchester and Clarendon" lend none to Manchester, New Hampshire)."""
    if not before or before[-1].kind == "demonym" or not before[-1].strong:
        return False
    prev = before[-1].entry
    if prev.kind not in ("city", "admin1") or km(prev.lat, prev.lon, entry.lat, entry.lon) > LIST_KM and not (
            prev.kind == entry.kind == "admin1" and prev.country == entry.country
            or prev.capital and entry.capital
            or prev.kind == entry.kind == "city" and min(prev.population, entry.population) >= WORLD_CITY):
        # a list of one country's states shares its evidence however far apart (Hawaii, Texas), and so does a
        # list of capitals ("offices in Washington and Panama City") or of the world's cities ("missions in
        # London, Dubai and Hong Kong")
        return False
    # the gap's length first: a Token for every word between two places (often a paragraph) was 0.5 % of the
    # analysis (py-spy, 2026-12-03)
    start, end = before[-1].hit.end, hit.start
    return 0 < end - start <= 2 and all(w == "," or w in {"and", "or"} for w in token_lowers(tokens)[start:end])


def _listed_after_firm_city(r: Resolved, tokens: Doc, resolved: list[Resolved], depth: int = 8) -> bool:
    """ "banks in New York and Miami": a city of ``KNOWN_TOWN`` people or more listed right after a firmly located
    city of its country that large is kept however far apart the two are (the list says what its items are). Only
    kept: lending the evidence itself moved other names' readings (Rotterdam, Brownsville) on the dev sets."""
    e = r.entry
    if r.kind == "demonym" or e.kind != "city":
        return False
    lowers = token_lowers(tokens)
    if e.capital and _in_list_led_by_firm_city(r, lowers, resolved):
        return True  # "into Kingston, Nassau, Freeport, Georgetown, Bridgetown and Castries": capitals of countries
        # the text need not name
    if e.population < KNOWN_TOWN:
        return False
    for p in resolved:
        if 0 < r.hit.start - p.hit.end <= 2 and p.kind != "demonym" and p.entry.kind == "city" \
                and (p.entry.country == e.country and p.entry.population >= KNOWN_TOWN
                     or e.population >= LISTED_ABROAD and (p.entry.capital or p.entry.population >= WORLD_CITY)) \
                and all(w in LIST_WORDS for w in lowers[p.hit.end:r.hit.start]):
            return p.strong or depth > 0 and _listed_after_firm_city(p, tokens, resolved, depth - 1)  # "to Miami,
            # New York and Boston": a list of such cities led by a firm one
    return False


def _in_list_led_by_firm_city(r: Resolved, lowers: list[str], resolved: list[Resolved], depth: int = 8) -> bool:
    """Is ``r`` a later item of a list of cities whose first item the text locates firmly?"""
    for p in resolved:
        if 0 < r.hit.start - p.hit.end <= 2 and p.kind != "demonym" and p.entry.kind == "city" \
                and all(w in LIST_WORDS for w in lowers[p.hit.end:r.hit.start]):
            return p.strong or depth > 0 and _in_list_led_by_firm_city(p, lowers, resolved, depth - 1)
    return False


def _one_sense(resolved: list[Resolved]) -> list[Resolved]:
    """A name the document qualifies once ("Kingston, Jamaica") means the same place unqualified
    ("In Kingston, …") in the same document, when that place is among the name's readings, or is a town of
    another country than the one read (a small town read only where qualified: "CHAGUARAMAS, Trinidad and Tobago
    – … in Chaguaramas" is not Venezuela's)."""
    chosen = {r.hit.key: r for r in resolved if r.qualified and r.kind != "demonym"}
    out = []
    for r in resolved:
        q = chosen.get(r.hit.key)
        if q is not None and not r.qualified and r.entry.id != q.entry.id and r.kind != "demonym" \
                and (any(e.id == q.entry.id for _, e in r.alternatives)
                     or r.entry.country != q.entry.country and q.entry.kind == "city") \
                and not (q.entry.kind == "admin1" and r.entry.kind == "city" and r.entry.capital):
            # (a capital named bare stays the capital where its province was read once: "the Port of Caldera,
            # San José and the rest of Central America" ... "between San José and Caldera")
            r = Resolved(r.hit, q.entry, r.kind, max(r.confidence, q.confidence), r.alternatives, True, False)
        out.append(r)
    return out


BARE_BORDERS = {"southern border", "our southern border"}  # whose, the text does not say
US_BORDER = "region:us-mexico-border"


def _own_borders(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "the southern border" is the U.S.–Mexico border in a U.S. text, not in a Costa Rican statement on
    migrants from Panama: a bare border phrase is read so only when the United States is the country the
    document names most (demonyms included), or when it names none; never after another owner's possessive
    ("Belize's southern border")."""
    if not any(r.entry.id == US_BORDER and r.hit.key in BARE_BORDERS for r in resolved):
        return resolved
    texts = token_texts(tokens)
    resolved = [r for r in resolved if not (
        r.entry.id == US_BORDER and r.hit.key in BARE_BORDERS and r.hit.start >= 2
        and texts[r.hit.start - 1] in {"'s", "’s"} and texts[r.hit.start - 2] not in {"U.S.", "States", "America", "US"})]
    named = Counter(r.entry.country for r in resolved if r.entry.kind == "country")
    top = max(named.values(), default=0)
    if named.get("US", 0) == top:  # a text that names no country keeps the usual U.S. reading
        return resolved
    return [r for r in resolved if not (r.entry.id == US_BORDER and r.hit.key in BARE_BORDERS)]


def _coasts_of_other_countries(resolved: list[Resolved], tokens: Doc, gaz: Gazetteer) -> list[Resolved]:
    """A coast named without its country ("the Caribbean coast at Bluefields") is the coast of the country its
    sentence is about: a region of one country read from such a bare name is left out where the sentence names
    places of another country and none of its own ("In Nicaragua, … the Caribbean coast at Bluefields")."""
    bare = [r for r in resolved if r.entry.kind == "region" and r.entry.country and r.kind == "name"
            and "coast" in r.hit.key and f"country:{r.entry.country}" in gaz.entries
            and norm(gaz.entries[f"country:{r.entry.country}"].name)[:5] not in r.hit.key]  # "Honduran …" names it
    if not bare:
        return resolved
    drop = set()
    for r in bare:
        start, end = sentence_at(tokens, r.hit.start)
        others = {o.entry.country for o in resolved if o is not r and start <= o.hit.start < end
                  and o.entry.kind in ("country", "city", "admin1") and o.entry.country}
        if others and r.entry.country not in others:
            drop.add(id(r))
    return [r for r in resolved if id(r) not in drop]


def _reach_of_body(r: Resolved, bodies: Collection[tuple[int, int]]) -> bool:
    """Is the mention a region inside a body's name ("the Guatemalan Navy's Naval Command of the Caribbean"): the
    body's reach, not a place the text is about (the Caribbean's point is 1,500 km from Puerto Barrios)?"""
    return r.entry.kind == "region" and r.kind == "name" and any(
        s < r.hit.char_start and r.hit.char_end <= e for s, e in bodies)


COAST_WORDS = {"coast", "coasts", "coastline", "coastlines", "shore", "shores", "lowlands", "seaboard"}
BOTH_OWNERS = (("both", "countries"), ("both", "nations"), ("the", "two"))  # "the Caribbean coasts of both countries"


def _a_countrys_coast(r: Resolved, tokens: Doc, resolved: list[Resolved]) -> bool:
    """ "Guatemala's Caribbean Coast", "the Pacific coast of Mexico": a sea's name before a coast word, with the
    country that owns the coast, names that country's coast, not the sea (a dot in mid-Caribbean, 1,500 km from
    Puerto Barrios). The coasts the gazetteer lists as regions are longer names, read before this."""
    texts, lowers, n = token_texts(tokens), token_lowers(tokens), len(tokens)
    k = r.hit.end
    if r.entry.kind not in ("region", "feature") or r.entry.country or k >= n or lowers[k] not in COAST_WORDS:
        return False
    countries = {o.hit.end: o for o in resolved if o.entry.kind == "country"}
    owner = r.hit.start >= 2 and texts[r.hit.start - 1] in {"'s", "’s"} and r.hit.start - 1 in countries
    of = k + 2 < n and lowers[k + 1] == "of" and any(o.hit.start in (k + 2, k + 3) for o in countries.values())
    both = k + 3 < n and lowers[k + 1] == "of" and tuple(lowers[k + 2:k + 4]) in BOTH_OWNERS and len(countries) >= 2
    return owner or of or both  # (or "… coasts of both countries", the two the text names)


AREA_OF_KM = 300  # a region or feature "of" a place farther than this from it is another one of that name


def _areas_of_far_places(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "the Rio Grande Valley of Portland" (Jamaica): a region or feature the text places "of" a place far from
    the gazetteer's reading of it is a namesake the gazetteer lacks, not Texas's valley: left out."""
    areas = [r for r in resolved if r.entry.kind in ("region", "feature") and r.kind == "name" and not r.qualified]
    if not areas:
        return resolved
    lowers = token_lowers(tokens)
    by_start = {r.hit.start: r for r in resolved if r.kind != "demonym"}
    drop = set()
    for r in areas:
        k = r.hit.end
        if k + 1 < len(lowers) and lowers[k] == "of":
            other = by_start.get(k + 1) or (by_start.get(k + 2) if lowers[k + 1] == "the" else None)
            if other is not None and other.entry.kind in ("city", "admin1") \
                    and other.entry.country != r.entry.country \
                    and km(r.entry.lat, r.entry.lon, other.entry.lat, other.entry.lon) > AREA_OF_KM:
                drop.add(id(r))
    return [r for r in resolved if id(r) not in drop]


NEIGHBOURHOOD_WORDS = {"neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "barrio", "barrios",
                       "colonia", "colonias", "suburb", "suburbs", "slum", "slums", "communes", "quarter", "quarters"}
NEIGHBOURHOOD_KM = 60


# between the word and the name ("neighborhoods, including X"); never "of"/"in": "the Colonia Kennedy
# neighborhood of Tegucigalpa" names the town that holds it
NEIGHBOURHOOD_GAP = {"including", "such", "as", "like", "called", "named", "known", ",", ":", "the"}


PLURAL_NEIGHBOURHOODS = {"neighborhoods", "neighbourhoods", "barrios", "colonias", "suburbs", "slums", "communes",
                         "quarters", "sectors"}


def _before_listed_names(tokens: Doc, k: int, start: int, end: int) -> int:
    """ "the neighbourhoods of Cienfuegos and Pekín in Santiago": the index of a plural neighbourhood word before
    "of" and a list of names the hit (``start``, ``end``) stands in, where the list is followed by "in" and the
    town that holds them; else ``k`` unchanged ("neighborhoods of San Salvador, Soyapango and San Miguel" are
    the towns')."""
    lowers, texts = token_lowers(tokens), token_texts(tokens)
    j = list_opener(tokens, start)
    m = end
    while m < len(tokens) and m - end <= LIST_BACK and (lowers[m] in LIST_JOIN_WORDS or texts[m][:1].isupper()):
        m += 1
    if j > 0 and j < start - 1 and lowers[j] == "of" and lowers[j - 1] in PLURAL_NEIGHBOURHOODS \
            and m < len(tokens) and lowers[m] == "in":
        return j - 1
    return k


def _far_neighbourhood(r: Resolved, tokens: Doc, resolved: list[Resolved]) -> bool:
    """ "health workers in Cité Soleil could not reach some neighborhoods, including Brooklyn", "a shelter in the
    Pilsen neighborhood": a name the text calls a neighbourhood is part of a town the document is about, so a
    reading far from every town and division it names (Brooklyn, New York) is a wrong mark; so is a feature of its
    name ("the El Florido neighborhood" of Tijuana is not the El Florido border crossing of Guatemala)."""
    if r.entry.kind not in ("city", "feature") or r.kind == "dateline":
        return False
    lowers = token_lowers(tokens)  # not a Token per word
    k = r.hit.start - 1
    while k >= 0 and r.hit.start - k <= 4 and lowers[k] in NEIGHBOURHOOD_GAP:
        k -= 1
    k = _before_listed_names(tokens, k, r.hit.start, r.hit.end)
    of_form = k >= 1 and lowers[k] == "of" and lowers[k - 1] in {"colonias", "barrios"} \
        and (k < r.hit.start - 1 or r.hit.end + 1 < len(tokens) and lowers[r.hit.end] in {",", "and", "y"}
             and tokens[r.hit.end + 1].text[:1].isupper())  # a list of them: "the colonias of Renacimiento and Ciudad
    # Renacimiento" (of Acapulco); one name may be the town's ("the colonias of Nogales"), and so may a famous city
    # or a capital, or a name in a document that locates no town to compare with
    k -= of_form
    after = r.hit.end < len(tokens) and lowers[r.hit.end] in NEIGHBOURHOOD_WORDS and tokens[r.hit.end].text.islower()
    if not after and (k < 0 or lowers[k] not in NEIGHBOURHOOD_WORDS
                      or k == r.hit.start - 1 and tokens[k].text[:1].isupper()):
        return False  # "Colonia Las Minitas, Tegucigalpa": the cue names the neighbourhood before the town; "the
        # Pilsen neighborhood" (of Chicago, not the Czech city) after it
    near = [o.entry for o in resolved if o is not r and o.kind != "demonym" and o.entry.kind in ("city", "admin1")]
    if r.hit.start >= 2 and tokens[r.hit.start - 1].text in {"'s", "’s"}:  # "Havana's Miramar neighborhood": of
        # that town, not Miramar, Florida, beside the Miami the document also names
        owner = [o.entry for o in resolved if o.hit.end == r.hit.start - 1 and o.entry.kind in ("city", "admin1")]
        near = owner or near
    if of_form and (not near or r.qualified or r.entry.capital or r.entry.population >= FAMOUS_CITY):
        return False
    return all(km(e.lat, e.lon, r.entry.lat, r.entry.lon) > NEIGHBOURHOOD_KM for e in near)


ADDRESS_STREETS = {"street", "streets", "st.", "avenue", "ave.", "road", "rd.", "roads", "boulevard", "blvd.", "drive",
                   "lane", "highway"}  # a street address's last word, before the district and the town


def _district_of_address(r: Resolved, tokens: Doc, resolved: list[Resolved]) -> bool:
    """ "100 Young and Duke Streets, Kingston, Georgetown": in an address, the name between the street and a town is
    the town's district, so a reading of it far from the town (Kingston, Jamaica) is a namesake's."""
    s, e = r.hit.start, r.hit.end
    lowers = token_lowers(tokens)
    if r.entry.kind not in ("city", "admin1") or r.kind == "dateline" or s < 2 or e + 1 >= len(tokens) \
            or lowers[s - 1] != "," or lowers[s - 2] not in ADDRESS_STREETS or lowers[e] != ",":
        return False
    town = next((o.entry for o in resolved if o.hit.start == e + 1 and o.entry.kind == "city"), None)
    return town is not None and km(town.lat, town.lon, r.entry.lat, r.entry.lon) > NEIGHBOURHOOD_KM


def _seats_named_for_places(resolved: list[Resolved], tokens: Doc, gaz: Gazetteer) -> list[Resolved]:
    """ "the Central Louisiana ICE Processing Center in Jena": a facility or body named for a division or country,
    then "in" a town, stands in that town, so a reading of the town far from the place it is named for (Jena,
    Germany) is a namesake the gazetteer lacks (Jena, Louisiana), not a place to draw."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    drop = set()
    for r in resolved:
        k = r.hit.start
        if r.entry.kind != "city" or r.qualified or r.kind != "name" or k < 3 or lowers[k - 1] != "in":
            continue
        m = k - 1  # back over the capitalised name before "in"
        while m > 0 and k - 1 - m < SEAT_NAME_WORDS and texts[m - 1][:1].isupper() and tokens[m - 1].is_alpha:
            m -= 1
        keys = [norm(" ".join(texts[i:i + w])) for i in range(m, k - 1) for w in (1, 2) if i + w < k - 1]
        owners = [e for key in keys for e in gaz.key_candidates(key)[:1]
                  if e.kind in ("admin1", "country") and not e.id.startswith(COUNTY_ID)  # (counties share names)
                  and norm(e.name) == key]
        if owners and k - 1 - m >= 3 and all(km(r.entry.lat, r.entry.lon, o.lat, o.lon) > LONE_TOWN_KM
                                              and o.id != f"country:{r.entry.country}" for o in owners):
            drop.add(id(r))
    return [r for r in resolved if id(r) not in drop]


SEAT_NAME_WORDS = 8  # capitalised words back from "in" that may name the facility


def _facilities_named_for_places(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "through the Belén center in San Pedro Sula": a name before a facility's common noun, then "in", "at" or
    "near" a place, names the facility standing there; read far from that place (Belém, Brazil; Saint Lucia for
    "the Santa Lucía base near Mexico City"), it is no place to draw. So does a city's name before a landmark's noun
    ("the exit to Olancho at the Kennedy roundabout") read far from every other place the text locates."""
    lowers = token_lowers(tokens)
    by_start = {r.hit.start: r for r in resolved}
    drop = set()
    for r in resolved:
        j = r.hit.end
        if r.qualified or r.kind != "name" or j + 1 >= len(tokens) or lowers[j] not in FACILITY_NOUNS:
            continue
        seat = by_start.get(j + 2) if lowers[j + 1] in {"in", "at", "near"} else None
        if seat is not None:
            if km(r.entry.lat, r.entry.lon, seat.entry.lat, seat.entry.lon) > LONE_TOWN_KM:
                drop.add(id(r))
        elif r.entry.kind == "city" and not r.entry.capital and _far_from_all(
                r.entry, [(x.entry.lat, x.entry.lon) for x in resolved if x.entry.id != r.entry.id
                          and x.entry.kind != "country"]):
            drop.add(id(r))
    return [r for r in resolved if id(r) not in drop]


FACILITY_NOUNS = {"center", "centre", "shelter", "facility", "camp", "prison", "clinic", "hospital", "school",
                  "station", "plant", "hub", "office", "warehouse", "terminal", "roundabout", "interchange",
                  "overpass", "market", "stadium", "park", "base", "airport", "barracks"}  # written in lower case
# after its name ("the Santa Lucía base near Mexico City" is no Saint Lucia)


def _parts_of_qualified_towns(resolved: list[Resolved], tokens: Doc) -> list[Resolved]:
    """ "100 Young and Duke Streets, Kingston, Georgetown, Guyana": a name written before a town that its country
    then qualifies is a part of that town (a neighbourhood), not a town of another country (Kingston, Jamaica)."""
    texts = token_texts(tokens)
    by_start = {r.hit.start: r for r in resolved if r.kind != "demonym"}
    drop = set()
    for r in resolved:
        k = r.hit.end
        town = by_start.get(k + 1) if k < len(texts) and texts[k] == "," else None
        if town is None or r.entry.kind != "city" or r.qualified or town.entry.kind != "city" or not town.qualified:
            continue
        m = town.hit.end
        owner = by_start.get(m + 1) if m < len(texts) and texts[m] == "," else None
        if owner is not None and owner.entry.kind == "country" and r.entry.country != owner.entry.country:
            drop.add(id(r))
    return [r for r in resolved if id(r) not in drop]


# plural nouns for places smaller than a country: a list they introduce holds no country ("beaches … including Macao")
LOCAL_PLURALS = {"beaches", "resorts", "neighborhoods", "neighbourhoods", "villages", "towns", "communities",
                 "municipalities", "barrios", "colonias", "hamlets", "settlements", "districts", "parishes", "bays",
                 "ports", "marinas", "cays", "keys"}
LOCAL_LIST_WINDOW = 12  # tokens back from the name to the plural noun, in its sentence
# the words between such a noun and its list's items: "beaches of the north and east coasts, including Macao and …"
LIST_WORDS = {",", "and", "or", "of", "the", "including", "such", "as", "like", "in", "on", "at", "north", "south",
              "east", "west", "northern", "southern", "eastern", "western", "coast", "coasts", "island", "islands"}


def _far_country_among_local_places(r: Resolved, tokens: Doc, resolved: list[Resolved]) -> bool:
    """ "Strong currents are common on beaches of the north and east coasts, including Macao and Playa Dorada": a
    name read as a country (or territory) that a list of beaches, towns or neighbourhoods holds, named nowhere else in
    the document and far from every place it locates, is a local place the gazetteer lacks, not Macao in China."""
    e = r.entry
    town = e.kind == "city" and not e.capital and e.population < FAMOUS_CITY  # "the southern municipalities of
    # Salinas, Guayama, Ponce and Yauco", in Puerto Rico: not Salinas, California
    if not (e.kind == "country" or town) or r.kind != "name" or r.qualified:
        return False
    if sum(x.entry.id == e.id for x in resolved) > 1:
        return False  # named again elsewhere: the document is about that country too
    lowers = token_lowers(tokens)
    in_places = {i for x in resolved for i in range(x.hit.start, x.hit.end)}
    k = r.hit.start - 1
    while k >= 0 and r.hit.start - k <= LOCAL_LIST_WINDOW and not tokens[k].is_sent_start:
        if lowers[k] in LOCAL_PLURALS:
            break
        if lowers[k] not in LIST_WORDS and k not in in_places:
            return False  # "the ports of Manzanillo … to receive chemicals from China": not the list's item
        k -= 1
    if k < 0 or lowers[k] not in LOCAL_PLURALS:
        return False
    if k + 1 < r.hit.start and lowers[k + 1] in {"in", "at"} \
            and not {"including", "such", "like", "of"} & set(lowers[k + 1:r.hit.start]):
        return False  # "Venezuelans form large communities in Bogotá, Lima and Miami": the places that hold them
    located = [x.entry for x in resolved if x is not r and x.entry.kind in ("city", "admin1", "country")
               and x.entry.id != e.id]
    if town:  # listed beside towns of other countries only ("… in Miami, New York and Boston" are the diaspora's)
        mates = _list_mates(resolved, resolved.index(r), lowers)
        if not mates or any(m.entry.country == e.country for m in mates):
            return False
    far = LONE_TOWN_KM if town else FAR_COUNTRY_KM
    return bool(located) and all(km(e.lat, e.lon, x.lat, x.lon) > far for x in located)


def _coordinated(resolved: list[Resolved], tokens: Doc, people: set[tuple[int, int]]) -> set[int]:
    """Hits that are a person's bare surname ("Roatán" after "Consul General Dagoberto Roatán Flores") but stand
    in a list with places of the document ("ports at La Ceiba and Roatán"): the list says they are places."""
    bare = {r.hit.start for r in resolved if (r.hit.char_start, r.hit.char_end) in people}
    if not bare:
        return set()
    lowers = token_lowers(tokens)
    places = [r.hit for r in resolved if r.hit.start not in bare and r.kind == "name"]
    ends, starts = {h.end for h in places}, {h.start for h in places}
    out = set()
    for r in resolved:
        h = r.hit
        if h.start in bare and (h.start >= 2 and lowers[h.start - 1] in _LIST_GLUE and h.start - 1 in ends
                                or h.end + 1 < len(tokens) and lowers[h.end] in _LIST_GLUE and h.end + 1 in starts
                                or r.entry.kind == "city" and r.entry.capital and h.start >= 1
                                and lowers[h.start - 1] in {"in", "near"}):
            out.add(h.start)  # (and "arrested in Tegucigalpa", though a prosecutor bears the capital's name)
    return out


_LIST_GLUE = {",", "and", "or"}


def _named_for_its_country(e: Entry, gaz: Gazetteer) -> bool:
    """ "Belize City", "Panama City", "Kuwait City": a city whose name is its country's and "City" says where it is."""
    country = gaz.country(e.country) if e.kind == "city" and e.country else None
    return country is not None and norm(e.name) == f"{norm(country.name)} city"


def _shortened(key: str, e: Entry) -> bool:
    """Is ``key`` only the first words of the place's name ("Santa Cruz" of "Santa Cruz de la Sierra")?"""
    name = norm(e.name)
    return name != key and name.startswith(key + " ")


def _far_from_all(e: Entry, points: list[tuple[float, float]]) -> bool:
    """Are there places located elsewhere, and is ``e`` farther than FAR_KM from every one of them?"""
    return bool(points) and all(km(e.lat, e.lon, lat, lon) > FAR_KM for lat, lon in points)


def _by_exonym_only(r: Resolved, gaz: Gazetteer) -> bool:
    """Was the mention read as its place only through one of the place's names in other tongues ("Filadelfia")?"""
    readings = gaz.index.get(r.hit.key, ())
    return (r.entry.id, True) in readings and (r.entry.id, False) not in readings


def _inside_person(hit: Hit, people: list[tuple[int, int]]) -> bool:
    k = bisect_right(people, (hit.char_start, float("inf"))) - 1
    return k >= 0 and people[k][0] <= hit.char_start and hit.char_end <= people[k][1]


def alternatives_of(resolved: list[Resolved]) -> dict[str, Candidate]:
    """Every reading the mentions of one place had, by id, best first (each made a Candidate once, here: most
    readings of most hits never become a place's)."""
    alts: dict[str, Candidate] = {}
    for r in resolved:
        for s, e in r.alternatives:
            if e.id not in alts:
                alts[e.id] = as_candidate(e, s)
    return alts


# A town far from every other town and division the document locates (LONE_TOWN_KM), with no qualifier or
# dateline, is most often a namesake the gazetteer lacks the near reading of ("Candelaria" in Texas' Big Bend is
# not the Campeche town, "El Carmen" at a crossing on the Panamanian border not the Colombian one), even in a
# country the document names (far_afield judges the others). A town of LONE_TOWN_KEPT people or more, with no
# namesake and strong evidence, is a venue in its own right ("the Joint Interagency Task Force South in Key
# West"). Measured on the dev sets: 7 wrong marks fewer, one right one lost (Armero, in a history clause).
LONE_TOWN_KM = 800
CROSSING_TOWN_KM = 100  # a town named in a crossing's name lies this near the town across it
LONE_TOWN_KEPT = 20_000
LONE_TOWN_CROWD = 5  # towns of one other division of its country that outweigh a lone town's own locative evidence


LANDFORM_WORDS = {"valley", "valleys", "river", "coast", "mountains", "hills", "plain", "plains", "basin", "bay",
                  "highlands", "lowlands", "delta", "gulf", "peninsula"}  # regions named so recur across the world


def _far_across(entry: Entry, rs: list[Resolved], tokens: Doc, gaz: Gazetteer, located: Sequence[Entry]) -> bool:
    """Is a town named only in crossings' names ("the Guadalupe–Tornillo crossing") far from every reading of the
    town across the dash (or, where that name has none, from every town the document locates)? A crossing joins
    two towns side by side: Guadalupe, Zacatecas, is not across from Tornillo, Texas."""
    across = []
    for r in rs:
        span = crossing_partner(r.hit, tokens)
        if span is None:
            return False
        across += gaz.key_candidates(norm(tokens[span[0]:span[1]].text))
    if not across:
        return lone_town(entry, located, CROSSING_TOWN_KM)
    return all(km(entry.lat, entry.lon, o.lat, o.lon) > CROSSING_TOWN_KM for o in across)


def _one_other_division(entry: Entry, located: Sequence[Entry]) -> bool:
    """Do at least LONE_TOWN_CROWD located towns of the entry's country all lie in one division other than its own?
    Then the story is that division's, and a small town elsewhere in the country is a namesake the gazetteer lacks."""
    own = [e for e in located if e.country == entry.country and e.kind == "city"]
    divisions = {e.admin1 for e in own}
    return len(own) >= LONE_TOWN_CROWD and len(divisions) == 1 and "" not in divisions \
        and entry.admin1 not in divisions


def _accent_not_its_own(rs: list[Resolved], entry: Entry, text: str) -> bool:
    """ "the coastal municipality of Guamá", read as Venezuela's Guama: the text writes an accent the reading's name
    has none of, so the name is another place's, written in its own spelling."""
    return entry.name.isascii() and all(not (w := text[r.hit.char_start:r.hit.char_end]).isascii()
                                         and norm(w) == norm(entry.name) for r in rs)


def _stray_pairs(located: Sequence[Entry], placed: Collection[str], readings: dict[str, int]) -> set[str]:
    """ "warehouses in Roxborough and Plymouth … at Crown Point" (Tobago), "farmers in Albert Town, Troy … the caves
    near Windsor" (Jamaica): two towns that back each other up (Plymouth and Crown Point, Indiana; Troy, Michigan,
    and Windsor, Ontario), far from every other place the text locates, of which there are at least
    LONE_TOWN_CROWD, are namesakes the gazetteer lacks, as a lone town is. Not a capital or a famous city, nor a
    town the text itself placed ("Crown Point, Indiana")."""
    def stray(e: Entry) -> bool:
        return e.kind == "city" and not e.capital and e.population < FAMOUS_CITY and e.id not in placed

    def doubtful(e: Entry, o: Entry) -> bool:  # two small towns of one country; or, across a border, two names with
        # namesakes elsewhere, which the text chose among
        if e.country == o.country:
            return e.population < KNOWN_TOWN and o.population < KNOWN_TOWN
        return readings.get(e.id, 0) > 1 and readings.get(o.id, 0) > 1

    out: set[str] = set()
    for e in located:
        if not stray(e) or e.id in out:
            continue
        near = [o for o in located if o.id != e.id and km(e.lat, e.lon, o.lat, o.lon) <= LONE_TOWN_KM]
        if len(near) != LONE_PAIR or not all(stray(o) and doubtful(e, o) for o in near):
            continue
        pair = {e.id, *(o.id for o in near)}
        far = [x for x in located if x.id not in pair and x.kind in ("city", "admin1")]
        if len(far) >= LONE_TOWN_CROWD:
            out.add(e.id)  # (its partner is judged by its own neighbours)
    return out


LONE_PAIR = 1  # other towns that may lie near a lone town: it and they are namesakes together


def lone_town(entry: Entry, located: Sequence[Entry], limit: float = LONE_TOWN_KM) -> bool:
    """Is ``entry`` farther than ``limit`` km from every town and division among ``located`` (at least two)?"""
    towns = [e for e in located if e.kind in ("city", "admin1")]
    return len(towns) >= 2 and all(km(entry.lat, entry.lon, t.lat, t.lon) > limit for t in towns)


def _landform_named(entry: Entry) -> bool:
    """Is the town named as a landform is ("Punta Arenas", "Playa del Carmen")? Such names recur along every
    Spanish-speaking coast, so even a big town of the name, far from the story, is a namesake's point or beach."""
    return norm(entry.name).split(" ", 1)[0] in FEATURE_WORDS_ES


def _a_river(entry: Entry) -> bool:
    """Is the feature a river ("Río …", "… River"), whose names repeat across countries?"""
    name = norm(entry.name)
    return name.startswith("rio ") or name.endswith(" river")


def _runs_on(hit: Hit, tokens: Doc) -> bool:
    """Does a capitalised word follow the name, making it the head of a longer one ("… River Forest Reserve")?"""
    texts = token_texts(tokens)
    return hit.end < len(texts) and texts[hit.end][:1].isupper() and texts[hit.end].isalpha()


def _nearest_reach(e: Entry, gaz: Gazetteer, located: list[Entry]) -> tuple[str, float, float]:
    """A long river is drawn at its reach nearest the towns the document locates (the divisions where it names no
    town): the Rio Grande beside Brownsville and Matamoros is at Brownsville. Each reach is a place of its own id,
    so documents about different reaches do not share one point."""
    reaches = gaz.reaches.get(e.id)
    near = [x for x in located if x.kind == "city"] or [x for x in located if x.kind == "admin1"]
    if not reaches or not near:
        return e.id, e.lat, e.lon
    points = [(e.lat, e.lon), *map(tuple, reaches)]
    best = min(range(len(points)), key=lambda i: min(km(*points[i], x.lat, x.lon) for x in near))
    return (e.id if best == 0 else f"{e.id}@{best}"), *points[best]


def find_places(document: Document, tokens: Doc, demonym_only: bool = False,
                people: Collection[tuple[int, int]] = (),
                bodies: Collection[tuple[int, int]] = (),
                acronyms: Collection[tuple[int, int]] = (),
                groups: Collection[tuple[int, int]] = ()) -> tuple[Place, ...]:
    """One Place per distinct resolved place of the document, in order of first mention.

    Demonyms ("Honduran") add weaker mentions to places the document also names; a place known
    only through a demonym is left out unless ``demonym_only`` asks for it. Outlines are not
    attached here (they would be stored with every document): ``merge_places`` adds them once.
    ``people``, ``bodies``, ``acronyms`` and ``groups``: character spans the actor finder read as people's names,
    bodies' names and acronyms, and criminal groups' names.
    """
    gaz = get_gazetteer()
    grouped: dict[str, list[Resolved]] = {}
    resolved, countries = resolve_hits(tokens, gaz)
    if people:  # "Deputy Attorney General Lisa O. Monaco", "Ortega" after "President Daniel Ortega"
        starts = sorted(people)
        listed = _coordinated(resolved, tokens, set(people))
        resolved = [r for r in resolved if not _inside_person(r.hit, starts) or r.hit.start in listed]
    if bodies:  # "the U.S. Border Patrol": a country that opens a body's name says whose it is, as "U.S. Embassy"
        # does; in the possessive ("Mexico's National Migration Institute") the text names the country itself
        starts = {s for s, _ in bodies}
        resolved = [replace(r, kind="demonym", confidence=round(r.confidence * DEMONYM_WEIGHT, 2), strong=False,
                            qualified=False)
                    if r.entry.kind == "country" and r.kind == "name" and r.hit.char_start in starts
                    and document.text[r.hit.char_end:r.hit.char_end + 2] not in ("'s", "’s") else r
                    for r in resolved]
        resolved = [r for r in resolved if not _reach_of_body(r, bodies)]
    if groups:  # "local gangs such as Bagdad and Calor Calor", "cartels such as Sinaloa": a group's whole name, not the
        # town or state of its name
        whole = set(groups)
        resolved = [r for r in resolved if not (r.entry.kind in ("city", "admin1") and r.kind == "name" and not r.qualified
                                                and (r.hit.char_start, r.hit.char_end) in whole)]
    if acronyms:  # a town whose name is a body's acronym there: "Petróleos Mexicanos (Pemex)", not Pemex, Tabasco
        spans = set(acronyms)
        resolved = [r for r in resolved if not (r.entry.kind == "city" and (r.hit.char_start, r.hit.char_end) in spans)]
    resolved = _own_borders(resolved, tokens)
    resolved = _coasts_of_other_countries(resolved, tokens, gaz)
    resolved = [r for r in resolved if not _a_countrys_coast(r, tokens, resolved)]
    resolved = _areas_of_far_places(resolved, tokens)
    resolved = [r for r in resolved if not _far_neighbourhood(r, tokens, resolved)]
    resolved = [r for r in resolved if not _district_of_address(r, tokens, resolved)]
    resolved = _parts_of_qualified_towns(resolved, tokens)
    resolved = _seats_named_for_places(resolved, tokens, gaz)
    resolved = _facilities_named_for_places(resolved, tokens)
    resolved = [r for r in resolved if not _far_country_among_local_places(r, tokens, resolved)]
    named = set(countries)
    by_name: dict[str, set[str]] = {}  # the places of each country the text names, not only as an adjective
    for r in resolved:
        if r.kind != "demonym":
            by_name.setdefault(r.entry.country, set()).add(r.entry.id)
    countries = countries | {r.entry.country for r in resolved if r.strong and r.entry.kind != "region"}
    anchors = [(r.entry.lat, r.entry.lon) for r in resolved if r.strong and r.entry.kind in ("city", "admin1")]
    located = {r.entry.id: (r.entry.lat, r.entry.lon) for r in resolved
               if r.entry.kind in ("city", "admin1") and (r.strong or r.entry.country in named)
               or r.entry.kind == "country" and r.kind != "demonym"}
    for r in resolved:
        grouped.setdefault(r.entry.id, []).append(r)
    places = []
    placed_ids = {eid for eid, rs in grouped.items() if any(r.kind == "dateline" or r.qualified for r in rs)}
    alts_of = {eid: alternatives_of(rs) for eid, rs in grouped.items()}
    strays = _stray_pairs([gaz.entries[i] for i in located], placed_ids, {i: len(a) for i, a in alts_of.items()})
    for eid, rs in grouped.items():
        if eid in strays:
            continue  # two towns that back each other up, far from the story (see _stray_pairs)
        if not demonym_only and all(r.kind == "demonym" for r in rs):
            continue
        e = rs[0].entry
        alts = alts_of[eid]
        listed_firmly = any(_listed_after_firm_city(r, tokens, resolved) for r in rs) or _named_for_its_country(e, gaz)
        if not any(r.strong for r in rs) and not keep_weak(e, countries, anchors, len(alts) == 1) \
                and not listed_firmly:
            continue  # a small place far from what the document is about, on weak evidence
        placed = any(r.kind == "dateline" or r.qualified for r in rs) or listed_firmly  # the text itself says where
        # it is, or lists it after a city of its country it locates ("to Miami and Boston"), or its name does
        # ("Belize City")
        if (len(alts) > 1 or e.kind == "city" and (e.population < KNOWN_TOWN or _landform_named(e)) and not e.capital
                or e.kind == "admin1" and e.country != "US") \
                and not placed and far_afield(e, named, [p for i, p in located.items() if i != eid],
                                              all(_shortened(r.hit.key, e) for r in rs)):
            continue  # "in X" is not enough for a town on another coast than everything else
        others = [gaz.entries[i] for i in located if i != eid]
        if e.kind == "city" and e.population < KNOWN_TOWN and not e.capital and not placed \
                and (len(alts) > 1 or e.population < LONE_TOWN_KEPT or not any(r.strong for r in rs)
                     or _one_other_division(e, others) or _accent_not_its_own(rs, e, document.text)) \
                and lone_town(e, others):
            continue  # a town of its country far from every other town the document locates: a namesake's (even
            # "near Encino", in a release whose other U.S. places all lie in South Texas, far from Los Angeles)
        if e.kind == "city" and e.population < KNOWN_TOWN and not e.capital and not placed \
                and not by_name.get(e.country, set()) - {eid} \
                and _far_from_all(e, [p for i, p in located.items() if gaz.entries[i].country != e.country]):
            continue  # "near New Hope" on Jamaica's coast: a town of a country the text names only as an adjective
            # ("U.S. Embassy"), far from every place it locates, is a namesake of a place the gazetteer lacks
        if e.kind == "region" and e.country and not placed and not e.members \
                and set(norm(e.name).split()) & LANDFORM_WORDS \
                and not any(x.country == e.country and x.kind in ("city", "admin1") for x in others) \
                and lone_town(e, others):
            continue  # "rural districts in the Rio Grande Valley and the foothills of the Blue Mountains", in
            # Jamaica: a region named for a landform ("… Valley"), of a country none of whose towns or divisions the
            # text locates, far from every one it does, is a namesake the gazetteer lacks (not South Texas's valley;
            # "South Florida" or "New England" are no landform's names, and stay)
        if e.kind == "city" and not placed \
                and _far_across(e, rs, tokens, gaz, others):
            continue  # "the Guadalupe–Tornillo crossing" at El Paso: a namesake far away is not the town across it
        if e.kind == "feature" and not placed and (all(_runs_on(r.hit, tokens) for r in rs) or _a_river(e)) \
                and lone_town(e, others, FAR_AREA_KM):
            continue  # "the Columbia River Forest Reserve" in Belize: a far river heading a longer name; "the Río de la
            # Plata … may flood" in Puerto Rico: rivers share names, and one far from every town named is a namesake
        mentions = []
        for r in rs:
            ex = document.excerpt_at(r.hit.char_start)
            mentions.append(Mention(document.id, ex.id if ex else "", r.hit.char_start, r.hit.char_end,
                                    document.text[r.hit.char_start:r.hit.char_end], r.kind))
        pid, lat, lon = _nearest_reach(e, gaz, others) \
            if eid in gaz.reaches else (eid, e.lat, e.lon)
        city_form = f"{e.name} City"  # "Chihuahua City" as the text writes it, apart from Chihuahua state's label
        name = city_form if e.kind == "city" and any(m.text == city_form for m in mentions) else e.name
        places.append(Place(
            id=pid, name=name, kind=place_kind(e), lat=lat, lon=lon,
            confidence=max(r.confidence for r in rs), mentions=tuple(mentions),
            candidates=tuple(alts.values()), members=tuple(f"country:{m}" for m in e.members), country=e.country))
    return tuple(places) + tuple(town_features(document, gaz, places))
