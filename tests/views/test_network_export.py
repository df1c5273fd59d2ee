"""Downloads: GEXF and GraphML that networkx reads back, CSV rows that carry their evidence."""
import csv
import io
import zipfile

import networkx as nx

from corpus.graph import actor_graph
from corpus.layout import graph_shape, layout
from tests.views.network_fixture import HOSTILE_NAME, sample_corpus
from views.network_build import NetworkFilter, filter_graph
from views.network_export import csv_zip, gexf_bytes, graphml_bytes


def _graph():
    return actor_graph(sample_corpus())


def test_gexf_reads_back_with_nodes_edges_kinds_and_positions():
    g = _graph()
    positions = layout(graph_shape(g))
    back = nx.read_gexf(io.BytesIO(gexf_bytes(g, positions)))
    assert set(back.nodes) == set(g.nodes) and back.number_of_edges() == g.number_of_edges()
    assert back.nodes["a-kerry"]["kind"] == "official" and back.nodes["a-kerry"]["label"] == "John Kerry"
    assert back.nodes["a-evil"]["label"] == HOSTILE_NAME
    viz = back.nodes["a-kerry"]["viz"]
    assert abs(viz["position"]["x"] - positions["a-kerry"][0]) < 1e-3
    assert {d["kind"] for *_, d in back.edges(data=True)} == {r.kind for r in sample_corpus().relations}


def test_graphml_reads_back_filtered():
    g = filter_graph(_graph(), NetworkFilter(kinds=frozenset({"official"})))
    back = nx.read_graphml(io.BytesIO(graphml_bytes(g, {})))
    assert set(back.nodes) == {"a-kerry", "a-hernandez", "a-smith"} and back.number_of_edges() == 2


def test_csv_has_nodes_and_edges_with_evidence_sentences():
    corpus = sample_corpus()
    with zipfile.ZipFile(io.BytesIO(csv_zip(_graph(), corpus))) as zf:
        nodes = list(csv.DictReader(io.StringIO(zf.read("nodes.csv").decode())))
        edges = list(csv.DictReader(io.StringIO(zf.read("edges.csv").decode())))
    assert len(nodes) == 9 and len(edges) == 8
    kerry = next(n for n in nodes if n["id"] == "a-kerry")
    assert kerry["affiliation"] == "Department of State" and kerry["mentions"] == "4"
    member = next(e for e in edges if e["id"] == "r-member")
    assert member["evidence_count"] == "2" and member["source_name"] == "John Kerry"
    assert "Secretary Kerry met with President Hernandez" in member["evidence"]
    assert member["excerpt_ids"] == "d1:0 d2:1" and "Aid review" in member["documents"]
