"""AppTest of the presenter tour: stops in order, Next/Previous move the URL's stop, saved order."""
from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from corpus.store import Store, read_setting
from tests.pages.conftest import folium_args, run_page


def run_tour(params: dict[str, str] | None = None) -> AppTest:
    return run_page("tour.py", params)


def caption(at: AppTest) -> str:
    return next(m.value for m in at.markdown if "tour-place" in m.value and "<style>" not in m.value)


def test_first_stop_is_the_earliest_mention(synthetic_app):
    at = run_tour()
    text = caption(at)
    assert "Stop 1 of" in text
    assert at.query_params["stop"] == "geonames:3600949"  # Tegucigalpa, named in the 2014 document
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text and "<script>" not in text
    assert "FlyTo" not in folium_args(at)["script"]  # the fly-to travels in the dynamic feature group
    assert "flyToBounds" in folium_args(at)["feature_group"]


def test_next_and_previous_move_the_stop_in_the_url(synthetic_app):
    at = run_tour()
    first = at.query_params["stop"]
    at.button(key="tour_next").click().run()
    second = at.query_params["stop"]
    assert second != first and "Stop 2 of" in caption(at)
    at.button(key="tour_prev").click().run()
    assert at.query_params["stop"] == first
    assert at.button(key="tour_prev").disabled


def test_the_url_reopens_the_same_stop(synthetic_app):
    at = run_tour({"stop": "country:MX", "order": "mentions"})
    assert "Mexico" in caption(at)
    assert at.query_params["order"] == "mentions"


@pytest.mark.parametrize("order, first", [("date", "geonames:3600949"), ("mentions", "geonames:3600949")])
def test_orders(synthetic_app, order, first):
    at = run_tour({"order": order})
    assert at.query_params["stop"] == first


def test_saved_order_is_stored_and_used(synthetic_app, tmp_store_path):
    at = run_tour()
    at.multiselect(key="tour_custom").select("country:MX").select("geonames:3613321")
    at.button(key="tour_save").click().run()
    with Store(tmp_store_path) as store:
        assert read_setting(store, "tour.order") == ["country:MX", "geonames:3613321"]
    assert at.query_params["order"] == "custom"
    assert "Mexico" in caption(at) and "Stop 1 of 2" in caption(at)


def test_tour_runs_on_the_real_store(tmp_store_path):
    run_tour()
