"""GeoJSON shapes: country outlines from countryinfo, curated areas, and groups as unions."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from geo.gazetteer import Entry, get_gazetteer
from geo.geometry import centroid  # noqa: F401  (re-exported: callers used geo.shapes.centroid)


@lru_cache(maxsize=1)
def _country_info() -> dict[str, Any]:
    from countryinfo import all_countries

    out: dict[str, Any] = {}
    for c in all_countries():
        info = c.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso and info.get("geoJSON") and iso not in out:
            out[iso] = info["geoJSON"]
    return out


@lru_cache(maxsize=512)
def country_shape(iso2: str) -> dict[str, Any] | None:
    """The outline of a country as a GeoJSON geometry (Polygon or MultiPolygon), if packaged."""
    collection = _country_info().get(iso2)
    if not collection:
        return None
    features = collection.get("features") or []
    return features[0]["geometry"] if features else None


def union(geometries: list[dict[str, Any]]) -> dict[str, Any] | None:
    """A MultiPolygon holding every polygon of the inputs (a drawing union, not a dissolve)."""
    polygons: list = []
    for g in geometries:
        if g["type"] == "Polygon":
            polygons.append(g["coordinates"])
        elif g["type"] == "MultiPolygon":
            polygons.extend(g["coordinates"])
    return {"type": "MultiPolygon", "coordinates": polygons} if polygons else None


@lru_cache(maxsize=1024)
def _geometry(entry_id: str) -> dict[str, Any] | None:
    gaz = get_gazetteer()
    entry: Entry | None = gaz.entries.get(entry_id)
    if entry is None:
        return None
    if entry_id in gaz.geometries:
        return gaz.geometries[entry_id]
    if entry.kind == "country":
        return country_shape(entry.country)
    if entry.members:
        return union([s for s in (country_shape(m) for m in entry.members) if s])
    return None


def geometry(entry_id: str) -> dict[str, Any] | None:
    """Shape for countries, regions and groups; None for points (cities, first-level centroids).

    Callers get the cached object itself: treat it as read-only.
    """
    return _geometry(entry_id)
