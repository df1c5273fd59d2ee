"""Mutable per-document drafts of actors, turned into frozen model objects at the end of find_actors."""
from __future__ import annotations

from dataclasses import dataclass, field

from actors.lexicon import Lexicon, OrgEntry
from actors.normalize import actor_id

BODY_KINDS = {"agency", "organization", "criminal", "company"}  # the actor kinds that are bodies, not people


@dataclass
class Draft:
    id: str
    kind: str
    name: str
    country: str = ""
    parent: str = ""  # actor id of a parent agency or government
    aliases: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)
    agency: str = ""  # official's office agency (actor id)
    government: str = ""  # official's government (actor id)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # token start, end, mention kind
    title_spans: list[tuple[int, int]] = field(default_factory=list)  # evidence of the office


def add_entry(drafts: dict[str, Draft], entry: OrgEntry, lex: Lexicon) -> Draft:
    """The draft of a lexicon organisation, created on first mention with its parent (or government)."""
    if entry.id not in drafts:
        parent = lex.org(entry.parent) if entry.parent else None
        pid = parent.id if parent else (f"government:{entry.country.lower()}" if entry.country else "")
        drafts[entry.id] = Draft(entry.id, entry.kind, entry.name, entry.country, pid,
                                 {entry.name, *entry.aliases, *entry.acronyms})
    return drafts[entry.id]


# U.S. territories whose executive is made of departments, not ministries (the Commonwealth's own usage)
DEPARTMENT_TERRITORIES = {"PR": "Puerto Rico", "VI": "Virgin Islands", "GU": "Guam"}


def ministry_draft(drafts: dict[str, Draft], lex: Lexicon, country: str, portfolio: str) -> Draft:
    """A country's ministry of a portfolio, named as English texts name it ("Honduran Ministry of Security"):
    the lexicon's entry when it has one. One home for the name, so a minister's office, "the Ministry of …"
    and Spanish "Secretaría de …" meet in one node."""
    dem = lex.countries[country].adjective
    entry = lex.org(f"{dem} Ministry of {portfolio}")
    if entry is not None:
        return add_entry(drafts, entry, lex)
    if country in DEPARTMENT_TERRITORIES:  # "Puerto Rico Department of Housing", as the territory names its own
        place = DEPARTMENT_TERRITORIES[country]
        mname = f"{place} Department of {portfolio}"
        aliases = {mname, f"Department of {portfolio}", f"{dem} Department of {portfolio}"}
    else:
        mname = f"{dem} Ministry of {portfolio}"
        aliases = {mname, f"Ministry of {portfolio}", f"{portfolio} Ministry", f"{dem} {portfolio} Ministry",
                   f"Secretariat of {portfolio}"}
    aid = actor_id("agency", mname)
    if aid not in drafts:
        drafts[aid] = Draft(aid, "agency", mname, country, f"government:{country.lower()}", aliases)
    return drafts[aid]

