"""Which country and agency an office belongs to, from its parsed title and the document's context:
"Secretary of Homeland Security" -> DHS; "Minister of Foreign Affairs" after "The Colombian delegation was
led by" -> Colombia's Ministry of Foreign Affairs; "Secretary General" -> the body named in the sentence."""
from __future__ import annotations

import re

from actors.context import Context
from actors.courts import DISTRICT
from actors.lexicon import Lexicon, mexican_states
from actors.normalize import fold
from actors.titles import STATE_HEADS, Title

MINISTER_HEADS = {"minister", "vice minister", "vice-minister", "deputy minister", "chancellor",
                  "foreign minister", "prime minister", "president", "vice president", "vice-president",
                  "president-elect", "first lady",
                  # Spanish: "la Canciller", "el Ministro de Seguridad", "el Secretario de Seguridad" (Honduras)
                  "ministro", "ministra", "viceministro", "viceministra", "canciller", "vicecanciller", "presidente",
                  "presidenta", "vicepresidente", "vicepresidenta", "presidente electo", "presidenta electa",
                  "primer ministro", "primera ministra", "primera dama", "designado presidencial",
                  "designada presidencial", "secretario", "secretaria", "subsecretario", "subsecretaria",
                  # offices no U.S. government has: the country the sentence or document is about
                  "premier", "leader of the opposition", "opposition leader"}
# local offices only U.S. towns and counties have ("Monroe County Sheriff", "City Manager"): never the
# government of the foreign country a release is about
US_LOCAL_HEADS = {"sheriff", "city manager", "county manager", "city administrator", "county judge"}
# Commonwealth air ranks: no U.S. service uses them ("Air Vice Marshal Darryl Daniel" commands Trinidad and Tobago's)
COMMONWEALTH_RANKS = {"air chief marshal", "air marshal", "air vice marshal", "air commodore", "group captain",
                      "wing commander", "squadron leader", "flight lieutenant"}


# the chamber a member of the U.S. Congress sits in, by the title's head
US_CHAMBERS = {"senator": "U.S. Senate", "sen": "U.S. Senate", "representative": "U.S. House of Representatives",
               "rep": "U.S. House of Representatives", "congressman": "U.S. House of Representatives",
               "congresswoman": "U.S. House of Representatives",
               # in U.S. usage a Member of Congress is a Representative; senators are called Senator
               "member of congress": "U.S. House of Representatives",
               "resident commissioner": "U.S. House of Representatives",
               "delegate to congress": "U.S. House of Representatives"}


US_ATTORNEYS = {"u s attorney", "united states attorney", "ausa"}
FIXED_BODIES = {"holy-see": "Holy See"}  # office classes of titles.yaml that name their one body
BORDER_PATROL_HEADS = {"chief patrol agent", "patrol agent in charge"}  # the Border Patrol's own ranks of command
CHAIR_HEADS = {"chairman", "chairwoman", "chair", "chairperson", "co chair", "co chairman", "co chairwoman",
               "ranking member"}


def _a_post(entry, lex: Lexicon) -> bool:
    """Is the body a U.S. embassy, consulate or mission (a post of the State Department)?"""
    parent = lex.org(entry.parent) if entry.parent else None
    return parent is not None and parent.name == "U.S. Department of State" and any(
        w in entry.name.lower() for w in ("embassy", "consulate", "mission"))


def _owner_forms(entry) -> tuple[str, ...]:
    """How a title that opens with its agency begins ("USAID's", "State Department's")."""
    return tuple(f"{n}{s}" for n in (entry.name, *entry.aliases, *entry.acronyms) for s in ("'s", "’s", " "))


# a representative "to" an international body is a country's envoy to it, not a member of a legislature
_TO_INTERNATIONAL = re.compile(r"\bto the (?:United Nations|UN|U\.N\.|Organization of American States|OAS)\b")


CROWN_REPRESENTATIVES = {"governor general", "governor-general"}


