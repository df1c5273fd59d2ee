"""Country shapes from the packaged ``countryinfo`` data: the offline basemap and group outlines.

No tile server is needed: the basemap is every country's outline drawn as one GeoJSON layer.
Coordinates are rounded to 3 decimals (~100 m), which is plenty at country scale and keeps the
page small.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

Geometry = dict[str, Any]


def _round(coords: Any, digits: int = 3) -> Any:
    if isinstance(coords, (int, float)):
        return round(float(coords), digits)
    return [_round(c, digits) for c in coords]


@lru_cache(maxsize=1)
def country_shapes() -> dict[str, tuple[str, Geometry]]:
    """ISO alpha-2 code → (country name, geometry), for every country countryinfo has a shape for."""
    import countryinfo

    shapes: dict[str, tuple[str, Geometry]] = {}
    for country in countryinfo.all_countries():
        info = country.info()
        code = (info.get("ISO") or {}).get("alpha2")
        features = (info.get("geoJSON") or {}).get("features") or []
        if not code or not features or not features[0].get("geometry"):
            continue
        geometry = features[0]["geometry"]
        shapes[code.upper()] = (str(info.get("name") or code),
                                {"type": geometry["type"], "coordinates": _round(geometry["coordinates"])})
    return shapes


def country_shape(code: str) -> Geometry | None:
    """The outline of a country by ISO alpha-2 code ("HN"), or None when unknown."""
    found = country_shapes().get((code or "").upper())
    return found[1] if found else None


@lru_cache(maxsize=1)
def basemap_geojson() -> dict[str, Any]:
    """Every country's outline as one FeatureCollection (name only: the basemap is not clickable)."""
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": name}, "geometry": geometry}
        for name, geometry in country_shapes().values()]}


def merge_geometries(geometries: list[Geometry]) -> Geometry | None:
    """Polygons and MultiPolygons joined into one MultiPolygon (a group drawn as its members)."""
    polygons: list[Any] = []
    for g in geometries:
        if g and g.get("type") == "Polygon":
            polygons.append(g["coordinates"])
        elif g and g.get("type") == "MultiPolygon":
            polygons.extend(g["coordinates"])
    return {"type": "MultiPolygon", "coordinates": polygons} if polygons else None


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
    if geometry.get("type") == "GeometryCollection":
        for g in geometry.get("geometries", []):
            b = geometry_bounds(g)
            if b:
                lats += [b[0], b[2]]
                lons += [b[1], b[3]]
    return (min(lats), min(lons), max(lats), max(lons)) if lats else None
