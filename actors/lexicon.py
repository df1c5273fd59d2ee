"""Curated general knowledge from data/actors/: organisations, countries, titles, well-known people.

Loaded once per process; every lookup table is keyed by folded names so matching ignores case,
accents and "U.S." prefixes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from actors.normalize import actor_id, fold, name_key
from model.names import everyday_forms

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
US_PREFIXES = ("U.S. ", "US ", "United States ")
UN_PREFIXES = ("UN ", "U.N. ", "United Nations ")


@dataclass(frozen=True)
class OrgEntry:
    id: str
    name: str
    kind: str
    country: str
    parent: str  # name or acronym of the parent entry, resolved by Lexicon.org()
    acronyms: tuple[str, ...]
    aliases: tuple[str, ...]
    shared: bool = False  # its bare name ("Supreme Court") is also another country's body
    cased: tuple[str, ...] = ()  # names that are also everyday words ("La Prensa", "Intel"): read only as written


@dataclass(frozen=True)
class Country:
    code: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    government: str
    aliases: tuple[str, ...]
    named_in_text: bool = True  # False: the name is also a person's or a word ("Kenya", "Jordan"); only
    # its demonym ("Kenyan") and "Government of …" are read

    @property
    def adjective(self) -> str:
        """The word that names the country's bodies ("Honduran Ministry of Security"): its first demonym, or its
        name where the data gives it none (Turks and Caicos Islands, Dominica, Curaçao)."""
        return self.demonyms[0] if self.demonyms else self.names[0]

    @property
    def text_names(self) -> tuple[str, ...]:
        return self.names if self.named_in_text else ()

    @property
    def government_id(self) -> str:
        return f"government:{self.code.lower()}"


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    title: str
    country: str
    agency: str
    years: tuple[int, int]


@dataclass
class Lexicon:
    orgs: list[OrgEntry] = field(default_factory=list)
    org_by_key: dict[str, OrgEntry] = field(default_factory=dict)
    org_by_acronym: dict[str, list[OrgEntry]] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    country_by_word: dict[str, str] = field(default_factory=dict)  # folded name/demonym -> code
    heads: dict[str, str] = field(default_factory=dict)  # folded head -> office class
    heads_es: frozenset[str] = frozenset()  # the Spanish ones (read in Spanish text only)
    modifiers: set[str] = field(default_factory=set)
    domains: dict[str, dict[str, str]] = field(default_factory=dict)  # folded domain -> {us, ministry}
    offices: dict[str, dict[str, str]] = field(default_factory=dict)  # class -> country -> org ref
    people: list[Person] = field(default_factory=list)
    vocab: set[str] = field(default_factory=set)  # folded words used in institution names
    org_by_id: dict[str, OrgEntry] = field(default_factory=dict)
    country_names: set[str] = field(default_factory=set)  # folded country names (not demonyms)

    def org(self, ref: str) -> OrgEntry | None:
        """An entry by acronym, name or alias."""
        if not ref:
            return None
        hits = self.org_by_acronym.get(ref)
        return hits[0] if hits else self.org_by_key.get(name_key(ref))

    def under(self, aid: str, ancestor: str) -> bool:
        """Is the listed body ``aid`` the body ``ancestor`` (an id) or under it, through its parents?"""
        entry, seen = self.org_by_id.get(aid), set()
        while entry is not None and entry.id not in seen:
            if entry.id == ancestor:
                return True
            seen.add(entry.id)
            entry = self.org(entry.parent) if entry.parent else None
        return False

    def country_of(self, word: str) -> str:
        return self.country_by_word.get(fold(word), "")


def load_data(name: str) -> Any:
    """A curated YAML file from the actors' data folder (``data/…``), parsed safely."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(DATA_DIR / name, encoding="utf-8") as fh:
        return yaml.load(fh, Loader=loader)


