"""Places → GeoJSON features grouped into the map's layers (pure: no folium, no Streamlit).

Each feature carries what the browser needs and nothing more: its place id (so a click can be
sent back to Python), an escaped tooltip, and its Leaflet style. Countries and groups get shapes
from the packaged country outlines when the geocoder gave none.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from geo.shapes import Geometry, geometry_bounds, place_outline
from model import Corpus, Place
from model.memo import per_corpus
from views.templates import render

# Okabe–Ito colours: distinguishable with colour-blindness and on a projector.
COLORS = {"points": "#D55E00", "countries": "#0072B2", "regions": "#CC79A7", "groups": "#E69F00",
          "demonym": "#009E73", "selected": "#FFD400"}
LAYER_NAMES = {"points": "Cities and other points", "countries": "Countries", "regions": "Regions and groups",
               "demonym": "Demonym-only mentions"}
AREA_RADIUS_M = 70_000  # a region with a centre but no outline is drawn as an area of this radius
FIT_MAX_SPAN = 15.0  # shapes wider than this (degrees) fit the view by their centre only
FIT_WINDOW = (13.0, 20.0)  # (lat, lon) degrees the first view may span beyond its heaviest place
Box = tuple[float, float, float, float]  # (south, west, north, east)


@dataclass
class MapLayers:
    """Features per layer, plus the bounds the view should fit: (south, west, north, east)."""

    points: list[dict[str, Any]] = field(default_factory=list)
    countries: list[dict[str, Any]] = field(default_factory=list)
    regions: list[dict[str, Any]] = field(default_factory=list)
    group_outlines: list[dict[str, Any]] = field(default_factory=list)
    demonym: list[dict[str, Any]] = field(default_factory=list)
    bounds: Box | None = None
    outside: list[tuple[str, str, int]] = field(default_factory=list)  # (id, name, mentions) beyond bounds

    def all_features(self) -> list[dict[str, Any]]:
        return self.points + self.countries + self.regions + self.demonym


def is_demonym_only(place: Place) -> bool:
    """True when every mention is a demonym ("Honduran"): weaker evidence, its own layer."""
    return bool(place.mentions) and all(m.kind == "demonym" for m in place.mentions)


def place_geometry(place: Place, by_id: dict[str, Place] | None = None) -> Geometry | None:
    """The shape to draw (geo.shapes owns outlines; this is its name in the map's vocabulary)."""
    return place_outline(place, by_id)


def radius(mentions: int) -> float:
    """Circle radius in pixels: area grows with mentions, capped so big places don't hide the rest."""
    return round(min(26.0, 5.0 + 3.0 * math.sqrt(max(1, mentions))), 1)


def tooltip(place: Place) -> str:
    """The hover text (views/templates/map_tooltip.html, autoescaped)."""
    return render("map_tooltip.html", place=place.name, mentions=len(place.mentions),
                  documents=len({m.document for m in place.mentions}), demonym=is_demonym_only(place))


def _style(layer: str, n: int, top: int) -> dict[str, Any]:
    color = COLORS[layer]
    share = math.sqrt(n / top) if top else 1.0
    if layer == "points":
        return {"radius": radius(n), "color": "#ffffff", "weight": 2, "fillColor": color, "fillOpacity": 0.9}
    if layer == "countries":
        return {"color": color, "weight": 2, "fillColor": color, "fillOpacity": round(0.2 + 0.45 * share, 2)}
    if layer == "demonym":
        return {"radius": radius(n), "color": color, "weight": 3, "dashArray": "6 4", "fillColor": color,
                "fillOpacity": 0.25}
    return {"color": color, "weight": 3, "dashArray": "8 5", "fillColor": color, "fillOpacity": 0.22}


def _feature(place: Place, geometry: Geometry, layer: str, top: int, **extra: Any) -> dict[str, Any]:
    n = len(place.mentions)
    return {"type": "Feature", "id": place.id, "geometry": geometry, "properties": {
        "id": place.id, "name": place.name, "kind": place.kind, "mentions": n, "layer": layer,
        "anchor": [place.lat, place.lon], "tooltip": tooltip(place), "style": _style(layer, n, top), **extra}}


def _point(place: Place) -> Geometry:
    return {"type": "Point", "coordinates": [place.lon, place.lat]}


@per_corpus
def map_layers(corpus: Corpus) -> MapLayers:
    """Sort the corpus's places into the map's layers (most-mentioned drawn last, on top).

    Made once per (filtered) corpus: the map page reruns on every click, and at 10,000 documents
    counting each place's documents is a walk over hundreds of thousands of mentions. Callers
    must not change the result (it is shared)."""
    by_id = {p.id: p for p in corpus.places}
    places = sorted((p for p in corpus.places if p.mentions), key=lambda p: (len(p.mentions), p.name))
    top = max((len(p.mentions) for p in places), default=1)
    out = MapLayers()
    spans: list[tuple[Place, Box]] = []
    for place in places:
        geometry = place_geometry(place, by_id)
        box = geometry_bounds(geometry) if geometry else None
        if box and box[2] - box[0] <= FIT_MAX_SPAN and box[3] - box[1] <= FIT_MAX_SPAN:
            spans.append((place, box))
        else:
            spans.append((place, (place.lat, place.lon, place.lat, place.lon)))
        if is_demonym_only(place):
            out.demonym.append(_feature(place, geometry or _point(place), "demonym", top))
        elif place.kind == "country" and geometry:
            out.countries.append(_feature(place, geometry, "countries", top))
        elif geometry:
            out.regions.append(_feature(place, geometry, "regions", top))
            if place.kind == "group":  # outline drawn on top of member countries, so the group stays visible
                out.group_outlines.append(_feature(place, geometry, "groups", top))
        elif place.kind in ("region", "group", "feature"):
            out.regions.append(_feature(place, _point(place), "regions", top, area_m=AREA_RADIUS_M))
        else:
            out.points.append(_feature(place, _point(place), "points", top))
    out.bounds, outside = first_view([(box, len(p.mentions)) for p, box in spans])
    out.outside = [(p.id, p.name, len(p.mentions)) for i, (p, _) in enumerate(spans) if i in outside][::-1]
    for f in out.group_outlines:
        f["properties"]["style"] = {"color": COLORS["groups"], "weight": 5, "dashArray": "10 6", "fill": False,
                                    "opacity": 0.95}
    return out


def _union(a: Box, b: Box) -> Box:
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def first_view(boxes: list[tuple[Box, int]], window: tuple[float, float] = FIT_WINDOW) -> tuple[Box | None, set[int]]:
    """Where the mentions are: the heaviest place's box, grown by each next-heaviest place whose box
    keeps the view within ``window`` degrees (or the heaviest box, if larger). Returns the bounds
    and the indices of the boxes left outside (an outlier such as Washington in a corpus about
    Honduras): a few far mentions must not shrink the places most of the text is about."""
    if not boxes:
        return None, set()
    order = sorted(range(len(boxes)), key=lambda i: -boxes[i][1])
    view = boxes[order[0]][0]
    max_lat = max(window[0], view[2] - view[0])
    max_lon = max(window[1], view[3] - view[1])
    outside: set[int] = set()
    for i in order[1:]:
        grown = _union(view, boxes[i][0])
        if grown[2] - grown[0] <= max_lat and grown[3] - grown[1] <= max_lon:
            view = grown
        else:
            outside.add(i)
    return view, outside


def place_bounds(place: Place, by_id: dict[str, Place] | None = None) -> tuple[float, float, float, float]:
    """Where to fly to for a place: its shape's extent, or a small box around its point."""
    geometry = place_geometry(place, by_id)
    box = geometry_bounds(geometry) if geometry else None
    if box:
        return box
    pad = 0.6 if place.kind in ("region", "group", "feature") else 0.25
    return (place.lat - pad, place.lon - pad, place.lat + pad, place.lon + pad)
