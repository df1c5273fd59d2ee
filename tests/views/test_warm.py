"""The views' after-ingest work: an ingest leaves the network laid out, so the first visit only reads it."""
from __future__ import annotations

import pytest

import corpus.view_data
import corpus.warm  # noqa: F401  (registers the after-ingest work)
from corpus.graph import actor_graph
from corpus.ingest import ingest, load_corpus
from corpus.layout import graph_shape, shape_key
from corpus.store import Store, read_setting
from documents.load import LoadedText


def test_an_ingest_leaves_the_layout_of_the_new_graph_in_the_store(tmp_store_path, monkeypatch):
    text = ("The Secretary of State Mike Pompeo met President Juan Orlando Hernandez of Honduras in Tegucigalpa. "
            "USAID Administrator Mark Green joined the Secretary.")
    with Store(tmp_store_path) as store:
        ingest(store, [LoadedText("a.txt", "txt", text, text.encode())])
        shape = graph_shape(actor_graph(load_corpus(store)))
        saved = read_setting(store, corpus.view_data.LAYOUT_KEY)
        assert saved["key"] == shape_key(shape) and set(saved["positions"]) == set(shape[0]) and shape[0]
        monkeypatch.setattr(corpus.view_data, "layout", lambda *a, **k: pytest.fail("the first visit laid out again"))
        assert set(corpus.view_data.stored_layout(store, shape)) == set(shape[0])
