"""The tour page's editing panel: named tours a presenter saves, shares by URL, edits and exports.

Every change is saved at once in the store (corpus.store's tour API): the tour *is* the saved one,
so a reload, another browser or ``?tour=name`` shows the same stops. Pure planning lives in
views.tour_plan; this module is only widgets and store calls.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from urllib.parse import quote

import streamlit as st

from corpus.store import delete_tour, load_tour, save_tour, tour_names, write_setting
from model import Corpus
from ui.access import require_writer
from ui.assets import VENDOR
from ui.data import open_store
from ui.text import plain
from views.slideshow import slideshow_html
from views.tour import Stop, card_quote
from views.tour_plan import (
    NOTE_MAX,
    PlannedStop,
    excerpt_choices,
    move_stop,
    parse_plan,
    plan_from_stops,
    plan_rows,
)

ORDER_SETTING = "tour.order"


def load_plan(name: str | None) -> list[PlannedStop] | None:
    """The saved tour ``name`` as a plan, or None (no name, or no such tour)."""
    if not name:
        return None
    with open_store() as store:
        rows = load_tour(store, name)
    return None if rows is None else parse_plan(rows)


def _save(name: str, plan: Sequence[PlannedStop]) -> str:
    with open_store() as store:
        return save_tour(store, name, plan_rows(plan))


def _open(name: str | None) -> None:
    if name:
        st.query_params["tour"] = name
    else:
        st.query_params.pop("tour", None)
    st.query_params.pop("stop", None)


def _save_as(stops: Sequence[Stop], plan: Sequence[PlannedStop] | None) -> None:
    name = st.session_state.get("tour_name") or ""
    try:
        saved = _save(name, plan if plan is not None else plan_from_stops(stops))
    except ValueError as error:
        st.session_state["tour_error"] = str(error)
        return
    st.query_params["tour"] = saved


def _change(name: str, plan: list[PlannedStop], at: int, **fields: object) -> None:
    """Replace one planned stop's fields and save the tour."""
    from dataclasses import replace

    plan = list(plan)
    plan[at] = replace(plan[at], **fields)
    _save(name, plan)


def _move(name: str, plan: list[PlannedStop], at: int, delta: int) -> None:
    _save(name, move_stop(plan, at, delta))


def _add(name: str, plan: list[PlannedStop], at: int) -> None:
    place = st.session_state.get("tour_add")
    if place:
        plan = list(plan)
        plan.insert(at + 1, PlannedStop(place=place))
        _save(name, plan)
        st.query_params["stop"] = place


def _apply_table(name: str, plan: list[PlannedStop]) -> None:
    """The table's edits: show/hide, notes, and new positions (rows sorted by the numbers typed)."""
    from dataclasses import replace

    edits = (st.session_state.get("tour_table") or {}).get("edited_rows", {})
    rows = []
    for i, planned in enumerate(plan):
        change = edits.get(i, edits.get(str(i), {}))
        position = change.get("position", i + 1)
        note = change.get("note", planned.note)
        rows.append((position if isinstance(position, (int, float)) else i + 1, i,
                     replace(planned, hidden=not change.get("show", not planned.hidden),
                             note=" ".join(str(note or "").split())[:NOTE_MAX])))
    _save(name, [r[2] for r in sorted(rows, key=lambda r: (r[0], r[1]))])


def _delete(name: str) -> None:
    with open_store() as store:
        delete_tour(store, name)
    _open(None)


def _stop_editor(view: Corpus, name: str, plan: list[PlannedStop], stop: Stop) -> None:
    at = next((i for i, p in enumerate(plan) if p.place == stop.place.id and not p.hidden), None)
    if at is None:
        return
    st.markdown(f"**This stop: {plain(stop.place.name)}**")
    choices = excerpt_choices(view, stop.place.id)
    labels = {json.dumps([c.document, c.excerpt]): f"{' '.join(c.title.split())[:60]} — {c.when}: "
              f"{card_quote(view, stop.place, c, budget=110).text}" for c in choices}
    keys, current = list(labels), json.dumps([stop.card.document, stop.card.excerpt])
    key = f"tour_excerpt_{stop.place.id}"

    def pick() -> None:
        document, excerpt = json.loads(st.session_state[key])
        _change(name, plan, at, document=document, excerpt=excerpt)

    if keys:
        st.session_state[key] = current if current in keys else keys[0]  # the saved tour is the truth
        st.selectbox("Quotation shown", keys, format_func=lambda k: labels.get(k, "?"), key=key, on_change=pick)
    st.session_state[f"tour_note_{stop.place.id}"] = plan[at].note
    st.text_input("One-line note (shown on the card)", max_chars=NOTE_MAX, key=f"tour_note_{stop.place.id}",
                  on_change=lambda: _change(name, plan, at, note=st.session_state[f"tour_note_{stop.place.id}"]))
    b = st.columns(3)
    b[0].button("Move earlier", key="tour_up", on_click=_move, args=(name, plan, at, -1), disabled=at == 0,
                width="stretch")
    b[1].button("Move later", key="tour_down", on_click=_move, args=(name, plan, at, 1),
                disabled=at == len(plan) - 1, width="stretch")
    b[2].button("Hide this stop", key="tour_hide", on_click=_change, args=(name, plan, at), kwargs={"hidden": True},
                width="stretch")
    known = {p.place for p in plan}
    addable = sorted((p for p in view.places if p.mentions and p.id not in known), key=lambda p: p.name)
    a = st.columns([3, 1], vertical_alignment="bottom")
    a[0].selectbox("Add a place after this stop", [p.id for p in addable], index=None, key="tour_add",
                   format_func={p.id: p.name for p in addable}.get, placeholder="Choose a place…")
    a[1].button("Add", key="tour_add_go", on_click=_add, args=(name, plan, at), width="stretch")


