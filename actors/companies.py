"""Companies: names closed by a legal form ("Operadora Bahía Banderas Vacation Club, S.A. de C.V.",
"Acme Holdings Ltd.") or introduced as a company by the sentence ("Turkish company Karpowership",
"the Brazilian construction firm Odebrecht", "Karpowership, a Turkish company, …").

Sanctions releases and reports name firms no list can hold; the legal form, or the noun the writer puts
beside the name, says what they are. A company is an organisation in the network.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from actors.drafts import Draft
from actors.groups import later_mentions
from actors.names import NOT_NAME
from actors.normalize import actor_id
from model.first_names import common_first_names, fold_accents
from model.legal_forms import COMPANY_FORMS, WEAK_FORMS
from model.nlp import doc_text, token_lowers, token_texts

FORM_JOINS = {"de", "del"}  # "S.A. de C.V.", "S. de R.L. de C.V."
NAME_JOINS = {"de", "del", "la", "las", "los", "y", "e", "&", "and", "of", "the"}
COMPANY_NOUNS = {"company", "firm", "corporation", "conglomerate", "contractor", "multinational", "shipowner",
                 "bank", "airline", "carrier", "manufacturer", "producer", "exporter", "importer", "miner",
                 "developer", "operator", "utility", "subsidiary", "empresa", "compañía", "naviera",
                 "newspaper", "broadcaster", "magazine", "outlet", "periódico"}  # "the newspaper La Prensa"
NEWS_SITES = {"site", "website", "portal"}  # "the news site Confidencial"
MAX_WORDS = 8
DETERMINERS = {"the", "this", "that", "its", "their", "his", "her"}  # a noun phrase's own: another one begins


def _word(tok) -> bool:
    text = tok.text
    return text[:1].isupper() and (tok.is_alpha or "-" in text or "'" in text or "’" in text
                                   or INITIALISM.fullmatch(text) is not None) \
        or text[:1].isdigit() and tok.is_alpha is False and len(text) <= 4 and not tok.like_num


INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")  # "Beretta U.S.A. Corp."


def _form_at(words: list[str], k: int) -> int:
    """End of the legal form starting at ``k`` ("S.A. de C.V."), or ``k`` when none starts there."""
    n = len(words)
    if k >= n or words[k] not in COMPANY_FORMS and words[k] != "S.":
        return k
    if words[k] == "S." and not (k + 2 < n and words[k + 1].lower() == "de" and words[k + 2] == "R.L."):
        return k
    m = k + 1
    while m + 1 < n and words[m].lower() in FORM_JOINS and words[m + 1] in COMPANY_FORMS:
        m += 2
    return m


def _name_before(tokens: Doc, k: int, taken: set[int]) -> int:
    """Start of the capitalised name that ends right before ``k`` (a comma between allowed), or ``k``."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    j = k
    while j > 0 and k - j < MAX_WORDS and (j - 1) not in taken and not tokens[j].is_sent_start and (
            _and_co(texts, j) or texts[j - 1] not in COMPANY_FORMS and (  # "X S.A. and Pacific Shipping S.A.": two
                _word(tokens[j - 1]) or (lowers[j - 1] in NAME_JOINS or texts[j - 1] in {"'s", "’s"})  # companies
                and j - 2 >= 0 and _word(tokens[j - 2])  # "Colt's Manufacturing Company LLC"
                or _inside_hyphened(tokens, j - 1))):  # "Port-de-Paix Petroleum S.A.": a hyphened town opens the name
        j -= 1
    while j < k and (lowers[j] in NAME_JOINS or _inside_hyphened(tokens, j)):
        j += 1
    if j >= 2 and "&" in texts[j:k] and texts[j - 1] == "," and (j - 2) not in taken and _word(tokens[j - 2]) \
            and (j == 2 or not _word(tokens[j - 3])):
        j -= 2  # "Sturm, Ruger & Co., Inc.": partners' names, a comma between them
    return j


def _and_co(texts: list[str], j: int) -> bool:
    """Do the words before ``j`` end "& Co." ("Sturm, Ruger & Co., Inc."), a form inside the name?"""
    return texts[max(0, j - 2):j] == ["&", "Co."]


HYPHENED_PARTICLES = {"de", "du", "des", "au", "aux", "la", "le", "les", "en", "sur"}  # "Port-au-Prince"


def _inside_hyphened(tokens: Doc, i: int) -> bool:
    """Is the token a hyphen, or a particle between hyphens, inside one written word ("Port-de-Paix")?"""
    texts = token_texts(tokens)
    if i <= 0 or i + 1 >= len(tokens) or tokens[i - 1].whitespace_ or tokens[i].whitespace_:
        return False
    if texts[i] in {"-", "‐"}:
        return True
    return texts[i].lower() in HYPHENED_PARTICLES and texts[i - 1] in {"-", "‐"} and texts[i + 1] in {"-", "‐"}


