"""Write the analysed corpus as JSON (the reference), CSV tables, GeoJSON places, GEXF or GraphML."""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from typing import TYPE_CHECKING, Any

from corpus.filters import named_places_only
from corpus.serialize import corpus_to_dict
from model import Corpus

if TYPE_CHECKING:  # networkx is imported by the graph formats when one is asked for, not with every page
    import networkx as nx

FORMATS = ("json", "csv", "geojson", "gexf", "graphml")


def export(corpus: Corpus, fmt: str, include_demonyms: bool = False) -> bytes:
    """The corpus in one of FORMATS, as bytes ready to write or download.

    Places known only through a demonym are weak evidence and left out unless asked for.
    """
    if not include_demonyms:
        corpus = named_places_only(corpus)
    if fmt == "json":
        return json.dumps(_reference_dict(corpus), ensure_ascii=False, indent=1).encode("utf-8")
    if fmt == "geojson":
        return json.dumps(places_geojson(corpus), ensure_ascii=False).encode("utf-8")
    if fmt == "csv":
        return csv_zip(corpus)
    if fmt in ("gexf", "graphml"):
        return graph_bytes(corpus, fmt)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _reference_dict(corpus: Corpus) -> dict[str, Any]:
    """The JSON reference: an actor's ``mentions`` are the places the text names it; the sentences it
    was only inferred from (an affiliation) are listed apart as ``inferred_from``."""
    data = corpus_to_dict(corpus)
    for actor in data["actors"]:
        mentions = actor.get("mentions", [])
        actor["inferred_from"] = [m for m in mentions if m.get("kind") == "inferred"]
        actor["mentions"] = [m for m in mentions if m.get("kind") != "inferred"]
    return data


def places_geojson(corpus: Corpus) -> dict[str, Any]:
    """A FeatureCollection: shapes for countries and regions, points for the rest."""
    features = []
    for p in corpus.places:
        geometry = p.geometry or {"type": "Point", "coordinates": [p.lon, p.lat]}
        features.append({"type": "Feature", "id": p.id, "geometry": geometry, "properties": {
            "id": p.id, "name": p.name, "kind": p.kind, "lat": p.lat, "lon": p.lon, "confidence": p.confidence,
            "mentions": len(p.mentions), "documents": sorted({m.document for m in p.mentions}),
            "excerpts": sorted({m.excerpt for m in p.mentions})}})
    return {"type": "FeatureCollection", "features": features}


def graph_bytes(corpus: Corpus, fmt: str) -> bytes:
    import networkx as nx

    from corpus.graph import actor_graph

    g = xml_safe(actor_graph(corpus))
    buf = io.BytesIO()
    (nx.write_gexf if fmt == "gexf" else nx.write_graphml)(g, buf)
    return buf.getvalue()


# Characters XML 1.0 cannot hold: lxml refuses to write them, so one name with a stray control character
# (a correction typed or imported by someone) would make the whole GEXF/GraphML download fail.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of a graph whose node ids, edge keys and string attributes hold only characters XML can carry."""
    def clean(value: Any) -> Any:
        if isinstance(value, str):
            return _XML_INVALID.sub("", value)
        if isinstance(value, dict):
            return {k: clean(v) for k, v in value.items()}
        return value

    out = g.__class__()
    out.graph.update({k: clean(v) for k, v in g.graph.items()})
    out.add_nodes_from((clean(n), {k: clean(v) for k, v in d.items()}) for n, d in g.nodes(data=True))
    if g.is_multigraph():
        out.add_edges_from((clean(u), clean(v), clean(key), {k: clean(x) for k, x in d.items()})
                           for u, v, key, d in g.edges(keys=True, data=True))
    else:
        out.add_edges_from((clean(u), clean(v), {k: clean(x) for k, x in d.items()}) for u, v, d in g.edges(data=True))
    return out


def tables(corpus: Corpus) -> dict[str, list[dict[str, Any]]]:
    """Flat tables: documents, excerpts, places, actors, relations, and every mention with its excerpt."""
    excerpt_text = {e.id: e.text for d in corpus.documents for e in d.excerpts}
    names = {a.id: a.name for a in corpus.actors}
    return {
        "documents": [{"id": d.id, "source": d.source, "title": d.title, "date": d.date or "", "year": d.year or "",
                       "date_source": d.date_source or "", "language": d.language,
                       "excerpts": len(d.excerpts)} for d in corpus.documents],
        "places": [{"id": p.id, "name": p.name, "kind": p.kind, "lat": p.lat, "lon": p.lon,
                    "confidence": p.confidence, "mentions": len(p.mentions)} for p in corpus.places],
        "actors": [{"id": a.id, "name": a.name, "kind": a.kind, "aliases": "; ".join(a.aliases),
                    "titles": "; ".join(a.titles), "affiliation": names.get(a.affiliation or "", ""),
                    "mentions": len(a.mentions)} for a in corpus.actors],
        "relations": [{"id": r.id, "source": names.get(r.source, r.source), "target": names.get(r.target, r.target),
                       "kind": r.kind, "evidence_count": len(r.evidence),
                       "years": " ".join(map(str, r.years)),
                       "evidence": " | ".join(excerpt_text.get(e.excerpt, "") for e in r.evidence)}
                      for r in corpus.relations],
        "mentions": [{"entity": x.id, "entity_type": t, "document": m.document, "excerpt": m.excerpt,
                      "start": m.start, "end": m.end, "text": m.text, "kind": m.kind,
                      "sentence": excerpt_text.get(m.excerpt, "")}
                     for t, items in (("place", corpus.places), ("actor", corpus.actors)) for x in items
                     for m in x.mentions],
    }


def csv_zip(corpus: Corpus) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, rows in tables(corpus).items():
            zf.writestr(f"{name}.csv", to_csv(rows))
    return buf.getvalue()


def to_csv(rows: list[dict[str, Any]]) -> str:
    """CSV text; cells that a spreadsheet would run as a formula ("=…", "+…", "@…") are quoted with '."""
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({k: _cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(value):
        return "'" + value
    return value


def _is_number(value: str) -> bool:
    try:
        float(value)
        return True
    except ValueError:
        return False
