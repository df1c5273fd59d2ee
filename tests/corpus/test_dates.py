import datetime as dt

import pytest

from corpus.dates import find_date, infer_year, parse_date

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize("raw, meta, expected", [
    ("Release Date: September 27, 2019\n\nText.", {}, ("2019-09-27", 2019, "printed")),
    ("**Release Date:** March 28, 2019", {}, ("2019-03-28", 2019, "printed")),
    ("Release Date:\n\nSeptember 26, 2019\n\nBody.", {}, ("2019-09-26", 2019, "printed")),
    ("Body text.\n\nLast Published Date: September 13, 2019", {}, ("2019-09-13", 2019, "printed")),
    ("WASHINGTON, Sept. 5, 2019 — The Secretary met.", {}, ("2019-09-05", 2019, "printed")),
    ("TEGUCIGALPA, Honduras (March 28, 2019) – The Minister said.", {}, ("2019-03-28", 2019, "printed")),
    ("Text. Release Date: May 1, 2020", {"date": "2021-06-07T10:00:00Z"}, ("2021-06-07", 2021, "metadata")),
    ("x", {"date": "Tue, 10 Jun 2014 04:00:00 GMT"}, ("2014-06-10", 2014, "metadata")),
    ("The program began in 2012 and in 2013 had results.", {}, (None, 2013, "inferred")),
    ("Launched in 2015, the plan aims to halve crime by 2020.", {}, (None, 2015, "inferred")),
    ("The plan aims to cut crime by 2030. It started in 2015.", {}, (None, 2015, "inferred")),
    ("No year here at all.", {}, (None, None, None)),
])
def test_find_date(raw, meta, expected):
    d = find_date(raw, raw, meta, today=TODAY)
    assert (d.date, d.year, d.source) == expected


def test_future_years_are_not_publication_years():
    assert infer_year("Funding through 2031 was approved in 2024.", TODAY) == 2024


@pytest.mark.parametrize("value, expected", [
    ("2019-09-27", dt.date(2019, 9, 27)), ("2019", dt.date(2019, 1, 1)), ("March 3, 2016", dt.date(2016, 3, 3)),
    ("3 March 2016", dt.date(2016, 3, 3)), ("nonsense", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_shipped_dates(shipped_corpus):
    by_source = {d.source: d for d in shipped_corpus.documents}
    assert by_source["001_a8106c4c00bbb7dd.txt"].date == "2019-09-13"
    assert by_source["003_678da82251f1671a.txt"].date == "2019-09-27"
    assert by_source["004_1f7790242458674b.txt"].date == "2019-03-28"
    assert by_source["000_de10f3028376d491.txt"].date_source == "inferred"
    assert by_source["002_1ae962642166b66c.txt"].year == 2013
