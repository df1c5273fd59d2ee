"""Actors: officials, agencies, governments and groups; merged across documents; related by evidence.

Public entry points used by corpus.pipeline (contract):
- find_actors(document, tokens) -> (tuple[Actor, ...], tuple[Relation, ...])   one document
- merge_actors(analyses, corrections) -> (tuple[Actor, ...], tuple[Relation, ...])   across documents
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from corpus.model import Actor, Correction, Document, DocumentAnalysis, Relation


def find_actors(document: Document, tokens: Doc) -> tuple[tuple[Actor, ...], tuple[Relation, ...]]:  # replaced by the actors work
    return (), ()


def merge_actors(analyses: Sequence[DocumentAnalysis], corrections: Sequence[Correction] = ()) -> tuple[tuple[Actor, ...], tuple[Relation, ...]]:
    return (), ()
