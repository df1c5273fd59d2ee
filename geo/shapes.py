"""GeoJSON shapes: country outlines from countryinfo, curated areas, and groups as unions."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from geo.gazetteer import Entry, get_gazetteer


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


def centroid(geom: dict[str, Any]) -> tuple[float, float] | None:
    """(lat, lon) centre of the largest polygon: the mainland, not the average with overseas islands."""
    rings = [geom["coordinates"][0]] if geom["type"] == "Polygon" else [p[0] for p in geom["coordinates"]]
    best = None
    for ring in rings:
        a = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            cross = x0 * y1 - x1 * y0
            a += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if a and (best is None or abs(a) > best[0]):
            best = (abs(a), cy / (3 * a), cx / (3 * a))
    return (round(best[1], 4), round(best[2], 4)) if best else None


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
