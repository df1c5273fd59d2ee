"""GeoJSON shapes: country outlines from countryinfo, curated areas, and groups as unions.

The one home of outlines: the analysis attaches them to places, and the map draws them (a place's
shape, the basemap of every country) from here, from one cache of the packaged data.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from geo.gazetteer import Entry
from geo.geometry import centroid  # noqa: F401  (re-exported: callers used geo.shapes.centroid)
from geo.prepared import get_gazetteer
from model import Place

Geometry = dict[str, Any]
SHAPE_KINDS = frozenset({"country", "region", "group", "feature", "admin1"})


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, dict[str, Any]]]:
    """ISO alpha-2 → (name, GeoJSON) for every country countryinfo has: read once, for the analysis
    and the basemap alike."""
    from countryinfo import all_countries

    out: dict[str, tuple[str, dict[str, Any]]] = {}
    for c in all_countries():
        info = c.info()
        iso = (info.get("ISO") or {}).get("alpha2")
        if iso and info.get("geoJSON") and iso not in out:
            out[iso] = (str(info.get("name") or iso), info["geoJSON"])
    return out


@lru_cache(maxsize=512)
def country_shape(iso2: str) -> dict[str, Any] | None:
    """The outline of a country as a GeoJSON geometry (Polygon or MultiPolygon), if packaged."""
    found = _countries().get(iso2)
    collection = found[1] if found else None
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


def _round(coords: Any, digits: int = 3) -> Any:
    if isinstance(coords, (int, float)):
        return round(float(coords), digits)
    return [_round(c, digits) for c in coords]


@lru_cache(maxsize=1)
def basemap_geojson() -> dict[str, Any]:
    """Every country's outline as one FeatureCollection (name only: the basemap is not clickable).
    Rounded to 3 decimals (~100 m): plenty at country scale, and the page stays small."""
    features = []
    for name, collection in _countries().values():
        shape = (collection.get("features") or [{}])[0].get("geometry")
        if shape:
            features.append({"type": "Feature", "properties": {"name": name},
                             "geometry": {"type": shape["type"], "coordinates": _round(shape["coordinates"])}})
    return {"type": "FeatureCollection", "features": features}


def _code(ref: str) -> str:
    """ "country:HN" or "HN" → "HN"."""
    return ref.rsplit(":", 1)[-1].upper()


def place_outline(place: Place, by_id: dict[str, Place] | None = None) -> Geometry | None:
    """The shape to draw for a place: the one the analysis attached, else its country's outline,
    else (a group) its members' outlines; None for points."""
    if place.kind not in SHAPE_KINDS:
        return None
    if place.geometry:
        return place.geometry
    if place.kind == "country":
        return country_shape(place.country or _code(place.id))
    if place.kind == "group" and place.members:
        by_id = by_id or {}
        shapes = [(by_id[m].geometry if m in by_id and by_id[m].geometry else None) or country_shape(_code(m))
                  for m in place.members]
        return union([s for s in shapes if s])
    return None


def geometry_bounds(geometry: Geometry) -> tuple[float, float, float, float] | None:
    """(south, west, north, east) of any GeoJSON geometry, or None if it has no coordinates."""
    lats: list[float] = []
    lons: list[float] = []

    def walk(c: Any) -> None:
        if c and isinstance(c[0], (int, float)):
            lons.append(float(c[0]))
            lats.append(float(c[1]))
        else:
            for x in c or ():
                walk(x)

    walk(geometry.get("coordinates"))
    for g in geometry.get("geometries", []) if geometry.get("type") == "GeometryCollection" else []:
        b = geometry_bounds(g)
        if b:
            lats += [b[0], b[2]]
            lons += [b[1], b[3]]
    return (min(lats), min(lons), max(lats), max(lons)) if lats else None
