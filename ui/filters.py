"""The shared sidebar: a year range plus "undated", kept in the URL so a view can be shared."""
from __future__ import annotations

import re

import streamlit as st

from corpus.filters import YearFilter, corpus_years
from model import Corpus


def parse_years(value: str | None, years: list[int]) -> tuple[int, int]:
    """"2014-2019" (or "2019") from the URL, clamped to the corpus's years."""
    lo, hi = (years[0], years[-1]) if years else (0, 0)
    m = re.fullmatch(r"\s*(\d{4})(?:\s*-\s*(\d{4}))?\s*", value or "")
    if m and years:
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        a, b = min(a, b), max(a, b)
        lo, hi = max(lo, min(a, hi)), min(hi, max(b, lo))
    return lo, hi


def year_filter_sidebar(corpus: Corpus) -> YearFilter:
    """Draw the filter; mirror it into st.query_params and st.session_state["year_filter"]."""
    years = corpus_years(corpus)
    params = st.query_params
    undated_default = params.get("undated", "1") != "0"
    with st.sidebar:
        st.markdown("**Years**")
        if len(years) > 1:
            lo, hi = st.slider("Year range", min_value=years[0], max_value=years[-1],
                               value=parse_years(params.get("years"), years), key="years_slider",
                               label_visibility="collapsed")
        elif years:
            lo = hi = years[0]
            st.caption(f"All dated documents are from {years[0]}.")
        else:
            lo = hi = None
            st.caption("No dated documents.")
        undated = st.checkbox("Include undated documents", value=undated_default, key="undated_box")
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
