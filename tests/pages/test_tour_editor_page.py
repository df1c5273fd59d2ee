"""AppTest of the presenter's own tours and of presentation mode: save by name, share by URL, edit, leave."""
from __future__ import annotations

import json

from corpus.store import Store, load_tour, save_tour
from tests.pages.conftest import run_page
from tests.pages.test_tour_page import caption
from views.tour_plan import excerpt_choices


def test_saving_the_stops_as_a_named_tour(synthetic_app, tmp_store_path):
    at = run_page("tour.py", {"order": "mentions"})
    ids = [at.query_params["stop"]]
    at.text_input(key="tour_name").input("Board <meeting>").run()
    at.button(key="tour_save_as").click().run()
    assert not at.exception, at.exception
    assert at.query_params["tour"] == "Board <meeting>"
    with Store(tmp_store_path) as store:
        rows = load_tour(store, "Board <meeting>")
    assert rows and rows[0]["place"] == ids[0]
    assert any("Tour: Board \\<meeting\\>" in m.value for m in at.markdown)  # escaped for Markdown


def test_a_shared_tour_url_shows_its_visible_stops_with_notes(synthetic_app, tmp_store_path):
    with Store(tmp_store_path) as store:
        save_tour(store, "talk", [{"place": "country:MX", "note": "Start <here>"},
                                  {"place": "geonames:3600949", "hidden": True},
                                  {"place": "geonames:3613321"}])
    at = run_page("tour.py", {"tour": "talk"})
    text = caption(at)
    assert "Mexico" in text and "Stop 1 of 2" in text and "Start &lt;here&gt;" in text
    at.button(key="tour_next").click().run()
    assert at.query_params["stop"] == "geonames:3613321"


def test_editing_the_current_stop_saves_at_once(synthetic_app, tmp_store_path):
    with Store(tmp_store_path) as store:
        save_tour(store, "talk", [{"place": "country:MX"}, {"place": "geonames:3600949"}])
    at = run_page("tour.py", {"tour": "talk", "stop": "geonames:3600949"})
    at.text_input(key="tour_note_geonames:3600949").input("Ask about the talks").run()
    at.button(key="tour_up").click().run()
    with Store(tmp_store_path) as store:
        rows = load_tour(store, "talk")
    assert rows == [{"place": "geonames:3600949", "note": "Ask about the talks"}, {"place": "country:MX"}]
    assert "Ask about the talks" in caption(at) and "Stop 1 of 2" in caption(at)
    newest = excerpt_choices(synthetic_app, "geonames:3600949")[0]
    before = caption(at)
    at.selectbox(key="tour_excerpt_geonames:3600949").set_value(json.dumps([newest.document, newest.excerpt])).run()
    with Store(tmp_store_path) as store:
        row = load_tour(store, "talk")[0]
    assert (row["document"], row["excerpt"]) == (newest.document, newest.excerpt)
    assert caption(at) != before and newest.title.split()[0] in caption(at)
    at.button(key="tour_hide").click().run()
    with Store(tmp_store_path) as store:
        assert load_tour(store, "talk")[0]["hidden"] is True
    assert "Mexico" in caption(at) and "Stop 1 of 1" in caption(at)


def test_an_unknown_tour_falls_back_to_the_places(synthetic_app):
    at = run_page("tour.py", {"tour": "nothing"})
    assert "Stop 1 of" in caption(at)
    assert any("No saved tour named" in c.value for c in at.caption)


def test_presentation_mode_hides_the_controls_and_keeps_the_stop(synthetic_app):
    at = run_page("tour.py", {"present": "1", "stop": "country:MX", "order": "mentions"})
    styles = "".join(m.value for m in at.markdown if "<style>" in m.value)
    assert 'data-testid="stSidebar"' in styles and "100vh" in styles
    assert not [b for b in at.button if b.key in ("tour_next", "tour_prev")]
    assert "Mexico" in caption(at)
    at.button(key="tour_exit").click().run()
    assert "present" not in at.query_params and at.query_params["stop"] == "country:MX"
    assert at.button(key="tour_next") is not None
