"""Raw place-name hits: a spaCy PhraseMatcher over every gazetteer spelling, plus hyphen parts.

The matcher compares lower-cased tokens, so it finds "Honduras", "HONDURAS" and "honduras"
alike; deciding which of those is really a place is the job of ``geo.context``. Tokens such as
"U.S.-Honduras" stay whole in spaCy's English tokenizer, so their parts are looked up directly.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from geo.gazetteer import Gazetteer, cached, get_gazetteer, norm

_SIMPLE = re.compile(r"^[^\W\d_]+( [^\W\d_]+)*$")
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


def _build_matcher() -> PhraseMatcher:
    gaz = get_gazetteer()
    nlp = spacy.blank("en")
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    forms: set[str] = set()
    for key, spellings in gaz.forms.items():
        forms.add(key)
        forms.update(spellings)
    forms |= {f.replace("-", d) for f in forms if "-" in f for d in ("\u2013", "\u2014")}

    def pattern(form: str) -> Doc:
        return Doc(nlp.vocab, words=form.split()) if _SIMPLE.match(form) else nlp.make_doc(form)

    matcher.add("PLACE", [pattern(f) for f in sorted(forms)])
    matcher.add("DEMONYM", [pattern(d) for d in sorted(gaz.demonyms)])
    return matcher


@lru_cache(maxsize=1)
def get_matcher() -> PhraseMatcher:
    """The process-wide matcher (pickled after the first build: tokenising 120k names is slow)."""
    return cached("matcher", _build_matcher)


def find_hits(tokens: Doc, gaz: Gazetteer | None = None) -> list[Hit]:
    """Every gazetteer name in the tokens, overlapping hits included, in text order."""
    gaz = gaz or get_gazetteer()
    matcher = get_matcher()
    demonym_label = tokens.vocab.strings.add("DEMONYM")
    hits: list[Hit] = []
    whole: set[int] = set()
    for label, start, end in matcher(tokens):
        span = tokens[start:end]
        hits.append(Hit(start, end, span.start_char, span.end_char, span.text, norm(span.text), label == demonym_label))
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
