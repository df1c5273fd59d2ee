"""Pure builders behind the map's regions, first view, names, legend, popups and behaviour script."""
from __future__ import annotations

import json
import re

from geo.shapes import basemap_geojson, place_outline
from views.map_build import build_map, legend_html, legend_rows, popup_html
from views.map_data import first_view, map_layers
from views.map_elements import MapBehaviour, PlacesLayer


def test_first_view_follows_the_weight_and_leaves_far_outliers_out():
    honduras = ((13.0, -89.4, 16.0, -83.1), 69)
    central_america = ((7.2, -92.2, 18.5, -77.2), 8)
    washington = ((38.9, -77.0, 38.9, -77.0), 5)
    united_states_centre = ((39.5, -99.0, 39.5, -99.0), 51)
    view, outside = first_view([honduras, central_america, washington, united_states_centre])
    assert view == (7.2, -92.2, 18.5, -77.2)
    assert outside == {2, 3}


def test_first_view_of_one_huge_place_is_that_place():
    big = ((25.0, -125.0, 49.0, -67.0), 10)
    near = ((30.0, -100.0, 30.0, -100.0), 1)
    view, outside = first_view([big, near])
    assert view == big[0] and outside == set()
    assert first_view([]) == (None, set())


def test_every_shaped_place_is_pickable_and_named(corpus):
    layers = map_layers(corpus)
    for feature in layers.regions + layers.countries + layers.points:
        props = feature["properties"]
        assert props["anchor"] and props["name"] and props["id"]
    html = build_map(corpus).get_root().render()
    registered = re.findall(r"AtlasMap\.register\((\w+), (\{[^}]*\})\)", html)
    assert sum(json.loads(opts)["pick"] for _, opts in registered) == 4  # regions, countries, demonym, points
    assert any(json.loads(opts).get("base") for _, opts in registered)
    assert "AtlasMap.init(" in html


def test_outline_comes_from_geo_with_one_cache(corpus):
    by_id = {p.id: p for p in corpus.places}
    group = by_id["region:northern-triangle"]
    shape = place_outline(group, by_id)
    assert shape["type"] == "MultiPolygon" and len(shape["coordinates"]) >= 3
    assert place_outline(by_id["geonames:3600949"], by_id) is None  # a city is a point
    assert len(basemap_geojson()["features"]) > 150


def test_outside_places_are_listed_by_mentions(corpus):
    layers = map_layers(corpus)
    counts = [n for _, _, n in layers.outside]
    assert counts == sorted(counts, reverse=True)


def test_legend_is_folded_and_lists_only_present_kinds(corpus):
    rows = legend_rows(map_layers(corpus))
    assert {r["label"] for r in rows} >= {"City (size = mentions)", "Region / area", "Group of countries"}
    html = legend_html(map_layers(corpus))
    assert html.lstrip().startswith("<summary>Legend</summary>")


def test_popup_cites_and_escapes_excerpts(corpus):
    hostile = next(p for p in corpus.places if "<" in p.name)
    html = popup_html(corpus, hostile)
    assert "<b>twin</b>" not in html and "&lt;b&gt;twin&lt;/b&gt;" in html
    assert 'class="atlas-card"' in html and "Open in the reader" not in html
    honduras = next(p for p in corpus.places if p.id == "country:HN")
    assert "atlas-mark" in popup_html(corpus, honduras)


def test_downloaded_map_carries_popups_and_the_app_map_does_not(corpus):
    offline = build_map(corpus, popups=True).get_root().render()
    app = build_map(corpus).get_root().render()
    assert "atlas-card" in offline and "atlas-card" not in app


def test_behaviour_is_a_file_declared_as_data_and_its_options_are_inert():
    behaviour = MapBehaviour(outside=[("x", "</script><script>alert(1)</script> {{7*7}}", 3)])
    assert behaviour.default_js == [("atlas_map_js", "atlas/atlas-map.js")]
    assert "</script>" not in behaviour.options_js and "{{" not in behaviour.options_js


def test_places_layer_renders_without_branca_internals(corpus):
    layer = PlacesLayer({"type": "FeatureCollection", "features": []}, pick=True)
    assert "_template.module" not in open(PlacesLayer.render.__code__.co_filename).read()
    assert '"pick":true' in layer.register_js


def test_static_files_are_served_where_the_map_looks_for_them():
    from ui.assets import BASEMAP, CITIES, VENDOR, served_at
    from views.map_assets import BASEMAP_URL, CITIES_URL
    from views.static_paths import VENDOR_URL

    assert served_at(BASEMAP) == BASEMAP_URL and served_at(CITIES) == CITIES_URL
    assert served_at(VENDOR / "atlas" / "atlas-map.js") == f"{VENDOR_URL}/atlas/atlas-map.js"
