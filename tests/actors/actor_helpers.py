"""Build a Document (with sentence excerpts) from a string, as corpus.pipeline would."""
from __future__ import annotations

from actors import find_actors
from model import Document, DocumentAnalysis, Excerpt
from model.nlp import tokenize


def make_document(text: str, doc_id: str = "d1", year: int | None = 2019) -> tuple[Document, object]:
    tokens = tokenize(text)
    excerpts = tuple(Excerpt(f"{doc_id}:{i}", doc_id, s.start_char, s.end_char, s.text)
                     for i, s in enumerate(tokens.sents))
    return Document(doc_id, f"{doc_id}.txt", doc_id, text, year=year, excerpts=excerpts), tokens


def analyse(text: str, doc_id: str = "d1", year: int | None = 2019) -> DocumentAnalysis:
    doc, tokens = make_document(text, doc_id, year)
    actors, relations = find_actors(doc, tokens)
    return DocumentAnalysis(doc, actors=actors, relations=relations)


