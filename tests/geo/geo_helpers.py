"""Helpers for the geo tests: a Document with sentence excerpts, as corpus.pipeline builds it."""
from __future__ import annotations

from spacy.tokens import Doc

from model import Document, Excerpt
from model.nlp import tokenize


def make_document(text: str, doc_id: str = "d1", lang: str = "en") -> tuple[Document, Doc]:
    tokens = tokenize(text, lang)
    excerpts = tuple(Excerpt(f"{doc_id}:{i}", doc_id, s.start_char, s.end_char, s.text) for i, s in enumerate(tokens.sents))
    return Document(doc_id, f"{doc_id}.txt", doc_id, text, excerpts=excerpts, language=lang), tokens


def places_by_name(text: str) -> dict:
    """The places ``geo.finder.find_places`` finds in ``text``, by name."""
    from geo.finder import find_places

    document, tokens = make_document(text)
    return {p.name: p for p in find_places(document, tokens)}

