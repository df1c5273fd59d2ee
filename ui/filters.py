"""The shared sidebar: a year range plus "undated", kept in the URL so a view can be shared.

One state, three faces: the slider and the checkbox (widget state), the URL (``?years=2014-2019``,
``?undated=0``) and the timeline (``ui.timeline``). The URL seeds the widgets on arrival; the widgets
are then the truth and are mirrored into the URL on every run. The timeline and the play control
never set a widget directly (Streamlit forbids changing a widget after it is drawn in a run): they
``request`` a new state, which is applied here before the widgets are drawn on the next run.
"""
from __future__ import annotations

import re

import streamlit as st

from corpus.filters import YearFilter, corpus_years
from model import Corpus

RANGE, UNDATED = "years_slider", "undated_box"
_REQUEST = "year_filter_request"


def parse_years(value: str | None, years: list[int]) -> tuple[int, int]:
    """"2014-2019" (or "2019") from the URL, clamped to the corpus's years."""
    lo, hi = (years[0], years[-1]) if years else (0, 0)
    m = re.fullmatch(r"\s*(\d{4})(?:\s*-\s*(\d{4}))?\s*", value or "")
    if m and years:
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        a, b = min(a, b), max(a, b)
        lo, hi = max(lo, min(a, hi)), min(hi, max(b, lo))
    return lo, hi


def request(years: tuple[int, int] | None = None, undated: bool | None = None) -> None:
    """Ask for a new filter state from outside the widgets (timeline, play control); applied on the next run."""
    pending = dict(st.session_state.get(_REQUEST) or {})
    if years is not None:
        pending["years"] = (int(min(years)), int(max(years)))
    if undated is not None:
        pending["undated"] = bool(undated)
    st.session_state[_REQUEST] = pending


def current_range(years: list[int]) -> tuple[int, int]:
    """The slider's range (the whole span before the slider exists)."""
    value = st.session_state.get(RANGE)
    return tuple(value) if value else ((years[0], years[-1]) if years else (0, 0))


def _seed_widgets(years: list[int]) -> None:
    """Widget state from a pending request, else from the URL on arrival (or when the years changed)."""
    params, state = st.query_params, st.session_state
    pending = state.pop(_REQUEST, None) or {}
    if years:
        current = state.get(RANGE)
        if "years" in pending:
            a, b = pending["years"]
            state[RANGE] = (max(years[0], min(a, years[-1])), min(years[-1], max(b, years[0])))
        elif not current or not (years[0] <= current[0] <= current[1] <= years[-1]):
            state[RANGE] = parse_years(params.get("years"), years)
    if "undated" in pending:
        state[UNDATED] = pending["undated"]
    elif UNDATED not in state:
        state[UNDATED] = params.get("undated", "1") != "0"


def year_filter_sidebar(corpus: Corpus) -> YearFilter:
    """Draw the filter; mirror it into st.query_params and st.session_state["year_filter"]."""
    years = corpus_years(corpus)
    _seed_widgets(years)
    params = st.query_params
    with st.sidebar:
        if len(years) > 1:
            lo, hi = st.slider("Year range", min_value=years[0], max_value=years[-1], key=RANGE,
                               label_visibility="collapsed")
        elif years:
            lo = hi = years[0]
            st.caption(f"All dated documents are from {years[0]}.")
        else:
            lo = hi = None
            st.caption("No dated documents.")
        undated = st.checkbox("Include undated documents", key=UNDATED)
    flt = YearFilter(start=lo, end=hi, undated=undated)
    if years and (lo, hi) != (years[0], years[-1]):
        params["years"] = f"{lo}-{hi}"
    elif "years" in params:
        del params["years"]
    if not undated:
        params["undated"] = "0"
    elif "undated" in params:
        del params["undated"]
    st.session_state["year_filter"] = flt
    return flt
