"""Officials: person names written next to a title ("TITLE NAME", "TITLE, NAME", "NAME, the TITLE"),
well-known office holders, and later mentions by surname or by title alone ("the Secretary")."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from actors.institutions import HEAD_AFTER, HEAD_BEFORE, institution_spans
from actors.lexicon import Lexicon, get_lexicon, us_states
from actors.matchers import Scan, plural
from actors.names import (
    PLACE_OPENERS,
    TOWN_OPENERS,
    is_name_token,
    name_run,
    name_run_before,
    person_parts,
    same_person,
)
from actors.normalize import fold
from actors.titles import DIVISION_NOUNS, Title, complements, hit_maps
from model.buildings import BUILDING_WORDS, SURNAMES_TOO
from model.first_names import common_first_names, fold_accents
from model.nlp import sentence_at, token_alphas, token_lowers, token_texts


@dataclass
class Person:
    name: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    known: int = -1  # index into lexicon people


def find_people(tokens: Doc, scan: Scan, titles: list[Title], lex: Lexicon, year: int | None) -> list[Person]:
    """People holding an office in one document, each with every span that names them."""
    lowers = token_lowers(tokens)
    blocked = {i for h in (*scan.orgs, *scan.acronyms, *scan.countries, *scan.governments)
               for i in range(h.start, h.end)}
    blocked |= {i for t in titles for i in range(t.start, t.end)}
    found: list[tuple[int, int, Title | None, int]] = []
    maps = hit_maps(scan)
    aliases: dict[tuple[int, int], tuple[int, int]] = {}
    for t in titles:
        if t.plural:
            t.text = _singular_text(t.text, t.head)
            for start, end in _names_listed(tokens, t, blocked):
                c = (maps.country_at.get(end + 1) or maps.country_at.get(end + 2)) \
                    if end < len(tokens) and lowers[end] == "of" else None  # "of [The] Bahamas"
                own = replace(t, country=c.ref, country_token=c.start) if c is not None and not t.country else t
                place = _place_of(tokens, end) \
                    if c is None and t.head in GOVERNOR_HEADS | {"mayor"} and not t.place else ""
                if place:  # "Governors such as X of Guerrero, Y of Zacatecas …": each governs their own state
                    own = replace(t, place=place, municipal=t.head == "mayor",
                                  country="US" if fold(place) in us_states() else t.country)
                found.append((start, end, own, -1))  # "… Bruce Golding of Jamaica": each their own country's
            continue
        span = _name_near(tokens, t, blocked, lex)
        if span:
            span = _not_a_place(tokens, t, span, blocked)
        if span:
            _town_of_sentence(tokens, t)
            found.append((span[0], span[1], t, -1))
            if span[2]:
                aliases[span[:2]] = span[2]
            if span[0] != _skip_honorific(tokens, t.end):
                if not t.country:
                    _country_closing_line(tokens, t, maps)  # "- Hugh Todd, Minister of Foreign Affairs …, Guyana"
                _place_governed(tokens, t, lex)  # "Carlos Manzo, the mayor of Uruapan": the town he governs
                continue
            after = complements(tokens, t, span[1], lex, maps, free=False) \
                if span[1] < len(tokens) and tokens[span[1]].lower_ in {"of", "for", "to"} else span[1]
            # "President X of Panama"; not "Advisor X on Cuba" (a statement's subject), "Ambassador X at the RSS
            # headquarters" (where the event is)
            if after > span[1]:
                t.text = f"{t.text} {' '.join(tokens[span[1]:after].text.split())}"
                if t.body is None and not t.agency:
                    t.body = (span[1], after)  # "Inspector in Charge X of the U.S. Postal Inspection Service": a
                    # body no list knows, after the name, is where X serves (``_body_in_title``)
            elif not t.country:
                _country_after(tokens, t, span[1], maps)  # "Prime Minister Mia Mottley, Barbados"
    for led in _heads_named(tokens, maps, blocked, lex):
        found.append(led)
    for hit in scan.people:
        found.append((hit.start, hit.end, None, int(hit.ref)))
    people: list[Person] = []
    for start, end, title, known in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
        last = tokens[end - 1].lower_
        if known < 0 and last in BUILDING_WORDS and last not in SURNAMES_TOO and tokens[end - 1].text[:1].isupper():
            continue  # "Office of the Prime Minister, Sir Cecil Wallace-Whitfield Centre": a building, not its namesake
        text = " ".join(tokens[start:end].text.split())
        person = _pick([p for p in people if same_person(p.name, text)], title)
        if person is None:
            person = Person(text)
            people.append(person)
        if not any(s <= start and end <= e for s, e, _ in person.spans):  # "Joseph R. Biden" in "…, Jr."
            person.spans.append((start, end, "name"))
        if (start, end) in aliases:
            person.spans.append((*aliases[(start, end)], "name"))
        if title is not None:
            person.titles.append(title)
        if known >= 0 and person.known < 0 and _in_office(lex.people[known], year, is_former(title)):
            person.known = known
    _add_surname_mentions(tokens, people, blocked)
    _add_references(tokens, people, titles)
    for p in people:
        if p.known < 0:
            p.known = _known_by_name(lex, p, year, any(is_former(t) for t in p.titles))
    return [p for p in people if p.titles or p.known >= 0]


LED_BY = {"led", "headed", "chaired", "directed", "commanded"}


def _not_a_place(tokens: Doc, t: Title, span: tuple, blocked: set[int]) -> tuple | None:
    """The name found near a title, moved past the words of a place it began with, or None where it names none:
    a colonia ("Col. Las Cumbres"), a town's department before the comma ("Mayor of Malacatán, San Marcos, Erwin
    Coatepeque Fuentes"), the rest of a town's name ("the Mayor of Santa Rosa de Lima, Carlos Alberto Rivas", read
    as "Mayor of Santa Rosa"), a town after the title ("U.S. Chargé d'Affaires in San Salvador Nicholas Lucas
    Barragán"; "Rebecca González-Ramos, Special Agent in Charge of HSI San Juan" names her before the title)."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    if _a_colonia(tokens, t, span[0], span[1]):
        return None
    if lowers[span[0]] in PLACE_OPENERS and span[1] + 1 < len(tokens) and texts[span[1]] == ",":
        end = name_run(tokens, span[1] + 1, blocked)
        if end - (span[1] + 1) >= 2:
            span = (span[1] + 1, end, None)
    if texts[span[0]][:1].islower():  # a name opens with no lower-case particle; the town runs on to the comma
        end = name_run(tokens, span[1] + 1, blocked) if span[1] + 1 < len(tokens) and texts[span[1]] == "," else 0
        if end - (span[1] + 1) < 2:
            return None
        t.end, t.text = span[1], " ".join(tokens[t.start:span[1]].text.split())
        tail = t.text.rsplit(" of ", 1)[-1]
        if t.place and tail.startswith(t.place):
            t.place = tail  # the whole town's name governs
        span = (span[1] + 1, end, None)
    opener = _town_opener(tokens, t, span)
    if opener is None:
        return span
    first = next((m for m in range(opener + 2, span[1] - 1) if _first_name(tokens[m])), None)
    if first is None:
        return _named_before_comma(tokens, t, blocked)
    if span[0] == t.end or opener < t.end:
        t.end, t.text = first, " ".join(tokens[t.start:first].text.split())
    return (first, span[1], None)


NEIGHBOURHOOD_AFTER = {"neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "colonia", "colonias"}
COLONIA_ARTICLES = {"la", "las", "los", "el", "lomas", "villa", "jardines", "fraccionamiento", "ampliación", "nueva",
                    "nuevo", "san", "santa"}


def _a_colonia(tokens: Doc, t: Title, start: int, end: int) -> bool:
    """ "the Col. Almaguer, Col. Las Cumbres and Col. Lomas Real de Jarachina neighborhoods": "Col." abbreviates a
    Mexican colonia, not a colonel, where an article opens the name, "the" precedes it, or a neighbourhood's
    word closes the clause."""
    if t.text.rstrip(".").lower() != "col":
        return False
    lowers = token_lowers(tokens)
    if lowers[start] in COLONIA_ARTICLES or t.start > 0 and lowers[t.start - 1] in {"the", "in", "at"}:
        return True
    k = end
    while k < len(tokens) and k - end < 16 and lowers[k] not in {".", ";", ":"}:
        if lowers[k] in NEIGHBOURHOOD_AFTER:
            return True
        k += 1
    return False


def _heads_named(tokens: Doc, maps, blocked: set[int], lex: Lexicon) -> list[tuple[int, int, Title, int]]:
    """ "Mexico's Financial Intelligence Unit (UIF), led by Pablo Gómez Álvarez", "PNP leader Mark Golding": the
    person who heads or leads a body the text has just named holds an office in it, though no title is written."""
    texts = token_texts(tokens)
    out = []
    n = len(tokens)
    lowers = token_lowers(tokens)  # a Token per word read took 1.4 % of the analysis
    bodies: dict[int, int] | None = None  # end -> start of the bodies the text names, read when first needed
    for i in range(1, n - 3):
        if lowers[i] in {"honorable", "honourable"} and lowers[i - 1] == "the" \
                and (i == 1 or "\n" in tokens[i - 2].text_with_ws):
            found = _honorable_of_body(tokens, i + 1, maps, blocked, lex)
            if found:
                out.append(found)
            continue
        if texts[i] == "leader":  # the body, then a lower-case "leader", then the name
            hit = maps.org_end.get(i) or maps.acr_end.get(i)
            ref = _body_ref(hit, lex)
            end = name_run(tokens, i + 1, blocked) if ref else i + 1
            if end - (i + 1) >= 2 and not _institution_after(tokens, end):
                text = f"{tokens[hit.start:hit.end].text} leader"
                out.append((i + 1, end, Title(hit.start, i + 1, "leader", "organization", text, agency=ref), -1))
            continue
        if i < 2 or lowers[i] not in LED_BY or lowers[i + 1] != "by":
            continue
        k = i - 1 if texts[i - 1] == "," else i  # "the Public Ministry led by X" as well as "…, led by X"
        verb = lowers[k - 1] in {"is", "was", "has", "had"} \
            or lowers[k - 1] == "been" and lowers[k - 2] in {"has", "had"}
        if verb:
            k -= 1 + (lowers[k - 1] == "been")  # "The Supreme Court of Justice is headed by X" (not "… is led by
            # Ambassador X": a title of the holder's own says the office)
        if texts[k - 1] == ")" and k >= 4 and texts[k - 3] == "(":
            k -= 3  # "… Unit (UIF), led by"
        hit = maps.org_end.get(k) or maps.acr_end.get(k)
        ref = _body_ref(hit, lex)
        if hit is None:  # a body no list knows ("the Social Security Fund, headed by …"), as the body finder reads it
            if bodies is None:
                bodies = {e: s for s, e, _ in institution_spans(tokens, set(), lex)}
            body = (bodies[k], k) if k in bodies and k - bodies[k] >= 2 else None
        else:
            body = (hit.start, hit.end) if ref else None
        if body is None:
            continue
        start = _skip_honorific(tokens, i + 2)
        end = name_run(tokens, start, blocked)
        if end - start < 2 or _institution_after(tokens, end) \
                or verb and any(m in blocked for m in range(i + 2, start)):
            continue
        title = Title(i, i + 2, "head", "agency", f"Head of {tokens[body[0]:body[1]].text}", agency=ref)
        out.append((start, end, title, -1))
    return out


def _honorable_of_body(tokens: Doc, start: int, maps, blocked: set[int],
                       lex: Lexicon) -> tuple[int, int, Title, int] | None:
    """ "The Honorable Norma J. Torres, U.S. House of Representatives, California": in a delegation list, a line
    that gives an honoured name and then a body the lexicon knows, with no title, names a member of that body."""
    texts = token_texts(tokens)
    end = name_run(tokens, start, blocked)
    hit = maps.org_at.get(end + 1) if end - start >= 2 and end + 1 < len(tokens) and texts[end] == "," else None
    ref = _body_ref(hit, lex)
    if not ref or hit.end < len(tokens) and texts[hit.end] not in {",", "\n"} \
            and "\n" not in tokens[hit.end - 1].text_with_ws:
        return None
    text = tokens[hit.start:hit.end].text
    return start, end, Title(hit.start, hit.end, "member", "agency", f"Member, {text}", agency=ref), -1


def _body_ref(hit, lex: Lexicon) -> str:
    """The name a lexicon body's hit (or an acronym's) refers to, "" for none."""
    if hit is None:
        return ""
    return hit.ref if hit.label == "acr" else (lex.org_by_id[hit.ref].name if hit.ref in lex.org_by_id else "")


GATHERINGS = {"council", "conference", "meeting", "summit", "forum", "committee", "assembly", "college", "board"}


def _names_listed(tokens: Doc, t: Title, blocked: set[int]) -> list[tuple[int, int]]:
    """ "the foreign ministers Mauro Vieira, Luis Gilberto Murillo and Alicia Bárcena", "former
    Presidents X and Y": every name of the list after a plural title."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n, k, out = len(tokens), t.end, []
    if t.start >= 2 and lowers[t.start - 1] == "of" and lowers[t.start - 2] in GATHERINGS:
        return []  # "the SICA Council of Ministers of Foreign Affairs Adopts …": a body's name, naming no one
    if k < n and texts[k] == ",":
        k += 1
    if k + 1 < n and lowers[k] == "such" and lowers[k + 1] == "as":
        k += 2  # "Governors such as X of Guerrero, Y of Zacatecas and …"
    elif k < n and lowers[k] == "including":
        k += 1
    while k < n:
        k = _skip_honorific(tokens, k)
        end = _one_name(tokens, k, name_run(tokens, k, blocked))
        if end - k < 2:
            break
        out.append((k, end))
        k = end
        if k + 2 < n and texts[k] == "(":  # "Representatives X (FL-20) and Y (FL-24)"
            close = next((m for m in range(k + 1, min(n, k + 6)) if texts[m] == ")"), None)
            k = close + 1 if close is not None else k
        k = _of_place(tokens, k)  # "Bruce Golding of Jamaica, Perry Christie of The Bahamas and …"
        if k < n and texts[k] == ",":  # "NAME, presidente de la Sala; NAME; …": skip the apposition
            m = k + 1
            while m < n and m - k < 16 and texts[m] not in {";", ",", "."}:
                m += 1
            k = k + 1 if m >= n or texts[m] != ";" or texts[k + 1][:1].isupper() else m
        if k < n and texts[k] == ";":
            k += 1
        if k < n and lowers[k] in {"and", "&", "y", "e"}:
            k += 1
        elif k >= n or not texts[k][:1].isupper():
            break
    return out if len(out) >= 2 or out and t.start > 0 and lowers[t.start - 1] == "the" else []


def _caps_after_of(tokens: Doc, k: int) -> tuple[int, int]:
    """(start, end) of the one to three capitalised words after "of [the]" at ``k``; (k, k) if there are none."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    if not (k + 1 < n and lowers[k] == "of"):
        return k, k
    start = m = k + 1 + (lowers[k + 1] == "the")
    while m < n and m - start < 3 and tokens[m].is_alpha and texts[m][:1].isupper():
        m += 1
    return (start, m) if m > start else (k, k)


def _of_place(tokens: Doc, k: int) -> int:
    """Past "of [the] <one to three capitalised words>" that closes a list item ("of The Bahamas,"), or ``k``."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    start, m = _caps_after_of(tokens, k)
    closed = m >= len(tokens) or texts[m] in {",", ";", "."} or lowers[m] in {"and", "&"}
    return m if m > start and closed else k


def _municipal_head(tokens: Doc, t: Title) -> bool:
    """A town's head: a mayor, an alcalde, a municipal president."""
    return t.head in {"mayor", "alcalde", "alcaldesa"} or t.head == "president" and "municipal" in (
        token_lowers(tokens)[max(0, t.start - 1):t.end])


COUNCIL_HEADS = {"council", "corporation"}  # a town's own governing body ("Town Council", "Municipal Corporation")


def _town_of_sentence(tokens: Doc, t: Title) -> None:
    """ "In Hermosillo, the Ambassador met with Municipal President X", "he flew to Nuevo Laredo, where he met Mayor
    X": a mayor whose title names no town heads the town the sentence opens on, or the one "where" refers to."""
    lowers = token_lowers(tokens)
    if not _municipal_head(tokens, t) or t.place or t.country:
        return
    start, _ = sentence_at(tokens, t.start)
    texts = token_texts(tokens)
    where = next((k for k in range(t.start - 1, start + 1, -1) if lowers[k] == "where" and texts[k - 1] == ","), 0)
    if where:  # "he flew to Nuevo Laredo, where he met Mayor X": the town the clause is about
        end = where - 1
        if lowers[end - 1] in COUNCIL_HEADS:  # "… and the Benque Viejo del Carmen Town Council, where Mayor X":
            m = end - 1  # the council he heads, by its whole name
            while m > start + 1 and (texts[m - 1][:1].isupper() and texts[m - 1].isalpha()
                                     or lowers[m - 1] in {"de", "del"} and texts[m - 2][:1].isupper()):
                m -= 1
            t.body = (m, end)
            return
        while True:
            m = end
            while m > start and end - m < 3 and texts[m - 1][:1].isupper() and texts[m - 1].isalpha():
                m -= 1
            words = " ".join(texts[m:end])
            if m < end and m - 1 > start and texts[m - 1] == "," and (fold(words) in get_lexicon().country_by_word
                                                                    or fold(words) in us_states()):
                end = m - 1  # "Nuevo Laredo, Mexico, where": the town before its country or state
                continue
            break
        if m < end and not tokens[m].is_sent_start:
            t.place, t.municipal = words, True
        return
    if lowers[start] != "in":
        return
    first = start + 1
    of = next((k for k in range(first, min(t.start, first + 5)) if lowers[k] == "of"), 0)
    if lowers[first] == "the" and of and lowers[of - 1] in {"city", "town", "municipality", "port", "village"}:
        first = of + 1  # "In the colonial city of Comayagua, Mayor X"
    m = first
    while m < t.start and m - first <= 2 and texts[m][:1].isupper() and texts[m].isalpha():
        m += 1
    if first < m < t.start and texts[m] == ",":
        t.place, t.municipal = " ".join(texts[first:m]), True


def _place_of(tokens: Doc, k: int) -> str:
    """The words after "of" at ``k`` that end where a capitalised run ends ("of Guerrero,", "of Oaxaca have
    asked"), or ""."""
    texts = token_texts(tokens)
    start, m = _caps_after_of(tokens, k)
    return " ".join(texts[start:m]) if m > start and (m >= len(tokens) or not texts[m][:1].isupper()) else ""


def _one_name(tokens: Doc, start: int, end: int) -> int:
    """ "Gustavo Sánchez y Ramón Sabillón" is two people: a run joined by "y" ends where a first name
    starts after it ("Ortega y Gasset" stays one name)."""
    lowers = token_lowers(tokens)
    for m in range(start + 2, end - 1):
        if lowers[m] in {"y", "e"} and fold_accents(lowers[m + 1]) in common_first_names():
            return m
    return end


def _singular_text(text: str, head: str) -> str:
    """ "Foreign Ministers" -> "Foreign Minister": the office each person of the list holds."""
    last = head.split(" ")[-1]
    return re.sub(rf"\b{re.escape(plural(last))}\b", lambda m: m.group(0)[0] + last[1:], text, count=1, flags=re.I)


def _country_after(tokens: Doc, t: Title, end: int, maps) -> None:
    """A country in apposition after the name, closing the clause or the line, is the office's."""
    texts = token_texts(tokens)
    c = maps.country_at.get(end + 1) if end + 1 < len(tokens) and texts[end] == "," else None
    if c is None:
        return
    nxt = tokens[c.end] if c.end < len(tokens) else None
    if nxt is None or nxt.is_punct or nxt.is_space or "\n" in tokens[c.end - 1].text_with_ws or nxt.lower_ in {"and"}:
        t.country, t.country_token = c.ref, c.start


def _country_closing_line(tokens: Doc, t: Title, maps) -> None:
    """A list line "NAME, TITLE, COUNTRY": the country after the line's last comma, ending the line, is the
    office's, however long the portfolio between ("Minister of Foreign Affairs and the Public Service, The
    Bahamas")."""
    texts, n = token_texts(tokens), len(tokens)
    k = t.end
    last_comma = None
    while k < n and k - t.end < 30 and "\n" not in tokens[k - 1].whitespace_ and "\n" not in texts[k]:
        if texts[k] == ",":
            last_comma = k
        k += 1
    if last_comma is None or k - t.end >= 30:
        return  # no comma, or no line's end within reach: prose, not a list line
    c = maps.country_at.get(last_comma + 1)
    if c is not None and c.end == k:
        t.country, t.country_token = c.ref, c.start


def _pick(candidates: list[Person], title: Title | None) -> Person | None:
    """The one person a (short) name refers to; with several, the one holding the same office."""
    if len(candidates) > 1 and title is not None:
        candidates = [p for p in candidates if any(t.head == title.head for t in p.titles)] or candidates[:0]
    return candidates[0] if len(candidates) == 1 else None


# a capitalised run after these is where, not who: "In Punta Gorda, the Ambassador joined …"
PLACE_PREPOSITIONS = {"in", "at", "near", "across", "outside", "throughout", "en"}  # not "to", "from": "a call from X"


def _name_near(tokens: Doc, t: Title, blocked: set[int],
               lex: Lexicon | None = None) -> tuple[int, int, tuple[int, int] | None] | None:
    """The name a title introduces or follows, and a second name the text gives (a/k/a, "(Luna)"):
    "TITLE NAME", "TITLE (ACR), NAME", "NAME, the TITLE", "NAME (Alias) is the TITLE", "NAME, a/k/a "X," a TITLE"."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n, j = len(tokens), t.end
    if j + 1 < n and texts[j] in {"-", "‐"} and lowers[j + 1] in {"designate", "elect"}:
        j += 2  # "Foreign Minister-designate Javier Martínez-Acha"
    if j + 2 < n and texts[j] == "(" and texts[j + 2] == ")":
        j += 3  # "the Director of the National Civil Police (PNC), Mauricio Arriaza Chicas"
    j = _past_place_before_comma(tokens, _past_body_before_comma(tokens, j, blocked), blocked)
    j = _past_town_before_name(tokens, t, j, blocked)
    if lex is not None and j + 1 < n and texts[j].islower() and (c := lex.country_by_word.get(fold(texts[j]))):
        j += 1  # "el excanciller paraguayo Eladio Loizaga": Spanish sets the demonym after the office
        t.country = t.country or c
    if j + 2 < n and lowers[j] == "of" and t.office == "government" and _is_cap_word(tokens[j + 1]):
        found = _after_jurisdiction(tokens, t, j + 1, blocked)  # "Governor of Guerrero Evelyn Salgado Pineda"
        if found:
            return found
    if j + 2 < n and lowers[j] in {"is", "was"} and t.start > 0 and lowers[t.start - 1] == "the":
        k = _skip_honorific(tokens, j + 1)  # "The U.S. Ambassador to Costa Rica is Cynthia A. Telles": the office
        end = name_run(tokens, k, blocked)  # as the subject, its holder after "is"
        if end - k >= 2 and not _institution_after(tokens, end) and not _body_named(tokens, k, end):
            return k, end, None
    if j < n and texts[j] in {",", ":"}:  # "the Director of …, NAME", "INL Director: Jennifer Savage"
        k = _skip_honorific(tokens, j + 1)
        end = name_run(tokens, k, blocked)
        if lex is not None and end > k and texts[j] == "," and _portfolio(tokens[k:end], lex):
            # "Minister of Rural Transformation, Community Development, Labour and Local Government, NAME"
            past = _past_portfolio(tokens, k, lex)
            nxt = _skip_honorific(tokens, past + (past < n and texts[past] == ","))
            if "\n" not in tokens[past - 1:nxt].text_with_ws:  # not the next line's name (a witness list: "X,
                t.end, t.text = past, " ".join(tokens[t.start:past].text.split())  # Director, Americas Program,
                k = nxt  # CSIS⏎Mr. Y, …": the title is X's)
                end = name_run(tokens, k, blocked)
            else:
                end = k
        elif lex is not None and end - k >= 3:
            first = next((m for m in range(k + 1, end - 1) if _first_name(tokens[m])), -1)
            if first > k and _portfolio(tokens[k:first], lex):
                k = first  # "Director, Field Operations Randy J. Howe": the portfolio, then the name
        closed = _portfolio_closed_by_and(tokens, t, k, end, blocked)
        if closed is not None:  # "Minister of Public Works, Water Resource Management and Ports, the Honourable
            k, end = closed  # Fidel Grant": the portfolio's last items, then the name
        if end - k >= 2 and not _institution_after(tokens, end) and not _body_named(tokens, k, end):
            if lex is not None:
                _place_governed(tokens, t, lex)
            return k, end, None
    elif j < n and not _line_ends_after_apposition(tokens, t, j, blocked):
        k = _skip_honorific(tokens, j, rank=t.body is not None and bool(t.country))
        # "Prime Minister Dr. Ralph Gonsalves"; "Mexico's Secretary of National Defense General X" (an office whose
        # country is not written leaves the rank its own: "Minister of Defense Lieutenant General X", read as before)
        end = name_run(tokens, k, blocked)
        if lex is not None and end - k >= 3:
            first = next((m for m in range(k + 1, end - 1) if _first_name(tokens[m])), -1)
            if first > k and _portfolio(tokens[k:first], lex):
                k = first  # "Minister of Foreign Trade Manuel Tovar Rivera": the portfolio's last words, then the name
        if lex is not None and end > k and _portfolio(tokens[k:end], lex):
            end = k  # "Coordinator for Disaster Reduction (CONRED)", "Director, International Affairs": no name
        one_word_ok = k == j and (not _headline(tokens, j) or _known_surname(tokens, k, lex)
                                  or _salutation(tokens, j)) and not (  # "… of
            # Honduras Extradited to …": a verb; but "Today, President Biden met President Andrés Manuel López
            # Obrador", where names make most words capitalised, names a known holder
            lex is not None and end - k == 1 and (fold(texts[k]) in lex.vocab or fold(texts[k])
                                                   in lex.country_by_word)  # "… Estados Unidos Mexicanos"
            or end - k == 1 and end < n and tokens[end].like_num)  # "Treasury's General License 41": a numbered
        # document's name, not a surname
        if end > k and not _institution_after(tokens, end, k) and (end - k >= 2 or one_word_ok):
            if end - k == 1 and (before := _apposed_before(tokens, t, blocked)):
                return before  # "Marcus Lancaster, acting field office director of ERO Atlanta"
            return k, end, None
    k = t.start
    if k > 1 and lowers[k - 1] == "new" and lowers[k - 2] in {"the", "a"}:
        k -= 1  # "approved X as the new Attorney General"
    if k > 0 and lowers[k - 1] in {"the", "a", "an", "as"}:
        k -= 1
    if k > 1 and lowers[k] in {"the", "a", "an"} and lowers[k - 1] == "as":
        k -= 1  # "X has been named as the Federal Coordinating Officer"
    alias = None
    if k > 2 and lowers[k] == "as" and lowers[k - 1] not in SERVED_AS:
        start = name_run_before(tokens, k, blocked)  # "elected Bernardo Arévalo de León as President"
        if k - start >= 2 and start > 0 and (lowers[start - 1] in CHOSEN_AS or lowers[start - 1] == "and"
                                             and any(x.lower_ in CHOSEN_AS for x in tokens[max(0, start - 16):start])):
            return start, k, None  # "... elected X as President and Y as Vice President"
    if k > 1 and lowers[k] == "as" and lowers[k - 1] in SERVED_AS:
        q = k - 1
        while q > 1 and k - q < 4 and lowers[q - 1] in AUXILIARIES:
            q -= 1  # "Anthony Lares Medina has been named as …"
        start = name_run_before(tokens, q, blocked)  # "William H. Duncan arrived as U.S. Ambassador"
        if q - start >= 2:
            return start, q, None
        if k > 2 and lowers[k - 2] == "who":  # "Luther Castillo, a Garifuna doctor who serves as … Secretary"
            q = k - 2
            while q > 1 and k - q < 10 and texts[q - 1] not in {",", "."}:
                q -= 1
            start = name_run_before(tokens, q - 1, blocked) if texts[q - 1] == "," else q
            if q - 1 - start >= 2:
                return start, q - 1, None
    if k > 0 and lowers[k - 1] in {"is", "was", "became"}:  # "Osiris Luna Meza (Luna) is the ..."
        k -= 1
        if k > 2 and texts[k - 1] == ")" and texts[k - 3] == "(" and is_name_token(tokens[k - 2]):
            alias, k = (k - 2, k - 1), k - 3
        start = name_run_before(tokens, k, blocked)
        if k - start >= 2 and lowers[k - 1] in HEAD_AFTER:  # "Terrance Drew of the St. Kitts-Nevis Labour Party
            # became Prime Minister": the body is the person's, the name comes before it
            of = start - 1 - (start > 1 and lowers[start - 1] == "the")
            if of >= 2 and lowers[of] == "of":
                s2 = name_run_before(tokens, of, blocked)
                return (s2, of, None) if of - s2 >= 2 else None
            return None
        return (start, k, alias) if k - start >= 2 else None
    if k > 0 and texts[k - 1] in QUOTES:  # NAME, a/k/a "Alias," a former TITLE
        q = k - 2
        while q > 0 and k - q < 8 and texts[q] not in QUOTES:
            q -= 1
        if q > 2 and fold(texts[q - 1]) in {"a k a", "aka", "as", "alias"} or lowers[q - 1] == "a":
            inner_end = q + 1 + (name_run(tokens, q + 1, blocked) - q - 1)
            alias = (q + 1, inner_end) if inner_end > q + 1 else None
            while q > 0 and texts[q - 1] != ",":
                q -= 1
            k = q
    m = k  # ", Legal Secretary of …", ", former Private Secretary of …": words the title list lacks
    while m > 1 and k - m < 3 and (tokens[m - 1].is_alpha and texts[m - 1][:1].isupper()
                                   or lowers[m - 1] in {"former", "then", "the"}):
        m -= 1
    if m < k and m > 0 and texts[m - 1] == ",":
        k = m
    if k > 0 and texts[k - 1] in {",", "(", "—", "–"}:
        dash = texts[k - 1] in {"—", "–"}  # "Eamon Courtenay — Ministro de Relaciones Exteriores de Belice"
        e = k - 1
        while e > 2 and texts[e - 1] in DEGREES and texts[e - 2] == ",":
            e -= 2  # "Gabriela Paz-Bailey, MD, PhD, MSc, Chief, Dengue Branch"
        while e > 0 and texts[e - 1] in EMPHASIS:
            e -= 1  # "**Javier Argueta**, Legal Counsel to the President"
        start = name_run_before(tokens, e, blocked)
        if e - start >= 2 and (start == 0 or lowers[start - 1] not in PLACE_PREPOSITIONS) \
                and (not dash or start == 0 or "\n" in tokens[start - 1].text_with_ws or texts[start - 1] == ":"):
            return start, e, alias  # a dash sets a title after a name only in a list, one person a line
    prev = t.start - 1  # "The Honorable Brian A. Nichols" / "Assistant Secretary of State …" on the next line
    while prev > 0 and tokens[prev].is_space:
        prev -= 1
    if prev < t.start - 1 and "\n" in tokens[prev:t.start].text_with_ws:
        start = name_run_before(tokens, prev + 1, blocked)
        if prev + 1 - start >= 2 and (start == 0 or "\n" in tokens[start - 1].text_with_ws
                                      or lowers[start - 1] in LINE_HONORIFICS or _rank_opens_line(tokens, start)):
            return start, prev + 1, None
    start = name_run_before(tokens, t.start, blocked)  # "Testimony of The Honorable Brian A. Nichols Assistant …"
    if t.start - start >= 2 and start > 0 and (lowers[start - 1] in {"of", "by"} | LINE_HONORIFICS
                                               or "\n" in tokens[start - 1].text_with_ws):
        return start, t.start, None
    return None


LINE_HONORIFICS = {"honorable", "honourable", "dr.", "mr.", "ms.", "mrs.", "mr", "ms", "mrs", "hon."}  # before a
# name alone on its line, in a delegation list whose next line is the title ("Mr. Juan S. Gonzalez⏎Special …")


def _rank_opens_line(tokens: Doc, start: int) -> bool:
    """ "General Laura J. Richardson⏎Commander, United States Southern Command": one capitalised word (a rank or a
    short title) opens the name's line, as an honorific would."""
    return start >= 1 and tokens[start - 1].text[:1].isupper() and tokens[start - 1].is_alpha \
        and (start == 1 or "\n" in tokens[start - 2].text_with_ws)


def _past_town_before_name(tokens: Doc, t: Title, j: int, blocked: set[int]) -> int:
    """ "U.S. Chargé d’Affaires in San Salvador Nicholas Lucas Barragán": a post's town after "in" (one whose name
    opens as towns' do), then the name from its first given name; the title takes the town. Else ``j``."""
    texts, lowers, n = token_texts(tokens), token_lowers(tokens), len(tokens)
    if not (j + 3 < n and lowers[j] == "in" and lowers[j + 1] in TOWN_OPENERS and texts[j + 1][:1].isupper()):
        return j
    m = j + 3  # the opener and at least one word of the town
    while m < n and m - j < 6 and texts[m][:1].isupper() and tokens[m].is_alpha and not _first_name(tokens[m]):
        m += 1
    if name_run(tokens, m, blocked) - m < 2:
        return j
    t.end, t.text = m, " ".join(tokens[t.start:m].text.split())
    return m


def _named_before_comma(tokens: Doc, t: Title, blocked: set[int]) -> tuple[int, int, None] | None:
    """ "NAME, TITLE …" where no name follows the title: the full name before its comma, if any."""
    k = t.start
    if k < 3 or tokens[k - 1].text != ",":
        return None
    start = name_run_before(tokens, k - 1, blocked)
    if start > 0 and tokens[start - 1].lower_ in PLACE_PREPOSITIONS:
        return None
    return (start, k - 1, None) if k - 1 - start >= 2 else None


def _town_opener(tokens: Doc, t: Title, span: tuple) -> int | None:
    """Where a town's name opens at the name found after a title: its first word, or the title's last ("… in
    San" before "Salvador Nicholas Lucas Barragán"); else None."""
    lowers, texts = token_lowers(tokens), token_texts(tokens)
    if lowers[span[0]] in TOWN_OPENERS and texts[span[0]][:1].isupper():
        return span[0]
    k = t.end - 1
    if span[0] == t.end and k > t.start and lowers[k] in TOWN_OPENERS and texts[k][:1].isupper():
        return k
    return None


BODY_REST = 8  # tokens of a body's name after a title, before the comma and the holder's name


PLACE_REST = 3  # words of a place written after a title, before the comma and the name


def _past_place_before_comma(tokens: Doc, j: int, blocked: set[int]) -> int:
    """ "the Chargé d'Affaires of the Embassy of the United States in El Salvador, Nancy Pérez Lindqvist", "the Country
    Director of USAID/Honduras, Julie Chen Ávalos": where the office sits, then the comma before the name; else
    ``j``."""
    texts, n = token_texts(tokens), len(tokens)
    if not (j + 2 < n and (texts[j] == "in" or texts[j] == "/" and not tokens[j - 1].whitespace_
                           and not tokens[j].whitespace_)):
        return j
    m = j + 1
    while m < n and m - j <= PLACE_REST and texts[m][:1].isupper() and tokens[m].is_alpha \
            and "\n" not in tokens[m - 1].whitespace_:
        m += 1
    return m if j + 1 < m < n and texts[m] == "," and any(i in blocked for i in range(j + 1, m)) else j


def _past_body_before_comma(tokens: Doc, j: int, blocked: set[int]) -> int:
    """ "the Undersecretary for North America of the Secretariat of Foreign Affairs (SRE), Roberto Velasco Álvarez":
    the rest of a body's name after the title (read as a body's, or capitalised and followed by its initials), then
    the comma before the name; else ``j``."""
    texts, lowers, n = token_texts(tokens), token_lowers(tokens), len(tokens)
    given = j
    if j + 1 < n and lowers[j] in HEAD_BEFORE and texts[j][:1].isalpha():
        j += 1  # "Chief of the OAS Office in the Adjacency Zone, …": the body's head after its initials
    if j >= n or lowers[j] not in {"of", "at", "in"} or lowers[j - 1] not in HEAD_BEFORE:
        return given  # (the title ends on a body's head: "… of the Secretariat", the body's name runs on; "Acting Director
        # of the INL office in Tegucigalpa, Mark T. Ledesma": where the office is)
    m = j + 1
    if m < n and lowers[m] == "the":
        m += 1
    start = m
    while m < n and m - start < BODY_REST and "\n" not in tokens[m - 1].whitespace_ \
            and (m in blocked or texts[m][:1].isupper() and tokens[m].is_alpha or lowers[m] in {"of", "and", "for"}):
        m += 1
    if m == start or lowers[m - 1] in {"of", "and", "for"}:
        return given
    initials = m + 2 < n and texts[m] == "(" and texts[m + 2] == ")"
    if initials:
        m += 3
    elif lowers[j] != "in" and not all(i in blocked for i in range(start, m)):
        return given  # capitalised words with neither initials nor a body's reading may be a place or the name itself
    return m if m < n and texts[m] == "," else given


def _line_ends_after_apposition(tokens: Doc, t: Title, j: int, blocked: set[int]) -> bool:
    """ "The Honorable X, U.S. Ambassador to Panama⏎The Honorable Y, …": a title that closes a line after
    "NAME," is that name's, not the next line's (nor the next item's, once lines are joined: a capitalised
    "The" in mid-sentence opens a new one)."""
    texts = token_texts(tokens)
    new_line = "\n" in tokens[j - 1].whitespace_ or tokens[j].is_space and "\n" in texts[j]
    if not (new_line or texts[j] == "The" and not tokens[j].is_sent_start):
        return False
    k = t.start
    return k > 2 and texts[k - 1] == "," and k - 1 - name_run_before(tokens, k - 1, blocked) >= 2


def _apposed_before(tokens: Doc, t: Title, blocked: set[int]) -> tuple[int, int, None] | None:
    """A full name right before ", [the|an] TITLE": the person the title is in apposition to."""
    texts = token_texts(tokens)
    k = t.start
    while k > 0 and t.start - k < 4 and tokens[k - 1].is_alpha and texts[k - 1].islower():
        k -= 1  # "…, acting field office director"
    if k < 3 or texts[k - 1] != "," or texts[t.start][:1].isupper():
        return None  # "…, President Obama": a capitalised title introduces the name after it
    start = name_run_before(tokens, k - 1, blocked)
    if start > 0 and tokens[start - 1].lower_ in PLACE_PREPOSITIONS:
        return None  # "In Punta Gorda, the Ambassador joined …": where, not who
    return (start, k - 1, None) if k - 1 - start >= 2 else None


# academic and professional degrees written after a name, before its title
DEGREES = {"MD", "M.D.", "PhD", "Ph.D.", "MSc", "M.Sc.", "MPH", "DrPH", "JD", "J.D.", "MBA", "DVM", "RN", "Esq.", "MA",
           "MS", "DDS", "FACP", "FAAP", "FRCP"}
EMPHASIS = {"*", "**", "_", "__"}  # Markdown emphasis around a name in a list
SERVED_AS = {"served", "serves", "serving", "arrived", "appointed", "named", "confirmed", "sworn", "designated",
             "nominated", "elected", "acts", "acting", "worked", "works"}


CHOSEN_AS = {"elected", "appointed", "named", "installed", "designated", "nominated", "confirmed", "chose", "chosen",
             "selected", "reelected", "re-elected", "proclaimed", "elect", "appoint", "name", "install", "approved",
             "ratified"}
AUXILIARIES = {"has", "have", "had", "been", "was", "were", "is", "be", "will"}
QUOTES = {'"', "“", "”", "'"}
HONORIFICS = ("(ret.)", "( ret . )", "dr.", "dr", "mr.", "mrs.", "ms.", "hon.", "h.e.", "prof.", "sir", "dame", "the honorable",
              "the honourable", "the hon.", "the hon .", "the most hon.", "the most hon .", "hon .", "the most honourable",
              "the rt. hon.", "the right honourable", "his excellency", "her excellency", "madam", "senator", "ambassador",
              # Spanish professional and courtesy titles before a name ("la licenciada Nubia Santa María")
              "abogado", "abogada", "licenciado", "licenciada", "lic.", "licda.", "abog.", "ingeniero", "ingeniera",
              "ing.", "doctor", "doctora", "dra.", "don", "doña", "señor", "señora", "sr.", "sra.")
# a rank between an office and the name ("its commander, Gen. X", "commanded by Maj. Gen. X"), written
# without spaces so that any tokenisation of "Maj. Gen." matches
RANKS = {"gen.", "lt.gen.", "maj.gen.", "brig.gen.", "adm.", "viceadm.", "rearadm.", "col.", "lt.col.", "cmdr.",
         "lt.cmdr.", "capt.", "general", "lieutenantgeneral", "majorgeneral", "brigadiergeneral", "admiral",
         "viceadmiral", "rearadmiral", "colonel", "lieutenantcolonel", "commander", "captain", "commodore", "major",
         "lieutenant", "maj.", "lt."}
RANK_INITIALS = {r[0].upper() for r in RANKS} | {r[0] for r in RANKS}


_HONORIFICS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _h in sorted(HONORIFICS, key=lambda h: -len(h.split())):  # longest first, looked up by its first word
    _HONORIFICS_BY_FIRST.setdefault(_h.split()[0], []).append(tuple(_h.split()))


def _headline(tokens: Doc, i: int) -> bool:
    """Is token ``i`` in a title-case line, where every word is capitalised, names or not?"""
    start, end = sentence_at(tokens, i)
    memo = tokens.user_data.setdefault("headline_sentences", {})
    found = memo.get(start)
    if found is None:
        texts, alphas = token_texts(tokens), token_alphas(tokens)
        words = [texts[k] for k in range(start, end) if alphas[k] and len(texts[k]) > 3]
        found = memo[start] = len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
    return found


JURISDICTIONS = {"province", "state", "department", "municipality", "city", "county", "district", "region",
                 "parish", "island", "canton"}


def _is_cap_word(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _after_jurisdiction(tokens: Doc, t: Title, k: int, blocked: set[int]) -> tuple[int, int, None] | None:
    """The name after a local office's place ("Governor of Guerrero Evelyn Salgado Pineda", "Municipal
    President of Acapulco Abelina López Rodríguez", "the Governor of Monte Cristi province, Nelsy Cruz"): the
    place runs up to the first common first name, else is one word before a name of two or more; the title
    takes the place."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    run_end = name_run(tokens, k, blocked)
    found, kind = None, False
    if run_end - k >= 3:
        first = next((m for m in range(k + 1, min(run_end - 1, k + 4))
                      if _first_name(tokens[m]) and lowers[m - 1] not in PLACE_OPENERS), None)
        if first is None:  # one word of place, or more while the place's words open a name ("San Antonio")
            first = k + 1
            while lowers[first - 1] in PLACE_OPENERS and run_end - first > 2:
                first += 1
        kind = lowers[first] in JURISDICTIONS and run_end - first > 2  # "Governor of Puerto Plata Province
        first += kind  # Claritza Rodríguez Espaillat": the place's kind, after its name
        if run_end - first >= 2:
            place, found = (k, first - kind), (first, run_end, None)  # (always, once the kind is skipped)
    m = run_end + (run_end < n and lowers[run_end] in JURISDICTIONS)
    if found is None and run_end > k and m < n and texts[m] == ",":  # "of Monte Cristi province, NAME"
        start = _skip_honorific(tokens, m + 1)
        end = name_run(tokens, start, blocked)
        if end - start >= 2 and not _institution_after(tokens, end):
            place, found = (k, run_end), (start, end, None)
    if found is None:
        return None
    t.end = found[0] if found[0] == place[1] or kind else m
    t.text = " ".join(tokens[t.start:t.end].text.split())
    if not t.country and fold(tokens[place[0]:place[1]].text) in us_states():
        t.country = "US"  # "Governor of Texas X"
    t.place = " ".join(tokens[place[0]:place[1]].text.split())
    t.municipal = t.head in {"mayor", "alcalde", "alcaldesa"} or "municipal" in (
        tokens[max(0, t.start - 1):t.end].text.lower())
    return found


def _body_named(tokens: Doc, start: int, end: int) -> bool:
    """ "Chief, Dengue Branch, Division of …": words that end on a body's head and open with no first name
    name a body, not the person the title introduces."""
    lowers = token_lowers(tokens)
    return lowers[end - 1] in HEAD_AFTER and fold_accents(lowers[start]) not in common_first_names()


GOVERNOR_HEADS = frozenset({"governor", "prefect"})  # the elected head of a state or province ("the Prefect of Napo")


def _place_governed(tokens: Doc, t: Title, lex: Lexicon) -> None:
    """ "The Governor of Quintana Roo, NAME", "the Municipal President of Ciudad Juárez, NAME": a local office
    whose place the title itself closes on governs that state or town (as "Governor of Guerrero NAME" does)."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    local = t.head in GOVERNOR_HEADS or _municipal_head(tokens, t)
    if not local or t.place:
        return
    of = next((m for m in range(t.start, t.end - 1) if lowers[m] in {"of", "de"}), None)
    if of is None:
        return
    if of + 4 < t.end and lowers[of + 3] in DIVISION_NOUNS and lowers[of + 4] == "of":
        of += 4  # "governor of the Venezuelan state of Táchira": the state's name after its kind (and its country)
    elif t.country:
        return
    end = t.end - (lowers[t.end - 1] in JURISDICTIONS and t.end - 1 > of + 1)
    words = texts[of + 1:end]
    if not words or not all(w[:1].isupper() and w.replace("-", "").isalpha()
                            or 0 < i < len(words) - 1 and w in {"de", "del", "la", "los", "las"}  # "Norte de Santander"
                            for i, w in enumerate(words)) \
            or fold(" ".join(words)) in lex.country_names:
        return
    t.place = " ".join(words)
    t.municipal = t.head not in GOVERNOR_HEADS
    if fold(t.place) in us_states():
        t.country = "US"


def _first_name(tok) -> bool:
    return fold_accents(tok.lower_) in common_first_names()


def _portfolio(span, lex: Lexicon) -> bool:
    """Are these capitalised words all institution vocabulary, none a first name ("Community Development",
    "Democratic Institutions")? Then they continue an office's portfolio; they are not a person."""
    words = [t for t in span if t.is_alpha]
    return bool(words) and all(
        (fold(t.text) in lex.vocab or fold(t.text).removesuffix("s") in lex.vocab) and not _first_name(t)
        for t in words)


def _portfolio_closed_by_and(tokens: Doc, t: Title, k: int, end: int,
                             blocked: set[int]) -> tuple[int, int] | None:
    """A capitalised run after a title's comma that goes on with "and", one to four capitalised words and a comma,
    then a name ("Minister of Public Works, Water Resource Management and Ports, the Honourable Fidel Grant"): the
    run is the portfolio's last items, not a name. The title takes them; the name after the comma is returned.
    Not a person's name (a common first name opens it) nor another office after "and" ("X and Attorney General Y")."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    if end >= n or lowers[end] != "and" or end <= k or fold_accents(lowers[k]) in common_first_names():
        return None
    m = end + 1
    while m < n and m - end <= 4 and tokens[m].is_alpha and texts[m][:1].isupper() and m not in blocked:
        m += 1
    if m == end + 1 or m >= n or texts[m] != "," or "\n" in tokens[k:m].text_with_ws:
        return None
    start = _skip_honorific(tokens, m + 1)
    stop = name_run(tokens, start, blocked)
    if stop - start < 2:
        return None
    t.end, t.text = m, " ".join(tokens[t.start:m].text.split())
    return start, stop


def _past_portfolio(tokens: Doc, k: int, lex: Lexicon) -> int:
    """End of a portfolio's list of items from ``k``: institution words joined by commas and "and"."""
    n, i, last = len(tokens), k, k
    while i < n and i - k < 16:
        tok = tokens[i]
        if tok.is_alpha and tok.text[:1].isupper() and _portfolio([tok], lex):
            i += 1
            last = i
        elif tok.lower_ in {",", "and", "&", "of", "for", "the"} and i > k:
            i += 1
        else:
            break
    return last


INTERIM_MARKS = (("a.i", "."), ("a.i.",), ("(", "a.i", ".", ")"), ("(", "a.i.", ")"), ("ad", "interim"))


ADDRESSED_SEATS = {"councillor", "councilor", "alderman", "senator"}  # seats a holder of another office is addressed
# by, written between that office and the name ("Minister of Foreign Affairs, Senator Kamina Johnson Smith")


def _skip_honorific(tokens: Doc, j: int, rank: bool = False) -> int:
    """Past "Dr.", "The Honorable", "His Excellency" between a title and the name it introduces. ``rank``: a
    military rank too, right after an office named with its portfolio on the same line ("Secretary of National
    Defense General Luis Cresencio Sandoval", "Secretary of the Navy Admiral José Rafael Ojeda Durán")."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    j += _retired_mark(lowers, j)  # "(ret.)"
    if j >= len(tokens):
        return j
    for size in (2, 1):  # "Prime Minister Brigadier (Ret'd) Mark Phillips": a word before "(ret.)" is a rank
        if j + size < len(tokens) and texts[j][:1].isupper() and (m := _retired_mark(lowers, j + size)):
            j += size + m
            break
    for mark in INTERIM_MARKS:  # "Chargé d'Affaires a.i. Roberto Ramírez Valle": ad interim, not the name
        if texts[j:j + len(mark)] == list(mark):
            j += len(mark)
            break
    else:
        if j > 0 and texts[j - 1] == "a.i" and texts[j] == ".":
            j += 1  # the title's words took "a.i" in: its full stop is no name either
    if j >= len(tokens):
        return j
    if j > 0 and (texts[j - 1] in {",", "by"} or rank and "\n" not in tokens[j - 1].whitespace_) \
            and texts[j][:1] in RANK_INITIALS:
        for size in (4, 3, 2, 1):  # after a comma or "by" (or an office of ``rank``) only: in a list, a rank may
            # open the next line's entry
            if j + size < len(tokens) and "".join(t.lower_ for t in tokens[j:j + size]) in RANKS \
                    and (texts[j + size][:1].isupper() or texts[j + size] == "("):
                j += size
                break
        j += _retired_mark(lowers, j)  # "Captain (ret.) X"
    if j + 1 < len(tokens) and texts[j - 1] == "," and lowers[j] in ADDRESSED_SEATS and texts[j + 1][:1].isupper():
        j += 1  # "the Mayor of Montego Bay, Councillor Richard Vernon": the seat he is addressed by, then his name
    if j >= len(tokens):
        return j
    for _ in range(4):  # a chain: "Dr. the Hon. Horace Chang", "Senator the Honourable Dr. Amery Browne"
        for words in _HONORIFICS_BY_FIRST.get(lowers[j], ()) if j < len(tokens) else ():
            if j + len(words) < len(tokens) and all(lowers[j + k] == w for k, w in enumerate(words)):
                j += len(words)
                break
        else:
            return j
    return j


RETIRED_MARKS = frozenset({"ret", "ret.", "retired", "ret'd", "ret’d", "retd", "retd."})


def _retired_mark(lowers: list[str], j: int) -> int:
    """How many tokens a bracketed "(ret.)", "(Ret'd)" or "(retired)" takes at ``j`` (0 for none)."""
    if j >= len(lowers) or lowers[j] != "(":
        return 0
    close = next((k for k in range(j + 1, min(j + 5, len(lowers))) if lowers[k] == ")"), None)
    return close - j + 1 if close is not None and "".join(lowers[j + 1:close]) in RETIRED_MARKS else 0


def _institution_after(tokens: Doc, end: int, start: int = -1) -> bool:
    """A capitalised run ending in "Unit", "Office", ... names an institution, not a person; so does one the text
    gives initials after ("… Joint Task Force-Bravo Medical Element (MEDEL)"), when they are the run's."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    if end < len(tokens) and texts[end][:1].isupper() and lowers[end] in HEAD_AFTER:
        return True
    if 0 <= start < end and end + 2 < len(tokens) and texts[end] == "(" and texts[end + 2] == ")":
        acronym = texts[end + 1]
        letters = iter(acronym)
        return acronym.isalpha() and acronym.isupper() and len(acronym) >= 3 \
            and all(texts[m][:1] in letters for m in range(start, end)) \
            and not any(_first_name(tokens[m]) for m in range(start, end))  # the run's initials, in order, and no
        # given name among its words ("Andrés Manuel López Obrador (AMLO)" is a person)
    return False


PLACE_BEFORE_WORD = frozenset({"in", "near", "outside"})


def _add_surname_mentions(tokens: Doc, people: list[Person], blocked: set[int]) -> None:
    words = {w for p in people for w in person_parts(p.name)}
    if not words:
        return
    covered = {i for p in people for s, e, _ in p.spans for i in range(s, e)}
    texts = token_texts(tokens)
    # the capitalised words that are a part of a found name, in one pass, then only those (a loop stepping through
    # every token was 2 % of the analysis, py-spy 2026-12-03); a name run read skips the candidates inside it
    candidates = [k for k, text in enumerate(texts) if text[:1].isupper() and fold(text) in words]
    i = 0
    for k in candidates:
        if k < i or k in covered or k in blocked or not is_name_token(tokens[k]):
            continue
        end = name_run(tokens, k, blocked | covered)
        if end == k + 1 and k > 0 and (tokens[k - 1].lower_ in PLACE_BEFORE_WORD
                                        or k > 1 and tokens[k - 1].lower_ == "of" and texts[k - 2][:1].isupper()):
            continue  # "Consular Agent Alma Loreto Díaz … In Loreto, the Ambassador met … the Bay of Loreto": a
            # place, or a longer name's, not her surname
        text = tokens[k:end].text
        matches = [p for p in people if end > k and same_person(p.name, text)]
        if len(matches) == 1:
            matches[0].spans.append((k, end, "name"))
        i = max(end, k + 1)


def _add_references(tokens: Doc, people: list[Person], titles: list[Title]) -> None:
    """ "the Secretary" names the one person in the document holding a Secretary title."""
    lowers = token_lowers(tokens)
    holders: dict[str, list[Person]] = {}
    for p in people:
        for head in {t.head for t in p.titles}:
            holders.setdefault(head, []).append(p)
    named = {(s, e) for p in people for s, e, _ in p.spans}
    for t in titles:
        if t.start > 0 and lowers[t.start - 1] == "the" and t.end - t.start == 1:
            owners = holders.get(t.head, [])
            if len(owners) == 1 and not any(s == t.end for s, _ in named):
                owners[0].spans.append((t.start, t.end, "reference"))


SALUTATIONS = (("good", "morning"), ("good", "afternoon"), ("good", "evening"), ("thank", "you"), ("dear",))


def _salutation(tokens: Doc, k: int) -> bool:
    """Does the sentence of ``k`` open by greeting ("Good morning, Chairman Gimenez, Ranking Member Thanedar, and
    Members of the Subcommittee"), where a hearing's witness addresses members by title and surname?"""
    start, _ = sentence_at(tokens, k)
    lowers = token_lowers(tokens)
    return any(tuple(lowers[start:start + len(g)]) == g for g in SALUTATIONS)


def _known_surname(tokens: Doc, k: int, lex: Lexicon | None) -> bool:
    """Is the word at ``k`` a name part of a person the lexicon knows ("Biden"), in a sentence of prose (a word in
    lower case that title case would capitalise: "met"), not a title-case headline ("Secretary Blinken's Statement
    on …" among related links)?"""
    parts = person_parts(tokens[k].text) if lex is not None else ()
    if len(parts) != 1 or parts[0] not in _people_by_part(lex):
        return False
    start, end = sentence_at(tokens, k)
    texts = token_texts(tokens)
    return any(texts[m].isalpha() and texts[m].islower() and len(texts[m]) >= 3 and texts[m] not in TITLE_CASE_SMALL
               for m in range(start, end))


# the small words a title-case line leaves in lower case
TITLE_CASE_SMALL = frozenset({"and", "the", "for", "with", "from", "into", "over", "upon", "onto", "near", "amid",
                              "via", "but", "nor", "yet", "off", "per", "out", "its", "his", "her", "than"})


def k_parts(known) -> set[str]:
    parts = _KNOWN_PARTS.get(known.name)  # looked up first: ``setdefault`` built the set on every call (2 %)
    if parts is None:
        parts = _KNOWN_PARTS[known.name] = {w for n in (known.name, *known.aliases) for w in person_parts(n)}
    return parts


_KNOWN_PARTS: dict[str, set[str]] = {}
_BY_PART: dict[int, tuple[object, int, dict[str, list[int]]]] = {}


def _people_by_part(lex: Lexicon) -> dict[str, list[int]]:
    """The indexes in ``lex.people`` of the known people with each name part (``k_parts``), built once per
    lexicon: ``_known_by_name`` tested every known person against every person found (1.5 % of the analysis,
    py-spy 2026-12-03); it now reads only those sharing a part, in the same order."""
    found = _BY_PART.get(id(lex))
    if found is None or found[0] is not lex or found[1] != len(lex.people):
        index: dict[str, list[int]] = {}
        for i, k in enumerate(lex.people):
            for w in k_parts(k):
                index.setdefault(w, []).append(i)
        found = _BY_PART[id(lex)] = (lex, len(lex.people), index)
    return found[2]


def is_former(title: Title | None) -> bool:
    return title is not None and title.text.lower().startswith(("former ", "then "))


def _in_office(person, year: int | None, former: bool = False) -> bool:
    """Held the office in the document's year; a "former" title, any time up to that year."""
    return year is None or person.years[0] <= year <= person.years[1] or former and person.years[0] <= year


# Spanish heads and the words of the English titles the lexicon of office holders uses for them
HEADS_IN_ENGLISH = {
    "presidente": ("president",), "presidenta": ("president",), "vicepresidente": ("vice president",),
    "vicepresidenta": ("vice president",), "expresidente": ("president",), "expresidenta": ("president",),
    "canciller": ("foreign minister", "minister of foreign affairs", "foreign secretary", "secretary of state",
                  "minister of external"), "ministro": ("minister",), "ministra": ("minister",),
    "secretario": ("secretary",), "secretaria": ("secretary",), "subsecretario": ("secretary",),
    "subsecretaria": ("secretary",), "embajador": ("ambassador",), "embajadora": ("ambassador",),
    "primer ministro": ("prime minister",), "primera ministra": ("prime minister",),
    "fiscal general": ("attorney general",), "gobernador": ("governor",), "gobernadora": ("governor",),
}


def _known_by_name(lex: Lexicon, p: Person, year: int | None, former: bool = False) -> int:
    heads = Counter(t.head for t in p.titles)
    parts = set(person_parts(p.name))
    index = _people_by_part(lex)
    sharing = sorted({i for w in parts for i in index.get(w, ())})  # the people sharing a name part, in order

    def matches(i: int, when: bool) -> bool:
        k = lex.people[i]
        if when and not _in_office(k, year, former) or not any(same_person(n, p.name) for n in (k.name, *k.aliases)):
            return False
        if heads and not any(e in k.title.lower() for h in heads for e in (h, *HEADS_IN_ENGLISH.get(h, ()))):
            return False
        return not (len(parts) == 1 and not heads)

    hits = [i for i in sharing if matches(i, True)]
    if not hits and len(parts) >= 2 and heads:
        # a full name with the title the lexicon gives it, out of office in the document's year: a mention of the
        # past ("announced by President Barack Obama … in April 2010" in a release of 2022)
        hits = [i for i in sharing if matches(i, False)]
    if len(hits) > 1 and len({lex.people[i].name for i in hits}) == 1:
        # one person, two offices the title fits ("former President Joseph Biden": President, and Vice President
        # before): the office the title names exactly, else the latest
        exact = [i for i in hits if lex.people[i].title.lower() in heads]
        hits = exact[:1] or [max(hits, key=lambda i: lex.people[i].years)]
    return hits[0] if len(hits) == 1 else -1
