"""AppTest helpers for the map and tour pages: the synthetic corpus served through ui.data."""
from __future__ import annotations

import json

import pytest
import streamlit as st

from corpus.filters import YearFilter, filter_corpus
from tests.views.synthetic import synthetic_corpus


@pytest.fixture
def synthetic_app(monkeypatch, tmp_store_path):
    """Pages see the synthetic corpus (year filter applied) instead of the analysed store."""
    import ui.data

    corpus = synthetic_corpus()
    monkeypatch.setattr(ui.data, "current_corpus", lambda: corpus)
    monkeypatch.setattr(ui.data, "current_view",
                        lambda: filter_corpus(corpus, st.session_state.get("year_filter", YearFilter())))
    st.cache_data.clear()
    st.cache_resource.clear()
    return corpus


def folium_args(at) -> dict:
    """The st_folium component's arguments from an AppTest run (its js links, script, key…)."""
    for el in at.get("component_instance"):
        if el.proto.component_name == "streamlit_folium.st_folium":
            return json.loads(el.proto.json_args)
    raise AssertionError("no st_folium component on the page")
