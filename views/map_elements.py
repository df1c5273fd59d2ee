"""Small folium elements for the atlas map: panes, a GeoJSON places layer, a legend, a fly-to.

Written like folium's own plugins (a template and a short constructor) but with no remote
assets. Data goes into the page through Jinja's ``tojson``, which escapes ``<``, ``>`` and ``&``,
so document text cannot close the script; tooltips are escaped in Python (views.map_data).
"""
from __future__ import annotations

from typing import Any

from branca.element import MacroElement
from folium.map import Layer
from folium.template import Template

# name → z-index. Leaflet's overlay pane is 400 and its marker pane 600.
PANES = {"atlas-base": 250, "atlas-regions": 380, "atlas-countries": 400, "atlas-outlines": 420,
         "atlas-points": 450, "atlas-selected": 460}
NON_INTERACTIVE = ("atlas-base", "atlas-outlines", "atlas-selected")


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


class PlacesLayer(Layer):
    """A FeatureCollection as one Leaflet layer: circle markers for points (or metre-sized circles
    for areas with ``area_m``), styles from ``properties.style`` and an HTML tooltip from
    ``properties.tooltip`` (already escaped). One element for all features keeps the page fast."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.geoJson({{ this.data|tojson }}, {
            pane: {{ this.pane|tojson }},
            interactive: {{ this.interactive|tojson }},
            pointToLayer: function (feature, latlng) {
                var o = Object.assign({pane: {{ this.pane|tojson }}, interactive: {{ this.interactive|tojson }}},
                                      feature.properties.style || {}, {{ this.style|tojson }});
                if (feature.properties.area_m) { o.radius = feature.properties.area_m; return L.circle(latlng, o); }
                return L.circleMarker(latlng, o);
            },
            style: function (feature) {
                return Object.assign({}, feature.properties.style || {}, {{ this.style|tojson }});
            },
            onEachFeature: function (feature, layer) {
                var tip = feature.properties.tooltip;
                if (tip && {{ this.interactive|tojson }}) {
                    layer.bindTooltip(tip, {sticky: !{{ this.labels|tojson }}, permanent: {{ this.labels|tojson }},
                                            direction: "top", className: {{ this.tooltip_class|tojson }}});
                }
            }
        });
        {% endmacro %}
    """)

    def __init__(self, data: dict[str, Any], name: str | None = None, pane: str = "overlayPane",
                 style: dict[str, Any] | None = None, interactive: bool = True, labels: bool = False,
                 control: bool = False, overlay: bool = True, show: bool = True) -> None:
        super().__init__(name=name, overlay=overlay, control=control, show=show)
        self._name = "PlacesLayer"
        self.data = data
        self.pane = pane
        self.style = style or {}
        self.interactive = interactive
        self.labels = labels
        self.tooltip_class = "atlas-label" if labels else "atlas-tip"


class Legend(MacroElement):
    """A static legend control (no document text in it)."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        (function () {
            var legend = L.control({position: {{ this.position|tojson }}});
            legend.onAdd = function () {
                var div = L.DomUtil.create("div", "atlas-legend");
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
