"""model.nlp: the per-Doc token lists equal spaCy's own attributes, and the sentence rules read as before."""
from __future__ import annotations

import functools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.pipeline import Sentencizer

from model.nlp import (
    get_nlp,
    sentence_bounds,
    sentence_start_set,
    sentence_starts,
    span_text,
    token_alphas,
    token_lowers,
    token_puncts,
    token_spaces,
    token_starts,
    token_stops,
    token_texts,
    tokenize,
)

TEXTS = [
    "",
    "Honduras",
    "WASHINGTON – Secretary Blinken met President Castro.\n\nThe talks (in Tegucigalpa) ended.",
    'He said "we will return." (The delegation left.) «Sí», dijo.\n- item one\n- item two\n',
    "TEGUCIGALPA, 28 de marzo de 2019 — La Secretaría de Seguridad y EE. UU. firmaron un acuerdo.\r\nFin",
    "Curaçao’s São Tomé—U.S.-Honduras  ties\t(“DGME”)\n\n\n",
]


def _naive_sentences(text: str, lang: str) -> list[int]:
    """The sentence starts as the pipeline's rules define them, reading every token (the code before 2026-12-02)."""
    nlp = get_nlp(lang)
    doc = nlp.make_doc(text)
    for i, token in enumerate(doc[:-1]):
        if "\n" in token.text_with_ws:
            doc[i + 1].is_sent_start = True
    doc = Sentencizer()(doc)  # spaCy's own, which the pipeline's ``sentence_punctuation`` reads faster
    for i in range(1, len(doc) - 1):
        tok = doc[i]
        opens = (tok.is_left_punct and tok.text not in {'"', "'"}) or (
            tok.text in {'"', "'"} and bool(doc[i - 1].whitespace_) and not tok.whitespace_)
        if doc[i].is_sent_start or not opens:
            continue
        j = i - 1
        while j > 0 and (doc[j].is_right_punct or doc[j].text in {'"', "'"}) and not doc[j].is_sent_start:
            j -= 1
        if doc[j].text in {".", "!", "?", "…"} and doc[i + 1].is_sent_start:
            doc[i].is_sent_start = True
            doc[i + 1].is_sent_start = False
    return [s.start for s in doc.sents] if len(doc) else []


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("text", TEXTS)
def test_token_lists_equal_spacy_attributes(text: str, lang: str) -> None:
    doc = tokenize(text, lang)
    assert token_texts(doc) == [t.text for t in doc]
    assert token_lowers(doc) == [t.lower_ for t in doc]
    assert token_starts(doc) == [t.idx for t in doc]
    assert sentence_starts(doc) == ([s.start for s in doc.sents] if len(doc) else [])


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("text", TEXTS)
def test_sentences_as_the_rules_define_them(text: str, lang: str) -> None:
    doc = tokenize(text, lang)
    assert doc.text == text
    assert sentence_starts(doc) == _naive_sentences(text, lang)


def test_lists_of_a_doc_made_elsewhere() -> None:
    """A Doc not made by ``tokenize`` (no text handed over) gets the same lists."""
    doc = get_nlp("en")("Mr. Smith went to Washington.\nThen home.")
    assert token_texts(doc) == [t.text for t in doc]
    assert token_starts(doc) == [t.idx for t in doc]


# --- the per-document lists and the sentence rule are spaCy's own answers, read faster -----------------------------

_PIECES = st.sampled_from(["Hello", "there", ".", "!", "?", "...", "(", ")", "“", "”", '"', "'", "\n", "\n\n", " ",
                           "  ", "Mr.", "U.S.", "el", "los", "de", "Sí", "¿", "¡", "।", "。", ";", ":", "-", "Ana"])
_TEXTS = st.lists(_PIECES, max_size=40).map(" ".join)


@functools.lru_cache(maxsize=2)
def _reference(lang: str):
    import spacy
    nlp = spacy.blank(lang)
    for name in get_nlp(lang).pipe_names:
        nlp.add_pipe("sentencizer" if name == "sentence_punctuation" else name)
    return nlp


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(["en", "es"]))
def test_sentences_are_the_sentencizers(text, lang):
    ours, theirs = tokenize(text, lang), _reference(lang)(text)
    assert [t.is_sent_start for t in ours] == [t.is_sent_start for t in theirs]
    assert sentence_bounds(ours) == [(s.start, s.end) for s in theirs.sents]
    assert sentence_start_set(ours) == {s.start for s in theirs.sents}


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.sampled_from(["en", "es"]))
def test_token_lists_are_the_tokens_attributes(text, lang):
    doc = tokenize(text, lang)
    assert token_alphas(doc) == [t.is_alpha for t in doc]
    assert token_stops(doc) == [t.is_stop for t in doc]
    assert token_spaces(doc) == [bool(t.whitespace_) for t in doc]
    assert token_puncts(doc) == [t.is_punct for t in doc]
    assert all(span_text(doc, i, j) == doc[i:j].text for i in range(len(doc)) for j in range(i + 1, min(len(doc), i + 4)))
