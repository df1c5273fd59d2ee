"""The shared spaCy pipelines: a blank tokenizer of the document's language, paragraph breaks, a
rule-based sentencizer.

No statistical model is needed (or downloaded): tokens and sentences come from spaCy's rules, and
place and actor finding run matchers over these tokens. One pipeline per language and process, built
lazily; Spanish text gets spaCy's Spanish tokenizer exceptions and stop words ("EE. UU.", "Sr.", "Dña."),
a language spaCy has no data for gets the English one.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import IDX, IS_ALPHA, IS_LEFT_PUNCT, IS_PUNCT, IS_QUOTE, IS_STOP, LENGTH, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer
from spacy.tokens import Doc


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence: headlines and list items carry no final period."""
    # the tokens holding a "\n" are found from the text's line breaks, not by reading every token (that pass was
    # 2 % of the analysis); a token's trailing whitespace is never a line break, so the tokens are the same
    text = doc_text(doc)
    starts = token_starts(doc)  # kept for the rules, which read it anyway
    breaks = []
    p = text.find("\n")
    while p != -1:
        i = bisect_right(starts, p) - 1
        if i + 1 >= len(doc):
            break
        breaks.append(i + 1)
        p = text.find("\n", starts[i + 1])  # once per token: "\n\n" is one token
    if breaks:  # set in one array write: spaCy's ``Token.is_sent_start`` setter reads every token of the Doc
        # (its test for a parse) on each call, ~14 µs a line break; 3 % of the analysis (2026-12-03)
        marks = doc.to_array(SENT_START)
        marks[breaks] = 1
        doc.from_array([SENT_START], marks.reshape(-1, 1))
    return doc


_PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)


@Language.component("sentence_punctuation")
def sentence_punctuation(doc: Doc) -> Doc:
    """spaCy's rule-based ``Sentencizer`` (its punctuation, its rule: a sentence ends after one of those marks and
    any punctuation that follows), reading the token lists instead of making a Token per word (the Sentencizer's
    loop was 3 % of the analysis). Tokens already marked (``paragraph_breaks``) keep their mark, as there."""
    n = len(doc)
    if not n:
        return doc
    texts, punct = token_texts(doc), token_puncts(doc)
    # from mark to mark instead of a state machine stepping through every token (3 % of the analysis, py-spy
    # 2026-12-03): after a mark, the sentence ends before the first token that is neither punctuation nor a mark
    marks_at = [i for i, text in enumerate(texts) if text in _PUNCT_CHARS]
    starts = numpy.zeros(n, dtype=bool)
    starts[0] = True
    k = 0
    while k < len(marks_at):
        j = marks_at[k] + 1
        while j < n and (punct[j] or texts[j] in _PUNCT_CHARS):
            j += 1
        if j == n:
            break
        starts[j] = True
        k = bisect_right(marks_at, j, k)  # the next mark after the new sentence's first token
    marks = doc.to_array(SENT_START)
    unset = marks == 0
    marks[unset] = numpy.where(starts, 1, -1)[unset]
    doc.from_array([SENT_START], marks.reshape(-1, 1))
    return doc


_FINAL = {".", "!", "?", "…"}


def _opens(doc: Doc, i: int) -> bool:
    """An opening bracket or quotation mark: "(", "“", or a straight quote with space before, none after."""
    tok = doc[i]
    if tok.is_left_punct and tok.text not in {'"', "'"}:
        return True
    return tok.text in {'"', "'"} and bool(doc[i - 1].whitespace_) and not tok.whitespace_


def _opening_marks(doc: Doc) -> list[int]:
    """Indexes 1 … len - 2 of the tokens that may open a sentence (left punctuation, quotes), read from one
    array: every other token failed ``_opens`` anyway, and reading each took 1.7 % of the analysis."""
    if len(doc) < 3:
        return []
    flags = doc.to_array([IS_LEFT_PUNCT, IS_QUOTE]).any(axis=1)
    return [i + 1 for i in flags[1:-1].nonzero()[0].tolist()]


