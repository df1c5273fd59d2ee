"""Presenter tour: a large map that flies from place to place, the quotation beside it in big type.

``?present=1`` (or the switch) is presentation mode: no sidebar, header or page chrome, the map and
the card fill the screen; Esc or the corner button leave it at the same stop (``?stop=``).
"""
from __future__ import annotations

import streamlit as st
from branca.element import Element
from streamlit_folium import st_folium

from corpus.store import read_setting
from ui.data import current_view, open_store
from ui.text import plain
from ui.tour_editor import ORDER_SETTING, load_plan, tour_panel
from views.map_assets import BASEMAP_URL
from views.map_build import build_map, selection_layer
from views.tour import ORDERS, frame_css, step, stop_html, stop_index, tour_css, tour_stops
from views.tour_keys import KEYS_JS, keys_data
from views.tour_plan import planned_stops


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
    st.query_params.pop("tour", None)


present = st.query_params.get("present") == "1"
st.markdown(tour_css(present), unsafe_allow_html=True)
view = current_view()
order = st.query_params.get("order", "date")
order = order if order in ORDERS else "date"
custom = saved_order()
tour_name = st.query_params.get("tour")
plan = load_plan(tour_name)
stops = planned_stops(view, plan) if plan is not None else tour_stops(view, order, custom)
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
    if plan is not None:
        bar[0].markdown(f"**Tour: {plain(tour_name)}** · {len(stops)} stops")
    else:
        bar[0].segmented_control("Order", list(ORDERS), format_func=ORDERS.get, key="tour_order",
                                 on_change=on_order, label_visibility="collapsed")
        if tour_name:
            bar[0].caption(f"No saved tour named {plain(tour_name)}; showing the places {ORDERS[order].lower()}.")
    bar[1].button("Previous", icon=":material/arrow_back:", key="tour_prev", on_click=move, args=(ids, -1),
                  disabled=index == 0 or not stops, width="stretch")
    bar[2].button("Next", icon=":material/arrow_forward:", key="tour_next", on_click=move, args=(ids, 1),
                  disabled=index >= len(stops) - 1, type="primary", width="stretch")
    bar[3].toggle("Presentation mode", value=False, key="tour_present", on_change=set_present, args=(True,),
                  help="Full screen for a projector: no sidebar or header. Esc leaves it at the same stop.")
keys_component()(key="tour_keys", data=keys_data(ids, index, present), on_go_change=lambda: on_key(ids),
                 on_exit_change=lambda: on_key(ids))

if not stops:
    if plan is not None:
        st.info("None of this tour's stops is shown: they are hidden or not in the current filter. "
                "Edit the tour below.")
    elif order == "custom":
        st.info("No saved order yet, or none of its places is in the current filter. "
                "Choose places below and save an order.")
    else:
        st.info("No places in the documents of the current filter.")
else:
    stop = stops[index]
    fmap = build_map(view, compact=True, basemap_url=BASEMAP_URL)
    if present:  # the map fills its frame, which the presentation stylesheet sizes to the screen
        fmap.get_root().header.add_child(Element(frame_css()), name="tour_fill")
    map_area, card_area = (st.container(), st.container()) if present else st.columns([3, 2], gap="medium")
    with map_area:
        st_folium(fmap, key="tour_map", height=520, use_container_width=True, returned_objects=[],
                  feature_group_to_add=selection_layer(stop.place, view, fly=True, label=True))
    card_area.markdown(stop_html(stop, index, len(stops)), unsafe_allow_html=True)

if not present:
    tour_panel(view, stops, index, tour_name if plan is not None else None, plan, custom)
