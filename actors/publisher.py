"""Who published a release: the body a DHS press release is by, read from what the page says of itself.

A saved page names its publisher in the masthead ("Official website of the Department of Homeland
Security", "U.S. Department of State - Great Seal"), in its metadata (``site_name``), in the link line of
a saved feed item, or in a press-office line ("Office of the Spokesperson"). Cleaning drops those lines
from the text, so the publisher is read from the head of the text as loaded.
"""
from __future__ import annotations

import re
from functools import lru_cache

from actors.lexicon import Lexicon, OrgEntry, load_data
from actors.normalize import fold

_HEAD_LINES = 15
_STRIP = re.compile(r"^(?:an?\s+)?(?:official\s+(?:web\s*site|website)\s+of\s+(?:the\s+)?)|"
                    r"\s*(?:[-–|]\s*great\s+seal|press\s+office|newsroom|media\s+room|public\s+affairs)\s*$", re.I)
_TRAIL = re.compile(r"\s+(?:::|[|›»>/])\s+")
_MASTHEAD = re.compile(r"([A-Z]{2,6})\s+[-–—|]\s+(.{5,80})")
_URL = re.compile(r"https?://([\w.-]+)", re.I)
_PAGE_TITLE_PARTS = re.compile(r"\s+[-–—|›»:]+\s+|:\s+")  # the parts of a page's <title>
# a U.S. Attorney's Office's masthead on two lines (or one, the parts split by a bar): the office, then its district
_ATTORNEYS_OFFICE = re.compile(r"^(?:U\.S\.|United States) Attorney['’]s Office$", re.I)
_MASTHEAD_PARTS = re.compile(r"\s+[|–—-]\s+")
_DISTRICT_LINE = re.compile(r"^(?:(?:Northern|Southern|Eastern|Western|Middle|Central) )?District of (?:the )?"
                            r"[A-Z][\w .]+$")  # "District of the Virgin Islands"
# Press-office lines that name their department by custom.
_OFFICES = {"office of the spokesperson": "U.S. Department of State", "dhs press office": "DHS",
            "white house press office": "White House"}


@lru_cache(maxsize=1)
def _sites() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(load_data("sites.yaml").items(), key=lambda kv: -len(kv[0])))


EMBASSY_SITE = "usembassy.gov"  # "tt.usembassy.gov": the U.S. Embassy in the country of that code


def _embassy(host: str, lex: Lexicon) -> OrgEntry | None:
    """The embassy whose site this is, when the lexicon knows it; else no publisher: the page is the embassy's,
    not the Department of State's, which the text may never name."""
    country = lex.countries.get(host.split(".")[0].upper()) if host.count(".") == 2 else None
    return next((e for n in (country.names if country else ()) if (e := lex.org(f"U.S. Embassy in {n}"))), None)


_WIRES = {"AP": "Associated Press", "AFP": "Agence France-Presse", "Reuters": "Reuters", "EFE": "Agencia EFE"}
_WIRE_DATELINE = re.compile(r"^[A-ZÁÉÍÓÚÑÜ]{2}[^()\n]{0,60}\((AP|AFP|Reuters|EFE)\)\s*[—–-]")  # a dateline, the wire


def publisher_of(head_text: str, metadata: dict[str, str], lex: Lexicon) -> OrgEntry | None:
    """The lexicon body that published the document, or None when nothing says."""
    candidates = [metadata.get(k, "") for k in ("publisher", "site_name", "url", "link", "author")]
    lines = [ln.strip(" \t*#|") for ln in head_text.splitlines() if ln.strip()][:_HEAD_LINES]
    for part in _PAGE_TITLE_PARTS.split(metadata.get("page_title", "")):  # "OAS - Organization of American States:
        entry = lex.org(part.strip(" .")) if 2 <= len(part) <= 80 else None  # Press Release - …": an international
        if entry is not None and entry.kind == "organization" and not entry.country:  # body's page (a U.S. agency's
            return entry  # title names it beside other pages' headlines too: read from the masthead only)
    pairs = list(zip(lines, lines[1:]))  # "United States Attorney's Office" / "District of Maryland"
    pairs += [tuple(parts) for line in lines if len(parts := _MASTHEAD_PARTS.split(line)) == 2]  # on one line:
    # "United States Attorney's Office | Western District of Texas"
    for first, second in pairs:
        if _ATTORNEYS_OFFICE.match(first) and _DISTRICT_LINE.match(second):
            entry = lex.org(f"U.S. Attorney's Office for the {second.strip(' .')}")
            if entry is not None:
                return entry
    for line in lines:
        if (m := _WIRE_DATELINE.search(line)) and (entry := lex.org(_WIRES[m.group(1)])) is not None:
            return entry  # "DAJABÓN, Dominican Republic (AP) — …": the wire service's story
    for line in lines:
        if (entry := _chamber_masthead(line, lex)) is not None:
            return entry
    for value in (*candidates, *lines):
        for host in _URL.findall(value):  # a page's address, however long its path
            if host.lower().endswith("." + EMBASSY_SITE):
                return _embassy(host.lower(), lex)
            for domain, ref in _sites():
                if host.lower() == domain or host.lower().endswith("." + domain):
                    return lex.org(ref)
        if not value or len(value) > 120:
            continue
        low = value.lower().strip(" .:")
        if low in _OFFICES:
            return lex.org(_OFFICES[low])
        entry = lex.org(_STRIP.sub("", value).strip(" .:"))
        if entry is not None and entry.country == "US" and entry.kind == "agency":
            return entry
        if entry is None and (m := _MASTHEAD.fullmatch(value)):  # "JIS — Jamaica Information Service": a
            entry = lex.org(m.group(2))  # government's own news service, its acronym first
            if entry is not None and entry.kind == "agency" and m.group(1) in entry.acronyms:
                return entry
        # "OAS :: IACHR :: Press Releases": a site's trail names its body, the narrowest last; an international
        # body publishes too (a U.S. agency only from a whole line: "DHS | Homeland Security" is a nav bar)
        parts = [part.strip(" .:") for part in _TRAIL.split(value)] if _TRAIL.search(value) else []
        for part in reversed(parts):
            entry = lex.org(part)
            if entry is not None and entry.kind == "organization" and not entry.country:
                return entry
    return None


