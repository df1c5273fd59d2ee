"""Build the atlas's folium map from a corpus: offline basemap, place layers, legend, controls.

Pure (no Streamlit): the map page and the tour call ``build_map``; tests render its HTML. All
assets are local (views.map_assets.localize), and the basemap is packaged country outlines, so
the map draws with no internet. Online tiles are an explicit option, off by default.
"""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Any

import folium
import folium.plugins
from markupsafe import Markup

from geo.basemap import major_cities
from geo.shapes import basemap_geojson
from model import Corpus, Place
from views.map_assets import CITIES_URL, LINES_URL, URL, localize
from views.map_basemap import lines_near
from views.map_data import COLORS, LAYER_NAMES, MapLayers, map_layers, place_bounds, place_geometry
from views.map_elements import FlyTo, Legend, MapBehaviour, Panes, PlacesLayer, script_json
from views.map_excerpts import card_html, first_cards
from views.templates import render

LAND = {"color": "#8a96a3", "weight": 0.8, "fillColor": "#f4f1ea", "fillOpacity": 1.0}
DEFAULT_BOUNDS = (5.0, -100.0, 33.0, -60.0)  # Mexico to Panama and the Caribbean, when there is no data
POPUP_CARDS = 12  # excerpts per place in the downloaded map's popups
OUTSIDE_LISTED = 6  # places beyond the first view named in its "elsewhere" list


def legend_rows(layers: MapLayers) -> list[dict[str, str]]:
    """Only the kinds of mark present, each with its colour and shape."""
    rows = []
    if layers.points:
        rows.append({"shape": "dot", "label": "City (size = mentions)",
                     "swatch": f"background:{COLORS['points']};border-color:#fff;box-shadow:0 0 0 1px #555"})
    if layers.countries:
        rows.append({"shape": "", "label": "Country (shade = mentions)",
                     "swatch": f"background:{COLORS['countries']};opacity:.7"})
    if layers.regions:
        rows.append({"shape": "", "label": "Region / area",
                     "swatch": f"background:{COLORS['regions']}55;border:2px dashed {COLORS['regions']}"})
    if layers.group_outlines:
        rows.append({"shape": "", "label": "Group of countries",
                     "swatch": f"background:transparent;border:3px dashed {COLORS['groups']}"})
    if layers.demonym:
        rows.append({"shape": "dot", "label": "Demonym only",
                     "swatch": f"background:{COLORS['demonym']}44;border:2px dashed {COLORS['demonym']}"})
    return rows


def legend_html(layers: MapLayers) -> str:
    """The legend's inside (views/templates/map_legend.html), folded to a "Legend" line."""
    return render("map_legend.html", rows=legend_rows(layers))


