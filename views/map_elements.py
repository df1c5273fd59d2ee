"""Small folium elements for the atlas map: panes, a GeoJSON places layer, a legend, a fly-to.

Written like folium's own plugins (a template and a short constructor) but with no remote
assets. Data goes into the page through ``script_json``: ``<``, ``>``, ``&`` and ``'`` escaped so
document text cannot close the script, and braces inside strings escaped because branca parses
each rendered script as a Jinja template a second time (a place named "{{7*7}}" would otherwise
be evaluated on the server; the places layer's features skip that pass, but any other text may
not). Tooltips are HTML-escaped in Python (views.map_data).
"""
from __future__ import annotations

import json
import re
from typing import Any

from branca.element import Element, MacroElement
from folium.elements import ElementAddToElement, JSCSSMixin
from folium.map import Layer
from folium.template import Template

JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
HTML_SAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}
BRACES = {"{": "\\u007b", "}": "\\u007d"}


def script_json(value: Any) -> str:
    """JSON safe inside a <script> and inert to a second Jinja pass (JSON itself never has "{{")."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = re.sub(r"[<>&']", lambda m: HTML_SAFE[m.group(0)], text)
    return JSON_STRING.sub(lambda m: re.sub(r"[{}]", lambda b: BRACES[b.group(0)], m.group(0)), text)


# name → z-index. Leaflet's overlay pane is 400 and its marker pane 600.
PANES = {"atlas-base": 250, "atlas-lines": 270, "atlas-cities": 300, "atlas-regions": 380, "atlas-countries": 400, "atlas-outlines": 420,
         "atlas-points": 450, "atlas-selected": 460}
NON_INTERACTIVE = ("atlas-base", "atlas-lines", "atlas-cities", "atlas-outlines", "atlas-selected")


class Panes(MacroElement):
    """Create the map's panes (so shapes stack predictably) and fix Leaflet's icon path."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        L.Icon.Default.imagePath = {{ this.image_path|tojson }};
        {% for name, z in this.panes.items() %}
        {{ this._parent.get_name() }}.createPane({{ name|tojson }}).style.zIndex = {{ z }};
        {% endfor %}
        {% for name in this.passive %}
        {{ this._parent.get_name() }}.getPane({{ name|tojson }}).style.pointerEvents = "none";
        {% endfor %}
        {% endmacro %}
    """)

    def __init__(self, image_path: str) -> None:
        super().__init__()
        self._name = "Panes"
        self.image_path = image_path
        self.panes = PANES
        self.passive = NON_INTERACTIVE


PLACES_SCRIPT = Template("""
    {% macro script(this, kwargs) %}
    var {{ this.get_name() }} = L.geoJson({{ this.data_js }}, {
        pane: {{ this.pane_js }},
        interactive: {{ this.interactive_js }},
        pointToLayer: function (feature, latlng) {
            var o = Object.assign({pane: {{ this.pane_js }}, interactive: {{ this.interactive_js }}},
                                  feature.properties.style || {}, {{ this.style_js }});
            if (feature.properties.area_m) { o.radius = feature.properties.area_m; return L.circle(latlng, o); }
            return L.circleMarker(latlng, o);
        },
        style: function (feature) {
            return Object.assign({}, feature.properties.style || {}, {{ this.style_js }});
        },
        onEachFeature: function (feature, layer) {
            var tip = feature.properties.tooltip;
            if (tip && {{ this.interactive_js }}) {
                layer.bindTooltip(tip, {sticky: !{{ this.labels_js }}, permanent: {{ this.labels_js }},
                                        direction: "top", className: {{ this.tooltip_class_js }}});
            }
            if (feature.properties.popup) {
                layer.bindPopup(feature.properties.popup, {maxWidth: 420, maxHeight: 360, className: "atlas-popup"});
            }
        }
    });
    {% if this.register_js %}
    if (window.AtlasMap) { AtlasMap.register({{ this.get_name() }}, {{ this.register_js }}); }
    {% endif %}
    {% if this.data_url_js %}
    fetch({{ this.data_url_js }}).then(function (r) { return r.json(); })
        .then(function (d) {
            {{ this.get_name() }}.addData(d);
            {% if this.register_js %}if (window.AtlasMap) { AtlasMap.register({{ this.get_name() }}, {{ this.register_js }}); }{% endif %}
        });
    {% endif %}
    {% endmacro %}
