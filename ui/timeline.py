"""The sidebar timeline: documents (or mentions) per year and per month, the undated ones beside them,
and the selected place's or actor's own share drawn over the totals. Drawn with Vega-Lite (Streamlit
ships and serves it: nothing is fetched from the internet), written as the plain spec: Altair would
build the same dictionary but costs every page a third of a second to import and validate it. Dragging across the
years sets the range, clicking a bar picks its year (again: all years), clicking "undated" switches
the undated documents in or out; "play" steps the range a year at a time and every page follows.

The chart never holds state of its own: its selections become ``ui.filters.request`` calls, and its
key names the state it shows, so a new state draws a fresh chart with no stale brush on it.
"""
from __future__ import annotations

import math
import time
from typing import Any

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from corpus.filters import corpus_years
from model import Corpus
from ui.filters import UNDATED, current_range, request
from ui.text import plain
from views.timeline import Timeline, corpus_timeline, next_window, own_timeline, play_start, range_from_brush

PLAYING, LAST_STEP, MEASURE = "timeline_playing", "timeline_last_step", "timeline_measure"
PLAY_SECONDS = 2.0  # a presenter says a sentence per year
SELECTION_PARAMS = ("place", "actor", "stop")  # the pages' own query parameters naming a place or an actor
TOTAL, MONTH, OWN, OUTSIDE = "#9fb8d3", "#1f4e79", "#e07b00", "#dde3ea"


def selected_entity(corpus: Corpus) -> tuple[str, str] | None:
    """(id, name) of the place or actor the current page has selected, from its query parameters."""
    names = {e.id: e.name for e in (*corpus.places, *corpus.actors)}
    for key in SELECTION_PARAMS:
        value = st.query_params.get(key)
        if value in names:
            return value, names[value]
    return None


def chart_rows(tl: Timeline, own: Timeline | None, measure: str, lo: int, hi: int) -> list[dict[str, Any]]:
    """One row per drawn bar: the year totals, the months inside them, the selection's own counts."""
    rows = []
    for y, c in tl.years.items():
        rows.append({"layer": "year", "year": y, "x": y + 0.04, "x2": y + 0.96, "value": getattr(c, measure),
                     "documents": c.documents, "mentions": c.mentions, "in": lo <= y <= hi})
    for (y, m), c in tl.months.items():
        rows.append({"layer": "month", "year": y, "x": y + (m - 1) / 12 + 0.01, "x2": y + m / 12 - 0.01,
                     "value": getattr(c, measure), "documents": c.documents, "mentions": c.mentions,
                     "in": lo <= y <= hi, "month": m})
    for y, c in (own.years.items() if own else ()):
        if c.documents:
            rows.append({"layer": "own", "year": y, "x": y + 0.3, "x2": y + 0.7, "value": getattr(c, measure),
                         "documents": c.documents, "mentions": c.mentions, "in": lo <= y <= hi})
    return rows


def _rects(color: Any, layer: str, tooltip: list[dict[str, Any]], x: dict[str, Any], y: dict[str, Any],
           name: str | None = None) -> dict[str, Any]:
    """One layer of bars drawn as rectangles from x to x2, the rows of one ``layer`` of ``chart_rows``."""
    mark = {"type": "rect", **({"color": color} if isinstance(color, str) else {})}
    encoding = {**({} if isinstance(color, str) else {"color": color}), "tooltip": tooltip, "x": x,
                "x2": {"field": "x2"}, "y": y}
    return {"mark": mark, "encoding": encoding, **({"name": name} if name else {}),
            "transform": [{"filter": f"datum.layer == '{layer}'"}]}


def _quantity(field: str, **extra: Any) -> dict[str, Any]:
    return {"field": field, "type": "quantitative", **extra}


def _inside(color: str, outside: str) -> dict[str, Any]:
    return {"condition": {"test": "datum.in", "value": color}, "value": outside}


