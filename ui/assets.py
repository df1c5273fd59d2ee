"""Copy Leaflet, its plugins, jQuery and vis-network from installed packages into ./static/vendor.

Streamlit serves ./static at /app/static (enableStaticServing), so the map and the network load
their scripts from the app itself and work with no internet. Files are copied, not linked:
Streamlit refuses links that point outside static/.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from views.static_paths import STATIC_URL

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "static"  # served at STATIC_URL
VENDOR = STATIC / "vendor"  # served at views.static_paths.VENDOR_URL
BASEMAP = STATIC / "basemap.geojson"  # served at views.map_assets.BASEMAP_URL
CITIES = STATIC / "cities.geojson"  # served at views.map_assets.CITIES_URL
LINES = STATIC / "basemap-lines.geojson"  # served at views.map_assets.LINES_URL
MAP_STATIC = ROOT / "views" / "map_static"  # the map's own script and style, copied to vendor/atlas


def served_at(path: Path) -> str:
    """The URL Streamlit serves a file under ./static at."""
    return f"{STATIC_URL}/{path.resolve().relative_to(STATIC.resolve()).as_posix()}"


def _sources() -> dict[str, Path]:
    import pyvis
    import xstatic.pkg.jquery as jquery
    import xstatic.pkg.leaflet as leaflet
    import xstatic.pkg.leaflet_markercluster as markercluster

    vis = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
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
