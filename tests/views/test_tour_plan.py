"""A presenter's plan: parsed tolerantly, stops hidden/reordered/added, chosen excerpt and note shown."""
from __future__ import annotations

from views.tour import stop_html, tour_stops
from views.tour_plan import (
    PlannedStop,
    excerpt_choices,
    move_stop,
    parse_plan,
    plan_from_stops,
    plan_rows,
    planned_stops,
)


def test_rows_round_trip_and_bad_rows_are_skipped():
    plan = [PlannedStop("country:MX", note="Look north"), PlannedStop("geonames:3600949", "d1", "s2", hidden=True)]
    rows = plan_rows(plan)
    assert rows[0] == {"place": "country:MX", "note": "Look north"}
    assert parse_plan(rows + [None, {"note": "no place"}, {"place": 7}, "x"]) == plan
    assert parse_plan("not a list") == []
    assert parse_plan([{"place": "a", "note": "one\n\ntwo", "hidden": "yes"}]) == [PlannedStop("a", note="one two")]


def test_hidden_and_unknown_stops_are_left_out_in_order(corpus):
    plan = [PlannedStop("country:MX"), PlannedStop("nowhere"), PlannedStop("geonames:3600949", hidden=True),
            PlannedStop("geonames:3613321")]
    assert [s.place.id for s in planned_stops(corpus, plan)] == ["country:MX", "geonames:3613321"]


def test_a_chosen_excerpt_and_a_note_reach_the_card(corpus):
    choices = excerpt_choices(corpus, "geonames:3600949")
    assert len(choices) >= 2
    pick = choices[-1]
    default = planned_stops(corpus, [PlannedStop("geonames:3600949")])[0]
    chosen = planned_stops(corpus, [PlannedStop("geonames:3600949", pick.document, pick.excerpt,
                                                note="<b>ask</b> about this")])[0]
    assert (chosen.card.document, chosen.card.excerpt) == (pick.document, pick.excerpt)
    assert (default.card.document, default.card.excerpt) != (pick.document, pick.excerpt)
    html = stop_html(chosen, 0, 1)
    assert "&lt;b&gt;ask&lt;/b&gt; about this" in html and "<b>ask" not in html


def test_a_plan_starts_from_the_current_order_and_moves(corpus):
    stops = tour_stops(corpus, "mentions")
    plan = plan_from_stops(stops)
    assert [s.place.id for s in planned_stops(corpus, plan)] == [s.place.id for s in stops]
    moved = move_stop(plan, 0, 1)
    assert [p.place for p in moved[:2]] == [plan[1].place, plan[0].place]
    assert move_stop(plan, 0, -5) == plan and move_stop(plan, 99, 1) == plan
