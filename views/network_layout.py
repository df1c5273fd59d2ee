"""Stable positions for the actor network: computed once for the whole graph, reused by every view.

Filters only hide nodes; they never move the ones that stay, so the picture does not jump in
front of an audience. The layout is deterministic (fixed seed) and keyed by the graph's shape.
"""
from __future__ import annotations

import hashlib
import math

import networkx as nx

from views.network_build import Positions

Shape = tuple[tuple[str, ...], tuple[tuple[str, str, int], ...]]


def graph_shape(g: nx.MultiDiGraph) -> Shape:
    """Nodes and weighted undirected pairs: all the layout depends on (a hashable cache key)."""
    pairs: dict[tuple[str, str], int] = {}
    for u, v, d in g.edges(data=True):
        if u != v:
            a, b = sorted((u, v))
            pairs[(a, b)] = pairs.get((a, b), 0) + int(d.get("weight", 1) or 1)
    return tuple(sorted(g.nodes)), tuple(sorted((a, b, w) for (a, b), w in pairs.items()))


def shape_key(shape: Shape) -> str:
    return hashlib.sha256(repr(shape).encode()).hexdigest()[:16]


def layout(shape: Shape, previous: Positions | None = None) -> Positions:
    """Spring layout in screen units (about 90 px between neighbours).

    With ``previous`` (positions of an earlier graph), nodes that already had a place keep it and
    only new nodes are placed, so a merge or an upload does not reshuffle the picture.
    """
    nodes, pairs = shape
    if not nodes:
        return {}
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_weighted_edges_from((a, b, 1 + math.log(w)) for a, b, w in pairs)
    scale = 90 * math.sqrt(len(nodes))
    kept = {n: previous[n] for n in nodes if previous and n in previous}
    if kept and len(kept) < len(nodes):
        init = {n: (x / scale, y / scale) for n, (x, y) in kept.items()}
        pos = nx.spring_layout(g, pos=init, fixed=list(kept), seed=7, k=1.6 / math.sqrt(len(nodes)),
                               iterations=80)
        return {n: kept.get(n, (float(p[0]) * scale, float(p[1]) * scale)) for n, p in pos.items()}
    if kept:
        return kept
    pos = nx.spring_layout(g, seed=7, k=1.6 / math.sqrt(len(nodes)), iterations=100)
    return {n: (round(float(p[0]) * scale, 1), round(float(p[1]) * scale, 1)) for n, p in pos.items()}
