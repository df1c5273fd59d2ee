"""AppTest of the actor page: a shareable URL (?id=) shows the actor's facts and every mention."""
import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import ROOT
from tests.views.network_fixture import SCRIPT, sample_corpus


@pytest.fixture
def app(tmp_store_path, monkeypatch):
    corpus = sample_corpus()
    monkeypatch.setattr("ui.data.current_view", lambda: corpus)
    return AppTest.from_file(str(ROOT / "app_pages" / "actor.py"), default_timeout=60)


def _html(at) -> str:
    return "\n".join(h.proto.body for h in at.get("html"))


def test_the_url_opens_the_actor(app):
    app.query_params["id"] = "a-kerry"
    at = app.run()
    assert not at.exception
    html = _html(at)
    assert 'data-testid="actor-page"' in html and html.count("<li>") == 4
    assert "Met with (2)" in html and "./map?place=" in html and "./documents?doc=d1&amp;excerpt=" in html
    assert at.title[0].value == "John Kerry"


def test_choosing_an_actor_goes_in_the_url(app):
    at = app.run()
    assert "Choose an actor" in at.info[0].value
    at.selectbox[0].set_value("a-smith").run()
    assert at.query_params["id"] == "a-smith"


def test_hostile_actor_is_escaped(app):
    app.query_params["id"] = "a-evil"
    at = app.run()
    assert not at.exception and SCRIPT not in _html(at)


def test_unknown_actor_warns(app):
    app.query_params["id"] = "nope"
    at = app.run()
    assert "not in the current view" in at.warning[0].value
