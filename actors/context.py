"""Document context for words that do not say whose they are: which country a sentence is about (for
"Minister of Foreign Affairs X", "the National Civil Police"), which international body it names (for
"Secretary General X"), and acronyms the text itself defines ("... National Civil Police (PNC)")."""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from actors.lexicon import Lexicon, foreign_capitals
from actors.matchers import Hit, Scan
from actors.normalize import fold
from model.nlp import sentence_starts, token_lowers, token_texts

MISSIONS = {"ambassador", "embassy", "consulate", "chargé"}  # before "to"/"in" and the country it sits in


def mission_seat(lowers: list[str], start: int) -> bool:
    """Is the country at ``start`` where a U.S. mission sits ("Ambassador to Barbados", "the Embassy in
    Barbados")? An embassy covering several countries writes its seat in every release, whichever country the
    release is about."""
    return start >= 2 and bool(lowers) and lowers[start - 1] in {"to", "in"} and lowers[start - 2] in MISSIONS


# nouns for a country's people in office: "the Mexican delegation was headed by …" is the officials' country
PEOPLE_NOUNS = frozenset({"delegation", "delegations", "official", "officials", "authorities", "counterpart",
                          "counterparts", "government", "team", "minister", "ministers", "president", "envoy",
                          "envoys", "leader", "leaders", "party", "parties", "mission", "cabinet"})
PLACE_PREPOSITIONS = frozenset({"with", "to", "into", "from", "in", "toward", "towards", "near", "across", "at", "on"})


