"""Tour stops: orders, stepping, URL lookups, escaped captions."""
import pytest

from views.tour import step, stop_html, stop_index, tour_stops


def test_by_date_starts_with_the_earliest_evidence(corpus):
    stops = tour_stops(corpus, "date")
    assert stops[0].card.date == "2014-06-01"
    dates = [min(c for c in [s.card.date or "9999"]) for s in stops]
    assert dates == sorted(dates)


def test_by_mentions_starts_with_the_most_mentioned(corpus):
    stops = tour_stops(corpus, "mentions")
    counts = [len(s.place.mentions) for s in stops]
    assert counts == sorted(counts, reverse=True)


def test_custom_order_keeps_only_known_ids_in_order(corpus):
    stops = tour_stops(corpus, "custom", ["country:MX", "nowhere", "geonames:3613321", "country:MX"])
    assert [s.place.id for s in stops] == ["country:MX", "geonames:3613321"]


def test_unknown_order_is_an_error(corpus):
    with pytest.raises(ValueError, match="alphabetical"):
        tour_stops(corpus, "alphabetical")


@pytest.mark.parametrize("index, delta, count, expected", [
    (0, 1, 3, 1), (2, 1, 3, 2), (0, -1, 3, 0), (1, -1, 3, 0), (0, 1, 0, 0), (5, -1, 3, 2)])
def test_step_stays_in_range(index, delta, count, expected):
    assert step(index, delta, count) == expected


def test_stop_index_falls_back_to_the_first(corpus):
    stops = tour_stops(corpus)
    assert stop_index(stops, stops[2].place.id) == 2
    assert stop_index(stops, "nowhere") == 0 and stop_index(stops, None) == 0


def test_caption_is_escaped(corpus):
    stops = tour_stops(corpus)
    html = stop_html(stops[0], 0, len(stops))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    assert f"Stop 1 of {len(stops)}" in html


def test_a_year_only_document_counts_as_dated(corpus):
    from dataclasses import replace

    docs = tuple(replace(d, date=None, year=2013) if d.id == "d2016" else d for d in corpus.documents)
    stops = tour_stops(replace(corpus, documents=docs), "date")
    teguc = next(s for s in stops if s.place.id == "geonames:3600949")
    assert teguc.card.when == "2013"  # earlier than the 2014-06-01 mention, not "undated"
    assert stops[0].card.when == "2013"


def test_the_card_stays_one_html_block_in_markdown(corpus):
    """A blank line would end the HTML block inside st.markdown and let the rest be read as Markdown."""
    from dataclasses import replace

    stop = tour_stops(corpus)[0]
    odd = replace(stop, note="first\n\n\n<i>second</i>", place=replace(stop.place, name="A\n\nB"))
    html = stop_html(odd, 0, 1)
    assert "\n\n" not in html and "\n \n" not in html
    assert "first &lt;i&gt;second&lt;/i&gt;" in html and "A B" in html


@pytest.mark.parametrize("present", [False, True])
def test_the_stylesheets_stay_one_html_block(present):
    from views.tour import frame_css, tour_css

    for css in (tour_css(present), frame_css()):
        assert css.startswith("<style>") and css.endswith("</style>")
        assert not any(not line.strip() for line in css.splitlines()), "a blank line ends st.markdown's HTML block"
