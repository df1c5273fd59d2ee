"""Stable positions for the actor network: computed once for the whole graph, reused by every view.

Filters only hide nodes; they never move the ones that stay, so the picture does not jump in
front of an audience. The layout is deterministic (fixed seed) and keyed by the graph's shape.
"""
from __future__ import annotations

import hashlib
import math

import networkx as nx
import numpy as np

Positions = dict[str, tuple[float, float]]  # actor id -> (x, y)


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
    """Positions in screen pixels: each connected group laid out on its own, then packed in rows.

    Spring layout on the whole graph throws small groups and lone actors to the far edges and
    squeezes the main cluster into a dot; packing components keeps every label readable. With
    ``previous`` (an earlier graph's positions) known nodes keep their place and only new ones are
    placed near their neighbours, so a merge or an upload does not reshuffle the picture.
    """
    nodes, pairs = shape
    if not nodes:
        return {}
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_weighted_edges_from((a, b, 1 + math.log(w)) for a, b, w in pairs)
    kept = {n: previous[n] for n in nodes if previous and n in previous}
    if kept:
        return _extend(g, kept)
    boxes = [_component(g.subgraph(c)) for c in sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))]
    return _pack(boxes)


def _component(sub: nx.Graph) -> Positions:
    """One connected group, centred on (0, 0), about 120 px between neighbours."""
    n = sub.number_of_nodes()
    if n == 1:
        return {next(iter(sub)): (0.0, 0.0)}
    if n == 2:
        a, b = sorted(sub)
        return {a: (-70.0, 0.0), b: (70.0, 0.0)}
    if n <= 60:  # Kamada-Kawai spaces hubs and spokes evenly, but its cost grows fast with n
        pos = nx.kamada_kawai_layout(sub, weight=None)
    else:
        pos = _force_directed(sub)
    scale = 80 * math.sqrt(n)
    return {v: (float(p[0]) * scale, float(p[1]) * scale) for v, p in pos.items()}


def _force_directed(sub: nx.Graph, iterations: int = 80, seed: int = 7, block: int = 256) -> dict[str, np.ndarray]:
    """Fruchterman-Reingold on dense numpy arrays: networkx switches to a slow sparse loop at 500
    nodes (16 s for 1,000 here); this stays at a few seconds up to ~2,000 nodes. The pairwise
    forces are computed ``block`` rows at a time, so memory grows with n·block, not n² (3,000
    actors at once would need about 600 MB)."""
    nodes = sorted(sub)
    adj = nx.to_numpy_array(sub, nodelist=nodes, weight=None, dtype=np.float32)
    pos = np.random.default_rng(seed).random((len(nodes), 2))
    k, t = 1.0 / math.sqrt(len(nodes)), 0.1
    disp = np.empty_like(pos)
    for _ in range(iterations):
        for i in range(0, len(nodes), block):
            delta = pos[i:i + block, None, :] - pos[None, :, :]
            dist = np.clip(np.linalg.norm(delta, axis=-1), 0.01, None)
            disp[i:i + block] = np.einsum("ijk,ij->ik", delta, k * k / dist ** 2 - adj[i:i + block] * dist / k)
        length = np.linalg.norm(disp, axis=-1)
        pos += disp * (t / np.where(length < 0.01, 0.1, length))[:, None]
        t -= 0.1 / (iterations + 1)
    pos -= pos.mean(axis=0)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    return dict(zip(nodes, pos))


def _pack(boxes: list[Positions], gap: float = 90.0) -> Positions:
    """Shelf packing: the largest group first, the others in rows under it, left to right."""
    out: Positions = {}
    sizes = []
    for box in boxes:
        xs, ys = [p[0] for p in box.values()], [p[1] for p in box.values()]
        sizes.append((min(xs), max(xs) + 130, min(ys), max(ys)))  # room for the label to the right
    # Rows as wide as a landscape screen (about 16:10 over the whole picture), so the small groups sit
    # beside the main one instead of under it, and a fit to a wide canvas draws everything larger.
    area = sum((x1 - x0 + gap) * (y1 - y0 + 40 + gap) for x0, x1, y0, y1 in sizes)
    width = max(900.0, sizes[0][1] - sizes[0][0], math.sqrt(area * 1.6))
    x = y = row_h = 0.0
    for box, (x0, x1, y0, y1) in zip(boxes, sizes):
        w, h = x1 - x0, y1 - y0 + 40
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h + gap, 0.0
        for v, (px, py) in box.items():
            out[v] = (round(px - x0 + x, 1), round(py - y0 + y, 1))
        x += w + gap
        row_h = max(row_h, h)
    return out


def _extend(g: nx.Graph, kept: Positions) -> Positions:
    """Place only the nodes without a position, next to the average of their placed neighbours."""
    out = dict(kept)
    bottom = max(y for _, y in kept.values()) + 120
    spare = 0
    for v in sorted(set(g) - set(kept)):
        near = [out[u] for u in g[v] if u in out]
        if near:
            cx, cy = sum(p[0] for p in near) / len(near), sum(p[1] for p in near) / len(near)
            out[v] = (round(cx + 40.0, 1), round(cy + 40.0, 1))
        else:
            out[v] = (round(160.0 * spare, 1), round(bottom, 1))
            spare += 1
    return out
