"""Point folium's asset links at the app's own copies (ui/assets.py vendors them), never a CDN.

folium keeps its JS/CSS links as data on each element class (``default_js``/``default_css``).
``localize`` rewrites them per instance, drops the ones the map does not need (Bootstrap,
awesome-markers, Font Awesome) and refuses any other remote asset: one unreachable link leaves
streamlit-folium with a blank map, so an unknown plugin must fail loudly in tests, not offline.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from branca.element import Element

from views.static_paths import STATIC_URL, VENDOR_URL

URL = VENDOR_URL  # where ui/assets.py puts the vendored files
BASEMAP_URL = f"{STATIC_URL}/basemap.geojson"  # the country outlines, written there by ui/assets.py
CITIES_URL = f"{STATIC_URL}/cities.geojson"  # the basemap's major cities, written beside them
LINES_URL = f"{STATIC_URL}/basemap-lines.geojson"  # its borders, lakes and rivers (views.map_basemap), beside them

LOCAL_JS = {
    "leaflet": "leaflet/leaflet.js",
    "jquery": "jquery/jquery.min.js",  # folium's popup template needs $
    "markerclusterjs": "markercluster/leaflet.markercluster.js",
    "atlas_map_js": "atlas/atlas-map.js",  # views/map_static, the map's own behaviour
}
LOCAL_CSS = {
    "leaflet_css": "leaflet/leaflet.css",
    "markerclustercss": "markercluster/MarkerCluster.css",
    "markerclusterdefaultcss": "markercluster/MarkerCluster.Default.css",
    "atlas_map_css": "atlas/atlas-map.css",
}
NOT_NEEDED = {"bootstrap", "awesome_markers", "bootstrap_css", "glyphicons_css", "awesome_markers_font_css",
              "awesome_markers_css", "awesome_rotate_css"}
REMOTE = re.compile(r"(?:https?:)?//", re.I)


class RemoteAssetError(ValueError):
    """A map element needs a remote script or stylesheet that has no local copy."""


def walk(element: Element) -> Iterator[Element]:
    """The element and all its descendants, depth first."""
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from walk(child)


def _local(links: list[tuple[str, str]], table: dict[str, str], base: str, owner: str) -> list[tuple[str, str]]:
    out = []
    for name, url in links:
        if name in table:
            out.append((name, f"{base}/{table[name]}"))
        elif name in NOT_NEEDED:
            continue
        elif REMOTE.match(url):
            raise RemoteAssetError(f"{owner} needs {name} from {url}, which is not vendored")
        else:
            out.append((name, url))
    return out


def localize(root: Element, base: str = URL) -> Element:
    """Rewrite every element's asset links under ``root`` to local URLs (in place; returns root)."""
    for element in walk(root):
        owner = type(element).__name__
        if getattr(element, "default_js", None):
            element.default_js = _local(list(element.default_js), LOCAL_JS, base, owner)
        if getattr(element, "default_css", None):
            element.default_css = _local(list(element.default_css), LOCAL_CSS, base, owner)
    return root


def remote_links(root: Element) -> list[str]:
    """Every remote URL left in any element's default_js/default_css (tests assert this is empty)."""
    return [url for element in walk(root)
            for _, url in [*getattr(element, "default_js", []), *getattr(element, "default_css", [])]
            if REMOTE.match(url)]


def asset_links(root: Element) -> tuple[list[str], list[str]]:
    """(js, css) links in load order, deduplicated — what a page must load for this map."""
    js: dict[str, None] = {}
    css: dict[str, None] = {}
    for element in walk(root):
        js.update(dict.fromkeys(url for _, url in getattr(element, "default_js", [])))
        css.update(dict.fromkeys(url for _, url in getattr(element, "default_css", [])))
    return list(js), list(css)