# the U.S. territories (folded), by the name their governments go by: their bodies and governors are read as a
# state's are ("Virgin Islands Department of Education", "Governor Albert Bryan Jr.")
US_TERRITORIES = {"virgin islands": "the U.S. Virgin Islands", "guam": "Guam", "american samoa": "American Samoa",
                  "northern mariana islands": "the Northern Mariana Islands"}


@lru_cache(maxsize=1)
def us_states() -> frozenset[str]:
    """Folded names of the U.S. states (from the districts file)."""
    data = load_data("districts.yaml")
    return frozenset(fold(s) for s in (*data["multi"], *data["single"]))


@lru_cache(maxsize=1)
def mexican_states() -> dict[str, str]:
    """Mexico's states, folded name or alias -> name, from the gazetteer's curated first-level divisions (one home
    for that list): the state of a governor the text names with no state written."""
    with open(DATA_DIR.parent / "gazetteer" / "admin1.json", encoding="utf-8") as fh:
        rows = json.load(fh)["MX"]
    out = {}
    for name, _lat, _lon, aliases in rows:
        for form in (name, *aliases):
            out[fold(form)] = name
    return out


@lru_cache(maxsize=1)
def sea_banks() -> frozenset[str]:
    """Folded names of the gazetteer's banks at sea ("Cay Sal Bank", "Pedro Bank"): places named like a bank."""
    with open(DATA_DIR.parent / "gazetteer" / "features.json", encoding="utf-8") as fh:
        rows = json.load(fh)["places"]
    return frozenset(fold(form) for r in rows for form in (r["name"], *r.get("aliases", ()))
                     if fold(form).endswith((" bank", " banks")))


@lru_cache(maxsize=1)
def first_level_divisions() -> dict[str, tuple[str, str]]:
    """The gazetteer's curated first-level divisions (states, departments, provinces, parishes), folded name or
    alias -> (country code, name): whose government "the Government of the State of Chiapas" is."""
    with open(DATA_DIR.parent / "gazetteer" / "admin1.json", encoding="utf-8") as fh:
        data = json.load(fh)
    return {fold(form): (code, name) for code, rows in data.items() if code != "_doc"
            for name, _lat, _lon, aliases in rows for form in (name, *aliases)}


@lru_cache(maxsize=1)
def foreign_capitals() -> dict[str, str]:
    """Folded capital city -> its country's code, for every country but the United States, as countryinfo ships them
    (general knowledge): "In Paramaribo, he will meet President X" is a sentence about Suriname."""
    from countryinfo import all_countries

    out: dict[str, str] = {}
    for country in all_countries():
        info = country.info()
        code = ((info.get("ISO") or {}).get("alpha2") or "").upper()
        capital = info.get("capital") or ""
        for name in [capital] if isinstance(capital, str) else capital:  # a few countries have several
            if code and code != "US" and name:
                out.setdefault(fold(name), code)
    return out


@lru_cache(maxsize=1)
def us_states_and_territories() -> frozenset[str]:
    """``us_states()`` and the territories (``US_TERRITORIES``), folded: built once, read per body and per name."""
    return us_states() | frozenset(US_TERRITORIES)


def us_variants(name: str) -> list[str]:
    """"U.S. Department of X" is also written "Department of X", "US ..." and "United States ..."; "UN X" is also
    "U.N. X" and "United Nations X" (not bare: "UN Security Council" is no "Security Council" of a country's)."""
    for prefix in US_PREFIXES:
        if name.startswith(prefix):
            bare = name[len(prefix):]
            return [bare] + [p + bare for p in US_PREFIXES]
    for prefix in UN_PREFIXES:
        if name.startswith(prefix):
            return [p + name[len(prefix):] for p in UN_PREFIXES]
    if " UN " in name:  # "Office of the UN High Commissioner for Human Rights", written "U.N." too
        return [name.replace(" UN ", f" {p}") for p in UN_PREFIXES]
    return [name]


