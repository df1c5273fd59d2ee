"""Timeline counts: documents and mentions per year and month, undated apart, one entity's own share."""
from __future__ import annotations

from tests.views.synthetic import synthetic_corpus
from views.timeline import corpus_timeline, next_window, own_timeline, play_start, range_from_brush


def test_totals_per_year_month_and_undated():
    corpus = synthetic_corpus()
    tl = corpus_timeline(corpus)
    assert list(tl.years) == list(range(2014, 2020))  # empty years between are on the axis too
    assert tl.years[2015].documents == 0
    dated = [d for d in corpus.documents if d.year]
    assert sum(c.documents for c in tl.years.values()) == len(dated)
    assert tl.undated.documents == len(corpus.documents) - len(dated)
    assert (2016, 3) in tl.months and tl.months[(2016, 3)].documents == 1
    mentions = sum(len(e.mentions) for e in (*corpus.places, *corpus.actors))
    assert sum(c.mentions for c in tl.years.values()) + tl.undated.mentions == mentions


def test_an_entitys_own_timeline_counts_only_its_mentions():
    corpus = synthetic_corpus()
    place = next(p for p in corpus.places if p.name == "Tegucigalpa")
    own = own_timeline(corpus, place.id)
    assert sum(c.mentions for c in own.years.values()) + own.undated.mentions == len(place.mentions)
    assert {y for y, c in own.years.items() if c.documents} == {d.year for d in corpus.documents
                                                               if d.year and d.id in {m.document for m in place.mentions}}
    assert own_timeline(corpus, "no-such-id") is None and own_timeline(corpus, None) is None


def test_a_brush_covers_the_years_whose_middle_it_spans():
    years = list(range(2014, 2020))
    assert range_from_brush(2015.3, 2017.7, years) == (2015, 2017)
    assert range_from_brush(2017.7, 2015.3, years) == (2015, 2017)
    assert range_from_brush(2016.1, 2016.4, years) == (2016, 2016)  # inside one bar: that year
    assert range_from_brush(2030.0, 2031.0, years) is None


def test_play_starts_at_the_first_year_and_moves_the_window_on():
    assert play_start((2014, 2019), 2014, 2019) == (2014, 2014)
    assert play_start((2015, 2016), 2014, 2019) == (2015, 2016)
    assert next_window((2015, 2016), 2019) == (2016, 2017)
    assert next_window((2018, 2019), 2019) is None
