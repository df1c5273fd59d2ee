"""Actors: officials, agencies, governments and groups; merged across documents; related by evidence.

Public entry points used by corpus.pipeline (contract):
- find_actors(document, tokens) -> (tuple[Actor, ...], tuple[Relation, ...])   one document
- find_publisher(head_text, metadata) -> lexicon id of the issuing body ("" when unknown)
- person_spans(actors, tokens) -> character spans of people's names   for the place finder
- merge_actors(analyses, corrections) -> (tuple[Actor, ...], tuple[Relation, ...])   across documents
"""
from __future__ import annotations

from actors.document import find_actors, find_publisher, person_spans
from actors.merge import merge_actors

__all__ = ["find_actors", "find_publisher", "merge_actors", "person_spans"]
