"""AppTest helpers for the map and tour pages: the synthetic corpus served through ui.data."""
from __future__ import annotations

import json

import pytest
import streamlit as st

# AppTest.from_file(app_pages/PAGE) puts app_pages/ on sys.path, where the page documents.py would shadow the
# documents package for any module importing it later (corpus.summary): imported first, the package wins.
import documents.language  # noqa: F401
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


def run_page(page: str, params: dict[str, str] | None = None):
    """Open the app with URL params, switch to app_pages/<page>, run it, and fail on any exception."""
    from streamlit.testing.v1 import AppTest

    from tests.conftest import ROOT

    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    at.run()
    at.switch_page(str(ROOT / "app_pages" / page))
    at.run()
    assert not at.exception, at.exception
    return at
