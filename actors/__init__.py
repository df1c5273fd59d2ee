"""Actors: officials, agencies, governments and groups; merged across documents; related by evidence.

Public entry points used by corpus.pipeline (contract):
- find_actors(document, tokens) -> (tuple[Actor, ...], tuple[Relation, ...])   one document
- find_publisher(head_text, metadata) -> lexicon id of the issuing body ("" when unknown)
- person_spans(actors, tokens) -> character spans of people's names   for the place finder
- body_spans(actors) -> character spans of bodies' names               for the place finder
- acronym_spans(actors) -> character spans of bodies' acronyms         for the place finder
- group_spans(actors) -> character spans of armed and criminal groups' names   for the place finder
- without_place_named(actors, relations, places, text) -> less actors that are a place's name ("General Terán", "Olancho Department")
- merge_actors(analyses, corrections) -> (tuple[Actor, ...], tuple[Relation, ...])   across documents

The entry points are imported when first used (PEP 562), so importing one module of the package
does not import the finders and spaCy with it.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from actors.document import acronym_spans, body_spans, find_actors, find_publisher, group_spans, person_spans
    from actors.merge import merge_actors
    from actors.place_named import without_place_named

_HOMES = {"find_actors": "actors.document", "find_publisher": "actors.document", "person_spans": "actors.document",
          "body_spans": "actors.document", "acronym_spans": "actors.document", "group_spans": "actors.document",
          "merge_actors": "actors.merge",
          "without_place_named": "actors.place_named"}
__all__ = ["acronym_spans", "body_spans", "find_actors", "find_publisher", "group_spans", "merge_actors", "person_spans",
           "without_place_named"]


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'actors' has no attribute {name!r}")
