"""Choosing the referent of an ambiguous name: priors (kind, capital, population) plus context.

Context is what the document itself says: the countries it names, and an explicit qualifier
("Progreso, Yoro", "Mobile, Alabama"). Scores stay comparable so the runner-up candidates can be
offered as one-click corrections.
"""
from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from itertools import chain

from geo.gazetteer import COUNTY_ID, Entry, Gazetteer, km, norm, place_kind, us_state_codes
from model import Candidate

NEAR_KM = 250
KIND_PRIOR = {"country": 1.0, "group": 0.9, "region": 0.9, "feature": 0.85, "admin1": 0.45}
AREA_CUE = 0.35  # "the <name>" alone: an area more than a town
SEAT_TOWN_BONUS = 0.1  # a town inside the division of its name, over the division (unless the text says division)
NAMESAKE_PENALTY = 0.3  # a town named after a division it is not in ("Ontario, California" vs Ontario)
NAMESAKE_KEEPS = 1_000_000  # people: a town this large (or a capital) keeps its own claim to the name
RANK_MEMO_SIZE = 200_000  # remembered rankings (name and context) before the memo starts again


OUTLINE = "outline"  # an anchor that is a point on a named region's outline (geo.finder)
OUTLINE_NEAR_KM = 60  # near a border or a coast means on it: a band of 250 km along 3,000 km of border is half a country


# Two points more than FAR_LON degrees of longitude apart (either way round), both within FAR_LAT degrees of the
# equator, are more than NEAR_KM apart: the great-circle formula's second term alone, cos φ1 · cos φ2 · sin²(Δλ/2),
# is then at least 0.25 · sin²(2.5°), 23 % above sin²(250 km / Earth's diameter), so ``km`` need not run. Most
# readings tested against a region's outline points lie in their latitude band but far along it: ``km`` for
# each was 1.2 % of the analysis (36,000 calls on 300 documents, cProfile and py-spy 2026-12-03).
FAR_LON = 5.0
FAR_LAT = 60.0


def near(entry: Entry, anchor: Entry) -> bool:
    """Is ``entry`` near a place the document locates firmly (another town, or a named region's outline)?"""
    reach = OUTLINE_NEAR_KM if anchor.kind == OUTLINE else NEAR_KM
    if anchor.id == entry.id or abs(entry.lat - anchor.lat) >= reach / 110:
        return False
    if FAR_LON < abs(entry.lon - anchor.lon) < 360 - FAR_LON and abs(entry.lat) <= FAR_LAT \
            and abs(anchor.lat) <= FAR_LAT:
        return False  # too far along the band for ``reach`` (at most NEAR_KM)
    return km(entry.lat, entry.lon, anchor.lat, anchor.lon) < reach