def _add_org(lex: Lexicon, row: dict[str, Any], vocab: bool = True) -> None:
    kind = row.get("kind", "agency")
    aliases = tuple(row.get("aka") or ())
    if row["name"].startswith("U.S. Embassy "):  # "Embassy Guatemala City": State's own name for a post, from
        # each "U.S. Embassy [in] <city>" the list gives (one place for the rule, not a line per embassy)
        posts = (a.removeprefix("U.S. Embassy ").removeprefix("in ") for a in (row["name"], *aliases)
                 if a.startswith("U.S. Embassy "))
        aliases += tuple(dict.fromkeys(f"Embassy {p}" for p in posts if not p.startswith("the ")
                                       and f"Embassy {p}" not in aliases))
    entry = OrgEntry(id=actor_id(kind, row["name"]), name=row["name"], kind=kind,
                     country=row.get("country", ""), parent=row.get("parent", ""),
                     acronyms=tuple(row.get("acr") or ()), aliases=aliases,
                     shared=bool(row.get("shared")), cased=tuple(row.get("cased") or ()))
    lex.orgs.append(entry)
    lex.org_by_id[entry.id] = entry
    for alias in (entry.name, *entry.aliases, *entry.cased):
        for variant in us_variants(alias):
            lex.org_by_key.setdefault(name_key(variant), entry)
            if vocab:
                lex.vocab.update(fold(variant).split())
    for acr in entry.acronyms:
        lex.org_by_acronym.setdefault(acr, []).append(entry)


