"""Presenter tour: a large map that flies from place to place, the quotation under it in big type."""
from __future__ import annotations

import streamlit as st
from streamlit_folium import st_folium

from corpus.store import read_setting, write_setting
from ui.access import require_writer
from ui.data import current_view, open_store
from views.map_assets import BASEMAP_URL
from views.map_build import build_map, selection_layer
from views.tour import ORDERS, TOUR_CSS, step, stop_html, stop_index, tour_stops
from views.tour_keys import KEYS_JS

ORDER_SETTING = "tour.order"


@st.cache_resource
def keys_component():
    """Register the key listener once per process (re-registering every run logs warnings)."""
    return st.components.v2.component("policy_atlas.tour_keys", js=KEYS_JS)


def saved_order() -> list[str]:
    with open_store() as store:
        return list(read_setting(store, ORDER_SETTING, []))


def move(ids: list[str], delta: int | None) -> None:
    """Button / key callback: runs before the rerun, so the map is drawn at the new stop."""
    if not ids or not delta:
        return
    current = st.query_params.get("stop")
    index = ids.index(current) if current in ids else 0
    st.query_params["stop"] = ids[step(index, delta, len(ids))]


def on_order() -> None:
    st.query_params["order"] = st.session_state.get("tour_order") or "date"


st.markdown(TOUR_CSS, unsafe_allow_html=True)
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

bar = st.columns([4, 1.3, 1.3], vertical_alignment="center")
st.session_state["tour_order"] = order
bar[0].segmented_control("Order", list(ORDERS), format_func=ORDERS.get, key="tour_order", on_change=on_order,
                         label_visibility="collapsed")
bar[1].button("Previous", icon=":material/arrow_back:", key="tour_prev", on_click=move, args=(ids, -1),
              disabled=index == 0 or not stops, shortcut="Left", use_container_width=True)
bar[2].button("Next", icon=":material/arrow_forward:", key="tour_next", on_click=move, args=(ids, 1),
              disabled=index >= len(stops) - 1, shortcut="Right", type="primary", use_container_width=True)
keys_component()(key="tour_keys", on_step_change=lambda: move(ids, (st.session_state.get("tour_keys") or {})
                                                              .get("step")))

if not stops:
    if order == "custom":
        st.info("No saved order yet, or none of its places is in the current filter. "
                "Choose places below and save an order.")
    else:
        st.info("No places in the documents of the current filter.")
else:
    stop = stops[index]
    st_folium(build_map(view, compact=True, basemap_url=BASEMAP_URL), key="tour_map", height=470, use_container_width=True,
              returned_objects=[], feature_group_to_add=selection_layer(stop.place, view, fly=True, label=True))
    st.markdown(stop_html(stop, index, len(stops)), unsafe_allow_html=True)

with st.expander("Saved order for this presentation"):
    names = {p.id: p.name for p in view.places}
    chosen = st.multiselect("Stops, in the order picked", list(names), default=[i for i in custom if i in names],
                            format_func=names.get, key="tour_custom")
    if require_writer("save the order") and st.button("Save this order", key="tour_save"):
        with open_store() as store:
            write_setting(store, ORDER_SETTING, chosen)
        st.query_params["order"] = "custom"
        st.query_params.pop("stop", None)
        st.rerun()
    st.caption("Keys: → / ← or PageDown / PageUp (presenter clickers). The URL keeps the current stop.")