class Anchors(tuple):
    """The firmly located places of a document, grouped by latitude band so that ``near_any`` reads only the
    bands within reach: a document's outline anchors number in the hundreds, and checking each against each
    candidate was 6 % of the analysis (measured on the generated benchmark corpus). Towns and outline points
    have bands of their own reach (250 and 60 km)."""

    BANDS = {False: NEAR_KM / 110, True: OUTLINE_NEAR_KM / 110}  # degrees of latitude, by "is an outline point":
    # no anchor outside the entry's band and the two beside it is near

    def __new__(cls, entries: Iterable[Entry] = ()) -> Anchors:
        self = super().__new__(cls, entries)
        self.found: dict[str, bool] = {}  # entry id -> near one: a reading is asked about once per name and cue
        self.ids = frozenset(a.id for a in self)
        self.divisions = frozenset((a.country, a.admin1) for a in self  # divisions named firmly, outside the U.S.
                                   if a.kind == "admin1" and a.admin1 and a.country != "US")  # (codes differ there)
        self.bands: dict[tuple[bool, int], list[Entry]] = {}
        for a in self:
            outline = a.kind == OUTLINE
            self.bands.setdefault((outline, int(a.lat // cls.BANDS[outline])), []).append(a)
        return self

    def near_any(self, entry: Entry) -> bool:
        found = self.found.get(entry.id)
        if found is None:
            found = self.found[entry.id] = self._near_any(entry)
        return found

    def _near_any(self, entry: Entry) -> bool:
        bands = self.bands
        for outline, size in self.BANDS.items():
            band = int(entry.lat // size)
            for b in (band - 1, band, band + 1):
                for a in bands.get((outline, b), ()):
                    if near(entry, a):
                        return True
        return False


LOCAL_KM = 50  # a town of the entry's country this near is local too, across a division's line ("the Chaguaramas
# Heliport" in a release from Port of Spain: Trinidad's, a municipality away, not Venezuela's)


def local(entry: Entry, anchors: Collection[Entry], nearby: bool = False) -> bool:
    """Is another place of the entry's own first-level division among the anchors (the division too), or, with
    ``nearby``, a town of its country within LOCAL_KM?"""
    return any(a.country == entry.country and a.id != entry.id
               and (entry.admin1 and a.admin1 == entry.admin1
                    or nearby and a.kind == "city" and km(entry.lat, entry.lon, a.lat, a.lon) <= LOCAL_KM)
               for a in anchors)


def near_any(entry: Entry, anchors: Collection[Entry]) -> bool:
    """``any(near(entry, a) for a in anchors)``, through the bands when the anchors have them."""
    if isinstance(anchors, Anchors):
        return anchors.near_any(entry)
    return any(near(entry, a) for a in anchors)


def prior(entry: Entry, alternate: bool = False) -> float:
    """How likely a name means this entry before reading the document (0..1)."""
    if entry.kind in KIND_PRIOR:
        p = KIND_PRIOR[entry.kind]
    else:
        p = min(0.7, math.log10(entry.population + 10) / 10)
        if entry.capital:
            p += 0.25
    return p - (0.25 if alternate else 0.0)


def within(entry: Entry, container: Entry, exact: bool = True) -> bool:
    """Is ``entry`` inside ``container`` as far as the gazetteer can tell? ``exact=False`` judges a town and a
    division outside the United States by distance only, not by their GeoNames codes: near is enough to say a
    division has a town of its name (``namesake``)."""
    if container.kind == "country":
        return entry.country == container.country and entry.id != container.id
    if container.kind == "admin1":
        if entry.country != container.country:
            return False
        if container.id.startswith(COUNTY_ID):  # a U.S. county holds the towns around its point
            return entry.kind == "city" and km(entry.lat, entry.lon, container.lat, container.lon) <= container.radius_km
        if entry.id.startswith(COUNTY_ID):
            return entry.admin1 == container.id  # a county knows its state
        if entry.country == "US" and entry.kind == "city" and entry.admin1:  # and a town its state's code
            return us_state_codes().get(container.name.removesuffix(" State")) == entry.admin1
        if exact and entry.kind == "city" and entry.admin1 and container.admin1:  # elsewhere both may carry GeoNames' code
            return entry.admin1 == container.admin1
        if exact and entry.kind == "admin1" and entry.admin1 and container.admin1:
            return False  # no first-level division holds another ("León, Granada" is a list, not León in Granada)
        reach = container.radius_km or (400 if container.country == "US" else 150)
        return km(entry.lat, entry.lon, container.lat, container.lon) < reach
    if container.members:
        return entry.country in container.members
    return False


NEAR_KINDS = ("city", "admin1", "region")  # readings a place the document locates nearby makes likelier ("South
# Georgia" in a release from Savannah is the U.S. state's south, not the South Atlantic islands)


def score(entry: Entry, alternate: bool, countries: Collection[str], qualifiers: list[Entry],
          named_countries: Collection[str] = (), anchors: Collection[Entry] = (), division: bool = False,
          area: bool = False, town: bool = False) -> float:
    """Prior plus context. A city never gains from the document's countries when the name itself
    names a country ("Guatemala" is the country, not Guatemala City; "Jamaica" is not Jamaica, Queens)."""
    s = prior(entry, alternate)
    if entry.kind != "country" and entry.country and entry.country in countries and not named_countries:
        s += 0.5  # a name that is a country's ("Jamaica") means the country unless a qualifier says not
    if qualifiers and any(within(entry, q) for q in qualifiers):  # most names have none
        s += 1.0
    if entry.kind in NEAR_KINDS and anchors and near_any(entry, anchors):  # (the first pass has none)
        s += 0.3  # near another place the document clearly names
    if division and entry.kind == "admin1":
        s += 0.6  # "the department of ..."
    if area and entry.kind in ("admin1", "region", "feature"):
        s += AREA_CUE  # "in the Darién"
    elif area and entry.kind == "city":
        s -= AREA_CUE  # …and English puts no article before a town's name
    if town and entry.kind == "city":
        s += 0.6  # "the city of Matanzas", as "the department of …" is for divisions
    return s


def rank(gaz: Gazetteer, key: str, countries: Collection[str], qualifiers: list[Entry],
         anchors: Collection[Entry] = (), division: bool = False, area: bool = False,
         town: bool = False) -> list[tuple[float, Entry]]:
    """Candidates of a name, best first; entries that need a country the document lacks are dropped."""
    out = []
    hits = gaz.index.get(key, ())
    # what the name alone says (the countries among its readings, those it names, the countries whose being
    # named can change a score), once per name and process
    found = gaz.derived.get(f"rank:{key}")
    if found is None:
        found = gaz.derived[f"rank:{key}"] = (
            {gaz.entries[i].country for i, _ in hits if gaz.entries[i].kind == "country"}, _named_in(gaz, key, hits),
            frozenset({gaz.entries[i].country for i, _ in hits} | {gaz.requires[i] for i, _ in hits if i in gaz.requires}
                      | _neighbours(gaz, [gaz.entries[i] for i, _ in hits if i in gaz.requires])))
    named, named_in, relevant = found
    countries = set(countries) | named_in
    # Without anchors (the first pass, and most names of the second) the ranking is a function of the name, the
    # document's countries among ``relevant``, the qualifiers and the cues: remembered across documents, which
    # name the same places over and over (the first pass's rankings were half of ``rank``'s 5 % of the analysis,
    # py-spy on the generated benchmark corpus, 2026-12-03). A copy is returned: callers may reorder it.
    memo_key = None
    if not anchors:
        memo_key = (key, frozenset(countries & relevant), tuple([q.id for q in qualifiers]), division, area, town)
        memo = gaz.derived.get("rank_memo")
        if memo is None or len(memo) > RANK_MEMO_SIZE:
            memo = gaz.derived["rank_memo"] = {}
        ranked = memo.get(memo_key)
        if ranked is not None:
            return list(ranked)
    if isinstance(anchors, Anchors) and any(eid in anchors.ids for eid, _ in hits):
        own = {eid for eid, _ in hits}  # a name's own reading anchors none of its rivals: Barahona (the town,
        anchors = Anchors(a for a in anchors if a.id not in own)  # first read) does not pull in Barahona province
    skipped = []
    big_at_home = any(gaz.entries[i].kind == "city" and gaz.entries[i].country == "US"
                      and gaz.entries[i].population >= BESIDE_BIG for i, _ in hits)  # "Phoenix" beside Chicago is
    # still Arizona's
    capital_own = any(gaz.entries[i].capital and not alt for i, alt in hits)
    for eid, alternate in hits:
        if alternate and capital_own and gaz.entries[eid].kind == "city":
            skipped.append(eid)  # a nickname does not take a capital's own name: "Bridgetown" is Barbados's, not
            continue  # Portland, Oregon's (GeoNames lists it among Portland's alternate names)
        need = gaz.requires.get(eid)
        if need and need not in countries and norm(gaz.entries[f"country:{need}"].name) not in key \
                and not _neighbour_named(gaz, gaz.entries[eid], countries):
            skipped.append(eid)
            continue
        e = gaz.entries[eid]
        if eid in gaz.needs_anchor and not any(within(e, q) for q in qualifiers) \
                and (eid in gaz.needs_qualifier and not (_beside_its_own(e, anchors) and not big_at_home)
                     or not (anchors and near_any(e, anchors))
                     or eid in gaz.needs_local and not local(e, anchors, not _rival_near(gaz, hits, e, anchors))):
            skipped.append(eid)  # a small town (gazetteer's needs_anchor): only near what the document locates, or
            # in a division the text names
            continue
        out.append((score(e, alternate, countries, qualifiers, named, anchors, division, area, town), e))
    # which readings are namesakes of a division depends on the readings alone (the name's, less those skipped):
    # found once per name and process, where the towns-by-divisions distances were 1.5 % of the analysis, most of
    # ``rank``'s time once its rankings without anchors were remembered (py-spy 2026-12-03)
    names_memo = gaz.derived.get("namesakes")
    if names_memo is None or len(names_memo) > RANK_MEMO_SIZE:
        names_memo = gaz.derived["namesakes"] = {}
    namesakes = names_memo.get((key, *skipped))
    if namesakes is None:
        towns = [e for _, e in out if e.kind == "city"]
        divisions = [e for _, e in out if e.kind == "admin1" and not any(within(t, e, False) or within(t, e)
                                                                         for t in towns)]
        own = [e for _, e in out if e.kind == "admin1"]  # a town inside a division of its own name takes its name
        # from it, not from another country's division ("Colón, Panama", though Honduras has a department of that name)
        namesakes = names_memo[(key, *skipped)] = frozenset(
            e.id for _, e in out if divisions and namesake(e, divisions)
            and not any(within(e, d, False) or within(e, d) for d in own))
    if namesakes:
        out = [(s - NAMESAKE_PENALTY if e.id in namesakes else s, e) for s, e in out]
    divisions = [e for _, e in out if e.kind == "admin1"]
    if divisions and not division:  # the division's own town of its name ("Pedernales", "Barahona"): what a bare
        # name means more often than the division, and a point inside it either way
        out = [(s + SEAT_TOWN_BONUS if e.kind == "city" and any(within(e, d) for d in divisions) else s, e)
               for s, e in out]
    if isinstance(anchors, Anchors) and anchors.divisions and out and all(e.kind == "city" for _, e in out):
        sizes = sorted((e.population for _, e in out), reverse=True)
        small = sizes[0] < DIVISION_TOWN_MAX
        known = len(sizes) > 1 and sizes[0] >= DIVISION_CITY_RATIO * sizes[1]  # a city far larger than its namesakes
        out = [(s + DIVISION_TOWN_BONUS if (e.country, e.admin1) in anchors.divisions
                and (small or known and e.population == sizes[0]) else s, e) for s, e in out]
        # a town inside a division the text names firmly: "Santa Elena" in a story on Petén is Petén's, not
        # Belize's (among small towns; of larger ones, only one far larger than the rest: a country's or a
        # division's name keeps its own reading, and a known city its own: Mazatlán is Sinaloa's in a story that names Guerrero too, and
        # Nogales is Sonora's in a story that names Sonora, though Mexico City is near Veracruz's Nogales)
    out.sort(key=lambda x: (-x[0], x[1].id))
    if memo_key is not None:
        gaz.derived["rank_memo"][memo_key] = tuple(out)
    return out


def _rival_near(gaz: Gazetteer, hits: tuple[tuple[str, bool], ...], e: Entry, anchors: Collection[Entry]) -> bool:
    """Does another reading of the name lie near a place the document locates? Then a town beside, across a division's
    line, is not enough ("Kingston, Nassau, Freeport" is The Bahamas' Freeport, near Nassau, not Trinidad's)."""
    return any(i != e.id and near_any(gaz.entries[i], anchors) for i, _ in hits)


BESIDE_KM = 100  # a small U.S. town this near a town of its own state the text locates needs no qualifier…
BESIDE_BIG = 100_000  # people: …unless a U.S. city this large bears its name


def _beside_its_own(e: Entry, anchors: Collection[Entry]) -> bool:
    """Is a small town (read only with its state written after it) beside a town of its own state the document
    locates? "the ICE Processing Center in Jena" in a story on Alexandria and Baton Rouge, Louisiana, is Jena,
    Louisiana, not Jena in a Germany the text never names."""
    return bool(anchors) and local(e, anchors) and any(
        a.kind == "city" and a.admin1 == e.admin1 and km(e.lat, e.lon, a.lat, a.lon) <= BESIDE_KM for a in anchors)


DIVISION_TOWN_BONUS = 0.3  # a town in a division the document names, over its namesakes elsewhere
DIVISION_TOWN_MAX = 50_000  # people: among towns all smaller than this…
DIVISION_CITY_RATIO = 5  # …or for a city this many times larger than any namesake
NEIGHBOUR_KM = 300  # a named country whose point is this near a place that needs another country named stands in


def _neighbours(gaz: Gazetteer, entries: list[Entry]) -> set[str]:
    """The countries whose being named lets one of ``entries`` (places that need a country named) be read: part of
    what a ranking depends on, so part of its memo's key."""
    if not entries:
        return set()
    return {e.country for e in gaz.entries.values() if e.kind == "country"
            and any(km(x.lat, x.lon, e.lat, e.lon) <= NEIGHBOUR_KM for x in entries)}


def _neighbour_named(gaz: Gazetteer, entry: Entry, countries: Collection[str]) -> bool:
    """Does the document name a country right beside ``entry``? "the north of St. Vincent … as far as Barbados":
    an island of a small country needs that country named, or a neighbour (country points are centroids, so only
    small countries' neighbours are this near)."""
    return any(km(entry.lat, entry.lon, c.lat, c.lon) <= NEIGHBOUR_KM
               for code in countries if (c := gaz.entries.get(f"country:{code}")) is not None)


FAR_COUNTRY_KM = 3000  # a country this far from everything else the document locates or names is doubtful
NEAR_ANCHOR_KM = 1500  # and a namesake this near a firmly located place is the likelier reading
NAMESAKE_TOWN = 40_000  # people: a town this large is known in its own right (Liberia, Guanacaste); China, N.L. is not


FAR_AREA_KM = 1000  # a region or feature this far from everything the document locates is doubtful too


def promote(ranked: list[tuple[float, Entry]], i: int, score: float | None = None) -> list[tuple[float, Entry]]:
    """Reading ``i`` first, with the winner's score (or ``score``): a rule that picks it over the ranking's top."""
    return [(ranked[0][0] if score is None else score, ranked[i][1])] + ranked[:i] + ranked[i + 1:]


def near_namesake(ranked: list[tuple[float, Entry]], anchors: Collection[Entry],
                  named: Collection[Entry]) -> list[tuple[float, Entry]]:
    """A country reading far from every place the document locates and every other country it names yields
    to a town or division of the same name near those places: "Georgia" in a release on Atlanta and Savannah
    is the state, "Liberia" beside Guanacaste the Costa Rican town, not a country on another continent. So
    does a region or feature far from all of them: "Long Island" in a release from Nassau on Andros and
    Eleuthera is the Bahamian island district, not New York's."""
    if ranked[0][1].kind in ("region", "feature") and anchors and len(ranked) > 1:
        return _near_area_namesake(ranked, anchors)
    country = ranked[0][1]
    if country.kind != "country" or not anchors:
        return ranked
    # the anchors (hundreds of outline points in most documents) read lazily: the first near one settles it,
    # where the list of all of them was built for every country name (0.6 % of the analysis, py-spy 2026-12-03)
    points = chain(((a.lat, a.lon) for a in anchors), ((c.lat, c.lon) for c in named if c.id != country.id))
    if any(km(country.lat, country.lon, lat, lon) <= FAR_COUNTRY_KM for lat, lon in points):
        return ranked
    for i, (s, e) in enumerate(ranked[1:], 1):
        known = e.kind == "admin1" or e.kind == "city" and e.population >= NAMESAKE_TOWN
        if known and any(km(e.lat, e.lon, a.lat, a.lon) <= NEAR_ANCHOR_KM for a in anchors):
            return promote(ranked, i, max(s, ranked[0][0]))
    return ranked


def _near_area_namesake(ranked: list[tuple[float, Entry]], anchors: Collection[Entry]) -> list[tuple[float, Entry]]:
    """``near_namesake`` for a region or feature: farther than FAR_AREA_KM from every anchor, it yields to a
    division or town of its name within NEAR_KM of one, or within FAR_AREA_KM of one in its own country (an
    archipelago's islands lie farther apart than towns: Long Island is 315 km from Harbour Island)."""
    area = ranked[0][1]
    if any(km(area.lat, area.lon, a.lat, a.lon) <= FAR_AREA_KM for a in anchors):
        return ranked
    for i, (s, e) in enumerate(ranked[1:], 1):
        if e.kind in ("admin1", "city") and any(
                km(e.lat, e.lon, a.lat, a.lon) <= (FAR_AREA_KM if a.country == e.country else NEAR_KM) for a in anchors):
            return promote(ranked, i, max(s, ranked[0][0]))
    return ranked


FAMOUS_CITY = 500_000  # people: a city this large abroad is what a bare name means over a small namesake
KNOWN_CITY = 150_000  # people: a city this large, bearing the very name, over a namesake a fifth its size
FAMOUS_CAPITAL = 1_000_000  # people: a capital this large is what its bare name means over any namesake


def famous_over_namesake(ranked: list[tuple[float, Entry]], anchors: Collection[Entry],
                         focus: Collection[str] = (), main: str = "") -> list[tuple[float, Entry]]:
    """A small town that wins only because its country is named (Rotterdam, New York; San Lorenzo,
    California: the United States is named in nearly every U.S. release) yields to a large city of the
    same name, unless the town is near a place the document firmly locates. ``focus``: the countries the
    document is about (its main one, or the few it names); ``main``: the one it is plainly about, if any."""
    best = ranked[0][1]
    if best.kind != "city" or best.capital or near_any(best, anchors):
        return ranked
    for i, (s, e) in enumerate(ranked[1:], 1):
        # a national capital of millions is what its bare name means, whatever the size of the town that won on
        # its country being named: "Santo Domingo" in a release listing Ecuador among twenty countries; not in a
        # document about the town's country ("Santiago and the Cibao region of the Dominican Republic")
        if e.kind == "city" and e.capital and e.population >= FAMOUS_CAPITAL and e.population > best.population \
                and best.country not in focus:
            return promote(ranked, i)
    if best.population >= 100_000:
        return ranked
    for i, (s, e) in enumerate(ranked[1:], 1):
        if e.kind != "city":
            continue
        if (e.population >= FAMOUS_CITY or e.capital and e.population >= 100_000) \
                and e.population >= 10 * max(best.population, 1) \
                or e.population >= KNOWN_CITY and (e.name == best.name or e.name.endswith(f" {best.name}")) \
                and e.population >= 5 * max(best.population, 1) and (best.country != main or e.country == main):
            # the second: a city known abroad by its own full name ("Geneva", 200,000, over Geneva, Illinois), or
            # by the everyday end of it ("Matamoros" is Heroica Matamoros, 510,000, over Matamoros, Coahuila)
            return promote(ranked, i)
    return ranked


def _named_in(gaz: Gazetteer, key: str, hits: tuple[tuple[str, bool], ...]) -> set[str]:
    """Countries the name itself names ("Panama City", "Guatemala City"): context as if the text named them,
    so the capital beats Panama City, Florida in a text that names no other Panamanian place."""
    if " " not in key:
        return set()  # a one-word name names no country but its own, and that is a country reading
    words = f" {key} "
    out = set()
    for eid, _ in hits:
        cc = gaz.entries[eid].country
        if cc and cc not in out and f" {_country_key(gaz, cc)} " in words:
            out.add(cc)
    return out


_COUNTRY_KEYS: dict[tuple[int, str], str] = {}


def _country_key(gaz: Gazetteer, cc: str) -> str:
    """The lookup key of a country's name, remembered (``rank`` runs for every name of every document)."""
    k = (id(gaz), cc)
    found = _COUNTRY_KEYS.get(k)
    if found is None:
        country = gaz.entries.get(f"country:{cc}")
        found = _COUNTRY_KEYS[k] = norm(country.name) if country is not None else "\0"
    return found


def namesake(entry: Entry, divisions: list[Entry]) -> bool:
    """A smaller town sharing its name with a first-level division it is not part of: the name
    more likely means the division (Ontario the province, not Ontario in California). ``divisions``
    are those with no town of their name inside them: a division named after its own chief town
    (Santa Ana, El Salvador; Quebec) is no evidence against the towns of that name."""
    return (entry.kind == "city" and not entry.capital and entry.population < NAMESAKE_KEEPS
            and not any(within(entry, d, False) or within(entry, d) for d in divisions))  # near it, or coded in it


def confidence(ranked: list[tuple[float, Entry]]) -> float:
    """High when the winner clearly beats the runner-up (a margin of 0.5 or more is certain)."""
    if len(ranked) < 2:
        return 0.95
    margin = ranked[0][0] - ranked[1][0]
    return round(min(0.95, 0.5 + margin * 0.9), 2)


_CANDIDATES: dict[tuple[int, float], tuple[Entry, Candidate]] = {}


def as_candidate(entry: Entry, s: float) -> Candidate:
    """A reading as the Candidate a place lists, made once per reading and score: Candidates are frozen, and the
    same readings recur in document after document (making each was 1.1 % of the analysis, py-spy 2026-12-03).
    Keyed by the entry object itself (kept in the value, so its id is not reused), not by its gazetteer id."""
    found = _CANDIDATES.get((id(entry), s))
    if found is None or found[0] is not entry:
        if len(_CANDIDATES) > RANK_MEMO_SIZE:
            _CANDIDATES.clear()
        found = _CANDIDATES[(id(entry), s)] = (entry, Candidate(
            entry.id, entry.name, place_kind(entry), entry.lat, entry.lon, entry.country, entry.population, round(s, 3)))
    return found[1]