class Context:
    """Countries and international bodies named in each sentence, and the document's main country."""

    def __init__(self, tokens: Doc, scan: Scan, lex: Lexicon, home: str) -> None:
        self.home = home
        self.publisher = ""  # the lexicon id of the body that issued the document, if known (find_actors sets it)
        self.own_release = False  # issued by the home country's government (find_actors sets it)
        self.marked: set[int] = set()  # countries that are an official's own ("the Honduran Secretary", a known
        # president's name): whose office, not the sentence's
        self.spanish = tokens.lang_ == "es"  # written in the region: an office with no country is the home one
        self.starts = sentence_starts(tokens) or [0]
        self.countries: dict[int, list[tuple[int, str]]] = {}
        lowers = token_lowers(tokens)
        texts = token_texts(tokens)
        # in a government's own release, a country that is no official's: a demonym before a common noun ("on the
        # Haitian side", "Haitian migrants") or a place a verb's preposition points to ("the borders with Haiti",
        # "travelled to Haiti")
        self.circumstantial = {h.start for h in scan.countries if h.end < len(tokens) and texts[h.end].isalpha()
                               and texts[h.end].islower() and lowers[h.end] not in PEOPLE_NOUNS and h.ref in lex.countries
                               and tokens[h.start:h.end].text in lex.countries[h.ref].demonyms
                               or h.start and lowers[h.start - (lowers[h.start - 1] == "the") - 1] in PLACE_PREPOSITIONS}
        for h in sorted((*scan.countries, *scan.governments), key=lambda h: h.start):
            if not mission_seat(lowers, h.start):  # "U.S. Ambassador to Barbados … joined Prime Minister Gaston
                # Browne": the seat is the ambassador's, not the sentence's country
                self.countries.setdefault(self.sentence(h.start), []).append((h.start, h.ref))
        self._capital_openers(tokens, lowers)
        by_id = lex.org_by_id
        self.bodies: dict[int, list[tuple[int, str]]] = {}
        for h in scan.orgs:
            entry = by_id[h.ref]
            if entry.kind == "organization":
                self.bodies.setdefault(self.sentence(h.start), []).append((h.start, entry.name))
        for h in scan.acronyms:
            entries = lex.org_by_acronym[h.ref]
            if len(entries) == 1 and entries[0].kind == "organization" and len(h.ref) > 2:
                self.bodies.setdefault(self.sentence(h.start), []).append((h.start, entries[0].name))
        refs = [h.ref for h in scan.orgs] + [e.id for h in scan.acronyms for e in lex.org_by_acronym[h.ref][:1]]
        self.org_ids = set(refs)
        self.named_ids = {h.ref for h in scan.orgs}  # bodies named in full (an acronym's first reading aside)
        self.org_counts = Counter(refs)
        self._lex = lex
        us_justice = _us_justice(lex)
        self.us_justice = any(h.ref in us_justice for h in scan.orgs) or any(
            e.id in us_justice for h in scan.acronyms for e in lex.org_by_acronym[h.ref][:1])

    def _capital_openers(self, tokens: Doc, lowers: list[str]) -> None:
        """A sentence that opens "In <a foreign capital>," is about that capital's country ("In Paramaribo, he will
        meet President X, Vice President Y …": Suriname's), as if it named the country there."""
        capitals = foreign_capitals()
        for s in self.starts:
            if s + 2 >= len(tokens) or lowers[s] != "in":
                continue
            for w in range(1, 6):
                k = s + 1 + w
                if k < len(tokens) and tokens[k].text == ",":
                    code = capitals.get(fold(tokens[s + 1:k].text))
                    if code:
                        self.countries.setdefault(self.sentence(s), []).insert(0, (s + 1, code))
                    break

    def names_org(self, ref: str) -> bool:
        """Does the document name this lexicon body (by name or acronym)?"""
        entry = self._lex.org(ref)
        return entry is not None and entry.id in self.org_ids

    def us_attorney_offices(self) -> list[str]:
        """Names of the U.S. Attorney's Offices the document names, or that issued it (its header, read apart)."""
        by_id = self._lex.org_by_id
        return sorted({by_id[o].name for o in self.org_ids | {self.publisher}
                       if o in by_id and by_id[o].name.startswith("U.S. Attorney's Office")})

    def coast_guard_first(self) -> bool:
        """Does the document name the U.S. Coast Guard more often than all parts of the Department of Defense
        together? Then an untitled U.S. rank ("Rear Adm. X", "Cmdr. Y") is the Coast Guard's."""
        lex = self._lex
        guard = lex.org("U.S. Coast Guard")
        if guard is None or guard.id not in self.org_ids:
            return False
        defense = guards = 0  # a district's or a sector's mentions are the Coast Guard's too
        for o, count in self.org_counts.items():
            entry = lex.org_by_id.get(o)
            while entry is not None:
                if entry.name in ("U.S. Department of Defense", guard.name):
                    if entry.name == guard.name:
                        guards += count
                    else:
                        defense += count
                    break
                entry = lex.org(entry.parent) if entry.parent else None
        return guards > defense

    def us_chamber(self) -> str:
        """The one chamber of the U.S. Congress the document names, itself or through its committees (""); on a
        committee's or a chamber's own page, that chamber, whatever others the text names."""
        own = self._chamber_of(self.publisher)
        chambers = {own} if own else {c for o in self.org_ids if (c := self._chamber_of(o))}
        return chambers.pop() if len(chambers) == 1 else ""

    def _chamber_of(self, o: str) -> str:
        """The chamber of the U.S. Congress body ``o`` is or sits in ("" for any other body)."""
        entry, lex = self._lex.org_by_id.get(o), self._lex
        while entry is not None:
            if entry.name in {"U.S. House of Representatives", "U.S. Senate"}:
                return entry.name
            entry = lex.org(entry.parent) if entry.parent else None
        return ""

    def add_country(self, i: int, code: str) -> None:
        """A country the text gives at token ``i`` in another way ("President Bukele" is El Salvador's)."""
        hits = self.countries.setdefault(self.sentence(i), [])
        hits.append((i, code))
        hits.sort()

    def sentence(self, i: int) -> int:
        return bisect_right(self.starts, i) - 1

    def country(self, i: int, foreign: bool = True) -> str:
        """The country named last before token ``i`` in its sentence ("The Colombian delegation was led by
        Minister ..."); U.S. mentions skipped when ``foreign``; else the document's main country. In a government's
        own release, another official's demonym is skipped too: "the Honduran Secretary X, in the presence of the
        Minister of Foreign Affairs Y", from Guatemala's ministry, leaves Y Guatemala's."""
        before = [ref for s, ref in self.countries.get(self.sentence(i), []) if s < i and (ref != "US" or not foreign)
                  and not (self.own_release and (s in self.marked or s in self.circumstantial))]
        return before[-1] if before else self.home

    def named_by_count(self) -> list[str]:
        """The non-U.S. countries the document names, most named first (a U.S. mission's seat not counted)."""
        counts = Counter(ref for hits in self.countries.values() for _, ref in hits if ref != "US")
        return [code for code, _ in counts.most_common()]

    def country_around(self, i: int) -> str:
        """``country``, or failing one in the sentence, the one foreign country the two sentences before it name
        ("… the Mexican Army and Air Force … I meet regularly with Secretary of National Defense X"); "" if none."""
        before = [ref for s, ref in self.countries.get(self.sentence(i), []) if s < i and ref != "US"]
        if before:
            return before[-1]
        k = self.sentence(i)
        named = {ref for j in (k - 1, k - 2) for _, ref in self.countries.get(j, []) if ref != "US"}
        return named.pop() if len(named) == 1 else ""

    def us_published(self, lex: Lexicon) -> bool:
        """Did a U.S. government body issue the document (its masthead), as far as the lexicon tells? (A U.S. wire
        service's story is not the government's.)"""
        entry = lex.org_by_id.get(self.publisher)
        return entry is not None and entry.country == "US" and entry.kind == "agency"

    def home_published(self, lex: Lexicon) -> bool:
        """Did a body of the document's home country (not the United States) issue it (a government's news
        service on the masthead)?"""
        entry = lex.org_by_id.get(self.publisher)
        return entry is not None and entry.country == self.home and self.home not in {"", "US"}

    def names_us_body(self, lex: Lexicon) -> bool:
        """Does the document name any U.S. body the lexicon knows?"""
        return any(lex.org_by_id[o].country == "US" for o in self.org_ids if o in lex.org_by_id)

    def sentence_names_us(self, i: int) -> bool:
        return any(ref == "US" for _, ref in self.countries.get(self.sentence(i), []))

    def body(self, i: int) -> str:
        """The international body named nearest to token ``i`` in its sentence, preferring earlier ones."""
        hits = self.bodies.get(self.sentence(i), [])
        before = [name for s, name in hits if s < i]
        return before[-1] if before else (hits[0][1] if hits else "")


