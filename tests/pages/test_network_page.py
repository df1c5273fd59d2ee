"""AppTest of the network page on the synthetic corpus: the component's data, cards, URL, corrections."""
import json

import pytest
from streamlit.testing.v1 import AppTest

from corpus.graph import actor_graph
from corpus.layout import graph_shape, layout
from corpus.store import Store
from tests.conftest import ROOT
from tests.views.network_fixture import SCRIPT, sample_corpus
from views.network_view import EDGE_FIELDS, NODE_FIELDS


@pytest.fixture
def app(tmp_store_path, monkeypatch):
    corpus = sample_corpus()
    monkeypatch.setattr("ui.data.current_view", lambda: corpus)
    monkeypatch.setattr("ui.data.current_corpus", lambda: corpus)
    positions = layout(graph_shape(actor_graph(corpus)))
    monkeypatch.setattr("ui.data.current_positions", lambda: positions)
    return AppTest.from_file(str(ROOT / "app_pages" / "network.py"), default_timeout=60)


def _component(at):
    found = [e for e in at.get("bidi_component") if e.proto.component_name == "policy_atlas.network"]
    assert len(found) == 1
    data = json.loads(found[0].proto.json)
    rows = json.loads(data["network"])  # the rows arrive as one JSON text
    data["nodes"] = [dict(zip(NODE_FIELDS, r)) for r in rows["nodes"]]
    data["edges"] = [dict(zip(EDGE_FIELDS, r)) for r in rows["edges"]]
    return data


def _html(at) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def test_network_data_reaches_the_component(app):
    at = app.run()
    assert not at.exception
    data = _component(at)
    assert {n["id"] for n in data["nodes"]} == {a.id for a in sample_corpus().actors}
    # co-mentions (the weakest evidence) are off by default: 6 named relations of 8
    assert len(data["edges"]) == 6 and data["options"]["physics"]["enabled"] is False
    assert not any(e["kind"] == "co-mentioned" for e in data["edges"])
    assert all("x" in n and "y" in n for n in data["nodes"])
    assert "Click an actor" in at.info[0].value
    assert data["vis_url"] == "/app/static/vendor/vis/vis-network.min.js"


def test_co_mentions_are_one_toggle_away(app):
    at = app.run()
    at.toggle(key="net_co").set_value(True).run()
    assert not at.exception
    data = _component(at)
    assert len(data["edges"]) == 8 and sum(e["kind"] == "co-mentioned" for e in data["edges"]) == 2
    assert "co-mentioned" in at.query_params["rels"]


def test_a_ranking_row_focuses_the_graph_on_that_actor(app):
    at = app.run()
    rows = at.dataframe[0].value
    first = rows["Actor"].iloc[0]
    assert list(rows.columns) == ["Actor", "Mentions"]
    at.session_state["net_rank"] = {"selection": {"rows": [0], "columns": []}}
    at.run()
    assert not at.exception
    data = _component(at)
    chosen = next(n["id"] for n in data["nodes"] if n["name"] == first)
    assert data["selected"] == {"type": "actor", "id": chosen} and data["fit"]["ids"][0] == chosen
    assert at.query_params["actor"] == chosen


def test_a_document_scope_narrows_the_network_to_its_actors(app):
    at = app
    at.query_params["doc"] = "d3"
    at.run()
    assert not at.exception
    corpus = sample_corpus()
    in_doc = {a.id for a in corpus.actors if any(m.document == "d3" for m in a.mentions)}
    assert {n["id"] for n in _component(at)["nodes"]} == in_doc and in_doc


def test_node_click_shows_the_actor_card_and_goes_in_the_url(app):
    at = app.run()
    at.session_state["net_graph"] = {"selection": {"type": "actor", "id": "a-kerry"}}
    at.run()
    assert not at.exception
    html = _html(at)
    assert "John Kerry" in html and "Secretary of State" in html and "Department of State" in html
    assert html.count('<li><div class="src">') == 4  # every excerpt that names Kerry
    assert "./documents?doc=d1&amp;excerpt=d1%3A0" in html
    assert at.query_params["actor"] == "a-kerry"
    assert _component(at)["selected"] == {"type": "actor", "id": "a-kerry"}


def test_edge_click_shows_its_evidence(app):
    at = app.run()
    at.session_state["net_graph"] = {"selection": {"type": "edge", "id": "r-member"}}
    at.run()
    html = _html(at)
    assert 'data-testid="edge-card"' in html and "member of" in html
    assert "Evidence: 2 excerpts" in html
    assert at.query_params["edge"] == "r-member" and "actor" not in at.query_params


def test_hostile_names_are_escaped_in_the_card(app):
    at = app
    at.query_params["actor"] = "a-evil"
    at.run()
    html = _html(at)
    assert SCRIPT not in html and "<img" not in html
    assert "&lt;script&gt;" in html and ("&quot;&gt;&lt;img" in html or "&#34;&gt;&lt;img" in html)  # either escape of "


def test_filters_come_from_the_url_and_keep_positions(app):
    full = _component(app.run())
    at = AppTest.from_file(str(ROOT / "app_pages" / "network.py"), default_timeout=60)
    at.query_params.update({"kinds": "official,agency", "rels": "met-with,member-of", "isolated": "hide"})
    at.run()
    assert not at.exception
    data = _component(at)
    kept = {n["id"] for n in data["nodes"]}
    assert kept == {"a-kerry", "a-hernandez", "a-smith", "a-state"}
    assert {e["id"] for e in data["edges"]} == {"r-met", "r-member", "r-met2"}
    before = {n["id"]: (n["x"], n["y"]) for n in full["nodes"]}
    assert all((n["x"], n["y"]) == before[n["id"]] for n in data["nodes"])


def test_search_focuses_a_neighbourhood_and_selects_the_actor(app):
    at = app.run()
    at.selectbox(key="net_focus").set_value("a-hernandez").run()
    data = _component(at)
    assert {n["id"] for n in data["nodes"]} == {"a-hernandez", "a-kerry", "a-gohn"}
    assert at.query_params["focus"] == "a-hernandez"
    assert "Juan Orlando Hernandez" in _html(at)
    at.radio(key="net_depth").set_value(2).run()
    assert {"a-state", "a-smith"} <= {n["id"] for n in _component(at)["nodes"]}  # USAID: only co-mentioned


@pytest.mark.parametrize("action,fill,payload", [
    ("rename", lambda at: at.text_input(key="fix_name").input("Secretary John Kerry"),
     {"id": "a-kerry", "name": "Secretary John Kerry"}),
    ("kind", lambda at: at.selectbox(key="fix_kind").set_value("agency"), {"id": "a-kerry", "kind": "agency"}),
    ("delete", lambda at: None, {"id": "a-kerry"}),
    ("merge", lambda at: at.multiselect(key="fix_others").set_value(["a-smith"]),
     {"ids": ["a-kerry", "a-smith"], "into": "a-kerry"}),
    ("split", lambda at: at.selectbox(key="fix_alias").set_value("Secretary Kerry"),
     {"id": "a-kerry", "alias": "Secretary Kerry"}),
])
def test_corrections_are_stored(app, tmp_store_path, action, fill, payload):
    at = app
    at.query_params["actor"] = "a-kerry"
    at.run()
    at.radio(key="fix_action").set_value(action).run()
    fill(at)
    at.get("form_submit_button")[0].click()
    at.run()
    assert not at.exception
    with Store(tmp_store_path) as store:
        stored = [(c.target, c.action, c.data) for c in store.corrections()]
    assert stored == [("actor", action, payload)]
