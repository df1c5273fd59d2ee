"""AppTest of the documents page on the synthetic corpus: list, search, deep link into the reader."""
import json

import pytest
from streamlit.testing.v1 import AppTest

from corpus.search_index import SearchIndex
from tests.conftest import ROOT
from tests.views.network_fixture import SCRIPT, sample_corpus


@pytest.fixture
def app(tmp_store_path, monkeypatch):
    corpus = sample_corpus()
    monkeypatch.setattr("ui.data.current_view", lambda: corpus)
    index = SearchIndex(tmp_store_path.with_name("search.db"))
    index.ensure(corpus, "k")
    monkeypatch.setattr("ui.search.current_index", lambda: index)
    return AppTest.from_file(str(ROOT / "app_pages" / "documents.py"), default_timeout=60)


def _reader(at):
    found = [e for e in at.get("bidi_component") if e.proto.component_name == "policy_atlas.reader"]
    return json.loads(found[0].proto.json) if found else None


def test_lists_documents_with_counts(app):
    at = app.run()
    assert not at.exception
    table = at.dataframe[0].value
    assert list(table["title"]) == ["Security talks in Tegucigalpa", "Aid review", "Undated note"]
    assert list(table["places"]) == [1, 1, 0] and list(table["actors"]) == [5, 5, 5]
    assert _reader(at) is None


def test_deep_link_opens_the_reader_at_the_excerpt(app):
    app.query_params.update({"doc": "d1", "excerpt": "d1:3"})
    at = app.run()
    assert not at.exception
    data = _reader(at)
    assert data["html"].count('id="target"') == 1
    assert SCRIPT not in data["html"] and "&lt;script&gt;" in data["html"]
    assert "<h2>Security talks in Tegucigalpa</h2>" in data["html"]
    assert ".hl-place" in data["css"]
    assert not at.warning


def test_unknown_document_or_excerpt_is_explained(app):
    app.query_params.update({"doc": "d1", "excerpt": "gone"})
    at = app.run()
    assert "not in this document" in at.warning[0].value
    at2 = AppTest.from_file(str(ROOT / "app_pages" / "documents.py"), default_timeout=60)
    at2.query_params["doc"] = "nope"
    at2.run()
    assert "not in the current view" in at2.warning[0].value


def test_search_shows_matching_sentences_with_reader_links(app):
    at = app.run()
    at.text_input(key="doc_query").input("kerry met").run()
    html = "".join(h.proto.body for h in at.get("html"))
    assert html.count("<li>") == 2 and "./documents?doc=d1&amp;excerpt=d1%3A0" in html
    assert "2 sentences match" in at.caption[0].value


def test_search_facets_narrow_and_bad_syntax_is_a_message(app):
    at = app.run()
    at.text_input(key="doc_query").input("kerry").run()
    assert "4 sentences match" in at.caption[0].value
    at.selectbox(key="doc_facet_document").set_value("d1").run()
    assert not at.exception and "2 sentences match" in at.caption[0].value
    at.text_input(key="doc_query").input('"kerry').run()
    assert not at.exception and "quotation" in at.warning[0].value


def test_selecting_a_row_opens_that_document(app):
    at = app.run()
    at.session_state["doc_table"] = {"selection": {"rows": [1], "columns": []}}
    at.run()
    assert at.query_params["doc"] == "d2"
    assert "Aid review" in _reader(at)["html"]