_CHAMBERS = {"agency:us-house-of-representatives": "House", "agency:us-senate": "Senate"}


def _chamber_masthead(line: str, lex: Lexicon) -> OrgEntry | None:
    """ "Committee on Homeland Security | U.S. House of Representatives": a congressional committee's page, by the
    committee, as the chamber's lexicon names it."""
    parts = [part.strip(" .:") for part in _MASTHEAD_PARTS.split(line)]
    chamber = next((e for part in parts if (e := lex.org(part)) is not None and e.id in _CHAMBERS), None)
    if chamber is None or len(parts) < 2:
        return None
    for part in parts:
        if part.startswith(("Committee on ", "Subcommittee on ")):
            committee = lex.org(f"{_CHAMBERS[chamber.id]} {part}") or lex.org(part)
            if committee is not None:
                return committee
    return None


# a government's own office naming itself: "Presidency of the Dominican Republic", "Government of Belize",
# "Ministry of Foreign Affairs of Guatemala", "Office of the Prime Minister of Jamaica"; "MINISTRY OF GOVERNMENT -
# REPUBLIC OF GUATEMALA": the state's name beside a ministry's on its masthead
_GOVERNMENT_OFFICE = re.compile(r"(?:the\s+)?(?:presidency|government|republic|office\s+of\s+the\s+(?:president|prime\s+minister)|"
                                r"(?:ministry|secretariat)\s+of\s+[A-Z][\w ,&]{2,60}?)\s+of\s+(?:the\s+)?(.{4,40})|"
                                # in Spanish: "Presidencia de la República Dominicana", "Gobierno de México"
                                r"(?:la\s+)?(?:presidencia|gobierno)\s+de\s+(?:la\s+)?(?:rep[uú]blica\s+de\s+)?(.{4,40})", re.I)


def issuing_country(head_text: str, metadata: dict[str, str], lex: Lexicon) -> str:
    """The country whose government issued the document, when its masthead, author or page title says so in a
    government office's own words; "" when nothing does, or when that is the United States."""
    values = [metadata.get(k, "") for k in ("author", "publisher", "site_name")]
    values += [part for part in _PAGE_TITLE_PARTS.split(metadata.get("page_title", ""))[1:]]  # after the headline
    values += [ln.strip(" \t*#|") for ln in head_text.splitlines() if ln.strip()][:3]
    for value in values:
        parts = [part.strip(" .:") for part in re.split(r"\s+[-–—|]\s+", value)]
        for part in parts:
            m = _GOVERNMENT_OFFICE.fullmatch(part)
            word = (m.group(1) or m.group(2)) if m else ""
            code = lex.country_by_word.get(fold(word)) if m else None
            if code and code != "US" and fold(word) in {fold(n) for n in lex.countries[code].names}:
                return code
        if any(_OFFICE_START.match(part) for part in parts[:-1]):  # "Ministerio de Ambiente … – MARN Guatemala": the
            # office's name, then its acronym and country
            m = _ACRONYM_COUNTRY.fullmatch(parts[-1])
            code = lex.country_by_word.get(fold(m.group(1))) if m else None
            if code and code != "US" and fold(m.group(1)) in {fold(n) for n in lex.countries[code].names}:
                return code
    return ""


_OFFICE_START = re.compile(r"(?:ministry|ministerio|secretariat|secretar[ií]a|presidency|presidencia|gobierno)\s+"
                           r"(?:of|de)\s", re.I)
_ACRONYM_COUNTRY = re.compile(r"(?:[A-Z][A-Za-z]{1,7}\s+)?([A-Z][\w ]{3,30})")
