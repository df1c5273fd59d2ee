"""What the network page draws for a year-filtered corpus, straight from the model (no networkx).

The selection is ``views.network_build.choose`` (the same rule the downloads use), fed the
corpus's tuples, because a filter change must redraw in well under a second at 10,000 documents. What is sent is only what the
view needs: a browser draws a few thousand actors and lines quickly and tens of thousands
slowly, so the view keeps the ``max_nodes`` most mentioned actors and the ``max_edges``
strongest relations (named relations before co-mentions) and says how many it left out;
focusing on an actor, or a higher minimum of evidence, brings the others into view. Rows are
compact (one list per actor or relation); the component turns them into vis-network objects
(pyvis's format) with the style table of ``views.network_style.vis_styles``. Downloads use the full graph (``views.network_export``).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from corpus.layout import Positions
from model import Actor, Corpus, Relation
from views.network_build import NetworkFilter, choose
from views.network_style import edge_width, node_size

MAX_NODES = 2000
MAX_EDGES = 4000
NODE_FIELDS = ("id", "name", "kind", "x", "y", "size", "mentions", "documents", "titles", "color")
EDGE_FIELDS = ("id", "from", "to", "kind", "width", "evidence")


@dataclass(frozen=True)
class NetworkView:
    """Rows for the component (``NODE_FIELDS``, ``EDGE_FIELDS``) and the counts before the caps."""

    nodes: list[list]
    edges: list[list]
    actors: int
    relations: int

    @property
    def capped(self) -> bool:
        return len(self.nodes) < self.actors or len(self.edges) < self.relations

    def to_json(self) -> str:
        """One JSON text: Streamlit passes a string on as it is, where a large structure would be
        encoded twice (once with sorted keys, for the element's identity)."""
        return json.dumps({"nodes": self.nodes, "edges": self.edges}, ensure_ascii=False, separators=(",", ":"))


def network_view(corpus: Corpus, flt: NetworkFilter, positions: Positions, keep: Iterable[str] = (),
                 max_nodes: int = MAX_NODES, max_edges: int = MAX_EDGES,
                 colors: Mapping[str, str] | None = None) -> NetworkView:
    """The actors and relations ``flt`` keeps (``views.network_build.choose``), capped; actors in
    ``keep`` (the selection) stay in. ``colors`` (actor id → colour) overrides the kind's colour."""
    actors = {a.id: a for a in corpus.actors}
    by_id = {r.id: r for r in corpus.relations}
    shown, rows = choose({i: a.kind for i, a in actors.items()},
                         ((r.id, r.source, r.target, r.kind, len(r.evidence)) for r in corpus.relations), flt)
    relations = [by_id[e[0]] for e in rows]
    total_actors, total_relations = len(shown), len(relations)
    order = [a.id for a in corpus.actors if a.id in shown]  # corpus order, as the graph has it
    if len(order) > max_nodes:
        pinned = {i for i in (*keep, flt.focus) if i in shown}
        ranked = sorted(order, key=lambda i: (i not in pinned, -len(actors[i].mentions)))
        top = set(ranked[:max(max_nodes, len(pinned))])
        order = [i for i in order if i in top]
        relations = [r for r in relations if r.source in top and r.target in top]
    if len(relations) > max_edges:
        strongest = sorted(range(len(relations)), key=lambda k: (relations[k].kind == "co-mentioned",
                                                                  -len(relations[k].evidence)))
        chosen = set(strongest[:max_edges])
        relations = [r for k, r in enumerate(relations) if k in chosen]
    nodes = [node_row(actors[i], positions, (colors or {}).get(i, "")) for i in order]
    edges = [edge_row(r) for r in relations]
    return NetworkView(nodes, edges, total_actors, total_relations)


def node_row(a: Actor, positions: Positions, color: str = "") -> list:
    x, y = positions.get(a.id, (0.0, 0.0))
    mentions = len(a.mentions)
    return [a.id, a.name, a.kind, round(x, 1), round(y, 1), node_size(mentions), mentions,
            len({m.document for m in a.mentions}), "; ".join(a.titles), color]


def edge_row(r: Relation) -> list:
    weight = len(r.evidence)
    return [r.id, r.source, r.target, r.kind, edge_width(weight), weight]
