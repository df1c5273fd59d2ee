"""Parse an office title around a matched head word: "Acting Secretary of Homeland Security",
"the Honduran Security Minister", "U.S. Ambassador to Honduras", "CBP Commissioner".

The parse says which country and which agency the office belongs to, which is how officials get their
affiliation without a statistical model.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from actors.lexicon import Lexicon
from actors.matchers import Hit, Scan
from actors.normalize import fold

CONNECTORS = {"of", "for", "and", "the", "on", "against", ","}
POSSESSIVE = {"'s", "’s", "'", "’"}
# heads that only name an office when capitalised or directly before a name
LOWERCASE_OK = {"spokesperson", "spokesman", "spokeswoman", "ambassador"}


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


def _is_cap(tok) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit()


def parse_titles(tokens: Doc, scan: Scan, lex: Lexicon) -> list[Title]:
    """Every title in the document, each extended over its modifiers and complement."""
    org_end = {h.end: h for h in scan.orgs}
    acr_end = {h.end: h for h in scan.acronyms}
    country_at = {h.start: h for h in scan.countries}
    country_end = {h.end: h for h in scan.countries}
    titles: list[Title] = []
    last_end = 0
    for hit in scan.titles:
        if hit.start < last_end:
            continue
        head_tok = tokens[hit.start]
        head = fold(tokens[hit.start:hit.end].text)
        if not _is_cap(head_tok) and head not in LOWERCASE_OK:
            continue
        t = Title(hit.start, hit.end, head, lex.heads.get(head, "agency"), "")
        _extend_left(tokens, t, lex, org_end, acr_end, country_end)
        _extend_right(tokens, t, lex, scan, country_at)
        t.text = " ".join(tokens[t.start:t.end].text.split())
        titles.append(t)
        last_end = t.end
    return titles


def _extend_left(tokens: Doc, t: Title, lex: Lexicon, org_end, acr_end, country_end) -> None:
    i = t.start
    while i > 0 and t.start - i < 8:
        prev = tokens[i - 1]
        low = prev.lower_
        if low in lex.modifiers and (_is_cap(prev) or low in {"former", "then", "acting", "deputy"}):
            i -= 1
            continue
        if i - 2 >= 0 and fold(tokens[i - 2:i].text) in lex.modifiers:
            i -= 2
            continue
        hit = org_end.get(i) or acr_end.get(i)
        if hit is not None and not t.agency:
            t.agency = hit.ref if hit.label == "acr" else _org_name(lex, hit.ref)
            i = hit.start
            continue
        dom = _domain_ending_at(tokens, i, lex)
        if dom and not t.agency and not t.ministry:
            t.ministry, t.agency, i = lex.domains[dom[0]]["ministry"], lex.domains[dom[0]]["us"], dom[1]
            continue
        if low in POSSESSIVE and i - 1 in country_end:
            c = country_end[i - 1]
            t.country, t.country_token, i = c.ref, c.start, c.start
            continue
        c = country_end.get(i)
        if c is not None and not t.country:
            t.country, t.country_token, i = c.ref, c.start, c.start
            continue
        break
    if i > 0 and tokens[i - 1].lower_ in {"former", "then"}:
        i -= 1
    t.start = i


def _domain_ending_at(tokens: Doc, i: int, lex: Lexicon) -> tuple[str, int] | None:
    for n in (4, 3, 2, 1):
        if i - n < 0:
            continue
        span = tokens[i - n:i]
        if not _is_cap(span[0]) or any(t.is_punct or t.is_sent_start for t in span[1:]) or span[-1].is_punct:
            continue
        key = fold(span.text)
        if key in lex.domains:
            return key, i - n
    return None


def _extend_right(tokens: Doc, t: Title, lex: Lexicon, scan: Scan, country_at) -> None:
    org_at = {h.start: h for h in scan.orgs}
    acr_at = {h.start: h for h in scan.acronyms}
    for _ in range(2):
        i = t.end
        if i + 1 >= len(tokens) or tokens[i].lower_ not in {"of", "for", "to", "at", "in"}:
            return
        prep = tokens[i].lower_
        j = i + 1
        if tokens[j].lower_ == "the" and j + 1 < len(tokens):
            j += 1
        if j in country_at:
            c = country_at[j]
            if prep == "to":
                t.host = c.ref
            elif not t.country:
                t.country, t.country_token = c.ref, c.start
            t.end = c.end
            continue
        hit = org_at.get(j) or acr_at.get(j)
        if hit is not None:
            t.agency = hit.ref if hit.label == "acr" else _org_name(lex, hit.ref)
            t.end = hit.end
            continue
        dom = _domain_starting_at(tokens, j, lex)
        if dom:
            t.ministry, t.agency, t.end = lex.domains[dom[0]]["ministry"], lex.domains[dom[0]]["us"], dom[1]
            continue
        k = j
        while k < len(tokens) and k - j < 8 and _is_cap(tokens[k]) and fold(tokens[k].text) in lex.vocab \
                and fold(tokens[k].text) not in lex.heads:
            k += 1
        if k > j:
            t.ministry = tokens[j:k].text
            t.end = k
            continue
        return


def _domain_starting_at(tokens: Doc, j: int, lex: Lexicon) -> tuple[str, int] | None:
    for n in (7, 6, 5, 4, 3, 2, 1):
        if j + n > len(tokens):
            continue
        span = tokens[j:j + n]
        if not _is_cap(span[0]) or not _is_cap(span[-1]):
            continue
        key = fold(span.text)
        if key in lex.domains:
            return key, j + n
    return None


def _org_name(lex: Lexicon, org_id: str) -> str:
    return next((o.name for o in lex.orgs if o.id == org_id), "")


MINISTER_HEADS = {"minister", "vice minister", "vice-minister", "deputy minister", "chancellor",
                  "foreign minister", "prime minister", "president", "vice president", "vice-president",
                  "president-elect", "first lady"}


def office_agency(t: Title, lex: Lexicon, home: str = "") -> tuple[str, str]:
    """(country, agency ref or "ministry:<portfolio>") the office belongs to; either may be "".

    ``home`` is the document's main foreign country: a minister or president with no country written
    belongs to it; other offices with no country are U.S. ones (the corpus is U.S. government releases).
    """
    country = t.country
    explicit = lex.org(t.agency) if t.agency and not t.ministry else None
    if t.office == "organization":  # "Secretary General" of an international body
        return (explicit.country if explicit else ""), (explicit.name if explicit else "")
    if not country and explicit is not None and explicit.country:
        country = explicit.country
    if not country and not t.host and (t.head in MINISTER_HEADS or t.office == "foreign"):
        country = home
    if not country:
        country = "US" if t.office not in {"government", "organization", "court"} else home
    if country == "US":
        if explicit is not None:
            return "US", explicit.name
        if t.agency:  # a domain ("of Homeland Security") names the U.S. department
            entry = lex.org(t.agency)
            return "US", entry.name if entry else ""
        default = {"state": "U.S. Department of State", "state-secretary": "U.S. Department of State",
                   "white-house": "White House", "justice": "DOJ", "military": "DoD",
                   "legislature": "U.S. Congress"}.get(t.office, "")
        return "US", default
    if explicit is not None and explicit.country in {country, ""}:
        return country, explicit.name
    if t.ministry and t.office in {"agency", "foreign"}:
        return country, f"ministry:{t.ministry}"
    if t.office == "foreign":
        return country, "ministry:Foreign Affairs"
    if t.office in lex.offices:
        return country, lex.offices[t.office].get(country, "")
    return country, ""
