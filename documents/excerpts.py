"""Sentences as excerpts with exact offsets: ``text[start:end] == excerpt.text``."""
from __future__ import annotations

from spacy.tokens import Doc

from model import Excerpt
from model.nlp import doc_text


def make_excerpts(doc_id: str, tokens: Doc) -> tuple[Excerpt, ...]:
    """One excerpt per sentence, whitespace trimmed, empty sentences skipped; ids "<doc>:<n>"."""
    text = doc_text(tokens)
    out: list[Excerpt] = []
    for sent in tokens.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Excerpt(id=f"{doc_id}:{len(out)}", document=doc_id, start=start, end=end, text=text[start:end]))
    return tuple(out)
