"""Map page: places of the filtered corpus on an offline Folium map; a click shows the excerpts."""
from __future__ import annotations

import json

import streamlit as st
from streamlit_folium import st_folium

from corpus.export import places_geojson
from corpus.filters import document_only
from ui.access import can_write, require_writer
from ui.assets import VENDOR
from ui.corrections_panel import corrections_panel
from ui.data import current_view, open_store
from ui.geocoding import search_place
from ui.text import plain
from views.csp import with_csp
from views.links import network_scope_link
from views.map_assets import BASEMAP_URL
from views.map_build import build_map, selection_layer
from views.map_corrections import alternatives, candidate_label, not_a_place, relocate
from views.map_excerpts import CARD_CSS, card_html, first_cards
from views.network_scope import actors_in_excerpts
from views.offline_html import standalone_html

CLICK_SEEN = "map_click_seen"


def clicked_place(value: dict | None) -> str | None:
    """The place id of the mark clicked on the map (its GeoJSON feature comes back from Leaflet)."""
    feature = (value or {}).get("last_active_drawing") or {}
    return (feature.get("properties") or {}).get("id")


def take_click(value: dict | None) -> None:
    """Select the clicked place once per click (the component keeps returning its last value)."""
    signature = json.dumps([(value or {}).get(k) for k in ("last_active_drawing", "last_object_clicked")],
                           sort_keys=True, default=str)
    place_id = clicked_place(value)
    if place_id and st.session_state.get(CLICK_SEEN) != signature:
        st.session_state[CLICK_SEEN] = signature
        st.query_params["place"] = place_id


def on_select() -> None:
    chosen = st.session_state.get("map_place")
    if chosen:
        st.query_params["place"] = chosen
    elif "place" in st.query_params:
        del st.query_params["place"]


def save_correction(target: str, action: str, payload: dict, clear: bool) -> None:
    if not can_write():  # a shared app: the passcode first (ui.access)
        return
    with open_store() as store:
        store.add_correction(target, action, payload)
    if clear and "place" in st.query_params:
        del st.query_params["place"]
    st.rerun()


st.markdown(CARD_CSS, unsafe_allow_html=True)
view = current_view()
doc_id = st.query_params.get("doc")
one_doc = view.document(doc_id) if doc_id else None
if one_doc is not None:  # the reader's "this document's map": only the places it names
    view = document_only(view, one_doc.id)
by_id = {p.id: p for p in view.places if p.mentions}
ranked = sorted(by_id.values(), key=lambda p: (-len(p.mentions), p.name))
selected_id = st.query_params.get("place")
selected = by_id.get(selected_id or "")

head, pick, opts = st.columns([4, 3, 2], vertical_alignment="bottom")
head.title("Map")
if one_doc is not None:
    head.caption(f"{len(ranked)} places named in one document, {plain(one_doc.title)}. [Show every document](./map)")
else:
    head.caption(f"{len(ranked)} places mentioned in {len(view.documents)} documents. "
                 "Click a mark or an area to read what the documents say about it.")
st.session_state["map_place"] = selected.id if selected else None
pick.selectbox("Place", [None] + [p.id for p in ranked], key="map_place", on_change=on_select,
               placeholder="Choose a place…",
               format_func=lambda i: "Choose a place…" if i is None else
               f"{by_id[i].name} ({len(by_id[i].mentions)})")
online = opts.toggle("Online map tiles (OpenStreetMap)", value=False, key="map_online",
                     help="Off: the map uses packaged country outlines and works with no internet.")

# the map takes the page's width; the evidence reads below it
fmap = build_map(view, online_tiles=online, basemap_url=BASEMAP_URL)
out = st_folium(fmap, key="atlas_map", height=520, use_container_width=True,
                returned_objects=["last_active_drawing", "last_object_clicked"],
                feature_group_to_add=selection_layer(selected, view, fly=True, max_zoom=9),
                on_change=lambda: take_click(st.session_state.get("atlas_map")))
take_click(out)
if st.query_params.get("place") != selected_id:
    st.rerun()

if selected is None:
    if selected_id:
        st.warning("That place has no mentions in the documents of the current filter.")
    st.info("Select a mark or an area on the map, or a place above, to see its excerpts here.")
else:
    left, right = st.columns([5, 2], gap="medium")
    with left:
        cards, total = first_cards(view, selected)
        st.subheader(plain(selected.name))
        st.caption(f"{plain(selected.kind)} · {len(selected.mentions)} mentions in {total} excerpts · "
                   f"confidence {selected.confidence:.2f}")
        here = actors_in_excerpts(view, (m.excerpt for m in selected.mentions))
        if here:  # the network answers the map: who acts in these excerpts
            st.markdown(f"[Actors in these excerpts ({len(here)}) →]({network_scope_link(actors=here[:60])})")
        with st.container(height=470, border=False, key="map_excerpts"):
            st.markdown("".join(card_html(c) for c in cards), unsafe_allow_html=True)
            if total > len(cards):
                st.caption(f"The {len(cards)} newest of {total} excerpts. Narrow the years to read the others.")
    with right, st.expander("Wrong place? Correct it"):
        require_writer("correct places")
        alts = alternatives(selected)
        if alts:
            alt = st.selectbox("Other candidates from the gazetteer", alts, format_func=candidate_label,
                               key="map_alt")
            if st.button("Move to this candidate", key="map_relocate"):
                save_correction(*relocate(selected, alt), clear=False)
        else:
            st.caption("The gazetteer offered no other candidates for this name.")
        query = st.text_input("…or search for the right place", key="map_search",
                              placeholder="e.g. San Marcos, Guatemala")
        if query:
            found, notes = search_place(query)
            for note in notes:
                st.warning(plain(note))
            if found is None:
                st.caption("Not found in the offline gazetteer. The online geocoder (sidebar) can search further.")
            elif st.button(f"Move to {plain(candidate_label(found))}", key="map_search_move"):
                save_correction(*relocate(selected, found), clear=False)
        if st.button("Not a place", key="map_not_place", type="secondary"):
            save_correction(*not_a_place(selected), clear=True)
        st.caption("Corrections are stored and applied on every view and re-analysis.")

corrections_panel("place", key="map_corrections")
st.divider()
d1, d2, _ = st.columns([1, 1, 2])
d1.download_button("Map (HTML, works offline)", icon=":material/download:", file_name="policy-atlas-map.html", mime="text/html",
                   data=lambda: with_csp(standalone_html(build_map(view, popups=True), VENDOR)), on_click="ignore",
                   key="map_dl_html")
d2.download_button("Places (GeoJSON)", icon=":material/download:", file_name="policy-atlas-places.geojson",
                   mime="application/geo+json", on_click="ignore", key="map_dl_geojson",
                   data=lambda: json.dumps(places_geojson(view), ensure_ascii=False))
