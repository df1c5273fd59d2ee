"""Agencies, organisations and criminal groups: lexicon hits, acronyms (known or defined in the text,
"... (HNP)"), and institution patterns ("Ministry of ...", "... Task Force", "the Public Ministry")."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from actors.coast_guard import coast_guard_units
from actors.companies import named_companies
from actors.context import Context, mission_seat
from actors.courts import us_courts
from actors.drafts import BODY_KINDS, Draft, add_entry
from actors.field_offices import field_offices
from actors.groups import named_groups
from actors.institutions import (
    CRIMINAL_HEADS,
    HEAD_AFTER,
    LOWER_CRIMINAL,
    ORDINAL_ENDS,
    ORGANIZATION_HEADS,
    SEES,
    country_after,
    institution_spans,
    institution_tail,
    pattern_draft,
)
from actors.lexicon import Lexicon, us_states, us_states_and_territories
from actors.matchers import Scan
from actors.normalize import actor_id, fold
from actors.spanish import spanish_ministries
from actors.stations import border_patrol_stations
from model.nlp import doc_lower, token_lowers, token_texts

SHORT_ACRONYM = 2  # acronyms this short need support in the document


def dominant_country(scan: Scan, tokens: Doc | None = None, seat: str = "") -> str:
    """The non-U.S. country the document is mostly about ("" when none). A country named as where a U.S. mission
    sits ("U.S. Ambassador to Barbados", "the U.S. Embassy in Barbados") counts half: an embassy covering several
    countries writes its seat in every release, whichever country the release is about; so does ``seat``, the
    country of the embassy that issued the release, wherever its masthead and footer name it."""
    counts: Counter[str] = Counter()
    lowers = token_lowers(tokens) if tokens is not None else []
    for h in (*scan.countries, *scan.governments):
        if h.ref != "US":
            counts[h.ref] += 0.5 if mission_seat(lowers, h.start) or h.ref == seat else 1
    return counts.most_common(1)[0][0] if counts else ""


SEA_WORDS = {"gulf", "bay", "sea", "strait", "straits", "golfo", "mar"}


def _feature_before(tokens: Doc, start: int, country_end: dict[int, str]) -> int:
    """ "Gulf of Mexico Fishery Management Council": a country's name that ends a sea's name before a body is
    part of the body's name, not its owner; the start of that sea's name, or ``start``."""
    k = start  # where the country's name starts: the span's first word, or before the span
    if start in country_end:
        k -= 1
        while k > 0 and tokens[k - 1].text[:1].isupper() and tokens[k - 1].lower_ not in {"of", "de", "del"}:
            k -= 1
    if k >= 2 and tokens[k - 1].lower_ in {"of", "de", "del"} and tokens[k - 2].lower_ in SEA_WORDS \
            and tokens[k - 2].text[:1].isupper():
        return k - 2
    return start


# Nouns that say how something relates to a body and never open its name: "part of", "members of", "on behalf of"
RELATIONAL = {"part", "parts", "member", "members", "behalf", "rest", "side", "most"}


def _after_us_state(tokens: Doc, start: int) -> bool:
    """Is a federal body's name written right after a U.S. state's or territory's name, as the state's own body is
    ("New Mexico Economic Development Department")?"""
    states = us_states_and_territories()
    return any(start >= n and all(t.is_alpha for t in tokens[start - n:start])
               and fold(tokens[start - n:start].text) in states for n in (1, 2, 3))  # not "In Washington, White House"


def find_agencies(tokens: Doc, scan: Scan, lex: Lexicon, blocked: set[int], home: str,
                  portfolios: set[tuple[int, int]] = frozenset(), ctx: Context | None = None) -> dict[str, Draft]:
    """Agency drafts keyed by actor id; ``blocked`` tokens (titles, names) are never agencies, and an org
    written only as a title's portfolio ("Assistant Secretary of State for Western Hemisphere Affairs")
    is not a mention of that org."""
    drafts: dict[str, Draft] = {}
    country_end = {h.end: h.ref for h in scan.countries}
    country_end |= {h.end + 1: h.ref for h in scan.countries  # "Mexico's Secretariat of …", "Barbados' Department …"
                    if h.end < len(tokens) and (tokens[h.end].text in {"'s", "’s"}
                                                or tokens[h.end].text in {"'", "’"} and tokens[h.end - 1].text.endswith("s"))}
    taken: set[int] = set()
    if ctx is not None and tokens.lang_ == "es":  # "Secretaría de Seguridad": whose, the text says
        taken = spanish_ministries(tokens, scan, lex, ctx, drafts, blocked)
    us_courts(tokens, drafts, taken)  # before the lexicon: "… Court for the Western District of Texas" is the court's
    coast_guard_units(tokens, drafts, taken, lex)  # "Coast Guard Sector Key West": the unit's, not the Coast Guard's
    by_id = lex.org_by_id
    for hit in scan.orgs:
        if (hit.start, hit.end) in portfolios or taken.intersection(range(hit.start, hit.end)):
            continue
        if hit.label == "org" and institution_tail(tokens, hit.end, LONGER_NAME_WORDS) > hit.end + 1:
            continue  # "Border Patrol Tactical Unit", "U.S. Army War College Strategic Studies Institute": a longer
            # name the patterns below will read
        entry = by_id[hit.ref]
        owner = (country_after(tokens, hit.end, scan) or ("", ""))[0]
        if owner and entry.country and owner != entry.country:
            continue  # "Congress of the Republic of Peru" is not Guatemala's "Congress of the Republic"
        chapter = _local_chapter(tokens, hit.end, scan) if entry.kind == "organization" and hit.label == "org" else 0
        if not chapter and entry.kind == "organization" and not entry.country and hit.label == "org":
            chapter = _national_chapter(tokens, hit.end, scan, lex)
        if chapter:  # "Catholic Charities of the Rio Grande Valley": a local body of its own, not the national one
            name = " ".join(tokens[hit.start:chapter].text.split())
            aid = actor_id("organization", name)
            drafts.setdefault(aid, Draft(aid, "organization", name, "", "", {name})).spans.append(
                (hit.start, chapter, "name"))
            taken.update(range(hit.start, chapter))
            continue
        if entry.country == "US" and _in_foreign_country(tokens, hit.end, scan):
            continue  # "American Chamber of Commerce in Guatemala" (AmCham Guatemala) is not the U.S. Chamber
        if entry.country == "US" and hit.label == "org" and _after_us_state(tokens, hit.start):
            continue  # "California Department of Justice", "Virgin Islands Department of Education": the state's
        foreign = country_end.get(hit.start) or (home if entry.shared and not _us_chamber_at_home(
            entry, hit.start, tokens, scan, lex, ctx) and not _own_service(entry, hit.start, tokens, scan, drafts, lex, ctx) else "")
        if entry.country == "US" and foreign and foreign != "US" and not tokens[hit.start].text.startswith("U"):
            possessed = country_end.get(hit.start)  # "Guatemala's Congress designated …": the text says whose
            if entry.id in US_CHAMBERS and tokens[hit.start].text in {"Senate", "Congress"} \
                    and (possessed or foreign == home and entry.id == "agency:us-senate"):
                _home_chamber(drafts, tokens, hit, possessed or home, lex, taken)
            continue  # "Honduran Congress" is not the U.S. Congress; a bare "Supreme Court" is the home one
        add_entry(drafts, entry, lex).spans.append((hit.start, hit.end, "name" if hit.label == "org" else "acronym"))
        taken.update(range(hit.start, hit.end))
    named = {d.id for d in drafts.values()}
    texts = token_texts(tokens)
    ends = {h.end for h in scan.orgs}
    # "the Directorate General of Migration and Foreign Nationals (DGME)": initials the text defines for a body no
    # list knows are that body's, not a listed body's of the same initials (El Salvador's DGME)
    countries = {h.ref for h in scan.countries} | {home}
    defined_else = {h.ref for h in scan.acronyms if 0 < h.start < len(texts) - 1 and texts[h.start - 1] == "("
                    and h.end < len(texts) and texts[h.end] == ")" and h.start - 1 not in ends
                    and not any(e.id in named or not e.country or e.country in countries
                                for e in lex.org_by_acronym[h.ref])}  # (of a country the text never names)
    for hit in scan.acronyms:
        if hit.ref in defined_else:
            continue
        entries = lex.org_by_acronym[hit.ref]
        if _names_its_part(tokens, hit, taken):
            continue  # "the U.N. Security Council", "the U.N. High Commissioner for Human Rights": the body's own
            # initials in its name, or a part of it named after them, not a mention of the whole organisation
        supported = [e for e in entries if e.id in named]
        if supported:
            entry = supported[0]
        elif len(entries) == 1 and len(hit.ref) > SHORT_ACRONYM and hit.ref not in {"WHO", "DOC", "TI"}:
            entry = entries[0]
        else:
            continue
        add_entry(drafts, entry, lex).spans.append((hit.start, hit.end, "acronym"))
        taken.update(range(hit.start, hit.end))
    field_offices(tokens, scan, lex, drafts, taken)  # "HSI El Paso", before the patterns read "El Paso …"
    border_patrol_stations(tokens, drafts, taken)  # "the Campo Station", before the places read "Campo"
    spans = list(institution_spans(tokens, taken | blocked, lex))
    # owned spans first ("the Justice Department's National Security Division"): they know their country
    spans.sort(key=lambda s: (not (s[0] > 0 and tokens[s[0] - 1].text in {"'s", "’s"}), s[0]))
    for start, end, kind in spans:
        start = _feature_before(tokens, start, country_end)
        if start and tokens[start - 1].is_alpha and fold(tokens[start - 1:start + 1].text) in us_states():
            start -= 1  # "New Mexico Economic Development Department": the state's, not a Mexican one
        if end - start > 2 and tokens[start].lower_ in RELATIONAL and tokens[start + 1].lower_ == "of":
            continue  # "… Depart for Haiti as Part of Multinational Mission": a headline's capitalised phrase, where
            # prose writes "part of" in lower case before a body's name
        if _minister_follows(tokens, end) or _ministers_portfolio(tokens, start):
            continue  # "Interior and Police Minister X", "Vice Minister of the Interior and Police X": the minister's
            # portfolio, not a body's name
        draft = pattern_draft(tokens, start, end, kind, lex, country_end, home, drafts, scan)
        if draft is not None:
            draft.spans.append((start, end, "name"))
            taken.update(range(start, end))
    for d in drafts.values():  # "the Gran Grif gang" is Gran Grif, "the … Support mission" … Support
        last = d.name.rsplit(" ", 1)
        if len(last) == 2 and (d.kind == "criminal" and last[1] in LOWER_CRIMINAL or last[1] == "mission"):
            d.aliases.add(last[0].removeprefix("the "))
    _defined_bodies(tokens, drafts, taken | blocked, lex, (country_end, home, scan))
    _country_entities(tokens, drafts, taken | blocked)
    named_groups(tokens, drafts, taken | blocked)
    named_companies(tokens, drafts, taken | blocked)
    _acronym_definitions(tokens, drafts, taken | blocked, lex)
    return drafts


def _minister_follows(tokens: Doc, end: int) -> bool:
    """Does a minister's title ("Minister", "Vice Minister") start right after a span? A minister heads a
    ministry, never a body named that way ("Interior and Police", "Foreign Affairs")."""
    lowers, n = token_lowers(tokens), len(tokens)
    k = end + (end + 1 < n and lowers[end] in {"vice", "deputy"})
    return k < n and lowers[k] == "minister" and tokens[k].text[:1].isupper()


def _ministers_portfolio(tokens: Doc, start: int) -> bool:
    """Does a span follow "Minister of (the)" ("Vice Minister of the Interior and Police Omer Badilla")? Its words
    are the minister's portfolio; the ministry is read from the title. Not armed forces, a body of their own
    ("Minister of the Revolutionary Armed Forces")."""
    lowers = token_lowers(tokens)
    k = start - 1 - (start > 0 and lowers[start - 1] == "the")
    return k > 0 and lowers[k] == "of" and lowers[k - 1] == "minister" and tokens[k - 1].text[:1].isupper() \
        and "forces" not in lowers[start:start + 6]


LONGER_NAME_WORDS = 5  # capitalised words, the head included, that may follow a listed body's name inside a longer one


LEGISLATURE_WORDS = {"congress", "assembly", "parliament", "legislature", "senate"}
US_CHAMBERS = {"agency:us-congress", "agency:us-senate", "agency:us-house-of-representatives"}
# chambers the United States has none of, by the names other countries give them
FOREIGN_CHAMBERS = ("chamber of deputies", "national assembly", "legislative assembly", "house of assembly",
                    "national congress", "congress of the republic", "house of commons", "house of lords")


def _us_chamber_at_home(entry, start: int, tokens: Doc, scan: Scan, lex: Lexicon, ctx: Context | None) -> bool:
    """ "The Administration continues to call on Congress …" in a White House release on Central America: a
    bare "Congress" or "Senate" in a U.S. body's release is the U.S. one, unless the text names another
    country's legislature (then the bare name may well be its chamber). Not the end of a longer name ("the
    National Congress")."""
    if entry.id == "agency:us-congress" and start > 0 and tokens[start - 1].text[:1].isdigit() \
            and tokens[start - 1].text.endswith(ORDINAL_ENDS):
        return True  # "the 117th Congress": only the U.S. Congress is named by its term
    if ctx is None or entry.id not in US_CHAMBERS or not ctx.publisher:
        return False
    if _after_a_name_word(tokens, start):
        return False
    pub = lex.org_by_id.get(ctx.publisher)
    if pub is None or pub.country != "US" or pub.kind != "agency":
        return False  # (a U.S. wire's story on El Salvador's "new Congress" is not about the U.S. one)
    if entry.id == "agency:us-congress" and lex.under(pub.id, entry.id):
        return True  # "Some Members of Congress have expressed concern" in a CRS report on Panama: its own Congress
    for hit in scan.orgs:
        other = lex.org_by_id[hit.ref]
        if other.country and other.country != "US" and LEGISLATURE_WORDS & set(fold(other.name).split()):
            return False  # "Honduras's National Congress … Congress elected …"
    lowers = token_lowers(tokens)
    if entry.id != "agency:us-congress" and any(name in doc_lower(tokens) for name in FOREIGN_CHAMBERS):
        return False  # "the Senate and the Chamber of Deputies" in a brief on the Dominican Republic: the other
        # chamber's name says whose Senate it is (it said nothing of "Congress" on the development sets)
    for hit in scan.countries:  # "the Guatemalan Congress", "Guatemala's Congress"
        k = hit.end + (hit.end < len(tokens) and tokens[hit.end].text in {"'s", "’s"})
        if hit.ref != "US" and k < len(tokens) and lowers[k] in LEGISLATURE_WORDS:
            return False
    return True


