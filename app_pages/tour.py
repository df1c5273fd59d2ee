"""Presenter tour: a large map that flies from place to place, the quotation beside it in big type.

``?present=1`` (or the switch) is presentation mode: no sidebar, header or page chrome, the map and
the card fill the screen; Esc or the corner button leave it at the same stop (``?stop=``).
"""
from __future__ import annotations

import streamlit as st
from branca.element import Element
from streamlit_folium import st_folium

from corpus.store import read_setting, write_setting
from ui.data import current_view, open_store
from views.map_assets import BASEMAP_URL
from views.map_build import build_map, selection_layer
from views.templates import TEMPLATES
from views.tour import ORDERS, step, stop_html, stop_index, tour_css, tour_stops
from views.tour_keys import KEYS_JS, keys_data

ORDER_SETTING = "tour.order"


@st.cache_resource
def keys_component():
    """Register the key listener once per process (re-registering every run logs warnings)."""
    return st.components.v2.component("policy_atlas.tour_keys", js=KEYS_JS)


def saved_order() -> list[str]:
    with open_store() as store:
        return list(read_setting(store, ORDER_SETTING, []))


def move(ids: list[str], delta: int) -> None:
    """Button callback: runs before the rerun, so the map is drawn at the new stop."""
    current = st.query_params.get("stop")
    index = ids.index(current) if current in ids else 0
    st.query_params["stop"] = ids[step(index, delta, len(ids))]


def on_key(ids: list[str]) -> None:
    """The key listener asks for a stop (it counts presses itself) or to leave presentation mode."""
    value = st.session_state.get("tour_keys") or {}
    if value.get("go") in ids:
        st.query_params["stop"] = value["go"]
    if value.get("exit"):
        set_present(False)


def set_present(on: bool) -> None:
    if on:
        st.query_params["present"] = "1"
    else:
        st.query_params.pop("present", None)


def on_order() -> None:
    st.query_params["order"] = st.session_state.get("tour_order") or "date"


present = st.query_params.get("present") == "1"
st.markdown(tour_css(present), unsafe_allow_html=True)
view = current_view()
order = st.query_params.get("order", "date")
order = order if order in ORDERS else "date"
custom = saved_order()
stops = tour_stops(view, order, custom)
ids = [s.place.id for s in stops]
index = stop_index(stops, st.query_params.get("stop"))
if stops:
    st.query_params["stop"] = ids[index]
st.query_params["order"] = order

if present:
    st.button("Leave presentation (Esc)", icon=":material/close_fullscreen:", key="tour_exit",
              on_click=set_present, args=(False,))
else:
    bar = st.columns([3.4, 1.2, 1.2, 2], vertical_alignment="center")
    st.session_state["tour_order"] = order
    bar[0].segmented_control("Order", list(ORDERS), format_func=ORDERS.get, key="tour_order", on_change=on_order,
                             label_visibility="collapsed")
    bar[1].button("Previous", icon=":material/arrow_back:", key="tour_prev", on_click=move, args=(ids, -1),
                  disabled=index == 0 or not stops, use_container_width=True)
    bar[2].button("Next", icon=":material/arrow_forward:", key="tour_next", on_click=move, args=(ids, 1),
                  disabled=index >= len(stops) - 1, type="primary", use_container_width=True)
    bar[3].toggle("Presentation mode", value=False, key="tour_present", on_change=set_present, args=(True,),
                  help="Full screen for a projector: no sidebar or header. Esc leaves it at the same stop.")
keys_component()(key="tour_keys", data=keys_data(ids, index, present), on_go_change=lambda: on_key(ids),
                 on_exit_change=lambda: on_key(ids))

if not stops:
    if order == "custom":
        st.info("No saved order yet, or none of its places is in the current filter. "
                "Choose places below and save an order.")
    else:
        st.info("No places in the documents of the current filter.")
else:
    stop = stops[index]
    fmap = build_map(view, compact=True, basemap_url=BASEMAP_URL)
    if present:  # the map fills its frame, which the presentation stylesheet sizes to the screen
        css = (TEMPLATES / "tour_map.css").read_text(encoding="utf-8")
        fmap.get_root().header.add_child(Element(f"<style>{css}</style>"), name="tour_fill")
    map_area, card_area = (st.container(), st.container()) if present else st.columns([3, 2], gap="medium")
    with map_area:
        st_folium(fmap, key="tour_map", height=520, use_container_width=True, returned_objects=[],
                  feature_group_to_add=selection_layer(stop.place, view, fly=True, label=True))
    card_area.markdown(stop_html(stop, index, len(stops)), unsafe_allow_html=True)

if not present:
    with st.expander("Saved order for this presentation"):
        names = {p.id: p.name for p in view.places}
        chosen = st.multiselect("Stops, in the order picked", list(names), default=[i for i in custom if i in names],
                                format_func=names.get, key="tour_custom")
        if st.button("Save this order", key="tour_save"):
            with open_store() as store:
                write_setting(store, ORDER_SETTING, chosen)
            st.query_params["order"] = "custom"
            st.query_params.pop("stop", None)
            st.rerun()
        st.caption("Keys: → / ←, PageDown / PageUp (presenter clickers), space, Home / End — also after a click "
                   "in the map (Shift + arrows pan it). The URL keeps the current stop.")
