"""Downloads of the network as shown: GEXF and GraphML (Gephi, Cytoscape) and CSV with evidence."""
from __future__ import annotations

import io
import zipfile

import networkx as nx

from corpus.export import to_csv, xml_safe
from corpus.layout import Positions
from model import Corpus
from views.network_style import actor_style, node_size


def with_positions(g: nx.MultiDiGraph, positions: Positions) -> nx.MultiDiGraph:
    """A copy carrying GEXF ``viz`` data (position, colour, size) so Gephi opens the same picture."""
    out = g.copy()
    for n, d in out.nodes(data=True):
        x, y = positions.get(n, (0.0, 0.0))
        color = actor_style(d.get("kind", "")).color.lstrip("#")
        r, gr, b = (int(color[i:i + 2], 16) for i in (0, 2, 4))
        d["viz"] = {"position": {"x": float(x), "y": float(-y), "z": 0.0}, "size": float(node_size(d.get("mentions", 0))),
                    "color": {"r": r, "g": gr, "b": b, "a": 1.0}}
    return out


def gexf_bytes(g: nx.MultiDiGraph, positions: Positions | None = None) -> bytes:
    buf = io.BytesIO()
    nx.write_gexf(xml_safe(with_positions(g, positions or {})), buf)
    return buf.getvalue()


def graphml_bytes(g: nx.MultiDiGraph, positions: Positions | None = None) -> bytes:
    out = g.copy()
    for n, d in out.nodes(data=True):  # GraphML has no viz block: plain x/y attributes
        x, y = (positions or {}).get(n, (0.0, 0.0))
        d["x"], d["y"] = float(x), float(y)
    buf = io.BytesIO()
    nx.write_graphml(xml_safe(out), buf)
    return buf.getvalue()


def csv_zip(g: nx.MultiDiGraph, corpus: Corpus) -> bytes:
    """nodes.csv and edges.csv; each edge row carries its evidence sentences, documents and excerpt ids."""
    excerpts = {e.id: e for d in corpus.documents for e in d.excerpts}
    titles = {d.id: d.title for d in corpus.documents}
    relations = {r.id: r for r in corpus.relations}
    nodes = [{"id": n, "name": d.get("label", n), "kind": d.get("kind", ""), "mentions": d.get("mentions", 0),
              "documents": d.get("documents", 0), "aliases": d.get("aliases", ""), "titles": d.get("titles", ""),
              "affiliation": g.nodes[d["affiliation"]].get("label", d["affiliation"])
              if d.get("affiliation") in g else d.get("affiliation", ""), "years": d.get("years", "")}
             for n, d in g.nodes(data=True)]
    edges = []
    for u, v, key, d in g.edges(keys=True, data=True):
        evidence = relations[key].evidence if key in relations else ()
        edges.append({"id": key, "source": u, "target": v, "source_name": g.nodes[u].get("label", u),
                      "target_name": g.nodes[v].get("label", v), "kind": d.get("kind", ""),
                      "evidence_count": d.get("weight", 0), "years": d.get("years", ""),
                      "documents": " | ".join(titles.get(e.document, e.document) for e in evidence),
                      "excerpt_ids": " ".join(e.excerpt for e in evidence),
                      "evidence": " | ".join(excerpts[e.excerpt].text for e in evidence if e.excerpt in excerpts)})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("nodes.csv", to_csv(nodes))
        zf.writestr("edges.csv", to_csv(edges))
    return buf.getvalue()
