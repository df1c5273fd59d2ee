"""From the actor graph to what the browser draws: filtering, then vis-network data (pyvis's format).

The graph itself comes from ``corpus.graph.actor_graph``; this module only narrows it (kinds,
relations, evidence, a focused neighbourhood) and converts the result at the last step.
Tooltips are plain text: vis-network 9.1 puts string titles in the DOM with ``innerText``.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from corpus.model import ACTOR_KINDS, RELATION_KINDS
from views.network_style import actor_style, edge_width, node_size, relation_style

Positions = dict[str, tuple[float, float]]


@dataclass(frozen=True)
class NetworkFilter:
    """What the analyst asked to see. ``focus`` keeps an actor and its ``depth``-step neighbourhood."""

    kinds: frozenset[str] = field(default_factory=lambda: frozenset(ACTOR_KINDS))
    relations: frozenset[str] = field(default_factory=lambda: frozenset(RELATION_KINDS))
    min_evidence: int = 1
    focus: str | None = None
    depth: int = 1
    hide_isolated: bool = False


def filter_graph(g: nx.MultiDiGraph, flt: NetworkFilter) -> nx.MultiDiGraph:
    """A new graph with the nodes and edges the filter keeps (the input is not changed)."""
    keep = {n for n, d in g.nodes(data=True) if d.get("kind") in flt.kinds}
    if flt.focus in g:
        keep.add(flt.focus)  # a searched actor is shown even when its kind is filtered out
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, g.nodes[n]) for n in g.nodes if n in keep)
    out.add_edges_from((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True)
                       if u in keep and v in keep and d.get("kind") in flt.relations
                       and d.get("weight", 0) >= flt.min_evidence)
    if flt.focus in out:
        near = nx.single_source_shortest_path_length(out.to_undirected(as_view=True), flt.focus,
                                                     cutoff=max(flt.depth, 1))
        out = out.subgraph(near).copy()
    if flt.hide_isolated:
        out.remove_nodes_from([n for n in list(out) if out.degree(n) == 0 and n != flt.focus])
    return out


def node_tooltip(d: dict) -> str:
    lines = [d.get("label", ""), actor_style(d.get("kind", "")).label]
    if d.get("titles"):
        lines.append(d["titles"])
    m, n = d.get("mentions", 0), d.get("documents", 0)
    lines.append(f"{m} mention{'s' if m != 1 else ''} in {n} document{'s' if n != 1 else ''}")
    return "\n".join(lines)


def edge_tooltip(g: nx.MultiDiGraph, u: str, v: str, d: dict) -> str:
    kind = relation_style(d.get("kind", "")).label.lower()
    n = d.get("weight", 0)
    return (f"{g.nodes[u].get('label', u)} — {kind} — {g.nodes[v].get('label', v)}\n"
            f"{n} excerpt{'s' if n != 1 else ''} of evidence · click to read")


def vis_data(g: nx.MultiDiGraph, positions: Positions) -> tuple[list[dict], list[dict]]:
    """Nodes and edges for vis-network (ids are actor and relation ids), in pyvis's data format.

    Built directly rather than through pyvis's ``Network``, whose ``add_node``/``add_edge`` check
    ids against a list (quadratic: half a second for 1,600 actors and 10,000 relations). The dicts
    are the ones pyvis makes, key for key (a test compares the two), without its default font.
    """
    nodes = []
    for n, d in g.nodes(data=True):
        style = actor_style(d.get("kind", ""))
        x, y = positions.get(n, (0.0, 0.0))
        nodes.append({"color": {"background": style.color, "border": "#ffffff",
                                "highlight": {"background": style.color, "border": "#111111"}},
                      "title": node_tooltip(d), "size": node_size(d.get("mentions", 0)),
                      "x": round(x, 1), "y": round(y, 1), "id": n, "label": _short(d.get("label") or n) or n,
                      "shape": style.shape})
    edges = []
    for u, v, key, d in g.edges(keys=True, data=True):
        style = relation_style(d.get("kind", ""))
        smooth = {"enabled": True, "type": "curvedCW", "roundness": style.roundness} if style.roundness \
            else {"enabled": False}
        edges.append({"id": key, "title": edge_tooltip(g, u, v, d), "color": {"color": style.color, "highlight": "#111111"},
                      "width": edge_width(d.get("weight", 0)), "dashes": style.dashes, "smooth": smooth,
                      "arrows": {"to": {"enabled": style.arrow, "scaleFactor": 0.6}}, "from": u, "to": v})
    return nodes, edges


def vis_options(physics: bool) -> dict:
    """Physics off by default: positions are precomputed, so the picture never jumps on screen."""
    return {
        "autoResize": True,
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": True, "iterations": 200}},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "multiselect": False},
        "nodes": {"font": {"size": 16, "face": "system-ui, sans-serif", "color": "#1d2430",
                           "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1.5},
        "edges": {"selectionWidth": 2, "hoverWidth": 1.5},
    }


def _short(label: str, limit: int = 32) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