# words that open the name of a part of the United Nations after its initials ("U.N. Security Council")
UN_PARTS = {"security", "high", "general", "human", "office", "mission", "integrated", "verification", "economic",
            "development", "refugee", "population", "environment", "peacekeeping", "peacebuilding", "stabilization"}


def _names_its_part(tokens: Doc, hit, taken: set[int]) -> bool:
    """ "U.N. High Commissioner for Human Rights", "U.N. Security Council": the United Nations' initials inside a
    part's name the lexicon read, or before the name of one of its parts (the office, the council), which the text
    means, not the whole organisation."""
    k = hit.end
    return hit.ref in {"UN", "U.N."} and (bool(taken.intersection(range(hit.start, k))) or k + 1 < len(tokens)
                                          and tokens[k].lower_ in UN_PARTS and tokens[k].text[:1].isupper()
                                          and tokens[k + 1].text[:1].isupper())


def _own_service(entry, start: int, tokens: Doc, scan: Scan, drafts: dict[str, Draft], lex: Lexicon,
                 ctx: Context | None) -> bool:
    """ "The Coast Guard repatriated 12 people to Cap-Haïtien … received by the Haitian Coast Guard": in a release by
    a shared-name U.S. body (or one of its units), or one that names its units ("Coast Guard Sector Key West",
    "Seventh Coast Guard District"), the bare name is that body, not the home country's of the same name. Not the
    end of a longer name ("the Antigua and Barbuda Defence Force Coast Guard", "the National Congress")."""
    if _after_a_name_word(tokens, start):
        return False
    if ctx is not None and lex.under(ctx.publisher, entry.id):
        return True
    if entry.id in US_CHAMBERS:
        return False  # (a committee names no chamber: "Congress" in a brief on Honduras, read by its own rule)
    if any(d.parent == entry.id for d in drafts.values()):
        return True  # a unit read before the lexicon ("Coast Guard Air Station Miami")
    return any((unit := lex.org_by_id[h.ref]).parent and lex.org(unit.parent) is entry for h in scan.orgs)


