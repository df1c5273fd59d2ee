"""Parse an office title around a matched head word: "Acting Secretary of Homeland Security",
"the Honduran Security Minister", "U.S. Ambassador to Honduras", "CBP Commissioner".

The parse says which country and which agency the office belongs to, which is how officials get their
affiliation without a statistical model.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from actors.institutions import HEAD_AFTER, HEAD_BEFORE, institution_tail
from actors.institutions import JOINS_ES as BODY_JOINS_ES
from actors.lexicon import US_TERRITORIES, Lexicon, mexican_states, us_states, us_states_and_territories
from actors.matchers import Hit, Scan
from actors.names import PLACE_OPENERS, is_name_token, name_run
from actors.normalize import fold
from model.first_names import common_first_names, fold_accents
from model.nlp import sentence_at, sentence_start_set, span_text, token_alphas, token_lowers, token_puncts, token_texts

CONNECTORS = {"of", "for", "and", "the", "on", "against", ","}
POSSESSIVE = {"'s", "’s", "'", "’"}
# heads that only name an office when capitalised or directly before a name
LOWERCASE_OK = {"spokesperson", "spokesman", "spokeswoman", "ambassador",
                "force commander"}  # "the MSS force commander, Godfrey Otunge"
DUTIES_OF = ["performing", "the", "duties", "of"]  # "… Performing the Duties of the Commissioner": the office held
DUTIES_HOLDERS = {"senior", "official", "bureau", "principal", "deputy"}  # … by a "Senior Official"
NEEDS_BODY = {"member", "head"}  # offices only when "of" a named body follows ("a former member of the X")
REGNAL_HEADS = {"king", "queen"}  # offices only before a reigning monarch's name and country ("King Felipe VI of
# Spain"); not "King Street", "King Air", nor "Queen Isabella I of Castile" (history)
REGNAL_NUMBER = re.compile(r"[IVX]{1,4}")


@dataclass
class Title:
    start: int  # token span of the whole title
    end: int
    head: str  # folded head ("secretary", "attorney general")
    office: str  # office class from titles.yaml
    text: str
    country: str = ""  # ISO2 of the office holder's country
    host: str = ""  # ISO2 after "to" (ambassador to Honduras)
    agency: str = ""  # lexicon ref (acronym or name) of the office's agency
    ministry: str = ""  # portfolio for non-U.S. ministries ("Security")
    country_token: int = -1  # token of the demonym, for a government mention
    body: tuple[int, int] | None = None  # the complements: may hold an institution's name
    portfolio: tuple[int, int] | None = None  # an org named as a portfolio ("... of State for WHA"): not a mention
    host_org: str = ""  # lexicon ref after "to" (ambassador to the OAS): not the office's own agency
    plural: bool = False  # "the foreign ministers X, Y and Z": the office of each person in the list
    place: str = ""  # the state or town a local office governs ("Governor of Guerrero X")
    municipal: bool = False  # the place is a town ("Mayor", "Municipal President")
    abroad: bool = False  # a portfolio no U.S. office is named by ("Secretary of Security"): the region's own
    statewide: bool = False  # "State Attorney General": the office of a state the text names elsewhere
    domain_guess: bool = False  # the agency is only its portfolio's U.S. department ("Under Secretary for
    # International Affairs": DHS's), which a body written after the title overrides


@dataclass
class Maps:
    """Lexicon hits of one document by start and end token, shared by the title and name parsers."""
    org_at: dict[int, Hit]
    acr_at: dict[int, Hit]
    org_end: dict[int, Hit]
    acr_end: dict[int, Hit]
    country_at: dict[int, Hit]
    country_end: dict[int, Hit]
    title_at: set[int]


def hit_maps(scan: Scan) -> Maps:
    return Maps({h.start: h for h in scan.orgs}, {h.start: h for h in scan.acronyms},
                {h.end: h for h in scan.orgs}, {h.end: h for h in scan.acronyms},
                {h.start: h for h in scan.countries}, {h.end: h for h in scan.countries},
                {h.start for h in scan.titles})


def _is_cap(tok) -> bool:
    return _cap(tok.text)


def _cap(text: str) -> bool:
    """``_is_cap`` of a token's text (no Token made)."""
    return text[:1].isupper() or text[:1].isdigit()


def parse_titles(tokens: Doc, scan: Scan, lex: Lexicon) -> list[Title]:
    """Every title in the document, each extended over its modifiers and complement."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    maps = hit_maps(scan)
    titles: list[Title] = []
    last_end = 0
    for hit in scan.titles:
        if hit.start < last_end:
            continue
        if texts[hit.start] == "under" and hit.end - hit.start >= 2 and _cap(texts[hit.start + 1]):
            hit = replace(hit, start=hit.start + 1)  # "the department, under Secretary X": no Under Secretary
        if lowers[hit.end:hit.end + len(DUTIES_OF)] == DUTIES_OF:
            continue  # "Senior Official Performing the Duties of the Commissioner": the office that follows
        if lowers[hit.start] in {"col.", "col"} and hit.start >= 2 and texts[hit.start - 1] == "," \
                and texts[hit.start - 2][:1].isdigit():
            continue  # "Av. Alfonso Reyes 150, Col. Valle del Poniente": a Mexican address's colonia, no colonel
        # texts sliced from the per-Doc lists, not Tokens and Spans (parse_titles and _extend_left: 3 % of the
        # analysis, a third of it making Tokens; py-spy 2026-12-03)
        head = fold(span_text(tokens, hit.start, hit.end))
        head = ABBREVIATED_HEADS.get(head, head)
        if hit.ref == "plural":
            head = singular(head)
        listed = hit.ref == "plural" and hit.end < len(tokens) and _cap(texts[hit.end])  # "ministers X, Y"
        listed = listed or _former_then_named(tokens, hit)
        if (not _cap(texts[hit.start]) and head not in LOWERCASE_OK and not _owned_then_named(tokens, hit, maps)
                and not _apposed_to_name(tokens, hit) and not listed and not _spanish_lowercase(tokens, hit, lex)
                and not _of_then_named(tokens, hit) and not _of_portfolio(tokens, hit, head, lex)
                or head in NEEDS_BODY and not _body_owns(tokens, hit, maps)) and not _of_body(tokens, hit.end, maps, lex):
            continue
        if head in REGNAL_HEADS and not _reigning(texts, hit.end, maps):
            continue
        if _opens_institution(tokens, hit.end):
            continue  # "General Directorate of ...", "Attorney General's Office": an institution's name
        if head == "justice" and hit.start > 1 and lowers[hit.start - 1] == "of" \
                and lowers[hit.start - 2] in {"court", "tribunal", "ministry", "department", "secretariat"}:
            continue  # "the Supreme Court of Justice and Attorney General X": the court's name, no justice
        if head in {"general", "gen"} and hit.start > 0 and _cap(texts[hit.start - 1]) \
                and lowers[hit.start - 1] in BODY_BEFORE_GENERAL:
            continue  # "the Consulate General of the Dominican Republic in New York": a body, no rank
        if hit.end < len(tokens) and (hit.end in maps.title_at or _cap(texts[hit.end])
                                  and fold(texts[hit.end]) in lex.modifiers):
            continue  # "Deputy" in "Deputy Assistant Secretary": a modifier of the next title
        t = Title(hit.start, hit.end, head, lex.heads.get(head, "agency"), "", plural=hit.ref == "plural")
        _extend_left(tokens, t, lex, maps.org_end, maps.acr_end, maps.country_end, last_end)
        body = t.end
        t.end = max(complements(tokens, t, t.end, lex, maps), _of_then_named(tokens, hit))
        if t.end == body and not _cap(texts[hit.start]) and _of_portfolio(tokens, hit, head, lex):
            j = hit.end + 1  # "minister of foreign affairs": the portfolio, as the capitalised one is read
            t.end = _lower_domain_end(tokens, j, lex)
            t.ministry = lex.domains[fold(span_text(tokens, j, t.end))]["ministry"]
        t.body = (body, t.end) if t.end > body else None
        if t.statewide and t.ministry:  # "the state's Secretary of Tourism": the portfolio is the state's
            t.ministry, t.agency, t.abroad, t.body = "", "", False, None
        office = maps.org_end.get(t.end)
        if office is not None and office.start < t.start and office.label != "acr" and office.ref in lex.org_by_id:
            t.start, t.agency, t.body, t.ministry = office.start, _org_name(lex, office.ref), None, ""  # "the UN High
            # Commissioner for Refugees, Filippo Grandi": a body named after its head's office (not a ministry of the
            # portfolio's name); he holds it
        _trailing_org(tokens, t, maps, lex)
        if not t.agency and t.office == "military" and t.end + 2 < len(tokens) and lowers[t.end] == "of" \
                and lowers[t.end + 1 + (lowers[t.end + 1] == "the")] == "cutter":
            t.agency = "U.S. Coast Guard"  # "commanding officer of the cutter James": cutters are the Coast Guard's
        prev = titles[-1] if titles else None
        if prev is not None and t.start == prev.end + 1 and lowers[t.start - 1] == "and" \
                and not (prev.end - prev.start == 1 and prev.start > 0 and lowers[prev.start - 1] == "the"):
            t = _join(titles.pop(), t)  # "Special Assistant to the President and Senior Director ..."; not "the
            # Ambassador and Governor Jara discussed …": two people, one named before
        t.text = " ".join(span_text(tokens, t.start, t.end).split())
        if t.head == "ausa":
            t.country, t.text = "US", t.text.replace("AUSA", "Assistant U.S. Attorney")  # the initials' own words, so
            # the office is read as "Assistant U.S. Attorney X" is: the district's
        named = lex.org_by_key.get(fold(t.text))
        if named is not None and not named.country:  # "United Nations High Commissioner for Human Rights": an
            t.agency, t.ministry = named.name, ""  # international office that names a body, not a ministry's portfolio
        titles.append(t)
        last_end = t.end
    return titles


# bodies whose name goes on with "General" ("Consulate General", "Secretariat General", "Directorate General")
BODY_BEFORE_GENERAL = {"consulate", "secretariat", "directorate", "inspectorate", "procuratorate", "commissariat",
                       "vicariate", "delegation", "consulate-general"}


def _reigning(texts: list[str], j: int, maps: Maps) -> bool:
    """A monarch's name, one or two given names and a regnal number, then "of" a country, starts at j ("Felipe VI of
    Spain"). Without the country it is too often a historical or ceremonial mention the reader does not count."""
    for k in (j + 1, j + 2):
        if k + 2 < len(texts) and REGNAL_NUMBER.fullmatch(texts[k]) and all(_cap(w) for w in texts[j:k]):
            return texts[k + 1] == "of" and (k + 2 in maps.country_at or k + 3 in maps.country_at)
    return False