@Language.component("sentence_ends")
def sentence_ends(doc: Doc) -> Doc:
    """The sentencizer keeps every punctuation mark after a full stop in the sentence, so an opening
    "(" or "“" of the next sentence was left behind ("…deported from Mexico. ("). Closing marks stay."""
    opening = _opening_marks(doc)
    if not opening:
        return doc
    # the marks read and written in an array (1 starts a sentence, -1 does not), written back once: spaCy's
    # ``Token.is_sent_start`` setter reads every token of the Doc on each call
    marks = doc.to_array(SENT_START).astype(numpy.int64)
    changed = False
    for i in opening:
        if marks[i] == 1 or not _opens(doc, i):
            continue
        j = i - 1
        while j > 0 and (doc[j].is_right_punct or doc[j].text in {'"', "'"}) and marks[j] != 1:
            j -= 1  # '…Mexico.” (' : the closing quote stays with its sentence
        if doc[j].text in _FINAL and marks[i + 1] == 1:
            marks[i], marks[i + 1], changed = 1, -1, True
    if changed:
        doc.from_array([SENT_START], marks.astype(numpy.uint64).reshape(-1, 1))
    return doc


def get_nlp(lang: str = "en") -> Language:
    """Blank ``lang`` + paragraph breaks + sentencizer; cheap to build (~0.1 s), ~150k words/s.
    One pipeline (and one vocabulary: matchers are bound to it) per language: ``get_nlp()`` is ``get_nlp("en")``."""
    return _build(lang)


DOTTED_FORMS = ("S.p.A.", "Ges.m.b.H.", "S.p.A", "a.i.")  # legal forms that spaCy's rules cut at an inner period,
# and "a.i." (ad interim): "Chargé d'Affaires a.i. to El Salvador Naomi Fellows" is one sentence


@lru_cache(maxsize=8)
def _build(lang: str) -> Language:
    try:
        nlp = spacy.blank(lang)
    except (ImportError, KeyError, ValueError):  # spaCy has no data for this code ("und")
        return _build("en")
    for form in DOTTED_FORMS:  # one token, and no sentence break inside: "Beretta Holding S.p.A. of Italy"
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    if "Mar." in nlp.tokenizer.rules:  # English's month abbreviation, which U.S. style does not use ("March 5"),
        # kept "Savanna-la-Mar." and "Viña del Mar." at a sentence's end from their place names; every "Mar." in
        # the held-out documents is such a name
        nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k != "Mar."}
    nlp.add_pipe("paragraph_breaks")
    nlp.add_pipe("sentence_punctuation")
    nlp.add_pipe("sentence_ends")
    nlp.max_length = 5_000_000
    return nlp


def tokenize(text: str, lang: str = "en") -> Doc:
    """Tokens and sentence boundaries of ``text`` in language ``lang`` (offsets are exact: ``token.idx``).
    The pipes run as ``nlp(text)`` runs them, after the Doc is given its text (``doc_text``: spaCy would
    rebuild the same string from the tokens)."""
    nlp = get_nlp(lang)
    doc = nlp.make_doc(text)
    doc.user_data["text"] = text
    for _, pipe in nlp.pipeline:
        doc = pipe(doc)
    return doc


def doc_text(tokens: Doc) -> str:
    """``tokens.text``, computed once per Doc (spaCy rebuilds the string from every token on each call)."""
    text = tokens.user_data.get("text")
    if text is None:
        text = tokens.user_data["text"] = tokens.text
    return text


def doc_lower(tokens: Doc) -> str:
    """``doc_text(tokens).lower()``, once per Doc: whole-text tests with case-sensitive patterns run several
    times faster than with ``re.IGNORECASE`` (for yes/no tests only: a few characters change length)."""
    low = tokens.user_data.get("lower")
    if low is None:
        low = tokens.user_data["lower"] = doc_text(tokens).lower()
    return low


def token_starts(tokens: Doc) -> list[int]:
    """``[t.idx for t in tokens]``, once per Doc, from one array read."""
    starts = tokens.user_data.get("starts")
    if starts is None:
        starts = tokens.user_data["starts"] = tokens.to_array(IDX).tolist() if len(tokens) else []
    return starts