def _by_form(tokens: Doc, taken: set[int]) -> list[tuple[int, int, int]]:
    """(name start, name end, form end) for every name closed by a legal form."""
    texts = words = token_texts(tokens)  # the per-Doc list: a Token per word was 0.4 % of the analysis
    out = []
    starts = [i for i, w in enumerate(words) if w in COMPANY_FORMS or w == "S."]  # few: most texts have none
    if not starts or not any(form in doc_text(tokens) for form in COMPANY_FORMS):
        return []  # (no start first: 34 substring searches of the text were 0.7 %)
    for i in starts:
        end = _form_at(words, i)
        if end == i or i in taken:
            continue
        k = i - 1 if i > 0 and texts[i - 1] == "," else i
        start = _name_before(tokens, k, taken)
        weak = texts[i] in WEAK_FORMS and k == i
        if texts[i] in STATE_FORMS and (all(w.isupper() for w in texts[start:k] if w.isalpha())
                                        or end < len(texts) and texts[end] in DASHES):
            continue  # "GREENVILLE, S.C. —": a dateline's town and state, not a civil company
        if start < k and not weak and any(t.is_alpha for t in tokens[start:k]) \
                and not all(w in COMPANY_FORMS or w.lower() in FORM_JOINS for w in texts[start:k]):
            out.append((start, k, end))  # (not the form's own first half: "S.A. DE" of "X, S.A. DE C.V.")
    return out


STATE_FORMS = {"S.C."}  # a legal form that is also a U.S. state's abbreviation (South Carolina)
DASHES = {"—", "–", "-", "--"}


def _noun_positions(tokens: Doc) -> list[int]:
    """Token positions of company nouns, looked for in the set of words first: most documents name no company."""
    # one set test in C over the words, not 22 substring searches of the text ("firm" is in every "confirmed",
    # which then stepped through every word; 0.3 % of the analysis, py-spy 2026-12-03)
    lowers = token_lowers(tokens)
    if COMPANY_NOUNS.isdisjoint(lowers) and "news" not in lowers:
        return []
    return [i for i, w in enumerate(lowers) if w in COMPANY_NOUNS or w in NEWS_SITES and i and lowers[i - 1] == "news"]


def _by_noun(tokens: Doc, taken: set[int]) -> list[tuple[int, int, int]]:
    """ "Turkish company Karpowership", "the construction firm Odebrecht" (noun, then the name) and
    "Karpowership, a Turkish company" (the name, then the noun in apposition)."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    out = []
    n = len(tokens)
    for i in _noun_positions(tokens):
        if i in taken:
            continue
        # noun then name: the name must be capitalised words ending before a lower-case word or punctuation
        k = i + 1
        while k < n and k - i <= 4 and k not in taken and _word(tokens[k]) and not tokens[k].is_sent_start:
            k += 1
        if k > i + 1 and (k == n or not texts[k][:1].isupper()) and texts[i + 1][:1].isupper() \
                and not texts[i][:1].isupper():
            out.append((i + 1, k, k))
            continue
        # name, a/an … noun: "Karpowership, a Turkish company,"
        j = i - 1
        while j >= 0 and i - j <= 4 and lowers[j] not in {"a", "an"} and texts[j] != ",":
            j -= 1
        if j >= 2 and lowers[j] in {"a", "an"} and texts[j - 1] == "," \
                and not DETERMINERS.intersection(lowers[j + 1:i]):  # not "Panama, a move the company said"
            end = j - 1
            start = _name_before(tokens, end, taken)
            if start < end and start not in taken and (start == 0 or not texts[start - 1][:1].isupper()) \
                    and not all(lowers[k] in NOT_NAME for k in range(start, end)) \
                    and not (end - start >= 3 and fold_accents(lowers[start]) in common_first_names()):
                out.append((start, end, end))  # (not "Ricardo Iván Monclova Anáhuac, a CDN financial operator": a
                # given name, then two or more names, is a person's)
    return out


def _plain(name: str) -> str:
    """ "Glock, Inc." -> "glock inc": a company's name as compared, punctuation aside."""
    return " ".join(re.sub(r"[.,]", " ", name.lower()).split())


def named_companies(tokens: Doc, drafts: dict[str, Draft], taken: set[int]) -> None:
    """Add an organisation draft for every company the text names by its legal form or as a company."""
    seen = {a.lower() for d in drafts.values() for a in d.aliases | {d.name}}
    seen |= {_plain(a) for a in seen}
    new: dict[tuple[str, ...], Draft] = {}
    for start, end, form_end in sorted(set(_by_form(tokens, taken) + _by_noun(tokens, taken))):
        if any(i in taken for i in range(start, form_end)):
            continue
        bare = " ".join(tokens[start:end].text.split())
        full = tokens[start:form_end].text if form_end > end else bare
        full = " ".join(full.split())
        if len(bare) < 3 or bare.lower() in seen and (form_end == end or _plain(full) in seen):
            continue  # a later mention; but "Glock Ges.m.b.H." after "Glock, Inc." is another company
        other = bare.lower() in seen  # the bare name is another company's: not an alias of this one
        aid = actor_id("organization", full if other else bare)
        draft = drafts.setdefault(aid, Draft(aid, "organization", full, "", "", {full} if other else {full, bare}))
        draft.spans.append((start, form_end, "name"))
        taken.update(range(start, form_end))
        seen |= {bare.lower(), _plain(full)}
        new[tuple(t.text for t in tokens[start:end])] = draft
    later_mentions(tokens, new, taken)