def singular(head: str) -> str:
    """The inverse of ``actors.matchers.plural`` for a folded head."""
    *rest, last = head.split(" ")
    last = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    return " ".join([*rest, last])


def _former_then_named(tokens: Doc, hit) -> bool:
    """ "former president Michel Joseph Martelly, former prime minister Laurent Salvador Lamothe": a
    lower-case title after "former" (or "then", "acting") with a full name right after it."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    before = lowers[hit.start - 1] if hit.start > 0 else ""
    return (before in {"former", "then", "acting", "late"} and hit.end + 1 < n
            and tokens[hit.end].is_alpha and texts[hit.end][:1].isupper()
            and tokens[hit.end + 1].is_alpha and texts[hit.end + 1][:1].isupper())


def _spanish_lowercase(tokens: Doc, hit, lex: Lexicon) -> bool:
    """Spanish writes offices in lower case ("el ministro Pacheco Tinoco", "la encargada de negocios de la
    Embajada, Heide Fulton", "el presidente del Congreso, Luis Redondo"): a Spanish head is an office
    wherever it stands; one no name follows is held by nobody and blocks nothing."""
    return tokens.lang_ == "es" and fold(tokens[hit.start:hit.end].text) in lex.heads_es


BODY_HEADS = HEAD_AFTER | HEAD_BEFORE  # a word of these makes a capitalised run a body's name, not a person's


def _apposed_to_name(tokens: Doc, hit) -> bool:
    """A lower-case title is an office in news style in apposition to a full name before it, with its own article:
    "Julissa Villanueva, the vice minister of security, said …" (a name of two to four capitalised words, no body's
    head among them, between the sentence's start or a comma and this one)."""
    texts = token_texts(tokens)
    i = hit.start
    bare = i >= 3 and texts[i - 1] == "," and hit.end < len(tokens) and texts[hit.end] == "of"  # "X, mayor of Y"
    if i < 4 or not bare and (texts[i - 1].lower() not in {"the", "a"} or texts[i - 2] != ","):
        return False
    if hit.end < len(tokens) and texts[hit.end] in POSSESSIVE:
        return False  # "Carlos Zelaya, the president's brother-in-law": another's office, not his
    k = i - 1 if bare else i - 2
    start = k
    while start > 0 and k - start < 4 and _is_cap(tokens[start - 1]) and tokens[start - 1].is_alpha:
        start -= 1
    first_name = fold_accents(texts[start].lower()) in common_first_names()  # "the killing of Carlos Manzo, the
    # mayor of Uruapan": a first name opens a person's name wherever the run stands
    return k - start >= 2 and not any(w.lower() in BODY_HEADS for w in texts[start:k]) \
        and (start == 0 or tokens[start].is_sent_start or texts[start - 1] in {",", "(", "—", "–"}
             or not tokens[start - 1].is_alpha or first_name and texts[start - 1].islower()) \
        and (not bare or first_name)


def _owned_then_named(tokens: Doc, hit, maps: Maps) -> bool:
    """A lower-case title is an office in news style when a country or body owns it and a name follows
    in apposition: "Haiti's foreign minister, Jean-Victor Harvel Jean-Baptiste", "the Haitian National
    Police's director general, Rameau Normil", "U.S. Southern Command said its commander, Gen. X"."""
    texts = token_texts(tokens)
    n = len(tokens)
    i = hit.start
    while hit.start - i < 2 and i > 1 and texts[i - 1].islower() and tokens[i - 1].is_alpha \
            and not tokens[i - 1].is_stop:
        i -= 1  # "its deputy director X", "Venezuela's defense minister, X": the owner before the office's words
    before = texts[i - 1] if i > 0 else ""
    if i < hit.start and before in POSSESSIVE and i > 1 and texts[i - 2].islower():
        return False  # "the organization's security chief, X": whose office, the text said earlier
    by_name = i in maps.country_end or i in maps.org_end  # "Honduran", "Libre" (a party)
    by_name = by_name or i > 1 and _cap(texts[i - 1]) and texts[i - 1].lower() in HEAD_AFTER \
        and _cap(texts[i - 2])  # "the National Assembly president, Dana Castañeda": a body no list knows
    owned = before in POSSESSIVE or by_name or before.lower() in {"its", "whose", "his", "her", "their", "our"}
    comma = hit.end
    if owned and comma < n and texts[comma] == "of":
        comma += 1  # "Venezuela's minister of industry, Jose Felix Ribas": a lower-case portfolio before the comma
        while comma < n and comma - hit.end <= 4 and texts[comma].islower() and tokens[comma].is_alpha:
            comma += 1
    if owned and comma + 1 < n and texts[comma] == "," and _is_cap(tokens[comma + 1]):
        return True  # "whose chief, X", "Her vice president, Salvador Nasralla"
    # "Libre lawmaker Jorge Cálix", "Honduran lawmaker X", "the PNR, its director Oscar Callejas Valcarce": a
    # country, a body or a pronoun for it, the office, then a full name
    if i < hit.start and hit.end + 1 < n and tokens[hit.end].is_alpha and tokens[hit.end + 1].is_alpha \
            and texts[hit.end - 1].lower() != "leader" \
            and _cap(texts[hit.end]) and _cap(texts[hit.end + 1]) \
            and fold_accents(texts[hit.end].lower()) in common_first_names():
        return True  # "a delegation led by presidential adviser Laureano Ortega Murillo": the office's own words
        # before it, then a full name opening on a first name (not "opposition leader X", "gang leader X": no office)
    return owned and hit.end + 1 < n and _is_cap(tokens[hit.end]) and _is_cap(tokens[hit.end + 1]) \
        and tokens[hit.end].is_alpha and tokens[hit.end + 1].is_alpha


def _body_owns(tokens: Doc, hit, maps: Maps) -> bool:
    """ "CDB's Head of Environmental Sustainability, Dr. X": a capitalised office a named body owns is an office,
    though its head word ("Head") needs a body."""
    texts = token_texts(tokens)
    k = hit.start - 1
    return k > 0 and texts[k] in POSSESSIVE and (k in maps.org_end or k in maps.acr_end) and _cap(texts[hit.start])


# heads a lower-case portfolio after "of" makes an office ("minister of foreign affairs"); not offices.MINISTER_HEADS,
# the heads whose holder is the home country's
PORTFOLIO_HEADS = {"minister", "vice minister", "deputy minister", "secretary", "undersecretary", "under secretary"}


def _of_portfolio(tokens: Doc, hit, head: str, lex: Lexicon) -> bool:
    """ "Fred Mitchell is minister of foreign affairs", "the minister of public security, X": a lower-case
    minister "of" a portfolio the lexicon knows is an office, as news style writes it."""
    lowers = token_lowers(tokens)
    j = hit.end + 1
    if head not in PORTFOLIO_HEADS or hit.end >= len(tokens) or lowers[hit.end] != "of":
        return False
    return _lower_domain_end(tokens, j, lex) > j


def _lower_domain_end(tokens: Doc, j: int, lex: Lexicon) -> int:
    """End of a portfolio the lexicon knows from ``j``, in any case and with no punctuation in it, or ``j``."""
    for w in (4, 3, 2, 1):
        if j + w <= len(tokens) and not any(t.is_punct for t in tokens[j:j + w]) \
                and fold(span_text(tokens, j, j + w)) in lex.domains:
            return j + w
    return j


def _of_then_named(tokens: Doc, hit) -> int:
    """ "The regional governor of Tacna, Luis Torres Robledo, asked …", "the technical director of Unión
    Eléctrica, Lázaro Guerra, told …": a lower-case title "of" a named place or body, then a full name (a
    common first name first) in apposition closed by a comma, is an office even where no list knows the place
    or the body. The comma after the place or body, or 0."""
    texts = token_texts(tokens)
    n, j = len(tokens), hit.end + 1
    if hit.end >= n or texts[hit.end] != "of":
        return 0
    j += j < n and texts[j] == "the"
    if j + 3 < n and _cap(texts[j]) and texts[j + 1] in DIVISION_NOUNS and texts[j + 2] == "of":
        j += 3  # "the governor of the Venezuelan state of Táchira, Freddy Bernal"
    k = j
    while k < n and k - j < 6 and (tokens[k].is_alpha and _cap(texts[k])
                                   or k > j and texts[k] in PLACE_PARTICLES and k + 1 < n and _cap(texts[k + 1])):
        k += 1  # (a place's "de": "the governor of Norte de Santander, William Villamizar")
    h = k + 1 + (k + 1 < n and texts[k + 1].lower() in SHORT_HONORIFICS)  # "the mayor of X, Mr. Leonel Morazán Wood"
    if k == j or k >= n or texts[k] != "," or h >= n or fold_accents(texts[h].lower()) not in common_first_names():
        return 0
    m, words = h, 0
    while m < n and words < 4 and tokens[m].is_alpha and _cap(texts[m]):
        m += 1
        words += 1
        if m + 1 < n and texts[m] == "-" and not tokens[m - 1].whitespace_ and _cap(texts[m + 1]):
            m += 1  # "Jean-Robert Pierre-Louis": a hyphenated name is one word of the name
    return k if words >= 2 and m < n and _closes_apposition(tokens, m) else 0


def _closes_apposition(tokens: Doc, m: int) -> bool:
    """Does the token at ``m`` close a name in apposition: a comma, or the sentence's full stop ("attended by the
    governor of Tachira, Freddy Bernal.")?"""
    text = tokens[m].text
    return text == "," or text == "." and (m + 1 == len(tokens) or tokens[m + 1].is_sent_start
                                           or "\n" in tokens[m].whitespace_)


DIVISION_NOUNS = {"state", "department", "province", "parish", "district", "region", "municipality", "city", "town"}


PLACE_PARTICLES = {"de", "del", "la", "los", "las"}


def _opens_institution(tokens: Doc, end: int) -> bool:
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    if end < n and texts[end] in POSSESSIVE:
        end += 1
    return end < n and texts[end][:1].isupper() and lowers[end] in HEAD_AFTER


FIELD_UNIT_WORDS = {"division", "office", "post", "station", "sector"}  # a field unit's last word


def _trailing_org(tokens: Doc, t: Title, maps: Maps, lex: Lexicon) -> None:
    """ "NAME, Senior Director for the Western Hemisphere, National Security Council.": a body closing the
    clause after a title is the office's agency."""
    texts = token_texts(tokens)
    j, n = t.end, len(tokens)
    hit = maps.org_at.get(j + 1) or maps.acr_at.get(j + 1) if j + 1 < n and texts[j] == "," else None
    if hit is None or t.agency:
        return
    k = hit.end  # "…, ATF Miami Field Division;": the body's field office, by its city, closes the clause
    while k < n and k - hit.end < 5 and _is_cap(tokens[k]) and tokens[k].is_alpha:
        k += 1
    if k > hit.end and not (k < n and texts[k] in {";", ",", "."} and token_lowers(tokens)[k - 1] in FIELD_UNIT_WORDS):
        k = hit.end
    if k < n and not (texts[k] in {".", ";"} or tokens[k].is_space) and not (k > hit.end and texts[k] == ","):
        return
    t.agency = hit.ref if hit.label == "acr" else _org_name(lex, hit.ref)
    t.end = hit.end


def _join(a: Title, b: Title) -> Title:
    b.start, b.text = a.start, ""
    b.country, b.host = b.country or a.country, b.host or a.host
    if not b.agency or a.agency and a.body and a.office != "white-house":  # the first office's named body: "commander
        # of the Coast Guard Seventh District and director of Homeland Security Task Force"
        b.agency, b.ministry, b.office = a.agency, a.ministry, a.office
    return b


def _of_body(tokens: Doc, end: int, maps: Maps, lex: Lexicon) -> bool:
    """ "chief of the HNP", "president of Honduras": a lower-case head is an office when "of" names a
    government or a (non-criminal) body."""
    lowers = token_lowers(tokens)
    j = end + 1 + (end + 1 < len(tokens) and lowers[end + 1] == "the")
    if end >= len(tokens) or lowers[end] != "of" or j >= len(tokens):
        return False
    if j in maps.country_at:
        return True
    hit = maps.org_at.get(j) or maps.acr_at.get(j)
    if hit is None:  # "chairman of the Social Fabric Reconstruction Unit": a body no list knows
        return institution_tail(tokens, j, limit=6) > j + 1
    entry = lex.org(hit.ref) if hit.label == "acr" else lex.org_by_id.get(hit.ref)
    return entry is not None and entry.kind != "criminal"


# local offices a place name before the head says the seat of ("Necoclí Mayor X")
# abbreviations whose office the full head's rules decide ("Quintana Roo Gov. X" governs Quintana Roo)
ABBREVIATED_HEADS = {"gov": "governor", "lt gov": "lieutenant governor"}
LOCAL_HEADS = {"mayor", "governor", "sheriff", "county judge"}  # "Monroe County Sheriff X": the county's
# a U.S. state's offices, named with the state before them ("Texas Attorney General X", "Texas Lt. Gov. X"); any
# other place before them is no jurisdiction of theirs
STATE_HEADS = {"lieutenant governor", "attorney general"}
# offices a state of a federation has, written "State …" with the state left to the text ("State Attorney General X")
STATEWIDE_HEADS = STATE_HEADS | {"governor", "prosecutor", "attorney"}
# offices a country name before the head hosts rather than owns ("the Guatemala Mission Director")
HOSTED_HEADS = {"mission director", "deputy mission director", "country director", "country representative"}


def _extend_left(tokens: Doc, t: Title, lex: Lexicon, org_end, acr_end, country_end, floor: int = 0) -> None:
    """``floor``: where the title before this one ends ("Secretary of National Defense General X": the rank does
    not take the secretary's portfolio as its own)."""
    texts, lowers, opens = token_texts(tokens), token_lowers(tokens), sentence_start_set(tokens)
    i = t.start
    k = i - (i > 0 and lowers[i - 1] == "the")
    if k - len(DUTIES_OF) > floor and lowers[k - len(DUTIES_OF):k] == DUTIES_OF:
        i = k - len(DUTIES_OF)  # "Senior Official Performing the Duties of the Commissioner": one title, the
        while i > floor and _cap(texts[i - 1]) and lowers[i - 1] in DUTIES_HOLDERS and i not in opens:
            i -= 1  # commissioner's, held without the office's name
    while i > floor and t.start - i < 8 and i not in opens:  # never across a line or sentence
        low = lowers[i - 1]
        if low in lex.modifiers and (_cap(texts[i - 1]) or low in {"former", "then", "acting", "deputy"}):
            i -= 1
            continue
        if i - 2 >= 0 and not tokens[i - 2].is_punct and not tokens[i - 1].is_punct \
                and fold(span_text(tokens, i - 2, i)) in lex.modifiers:  # not ", under" (folds to "under")
            i -= 2
            continue
        if i >= 3 and lowers[i - 3:i] == ["nominee", "to", "be"]:
            i -= 3  # "Testimony of Dr. X, Nominee to be Ambassador to Costa Rica": the office she is named for
            continue
        hit = org_end.get(i) or acr_end.get(i)
        if hit is None and i >= 4 and texts[i - 1] == ")" and texts[i - 3] == "(" \
                and (acr_end.get(i - 1) or org_end.get(i - 1)) is not None:  # an acronym, or one the text defines
            hit = org_end.get(i - 3)  # "U.S. Citizenship and Immigration Services (USCIS) Director": the body,
            # then its acronym in brackets, before the title
        if hit is not None and not t.agency:
            t.agency = hit.ref if hit.label == "acr" else _org_name(lex, hit.ref)
            i = hit.start
            continue
        if low == "state" and not t.place and not t.country and (
                t.head in STATEWIDE_HEADS and not t.agency or texts[i - 1] in ("state", "State") and t.ministry):
            if t.ministry:  # "Governor X and state Security Secretary Y": the state's portfolio, not the country's
                t.ministry, t.agency, t.abroad = "", "", False
            t.statewide, i = True, i - 1  # "State Attorney General X": a state's own office, not the State Department
            k = i - 1  # "Baja California's state attorney general, X": the state is the owner written before
            if k > 0 and texts[k] in POSSESSIVE and country_end.get(k) is None:
                m = k
                while m > 0 and k - m < 3 and _cap(texts[m - 1]) and tokens[m - 1].is_alpha and m - 1 not in opens:
                    m -= 1
                if m < k:
                    t.place, i = " ".join(texts[m:k]), m
            continue
        dom = _domain_ending_at(tokens, i, lex)
        if dom and not t.agency and not t.ministry:
            t.ministry, t.agency, i = lex.domains[dom[0]]["ministry"], lex.domains[dom[0]]["us"], dom[1]
            t.abroad = bool(lex.domains[dom[0]].get("abroad"))
            continue
        noun = _owners_noun(tokens, i, lex, org_end, acr_end) if not t.agency else None
        if noun is not None:  # "IAF Foundation Representative", "the IAF's Foundation Representative"
            t.agency, i = noun
            continue
        owner = org_end.get(i - 1) or acr_end.get(i - 1)
        if low in POSSESSIVE and owner is not None and not t.agency:  # "the State Department's Special Envoy"
            t.agency = owner.ref if owner.label == "acr" else _org_name(lex, owner.ref)
            i = owner.start
            continue
        if low in POSSESSIVE and i >= 2 and texts[i - 2] == "state" and not t.place and not t.country:
            t.statewide, t.ministry, t.agency, t.abroad, i = True, "", "", False, i - 2  # "the state's Secretary of
            continue  # Tourism, X": the state's office (which state, the story says), not the country's ministry
        if low in POSSESSIVE and not t.place and not t.country and not t.agency and i >= 2:
            state = next((w for w in (3, 2, 1) if i - 1 - w >= 0 and fold(span_text(tokens, i - 1 - w, i - 1))
                          in mexican_states() and fold(span_text(tokens, i - 1 - w, i - 1)) != "mexico"), 0)
            if state:  # "Jalisco's Secretary of Environment X": the state's office, in its government
                t.place, t.country, i = span_text(tokens, i - 1 - state, i - 1), "MX", i - 1 - state
                continue
        if low in POSSESSIVE and i - 1 in country_end:
            c = country_end[i - 1]
            t.country, t.country_token, i = c.ref, c.start, c.start
            continue
        if low in POSSESSIVE and t.head in LOCAL_HEADS and not t.place and not t.country and i >= 2 \
                and is_name_token(tokens[i - 2]):  # "Tulum's mayor Diego Castañón": the town the office governs
            k = i - 1
            while k > 0 and i - 1 - k < 3 and not tokens[k].is_sent_start and tokens[k - 1].is_alpha \
                    and is_name_token(tokens[k - 1]) and fold(texts[k - 1]) not in lex.modifiers:
                k -= 1
            t.place, t.municipal, i = " ".join(tokens[k:i - 1].text.split()), t.head == "mayor", k
            if fold(t.place) in us_states():
                t.country, t.municipal = "US", False
            continue
        if (t.head in LOCAL_HEADS or t.head in STATE_HEADS) and not t.place and not t.country \
                and country_end.get(i) is None:
            k = i
            while k > 0 and i - k < 3 and not tokens[k].is_sent_start and tokens[k - 1].is_alpha \
                    and is_name_token(tokens[k - 1]) and fold(texts[k - 1]) not in lex.modifiers \
                    and k - 1 not in country_end:
                k -= 1
            if k < i and k > 0 and texts[k - 1] in {"El", "La", "Los", "Las"}:
                k -= 1  # "El Paso Mayor X": the article opens the town's name
            words = fold(" ".join(tokens[k:i].text.split()))
            mexican = words in mexican_states() and words != "mexico"  # "Guanajuato Attorney General X"
            if k < i and t.head in STATE_HEADS and words not in us_states() and not mexican:
                k = i
            if k < i:  # "Necoclí Mayor Jorge Tobón", "New York Mayor X": the town the office governs
                t.place, t.municipal, i = " ".join(tokens[k:i].text.split()), t.head == "mayor", k
                if fold(t.place) in us_states():
                    t.country = "US"  # "Texas Governor X"
                elif mexican and t.head in STATE_HEADS:
                    t.country, t.municipal = "MX", False
                continue
        c = country_end.get(i)
        if c is not None and not t.country and not t.host and t.head in HOSTED_HEADS and c.ref != "US" \
                and fold(tokens[c.start:c.end].text) in lex.country_names:
            t.host, i = c.ref, c.start  # "USAID/Honduras Mission Director": posted in Honduras, not Honduras's
            continue
        if c is not None and not t.country:
            t.country, t.country_token, i = c.ref, c.start, c.start
            continue
        break
    if not t.agency and i > 1 and lowers[i - 1] in {"its", "whose"}:
        for k in range(i - 1, max(0, i - 12), -1):  # "U.S. Army South, whose commanding general, X"
            hit = org_end.get(k) or acr_end.get(k)
            if hit is not None:  # an acronym only when it has one meaning ("CNE" has several)
                if hit.label != "acr" or len(lex.org_by_acronym.get(hit.ref, ())) == 1:
                    t.agency = hit.ref if hit.label == "acr" else _org_name(lex, hit.ref)
                break
            if tokens[k - 1].is_sent_start or tokens[k - 1].is_sent_end:
                break
    if i > 0 and lowers[i - 1] in {"former", "then"}:
        i -= 1
    t.start = i


def _domain_ending_at(tokens: Doc, i: int, lex: Lexicon) -> tuple[str, int] | None:
    texts, puncts, opens = token_texts(tokens), token_puncts(tokens), sentence_start_set(tokens)  # no Span made
    for n in (4, 3, 2, 1):
        if i - n < 0:
            continue
        first = texts[i - n][:1]
        if not (first.isupper() or first.isdigit()) or puncts[i - 1] \
                or any(puncts[k] or k in opens for k in range(i - n + 1, i)):
            continue
        key = fold(span_text(tokens, i - n, i))
        if key in lex.domains:
            return key, i - n
    return None


def complements(tokens: Doc, t: Title, pos: int, lex: Lexicon, maps: Maps, free: bool = True) -> int:
    """End of up to two complements from ``pos`` ("of Homeland Security", "for Western Hemisphere Affairs",
    "to Honduras"), recording country, host and agency on ``t``. The first complement names the office's
    agency; a later "for X" is a portfolio inside it, and "to X" is where the office is posted.
    ``free``: also accept portfolios that are not in the lexicon ("of Justice and Public Security")."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    spanish = tokens.lang_ == "es"
    if spanish:
        pos = _spanish_office(tokens, t, pos, lex)
    # "Secretary of State" names its department; "Advisor to the President" sits in the White House
    bound = " of " in f" {t.head} " or " to the " in f" {t.head} "
    for _ in range(2):
        if pos + 1 < n and (lowers[pos] in {"a.i.", "a.i"}
                            or texts[pos] == "." and lowers[pos - 1] in {"a.i.", "a.i"}):
            pos += 1  # "Chargé d'Affaires a.i. to The Bahamas"
        if pos + 1 >= n:
            return pos
        prep = lowers[pos]
        if spanish:
            prep = SPANISH_PREPOSITIONS.get(prep, prep)
            if prep == "of" and _is_republic(tokens, pos):  # "Presidente de la República": the home country's
                pos += 3
                continue
        if prep not in {"of", "for", "to", "at", "in", "on"}:
            return pos
        j = pos + 1
        posted = _posted_in(tokens, t, pos, maps)
        if posted > pos:  # "Chargé d'Affaires in Havana Mike Hammer": where the office sits, then the name
            return posted
        if (lowers[j] == "the" or spanish and lowers[j] in SPANISH_ARTICLES
                and j not in maps.country_at) and j + 1 < n:  # "de El Salvador" keeps its "El"
            j += 1
        if prep == "in" and j + 2 < n and lowers[j] in {"ministry", "department"} and lowers[j + 1] == "of" \
                and _is_cap(tokens[j]):  # "Minister of State in the Ministry of Finance X": a rank, then its ministry
            k, dom = _portfolio_run(tokens, j + 2, lex, maps)
            if k > j + 2:
                t.ministry = lex.domains[dom]["ministry"] if dom and k == _domain_end(tokens, j + 2, lex) \
                    else tokens[j + 2:k].text
                t.agency = ""  # the ministry named, not a department the rank's words ("of State") suggest
                pos = k
                continue
        c = maps.country_at.get(j)
        hit = maps.org_at.get(j) or maps.acr_at.get(j)
        if c is not None and (hit is None or hit.end <= c.end):
            if prep == "to" or prep == "in" and t.agency and not t.country \
                    or prep == "for" and (t.head in ENVOY_HEADS or t.agency and not t.country
                                          or t.office == "state-secretary" and not t.country):
                t.host = c.ref  # "UNHCR's Representative in Mexico": posted there, the agency's officer; "IAF
                # Regional Director for Mexico", "Deputy Assistant Secretary of State for Cuba and Venezuela": the
                # region an officer covers
            elif not t.country:
                t.country, t.country_token = c.ref, c.start
            pos = c.end
            if prep in {"for", "to"}:
                pos = _more_areas(tokens, pos, maps)  # "for Mexico and Central America", "to Barbados, the
                # Eastern Caribbean and the OECS"
            if prep != "to" and pos + 1 < n and lowers[pos] in {"'s", "’s"} and texts[pos + 1][:1].isupper():
                pos += 1  # "Director of Panama's National Migration Service, Roger Mojica": the country's body
            body = maps.org_at.get(pos)
            if prep != "to" and body is not None and body.label != "acr":  # "of the Haitian National Police"
                t.agency = t.agency or _org_name(lex, body.ref)
                pos = body.end
            elif prep != "to" and texts[c.start][:1].isupper() and not tokens[c.end - 1].is_punct:
                pos = max(pos, institution_tail(tokens, pos))  # "of the Guatemalan Tax Administration"
                if pos + 2 < n and lowers[pos] in HEAD_BEFORE and lowers[pos + 1] == "of":
                    end, _ = _portfolio_run(tokens, pos + 2, lex, maps)  # "of the Puerto Rico Department of
                    pos = end if end > pos + 2 else pos  # Public Safety Alexis Torres"
            pos = _possessed_unit(tokens, pos)
            continue
        if hit is not None and hit.label != "acr" and hit.end + 1 < n and lowers[hit.end] == "of" \
                and texts[hit.end + 1][:1].isupper() and hit.end + 1 not in maps.country_at \
                and lowers[hit.end - 1] in {"court", "tribunal"} and not (t.agency or t.ministry or t.portfolio):
            k, _ = _portfolio_run(tokens, hit.end + 1, lex, maps)  # "head of the Supreme Court of Justice": a
            if k > hit.end + 1:  # longer name than the listed court's (the U.S. Supreme Court), and no
                t.ministry, pos = tokens[j:k].text, k  # Justice Department's either
                continue
        if hit is not None:
            ref = hit.ref if hit.label == "acr" else _org_name(lex, hit.ref)
            if prep == "to":
                t.host_org = ref
            elif (t.agency or bound) and prep in {"for", "on"} and not _agency_is(lex, t.agency, hit):
                t.portfolio = (hit.start, hit.end)
            else:
                t.agency = ref
            pos = _possessed_unit(tokens, hit.end)
            if hit.label == "acr" and pos == hit.end:
                pos = _unit_after_initials(tokens, pos, lex)
            continue
        if not free:
            return pos
        k, dom = _portfolio_run(tokens, j, lex, maps)
        tail = institution_tail(tokens, k) if k == j or lowers[k - 1] not in HEAD_AFTER else k
        if tail > k and k > j:
            dom = None  # "Chief of the Security Cooperation Office": a body's name, not the Security portfolio
        k = tail
        if prep == "at" and k > j:
            pos = k  # "… at the Embassy": where the office sits, part of the title, no portfolio
            continue
        if k > j and not spanish and lowers[k - 1] in PLACE_OPENERS and texts[k - 1][:1].isupper():
            # "Mayor of San Antonio Ron Nirenberg": no portfolio ends on "San"; the place is read with the name.
            # English text only: applied to Spanish text too, the es_test floor test failed (affiliation 0.955 ->
            # 0.941); Spanish titles read their places by the Spanish rules
            k = j
        if k == j or prep == "for" and t.office == "legislature":  # (a constituency: "Member of Parliament for South
            k = max(k, _delimited_portfolio(tokens, j, maps))  # East St. Elizabeth, Hon. X")
        if k == j:
            return pos
        if prep != "to":
            if dom and not ((t.agency or bound) and prep in {"for", "on"}):
                t.agency = lex.domains[dom]["us"]
                t.domain_guess = True
                t.abroad = bool(lex.domains[dom].get("abroad"))
                if spanish and lex.domains[dom].get("spanish_us") and not t.country:
                    t.country = "US"  # "Secretario de Seguridad Nacional": the U.S. department's name in Spanish
            if not dom and (t.agency and not t.ministry
                            or prep in {"for", "on"} and t.ministry in _portfolios(lex)):
                t.portfolio = (j, k)  # "IOM's Chief of Mission": a post inside the body, not a ministry; "Vice
                # Minister of Foreign Affairs for Bilateral Relations": a post inside the ministry named first
            else:
                t.ministry = lex.domains[dom]["ministry"] if dom and k == _domain_end(tokens, j, lex) else tokens[j:k].text
        pos = k
    return pos


def _more_areas(tokens: Doc, pos: int, maps: Maps) -> int:
    """End of ", [and] [the] X" items after a country an office covers, each another country, a region's
    capitalised words or a body's acronym ("for Mexico and Central America", "to Barbados, the Eastern Caribbean
    and the OECS"); else ``pos``."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    while pos + 1 < n and lowers[pos] in {"and", ","}:
        k = pos + 1
        if lowers[pos] == "," and lowers[k] == "and" and k + 1 < n:
            k += 1
        k += k + 1 < n and lowers[k] == "the"
        c = maps.country_at.get(k) or maps.acr_at.get(k)
        if c is not None:
            pos = c.end
            continue
        m = k
        while m < n and m - k < 3 and _is_cap(tokens[m]) and fold(texts[m]) in REGION_WORDS:
            m += 1
        if m == k:
            break
        pos = m
    return pos


REGION_WORDS = {"central", "south", "north", "latin", "america", "caribbean", "andean", "region", "hemisphere",
                "western", "eastern", "southern", "northern", "cone", "pacific", "atlantic", "islands"}


def _agency_is(lex: Lexicon, agency: str, hit: Hit) -> bool:
    """Does the body a title's portfolio implies bear the listed name after it ("Director of Field Operations for
    U.S. Customs and Border Protection": the agency named, not a portfolio)?"""
    entry = lex.org(agency) if agency and hit.label != "acr" else None
    return entry is not None and entry.id == hit.ref


def _portfolios(lex: Lexicon) -> frozenset[str]:
    """The ministries' portfolios the lexicon's domains name ("Foreign Affairs", "Security"), once per lexicon."""
    found = _PORTFOLIOS.get(id(lex))
    if found is None or found[0] is not lex:
        found = _PORTFOLIOS[id(lex)] = (lex, frozenset(d["ministry"] for d in lex.domains.values()))
    return found[1]


_PORTFOLIOS: dict[int, tuple[Lexicon, frozenset[str]]] = {}


def _unit_after_initials(tokens: Doc, pos: int, lex: Lexicon) -> int:
    """ "the Director General of the OECS Commission, Didacus Jules": institution words after a body's initials
    ("Commission", "General Secretariat") are the body's unit, part of the title, not the start of a name."""
    texts = token_texts(tokens)
    k = pos
    while k < len(tokens) and k - pos < 3 and tokens[k].is_alpha and _cap(texts[k]) and fold(texts[k]) in lex.vocab \
            and not (k + 1 < len(tokens) and texts[k + 1] in {"-", "‐"}):  # "the UN Secretary-General": an office
        k += 1
    return k if k > pos and fold(texts[k - 1]) not in lex.heads else pos


def _possessed_unit(tokens: Doc, pos: int) -> int:
    """ "the Director General of Haiti's Civil Protection, Jerry Chandler", "the Director of DOE's Grid Deployment
    Office, Maria Robinson": a capitalised unit the country or body owns, closed by the comma of an apposition,
    is part of the title (not the start of a name). ``pos`` is at the possessive or just past it."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    k = pos + (pos < n and texts[pos] in POSSESSIVE)
    if k == pos and not (pos > 0 and texts[pos - 1] in POSSESSIVE):
        return pos
    start = k
    while k < n and k - start < 7 and (tokens[k].is_alpha and _cap(texts[k])
                                       or lowers[k] in {"of", "and", "for"} and k + 1 < n and _cap(texts[k + 1])):
        k += 1
    return k if k > start and k < n and texts[k] == "," else pos


# an envoy "for" a country is sent to it: "Special Envoy for Haiti, U.S. Department of State"
ENVOY_HEADS = {"special envoy", "envoy", "special representative", "special coordinator", "coordinator",
               "special advisor", "special adviser"}
POSTED_HEADS = {"charge d affaires", "ambassador", "consul", "consul general", "attache", "representative", "envoy",
                "chief of mission", "mission director", "country director", "resident representative"}


def _posted_in(tokens: Doc, t: Title, pos: int, maps: Maps) -> int:
    """End of "in <City>" after a posted office when a full name follows it, else ``pos``."""
    lowers = token_lowers(tokens)
    n = len(tokens)
    if lowers[pos] != "in" or t.head not in POSTED_HEADS:
        return pos
    j = pos + 1
    for w in (1, 2):
        k = j + w
        if k < n and all(_is_cap(x) and x.is_alpha and (j + i) not in maps.title_at for i, x in enumerate(tokens[j:k])) \
                and name_run(tokens, k) - k >= 2:
            return k
    k = j  # "Chargé d'Affaires in Port-au-Prince, Eric Stromayer": a city of hyphenated words, a comma, the name
    while k < n and k - j < 7 and k not in maps.title_at and (
            _is_cap(tokens[k]) and tokens[k].is_alpha
            or k > j and not tokens[k - 1].whitespace_ and (tokens[k].text == "-" or tokens[k - 1].text == "-")):
        k += 1
    if j < k < n - 1 and tokens[k].text == "," and name_run(tokens, k + 1) - (k + 1) >= 2:
        return k
    return pos


JOINS_ES = BODY_JOINS_ES | {"al"}  # a portfolio also runs on through "al" ("Atención al Migrante")
SPANISH_PREPOSITIONS = {"de": "of", "del": "of", "para": "for", "ante": "to", "en": "in"}
SPANISH_ARTICLES = {"la", "el", "los", "las"}
# "Secretario de Estado en el Despacho de Seguridad": Honduras' title for a minister (despacho: portfolio)
_DESPACHO = ("en el despacho de", "en los despachos de", "en el despacho del")


def _spanish_office(tokens: Doc, t: Title, pos: int, lex: Lexicon) -> int:
    """ "Secretario de Estado en el Despacho de X" is a minister of X, not the U.S. Secretary of State: the
    head becomes "secretario" and the complement reading starts at "de X"."""
    lowers = token_lowers(tokens)
    if pos < len(tokens) and lowers[pos] in AFTER_HEAD_ES:  # "Secretario Interino de Seguridad Nacional"
        pos += 1
    if t.office == "state-secretary" and fold(tokens[pos:pos + 4].text) in _DESPACHO:
        t.head, t.office = fold(tokens[t.start:t.end].text).split(" ")[-3], "agency"
        return pos + 3
    return pos


AFTER_HEAD_ES = {"interino", "interina", "adjunto", "adjunta", "saliente", "entrante", "general", "designado",
                 "designada", "departamental", "municipal", "federal", "electo", "electa", "suplente", "titular",
                 "especial", "provincial", "estatal", "regional", "auxiliar"}


def _is_republic(tokens: Doc, pos: int) -> bool:
    """ "de la República" after a head: the office of the country the text is about; not "de la República
    Popular China", "de la República Dominicana" (another country, named)."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    return pos + 2 < len(tokens) and lowers[pos + 1] == "la" and lowers[pos + 2] == "república" \
        and not (pos + 3 < len(tokens) and tokens[pos + 3].is_alpha and texts[pos + 3][:1].isupper())


def _delimited_portfolio(tokens: Doc, j: int, maps: Maps) -> int:
    """A portfolio no list knows, closed by punctuation, or after "for" by the name it introduces: "Secretary of
    Welfare, Javier May", "Executive Director of AMEXCID, Laura Carrillo", "Deputy Administrator for Veterinary
    Services Rosemary Sifford" (a common first name opens the name; "Governor of Guerrero X" is a jurisdiction,
    read elsewhere). ``j`` when there is none."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n, m = len(tokens), j
    joins = {"and", "of", "for"} | (JOINS_ES if tokens.lang_ == "es" else set())
    after_for = lowers[j - 1] == "for" or j > 1 and lowers[j - 1] == "the" and lowers[j - 2] == "for"
    while m < n and m - j < 7 and m not in maps.title_at and not (after_for and m > j and _name_starts(tokens, m)) and (
            m not in maps.country_at or m > j and _is_cap(tokens[m - 1]) and tokens[m - 1].is_alpha) and (
            tokens[m].is_alpha and texts[m][:1].isupper() or texts[m] in {"St.", "Ste."}
            or lowers[m] in joins and m > j
            or lowers[m] == "the" and m > j and lowers[m - 1] in {"and", "of", "for"}):
        m += 1  # "Undersecretary for Latin America and the Caribbean, NAME", "Subdirectora de Atención al Migrante, …"
    while m > j and lowers[m - 1] in {"and", "of", "for", "the"} | joins:
        m -= 1
    named = after_for and m < n and (_name_starts(tokens, m) or lowers[m] in SHORT_HONORIFICS and m + 1 < n
                                     and _name_starts(tokens, m + 1))
    return m if m > j and m < n and (texts[m] in {",", ";", "("} or named) else j


def _domain_end(tokens: Doc, j: int, lex: Lexicon) -> int:
    dom = _domain_starting_at(tokens, j, lex)
    return dom[1] if dom else -1


def _compound_end(tokens: Doc, m: int, lex: Lexicon) -> int:
    """End of a hyphenated portfolio word at ``m`` ("E-Governance", three tokens), or 0."""
    texts = token_texts(tokens)
    if m + 2 < len(tokens) and texts[m + 1] == "-" and not tokens[m].whitespace_ and not tokens[m + 1].whitespace_ \
            and fold(texts[m]) + "-" + fold(texts[m + 2]) in lex.vocab:
        return m + 3
    return 0


def _portfolio_run(tokens: Doc, j: int, lex: Lexicon, maps: Maps) -> tuple[int, str]:
    """End of a portfolio ("Justice and Public Security") from ``j`` and its first lexicon domain, if any:
    domains and capitalised institution words, joined by "and"; never into a following title."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n, k, first = len(tokens), j, ""
    named = _named_programme(tokens, j)
    if named > j:
        return named, ""  # "for the Los Angeles Declaration", "on the Root Causes Strategy"
    while True:
        dom = _domain_starting_at(tokens, k, lex)
        if dom:
            first, k = first or dom[0], dom[1]
            while (more := _domain_starting_at(tokens, k, lex)) and k not in maps.title_at:
                k = more[1]  # "Foreign Trade": two domains side by side are one portfolio
            if k < n and texts[k] == "Affairs":
                k += 1  # "for Caribbean Affairs": the region's affairs, one portfolio
        else:
            m = k
            while m < n and m - k < 8 and _is_cap(tokens[m]) and m not in maps.title_at:
                if compound := _compound_end(tokens, m, lex):
                    m = compound
                    continue
                if fold(texts[m]) not in lex.vocab or fold(texts[m]) in lex.heads or _name_starts(tokens, m):
                    break
                m += 1
            if m == k:
                return k, first
            k = m
        listed = _listed_portfolio(tokens, k, maps)
        if listed > k:
            return listed, first
        c = k + (k < n and texts[k] == ",")
        if c < n and lowers[c] == "and" and c + 1 < n and c + 1 not in maps.title_at \
                and _is_cap(tokens[c + 1]) and (fold(texts[c + 1]) in lex.vocab or _compound_end(tokens, c + 1, lex)):
            end, _ = _portfolio_run(tokens, c + 1, lex, maps)
            if end < n and end in maps.title_at:  # "... and National Security Advisor": another office
                return k, first
            return end, first
        if c < n and (lowers[c] == "and" and first or tokens.lang_ == "es" and lowers[c] in JOINS_ES
                      and c == k):
            end = _words_before_name(tokens, c + 1, maps)
            if end > c + 1:  # "Environment and Sustainable Development Susana Muhamad", "Atención al Migrante, …"
                return end, first
        return k, first


def _words_before_name(tokens: Doc, j: int, maps: Maps) -> int:
    """End of up to three capitalised words from ``j`` that a person's name (or a comma) closes; ``j``
    when the run is not so closed."""
    texts = token_texts(tokens)
    n, m = len(tokens), j
    while m < n and m - j < 3 and _is_cap(tokens[m]) and tokens[m].is_alpha and m not in maps.title_at \
            and m not in maps.country_at and not _name_starts(tokens, m):
        m += 1
    if m > j and m < n and (texts[m] in {",", ";", "("} or _name_starts(tokens, m)):
        return m
    return j


def _listed_portfolio(tokens: Doc, k: int, maps: Maps) -> int:
    """ "Minister of Immigration, Refugees and Citizenship Sean Fraser": single capitalised words listed
    after the portfolio's first word, closed by "and" and one word; ``k`` when there is no such list."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n, q = len(tokens), k
    while q + 2 < n and texts[q] == "," and _is_cap(tokens[q + 1]) and tokens[q + 1].is_alpha \
            and q + 1 not in maps.title_at and q + 1 not in maps.country_at \
            and (texts[q + 2] == "," or lowers[q + 2] == "and"):
        q += 2
    if q == k:
        return k
    if q < n and texts[q] == ",":
        q += 1
    if q + 1 < n and lowers[q] == "and" and _is_cap(tokens[q + 1]) and tokens[q + 1].is_alpha \
            and q + 1 not in maps.title_at:
        if q + 3 < n and texts[q + 2] == "-" and not tokens[q + 1].whitespace_ and not tokens[q + 2].whitespace_ \
                and tokens[q + 3].is_alpha:
            return q + 4  # "… Logistics and E-Governance Michel Chebat": a hyphenated last item
        return q + 2
    return k


SHORT_HONORIFICS = {"dr.", "dr", "mr.", "mrs.", "ms.", "prof.", "hon."}  # "… Veterinary Services Dr. Rosemary Sifford"


def _name_starts(tokens: Doc, m: int) -> bool:
    """Does a person's name start at ``m`` ("… Public Credit José Antonio Ocampo")? A common first name
    followed by another name word: the portfolio ends before it."""
    lowers = token_lowers(tokens)
    return fold_accents(lowers[m]) in common_first_names() and name_run(tokens, m) - m >= 2


PROGRAMME_HEADS = {"declaration", "act", "initiative", "partnership", "compact", "process", "strategy", "plan",
                   "agreement", "accord", "accords", "framework", "program", "programme", "summit", "dialogue"}


def _named_programme(tokens: Doc, j: int) -> int:
    """End of a capitalised name closed by a programme word ("Los Angeles Declaration"), else ``j``."""
    texts, lowers, alphas = token_texts(tokens), token_lowers(tokens), token_alphas(tokens)  # no Token per word
    m = j
    while m < len(tokens) and m - j < 7 and _cap(texts[m]) and alphas[m]:
        m += 1
        if lowers[m - 1] in PROGRAMME_HEADS and m - j >= 2:
            return m
    return j


def _domain_starting_at(tokens: Doc, j: int, lex: Lexicon) -> tuple[str, int] | None:
    texts = token_texts(tokens)
    if j >= len(texts) or not (texts[j][:1].isupper() or texts[j][:1].isdigit()):
        return None  # every span from ``j`` opens with this token
    for n in (7, 6, 5, 4, 3, 2, 1):
        if j + n > len(tokens):
            continue
        last = texts[j + n - 1][:1]
        if not (last.isupper() or last.isdigit()):
            continue
        key = fold(span_text(tokens, j, j + n))
        if key in lex.domains:
            return key, j + n
    return None


# the last words of bodies' names that stand for the body before an office ("Foundation Representative", "Bank
# President"); not a place's name ("Haiti Mission Director") nor a committee's (its chair sits in a chamber)
BODY_NOUNS = frozenset({"foundation", "bank", "fund", "institute", "corporation", "commission", "council", "authority",
                        "agency", "organization", "organisation", "association", "federation", "tribunal", "board"})


def _owners_noun(tokens: Doc, i: int, lex: Lexicon, org_end: dict, acr_end: dict) -> tuple[str, int] | None:
    """A body's acronym, its possessive or not, then the last word of its name, before an office: "IAF Foundation
    Representative" (the Inter-American Foundation's); or that word alone, when one body the text names ends in it.
    Returns the body and where the title now starts."""
    texts = token_texts(tokens)
    if i < 2 or not _cap(texts[i - 1]) or not tokens[i - 1].is_alpha:
        return None
    end = i - 2 if texts[i - 2] in POSSESSIVE else i - 1
    hit = acr_end.get(end)
    entry = lex.org(hit.ref) if hit is not None else None
    defined = org_end.get(end)  # an acronym the text defined ("Inter-American Foundation (IAF)") is the body's
    if hit is None and defined is not None and defined.label == "defined":
        hit, entry = defined, lex.org_by_id.get(defined.ref)
    if hit is None and fold(texts[i - 1]) in BODY_NOUNS and (not _cap(texts[i - 2]) or texts[i - 2] in POSSESSIVE):
        # no acronym: "Foundation Representative X" in a text that names one body ending in "Foundation"
        # (the Inter-American Foundation); a capitalised word before it would make it another name's end
        last = fold(texts[i - 1])
        owners = {o.id: o for h in org_end.values() if h.label == "org" and (o := lex.org_by_id.get(h.ref)) is not None
                  and fold(o.name).split()[-1] == last and len(o.name.split()) > 1}
        if len(owners) == 1:
            return next(iter(owners.values())).name, i - 1
        return None
    if entry is None or fold(entry.name).split()[-1] != fold(texts[i - 1]):
        return None
    return (hit.ref if hit.label == "acr" else entry.name), hit.start


def _org_name(lex: Lexicon, org_id: str) -> str:
    entry = lex.org_by_id.get(org_id)
    return entry.name if entry else ""


PLACELESS_STATE_HEADS = {"governor", "lieutenant governor"}


def dominant_us_state(tokens: Doc) -> str:
    """The U.S. state a document names most, at least twice and more often than any other ("" if none): the state
    of its "Governor X" who is named with no place (a governor's own release, a story set in one state)."""
    states = us_states_and_territories()
    counts = _states_named(tokens, {s: US_TERRITORIES.get(s, "") for s in states if s != "washington"})  # the
    # capital, mostly
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""
    return ranked[0][0]


def _states_named(tokens: Doc, states: dict[str, str], start: int = 0, end: int | None = None) -> dict[str, int]:
    """How often the tokens ``start:end`` name each state of ``states`` (folded name -> the name to show; "" shows
    it as written), longest names first ("New Mexico" before "Mexico", "Baja California Sur" before "Baja
    California")."""
    texts = token_texts(tokens)
    end = len(texts) if end is None else end
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    i = start
    while i < end:
        if texts[i][:1].isupper():
            for width in (3, 2, 1):
                words = " ".join(texts[i:i + width])
                key = fold(words)
                if i + width <= end and key in states and all(w[:1].isalpha() for w in texts[i:i + width]):
                    counts[key] = counts.get(key, 0) + 1  # ("Florida ." is no state)
                    shown.setdefault(key, states[key] or words)  # its first form written, unless named otherwise
                    i += width - 1
                    break
        i += 1
    return {shown[k]: c for k, c in counts.items()}


def place_placeless_governors(titles: list[Title], tokens: Doc) -> None:
    """ "Governor Greg Abbott" with no state written, in a document about one U.S. state, governs that state;
    "Governor X" or "State Attorney General X" in a story on "the state of Guerrero" (and no other state),
    that one."""
    placeless = [t for t in titles if (t.head in PLACELESS_STATE_HEADS or t.statewide) and not t.place
                 and not t.country and not t.body and not t.ministry and not t.agency
                 and not t.plural]  # "Governor of Tabasco" has one; "Governors X of Tennessee, Y of Florida" each
    if not placeless:
        return
    state, country = dominant_us_state(tokens), "US"
    if state:  # "Lieutenant Governor Dan Patrick and Attorney General Ken Paxton joined the Governor": in a story on
        # one state, an attorney general named beside its governor's office is the state's
        beside = {sentence_at(tokens, t.start) for t in placeless if t.head in PLACELESS_STATE_HEADS}
        for t in titles:
            if t.head in STATE_HEADS and not (t.place or t.country or t.body or t.ministry or t.agency or t.plural) \
                    and sentence_at(tokens, t.start) in beside:
                t.statewide = True
                placeless.append(t)
    if not state:
        state, country = the_one_state_of(tokens), ""
    for t in placeless:
        if state:
            t.place, t.country = state, country
        elif own := _one_mexican_state(tokens, *sentence_at(tokens, t.start)) or _one_mexican_state(tokens):
            t.place = own  # "In Hidalgo, Governor Julio Menchaca said …"; else the one state a story on Mexico names


def _one_mexican_state(tokens: Doc, start: int = 0, end: int | None = None) -> str:
    """The Mexican state a sentence (``start``, ``end``) names, when it names one only; over the whole document,
    the one it names most, at least twice and more often than any other ("" when none is)."""
    states = {k: v for k, v in mexican_states().items() if k != "mexico"}  # the country's name, mostly
    ranked = sorted(_states_named(tokens, states, start, end).items(), key=lambda kv: -kv[1])
    if end is not None:
        return ranked[0][0] if len(ranked) == 1 else ""
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return ""
    return ranked[0][0]


def the_one_state_of(tokens: Doc) -> str:
    """The state a text names as "the state of X" when it names no other that way ("" if none or several)."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    found = set()
    for i in range(len(texts) - 3):
        if lowers[i] == "the" and lowers[i + 1] == "state" and lowers[i + 2] == "of" and texts[i + 3][:1].isupper():
            k = i + 3
            while k < len(texts) and k - i < 7 and tokens[k].is_alpha \
                    and (texts[k][:1].isupper() or lowers[k] in {"de", "del", "la"} and k + 1 < len(texts)
                         and texts[k + 1][:1].isupper()):
                k += 1
            if lowers[i + 3] not in NOT_STATES:
                found.add(" ".join(texts[i + 3:k]))
    return found.pop() if len(found) == 1 else ""


# "the State of Emergency" and the like: a condition, not a state of a federation
NOT_STATES = {"emergency", "calamity", "siege", "exception", "alarm", "prevention", "disaster", "law", "war", "play"}

