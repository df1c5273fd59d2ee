"""What the analyst asked to see of the network (``NetworkFilter``) and the one rule that applies it.

``choose`` is that rule, on plain rows (actor kinds, relation rows): ``views.network_view`` feeds it
the corpus's tuples for the page (fast at 10,000 documents), ``filter_graph`` feeds it
``corpus.graph.actor_graph`` for the downloads, so the two can never disagree. ``vis_options`` are
vis-network's options.
"""
from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import networkx as nx

from model import ACTOR_KINDS, RELATION_KINDS

EdgeRow = tuple[str, str, str, str, int]  # (id, source, target, kind, evidence)
NAMED_RELATIONS = tuple(k for k in RELATION_KINDS if k != "co-mentioned")  # co-mentions: the weakest evidence

@dataclass(frozen=True)
class NetworkFilter:
    """What the analyst asked to see. ``focus`` keeps an actor and its ``depth``-step neighbourhood;
    ``within`` (a set of actor ids, e.g. the actors of a document or of a place's excerpts) keeps
    only those actors and the relations between them."""

    kinds: frozenset[str] = field(default_factory=lambda: frozenset(ACTOR_KINDS))
    relations: frozenset[str] = field(default_factory=lambda: frozenset(RELATION_KINDS))
    min_evidence: int = 1
    focus: str | None = None
    depth: int = 1
    hide_isolated: bool = False
    within: frozenset[str] | None = None


def choose(kinds: Mapping[str, str], edges: Iterable[EdgeRow], flt: NetworkFilter) -> tuple[set[str], list[EdgeRow]]:
    """The actors (of ``kinds``: id → kind) and relation rows ``flt`` keeps, relations in input order."""
    pinned = set(flt.within or ()) & set(kinds)
    if flt.focus in kinds:
        pinned.add(flt.focus)  # a searched actor is shown even when its kind is filtered out
    shown = {i for i, k in kinds.items() if k in flt.kinds} | pinned
    if flt.within is not None:
        shown &= set(flt.within) | ({flt.focus} if flt.focus in kinds else set())
    kept = [e for e in edges if e[1] in shown and e[2] in shown and e[3] in flt.relations and e[4] >= flt.min_evidence]
    if flt.focus in kinds:
        near = _neighbourhood(flt.focus, kept, max(flt.depth, 1))
        shown &= near
        kept = [e for e in kept if e[1] in near and e[2] in near]
    if flt.hide_isolated:
        linked = {x for e in kept for x in (e[1], e[2])}
        shown = {i for i in shown if i in linked or i == flt.focus}
    return shown, kept


def _neighbourhood(start: str, edges: list[EdgeRow], depth: int) -> set[str]:
    """Actors within ``depth`` steps of ``start``, the relations read in both directions."""
    adjacent: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        adjacent[e[1]].add(e[2])
        adjacent[e[2]].add(e[1])
    seen, queue = {start: 0}, deque([start])
    while queue:
        v = queue.popleft()
        if seen[v] == depth:
            continue
        for u in adjacent[v]:
            if u not in seen:
                seen[u] = seen[v] + 1
                queue.append(u)
    return set(seen)


def filter_graph(g: nx.MultiDiGraph, flt: NetworkFilter) -> nx.MultiDiGraph:
    """A new graph with the nodes and edges the filter keeps (the input is not changed)."""
    kinds = {n: d.get("kind", "") for n, d in g.nodes(data=True)}
    rows = [(k, u, v, d.get("kind", ""), d.get("weight", 0)) for u, v, k, d in g.edges(keys=True, data=True)]
    shown, kept = choose(kinds, rows, flt)
    keys = {e[0] for e in kept}
    out = nx.MultiDiGraph()
    out.add_nodes_from((n, g.nodes[n]) for n in g.nodes if n in shown)
    out.add_edges_from((u, v, k, d) for u, v, k, d in g.edges(keys=True, data=True) if k in keys)
    return out


def vis_options(physics: bool) -> dict:
    """Physics off by default: positions are precomputed, so the picture never jumps on screen.
    Label sizes are set per node by the component (a fixed size on screen, see network.js)."""
    return {
        "autoResize": True,
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": True, "iterations": 200}},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False, "multiselect": False,
                        "hideEdgesOnDrag": False},
        "nodes": {"font": {"size": 14, "face": "system-ui, -apple-system, 'Segoe UI', sans-serif",
                           "color": "#1d2430", "strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1.5},
        "edges": {"selectionWidth": 2.5, "hoverWidth": 1.5},
    }
