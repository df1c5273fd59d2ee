"""Map building: every layer present, all text escaped, every asset local."""
from __future__ import annotations

import re

import folium
import folium.plugins
import pytest

from model import Corpus
from views.map_assets import RemoteAssetError, asset_links, localize, remote_links
from views.map_build import build_map, legend_html, selection_layer
from views.map_data import map_layers, radius

REMOTE_URL = re.compile(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//""", re.I)


@pytest.fixture(scope="module")
def rendered(corpus):
    m = build_map(corpus)
    return m, m.get_root().render()


def test_no_remote_asset_anywhere(rendered):
    m, html = rendered
    assert remote_links(m) == []
    assert not REMOTE_URL.search(html)
    assert "http://" not in html and "https://" not in html
    js, css = asset_links(m)
    assert js[0] == "/app/static/vendor/leaflet/leaflet.js"
    assert "/app/static/vendor/markercluster/leaflet.markercluster.js" in js
    assert all(u.startswith("/app/static/vendor/") for u in js + css)


def test_the_app_map_loads_what_the_browser_fetches_ahead(corpus):
    """The app's map and the tour's load exactly the files ``ui.preload`` has the browser run and fetch ahead
    of their first visit, in that order."""
    from views.map_assets import APP_MAP_CSS, APP_MAP_JS, BASEMAP_URL

    for m in (build_map(corpus, basemap_url=BASEMAP_URL), build_map(corpus, compact=True, basemap_url=BASEMAP_URL)):
        assert asset_links(m) == (list(APP_MAP_JS), list(APP_MAP_CSS))


def test_jquery_only_for_a_map_that_uses_it(corpus):
    """The atlas's maps bind popups with Leaflet alone: no jQuery for their frame to fetch and compile (and
    none in their script); a folium Popup, which writes $(…), brings it back."""
    for m in (build_map(corpus), build_map(corpus, popups=True)):
        assert not any("jquery" in u for u in asset_links(m)[0])
        assert "$(" not in m.get_root().render()
    m = folium.Map(tiles=None)
    folium.Marker([15.5, -88.0], popup=folium.Popup("Choloma")).add_to(m)
    localize(m)
    assert "/app/static/vendor/jquery/jquery.min.js" in asset_links(m)[0] and "$(" in m.get_root().render()


def test_tiles_off_by_default_and_max_zoom_set(rendered):
    m, html = rendered
    assert not any(isinstance(c, folium.TileLayer) for c in m._children.values())
    assert '"maxZoom": 18' in html  # MarkerCluster needs it when there is no tile layer


def test_online_tiles_are_opt_in(corpus):
    html = build_map(corpus, online_tiles=True).get_root().render()
    assert "tile.openstreetmap.org" in html


def test_every_layer_and_control_is_present(rendered):
    m, html = rendered
    for name in ("Cities and other points", "Countries", "Regions and groups", "Demonym-only mentions"):
        assert name in html
    assert "L.markerClusterGroup" in html and "spiderfyOnMaxZoom" in html
    assert "L.control.layers" in html and "atlas-legend" in html and "fitBounds" in html


def test_features_per_layer(corpus):
    layers = map_layers(corpus)
    ids = lambda features: {f["properties"]["id"] for f in features}  # noqa: E731
    assert ids(layers.points) == {"geonames:3600949", "geonames:3601782", "geonames:3613321", "test:choloma-twin",
                                  "geonames:3583361"}
    assert ids(layers.countries) == {"country:HN", "country:GT", "country:MX"}
    assert ids(layers.demonym) == {"country:SV"}  # only "Salvadoran"
    assert ids(layers.regions) == {"region:northern-triangle", "region:honduras-north-coast"}
    assert ids(layers.group_outlines) == {"region:northern-triangle"}


def test_group_is_drawn_as_its_members(corpus):
    [group] = [f for f in map_layers(corpus).regions if f["properties"]["kind"] == "group"]
    assert group["geometry"]["type"] == "MultiPolygon"
    assert len(group["geometry"]["coordinates"]) >= 3  # Guatemala, El Salvador, Honduras


def test_region_without_outline_is_an_area(corpus):
    [coast] = [f for f in map_layers(corpus).regions if f["properties"]["id"] == "region:honduras-north-coast"]
    assert coast["geometry"]["type"] == "Point" and coast["properties"]["area_m"] > 10_000


def test_markers_sized_by_mentions(corpus):
    layers = map_layers(corpus)
    size = {f["properties"]["name"]: f["properties"]["style"]["radius"] for f in layers.points}
    assert size["Tegucigalpa"] > size["San Salvador"]
    assert radius(1) < radius(10) <= radius(10_000) == 26.0


def test_tooltips_escape_names(corpus, rendered):
    _, html = rendered
    tips = {f["properties"]["id"]: f["properties"]["tooltip"] for f in map_layers(corpus).points}
    assert "Choloma &lt;b&gt;twin&lt;/b&gt;" in tips["test:choloma-twin"]
    assert "<b>twin</b>" not in html  # the raw name never appears as markup, even inside the JSON
    assert "</script><" not in html.replace("</script>\n", "").replace("</script><script", "")


def test_empty_corpus_still_makes_a_map():
    html = build_map(Corpus()).get_root().render()
    assert "No places in this view" in html and "fitBounds" in html
    legend = legend_html(map_layers(Corpus()))
    assert "<b>No places in this view</b>" in legend and "<span>" not in legend


def test_selection_layer_flies_only_when_asked(corpus):
    place = next(p for p in corpus.places if p.id == "country:HN")
    plain = selection_layer(place, corpus)
    flying = selection_layer(place, corpus, fly=True, label=True)
    names = lambda g: [type(c).__name__ for c in g._children.values()]  # noqa: E731
    assert names(plain) == ["PlacesLayer"] and names(flying) == ["PlacesLayer", "FlyTo"]
    assert selection_layer(None, corpus)._children == {}


def test_localize_refuses_an_unvendored_plugin():
    m = folium.Map(tiles=None)
    folium.plugins.Fullscreen().add_to(m)
    with pytest.raises(RemoteAssetError, match="Fullscreen"):
        localize(m)


@pytest.mark.parametrize("text", ["{{7*7}}", "{% if 1 %}x{% endif %}", "{#c#}", "</script><script>alert(1)</script>",
                                  "a'b\"c&d", 'back\\slash "}}"'])
def test_script_json_round_trips_and_is_inert(text):
    """Data in a script must decode to the same text, close no tag and give Jinja nothing to run."""
    import json

    from views.map_elements import script_json

    out = script_json({"name": text, "nested": [{"t": text}]})
    assert json.loads(out) == {"name": text, "nested": [{"t": text}]}
    assert not re.search(r"[<>&']|\{\{|\{%|\{#", out)


def test_the_app_fetches_the_basemap_once_instead_of_receiving_it_with_every_map(corpus, rendered, tmp_path):
    import json

    from geo.shapes import basemap_geojson
    from ui.assets import ensure_basemap
    from views.map_assets import BASEMAP_URL

    _, inline = rendered
    fetched = build_map(corpus, basemap_url=BASEMAP_URL).get_root().render()
    assert f'fetch("{BASEMAP_URL}")' in fetched and "fetch(" not in inline
    assert len(inline) - len(fetched) > 150_000  # the outlines (~190 KB) are no longer in the page
    target = tmp_path / "static" / "basemap.geojson"
    assert ensure_basemap(target) and not ensure_basemap(target)  # written once, then left alone
    assert json.loads(target.read_text()) == json.loads(json.dumps(basemap_geojson()))
