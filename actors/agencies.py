"""Agencies, organisations and criminal groups: lexicon hits, acronyms (known or defined in the text,
"... (HNP)"), and institution patterns ("Ministry of ...", "... Task Force", "the Public Ministry")."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from actors.drafts import Draft
from actors.lexicon import Lexicon, OrgEntry
from actors.matchers import Scan
from actors.names import NOT_NAME
from actors.normalize import actor_id, fold

HEAD_BEFORE = {"ministry", "department", "bureau", "office", "secretariat", "agency", "commission", "council",
               "directorate", "institute", "embassy", "court", "tribunal", "unit", "division", "command"}
HEAD_AFTER = {"ministry", "department", "bureau", "office", "secretariat", "agency", "commission", "council",
              "directorate", "institute", "service", "court", "tribunal", "unit", "command",
              "police", "force", "forces", "army", "navy", "congress", "assembly", "embassy", "cartel",
              "gang", "guard", "prosecutor's", "directorate", "corps", "ministry"}
CRIMINAL_HEADS = {"cartel", "gang"}
SHORT_ACRONYM = 2  # acronyms this short need support in the document


def dominant_country(scan: Scan) -> str:
    """The non-U.S. country the document is mostly about ("" when none)."""
    counts = Counter(h.ref for h in (*scan.countries, *scan.governments) if h.ref != "US")
    return counts.most_common(1)[0][0] if counts else ""


def find_agencies(tokens: Doc, scan: Scan, lex: Lexicon, blocked: set[int], home: str) -> dict[str, Draft]:
    """Agency drafts keyed by actor id; ``blocked`` tokens (titles, names) are never agencies."""
    drafts: dict[str, Draft] = {}
    country_end = {h.end: h.ref for h in scan.countries}
    taken: set[int] = set()
    by_id = {o.id: o for o in lex.orgs}
    for hit in scan.orgs:
        entry = by_id[hit.ref]
        foreign = country_end.get(hit.start) or (home if entry.shared else "")
        if entry.country == "US" and foreign and foreign != "US" and not tokens[hit.start].text.startswith("U"):
            continue  # "Honduran Congress" is not the U.S. Congress; a bare "Supreme Court" is the home one
        _add(drafts, entry, lex).spans.append((hit.start, hit.end, "name"))
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
        _add(drafts, entry, lex).spans.append((hit.start, hit.end, "acronym"))
        taken.update(range(hit.start, hit.end))
    for start, end, kind in _patterns(tokens, taken | blocked, lex):
        draft = _pattern_draft(tokens, start, end, kind, lex, country_end, home, drafts)
        if draft is not None:
            draft.spans.append((start, end, "name"))
            taken.update(range(start, end))
    _acronym_definitions(tokens, drafts, taken | blocked)
    return drafts


def _add(drafts: dict[str, Draft], entry: OrgEntry, lex: Lexicon) -> Draft:
    if entry.id not in drafts:
        parent = lex.org(entry.parent) if entry.parent else None
        pid = parent.id if parent else (f"government:{entry.country.lower()}" if entry.country else "")
        drafts[entry.id] = Draft(entry.id, entry.kind, entry.name, entry.country, pid,
                                 {entry.name, *entry.aliases, *entry.acronyms})
    return drafts[entry.id]


def _is_word(tok, lex: Lexicon) -> bool:
    return tok.text[:1].isupper() and fold(tok.text) in lex.vocab or tok.text[:1].isdigit() and tok.text.endswith("th")


def _is_name_word(tokens: Doc, j: int, lex: Lexicon) -> bool:
    """A word inside "… Unit"-style names: any capitalised word, or a hyphen joining two of them."""
    tok = tokens[j]
    if tok.text == "-" and 0 < j < len(tokens) - 1:
        return tokens[j - 1].text[:1].isupper() and tokens[j + 1].text[:1].isupper()
    return (tok.text[:1].isupper() and fold(tok.text) not in NOT_NAME and tok.is_alpha) or _is_word(tok, lex)


def _patterns(tokens: Doc, taken: set[int], lex: Lexicon):
    """Token spans shaped like institutions, left to right, not overlapping each other or ``taken``."""
    i, n = 0, len(tokens)
    texts = [t.text for t in tokens]
    while i < n:
        if not texts[i][:1].isupper() or i in taken:
            i += 1
            continue
        tok = tokens[i]
        low = tok.lower_
        # "Ministry of Foreign Affairs", "Office of the Attorney General"
        if low in HEAD_BEFORE and i + 2 < n and tokens[i + 1].lower_ in {"of", "for", "on", "against"}:
            j = i + 2 + (tokens[i + 2].lower_ == "the")
            k = j
            while k < n and k not in taken and (_is_word(tokens[k], lex) or tokens[k].lower_ in {"and", "of"}
                                                and k + 1 < n and _is_word(tokens[k + 1], lex)):
                k += 1
            if k > j:
                yield i, k, "agency"
                i = k
                continue
        # "Transnational Anti-Gang Unit", "Honduran National Police", "Sinaloa Cartel"
        j = i
        while j < n and j not in taken and (_is_name_word(tokens, j, lex) or tokens[j].lower_ in {"and", "of"}
                                            and j > i and j + 1 < n and _is_word(tokens[j + 1], lex)):
            if tokens[j].lower_ in HEAD_AFTER and j > i:
                k = j + 1
                while k < n and k not in taken and tokens[k].lower_ in HEAD_AFTER and tokens[k].text[:1].isupper():
                    k += 1
                if k + 1 < n and tokens[k].lower_ in {"of", "for", "against"} and _is_name_word(tokens, k + 1, lex):
                    k += 1  # "National Institute of Forensic Sciences"
                    while k < n and k not in taken and (_is_name_word(tokens, k, lex) or tokens[k].lower_ == "and"
                                                        and k + 1 < n and _is_name_word(tokens, k + 1, lex)):
                        k += 1
                if k < n and tokens[k].text[:1].isupper() and tokens[k].is_alpha:
                    j = k  # part of a longer name ("... Air Force Base"): not an institution
                    break
                span_words = {t.lower_ for t in tokens[i:k]}
                criminal = tokens[k - 1].lower_ in CRIMINAL_HEADS and "anti" not in span_words
                yield i, k, "criminal" if criminal else "agency"
                j = k
                break
            j += 1
        i = max(j, i + 1)


def _pattern_draft(tokens: Doc, start: int, end: int, kind: str, lex: Lexicon, country_end: dict[int, str],
                   home: str, drafts: dict[str, Draft]) -> Draft | None:
    text = " ".join(tokens[start:end].text.split())
    words = fold(text).split()
    if all(w in NOT_NAME for w in words) or len(words) < 2:
        return None
    country = country_end.get(start, "")
    demonym = tokens[start - 1].text if country else ""
    if not country and fold(tokens[start].text) in lex.country_by_word and end - start > 1:
        country, demonym = lex.country_by_word[fold(tokens[start].text)], tokens[start].text
        text = " ".join(tokens[start + 1:end].text.split())
    if not country and kind == "agency":
        if words[0] in {"department", "bureau"} or "congress" in words:
            country = "US"
        else:
            country = home
    entry = lex.org(f"{demonym} {text}") if demonym else None
    if entry is None and country:
        dem = lex.countries[country].demonyms[0] if country in lex.countries else ""
        entry = lex.org(f"{dem} {text}") or lex.org(f"{text} of {lex.countries[country].names[0]}")
    entry = entry or lex.org(text)
    if entry is not None:
        return _add(drafts, entry, lex)
    dem = lex.countries[country].demonyms[-1 if country == "US" else 0] if country in lex.countries else ""
    if country == "US":
        dem = "U.S."
    name = f"{dem} {text}".strip() if kind == "agency" and not text.startswith(dem or "\0") else text
    aid = actor_id(kind, name)
    if aid not in drafts:
        gov = f"government:{country.lower()}" if country and kind == "agency" else ""
        drafts[aid] = Draft(aid, kind, name, country if kind == "agency" else "", gov, {name, text})
    return drafts[aid]


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
