"""AppTest smoke test: the app opens on the shipped corpus with documents, dates and counts."""
import json

from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT


def _app():
    return AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=120)


def test_home_shows_the_shipped_corpus(tmp_store_path):
    at = _app().run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Documents"] == "5"
    table = at.dataframe[0].value
    assert len(table) == 5
    assert "Joint Statement Between the U.S. Government and the Government of Honduras" in set(table["title"])
    assert "2019-09-27" in set(table["date"])


def test_year_filter_from_url_narrows_the_corpus(tmp_store_path):
    at = _app()
    at.query_params["years"] = "2019-2019"
    at.query_params["undated"] = "0"  # the two shipped documents that print no date are left out
    at.run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Documents"] == "3"


def test_the_network_script_is_preloaded_from_the_app_itself(tmp_store_path):
    at = _app().run()
    found = [e for e in at.get("bidi_component") if e.proto.component_name == "policy_atlas.preload"]
    assert len(found) == 1
    assert json.loads(found[0].proto.json)["vis_url"] == "/app/static/vendor/vis/vis-network.min.js"
