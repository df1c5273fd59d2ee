"""Sentences as excerpts with exact offsets: ``text[start:end] == excerpt.text``."""
from __future__ import annotations

from spacy.tokens import Doc

from model import Excerpt
from model.nlp import doc_text, sentence_bounds, token_starts, token_texts


def make_excerpts(doc_id: str, tokens: Doc) -> tuple[Excerpt, ...]:
    """One excerpt per sentence, whitespace trimmed, empty sentences skipped; ids "<doc>:<n>"."""
    text = doc_text(tokens)
    starts, texts = token_starts(tokens), token_texts(tokens)
    out: list[Excerpt] = []
    for first, last in sentence_bounds(tokens):
        start, end = starts[first], starts[last - 1] + len(texts[last - 1])
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Excerpt(id=f"{doc_id}:{len(out)}", document=doc_id, start=start, end=end, text=text[start:end]))
    return tuple(out)
