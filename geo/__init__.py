"""Places: find place mentions offline, resolve them through a geopy-compatible gazetteer.

Public entry points used by corpus.pipeline (contract):
- find_places(document, tokens) -> tuple[Place, ...]   one document; each Place carries its mentions
- merge_places(per_document, corrections) -> tuple[Place, ...]   across documents, corrections applied
Geocoders in geopy's shape live in geo.geocoder (GazetteerGeocoder, ChainGeocoder, MemoryCache).
"""
from __future__ import annotations

from geo.finder import find_places
from geo.merge import merge_places
from geo.prepared import get_gazetteer

__all__ = ["find_places", "merge_places", "get_gazetteer"]
