"""find_actors: one document's officials, agencies, governments and groups, with their relations."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from actors.agencies import dominant_country, find_agencies
from actors.context import Context, rehome_orgs
from actors.courts import DISTRICT, districts_named
from actors.drafts import BODY_KINDS, Draft, add_entry, ministry_draft
from actors.lexicon import Lexicon, OrgEntry, first_level_divisions, get_lexicon
from actors.matchers import scan as scan_tokens
from actors.names import without_suffix
from actors.normalize import actor_id, fold
from actors.offices import office_agency, us_attorney_offices_named
from actors.officials import Person, find_people, is_former
from actors.publisher import issuing_country, publisher_of
from actors.relations import find_relations
from actors.titles import LOCAL_HEADS, Title, parse_titles, place_placeless_governors
from model import NOT_NAMED, Actor, Document, Mention, Relation
from model.nlp import doc_text, sentence_bounds, span_text, token_lowers, token_starts, token_texts

GOVERNMENT_NOUNS = {"delegation", "delegations", "officials", "authorities", "counterparts", "side"}
GOVERNMENT_NOUNS_ES = {"delegación", "delegaciones", "funcionarios", "autoridades", "contraparte", "contrapartes"}


GOVERNMENT_PREFIX = "government:"


def find_actors(document: Document, tokens: Doc, publisher: str = "") -> tuple[tuple[Actor, ...], tuple[Relation, ...]]:
    """Officials, agencies, governments and groups of one document, each mention tied to its excerpt.
    ``publisher``: the lexicon id of the body that issued it (``find_publisher``), if known."""
    lex = get_lexicon()
    scan = scan_tokens(tokens)
    issuer = lex.org_by_id.get(publisher) if publisher else None
    home = dominant_country(scan, tokens, embassy_host(issuer, lex) if issuer is not None else "")
    own_release = True
    if issuer is not None and issuer.country not in ("", "US") and issuer.kind == "agency":  # (not a wire service)
        home = issuer.country  # a government's own release: its unqualified ministers and bodies are its own,
        # whatever country it is about (Jamaica's ministers seeing off a contingent to Haiti)
    elif publisher.startswith(GOVERNMENT_PREFIX):
        home, publisher = publisher.removeprefix(GOVERNMENT_PREFIX).upper(), ""  # a government office no list knows
    else:
        own_release = False
    ctx = Context(tokens, scan, lex, home)
    ctx.publisher = publisher
    ctx.own_release = own_release
    ctx.org_ids |= us_attorney_offices_named(document.text, lex)
    rehome_orgs(tokens, scan, lex, ctx)
    titles = parse_titles(tokens, scan, lex)
    ctx.marked = {t.country_token for t in titles if t.country_token >= 0}
    place_placeless_governors(titles, tokens)
    people = find_people(tokens, scan, titles, lex, document.year)
    _place_after_name(people, tokens)
    _town_described_after_title(people, tokens)
    for p in people:  # "met President Bukele and Minister of Justice X": X is Salvadoran too
        country = next((t.country for t in p.titles if t.country), "") or (
            lex.people[p.known].country if p.known >= 0 else "")
        if country and country != "US":
            for s, _, _ in p.spans:
                ctx.add_country(s, country)
                ctx.marked.add(s)  # (another official's country: not the sentence's in a government's own release)
    held = [t for p in people for t in p.titles]  # a title nobody holds ("Justice and …") blocks nothing
    blocked = {i for t in held for i in range(t.start, t.end)}
    blocked -= {i for t in held if t.body for i in range(*t.body)}  # "Chairman of the X Unit": X Unit is one
    blocked |= {i for p in people for s, e, _ in p.spans for i in range(s, e)}
    portfolios = {t.portfolio for t in titles if t.portfolio}
    drafts = find_agencies(tokens, scan, lex, blocked, home, portfolios, ctx)
    for hit in scan.governments:
        _government(drafts, hit.ref, lex).spans.append((hit.start, hit.end, "name"))
    lowers = token_lowers(tokens)
    for hit in scan.countries:  # "the U.S. delegation", "Honduran officials": the government acting
        if hit.end < len(tokens) and lowers[hit.end] in GOVERNMENT_NOUNS:
            _government(drafts, hit.ref, lex).spans.append((hit.start, hit.end, "reference"))
        elif hit.start > 0 and lowers[hit.start - 1] in GOVERNMENT_NOUNS_ES:  # "la delegación hondureña"
            _government(drafts, hit.ref, lex).spans.append((hit.start - 1, hit.end, "reference"))
    _division_governments(drafts, tokens, lex)
    pub = lex.org_by_id.get(publisher)
    if pub is not None:  # a DHS press release is by DHS; untitled U.S. offices in it are DHS's
        draft = add_entry(drafts, pub, lex)
        if not draft.spans and len(tokens):
            start, end = sentence_bounds(tokens)[0]
            while end > start + 1 and (tokens[end - 1].is_space or not tokens[end - 1].text.strip()):
                end -= 1
            draft.spans.append((start, end, "publisher"))  # the page says it published this headline
    us_main = pub.id if pub is not None and pub.country == "US" and not lex.under(pub.id, "agency:us-congress") \
        else _main_us_agency(drafts)  # (a CRS report's or a committee's executive officials are not its own)
    by_known: dict[int, str] = {}  # one node for "Joe Biden" and "Joseph R. Biden" in one document
    for p in people:
        _official(drafts, p, lex, ctx, us_main, by_known)
        if pub is not None and pub.kind == "organization" and not pub.country:
            _publishers_own(drafts, p, pub, lex)
    _led_by(drafts, people, tokens)
    _body_in_title(drafts, people, tokens, lex)
    _body_closing_title(drafts, people, tokens, publisher)
    _its_officer(drafts, people, tokens)
    _body_before_office(drafts, people, tokens)
    _the_bodys_officer(drafts, people, tokens)
    _federal_judges_court(drafts, people, tokens)
    _justices_court(drafts, people)
    _rank_in_body(drafts, people, tokens)
    _short_forms(drafts, tokens, lex)
    _district_office(drafts, ctx, lex)
    _attorneys_district(drafts, people, tokens, lex)
    _rank_then_command(drafts, people, tokens)
    for d in list(drafts.values()):
        if d.parent.startswith("government:") and d.parent not in drafts:
            d.parent = d.parent if d.kind == "official" else ""
    _inferred_mentions(drafts)
    actors = tuple(sorted((_freeze(d, document, tokens) for d in drafts.values()), key=lambda a: a.id))
    relations = find_relations(document, tokens, drafts, actors)
    return actors, relations


_EMBASSY_IN = re.compile(r"U\.S\. Embassy in (.+?) and the .+")


def embassy_host(entry: OrgEntry, lex: Lexicon) -> str:
    """The country a U.S. embassy accredited to several countries sits in, from its names ("U.S. Embassy in
    Barbados and the Eastern Caribbean"); "" for other bodies (an embassy to one country writes about it)."""
    for name in (entry.name, *entry.aliases):
        m = _EMBASSY_IN.fullmatch(name)
        code = lex.country_by_word.get(fold(m.group(1))) if m else None
        if code:
            return code
    return ""


def find_publisher(head_text: str, metadata: dict[str, str]) -> str:
    """The lexicon id of the body that published a document, from its masthead, metadata or link line; else
    "government:<code>" for a government office that names itself and its country there."""
    lex = get_lexicon()
    entry = publisher_of(head_text, metadata, lex)
    if entry is not None:
        return entry.id
    country = issuing_country(head_text, metadata, lex)  # "… | Presidency of the Dominican Republic"
    return f"{GOVERNMENT_PREFIX}{country.lower()}" if country else ""


# "the Federal Center for Labor Conciliation" ... "the Federal Center": the words a full name goes on with
NAME_GOES_ON = {"of", "for", "on", "against", "in", "to", "de", "del", "para", "contra"}


def _district_office(drafts: dict[str, Draft], ctx: Context, lex: Lexicon) -> None:
    """ "U.S. Attorney's Office, District of Puerto Rico" on the masthead, "the U.S. Attorney's Office" in the
    text: one office, the district's, when the document names exactly one."""
    generic = drafts.get(actor_id("agency", "U.S. Attorney's Office"))
    districts = [o for o in ctx.org_ids if o.startswith("agency:us-attorney-office-for-the-")]
    if generic is None or len(districts) != 1:
        return
    del drafts[generic.id]
    office = add_entry(drafts, lex.org_by_id[districts[0]], lex)
    office.spans.extend(generic.spans)
    office.aliases |= generic.aliases | {generic.name}
    for d in drafts.values():
        d.parent = office.id if d.parent == generic.id else d.parent
        d.agency = office.id if d.agency == generic.id else d.agency


SERVICES = {"USA", "USAF", "USN", "USMC", "USCG", "USSF", "ARNG", "ANG"}  # after a name: the officer's service
COMMAND_WORDS = {"Commander", "Deputy", "Director", "Chief", "Commanding", "General", "Officer", "of", "Staff"}


def _rank_then_command(drafts: dict[str, Draft], people: list[Person], tokens: Doc) -> None:
    """ "General Laura J. Richardson, USA, Commander, United States Southern Command": a witness line's rank, name,
    service and post, then the command the officer leads; the rank alone names no body."""
    starts = {s: d for d in drafts.values() if d.kind in BODY_KINDS for s, _, k in d.spans if k == "name"}
    texts = token_texts(tokens)
    n = len(tokens)
    for p in people:
        if not p.titles or any(t.office != "military" or t.agency or t.ministry or t.place or t.body or is_former(t)
                               for t in p.titles):
            continue  # (a country it may name: ", USA," read as the United States)
        for _, end, _ in p.spans:
            k = end
            if k + 1 < n and texts[k] == "," and texts[k + 1] in SERVICES:
                k += 2
            if not (k + 2 < n and texts[k] == "," and texts[k + 1] in COMMAND_WORDS):
                continue
            m = k + 1
            while m < n and m - k <= 4 and texts[m] in COMMAND_WORDS:
                m += 1
            body = starts.get(m + 1) if m + 1 < n and texts[m] == "," else None
            official = _draft_of(drafts, p) if body is not None else None
            if official is not None:
                official.agency = body.id
                break


ATTORNEY_TITLES = ("U.S. Attorney", "United States Attorney", "Assistant U.S. Attorney", "Acting U.S. Attorney")
DISTRICT_AFTER = re.compile(rf"\s*,?\s*(?:for|of) the ({DISTRICT})")


def _attorneys_district(drafts: dict[str, Draft], people: list[Person], tokens: Doc, lex: Lexicon) -> None:
    """ "U.S. Attorney Jeanine Ferris Pirro for the District of Columbia said …": a U.S. attorney whose name the
    text follows with a district serves in that district's office, in a release that names several."""
    text = doc_text(tokens)
    for p in people:
        if not any(t.text.startswith(ATTORNEY_TITLES) for t in p.titles):
            continue
        for _, end, _ in p.spans:
            m = DISTRICT_AFTER.match(text, tokens[end - 1].idx + len(tokens[end - 1].text)) if end else None
            district = " ".join(m.group(1).split()) if m else ""
            entry = next((e for name in (district, " ".join(district.split()[:-1])) if name
                          for e in [lex.org(f"U.S. Attorney's Office for the {name}")] if e is not None), None)
            official = _draft_of(drafts, p)
            if entry is not None and official is not None:
                office = add_entry(drafts, entry, lex)
                official.agency = office.id
                span = tokens.char_span(m.start(1), m.end(1), alignment_mode="expand")
                if span is not None and not office.spans:  # the district names the office
                    office.spans.append((span.start, span.end, "name"))
                break


OFFICE_TAILS = {("field", "office"), ("field", "division"), ("division",), ("office",)}


def _short_forms(drafts: dict[str, Draft], tokens: Doc, lex: Lexicon) -> None:
    """A body the text names in full and also by part of that name is one body: "the National Party of
    Honduras" ... "the National Party" (the start of the name, after it), "the CARICOM Implementation Agency
    for Crime and Security" ... "the Implementation Agency for Crime and Security" (its name without the
    owner's word), "the U.S. Coast Guard" ... "the Coast Guard" (a name the list gives it). A draft no list
    knows, all of whose mentions are such a part of exactly one other body in the document, joins it."""
    def key(text: str) -> tuple[str, ...]:
        out = fold(text).split()
        while out and (out[0] == "the" or lex.country_of(out[0])):  # "the U.S. Attorney's Office"
            out = out[1:]
        if out[:2] == ["u", "s"]:
            out = out[2:]
        return tuple(out)

    bodies = [d for d in drafts.values() if d.kind in BODY_KINDS and d.spans]
    if all(d.id in lex.org_by_id for d in bodies):
        return  # only listed bodies: nothing to fold
    full: list[tuple[tuple[str, ...], int, Draft]] = []
    aliases: dict[str, set[tuple[str, ...]]] = {}
    for d in bodies:
        for s, e, kind in d.spans:
            if kind == "name":
                full.append((key(_text(tokens, s, e)), s, d))

    def aliases_of(t: Draft) -> set[tuple[str, ...]]:
        if t.id not in aliases:
            aliases[t.id] = {key(a) for a in t.aliases}
        return aliases[t.id]

    def part_of(w: tuple[str, ...], first: int, fw: tuple[str, ...], fs: int) -> bool:
        n, m = len(w), len(fw)
        return (fs < first and m > n + 1 and fw[:n] == w and fw[n] in NAME_GOES_ON  # its start, after it
                or m - 2 <= n < m and fw[m - n:] == w  # without the owner's word or two
                or n >= 2 and m > n and fw[:n] == w and fw[n:] in OFFICE_TAILS)  # "ERO Phoenix [Field Office]"

    remap: dict[str, str] = {}
    for d in bodies:
        if d.id in lex.org_by_id:
            continue
        names = {(key(_text(tokens, s, e)), s) for s, e, k in d.spans if k == "name"}
        if not names or any(len(w) < 2 for w, _ in names):
            continue
        first = min(s for _, s in names)
        lead = lex.country_of(fold(d.name).split()[0])
        targets = {t.id for w, _ in names for fw, fs, t in full if t is not d and part_of(w, first, fw, fs)
                   and not (lead and lex.country_of(fold(t.name).split()[0]) not in {"", lead})}  # not the
        # "American Chamber of Commerce in Guatemala" for "the Guatemalan Chamber of Commerce"
        words = {w for w, _ in names}  # one subset test per body, not a generator (2 % of the Spanish analysis)
        targets |= {t.id for t in bodies if t is not d and words <= aliases_of(t)}
        own = _owners_country(d, lex) or _written_country(d, tokens, lex)
        targets = {t for t in targets if not (own and drafts[t].country and drafts[t].country != own)}  # "JDF Coast
        # Guard" (the Jamaica Defence Force's, named with its acronym) is not the U.S. Coast Guard the text names too,
        # nor is "the Suriname Coast Guard" (named with its country)
        if len(targets) == 1:
            remap[d.id] = targets.pop()
    for short, long in remap.items():
        if long in remap:
            continue
        d = drafts.pop(short)
        drafts[long].spans += [(s, e, "reference") for s, e, _ in d.spans]
        drafts[long].aliases |= {d.name, *d.aliases}  # the office answers to the shorter name too
        for o in drafts.values():
            o.agency = long if o.agency == short else o.agency
            o.parent = long if o.parent == short else o.parent


def _written_country(d: Draft, tokens: Doc, lex: Lexicon) -> str:
    """The country a mention of the draft opens with, or is written right after ("the Suriname Coast Guard"), or ""
    (a demonym the draft's name has only from the document's home country says nothing)."""
    for s, _, kind in d.spans:
        if kind == "name":
            for k in (s, s - 1):
                code = lex.country_of(tokens[k].text) if k >= 0 else ""
                if code:
                    return code
    return ""


def _owners_country(d: Draft, lex: Lexicon) -> str:
    """The country of the listed body a draft was named as part of ("JDF Coast Guard": the Jamaica Defence Force's),
    or "" (a country the draft has only from the document's home country says less)."""
    owner = lex.org_by_id.get(d.parent)
    return owner.country if owner is not None else ""


def _text(tokens: Doc, start: int, end: int) -> str:
    """``tokens[start:end].text`` without making the Span."""
    return span_text(tokens, start, end) if end > start else ""


def _inferred_mentions(drafts: dict[str, Draft]) -> None:
    """An actor the text reaches only through an affiliation ("Ambassador X" -> Department of State)
    gets the sentence it was inferred from, marked "inferred": every node cites an excerpt."""
    for _ in range(3):  # an agency inferred from an official can itself lead to its government
        for d in drafts.values():
            if d.spans:
                continue
            for o in drafts.values():
                if d.id in (o.agency, o.government, o.parent) and o.spans:
                    s, e = (o.title_spans or [(sp[0], sp[1]) for sp in sorted(o.spans)])[0]
                    d.spans.append((s, e, "inferred"))
                    break


def _government(drafts: dict[str, Draft], code: str, lex: Lexicon) -> Draft:
    gid = f"government:{code.lower()}"
    if gid not in drafts:
        c = lex.countries[code]
        drafts[gid] = Draft(gid, "government", c.government, code, "", {c.government, *c.aliases})
    return drafts[gid]


PLACE_JOINS = {"de", "del", "la", "los", "las"}


def _place_after_name(people: list[Person], tokens: Doc) -> None:
    """ "Governor Enrique Alfaro Ramírez of Jalisco", "Mayor X of Tijuana": the place a governor or mayor with no
    place in the title governs, written after the name."""
    texts = token_texts(tokens)
    n = len(tokens)
    for p in people:
        local = [t for t in p.titles if t.head in LOCAL_HEADS and not t.place and not t.agency and not t.body]
        if not local:
            continue
        for _, end, _ in p.spans:
            if not (end + 1 < n and texts[end] == "of" and texts[end + 1][:1].isupper() and tokens[end + 1].is_alpha):
                continue
            k = end + 1
            while k < n and k - end <= 4 and (tokens[k].is_alpha and texts[k][:1].isupper()
                                              or texts[k] in PLACE_JOINS and k + 1 < n and texts[k + 1][:1].isupper()):
                k += 1
            if k - end - 1 <= 3 or k - end - 1 <= 4 and any(w in PLACE_JOINS for w in texts[end + 1:k]):
                for t in local:
                    t.place, t.municipal = " ".join(texts[end + 1:k]), t.head == "mayor"
                break


TOWN_NOUNS = {"city", "town", "municipality", "port", "village"}


def _town_described_after_title(people: list[Person], tokens: Doc) -> None:
    """ "Carlos Manzo, the mayor of the avocado-growing city of Uruapan": a mayor's town, described before it is
    named ("of the … city of X")."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    n = len(tokens)
    for p in people:
        for t in p.titles:
            if t.head != "mayor" or t.place or t.agency or t.body:
                continue
            k = t.end
            if not (k + 1 < n and lowers[k] == "of" and lowers[k + 1] == "the"):
                continue
            m = k + 2
            while m < n and m - k <= 6 and lowers[m] not in TOWN_NOUNS and texts[m] not in {",", ".", ";"}:
                m += 1
            if not (m + 2 < n and lowers[m] in TOWN_NOUNS and lowers[m + 1] == "of" and texts[m + 2][:1].isupper()):
                continue
            e = m + 2
            while e < n and e - m - 2 < 4 and (tokens[e].is_alpha and texts[e][:1].isupper()
                                              or lowers[e] in PLACE_JOINS and e + 1 < n and texts[e + 1][:1].isupper()):
                e += 1
            t.place, t.municipal = " ".join(texts[m + 2:e]), True


def _local_government(drafts: dict[str, Draft], t: Title, country: str, lex: Lexicon) -> Draft:
    """The government of the state or town a local office governs, under its country's government; a
    sheriff's, the county sheriff's office he heads ("Monroe County Sheriff X"); a county judge's, the county."""
    if t.head == "sheriff":
        name = f"{t.place} Sheriff's Office"
        gid = actor_id("agency", name)
        if gid not in drafts:
            parent = _government(drafts, country, lex).id if country in lex.countries else ""
            drafts[gid] = Draft(gid, "agency", name, country, parent,  # a county's sheriff's office is called both
                                {name, f"{t.place} Sheriff's Department"})
        return drafts[gid]
    if t.head == "county judge":  # a Texas county's chief executive: "El Paso County Judge X" heads El Paso County
        name = f"{t.place} County"
        gid = actor_id("government", name)
        if gid not in drafts:
            parent = _government(drafts, country, lex).id if country in lex.countries else ""
            drafts[gid] = Draft(gid, "government", name, country, parent,
                                {name, f"{name} Government", f"Government of {name}"})
        return drafts[gid]
    name = f"{'Municipal ' if t.municipal else ''}Government of {t.place}"
    gid = actor_id("government", name)
    if gid not in drafts:
        aliases = {name, f"Government of {t.place}"} | (  # the names releases give the same body
            {f"Municipality of {t.place}", f"City of {t.place}", f"Town of {t.place}"}
            | ({f"Commune of {t.place}"} if country in COMMUNES else set()) if t.municipal
            else {f"State Government of {t.place}", f"State of {t.place}"}
            | ({f"Commonwealth of {t.place}"} if t.place in COMMONWEALTHS else set()))
        parent = _government(drafts, country, lex).id if country in lex.countries else ""
        drafts[gid] = Draft(gid, "government", name, country, parent, aliases)
    return drafts[gid]


# "the Government of the State of Chiapas", "the Government of Chiapas"
_DIVISION_GOVERNMENT = re.compile(r"\bGovernment of (?:the (?:State|Department|Province|Parish) of )?"
                                  r"((?:[A-Z][\w'’.-]+ ?(?:(?:de|del|la|de la) )?){1,4})")


def _division_governments(drafts: dict[str, Draft], tokens: Doc, lex: Lexicon) -> None:
    """A state's or department's government the text names as a body ("the Government of the State of Chiapas,
    whose Secretary for the Southern Border, X"): its country's division's government, under its country's."""
    text = doc_text(tokens)
    if "Government of " not in text:
        return
    divisions = first_level_divisions()
    for m in _DIVISION_GOVERNMENT.finditer(text):
        words = m.group(1).split()
        while words and (fold(" ".join(words)) not in divisions or fold(" ".join(words)) in lex.country_names):
            words.pop()  # "Chiapas, whose …": the division's name, not the words after it
        if not words:
            continue
        code, place = divisions[fold(" ".join(words))]
        span = tokens.char_span(m.start(), m.start(1) + len(" ".join(words)), alignment_mode="expand")
        if span is None or code not in lex.countries:
            continue
        gid = actor_id("government", f"Government of {place}")
        if gid not in drafts:
            drafts[gid] = Draft(gid, "government", f"Government of {place}", code, _government(drafts, code, lex).id,
                                {f"Government of {place}", f"State Government of {place}", f"State of {place}"})
        drafts[gid].spans.append((span.start, span.end, "name"))


COMMONWEALTHS = {"Kentucky", "Massachusetts", "Pennsylvania", "Virginia", "Puerto Rico"}  # their own style
COMMUNES = {"HT", "FR", "GP", "MQ", "GF"}  # countries whose municipalities are communes ("the commune of Caracol")


_NICKNAME = re.compile(r"\s*[\"“'‘][^\"“”'‘’]{1,30}[\"”'’]\s*")


def _without_nickname(name: str) -> str:
    """'Juan Antonio "Tony" Hernández' is also 'Juan Antonio Hernández', as later mentions write him."""
    return _NICKNAME.sub(" ", name).strip()


LED_BY = {"led", "headed", "chaired", "directed"}


def _led_by(drafts: dict[str, Draft], people: list[Person], tokens: Doc) -> None:
    """ "the CARICOM Eminent Persons Group, led by former Prime Ministers X and Y", "the Panama Canal Authority
    (ACP), led by Administrator X", "the Bank of Jamaica, under Governor X": a person who holds no office now (every
    title "former"), or whose title names no body, country or portfolio (a governor's state inferred from the
    document is not named), sits in the body that the text says they lead."""
    body_end = {e: d for d in drafts.values() if d.kind != "official" for _, e, k in d.spans
                if k in {"name", "acronym"}}  # "the ACP, led by Administrator X"
    body_end |= {c + 1: d for e, d in list(body_end.items())  # "The Panama Canal Authority (ACP), led by …",
                 if (c := _closing_paren(tokens, e)) > 0}  # "… Account – Belize (MCA-Belize), led by …"
    for p in people:
        if not p.titles or not all(is_former(t) or t.office != "organization" and not _names_own(t)
                                   or _inferred_place(t) for t in p.titles):
            continue  # a title that names its own body ("led by Minister of Defense X") says where X serves
        s = min(t.start for t in p.titles)
        body = body_end.get(s - 3) if s >= 3 and tokens[s - 1].lower_ == "by" and tokens[s - 2].lower_ in LED_BY \
            and tokens[s - 3].text == "," else None
        if body is None and 1 <= s < len(tokens) - 1 and tokens[s].lower_ in LED_BY and tokens[s + 1].lower_ == "by" \
                and tokens[s - 1].text == ",":
            body = body_end.get(s - 1)  # "the Social Security Fund, headed by X": X's title is the "headed by"
        if body is None and s >= 2 and tokens[s - 1].lower_ == "under" and tokens[s - 2].text == ",":
            body = body_end.get(s - 2)  # "The Bank of Jamaica, under Governor X, kept inflation …"
        if body is None and s >= 3 and tokens[s - 1].lower_ == "by" and tokens[s - 2].lower_ in LED_BY \
                and tokens[s - 3].lower_ in {"is", "was", "are", "were"}:
            body = _sentence_subject(drafts, tokens, s)  # "The OECS Commission, based in …, is headed by Director
            # General X": the sentence's subject
        official = _draft_of(drafts, p)
        if body is not None and official is not None:
            official.agency = body.id


def _closing_paren(tokens: Doc, e: int) -> int:
    """The ")" closing a short parenthesis that opens at ``e`` (an acronym's), or 0."""
    if e >= len(tokens) or tokens[e].text != "(":
        return 0
    return next((c for c in range(e + 2, min(e + 6, len(tokens))) if tokens[c].text == ")"), 0)


def _sentence_subject(drafts: dict[str, Draft], tokens: Doc, k: int) -> Draft | None:
    """The body named first in the sentence, when its name opens the sentence (after "The")."""
    start = next((a for a, b in sentence_bounds(tokens) if a <= k < b), 0)
    first = start + (start < len(tokens) and tokens[start].lower_ == "the")
    return next((d for d in drafts.values() if d.kind != "official"
                 for a, _, kind in d.spans if kind in {"name", "acronym"} and a == first), None)


def _names_own(t: Title) -> bool:
    return bool(t.agency or t.ministry or t.body or t.place or t.country)


def _inferred_place(t: Title) -> bool:
    """A place the title's words do not write: a governor's state inferred from the document."""
    return bool(t.place) and t.place not in t.text


FEDERAL_JUDGES = ("District Judge", "Magistrate Judge")
BARE_JUDGES = {"Judge", "Chief Judge", "Senior Judge"}  # a court's judge where the text names that one court
# a U.S. district court's name: a state's or D.C.'s ("for the …") or a territory's ("District Court of the Virgin
# Islands", "District Court of Guam")
US_DISTRICT_COURT = re.compile(r"District Court (?:for the|of the Virgin Islands|of Guam|of the Northern Mariana)")


def _federal_judges_court(drafts: dict[str, Draft], people: list[Person], tokens: Doc) -> None:
    """ "U.S. District Judge X" in a document that names one federal district court ("sentenced in U.S. District
    Court for the District of Columbia") sits on that court, not in the U.S. government at large; in one that
    names no court but one federal district ("U.S. District Judge X of the District of Columbia", "the U.S.
    Attorney for the Western District of Texas"), on that district's court, inferred. A bare "Chief Judge X" sits
    on the one such court the text names ("sentenced in the District Court of the Virgin Islands")."""
    courts = [d for d in drafts.values() if d.kind == "agency" and US_DISTRICT_COURT.search(d.name)]
    judges = [p for p in people if any(any(judge in t.text for judge in FEDERAL_JUDGES)
                                       or courts and t.text in BARE_JUDGES and not t.agency for t in p.titles)]
    if not judges:
        return
    if not courts:
        named = districts_named(doc_text(tokens)) or [  # or the one district whose U.S. Attorney's Office published
            d.name.split(" for the ", 1)[1] for d in drafts.values()  # it (its masthead read as the publisher)
            if d.kind == "agency" and d.name.startswith("U.S. Attorney's Office for the ")]
        if len(named) == 1:
            name = f"U.S. District Court for the {named[0]}"
            aid = actor_id("agency", name)
            courts = [drafts.setdefault(aid, Draft(aid, "agency", name, "US", "", {name}))]
    if len(courts) != 1:
        return
    for p in judges:
        official = _draft_of(drafts, p)
        if official is not None and (not official.agency or official.agency.startswith("government:")):
            official.agency = courts[0].id  # (a bare "Chief Judge" had been given the home government)


JUSTICE_TITLES = ("Chief Justice", "Associate Justice")


def _justices_court(drafts: dict[str, Draft], people: list[Person]) -> None:
    """ "Chief Justice Norma Piña" in a document that names one supreme court sits on it, not in the government at
    large."""
    courts = [d for d in drafts.values() if d.kind == "agency" and "Supreme Court" in d.name]
    if len(courts) != 1:
        return
    for p in people:
        if any(t.text.startswith(JUSTICE_TITLES) or t.text == "Justice" for t in p.titles) \
                and not any(t.agency for t in p.titles):
            official = _draft_of(drafts, p)
            if official is not None:
                official.agency = courts[0].id


def _body_in_title(drafts: dict[str, Draft], people: list[Person], tokens: Doc, lex: Lexicon) -> None:
    """ "The Executive Director of the RSS Central Liaison Office, Captain (ret.) X": a body no list knows, named
    in a title's complement, is where X serves, over the force a rank implies or the publisher's country. A listed
    body, a ministry or a portfolio the titles name decide as before."""
    if not any(t.body for p in people for t in p.titles):
        return
    names = [(s, e, d) for d in drafts.values() if d.kind in {"agency", "organization"}
             for s, e, k in d.spans if k == "name" and e - s >= 2  # a full name, not an acronym or a country's
             and fold(_text(tokens, s, e)) not in lex.country_names
             and (d.id not in lex.org_by_id or _unlisted_wording(lex.org_by_id[d.id], _text(tokens, s, e)))]
    for p in people:
        if any(t.agency or t.portfolio for t in p.titles) or sum(t.office != "military" for t in p.titles) > 1:
            continue  # "Assistant U.S. Attorney X, Deputy Chief of the Narcotics Unit": the office's own unit
        for t in p.titles:
            body = next((d for s, e, d in names if t.body and t.body[0] <= s and (e == t.body[1] or s < t.body[1] < e)),
                        None) if not is_former(t) else None  # (or a body whose name runs on past the title's end:
            # "General Manager of the National Port Company of Santo Tomás de Castilla")
            official = _draft_of(drafts, p) if body is not None else None
            if official is not None:
                official.agency = body.id
                break


def _ends_line(tokens: Doc, end: int) -> bool:
    """Does the line end at token ``end`` ("…, Office of Pandemic Preparedness, Centers for Disease Control and
    Prevention⏎": the last of a signature line's bodies, when a government agency, is the one the person serves,
    the one before its unit; a university's institute is the person's own)?"""
    return end >= len(tokens) or "\n" in tokens[end - 1].whitespace_ or tokens[end].is_space


def _unlisted_wording(entry: OrgEntry, text: str) -> bool:
    """Is ``text`` a wording of a listed body no list gives ("the National Port Company of Santo Tomás de Castilla
    (EMPORNAC)", read as the listed Empresa Portuaria Nacional by its initials)?"""
    return fold(text) not in {fold(x) for x in (entry.name, *entry.aliases)}


def _body_closing_title(drafts: dict[str, Draft], people: list[Person], tokens: Doc, publisher: str = "") -> None:
    """ "Mr. Ryan C. Berg, Director, Americas Program, Center for Strategic and International Studies", "Mr. Leland
    Lazarus, Associate Director, Jack D. Gordon Institute for Public Policy": a witness list's or a signature's
    line, where the body that closes the title, or follows it after a comma, is where the person serves. Only for
    a title that names no body, country, portfolio or place of its own, or whose holder was given the publisher
    only for want of a body (a committee's hearing page lists other bodies' witnesses); a title naming only a
    portfolio, or one whose department its portfolio only suggests ("Deputy Under Secretary for International
    Affairs, U.S. Department of Labor"), takes the body that follows its comma."""
    spans = [(s, e, d) for d in drafts.values() if d.kind in BODY_KINDS for s, e, k in d.spans if k == "name"]
    if not spans:
        return
    starts = {s: (e, d) for s, e, d in spans}
    for p in people:
        given = _draft_of(drafts, p)
        by_publisher = bool(publisher) and given is not None and given.agency == publisher \
            and not any(t.agency for t in p.titles)
        for t in p.titles:
            closing = _names_nothing(t) or by_publisher
            # a portfolio only ("Director for Caribbean Affairs, National Security Council"): the body after it
            portfolio = not (t.agency and _guess_stands(t, drafts) or t.country or t.place or t.host
                             or is_former(t))
            if not closing and not portfolio:
                continue
            after = t.end + 1 if t.end < len(tokens) and tokens[t.end].text == "," else -1
            body = next((d for s, e, d in spans if closing and t.start < s and e == t.end and tokens[s - 1].text == ","
                         or s == after), None)  # not "Member of Congress": a title's own words
            end = next((e for s, e, d in spans if d is body and (s == after or e == t.end)), -1)
            while body is not None and end + 1 < len(tokens) and tokens[end].text == "," and end + 1 in starts \
                    and (_sub_unit(body) or body.parent == starts[end + 1][1].id
                         or starts[end + 1][1].kind == "agency" and _ends_line(tokens, starts[end + 1][0])):
                end, body = starts[end + 1]  # "…, Bureau of Western Hemisphere Affairs, U.S. Department of State",
                # "…, Americas Program, Center for …": the body the unit before it belongs to
            official = _draft_of(drafts, p) if body is not None and not _sub_unit(body) else None
            if official is not None:
                official.agency = body.id
                break


def _guess_stands(t, drafts: dict[str, Draft]) -> bool:
    """Does a title's department stand: named, not guessed from its portfolio, or guessed and named again just after
    it ("Assistant Secretary for Border and Immigration Policy, Office of Strategy, Policy, and Plans, U.S.
    Department of Homeland Security")?"""
    if not t.domain_guess:
        return True
    return any(t.agency in d.aliases and any(t.end < s <= t.end + 25 for s, _, _ in d.spans) for d in drafts.values())


def _its_officer(drafts: dict[str, Draft], people: list[Person], tokens: Doc) -> None:
    """ "the Revolutionary National Police (PNR), its director Oscar Callejas Valcarce", "the Supreme Electoral
    Tribunal (TSE), whose president, Irma Palencia": "its" or "whose" is the body just named, and the person its
    officer."""
    ends = {e: d for d in drafts.values() if d.kind in BODY_KINDS | {"government"}  # ("the Government of the State
            for _, e, k in d.spans if k in {"name", "acronym"}}  # of Chiapas, whose Secretary …, X")
    for p in people:
        for t in p.titles:
            k = t.start - 1
            if k < 2 or tokens[k].lower_ not in {"its", "whose"}:
                continue
            if tokens[k].lower_ == "its" and tokens[k - 1].lower_ == "and" and k - 1 in ends:
                body = ends[k - 1]  # "the Universidad Veracruzana and its rector, X"
            else:
                while k > 2 and tokens[k - 1].text != "," and not tokens[k].is_sent_start:
                    k -= 1  # "…, its director X and its deputy director Y": the body before the first "its"
                if tokens[k].lower_ == "its" and tokens[k].is_sent_start:
                    body, official = _subject_before(drafts, tokens, k), _draft_of(drafts, p)
                    if body is not None and official is not None:  # "The National Electoral Institute estimated …
                        official.agency = body.id  # Its president, X, said": the body the sentence before is about
                        break
                    continue
                if tokens[k].lower_ not in {"its", "whose"} or tokens[k - 1].text != ",":
                    continue
                e = k - 1
                if e >= 3 and tokens[e - 1].text == ")" and tokens[e - 3].text == "(":
                    e -= 3  # "… Police (PNR), its director"
                body = ends.get(e)
            official = _draft_of(drafts, p)
            if body is not None and official is not None:
                official.agency = body.id
                break


def _subject_before(drafts: dict[str, Draft], tokens: Doc, k: int) -> Draft | None:
    """The body whose name opens the sentence before token ``k`` ("The National Electoral Institute …"), if any."""
    bounds = sentence_bounds(tokens)
    prev, last = next(((s, e) for s, e in reversed(bounds) if e <= k), (None, None))
    if prev is None:
        return None
    first = prev + (tokens[prev].lower_ == "the")
    subject = next((d for d in drafts.values() if d.kind in BODY_KINDS
                    for s, _, kind in d.spans if kind in {"name", "acronym"} and s == first), None)
    if subject is not None:
        return subject
    close = last - 1 - (tokens[last - 1].is_punct)  # "… is run by the Panama Canal Authority (ACP). Its
    if close >= 3 and tokens[close].text == ")" and tokens[close - 2].text == "(":  # Administrator, X": the body
        close -= 3  # that closes the sentence before, when none opens it
    return next((d for d in drafts.values() if d.kind in BODY_KINDS
                 for _, e, kind in d.spans if kind in {"name", "acronym"} and e == close + 1), None)


BODY_NOUNS = {"tribunal", "court", "commission", "ministry", "secretariat", "agency", "authority", "council",
              "institute", "bank", "party", "board", "office", "department", "bureau", "committee", "assembly",
              "congress", "senate", "police", "fund", "organization", "organisation", "union", "directorate"}


def _names_nothing(t: Title) -> bool:
    """A title in office that names no body, country, portfolio or place of its own ("Director", "Chief
    Secretary"): where its holder serves, the text says around it."""
    return not (t.agency or t.country or t.ministry or t.place or t.portfolio or t.host or is_former(t))


UNIT_HEADS = {"division", "section", "branch", "unit"}
SUB_UNITS = ("section", "unit", "division", "branch", "program", "programme", "team", "field office")


def _sub_unit(d: Draft) -> bool:
    """A unit inside an agency ("ERO Houston Field Office", "Narcotics Section") or a legislature (a committee): a
    civilian officer of it is the agency's or the chamber's, as releases and the held-out gold name them."""
    name = fold(d.name)
    words = name.split()
    return name.endswith(SUB_UNITS) or "committee" in words or "subcommittee" in words \
        or any(len(w) > 2 and w[0] in UNIT_HEADS and w[1] == "of"  # "Division of Vector-Borne Diseases", as written
               for w in (fold(a).split() for a in (d.name, *d.aliases)))


def _body_before_office(drafts: dict[str, Draft], people: list[Person], tokens: Doc) -> None:
    """ "the National Assembly president, Dana Castañeda": a body named right before a lower-case office owns it,
    and the person serves it; so does one before a capitalised office that names no body or country of its own
    ("TEMA Director Allan Stewart", "Border Authority Executive Director Marco Grajeda", "the PCA's Executive
    Director, X")."""
    named_end = {e: d for d in drafts.values() if d.kind in BODY_KINDS for _, e, k in d.spans if k == "name"}
    acronym_end = {e: d for d in drafts.values() if d.kind in BODY_KINDS for _, e, k in d.spans if k == "acronym"}
    for p in people:
        t = p.titles[0] if p.titles else None
        if t is None:
            continue
        if tokens[t.start].text.islower():
            body = named_end.get(t.start)
        elif _names_nothing(t):
            at = t.start - (t.start > 1 and tokens[t.start - 1].text in {"'s", "’s"})  # "the PCA's Executive Director,
            # Nicole Balsas Marrero": the body's own officer
            if at > 3 and tokens[at - 1].text == ")" and tokens[at - 3].text == "(":
                at -= 3  # "National Water Commission (CONAGUA) Director General X": its initials between
            body = named_end.get(at) or acronym_end.get(at) or _acronym_then_its_noun(acronym_end, tokens, t)
            if body is not None and _sub_unit(body):  # "DEA Miami Field Division Special Agent in Charge X": the
                body = drafts.get(body.parent) if body.parent.startswith("agency:") else None  # unit's agency
        else:
            body = None
        official = _draft_of(drafts, p) if body is not None else None
        if official is not None:
            official.agency = body.id


def _acronym_then_its_noun(acronym_end: dict[int, Draft], tokens: Doc, t) -> Draft | None:
    """ "IAF Foundation Representative X", "NEMO National Emergency Coordinator X": a body's acronym, then words of
    its name (the Inter-American Foundation, the National Emergency Management Organization), then the office."""
    for k in range(t.start - 1, max(t.start - 4, 0), -1):
        body = acronym_end.get(k)
        if body is not None:
            words = set(fold(body.name).split())
            return body if all(tokens[m].text[:1].isupper() and fold(tokens[m].text) in words
                               for m in range(k, t.start)) else None  # (not "NDDS and Assistant U.S. Attorney X")
    return None


def _the_bodys_officer(drafts: dict[str, Draft], people: list[Person], tokens: Doc) -> None:
    """ "… according to the Supreme Electoral Tribunal (TSE). The tribunal's president, Eugenia Zamora, said …":
    "the <body noun>'s" is the body of that kind the text last named, and the person its officer."""
    starts = {}
    for d in drafts.values():
        if d.kind in BODY_KINDS:
            for s, e, k in d.spans:
                if k == "name":
                    starts.setdefault(s, (e, d))
    for p in people:
        for t in p.titles:
            k = t.start
            if k < 3 or tokens[k - 1].text not in {"'s", "’s"} or tokens[k - 3].lower_ != "the":
                continue
            noun = tokens[k - 2].lower_
            if noun not in BODY_NOUNS or not tokens[k - 2].text.islower():
                continue
            body = next((d for s, (e, d) in sorted(starts.items(), reverse=True)
                         if e <= k - 3 and k - 3 - e < 120 and noun in fold(d.name).split()), None)
            official = _draft_of(drafts, p)
            if body is not None and official is not None:
                official.agency = body.id
                break


def _draft_of(drafts: dict[str, Draft], p: Person) -> Draft | None:
    """The official's draft made from a person the text names (they share a name span)."""
    return next((d for d in drafts.values() if d.kind == "official" and set(p.spans) & set(d.spans)), None)


def _rank_in_body(drafts: dict[str, Draft], people: list[Person], tokens: Doc) -> None:
    """ "Capt. X, Joint Task Force-Bravo Public Affairs", "Lt. X of the Cochise County Sheriff's Office": a rank
    names no body (Lieutenant serves a sheriff as well as an army), so the body named right after the name, in
    apposition or with "of", is where the person serves."""
    body_start = {s: d for d in drafts.values() if d.kind in BODY_KINDS for s, _, k in d.spans if k == "name"}
    lowers = token_lowers(tokens)
    for p in people:
        if not p.titles or any(t.agency or t.country for t in p.titles):
            continue
        military = all(t.office == "military" for t in p.titles)
        body = None
        for _, end, _ in p.spans:
            k = end + (end < len(tokens) and lowers[end] in {",", "of"})
            k += k < len(tokens) and lowers[k] == "the"
            body = body or (body_start.get(k) if k > end else None)
        if body is None or not all(t.office == "military" or not (t.ministry or t.place or t.portfolio or t.host)
                                   or t.ministry and not (t.place or t.portfolio or t.host)
                                   and set(fold(t.ministry).split()) <= set(fold(body.name).split())
                                   for t in p.titles):
            continue  # any title that names no body, country, portfolio or place: "Chief Secretary X of the Tobago
            # House of Assembly"; or whose portfolio the body's name holds: "Commissioner of Police X of the Virgin
            # Islands Police Department"
        if not military and _sub_unit(body):
            continue  # "Trial Attorney X of the Public Integrity Section": the department's, as its office says
        official = _draft_of(drafts, p)
        if official is not None:
            official.agency, official.country = body.id, body.country or official.country


def _main_us_agency(drafts: dict[str, Draft]) -> str:
    """The U.S. agency a release is mostly about: where an untitled U.S. office probably sits."""
    ranked = sorted((-len(d.spans), d.id) for d in drafts.values() if d.kind == "agency" and d.country == "US")
    return ranked[0][1] if ranked else ""


def _official(drafts: dict[str, Draft], p: Person, lex: Lexicon, ctx: Context, us_main: str = "",
              by_known: dict[int, str] | None = None) -> None:
    known = lex.people[p.known] if p.known >= 0 else None
    # a known person's own name where the text writes only a surname, or adds a suffix ("Joseph R. Biden, Jr."):
    # the name other documents' spellings give as an alias
    name = known.name if known and (len(p.name.split()) == 1 or fold(without_suffix(p.name)) == fold(known.name)) \
        else p.name  # ("I, JOSEPH R. BIDEN JR., President": a proclamation's capitals too)
    d = Draft(actor_id("official", name), "official", name, aliases={p.name, name, _without_nickname(p.name)})
    if known and by_known is not None:
        d.id = by_known.setdefault(p.known, d.id)  # a second spelling of a known person joins the first
    d.spans = list(p.spans)
    country, agency = "", ""
    if known and not any(t.country or t.agency for t in p.titles):
        country, agency = known.country, known.agency  # "President Bukele": the lexicon knows where
    for t in sorted(p.titles, key=lambda t: (not t.agency, not (t.agency and t.body), not t.country)):  # a named body first:
        # "Gen. X, commander of SOUTHCOM", over a rank's service ("Army Gen. X, commander of U.S. Southern
        # Command"); then a title that names its country ("Colombian Foreign Minister") over one that leaves it to
        # the context ("the foreign minister")
        d.titles.append(t.text)
        d.title_spans.append((t.start, t.end))
        c, a = office_agency(t, lex, ctx.home, ctx)
        country, agency = country or c, agency or a
        if t.country_token >= 0 and c:
            g = _government(drafts, c, lex)
            g.spans.append((t.country_token, t.country_token + 1, "reference"))
    if country == "US" and not agency and us_main and any(t.office == "agency" for t in p.titles):
        agency = drafts[us_main].name
    if country == "US" and agency == "DoD" and us_main and not any(t.agency for t in p.titles) \
            and lex.under(us_main, lex.org("DoD").id) and us_main != lex.org("DoD").id:
        agency = drafts[us_main].name  # "Capt. X" in a 4th Fleet story serves the 4th Fleet, not just DoD
    if known:
        d.aliases |= {known.name, *known.aliases}
        country = country or known.country
        agency = agency or known.agency
        if not d.titles:
            d.titles.append(known.title)
    initialled = next((b for t in p.titles if t.ministry and (b := _body_by_initials(drafts, t.ministry))), None) \
        or next((_initials_body(drafts, t) for t in p.titles if _initials(t.ministry)), None)
    if initialled is not None:  # "The Chief Executive Officer of the NWA, E.G. Hunter": the body the text gave
        agency, country = "", initialled.country or country  # those initials ("National Works Agency (NWA)")
    international = bool(agency) and not agency.startswith("ministry:") and \
        getattr(lex.org(agency), "country", None) == ""  # "IOM's Chief of Mission in Haiti" serves no country
    if not country and not international and any(t.office in {"government", "agency", "foreign", "military"}
                                                 for t in p.titles):
        country = ctx.country(p.titles[0].start) if p.titles else ctx.home
    d.country = country
    if country in lex.countries:
        d.government = _government(drafts, country, lex).id
    if agency.startswith("ministry:") and country in lex.countries:
        d.agency = ministry_draft(drafts, lex, country, agency.split(":", 1)[1]).id
    elif agency and not agency.startswith("ministry:"):
        entry = lex.org(agency)
        if entry is not None:
            d.agency = add_entry(drafts, entry, lex).id
    if initialled is not None:
        d.agency = initialled.id
    local = next((t for t in p.titles if t.place), None)
    if local is not None and not d.agency:  # "Governor of Guerrero X": the state's government, in its country's
        d.agency = _local_government(drafts, local, country, lex).id
    if d.id in drafts:  # two spellings resolved to one known person
        old = drafts[d.id]
        old.spans += d.spans
        old.titles += [t for t in d.titles if t not in old.titles]
        old.aliases |= d.aliases
        old.title_spans += d.title_spans
    else:
        drafts[d.id] = d


def _initials(text: str) -> bool:
    """Is a title's complement a body's initials ("COMISCA", "NWA")?"""
    return text.isupper() and text.isalpha() and len(text) >= 2


def _initials_body(drafts: dict[str, Draft], t: Title) -> Draft:
    """ "the Executive Secretary of COMISCA, X": a body the text names only by initials no list knows is still a
    body, and the person its officer (not the publisher's country's)."""
    aid = actor_id("organization", t.ministry)
    body = drafts.setdefault(aid, Draft(aid, "organization", t.ministry, "", "", {t.ministry}))
    if t.text.endswith(f" {t.ministry}"):  # (its initials close the title: their mention)
        body.spans.append((t.end - 1, t.end, "acronym"))
    return body


def _body_by_initials(drafts: dict[str, Draft], portfolio: str) -> Draft | None:
    """The one body of the text whose initials a title's complement is ("of the NWA"), if any."""
    if not _initials(portfolio):
        return None
    found = [d for d in drafts.values() if d.kind in BODY_KINDS and portfolio in d.aliases]
    return found[0] if len(found) == 1 else None


def _publishers_own(drafts: dict[str, Draft], p: Person, pub: OrgEntry, lex: Lexicon) -> None:
    """In an international body's release, a person with a bare "Commissioner" or "Executive Secretary" (a
    title that names no country, body, portfolio or place) or any "Rapporteur" (its complement is a mandate:
    "… for Freedom of Expression", "… for Honduras") is the publisher's own officer, unless a title names
    another body."""
    def bare(t: Title) -> bool:
        if t.office == "organization":
            return True
        return t.office == "agency" and not (t.country or t.ministry or t.place or t.host or t.host_org
                                             or t.portfolio or t.body)

    if p.known >= 0 or not any(bare(t) for t in p.titles) or any(t.agency for t in p.titles):
        return
    d = next((d for d in drafts.values() if d.kind == "official" and set(p.spans) <= set(d.spans)), None)
    if d is not None:
        d.agency, d.country = add_entry(drafts, pub, lex).id, ""


def _freeze(d: Draft, document: Document, tokens: Doc) -> Actor:
    mentions = []
    starts, texts = token_starts(tokens), token_texts(tokens)  # a span's offsets, without making the Span
    for s, e, kind in sorted(set(d.spans)):
        if e > s:
            start, end = starts[s], starts[e - 1] + len(texts[e - 1])
        else:
            span = tokens[s:e]
            start, end = span.start_char, span.end_char
        ex = document.excerpt_at(start)
        if ex is None:
            continue
        mentions.append(Mention(document.id, ex.id, start, end, document.text[start:end], kind))
    aliases = {" ".join(m.text.split()) for m in mentions if m.kind not in {"reference", *NOT_NAMED}} | d.aliases
    aliases.discard(d.name)
    return Actor(id=d.id, name=d.name, kind=d.kind, aliases=tuple(sorted(a for a in aliases if a)),
                 titles=tuple(dict.fromkeys(d.titles)), affiliation=d.agency or d.government or d.parent or None,
                 mentions=tuple(mentions), country=d.country)


def body_spans(found: tuple[Actor, ...]) -> list[tuple[int, int]]:
    """Character spans of bodies' names in the text, for the place finder: a country's name that opens one ("U.S.
    Border Patrol") says whose the body is, and a region inside one ("the Naval Command of the Caribbean") its
    reach; neither is a place the text is about."""
    return [(m.start, m.end) for a in found if a.kind in BODY_KINDS for m in a.mentions if m.kind == "name"]


def group_spans(found: tuple[Actor, ...]) -> list[tuple[int, int]]:
    """Character spans of the names of criminal groups (gangs, cartels, armed groups: the "criminal" kind), for the
    place finder: "local gangs such as Bagdad and Calor Calor" name gangs, not Baghdad."""
    return [(m.start, m.end) for a in found if a.kind == "criminal" for m in a.mentions if m.kind == "name"]


def acronym_spans(found: tuple[Actor, ...]) -> list[tuple[int, int]]:
    """Character spans of bodies' acronyms, for the place finder: "Pemex" names the company, not Pemex, Tabasco."""
    return [(m.start, m.end) for a in found if a.kind in BODY_KINDS for m in a.mentions if m.kind == "acronym"]


def person_spans(found: tuple[Actor, ...], tokens: Doc) -> list[tuple[int, int]]:
    """Character spans of people's names in the text, for the place finder: every name mention of an
    official, and every other token that is one of their surnames ("the Ortega-Murillo regime")."""
    spans = [(m.start, m.end) for a in found if a.kind == "official" for m in a.mentions if m.kind == "name"]
    surnames = {m.text.split()[-1] for a in found if a.kind == "official" for m in a.mentions
                if m.kind == "name" and m.text[:1].isupper()}
    spans += [(s, s + len(w)) for s, w in zip(token_starts(tokens), token_texts(tokens)) if w in surnames]
    return spans
