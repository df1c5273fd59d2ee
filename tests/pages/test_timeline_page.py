"""The shared timeline (AppTest): on every page, and its play and step controls move the one year state."""
from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

import ui.timeline
from tests.conftest import ROOT
from tests.pages.conftest import run_page

PAGES = ["home.py", "map.py", "tour.py", "network.py", "documents.py"]


def _chart(at) -> dict:
    charts = [el for el in at.get("vega_lite_chart")]
    assert len(charts) == 1, "one timeline per page"
    return json.loads(charts[0].proto.spec)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_has_the_timeline(synthetic_app, page):
    at = run_page(page)
    spec = _chart(at)
    names = {p["name"] for p in spec.get("params", [])}
    assert {"brush", "pick", "undated"} <= names


def test_the_selected_place_is_drawn_over_the_totals(synthetic_app):
    place = next(p for p in synthetic_app.places if p.name == "Tegucigalpa")
    at = run_page("map.py", {"place": place.id})
    text = json.dumps(_chart(at))
    assert '"layer": "own"' in text or '"layer":"own"' in text
    assert any("Tegucigalpa" in c.value for c in at.caption)


def _app(params: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60)
    for k, v in (params or {}).items():
        at.query_params[k] = v
    return at.run()


def test_play_steps_the_range_to_the_last_year_and_stops(synthetic_app, monkeypatch):
    monkeypatch.setattr(ui.timeline, "PLAY_SECONDS", 0.05)
    seen = []
    real = ui.timeline.request
    monkeypatch.setattr(ui.timeline, "request", lambda **kw: (seen.append(kw.get("years")), real(**kw))[1])
    at = _app()
    assert at.slider(key="years_slider").value == (2014, 2019)
    at.button(key="timeline_play").click().run()
    assert seen == [(2014, 2014), (2015, 2015), (2016, 2016), (2017, 2017), (2018, 2018), (2019, 2019)]
    assert at.slider(key="years_slider").value == (2019, 2019)
    assert at.query_params["years"] == "2019-2019"
    assert not at.session_state[ui.timeline.PLAYING]
    assert not at.exception


def test_the_step_buttons_move_the_range_and_the_url(synthetic_app):
    at = _app({"years": "2014-2016"})
    at.button(key="timeline_next").click().run()
    assert at.slider(key="years_slider").value == (2015, 2017)
    assert at.query_params["years"] == "2015-2017"
    at.button(key="timeline_back").click().run()
    at.button(key="timeline_back").click().run()  # already at the first year: stays
    assert at.slider(key="years_slider").value == (2014, 2016)
