"""What the analyst asked to see of the network (``NetworkFilter``), applied to the actor graph.

``filter_graph`` narrows ``corpus.graph.actor_graph`` (kinds, relations, evidence, a focused
neighbourhood) for the downloads; the page draws ``views.network_view.network_view``, which makes
the same selection on the corpus directly. ``vis_options`` are vis-network's options.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from model import ACTOR_KINDS, RELATION_KINDS

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

