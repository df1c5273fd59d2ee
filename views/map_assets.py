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

from views.static_paths import (  # noqa: F401  (the map's files, spelled once there; re-exported for the pages)
    APP_MAP_CSS,
    APP_MAP_DATA,
    APP_MAP_JS,
    BASEMAP_URL,
    CITIES_URL,
    LINES_URL,
    LOCAL_CSS,
    LOCAL_JS,
    VENDOR_URL,
)

URL = VENDOR_URL  # where ui/assets.py puts the vendored files
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


def needs_jquery(root: Element) -> bool:
    """Whether anything under ``root`` writes jQuery (``$``) into the map's script: folium's Popup, and the
    map's ``keep_in_front``. The atlas's own layers bind popups with Leaflet alone."""
    import folium  # already imported by whoever built the map

    return any(isinstance(e, folium.Popup) or getattr(e, "objects_to_stay_in_front", None) for e in walk(root))


def localize(root: Element, base: str = URL) -> Element:
    """Rewrite every element's asset links under ``root`` to local URLs (in place; returns root), and
    leave jQuery out when nothing uses it (87 KB less for the map's frame to fetch and compile)."""
    skip = set() if needs_jquery(root) else {"jquery"}
    for element in walk(root):
        owner = type(element).__name__
        if getattr(element, "default_js", None):
            links = [(name, url) for name, url in element.default_js if name not in skip]
            element.default_js = _local(links, LOCAL_JS, base, owner)
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
