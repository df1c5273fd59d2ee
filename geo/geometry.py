"""Plane geometry on GeoJSON rings, with no gazetteer behind it (so both the gazetteer and the
outlines can use it without importing each other)."""
from __future__ import annotations

from typing import Any


def centroid(geom: dict[str, Any]) -> tuple[float, float] | None:
    """(lat, lon) centre of the largest polygon: the mainland, not the average with overseas islands."""
    rings = [geom["coordinates"][0]] if geom["type"] == "Polygon" else [p[0] for p in geom["coordinates"]]
    best = None
    for ring in rings:
        a = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
            cross = x0 * y1 - x1 * y0
            a += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if a and (best is None or abs(a) > best[0]):
            best = (abs(a), cy / (3 * a), cx / (3 * a))
    return (round(best[1], 4), round(best[2], 4)) if best else None


def outline_points(geom: dict[str, Any], step_deg: float = 0.5) -> list[tuple[float, float]]:
    """(lat, lon) points along a line's or polygon's outline, at most ``step_deg`` apart: what "near this
    region" is measured to (a border is near the towns on it, not only its centre)."""
    kind, coords = geom["type"], geom["coordinates"]
    lines = {"LineString": [coords], "MultiLineString": coords, "Polygon": coords,
             "MultiPolygon": [ring for poly in coords for ring in poly]}.get(kind, [])
    out: list[tuple[float, float]] = []
    for line in lines:
        for (x0, y0), (x1, y1) in zip(line, line[1:]):
            steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0)) / step_deg))
            out += [(y0 + (y1 - y0) * i / steps, x0 + (x1 - x0) * i / steps) for i in range(steps)]
        if line:
            out.append((line[-1][1], line[-1][0]))
    return out
