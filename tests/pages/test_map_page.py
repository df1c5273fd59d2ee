"""AppTest of the map page: the map renders with local assets, a click shows excerpts, the URL
carries the place, corrections reach the store."""
from __future__ import annotations

from streamlit.testing.v1 import AppTest

from corpus.store import Store
from tests.pages.conftest import folium_args, run_page


def run_map(params: dict[str, str] | None = None) -> AppTest:
    return run_page("map.py", params)


def markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_map_renders_offline_with_every_layer(synthetic_app):
    at = run_map()
    args = folium_args(at)
    assert args["js_links"] and all(link.startswith("/app/static/vendor/") for link in args["js_links"])
    assert all(link.startswith("/app/static/vendor/") for link in args["css_links"])
    script = args["script"]
    for name in ("Tegucigalpa", "Northern Triangle", "Honduras", "North Atlantic coast of Honduras"):
        assert name in script
    assert "<script>alert(1)</script>" not in script
    assert "http://" not in script and "https://" not in script


def test_click_on_a_mark_shows_its_excerpts_and_sets_the_url(synthetic_app):
    at = run_map()
    key = folium_args(at)["key"]
    at.session_state[key] = {"last_active_drawing": {"type": "Feature", "properties": {"id": "geonames:3601782"}},
                             "last_object_clicked": {"lat": 15.5, "lng": -88.0}}
    at.run()
    assert not at.exception
    assert at.query_params["place"] == "geonames:3601782"
    text = markdown(at)
    assert "San Pedro Sula" in text and "atlas-mark" in text
    # the hostile sentence is escaped, never live markup
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in text
    assert "<img src=x" not in text
    assert "./documents?doc=d2014&amp;excerpt=d2014%3A1" in text


def test_place_from_url_and_year_filter(synthetic_app):
    at = run_map({"place": "geonames:3600949", "years": "2019-2019", "undated": "0"})
    text = markdown(at)
    assert "Migration statement" in text  # the 2019 document
    assert "Prosperity plan update" not in text  # 2016 is filtered out
    script = folium_args(at)["script"]
    assert "Choloma" not in script  # only mentioned in 2014 and undated documents


def test_place_outside_the_filter_is_explained(synthetic_app):
    at = run_map({"place": "region:honduras-north-coast", "years": "2019-2019"})
    assert any("no mentions" in w.value for w in at.warning)


def test_not_a_place_is_stored(synthetic_app, tmp_store_path):
    at = run_map({"place": "geonames:3600949"})
    at.button(key="map_not_place").click().run()
    with Store(tmp_store_path) as store:
        [c] = store.corrections()
    assert (c.target, c.action, c.data) == ("place", "not-a-place", {"place": "geonames:3600949"})
    assert "place" not in at.query_params


def test_relocate_to_another_candidate_is_stored(synthetic_app, tmp_store_path):
    at = run_map({"place": "geonames:3600949"})
    at.button(key="map_relocate").click().run()
    with Store(tmp_store_path) as store:
        [c] = store.corrections()
    assert c.action == "relocate" and c.data["candidate"]["id"] == "geonames:9999"


def test_map_page_runs_on_the_real_store(tmp_store_path):
    at = run_map()
    folium_args(at)  # the map is drawn even when the analysis found no places


def test_search_for_the_right_place_and_move_there(synthetic_app, tmp_store_path):
    at = run_map({"place": "geonames:3600949"})
    at.text_input(key="map_search").input("La Ceiba, Honduras").run()
    assert not at.exception
    move = at.button(key="map_search_move")
    assert "La Ceiba" in move.label
    move.click().run()
    with Store(tmp_store_path) as store:
        [c] = store.corrections()
    assert (c.target, c.action) == ("place", "relocate")
    assert c.data["place"] == "geonames:3600949" and c.data["candidate"]["name"] == "La Ceiba"


def test_search_miss_explains_the_online_option(synthetic_app):
    at = run_map({"place": "geonames:3600949"})
    at.text_input(key="map_search").input("Qwxzv Hamlet").run()
    assert not at.exception
    assert any("online geocoder" in c.value for c in at.caption)


def test_a_place_offers_the_network_of_the_actors_in_its_excerpts():
    at = run_map({"place": "country:HN"})  # the shipped corpus: Honduras is named beside officials
    assert not at.exception
    links = [m.value for m in at.markdown if m.value.startswith("[Actors in these excerpts")]
    assert links and "./network?actors=" in links[0]


def test_a_documents_own_map_shows_only_the_places_it_names(synthetic_app):
    at = run_map({"doc": "d2019"})
    script = folium_args(at)["script"]
    assert "Tegucigalpa" in script and "San Pedro Sula" in script and "Mexico" in script
    assert "San Salvador" not in script and "Guatemala" not in script
    caption = "\n".join(c.value for c in at.caption)
    assert "named in one document" in caption and "Show every document" in caption
