"""Quotations trimmed for a projected card: whole words, the mention always inside."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from views.tour_quote import BUDGET, merge_spans, trim, window

LONG = ("The delegation met officials of the Northern Triangle governments in a series of meetings "
        "that ran for several days and covered migration, security, trade, public health and the "
        "judicial reforms each government had promised, before travelling on to Tegucigalpa where "
        "the President of Honduras received them at the palace and spoke about the coming elections.")


def test_a_short_sentence_is_whole():
    q = trim("Honduras signed it.", [(0, 8)])
    assert q.text == "Honduras signed it." and not q.trimmed
    assert [(s.text, s.mark) for s in q.parts] == [("Honduras", True), (" signed it.", False)]


def test_a_long_sentence_is_cut_at_words_around_the_mention():
    start = LONG.index("Tegucigalpa")
    q = trim(LONG, [(start, start + len("Tegucigalpa"))], budget=120)
    assert q.trimmed and q.cut_before and q.cut_after
    assert "Tegucigalpa" in [s.text for s in q.parts if s.mark]
    assert len(q.text) <= 120
    assert q.text in LONG and LONG[LONG.index(q.text) - 1] == " "  # starts on a word
    assert LONG[LONG.index(q.text) + len(q.text)] == " "  # ends on a word
    assert "".join(s.text for s in q.full) == LONG


def test_a_mention_at_the_end_keeps_the_end():
    start = LONG.index("elections")
    q = trim(LONG, [(start, start + 9)], budget=80)
    assert q.cut_before and not q.cut_after and q.text.endswith("elections.")


def test_several_mentions_are_kept_when_they_fit():
    a, b = LONG.index("Tegucigalpa"), LONG.index("Honduras")
    q = trim(LONG, [(a, a + 11), (b, b + 8)], budget=150)
    assert [s.text for s in q.parts if s.mark] == ["Tegucigalpa", "Honduras"]


def test_blank_lines_and_bidi_controls_do_not_reach_the_card():
    q = trim("Honduras\n\n\u202esaid <b>", [(0, 8)])
    assert q.text == "Honduras said <b>"  # the template escapes "<b>"


def test_spans_are_clipped_and_merged():
    assert merge_spans([(5, 9), (-3, 2), (8, 12), (20, 40), (7, 7)], 30) == [(0, 2), (5, 12), (20, 30)]


words = st.lists(st.text(alphabet="abcdeé<&", min_size=1, max_size=12), min_size=1, max_size=80)


@given(words, st.data(), st.integers(min_value=10, max_value=300))
def test_window_holds_the_mention_and_cuts_only_between_words(ws, data, budget):
    text = " ".join(ws)
    i = data.draw(st.integers(min_value=0, max_value=len(ws) - 1))
    lo = len(" ".join(ws[:i])) + (1 if i else 0)
    hi = lo + len(ws[i])
    start, end = window(text, [(lo, hi)], budget)
    assert start <= lo and hi <= end  # the mention is always inside
    assert end - start <= max(budget, hi - lo)
    assert start == 0 or text[start - 1] == " " or start == lo
    assert end == len(text) or text[end] == " " or end == hi
    assert not text[start:end].startswith(" ") and not text[start:end].endswith(" ")


def test_the_default_budget_fits_a_card():
    assert 120 <= BUDGET <= 260