def office_agency(t: Title, lex: Lexicon, home: str = "", ctx: Context | None = None) -> tuple[str, str]:
    """(country, agency ref or "ministry:<portfolio>") the office belongs to; either may be "".

    A minister or president with no country written belongs to the country named last before the title in
    its sentence, else the document's main foreign country (``home``); an attorney general too, unless the
    sentence or document names U.S. justice bodies; other offices with no country are U.S. ones (the corpus
    is U.S. government releases). A "Secretary General" with no body written serves the international
    body named in the sentence.
    """
    country = t.country
    if t.head in US_ATTORNEYS:
        country = "US"  # "U.S. Attorney for the District of Puerto Rico" serves the United States there
    if t.head == "representative" and country in {"", "US"} and _TO_INTERNATIONAL.search(t.text):
        return "US", "U.S. Department of State"  # "the U.S. Representative to the United Nations": an envoy
    local = ctx.country(t.start) if ctx is not None else home
    if local == "GB" and t.head in CROWN_REPRESENTATIVES:
        local = (ctx.home if ctx is not None else home) or ""  # "independent from the United Kingdom …; King
        # Charles III is head of state, represented by Governor-General X": the Crown's representative serves the realm
    explicit = _acronym_in_context(t.agency, lex, ctx) if t.agency and not t.ministry else None
    if t.office == "legislature" and explicit is not None and explicit.kind == "organization" and explicit.country:
        country, explicit = country or explicit.country, None  # "Deputy of the LIBRE party" sits in its congress
    if t.office in FIXED_BODIES:
        return "", FIXED_BODIES[t.office]  # "Apostolic Nuncio X" in Managua serves the Holy See
    if t.office == "organization":  # "Secretary General" of an international body
        if explicit is None and ctx is not None:
            explicit = lex.org(ctx.body(t.start))
        return (explicit.country if explicit else ""), (explicit.name if explicit else "")
    if explicit is not None and explicit.country and (not country or explicit.country == "US"
                                                      and t.text.startswith(_owner_forms(explicit))):
        country = explicit.country  # "USAID's Mission Director in Haiti" is USAID's, posted in Haiti
    if explicit is not None and not explicit.country and not country:
        return "", explicit.name  # "UNHCR's Representative in Mexico": an international body's officer
    if not country and t.head in US_LOCAL_HEADS:
        country = "US"
    around = ctx.country_around(t.start) if ctx is not None and not country and t.abroad and local in ("", "US") \
        else ""  # a U.S. release: "… the Mexican Army … Secretary of National Defense X" is the paragraph's country's
    if not country and not t.host and (t.head in MINISTER_HEADS or t.office == "foreign"
                                       or t.abroad and (around or local and local != "US")):
        country = around or local  # "Secretary of Security X" in a release on Honduras: no U.S. office has that name
    if not country and not t.host and t.office == "justice" and ctx is not None and local and \
            not ctx.us_justice and not ctx.sentence_names_us(t.start):
        country = local
    if not country and explicit is None and t.head in COMMONWEALTH_RANKS and ctx is not None:
        where = local if local and local != "US" else ctx.home
        if where and where != "US":
            return where, lex.offices["military"].get(where, "")
    if not country and not t.host and explicit is None and t.office == "police" and ctx is not None \
            and ctx.home not in {"", "US"} and not ctx.sentence_names_us(t.start):
        # a police rank ("Inspector X") in a document about another country, a U.S. embassy's too: no U.S. body
        # gives its officers those ranks
        return ctx.home, lex.offices["police"].get(ctx.home, "")
    police = explicit is None and ("police" in t.text.lower().split() or t.office == "police")  # "Commissioner of
    # Police X", "Inspector X"
    if not country and not t.host and explicit is None and (police or t.office == "military") and ctx is not None \
            and ctx.home not in {"", "US"} and not ctx.us_published(lex) and not ctx.sentence_names_us(t.start) \
            and (police or not ctx.names_us_body(lex) or ctx.home_published(lex)):
        # a police chief with no country written, in a document about another country and not issued by a U.S.
        # body ("Commissioner of Police X" in a Bahamian statement): that country's police; a rank too, where the
        # document names no U.S. body at all
        return ctx.home, lex.offices["police" if police else "military"].get(ctx.home, "")
    if not country and "parliament" in t.head.split() and local and local != "US":
        country = local  # "Member of Parliament for South East St. Elizabeth": the United States has no parliament
    if not country and ctx is not None and ctx.spanish and local and not t.host and t.office != "state":
        country = local  # a Spanish text is the region's own: its untitled "Director" is not a U.S. one
    if not country:
        country = "US" if t.office not in {"government", "organization", "court"} else local
    if country == "US":
        if t.head in STATE_HEADS and t.place and explicit is None:
            return "US", ""  # "Texas Attorney General X" serves the state (its government), not the Justice Department
        if explicit is not None and t.office in {"state", "state-secretary"} and _a_post(explicit, lex):
            return "US", "U.S. Department of State"  # a chargé "of the U.S. Embassy in …" is a State officer
        if explicit is not None and " senior director for " in f" {t.text.lower()} " \
                and explicit.name.startswith("Bureau of"):
            return "US", "National Security Council"  # "Senior Director for Western Hemisphere Affairs": the NSC's
            # directorate of that name, not the State Department's bureau (which has no senior directors)
        if explicit is not None:
            return "US", explicit.name
        if t.agency:  # a domain ("of Homeland Security") names the U.S. department
            entry = lex.org(t.agency)
            return "US", entry.name if entry else ""
        if explicit is None and ctx is not None and (t.head in CHAIR_HEADS or t.office == "legislature"
                                                     and t.head not in US_CHAMBERS):
            chamber = ctx.us_chamber()  # "Chairman Smith", "Ranking Member Roe" at a hearing of one chamber
            if chamber or t.office == "legislature":
                return "US", chamber or "U.S. Congress"
        if t.office == "military" and ctx is not None and ("coast guard" in t.text.lower() or ctx.coast_guard_first()):
            return "US", "U.S. Coast Guard"  # "Rear Adm. X, commander of the Seventh Coast Guard District"
        district = t.text.split(" for the ", 1)[1] if t.head in US_ATTORNEYS and " for the " in t.text else ""
        office = lex.org(f"U.S. Attorney's Office for the {district}") if district else None
        if office is not None:  # "U.S. Attorney for the District of Puerto Rico" heads that district's office
            return "US", office.name
        if t.head in US_ATTORNEYS and ctx is not None:
            offices = ctx.us_attorney_offices()
            issuer = lex.org_by_id.get(ctx.publisher)
            if issuer is not None and issuer.name in offices:
                return "US", issuer.name  # a U.S. Attorney's Office's own release, naming other offices too
            if len(offices) == 1:  # "Assistant U.S. Attorney X" in a release of one U.S. Attorney's Office
                return "US", offices[0]
        default = {"state": "U.S. Department of State", "state-secretary": "U.S. Department of State",
                   "white-house": "White House", "justice": "DOJ", "military": "DoD",
                   "legislature": US_CHAMBERS.get(t.head, "U.S. Congress")}.get(t.office, "")
        words = f" {t.text.lower()} "
        if (" senior director" in words or (" national security advis" in words or " homeland security advis" in words)
                and " vice president" not in words) \
                and t.office in {"white-house", "agency"}:
            default = "National Security Council"  # the President's Senior Directors and National Security Advisors
            # sit on the NSC staff (in the White House: the body's alias says so)
        elif t.office == "agency" and (t.head == "mission director" or t.head.endswith("administrator")
                                       and ctx is not None and ctx.names_org("USAID")):
            default = "USAID"  # USAID's mission directors; an Administrator where USAID is the agency named
        elif t.head in BORDER_PATROL_HEADS:
            default = "U.S. Border Patrol"  # a sector's chief, whose sector the text does not name as a body
        return "US", default
    if t.head in STATE_HEADS and t.place and explicit is None:
        return country, ""  # "the state's Attorney General": the state's government, not the national prosecutor
    if explicit is not None and explicit.country in {country, ""}:
        return country, explicit.name
    if t.place and explicit is None and fold(t.place) in mexican_states():
        return country, ""  # "Jalisco's Secretary of Environment": the state's government, not the federal ministry
    if t.ministry and t.office in {"agency", "foreign"}:
        return country, f"ministry:{t.ministry}"
    if t.office == "foreign":
        return country, "ministry:Foreign Affairs"
    if t.office in lex.offices:
        return country, lex.offices[t.office].get(country, "")
    return country, ""


