"""Agencies, organisations and criminal groups: lexicon hits, acronyms (known or defined in the text,
"... (HNP)"), and institution patterns ("Ministry of ...", "... Task Force", "the Public Ministry")."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from actors.drafts import Draft, add_entry
from actors.institutions import institution_spans, institution_tail, pattern_draft
from actors.lexicon import Lexicon
from actors.matchers import Scan

SHORT_ACRONYM = 2  # acronyms this short need support in the document


def dominant_country(scan: Scan) -> str:
    """The non-U.S. country the document is mostly about ("" when none)."""
    counts = Counter(h.ref for h in (*scan.countries, *scan.governments) if h.ref != "US")
    return counts.most_common(1)[0][0] if counts else ""


def find_agencies(tokens: Doc, scan: Scan, lex: Lexicon, blocked: set[int], home: str,
                  portfolios: set[tuple[int, int]] = frozenset()) -> dict[str, Draft]:
    """Agency drafts keyed by actor id; ``blocked`` tokens (titles, names) are never agencies, and an org
    written only as a title's portfolio ("Assistant Secretary of State for Western Hemisphere Affairs")
    is not a mention of that org."""
    drafts: dict[str, Draft] = {}
    country_end = {h.end: h.ref for h in scan.countries}
    country_end |= {h.end + 1: h.ref for h in scan.countries  # "Mexico's Secretariat of …"
                    if h.end < len(tokens) and tokens[h.end].text in {"'s", "’s"}}
    taken: set[int] = set()
    by_id = lex.org_by_id
    for hit in scan.orgs:
        if (hit.start, hit.end) in portfolios:
            continue
        if hit.label == "org" and institution_tail(tokens, hit.end) > hit.end + 1:
            continue  # "Border Patrol Tactical Unit": a longer name the patterns below will read
        entry = by_id[hit.ref]
        foreign = country_end.get(hit.start) or (home if entry.shared else "")
        if entry.country == "US" and foreign and foreign != "US" and not tokens[hit.start].text.startswith("U"):
            continue  # "Honduran Congress" is not the U.S. Congress; a bare "Supreme Court" is the home one
        add_entry(drafts, entry, lex).spans.append((hit.start, hit.end, "name" if hit.label == "org" else "acronym"))
        taken.update(range(hit.start, hit.end))
    named = {d.id for d in drafts.values()}
    for hit in scan.acronyms:
        entries = lex.org_by_acronym[hit.ref]
        supported = [e for e in entries if e.id in named]
        if supported:
            entry = supported[0]
        elif len(entries) == 1 and len(hit.ref) > SHORT_ACRONYM and hit.ref not in {"WHO", "DOC", "TI"}:
            entry = entries[0]
        else:
            continue
        add_entry(drafts, entry, lex).spans.append((hit.start, hit.end, "acronym"))
        taken.update(range(hit.start, hit.end))
    spans = list(institution_spans(tokens, taken | blocked, lex))
    # owned spans first ("the Justice Department's National Security Division"): they know their country
    spans.sort(key=lambda s: (not (s[0] > 0 and tokens[s[0] - 1].text in {"'s", "’s"}), s[0]))
    for start, end, kind in spans:
        draft = pattern_draft(tokens, start, end, kind, lex, country_end, home, drafts, scan)
        if draft is not None:
            draft.spans.append((start, end, "name"))
            taken.update(range(start, end))
    _acronym_definitions(tokens, drafts, taken | blocked)
    return drafts





def _acronym_definitions(tokens: Doc, drafts: dict[str, Draft], taken: set[int]) -> None:
    """ "Honduran National Police (HNP)": HNP becomes an alias, and later "HNP" a mention."""
    ends = {e: d for d in drafts.values() for s, e, k in d.spans if k == "name"}
    local: dict[str, Draft] = {}
    for i in ends:
        if i + 2 < len(tokens) and tokens[i].text == "(" and tokens[i + 2].text == ")":
            acr = tokens[i + 1].text
            if acr.isupper() and 2 <= len(acr) <= 8 and acr.isalpha():
                local[acr] = ends[i]
                ends[i].aliases.add(acr)
    if not local:
        return
    have = {(s, e) for d in drafts.values() for s, e, _ in d.spans}
    for i, text in enumerate(t.text for t in tokens):
        d = local.get(text)
        if d is not None and (i, i + 1) not in have and i not in taken:
            d.spans.append((i, i + 1, "acronym"))