_JUSTICE: dict[int, frozenset[str]] = {}


def _us_justice(lex: Lexicon) -> frozenset[str]:
    """Ids of the U.S. Department of Justice and its components (computed once per lexicon)."""
    if id(lex) not in _JUSTICE:
        _JUSTICE[id(lex)] = frozenset(o.id for o in lex.orgs if o.name == "U.S. Department of Justice" or o.parent == "DOJ")
    return _JUSTICE[id(lex)]


def rehome_orgs(tokens: Doc, scan: Scan, lex: Lexicon, ctx: Context) -> None:
    """Bare names of national bodies ("the National Civil Police", "the Public Ministry") belong to the
    country the sentence or document is about, when the lexicon has that country's body; acronyms the
    text defines right after a name ("(PNC)") then mean that body everywhere in the document."""
    by_id = lex.org_by_id
    country_end = {h.end for h in scan.countries}
    for n, h in enumerate(scan.orgs):
        entry = by_id[h.ref]
        if entry.country in {"", "US"} or h.start in country_end:
            continue
        text = " ".join(tokens[h.start:h.end].text.split())
        if any(fold(w) in lex.country_by_word for w in text.split()):
            continue
        local = ctx.country(h.start)
        # the sentence's (or the document's main) country first, then the others the document names, most named
        # first: "the National Civil Police" in a release mostly on Honduras, which has none, met in San Salvador
        for code in dict.fromkeys([local, *ctx.named_by_count()]):
            if not code or code == entry.country or code not in lex.countries:
                break  # (the body's own country is named before any other that has one: it stays)
            c = lex.countries[code]
            other = (lex.org(f"{c.adjective} {text}") or lex.org(f"{text} of {c.names[0]}")
                     or lex.org(f"{text} de {c.names[0]}"))  # "Ministerio Público" in Guatemala
            if other is not None and other.country == code:
                scan.orgs[n] = replace(h, ref=other.id)
                break
    defined: dict[str, str] = {}
    ends = {h.end: h for h in scan.orgs}
    for h in scan.acronyms:
        name = ends.get(h.start - 1)
        if name is not None and tokens[h.start - 1].text == "(" and h.end < len(tokens) and tokens[h.end].text == ")":
            defined[h.ref] = name.ref
    if defined:
        scan.orgs = sorted([*scan.orgs, *(Hit("defined", defined[h.ref], h.start, h.end)
                                          for h in scan.acronyms if h.ref in defined)], key=lambda h: h.start)
        scan.acronyms = [h for h in scan.acronyms if h.ref not in defined]
