"""spaCy PhraseMatchers over the lexicons, built once per process, and one scan per document.

Names and titles match case-insensitively (LOWER); acronyms and country words match exactly (ORTH) so
"ICE" is not "ice" and "US" is not "us".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from actors.lexicon import get_lexicon, us_states, us_variants
from actors.normalize import fold
from model.first_names import common_first_names, fold_accents
from model.nlp import get_nlp


@dataclass
class Hit:
    label: str  # "org" | "acr" | "title" | "country" | "gov" | "person"
    ref: str  # org id / acronym / head key / country code / person index
    start: int  # token indices
    end: int


@dataclass
class Scan:
    orgs: list[Hit] = field(default_factory=list)
    acronyms: list[Hit] = field(default_factory=list)
    titles: list[Hit] = field(default_factory=list)
    countries: list[Hit] = field(default_factory=list)
    governments: list[Hit] = field(default_factory=list)
    people: list[Hit] = field(default_factory=list)


@lru_cache(maxsize=4)
def _matchers(lang: str = "en") -> tuple[PhraseMatcher, PhraseMatcher]:
    """The lexicon's phrases for one language's pipeline (a matcher only reads documents of its vocabulary)."""
    nlp, lex = get_nlp(lang), get_lexicon()
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    orth = PhraseMatcher(nlp.vocab, attr="ORTH")
    make = nlp.make_doc
    for entry in lex.orgs:
        names = {v for alias in (entry.name, *entry.aliases) if alias not in entry.cased for v in us_variants(alias)}
        if names:
            lower.add(f"org|{entry.id}", [make(n) for n in sorted(names)])
        for acr in entry.acronyms:
            orth.add(f"acr|{acr}", [make(acr)])
        if entry.cased:  # "La Prensa" the newspaper, not "la prensa" (the press) in a Spanish sentence
            orth.add(f"org|{entry.id}", [make(n) for n in entry.cased])
    heads = sorted(get_lexicon().heads)
    raw_heads = list(_raw_heads(lang))
    lower.add("title|", [make(h) for h in raw_heads])
    lower.add("title|plural", [make(plural(h)) for h in raw_heads if plural(h) != h])
    del heads
    for c in lex.countries.values():
        words = {*c.text_names, *c.demonyms}
        orth.add(f"country|{c.code}", [make(w) for w in sorted(words)])
        govs = {c.government, *(a for a in c.aliases if "overnment" in a or "obierno" in a or a.isupper())}
        for w in c.demonyms + c.text_names:
            govs |= {f"{w} Government", f"{w} government", f"Government of {w}", f"{w} authorities"}
        lower.add(f"gov|{c.code}", [make(g) for g in sorted(govs) if not g.isupper()])
        orth.add(f"gov|{c.code}", [make(g) for g in sorted(govs) if g.isupper()])
    for i, p in enumerate(lex.people):
        lower.add(f"person|{i}", [make(n) for n in (p.name, *p.aliases) if len(n.split()) > 1])
    return lower, orth


def plural(head: str) -> str:
    """ "foreign minister" -> "foreign ministers", "secretary" -> "secretaries": a title's plural, for
    "the foreign ministers X, Y and Z". Multi-word heads inflect their last word."""
    *rest, last = head.split(" ")
    if last.endswith(("s", "general")) or not last.isalpha():
        return head  # "attorneys general", "chief of staffs": too irregular to guess
    last = last[:-1] + "ies" if last.endswith("y") and last[-2:-1] not in "aeiou" else last + "s"
    return " ".join([*rest, last])


@lru_cache(maxsize=4)
def _raw_heads(lang: str = "en") -> tuple[str, ...]:
    """The title heads read in text of ``lang``: the English ones everywhere (Spanish texts quote English
    titles too), the Spanish ones only in Spanish."""
    from actors.lexicon import load_data
    titles = load_data("titles.yaml")
    return tuple(titles["heads"]) + (tuple(titles["heads_es"]) if lang == "es" else ())


_FIELDS = {"org": "orgs", "acr": "acronyms", "title": "titles", "country": "countries", "gov": "governments",
           "person": "people"}  # a match's label -> the Scan list it joins


def scan(tokens: Doc) -> Scan:
    """Every lexicon hit in a document, longest first where they overlap within one category."""
    lower, orth = _matchers(tokens.lang_)
    out = Scan()
    strings = tokens.vocab.strings
    for matcher in (lower, orth):
        for match_id, start, end in matcher(tokens):
            label, _, ref = strings[match_id].partition("|")
            if matcher is orth and label == "org" and _inside_capitals(tokens, start, end):
                continue  # "PRIMARY HEALTH CARE CENTERS REOPEN": a headline in capitals, not the charity CARE
            getattr(out, _FIELDS[label]).append(Hit(label, ref, start, end))
    for name in ("orgs", "acronyms", "titles", "countries", "governments", "people"):
        setattr(out, name, longest(getattr(out, name)))
    states = us_states()
    if out.countries:  # "New Mexico Governor X" governs a U.S. state, not Mexico; "Port of Spain" is Trinidad's
        out.countries = [h for h in out.countries
                         if not (h.start and fold(f"{tokens[h.start - 1].text} {tokens[h.start:h.end].text}") in states)
                         and not (h.start >= 2 and tokens[h.start - 2].lower_ == "port" and tokens[h.start - 1].lower_ == "of")
                         and not (h.end < len(tokens) and tokens[h.end].text in TOWN_AFTER_DEMONYM)
                         and not _country_surname(tokens, h)]
    if out.orgs:  # "the Arizona National Guard", "the Texas Supreme Court": a state's own body, named as one
        lex = get_lexicon()
        out.orgs = [h for h in out.orgs if not (lex.org_by_id[h.ref].shared and _after_state(tokens, h.start, states))]
    return out


# a town named with a demonym: "Spanish Town" and "Spanish Wells", "English Harbour", "French Harbor" (Roatán)
TOWN_AFTER_DEMONYM = {"Town", "Wells", "Harbour", "Harbor"}


def _country_surname(tokens: Doc, h: Hit) -> bool:
    """ "Commissioner Rolando Liberia Sáenz", "Judge Rosa Argentina Chontales Irías": a one-word country between a
    given name and a further capitalised name is the person's own name, not the country."""
    k, n = h.start, len(tokens)
    if h.end - k != 1 or k == 0 or h.end >= n:
        return False
    before, after, lex = tokens[k - 1].text, tokens[h.end].text, get_lexicon()
    return tokens[k].text.isalpha() and not tokens[k - 1].is_stop and before[:1].isupper() and before.isalpha() \
        and fold_accents(before.lower()) in common_first_names() and after[:1].isupper() and after.isalpha() \
        and not after.isupper() and fold(after) not in lex.vocab and fold(after) not in lex.heads


def _inside_capitals(tokens: Doc, start: int, end: int) -> bool:
    """Is a name written in capitals right beside another word in capitals (a line set in capitals)?"""
    if not tokens[start:end].text.isupper():
        return False
    return any(0 <= k < len(tokens) and tokens[k].is_alpha and len(tokens[k]) >= 3 and tokens[k].text.isupper()
               for k in (start - 1, end))


def _after_state(tokens: Doc, start: int, states: frozenset[str]) -> bool:
    """Does a U.S. state's name (of one or two words) end right before token ``start``?"""
    return any(start >= n and tokens[start - n].text[:1].isupper()
               and fold(tokens[start - n:start].text) in states for n in (1, 2))


def longest(hits: list[Hit]) -> list[Hit]:
    """Drop hits overlapping a longer (then earlier) one; result sorted by start."""
    chosen: list[Hit] = []
    taken: set[int] = set()
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if not taken.intersection(range(h.start, h.end)):
            chosen.append(h)
            taken.update(range(h.start, h.end))
    return sorted(chosen, key=lambda h: h.start)
