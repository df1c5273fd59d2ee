"""Shared fixtures: the gazetteer is built (or loaded from its pickle) once per session."""
from __future__ import annotations

import pytest

from corpus.model import Document, Excerpt
from corpus.nlp import tokenize
from geo.finder import find_places
from geo.gazetteer import get_gazetteer


@pytest.fixture(scope="session")
def gaz():
    return get_gazetteer()


def make_document(text: str, doc_id: str = "d1") -> tuple[Document, object]:
    tokens = tokenize(text)
    excerpts = tuple(Excerpt(f"{doc_id}:{i}", doc_id, s.start_char, s.end_char, s.text) for i, s in enumerate(tokens.sents))
    return Document(doc_id, f"{doc_id}.txt", doc_id, text, excerpts=excerpts), tokens


@pytest.fixture(scope="session")
def places_of(gaz):
    def run(text: str, doc_id: str = "d1"):
        doc, tokens = make_document(text, doc_id)
        return find_places(doc, tokens)
    return run
