"""The tour as one standalone HTML file: a slideshow that runs from a USB stick with no Python.

Leaflet (from the vendored copy), the basemap (country outlines, and the borders, lakes, rivers and
major cities around the stops: views.map_basemap, named by the app map's own layout script), the stops and the slideshow's own CSS and JS
are all inside the file; a Content-Security-Policy meta tag allows nothing from any other host (and
nothing but the inline code). Document text travels as JSON (Jinja's ``tojson``, safe inside a
script) and the slideshow puts it on the page with ``textContent`` only: it is never parsed as HTML.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from geo.shapes import SHAPE_KINDS, basemap_geojson
from model import Corpus, documents_by_id
from views.map_basemap import cities_near, lines_near
from views.map_data import place_bounds, place_geometry
from views.templates import TEMPLATES, render
from views.tour import Stop
from views.tour_quote import Segment, one_line

CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
       "font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'")
CSS_URL = re.compile(r"url\([^)]*\)")
MAP_STATIC = Path(__file__).resolve().parent / "map_static"  # the app map's own script and style


def _segments(parts: Sequence[Segment]) -> list[list[Any]]:
    return [[s.text, s.mark] for s in parts]


def stop_data(corpus: Corpus, stop: Stop) -> dict[str, Any]:
    """One slide: the place, its shape and where to fly, the trimmed and the full quotation, the
    note and the citation (title, date, source file). Plain text: the slideshow never parses HTML."""
    by_id = {p.id: p for p in corpus.places}
    place = stop.place
    geometry = place_geometry(place, by_id) if place.kind in SHAPE_KINDS else None
    geometry = geometry or {"type": "Point", "coordinates": [place.lon, place.lat]}
    south, west, north, east = place_bounds(place, by_id)
    doc = documents_by_id(corpus).get(stop.card.document)
    return {"place": one_line(place.name), "note": one_line(stop.note),
            "quote": _segments(stop.quote.parts), "cut_before": stop.quote.cut_before,
            "cut_after": stop.quote.cut_after, "full": _segments(stop.quote.full) if stop.quote.trimmed else [],
            "title": one_line(stop.card.title), "when": stop.card.when,
            "source": one_line(doc.source) if doc else stop.card.document,
            "shape": {"type": "Feature", "properties": {}, "geometry": geometry},
            "bounds": [[south, west], [north, east]]}


def _inline(path: Path) -> str:
    """A script or style sheet's text, safe to put inside its tag."""
    return path.read_text(encoding="utf-8").replace("</script", "<\\/script").replace("</style", "<\\/style")


def slideshow_html(corpus: Corpus, stops: Sequence[Stop], vendor_dir: Path, title: str = "Policy Atlas tour") -> str:
    """The whole slideshow page (one file, nothing loaded from anywhere)."""
    from markupsafe import Markup

    own = {n: (TEMPLATES / n).read_text(encoding="utf-8") for n in ("slideshow.css", "slideshow.js")}
    slides = [stop_data(corpus, s) for s in stops]
    boxes = [(s["bounds"][0][0], s["bounds"][0][1], s["bounds"][1][0], s["bounds"][1][1]) for s in slides]
    data = {"title": one_line(title), "stops": slides, "basemap": basemap_geojson(), "lines": lines_near(boxes),
            "cities": cities_near(boxes)}
    return render("slideshow.html", title=one_line(title), csp=CSP, data=data,
                  leaflet_css=Markup(CSS_URL.sub("none", _inline(vendor_dir / "leaflet" / "leaflet.css"))),
                  leaflet_js=Markup(_inline(vendor_dir / "leaflet" / "leaflet.js")),
                  slideshow_css=Markup(own["slideshow.css"]), slideshow_js=Markup(own["slideshow.js"]),
                  names_css=Markup(_inline(MAP_STATIC / "atlas-map.css")),
                  names_js=Markup(_inline(MAP_STATIC / "atlas-map.js")))
