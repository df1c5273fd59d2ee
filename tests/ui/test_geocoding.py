"""The correction search: offline by default; online only when switched on, with failures as notes."""
from streamlit.testing.v1 import AppTest


def _script():
    import streamlit as st

    from ui.geocoding import ONLINE_KEY, search_place

    st.session_state.setdefault(ONLINE_KEY, False)
    cand, notes = search_place(st.session_state.get("q", ""))
    st.write(f"{cand.id}|{cand.kind}|{cand.lat:.2f}" if cand else "none")
    for n in notes:
        st.warning(n)


def test_offline_search_finds_gazetteer_places(tmp_store_path):
    at = AppTest.from_function(_script, default_timeout=60)
    at.session_state["q"] = "La Ceiba, Honduras"
    at.run()
    assert not at.exception
    assert at.markdown[0].value.startswith("geonames:") and "|city|15.7" in at.markdown[0].value


def test_unknown_name_stays_offline_when_switch_is_off(tmp_store_path, monkeypatch):
    import geo.geocoder

    def fail(*a, **k):
        raise AssertionError("online geocoder used while switched off")

    monkeypatch.setattr(geo.geocoder, "online_geocoder", fail)
    at = AppTest.from_function(_script, default_timeout=60)
    at.session_state["q"] = "Qwxzv Hamlet"
    at.run()
    assert not at.exception and at.markdown[0].value == "none" and not at.warning


def test_online_failure_is_a_note_not_an_error(tmp_store_path, monkeypatch):
    from geopy.exc import GeocoderUnavailable

    import geo.geocoder

    def offline_network(*a, **k):
        raise GeocoderUnavailable("no network")

    monkeypatch.setattr(geo.geocoder, "online_geocoder", lambda *a, **k: offline_network)
    at = AppTest.from_function(_script, default_timeout=60)
    at.session_state["q"] = "Qwxzv Hamlet"
    at.session_state["online_geocoder"] = True
    at.run()
    assert not at.exception and at.markdown[0].value == "none"
    assert "online geocoder failed" in at.warning[0].value