def _district_rows(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Organisation rows for every U.S. Attorney's Office (federal judicial district)."""
    rows = []
    for state, info in data["multi"].items():
        for part in info["parts"]:
            district = f"{part} District of {state}"
            rows.append({"name": f"U.S. Attorney's Office for the {district}", "country": "US", "parent": "DOJ",
                         "aka": [district, *_masthead_forms(district)], "acr": [f"{part[0]}D{info['code']}"]})
    for state in (*data["single"], *data.get("territories", ())):
        rows.append({"name": f"U.S. Attorney's Office for the District of {state}", "country": "US", "parent": "DOJ",
                     "aka": [*_masthead_forms(f"District of {state}"), f"{state} U.S. Attorney's Office"]})
        # a state with one district: "the Maryland U.S. Attorney's Office" is that district's
    return rows


def _masthead_forms(district: str) -> list[str]:
    """How an office's own pages head its releases: "U.S. Attorney's Office, District of Puerto Rico"."""
    return [f"U.S. Attorney's Office, {district}", f"U.S. Attorney's Office - {district}"]


# Country names that are also common first names or words: a "Chad Wolf" or "Jordan" is not a country.
AMBIGUOUS_COUNTRIES = {"Chad", "Jordan", "Georgia", "Israel", "Turkey", "Guinea", "Niger", "Mali", "Oman", "Peru",
                       "Cuba", "Togo", "Iran", "Benin", "Gabon", "Kenya", "Malta", "Monaco", "Samoa", "Tonga",
                       "Nauru", "Palau", "Fiji", "Laos"}


ARTICLE_LAST_WORDS = {"Islands", "Isles", "Republic", "Kingdom", "States", "Emirates", "Territories", "Netherlands",
                      "Philippines", "Maldives", "Bahamas", "Comoros", "Seychelles", "Gambia"}


def takes_article(name: str) -> bool:
    """English says "the Turks and Caicos Islands", "the Czech Republic", "the Gambia": a plural or a
    republic, kingdom or union's name takes "the" (general English usage)."""
    words = name.split()
    return bool(words) and not name.startswith("The ") and (
        words[-1] in ARTICLE_LAST_WORDS or words[0] in {"Republic", "Kingdom", "United", "Federated"})


def _one_per_code(countries: list[Any]) -> list[Any]:
    """The package lists some codes twice ("United Kingdom" and "Wales" as GB, "Myanmar" and "Burma" as MM): the
    most populous entry is the country's (the U.K.'s bodies are "British", not "Welsh")."""
    best: dict[str, tuple[int, Any]] = {}
    order = []
    for c in countries:
        info = c.info()
        code = ((info.get("ISO") or {}).get("alpha2") or "").upper()
        people = info.get("population") or 0
        if code not in best:
            order.append(code)
            best[code] = (people, c)
        elif people > best[code][0]:
            best[code] = (people, c)
    return [best[code][1] for code in order]


def _packaged_countries(curated: set[str], taken_words: set[str]) -> list[Country]:
    """Every other country as countryinfo ships it (name, demonym): general knowledge, so a "Prime
    Minister X of Grenada" gets the Government of Grenada. Names that are also first names or common
    words are left to the curated file, where context rules can guard them; a demonym the curated file
    gives another country ("Dominican") stays with it."""
    from countryinfo import all_countries

    out = []
    for country in _one_per_code(all_countries()):
        info = country.info()
        code = ((info.get("ISO") or {}).get("alpha2") or "").upper()
        title = info.get("name") or ""
        if not code or code in curated or not title[:1].isalpha():
            continue
        demonyms = tuple(d.strip() for d in (info.get("demonym") or "").split(",")
                         if d.strip() and d.strip() != title and fold(d.strip()) not in taken_words)  # "Dominican"
        names = (title, title[4:]) if title.startswith("The ") else (title,)
        names += everyday_forms(title)  # "St. Kitts and Nevis", "St Lucia", "Trinidad & Tobago"
        if title.endswith(" Islands") and " and " in title:
            names += (title.removesuffix(" Islands"),)  # "Turks and Caicos Premier X": two groups of islands, named
            # without the word
        government = f"Government of {'the ' if takes_article(title) else ''}{title}"
        out.append(Country(code=code, names=names, demonyms=demonyms, government=government,
                           aliases=(*(f"{d} Government" for d in demonyms), f"Government of {title}",
                                    *(f"Government of {n}" for n in everyday_forms(title))),
                           named_in_text=title not in AMBIGUOUS_COUNTRIES))  # "Kenyan President William Ruto"
    return out


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """Build every lookup table once per process."""
    lex = Lexicon()
    for row in load_data("organizations.yaml"):
        _add_org(lex, row)
    for row in _district_rows(load_data("districts.yaml")):
        _add_org(lex, row, vocab=False)  # state names are not institution words
    for row in load_data("countries.yaml"):
        c = Country(code=row["code"], names=tuple(row["names"]), demonyms=tuple(row["demonyms"]),
                    government=row["government"], aliases=tuple(row.get("aka") or ()))
        lex.countries[c.code] = c
        lex.country_names.update(fold(w) for w in c.names)
        for word in (*c.names, *c.demonyms):
            lex.country_by_word.setdefault(fold(word), c.code)
    for c in _packaged_countries(set(lex.countries), set(lex.country_by_word)):
        lex.countries[c.code] = c
        lex.country_names.update(fold(w) for w in c.text_names)
        for word in (*c.text_names, *c.demonyms):
            lex.country_by_word.setdefault(fold(word), c.code)
    titles = load_data("titles.yaml")
    lex.heads = {fold(k): v for k, v in (titles["heads"] | titles["heads_es"]).items()}
    lex.heads_es = frozenset(fold(k) for k in titles["heads_es"])
    lex.modifiers = {fold(m) for m in titles["modifiers"]}
    lex.domains = {fold(k): v for k, v in titles["domains"].items()}
    for key in ("justice", "military", "legislature", "police"):
        lex.offices[key] = titles[f"{key}_office"]
    for dom in titles["domains"]:
        lex.vocab.update(fold(dom).split())
    for row in load_data("people.yaml"):
        lex.people.append(Person(name=row["name"], aliases=tuple(row.get("aka") or ()), title=row["title"],
                                 country=row["country"], agency=row.get("agency", ""),
                                 years=tuple(row["years"])))
    lex.vocab -= {"of", "the", "and", "for", "in", "to"}
    lex.vocab |= set(load_data("vocabulary.yaml"))
    return lex