def _plan_table(view: Corpus, name: str, plan: list[PlannedStop]) -> None:
    names = {p.id: p.name for p in view.places}
    rows = [{"position": i + 1, "show": not p.hidden, "place": names.get(p.place, f"{p.place} (not in this view)"),
             "note": p.note} for i, p in enumerate(plan)]
    st.data_editor(rows, key="tour_table", hide_index=True, width="stretch", num_rows="fixed",
                   disabled=["place"], column_config={
                       "position": st.column_config.NumberColumn("#", min_value=1, step=1, width="small",
                                                                 help="Type new numbers to reorder"),
                       "show": st.column_config.CheckboxColumn("Show", width="small"),
                       "place": st.column_config.TextColumn("Place"),
                       "note": st.column_config.TextColumn("Note", max_chars=NOTE_MAX)})
    st.button("Save the table", key="tour_table_save", on_click=_apply_table, args=(name, plan))


def tour_panel(view: Corpus, stops: Sequence[Stop], index: int, name: str | None,
               plan: list[PlannedStop] | None, custom: Sequence[str]) -> None:
    """The panel under the tour: named tours (open, save, edit, share, export) and the quick saved order."""
    with st.expander("Your tours: save, edit, share, export", expanded=name is not None):
        saved = tour_names_now()
        top = st.columns([2, 2, 1.2], vertical_alignment="bottom")
        st.session_state["tour_open"] = name if name in saved else None
        top[0].selectbox("Open a saved tour", saved, key="tour_open", placeholder="Choose a tour…",
                         on_change=lambda: _open(st.session_state.get("tour_open")))
        writer = require_writer("save or change tours")  # a shared room asks for the passcode first
        if writer:
            st.session_state.setdefault("tour_name", name or "")
            top[1].text_input("Save these stops as", max_chars=80, key="tour_name",
                              placeholder="A name, e.g. Board meeting")
            top[2].button("Save tour", key="tour_save_as", on_click=_save_as, args=(stops, plan), width="stretch")
        if st.session_state.get("tour_error"):
            st.error(plain(st.session_state.pop("tour_error")))
        if name and plan is not None:
            st.caption(f"Share this tour: its address ends in ?tour={quote(name)} — every change is saved at once.")
            if writer and stops:
                _stop_editor(view, name, plan, stops[index])
            if writer:
                _plan_table(view, name, plan)
                st.button("Delete this tour", key="tour_delete", on_click=_delete, args=(name,))
        if stops:
            st.download_button("Slideshow (one HTML file, works offline)", icon=":material/download:",
                               file_name="policy-atlas-tour.html", mime="text/html", on_click="ignore",
                               key="tour_dl_slideshow",
                               data=lambda: slideshow_html(view, stops, VENDOR, title=name or "Policy Atlas tour"))

    with st.expander("Saved order for this presentation"):
        names = {p.id: p.name for p in view.places}
        chosen = st.multiselect("Stops, in the order picked", list(names), default=[i for i in custom if i in names],
                                format_func=names.get, key="tour_custom")
        if require_writer("save the order") and st.button("Save this order", key="tour_save"):
            with open_store() as store:
                write_setting(store, ORDER_SETTING, chosen)
            st.query_params["order"] = "custom"
            st.query_params.pop("stop", None)
            st.query_params.pop("tour", None)
            st.rerun()
        st.caption("Keys: → / ←, PageDown / PageUp (presenter clickers), space, Home / End — also after a click "
                   "in the map (Shift + arrows pan it). The URL keeps the current stop.")


def tour_names_now() -> list[str]:
    with open_store() as store:
        return tour_names(store)
