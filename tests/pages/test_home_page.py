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
    table = "".join(h.proto.body for h in at.get("html") if "atlas-docs" in h.proto.body)
    assert table.count("<tr>") == 6  # the header and the five documents
    assert "Joint Statement Between the U.S. Government and the Government of Honduras" in table
    assert "2019-09-27" in table
    assert "./documents?doc=" in table  # each title opens the reader


def test_sort_and_filter_shows_the_interactive_table(tmp_store_path):
    at = _app().run()
    at.toggle(key="home_grid").set_value(True).run()
    assert not at.exception
    table = at.dataframe[0].value
    assert len(table) == 5
    assert "2019-09-27" in set(table["date"])


def test_year_filter_from_url_narrows_the_corpus(tmp_store_path):
    at = _app()
    at.query_params["years"] = "2019-2019"
    at.query_params["undated"] = "0"  # the two shipped documents that print no date are left out
    at.run()
    assert not at.exception
    assert {m.label: m.value for m in at.metric}["Documents"] == "3"


def test_the_other_pages_code_is_preloaded_from_the_app_itself(tmp_store_path):
    """The first page has the browser load what the other pages will: vis-network, Streamlit's own modules for
    their elements (files of the installed Streamlit, served at /static/js), and the map frame's files."""
    from ui.assets import ensure_static
    from ui.preload import STREAMLIT_JS
    from views.static_paths import APP_MAP_CSS, APP_MAP_DATA, APP_MAP_JS

    ensure_static()  # as the warm-up leaves them: the map's files are preloaded once written
    at = _app().run()
    found = [e for e in at.get("bidi_component") if e.proto.component_name == "policy_atlas.preload"]
    assert len(found) == 1
    data = json.loads(found[0].proto.json)
    assert data["vis_url"] == "/app/static/vendor/vis/vis-network.min.js"
    assert any(m.startswith("Selectbox.") for m in data["modules"])  # the Map's place picker
    assert any(m.startswith("ComponentInstance.") for m in data["modules"])  # the map's frame
    assert all((STREAMLIT_JS / m).is_file() for m in data["modules"])
    assert any(m.startswith("DataFrame.") for m in data["modules"])  # the Documents and Network pages' grid
    assert any(s.startswith("DataFrame.") and s.endswith(".css") for s in data["styles"])  # and its styles
    assert data["frame_scripts"] == list(APP_MAP_JS)
    assert data["fetch"] == [*APP_MAP_CSS, *APP_MAP_DATA]
