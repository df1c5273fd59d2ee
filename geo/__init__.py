"""Places: find place mentions offline, resolve them through a geopy-compatible gazetteer.

Public entry points used by corpus.pipeline (contract):
- find_places(document, tokens) -> tuple[Place, ...]   one document; each Place carries its mentions
- merge_places(per_document, corrections) -> tuple[Place, ...]   across documents, corrections applied
Geocoders in geopy's shape live in geo.geocoder (GazetteerGeocoder, ChainGeocoder, MemoryCache).

The entry points are imported when first used (PEP 562), so importing one module of the package
(``geo.shapes`` for the map) does not import the finder and spaCy with it.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from geo.finder import find_places
    from geo.merge import merge_places
    from geo.prepared import get_gazetteer

_HOMES = {"find_places": "geo.finder", "merge_places": "geo.merge", "get_gazetteer": "geo.prepared"}
__all__ = ["find_places", "merge_places", "get_gazetteer"]


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'geo' has no attribute {name!r}")