def _after_a_name_word(tokens: Doc, start: int) -> bool:
    """``_ends_longer_name``, but not after a capitalised article ("MIAMI — The Coast Guard …", where spaCy starts no
    sentence at "The")."""
    return _ends_longer_name(tokens, start) and tokens[start - 1].lower_ != "the"


def _ends_longer_name(tokens: Doc, start: int) -> bool:
    """Does a capitalised word in mid-sentence come right before ``start`` ("the National Congress")?"""
    return start > 0 and tokens[start - 1].is_alpha and tokens[start - 1].text[:1].isupper() \
        and not tokens[start - 1].is_sent_start


def _home_chamber(drafts: dict[str, Draft], tokens: Doc, hit, home: str, lex: Lexicon, taken: set[int]) -> None:
    """ "the Senate approved X as Attorney General" in a brief on the Dominican Republic: a bare "Senate" that is
    not the U.S. one is the home country's ("Dominican Senate"), not dropped. (A bare "Congress" or "army" so read
    added more wrong bodies than right ones on the development sets: "Congress" is often the U.S. one there.)"""
    k = hit.start
    if _ends_longer_name(tokens, k):
        return
    country = lex.countries.get(home)
    if country is None or not country.adjective:
        return
    bare = tokens[k:hit.end].text
    name = f"{country.adjective} {bare}"
    entry = lex.org(name) or (_legislature(home, lex) if bare == "Congress" else None)
    if entry is not None:
        draft = add_entry(drafts, entry, lex)
    else:
        aid = actor_id("agency", name)
        draft = drafts.setdefault(aid, Draft(aid, "agency", name, home, f"government:{home.lower()}", {name}))
    draft.aliases.add(bare)
    draft.spans.append((k, hit.end, "name"))
    taken.update(range(k, hit.end))