def _acronym_in_context(ref: str, lex: Lexicon, ctx: Context | None):
    """The body ``ref`` names; for an acronym of several bodies ("CAF": the Canadian Armed Forces, the development
    bank), the one the document names in full or publishes as, or the only one that is international or of a country
    the document names, else the first listed."""
    hits = lex.org_by_acronym.get(ref, ())
    if len(hits) > 1 and ctx is not None:
        named = next((e for e in hits if e.id in ctx.named_ids or e.id == ctx.publisher), None)
        if named is not None:
            return named
        countries = {ref for refs in ctx.countries.values() for _, ref in refs} | {ctx.home}
        fits = [e for e in hits if not e.country or e.country in countries]
        if len(fits) == 1:  # an international body's, or the one of a country the document names
            return fits[0]
    return lex.org(ref)


# "U.S. Attorney Matthew M. Graves for the District of Columbia", "U.S. Attorney Mac Schneider of the District of
# North Dakota": the district after the name, which the title's own words do not reach
_ATTORNEY_DISTRICT = re.compile(
    r"\bU\.S\. Attorney\s+(?:[A-Z][\w.'’-]*\s+){1,4}(?:for|of) the\s+"
    rf"({DISTRICT})")


# the office's masthead: "U.S. Attorney's Office, District of Puerto Rico", "United States Attorney's Office\nDistrict of …",
# "U.S. Attorney's Office | District of the Virgin Islands"
_OFFICE_DISTRICT = re.compile(
    r"\b(?:U\.S\.|United States) Attorney['’]s Office(?:,\s*|\s*[\n|]\s*|\s+for\s+the\s+)"
    rf"({DISTRICT})")


def us_attorney_offices_named(text: str, lex: Lexicon) -> set[str]:
    """Lexicon ids of the U.S. Attorney's Offices whose district follows a U.S. Attorney's name in the text."""
    if "U.S. Attorney" not in text and "United States Attorney" not in text:
        return set()
    found = set()
    for m in (*_ATTORNEY_DISTRICT.finditer(text), *_OFFICE_DISTRICT.finditer(text)):
        district = " ".join(m.group(1).split())
        for name in (district, " ".join(district.split()[:-1])):  # "District of North Dakota said": one word less
            entry = lex.org(f"U.S. Attorney's Office for the {name}")
            if entry is not None:
                found.add(entry.id)
                break
    return found

