"""Raw place-name hits: every gazetteer spelling looked up among the lower-cased tokens, plus hyphen parts.

The matcher compares lower-cased tokens (accent-folded in Spanish text, "México" as "Mexico"), so it finds
"Honduras", "HONDURAS" and "honduras" alike; deciding which of those is really a place is the job of ``geo.context``. Tokens such as
"U.S.-Honduras" stay whole in spaCy's English tokenizer, so their parts are looked up directly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from geo.gazetteer import Gazetteer, norm
from geo.prepared import Pattern, fold_token, get_gazetteer, get_prepared

_PARTS = re.compile(r"[^\-\u2013\u2014/]+")


@dataclass(frozen=True, slots=True)
class Hit:
    """A span of the text whose normalised form is a gazetteer name (or a demonym)."""

    start: int  # first token index
    end: int  # token index after the span
    char_start: int
    char_end: int
    text: str
    key: str
    demonym: bool = False
    part: bool = False  # a piece of a hyphenated token ("Honduras" in "U.S.-Honduras")


class NameMatcher:
    """Every span of lower-cased tokens that is a gazetteer spelling: spaCy's PhraseMatcher on the
    LOWER attribute, as a set lookup. It needs no build beyond the prepared patterns (the
    PhraseMatcher took 15 s to build and 1.5 s to unpickle) and finds the same spans."""

    def __init__(self, places: frozenset[Pattern], demonyms: frozenset[Pattern]) -> None:
        self.places, self.demonyms = places, demonyms
        self.prefixes = {p[:n] for p in places | demonyms for n in range(1, len(p))}
        self.firsts = frozenset(p[0] for p in places | demonyms)  # most tokens start no name: one set lookup

    def __call__(self, tokens: Doc) -> list[tuple[int, int, bool]]:
        """(start, end, is_demonym) for each match, overlapping ones included, ordered by start then end."""
        if tokens.lang_ == "es":
            lower = [fold_token(t.lower_) for t in tokens]
        else:  # an accented word in English text is its plain spelling too ("Curaçao" is the gazetteer's "Curacao")
            lower = [w if w.isascii() else fold_token(w) for w in (t.lower_ for t in tokens)]
        firsts, out = self.firsts, []
        for start, word in enumerate(lower):
            if word not in firsts:
                continue
            span: Pattern = ()
            for end in range(start + 1, len(lower) + 1):
                span = span + (lower[end - 1],)
                if span in self.demonyms:  # before a place of the same span, as the PhraseMatcher had it
                    out.append((start, end, True))
                if span in self.places:
                    out.append((start, end, False))
                if span not in self.prefixes:
                    break
        return out


@lru_cache(maxsize=1)
def get_matcher() -> NameMatcher:
    """The process-wide matcher over the prepared patterns."""
    prepared = get_prepared()
    return NameMatcher(prepared.places, prepared.demonyms)


def find_hits(tokens: Doc, gaz: Gazetteer | None = None) -> list[Hit]:
    """Every gazetteer name in the tokens, overlapping hits included, in text order."""
    gaz = gaz or get_gazetteer()
    matcher = get_matcher()
    hits: list[Hit] = []
    whole: set[int] = set()
    for start, end, demonym in matcher(tokens):
        span = tokens[start:end]
        hits.append(Hit(start, end, span.start_char, span.end_char, span.text, norm(span.text), demonym))
        if end - start == 1:
            whole.add(start)
    for tok in tokens:
        if tok.i in whole or len(tok.text) < 4 or not any(c in tok.text for c in "-\u2013\u2014/"):
            continue
        for m in _PARTS.finditer(tok.text):
            key = norm(m.group())
            if key in gaz.index or key in gaz.demonyms:
                s = tok.idx + m.start()
                hits.append(Hit(tok.i, tok.i + 1, s, s + len(m.group()), m.group(), key,
                                key not in gaz.index, part=True))
    hits.sort(key=lambda h: (h.char_start, -h.char_end))
    return hits
