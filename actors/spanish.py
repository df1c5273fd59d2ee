"""Spanish names of a country's ministries ("Secretaría de Seguridad", "Cancillería") read as the body an
English text names ("Honduran Ministry of Security"), so both languages meet in one node.

The names are general knowledge (``data/actors/institutions_es.yaml``); whose ministry it is comes from the
text: a country named right after the name ("Secretaría de Seguridad de Honduras", "la Cancillería
hondureña"), else the country its sentence or the document is about.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from actors.context import Context
from actors.drafts import Draft, ministry_draft
from actors.lexicon import Lexicon, load_data
from actors.matchers import Scan
from actors.normalize import fold
from model.nlp import token_texts

_fold_word = lru_cache(maxsize=1 << 16)(fold)  # documents repeat their words

Pattern = tuple[str, ...]


@lru_cache(maxsize=1)
def _ministries() -> dict[Pattern, str]:
    """Folded token sequence of each Spanish ministry name -> its portfolio."""
    return {tuple(fold(name).split()): portfolio for name, portfolio in load_data("institutions_es.yaml")["ministries"].items()}


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[tuple[str, ...]]:
    """Every proper prefix of a ministry name: the scan stops as soon as the words start no name."""
    return frozenset(p[:n] for p in _ministries() for n in range(1, len(p)))


def spanish_ministries(tokens: Doc, scan: Scan, lex: Lexicon, ctx: Context,
                       drafts: dict[str, Draft], blocked: set[int]) -> set[int]:
    """Add a draft (with a name mention) for every Spanish ministry name in ``tokens`` whose country is
    known; returns the tokens they cover. Longest name first at each position; never inside ``blocked``
    (a title's words: "Secretario de Estado en el Despacho de Seguridad" is a person's office)."""
    table, prefixes = _ministries(), _prefixes()
    texts = token_texts(tokens)
    folded = [_fold_word(w) for w in texts]  # each word folded once per process: a fold per token was 4 %
    country_at = {h.start: h for h in scan.countries}
    taken: set[int] = set()
    i, n = 0, len(tokens)
    while i < n:
        if i in blocked or not texts[i][:1].isupper():
            i += 1
            continue
        end, portfolio, words = i, "", ()
        for k in range(i, n):  # the longest name from i whose last word is capitalised
            if not folded[k]:
                continue
            words = words + (folded[k],)
            hit = table.get(words)
            if hit and texts[k][:1].isupper():
                end, portfolio = k + 1, hit
            if words not in prefixes:
                break
        if not portfolio:
            i += 1
            continue
        country, stop = _owner(tokens, end, country_at)
        country = country or ctx.country(i)
        if country in lex.countries:
            ministry_draft(drafts, lex, country, portfolio).spans.append((i, stop, "name"))
            taken.update(range(i, stop))
        i = end
    return taken


def _owner(tokens: Doc, end: int, country_at: dict) -> tuple[str, int]:
    """The country written right after a name ("de Honduras", "de la República de Guatemala", a demonym
    "hondureña") and where the name with it ends; ("", end) when there is none."""
    n = len(tokens)
    if end < n and end in country_at and tokens[end].text[:1].islower():  # a Spanish demonym
        return country_at[end].ref, country_at[end].end
    j = end
    if j < n and tokens[j].lower_ in {"de", "del"}:
        j += 1
        if j + 2 < n and tokens[j].lower_ == "la" and tokens[j + 1].lower_ == "república" \
                and tokens[j + 2].lower_ in {"de", "del"}:
            j += 3
        if j in country_at:
            return country_at[j].ref, country_at[j].end
    return "", end
