"""The actor network as a networkx graph: the one graph behind the network page and GEXF/GraphML."""
from __future__ import annotations

import networkx as nx

from model import Corpus


def actor_graph(corpus: Corpus) -> nx.MultiDiGraph:
    """Actors as nodes (kind, mentions, documents, years), relations as edges (kind, evidence)."""
    years = {d.id: d.year for d in corpus.documents}
    g = nx.MultiDiGraph()
    for a in corpus.actors:
        docs = sorted({m.document for m in a.mentions})
        g.add_node(a.id, label=a.name, kind=a.kind, mentions=len(a.mentions), documents=len(docs),
                   aliases="; ".join(a.aliases), titles="; ".join(a.titles), affiliation=a.affiliation or "",
                   years=" ".join(str(y) for y in sorted({years[d] for d in docs if years.get(d)})))
    for r in corpus.relations:
        if r.source in g and r.target in g:
            g.add_edge(r.source, r.target, key=r.id, kind=r.kind, weight=len(r.evidence),
                       evidence=" ".join(e.excerpt for e in r.evidence),
                       years=" ".join(str(y) for y in r.years))
    return g
