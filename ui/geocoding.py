"""Place search for corrections: the offline gazetteer, plus Nominatim only when the user turns it on.

Online answers are cached in the store; a failure (timeout, refusal, no network) falls back to the
offline answer and leaves a note for the page to show — never an error page.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import streamlit as st

from model import Candidate
from ui.data import open_store

if TYPE_CHECKING:  # geopy and the gazetteer: imported when a place is searched, not with every page
    from geo.geocoder import GazetteerGeocoder

ONLINE_KEY = "online_geocoder"


def online_switch() -> bool:
    """The sidebar switch: off at the start of every session, switched on only by the person in it —
    never by a link (a shared URL must not send confidential place names to a public service)."""
    if "online" in st.query_params:
        del st.query_params["online"]  # an old link's ?online=1 is ignored, and dropped from the URL
    on = st.sidebar.toggle("Online geocoder (OpenStreetMap Nominatim)", value=False, key=ONLINE_KEY,
                           help="Off: everything stays on this machine. On: names the offline gazetteer "
                                "does not know are looked up online (1 request/s) and cached.")
    if on:
        st.sidebar.warning("Online geocoder ON: place names you search are sent to a public service.")
    return on


@st.cache_resource(show_spinner=False)
def _offline() -> GazetteerGeocoder:
    from geo.geocoder import GazetteerGeocoder

    return GazetteerGeocoder()


def search_place(query: str) -> tuple[Candidate | None, list[str]]:
    """The best match for a typed place name as a Candidate, and any notes to show."""
    from geo.geocoder import ChainGeocoder

    with open_store() as store:
        chain = ChainGeocoder(offline=_offline(), cache=store.geocode_cache("nominatim"),
                              use_online=bool(st.session_state.get(ONLINE_KEY)))
        loc = chain.geocode(query.strip()) if query.strip() else None
    return (to_candidate(query, loc) if loc else None), chain.notes


def to_candidate(query: str, loc: Any) -> Candidate:
    raw = dict(loc.raw or {})
    return Candidate(id=str(raw.get("id") or f"online:{query.strip().lower()}"), name=str(raw.get("name") or query),
                     kind=str(raw.get("kind") or "feature"), lat=float(loc.latitude), lon=float(loc.longitude),
                     country=str(raw.get("country") or ""), score=float(raw.get("confidence") or 0.5))
