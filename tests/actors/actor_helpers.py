"""Build a Document (with sentence excerpts) from a string, as corpus.pipeline would."""
from __future__ import annotations

from actors import find_actors
from corpus.pipeline import analyse_document
from documents.load import load_bytes
from model import Document, DocumentAnalysis, Excerpt
from model.nlp import tokenize


def make_document(text: str, doc_id: str = "d1", year: int | None = 2019,
                  lang: str = "en") -> tuple[Document, object]:
    tokens = tokenize(text, lang)
    excerpts = tuple(Excerpt(f"{doc_id}:{i}", doc_id, s.start_char, s.end_char, s.text)
                     for i, s in enumerate(tokens.sents))
    return Document(doc_id, f"{doc_id}.txt", doc_id, text, year=year, excerpts=excerpts, language=lang), tokens


def analyse(text: str, doc_id: str = "d1", year: int | None = 2019, lang: str = "en") -> DocumentAnalysis:
    doc, tokens = make_document(text, doc_id, year, lang)
    actors, relations = find_actors(doc, tokens)
    return DocumentAnalysis(doc, actors=actors, relations=relations)




def release_bodies(text: str) -> dict[str, object]:
    """The bodies (every actor but officials) the whole pipeline finds in a dated release, by name."""
    analysis = analyse_document(load_bytes("t.txt", f"Release Date: June 1, 2022\n\n{text}".encode()))
    return {a.name: a for a in analysis.actors if a.kind != "official"}
