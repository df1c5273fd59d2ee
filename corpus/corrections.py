"""Analyst corrections: applied to a merged corpus, and described as people read them (one line each, for
the command line and the corrections panel).

Applying them needs none of the analysis code (no spaCy, no finders): a store keeps its merged corpus
(``corpus.snapshot``), and the app applies a new correction to it in the server in a moment, instead of
analysing or merging again.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from actors.corrections import apply_corrections as correct_actors
from geo.merge import correct_places
from model import Corpus, Correction


def apply_corrections(merged: Corpus, corrections: Sequence[Correction]) -> Corpus:
    """The corpus a viewer sees: ``merged`` (``corpus.pipeline.merge_analyses``, before any correction)
    with the analyst's corrections applied, places sorted by name and actors and relations by id."""
    actors, relations = correct_actors(merged.actors, merged.relations, corrections)
    return Corpus(documents=merged.documents, places=correct_places(merged.places, corrections), actors=actors,
                  relations=relations)


def describe(correction: Correction | tuple[str, str, dict[str, Any]]) -> str:
    """"actor rename official:x → Ana Ortiz", "place relocate geonames:1 → Choloma (14.5, -87.9)"… (plain
    text: callers show it through elements that do not interpret HTML or Markdown)."""
    if isinstance(correction, Correction):
        target, action, data = correction.target, correction.action, correction.data
    else:
        target, action, data = correction
    if action == "merge":
        what = f"{', '.join(data['ids'])} → {data['into']}"
    elif action == "rename":
        what = f"{data['id']} → {data['name']}"
    elif action == "split":
        what = f"{data['id']}: alias {data['alias']} becomes its own actor"
    elif action == "kind":
        what = f"{data['id']} → {data['kind']}"
    elif action == "relocate":
        c = data["candidate"]
        what = f"{data['place']} → {c['name']} ({c['lat']:.4g}, {c['lon']:.4g})"
    else:
        what = str(data.get("id") or data.get("place") or "")
    return f"{target} {action} {what}"