def timeline_spec(tl: Timeline, own: Timeline | None, measure: str, lo: int, hi: int, undated: bool) -> dict[str, Any]:
    """The Vega-Lite spec: bars per year (the brush and the click pick a year), months inside them, the
    selection's own bars over them, and the undated bar beside (a click switches it)."""
    first, last = min(tl.years), max(tl.years)
    step = max(1, (last - first + 1 + 5) // 6)  # at most about six year labels in the sidebar
    x = {"axis": {"grid": False, "labelExpr": "floor(datum.value)", "labelFlush": False, "labelFontSize": 10,
                  "ticks": False, "title": None, "values": [y + 0.5 for y in range(first, last + 1, step)]},
         "field": "x", "scale": {"domain": [first, last + 1], "nice": False, "zero": False}, "type": "quantitative"}
    y = _quantity("value", axis={"grid": True, "labelFontSize": 10, "tickCount": 3, "tickMinStep": 1, "title": None})
    counts = [_quantity("documents"), _quantity("mentions")]
    year_tip = [_quantity("year", format="d", title="year"), *counts]
    layers = [_rects(_inside(TOTAL, OUTSIDE), "year", year_tip, x, y, name="years"),
              _rects(_inside(MONTH, "#aab4c0"), "month",
                     [_quantity("year", format="d"), _quantity("month"), *counts], x, y)]
    if own is not None:
        layers.append(_rects(OWN, "own", year_tip, x, y))
    undated_rows = [{"label": "undated", "value": getattr(tl.undated, measure), "documents": tl.undated.documents,
                     "mentions": tl.undated.mentions, "own": getattr(own.undated, measure) if own else 0}]
    side_x = {"axis": {"labelAngle": 0, "labelFontSize": 10, "ticks": False, "title": None}, "field": "label",
              "type": "nominal"}
    side_tip = [_quantity("documents", title="undated documents"), _quantity("mentions")]
    side = [{"mark": {"type": "bar", "color": TOTAL if undated else OUTSIDE, "size": 22}, "name": "undated_bar",
             "encoding": {"tooltip": side_tip, "x": side_x, "y": _quantity("value", axis=None)}}]
    if own is not None:
        side.append({"mark": {"type": "bar", "color": OWN, "size": 10},
                     "encoding": {"tooltip": side_tip, "x": side_x, "y": _quantity("own", axis=None)}})
    return {
        "config": {"view": {"continuousWidth": 300, "continuousHeight": 300, "stroke": None}},
        "hconcat": [
            {"layer": layers, "data": {"values": chart_rows(tl, own, measure, lo, hi)}, "height": 78, "width": 178},
            {"layer": side, "data": {"values": undated_rows}, "height": 78, "width": 44},
        ],
        "params": [
            {"name": "brush", "select": {"type": "interval", "encodings": ["x"]}, "views": ["years"]},
            {"name": "pick", "select": {"type": "point", "fields": ["year"], "on": "click"}, "views": ["years"]},
            {"name": "undated", "select": {"type": "point", "fields": ["label"], "on": "click"}, "views": ["undated_bar"]},
        ],
        "resolve": {"scale": {"y": "shared"}},
        "spacing": 4,
    }


def apply_selection(selection: dict, years: list[int], undated: bool) -> None:
    """Turn a chart selection into a filter request: a brush sets the range, a click picks a year (a
    second click on the picked year shows all years again), a click on "undated" switches it."""
    span = list(range(years[0], years[-1] + 1))
    brush = (selection.get("brush") or {}).get("x")
    pick = selection.get("pick") or []
    if selection.get("undated"):
        request(undated=not undated)
    elif brush and abs(brush[1] - brush[0]) >= 0.2:
        found = range_from_brush(brush[0], brush[1], span)
        if found:
            request(years=found)
    elif pick and pick[0].get("year") is not None:
        year = int(pick[0]["year"])
        request(years=(span[0], span[-1]) if current_range(years) == (year, year) else (year, year))


def _on_select(key: str, years: list[int], undated: bool) -> None:
    event = st.session_state.get(key) or {}
    apply_selection(dict(event.get("selection") or {}), years, undated)
    st.session_state[PLAYING] = False  # a viewer's own choice stops the play control


def draw_timeline(corpus: Corpus) -> None:
    """The chart, its caption and the count switch (in the current container)."""
    tl = corpus_timeline(corpus)
    years = corpus_years(corpus)
    if not tl.years and not tl.undated.documents:
        return
    measure = st.session_state.get(MEASURE) or "documents"
    lo, hi = current_range(years)
    undated = bool(st.session_state.get(UNDATED, True))
    picked = selected_entity(corpus)
    own = own_timeline(corpus, picked[0]) if picked else None
    if tl.years:
        key = f"timeline-{lo}-{hi}-{int(undated)}-{measure}-{picked[0] if picked else ''}"
        st.vega_lite_chart(timeline_spec(tl, own, measure, lo, hi, undated), key=key, width="content",
                           on_select=lambda: _on_select(key, years, undated), selection_mode=["brush", "pick", "undated"])
    note = "Drag: a range of years · click a bar: its year · click “undated”: in or out"
    st.caption(plain(f"Orange: {measure} naming {picked[1]}. {note}") if picked else note)
    st.segmented_control("Count", ["documents", "mentions"], key=MEASURE, default="documents",
                         label_visibility="collapsed")


def _start_or_stop(years: list[int]) -> None:
    if st.session_state.get(PLAYING):
        st.session_state[PLAYING] = False
        return
    st.session_state[PLAYING] = True
    st.session_state[LAST_STEP] = time.monotonic()
    request(years=play_start(current_range(years), years[0], years[-1]))


def _step(years: list[int], delta: int) -> None:
    st.session_state[PLAYING] = False
    lo, hi = current_range(years)
    width = hi - lo
    lo = max(years[0], min(years[-1] - width, lo + delta))
    request(years=(lo, lo + width))


def play_controls(corpus: Corpus) -> DeltaGenerator | None:
    """Previous year, play/pause and next year; returns the slot ``play_wait`` counts down in."""
    years = corpus_years(corpus)
    if len(years) < 2:
        return None
    playing = bool(st.session_state.get(PLAYING))
    back, play, on = st.columns(3, gap="small")
    back.button("", icon=":material/skip_previous:", key="timeline_back", help="One year earlier",
                on_click=_step, args=(years, -1), width="stretch")
    play.button("", icon=":material/pause:" if playing else ":material/play_arrow:", key="timeline_play",
                help="Pause" if playing else "Play: step the range a year at a time", on_click=_start_or_stop,
                args=(years,), width="stretch", type="primary" if playing else "secondary")
    on.button("", icon=":material/skip_next:", key="timeline_next", help="One year later",
              on_click=_step, args=(years, 1), width="stretch")
    return st.empty()


def play_wait(corpus: Corpus, slot: DeltaGenerator | None) -> None:
    """At the end of a run, while playing: count down to the next step, then step and run again.

    The wait is in the script run, not in a timer fragment: a full run started from a fragment did
    not update the URL. Each countdown update gives Streamlit the chance to stop the run, so a click
    (pause, a page, the slider) interrupts the wait at once.
    """
    if slot is None or not st.session_state.get(PLAYING):
        return
    years = corpus_years(corpus)
    deadline = st.session_state.get(LAST_STEP, 0.0) + PLAY_SECONDS
    while (left := deadline - time.monotonic()) > 0:
        slot.caption(f"Playing: the next year in {math.ceil(left)} s")
        time.sleep(min(0.25, left))
    following = next_window(current_range(years), years[-1])
    st.session_state[LAST_STEP] = time.monotonic()
    if following is None:
        st.session_state[PLAYING] = False
    else:
        request(years=following)
    st.rerun()