""")


class PlacesLayer(Layer):
    """A FeatureCollection as one Leaflet layer: circle markers for points (or metre-sized circles
    for areas with ``area_m``), styles from ``properties.style``, an HTML tooltip from
    ``properties.tooltip`` and a popup from ``properties.popup`` (both already escaped). One
    element for all features keeps the page fast. With ``data_url`` the features are fetched from
    the app instead of written into the page. ``pick`` lets a click choose among every place under
    the pointer (views/map_static/atlas-map.js); ``names`` gives its features permanent names;
    ``base`` marks the offline basemap (filled in again when online tiles fail)."""

    _template = PLACES_SCRIPT

    def __init__(self, data: dict[str, Any], name: str | None = None, pane: str = "overlayPane",
                 style: dict[str, Any] | None = None, interactive: bool = True, labels: bool = False,
                 control: bool = False, overlay: bool = True, show: bool = True, data_url: str | None = None,
                 pick: bool = False, names: bool = False, base: bool = False) -> None:
        super().__init__(name=name, overlay=overlay, control=control, show=show)
        self._name = "PlacesLayer"
        self.data = data
        self.pane = pane
        self.style = style or {}
        self.interactive = interactive
        self.labels = labels
        self.tooltip_class = "atlas-label" if labels else "atlas-tip"
        self.data_js = script_json(data)
        self.pane_js, self.style_js = script_json(pane), script_json(self.style)
        self.interactive_js, self.labels_js = script_json(interactive), script_json(labels)
        self.tooltip_class_js = script_json(self.tooltip_class)
        self.data_url_js = script_json(data_url) if data_url else ""  # fetched and added once loaded
        self.register_js = script_json({"pick": pick, "names": names, "base": base}) if pick or names or base else ""

    def render(self, **kwargs: Any) -> None:
        """As folium's ``Layer.render``, but the rendered script (the features) goes into the page as
        literal text: branca would parse it as a template a second time, which with a few hundred
        kilobytes of shapes was most of the map's server time. (st_folium takes each element's
        script macro directly, so it is unaffected.)"""
        if self.show:
            self.add_child(ElementAddToElement(element_name=self.get_name(),
                                               element_parent_name=self._parent.get_name()),
                           name=self.get_name() + "_add")
        script = PLACES_SCRIPT.module.script(self, kwargs)
        self.get_root().script.add_child(LiteralScript(script), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class LiteralScript(Element):
    """Script text written into the page exactly as given (never rendered as a template)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def render(self, **kwargs: Any) -> str:
        return self.text


class Legend(MacroElement):
    """A static legend control (no document text in it)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var legend = L.control({position: {{ this.position|tojson }}});
            legend.onAdd = function () {
                var div = L.DomUtil.create("details", "atlas-legend");
                div.innerHTML = {{ this.html|tojson }};
                L.DomEvent.disableClickPropagation(div);
                return div;
            };
            legend.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
    """)

    def __init__(self, html: str, position: str = "bottomleft") -> None:
        super().__init__()
        self._name = "Legend"
        self.html = html
        self.position = position


class FlyTo(MacroElement):
    """Animate the live map to a box. Used inside st_folium's ``feature_group_to_add``, which is
    re-evaluated without reloading the map, so the camera glides from stop to stop."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var m = window.map;
            if (!m) { return; }
            m.flyToBounds({{ this.bounds|tojson }}, {padding: [40, 40], maxZoom: {{ this.max_zoom }},
                          duration: {{ this.duration }}});
        })();
        {% endmacro %}
    """)

    def __init__(self, bounds: tuple[float, float, float, float], max_zoom: int = 8, duration: float = 1.4) -> None:
        super().__init__()
        self._name = "FlyTo"
        south, west, north, east = bounds
        self.bounds = [[south, west], [north, east]]
        self.max_zoom = max_zoom
        self.duration = duration


class MapBehaviour(JSCSSMixin, MacroElement):
    """The atlas's own map behaviour (views/map_static/atlas-map.js): one click picks among every
    place under the pointer, permanent names that never collide, far places listed in a folded box.
    Its script and style are files declared as data, as folium's plugins declare theirs."""

    default_js = [("atlas_map_js", "atlas/atlas-map.js")]
    default_css = [("atlas_map_css", "atlas/atlas-map.css")]

    _template = Template("""
        {% macro script(this, kwargs) %}
        AtlasMap.init({{ this._parent.get_name() }}, {{ this.options_js }});
        {% endmacro %}
    """)

    def __init__(self, names: bool = True, outside: list[tuple[str, str, int]] | None = None) -> None:
        super().__init__()
        self._name = "MapBehaviour"
        self.options = {"names": names, "outside": [list(o) for o in outside or []]}
        self.options_js = script_json(self.options)  # place names: escaped for a script, inert to Jinja