def _legislature(country: str, lex: Lexicon):
    """The one listed legislature of ``country`` that is no upper chamber, or None: "El Salvador's Congress" is its
    Legislative Assembly, "Honduras' Congress" its National Congress."""
    found = [e for e in lex.org_by_id.values() if e.country == country and e.kind == "agency"
             and LEGISLATURE_WORDS & set(words := fold(e.name).split()) and not {"senate", "constituent"} & set(words)]
    return found[0] if len(found) == 1 else None


def _local_chapter(tokens: Doc, end: int, scan: Scan) -> int:
    """End of "of [the] <place>" after a listed organisation's name ("Catholic Charities of El Paso", "… of the
    Rio Grande Valley"): one to four capitalised words that close the phrase, not a country (whose national
    body the list may know); 0 when none follows."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(texts)
    if end + 1 >= n or lowers[end] != "of" or country_after(tokens, end, scan) is not None:
        return 0
    k = end + 1 + (lowers[end + 1] == "the")
    m = k
    while m < n and m - k < 6 and (texts[m][:1].isupper() and texts[m].isalpha()
                                   or lowers[m] == "of" and m > k and lowers[m - 1] in SEES):
        m += 1  # "… of the Diocese of San Diego"
    return m if m > k and (m >= n or not texts[m][:1].isupper()) and lowers[m - 1] != "of" else 0


def _national_chapter(tokens: Doc, end: int, scan: Scan, lex: Lexicon) -> int:
    """End of a country's name written right after a listed charity's ("CARE Ecuador", "World Vision Guatemala"):
    its national office, a body of its own; 0 when none follows (nor for a country that owns what comes next:
    "World Vision Haiti's director")."""
    country = next((h for h in scan.countries if h.start == end), None)
    if country is None or country.ref not in lex.countries:
        return 0
    if tokens[country.start:country.end].text not in lex.countries[country.ref].text_names:
        return 0  # a demonym ("CARE Ecuadorian staff") names no office
    k = country.end
    if k < len(tokens) and (tokens[k].text in {"'s", "’s"} or tokens[k].text[:1].isupper() and tokens[k].is_alpha):
        return 0
    return k


def _in_foreign_country(tokens: Doc, end: int, scan: Scan) -> bool:
    """Does "in <a country other than the U.S.>" follow a body's name (where it sits, so whose it is), or "of" it
    after more words of the name ("American Chamber of Commerce and Industry of Panama")?"""
    k = end
    if k + 2 < len(tokens) and tokens[k].lower_ == "and" and tokens[k + 1].text[:1].isupper() \
            and tokens[k + 2].lower_ == "of":
        k += 2
    return k + 1 < len(tokens) and (tokens[k].lower_ == "in" or tokens[k].lower_ == "of" and k > end) \
        and any(h.start == k + 1 and h.ref != "US" for h in scan.countries)


CONNECTORS = {"and", "of", "for", "the", "on", "against", "in", "de", "del", "la", "y", "&"}
LEADING = {"a", "an", "under", "with", "through", "by", "from", "in", "at", "on", "as", "during", "after", "before", "via"}
BODY_WORDS = HEAD_AFTER | ORGANIZATION_HEADS | {"section", "service", "facility", "centre", "center", "partnership",
                                                "mission", "observatory", "tribunal", "court", "ombudsman",
                                                "administration", "ministerio", "secretaría", "dirección", "fiscalía",
                                                "policía", "partido", "frente", "movimiento", "comisión", "consejo",
                                                "instituto", "procuraduría", "corte", "unidad", "asamblea"}
# "the Libertad y Refundación (LIBRE) party", "the Multinational Security Support (MSS) mission": the
# word after the acronym says what the body is, even when the name itself does not.
HEADS_AFTER_ACRONYM = {"party", "mission", "gang", "coalition", "cartel", "movement", "alliance", "faction",
                       "militia", "front", "caucus", "network"}
NOT_BODY = {"act", "program", "programme", "initiative", "plan", "strategy", "law", "report", "index", "system",
            "agreement", "accord", "accords", "status", "declaration", "compact", "treaty", "convention", "protocol",
            "organization", "organisation"}  # "… Organization (TCO)" is a category in U.S. usage, not a named body


def _acronym_fits(acr: str, words: list) -> bool:
    """The acronym is made of the name's initials: in order ("NDDS"), or mostly, in another language's
    order ("CICIH" for "International Commission Against Corruption and Impunity in Honduras")."""
    letters = [c for c in acr.upper() if c.isalpha()]
    initials = [w.text[0].upper() for w in words if w.text[:1].isupper()]
    if letters and initials and letters[0] == initials[0]:
        return True
    return len(letters) >= 3 and sum(c in initials for c in letters) >= 0.8 * len(letters)


def _defined_bodies(tokens: Doc, drafts: dict[str, Draft], taken: set[int], lex: Lexicon,
                    owners: tuple[dict[int, str], str, Scan] | None = None) -> None:
    """ "Farabundo Martí National Liberation Front (FMLN)", "Narcotic and Dangerous Drug Section (NDDS)": a
    capitalised name the text defines an acronym for is a body, whether or not any list knows it.
    The acronym must start with the name's first letter; programmes and laws ("… Act (…)") are not bodies.
    A name a country owns ("Guatemala's National Coordinator for Disaster Reduction (CONRED)") is a body of
    that country whatever its acronym: it is often the initials of the name in the country's own language.
    ``owners``: (country by the token a country's name ends at, the home country, the scan)."""
    country_end, home, scan = owners if owners is not None else ({}, "", None)
    n = len(tokens)
    texts = token_texts(tokens)  # a Token per word and step took 1.3 % of the analysis
    for i in range(2, n - 2):
        acr = texts[i + 1]
        if texts[i] != "(" or texts[i + 2] != ")" or i in taken or i - 1 in taken:
            continue
        if not (2 <= len(acr) <= 10 and acr.replace("-", "").isalpha() and sum(c.isupper() for c in acr) >= 2) \
                or acr.endswith("s") and acr[:-1].isupper():
            continue  # "FTOs", "SDGTs": plural designations, not one body
        start = i
        while start > 0 and i - start < 10 and start - 1 not in taken and not tokens[start - 1].is_sent_end and (
                tokens[start - 1].is_alpha and tokens[start - 1].text[:1].isupper() and not tokens[start - 1].is_sent_start
                or tokens[start - 1].lower_ in CONNECTORS and start - 2 >= 0 and tokens[start - 2].text[:1].isupper()):
            start -= 1
        if start < i and tokens[start - 1].is_alpha and tokens[start - 1].text[:1].isupper() and tokens[start - 1].is_sent_start:
            start -= 1  # the name opens the sentence
        while start < i and (tokens[start].lower_ in CONNECTORS or tokens[start].lower_ in LEADING):
            start += 1  # "Under the Migrant Protection Protocols (MPP)": the sentence's words, not the name's
        words = [t for t in tokens[start:i] if t.is_alpha]
        head = tokens[i + 3].lower_ if i + 3 < n else ""
        headed = head in HEADS_AFTER_ACRONYM and bool(words) and words[0].text[0] == acr[0]
        owned = start in country_end and tokens[start - 1].text in {"'s", "’s"} and acr.isupper() and len(acr) >= 3
        if len(words) < 2 or words[-1].lower_.rstrip("s") in NOT_BODY or words[-1].lower_ in NOT_BODY \
                or not headed and not owned \
                and (not _acronym_fits(acr, words) or not any(w.lower_ in BODY_WORDS for w in words)):
            continue  # "Free and Secure Trade (FAST)": a programme; a body names what it is
        if fold(" ".join(t.text for t in tokens[start:i])) in lex.country_names:
            continue
        name = " ".join(tokens[start:i].text.split())
        last = head if headed else words[-1].lower_
        kind = "criminal" if last in CRIMINAL_HEADS | {"faction", "militia"} else \
            "organization" if last in ORGANIZATION_HEADS else "agency"
        aid = actor_id(kind, name)
        if any(acr in d.aliases or name in d.aliases for d in drafts.values()):
            continue
        if owned and scan is not None and kind == "agency":
            draft = pattern_draft(tokens, start, i, kind, lex, country_end, home, drafts, scan)
            if draft is not None:
                draft.aliases.add(acr)
                draft.spans.append((start, i, "name"))
                taken.update(range(start, i + 3))
            continue
        drafts[aid] = Draft(aid, kind, name, "", "", {name, acr} | ({f"{name} {tokens[i + 3].text}"} if headed else set()))
        drafts[aid].spans.append((start, i, "name"))  # "… Support (MSS) mission" is also "… Support mission"
        taken.update(range(start, i + 3))





DASHES = {"-", "–", "—"}


def _country_entities(tokens: Doc, drafts: dict[str, Draft], taken: set[int]) -> None:
    """ "Millennium Challenge Account – Belize (MCA-Belize)": a body a programme sets up in one country, named
    by the programme's name, a dash and the country, and defined with the programme's initials and the same
    country. The initials must be exactly the name's capitalised words', in order."""
    texts = token_texts(tokens)
    n = len(texts)
    for i in range(4, n - 4):
        if texts[i] != "(" or texts[i + 2] not in DASHES or texts[i + 4] != ")" or texts[i - 2] not in DASHES \
                or texts[i + 3] != texts[i - 1] or not texts[i + 1].isupper() or i in taken or i - 1 in taken:
            continue
        acr, start = texts[i + 1], i - 2
        while start > 0 and i - start < 10 and start - 1 not in taken and texts[start - 1][:1].isupper() \
                and tokens[start - 1].is_alpha and not tokens[start - 1].is_sent_start:
            start -= 1
        words = texts[start:i - 2]
        if len(words) < 2 or "".join(w[0] for w in words) != acr or words[-1].lower() in NOT_BODY:
            continue
        name = f"{' '.join(words)} – {texts[i - 1]}"
        aid = actor_id("agency", name)
        if aid in drafts:
            continue
        drafts[aid] = Draft(aid, "agency", name, "", "", {name, f"{acr}-{texts[i - 1]}", f"{' '.join(words)}-{texts[i - 1]}"})
        drafts[aid].spans.append((start, i, "name"))
        taken.update(range(start, i + 5))


def _acronym_definitions(tokens: Doc, drafts: dict[str, Draft], taken: set[int], lex: Lexicon) -> None:
    """ "Honduran National Police (HNP)": HNP becomes an alias, and later "HNP" a mention. So does a body's
    initials the text writes after its full name without defining them ("the Georgia Bureau of Investigation …
    GBI Director Chris Hosey"), when no other body has the same initials."""
    ends = {e: d for d in drafts.values() for s, e, k in d.spans if k == "name"}
    read_as = {s: d for d in drafts.values() for s, e, k in d.spans if k == "acronym" and e == s + 1}
    local: dict[str, Draft] = {}
    for i in ends:
        if i + 2 < len(tokens) and tokens[i].text == "(" and tokens[i + 2].text == ")":
            acr = tokens[i + 1].text
            if acr.isupper() and 2 <= len(acr) <= 8 and acr.isalpha():
                listed = read_as.get(i + 1)
                if listed is not None and listed is not ends[i] and acr in listed.aliases \
                        and listed.id in lex.org_by_id and ends[i].id not in lex.org_by_id \
                        and drafts.get(ends[i].id) is ends[i] and acr not in _initials(ends[i].name):
                    # "the National Directorate for Drug Control (DNCD)": the body a list knows by those initials
                    # under another wording (the Dominican National Drug Control Directorate), not a second one
                    # (a listed body before them stays itself: "a special unit of the Public Ministry (UFECIC)"; so do
                    # a body's own initials: "Civil Defence Commission (CDC)" is no Centers for Disease Control)
                    body = drafts.pop(ends[i].id)
                    listed.aliases |= body.aliases | {body.name}
                    listed.spans.extend(body.spans)
                    ends[i] = listed
                local[acr] = ends[i]
                ends[i].aliases.add(acr)
    texts = token_texts(tokens)
    initials = _initials_written(texts, drafts, local)
    if not local and not initials:
        return
    have = {(s, e) for d in drafts.values() for s, e, _ in d.spans}
    for i, text in enumerate(texts):
        d = local.get(text)
        if d is None and text in initials and i > initials[text][1]:
            d = initials[text][0]
            d.aliases.add(text)
        if d is not None and (i, i + 1) not in have and i not in taken:
            d.spans.append((i, i + 1, "acronym"))


def _initials(name: str) -> str:
    """The initials of a name's capitalised words, in order ("Guyanese Civil Defence Commission": GCDC)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _initials_written(texts: list[str], drafts: dict[str, Draft], defined: dict[str, Draft]) -> dict[str, tuple[Draft, int]]:
    """Initials of bodies named in three or more capitalised words ("Georgia Bureau of Investigation": GBI) that
    the text writes as a word of their own, with the body and the end of its first full mention; initials two
    bodies share, or an acronym the text defines, are no one's."""
    written = {t for t in texts if 3 <= len(t) <= 6 and t.isupper() and t.isalpha()} - set(defined)
    if not written:
        return {}
    out: dict[str, tuple[Draft, int]] = {}
    shared: set[str] = set()
    for d in drafts.values():
        if d.kind not in BODY_KINDS or any(a.isupper() and a.isalpha() for a in d.aliases):
            continue  # a body with an acronym of its own is known by it
        words = [w for w in d.name.split() if w.lower() not in CONNECTORS]
        acr = "".join(w[0] for w in words)
        if len(words) < 3 or not all(w[:1].isupper() and w.replace("'s", "").replace("’s", "").isalpha() for w in words) \
                or acr not in written:
            continue
        end = min((e for s, e, k in d.spans if k == "name"), default=None)
        if end is None:
            continue
        if acr in out:
            shared.add(acr)
        out[acr] = (d, end)
    return {k: v for k, v in out.items() if k not in shared}