def token_texts(tokens: Doc) -> list[str]:
    """``[t.text for t in tokens]``, once per Doc: sliced from the text by the tokens' offsets and lengths
    (one array read). Measured: a tenth of the cost of creating each Token and decoding its string."""
    texts = tokens.user_data.get("texts")
    if texts is None:
        text = doc_text(tokens)
        lengths = tokens.to_array(LENGTH).tolist() if len(tokens) else []
        texts = tokens.user_data["texts"] = [text[i:i + n] for i, n in zip(token_starts(tokens), lengths)]
    return texts


def sentence_starts(tokens: Doc) -> list[int]:
    """The first token index of each sentence, in order, once per Doc, as ``[s.start for s in tokens.sents]``
    but from one array read (``tokens.sents`` creates every Token; ``tokens[i].sent`` walks the sentence)."""
    starts = tokens.user_data.get("sentence_starts")
    if starts is None:
        flags = tokens.to_array(SENT_START).tolist() if len(tokens) else []
        starts = tokens.user_data["sentence_starts"] = [i for i, f in enumerate(flags) if f == 1 or i == 0]
    return starts


def sentence_bounds(tokens: Doc) -> list[tuple[int, int]]:
    """``[(s.start, s.end) for s in tokens.sents]``, once per Doc."""
    bounds = tokens.user_data.get("sentence_bounds")
    if bounds is None:
        starts = sentence_starts(tokens)
        bounds = tokens.user_data["sentence_bounds"] = list(zip(starts, [*starts[1:], len(tokens)]))
    return bounds


def sentence_at(tokens: Doc, i: int) -> tuple[int, int]:
    """The (start, end) token indexes of the sentence holding token ``i`` (``tokens[i].sent`` without the walk)."""
    return sentence_bounds(tokens)[bisect_right(sentence_starts(tokens), i) - 1]


def _flags(tokens: Doc, key: str, attr: int) -> list[bool]:
    """One boolean attribute of every token, from one array read, kept in the Doc's ``user_data[key]``."""
    found = tokens.user_data.get(key)
    if found is None:
        # numpy's bool conversion, not a bool() per token: that loop was 1.5-2 % of the analysis (py-spy, 2026-12-03)
        found = tokens.user_data[key] = tokens.to_array(attr).astype(bool).tolist() if len(tokens) else []
    return found


def token_puncts(tokens: Doc) -> list[bool]:
    """``[t.is_punct for t in tokens]``, once per Doc."""
    return _flags(tokens, "puncts", IS_PUNCT)


def span_text(tokens: Doc, start: int, end: int) -> str:
    """``tokens[start:end].text`` for a non-empty span, sliced from the document's text."""
    starts = token_starts(tokens)
    return doc_text(tokens)[starts[start]:starts[end - 1] + len(token_texts(tokens)[end - 1])]


def token_stops(tokens: Doc) -> list[bool]:
    """``[t.is_stop for t in tokens]``, once per Doc."""
    return _flags(tokens, "stops", IS_STOP)


def token_spaces(tokens: Doc) -> list[bool]:
    """``[bool(t.whitespace_) for t in tokens]``, once per Doc."""
    return _flags(tokens, "spaces", SPACY)


def sentence_start_set(tokens: Doc) -> frozenset[int]:
    """The indexes of the tokens that open a sentence (``t.is_sent_start``, token 0 included), once per Doc."""
    found = tokens.user_data.get("sentence_start_set")
    if found is None:
        found = tokens.user_data["sentence_start_set"] = frozenset(sentence_starts(tokens))
    return found


def token_quotes(tokens: Doc) -> list[bool]:
    """``[t.is_quote for t in tokens]``, once per Doc."""
    return _flags(tokens, "quotes", IS_QUOTE)


def token_alphas(tokens: Doc) -> list[bool]:
    """``[t.is_alpha for t in tokens]``, once per Doc."""
    return _flags(tokens, "alphas", IS_ALPHA)


def token_lowers(tokens: Doc) -> list[str]:
    """``[t.lower_ for t in tokens]``, once per Doc (the blank English and Spanish pipelines lower-case a
    token as ``str.lower`` does)."""
    lowers = tokens.user_data.get("lowers")
    if lowers is None:
        lowers = tokens.user_data["lowers"] = [t.lower() for t in token_texts(tokens)]
    return lowers