def _collection(features: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def _basemap_js() -> str:
    """The basemap's script JSON (270 KB of outlines): the same on every render, so made once."""
    return script_json(basemap_geojson())


def _basemap_layer(style: dict[str, Any], url: str | None) -> PlacesLayer:
    """The country-outline layer: fetched from ``url``, or written into the page (JSON made once)."""
    if url:
        return PlacesLayer(_collection([]), pane="atlas-base", style=style, interactive=False, data_url=url, base=True)
    layer = PlacesLayer(_collection([]), pane="atlas-base", style=style, interactive=False, base=True)
    layer.data, layer.data_js = basemap_geojson(), _basemap_js()
    return layer


def popup_html(corpus: Corpus, place: Place, limit: int = POPUP_CARDS) -> str:
    """A place's excerpts for the downloaded map's popup (views/templates/offline_popup.html): the
    newest ``limit`` cards, cited, without reader links (the file has no app behind it)."""
    cards, total = first_cards(corpus, place, limit)
    return render("offline_popup.html", place=place.name, mentions=len(place.mentions), total=total,
                  cards=[Markup(card_html(c, link=False)) for c in cards])


def _with_popups(features: list[dict[str, Any]], corpus: Corpus) -> list[dict[str, Any]]:
    """Copies of the (shared, memoised) features with each place's excerpts as a popup."""
    by_id = {p.id: p for p in corpus.places}
    return [{**f, "properties": {**f["properties"], "popup": popup_html(corpus, by_id[f["properties"]["id"]])}}
            for f in features]


CITY_STYLE = {"radius": 2.5, "color": "#6b6b6b", "weight": 1, "fillColor": "#ffffff", "fillOpacity": 1.0}


@lru_cache(maxsize=1)
def _cities_js() -> str:
    return script_json(major_cities())


def _cities_layer(url: str | None) -> PlacesLayer:
    """Major cities as quiet landmarks with names (never clickable): fetched from ``url``, or in the page."""
    if url:
        return PlacesLayer(_collection([]), pane="atlas-cities", style=CITY_STYLE, interactive=False, names=True,
                           data_url=url)
    layer = PlacesLayer(_collection([]), pane="atlas-cities", style=CITY_STYLE, interactive=False, names=True)
    layer.data, layer.data_js = major_cities(), _cities_js()
    return layer


def _lines_layer(url: str | None, corpus: Corpus) -> PlacesLayer:
    """First-level borders, lakes and rivers under every mark (views.map_basemap): fetched from
    ``url`` (the whole world, once), or in the page around the corpus's places only."""
    if url:
        return PlacesLayer(_collection([]), pane="atlas-lines", interactive=False, data_url=url)
    by_id = {p.id: p for p in corpus.places}
    return PlacesLayer(lines_near(place_bounds(p, by_id) for p in corpus.places), pane="atlas-lines",
                       interactive=False)


def build_map(corpus: Corpus, online_tiles: bool = False, labels: bool = False,  # noqa: C901
              cluster: bool = True, compact: bool = False, basemap_url: str | None = None,
              popups: bool = False) -> folium.Map:
    """The map of every place in ``corpus`` (already year-filtered), fitted to the data.

    ``labels`` writes place names permanently (the tour); ``cluster`` groups nearby points and
    spreads ("spiderfies") points that share a location so each stays clickable. ``compact``
    (the tour) collapses the layer control and leaves out the legend, to give the map the room.
    ``basemap_url`` (the app's ``BASEMAP_URL``) has the browser fetch the 270 KB of country
    outlines once and cache them, instead of receiving them with every map and every filter
    change (branca also parses each rendered script again as a template: the outlines made that
    most of a map's server time); without it, as in the downloaded map, they are in the page.
    ``popups`` (the downloaded map, which has no side panel) puts each place's excerpts in a popup.
    """
    layers = map_layers(corpus)
    if popups:
        layers = replace(layers, **{name: _with_popups(getattr(layers, name), corpus)
                                    for name in ("points", "countries", "regions", "demonym")})
    m = folium.Map(location=None, tiles=None, maxZoom=18, minZoom=2, zoom_start=5, control_scale=False,
                   attributionControl=online_tiles, worldCopyJump=True,
                   zoomSnap=0.25, zoomDelta=0.5,  # quarter zooms: a fit fills the map, not half of it
                   # no CSS zoom animation: a view set while one runs left shapes clipped to the old view
                   # (Leaflet skips redrawing until it ends); flights (flyToBounds) still glide
                   zoomAnimation=False)
    Panes(f"{URL}/leaflet/images/").add_to(m)
    MapBehaviour(names=not labels, outside=layers.outside[:OUTSIDE_LISTED]).add_to(m)
    base_style = dict(LAND, fillOpacity=0.0) if online_tiles else LAND
    if online_tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", maxZoom=18).add_to(m)
    _basemap_layer(base_style, basemap_url).add_to(m)
    if not online_tiles:
        _lines_layer(LINES_URL if basemap_url else None, corpus).add_to(m)  # fetched beside the outlines
        _cities_layer(CITIES_URL if basemap_url else None).add_to(m)

    regions = folium.FeatureGroup(name=LAYER_NAMES["regions"], show=True)
    pick = {"pick": True, "names": not labels, "labels": labels}
    PlacesLayer(_collection(layers.regions), pane="atlas-regions", **pick).add_to(regions)
    PlacesLayer(_collection(layers.group_outlines), pane="atlas-outlines", interactive=False).add_to(regions)
    countries = folium.FeatureGroup(name=LAYER_NAMES["countries"], show=True)
    PlacesLayer(_collection(layers.countries), pane="atlas-countries", **pick).add_to(countries)
    demonym = folium.FeatureGroup(name=LAYER_NAMES["demonym"], show=True)
    PlacesLayer(_collection(layers.demonym), pane="atlas-points", **pick).add_to(demonym)
    if cluster:
        points: folium.map.Layer = folium.plugins.MarkerCluster(
            name=LAYER_NAMES["points"], maxClusterRadius=28, spiderfyOnMaxZoom=True,
            showCoverageOnHover=False, spiderfyDistanceMultiplier=1.6)
    else:
        points = folium.FeatureGroup(name=LAYER_NAMES["points"], show=True)
    PlacesLayer(_collection(layers.points), pane="atlas-points", **pick).add_to(points)
    for group in (regions, countries, demonym, points):
        group.add_to(m)

    if not compact:
        Legend(legend_html(layers), position="bottomleft").add_to(m)
    folium.LayerControl(collapsed=True, position="topright").add_to(m)
    south, west, north, east = layers.bounds or DEFAULT_BOUNDS
    pad = 0.3
    # the controls fold to small buttons in the corners: a small margin keeps marks clear of them
    m.fit_bounds([[south - pad, west - pad], [north + pad, east + pad]], max_zoom=7,
                 padding_top_left=(20, 40), padding_bottom_right=(20, 40))
    return localize(m)


def selection_layer(place: Place | None, corpus: Corpus, fly: bool = False, label: bool = False,
                    max_zoom: int = 7) -> folium.FeatureGroup:
    """A yellow outline around the selected place (and, for the tour, a fly-to), for
    st_folium's ``feature_group_to_add``: it changes without reloading the map."""
    group = folium.FeatureGroup(name="Selected", control=False)
    if place is None:
        return group
    by_id = {p.id: p for p in corpus.places}
    geometry = place_geometry(place, by_id)
    style: dict[str, Any] = {"color": COLORS["selected"], "weight": 6, "fill": False, "opacity": 1.0}
    if geometry is None:
        geometry = {"type": "Point", "coordinates": [place.lon, place.lat]}
        style.update(radius=30, dashArray=None)
    properties = {"id": place.id, "style": style,
                  "tooltip": render("map_label.html", place=place.name).strip() if label else None}
    feature = {"type": "Feature", "geometry": geometry, "properties": properties}
    PlacesLayer(_collection([feature]), pane="atlas-selected", interactive=label, labels=label).add_to(group)
    if fly:
        FlyTo(place_bounds(place, by_id), max_zoom=max_zoom).add_to(group)
    return group
