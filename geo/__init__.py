"""Places: find place mentions offline, resolve them through a geopy-compatible gazetteer.

Public entry points used by corpus.pipeline (contract):
- find_places(document, tokens) -> tuple[Place, ...]   one document; each Place carries its mentions
- merge_places(per_document, corrections) -> tuple[Place, ...]   across documents, corrections applied
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from corpus.model import Correction, Document, Place


def find_places(document: Document, tokens: Doc) -> tuple[Place, ...]:  # replaced by the geo work
    return ()


def merge_places(per_document: Sequence[tuple[Place, ...]], corrections: Sequence[Correction] = ()) -> tuple[Place, ...]:
    return ()
