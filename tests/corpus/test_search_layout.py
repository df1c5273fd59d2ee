"""The index's layout: year ranges, the undated switch and documents narrow a search exactly as a
filter over the corpus would, facet counts are exact, and a store indexed by older code is rebuilt."""
import re
import sqlite3
from itertools import product

import pytest

from corpus.search_index import Facets, SearchIndex
from tests.views.network_fixture import sample_corpus

WORDS = ["Kerry", "Government", "met", "MS", "the"]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    idx = SearchIndex(tmp_path_factory.mktemp("layout") / "atlas.db")
    idx.ensure(sample_corpus(), "k")
    yield idx
    idx.close()


def _expected(word: str, facets: Facets) -> set[str]:
    out = set()
    for d in sample_corpus().documents:
        if facets.document is not None and d.id != facets.document:
            continue
        if d.year is None and not facets.undated:
            continue
        if d.year is not None and facets.years is not None:
            lo, hi = facets.years
            if (lo is not None and d.year < lo) or (hi is not None and d.year > hi):
                continue
        out |= {e.id for e in d.excerpts if word.casefold() in re.findall(r"\w+", e.text.casefold())}
    return out


@pytest.mark.parametrize("word,years,undated,document", product(
    WORDS, [None, (2014, 2014), (2015, 2019), (2019, None), (None, 2014), (2020, 2030)], [True, False],
    [None, "d1", "d3"]))
def test_ranges_narrow_like_a_filter(index, word, years, undated, document):
    facets = Facets(years=years, undated=undated, document=document)
    found = index.search(word, facets)
    assert {h.excerpt for h in found.hits} == _expected(word, facets)
    assert found.total == len(found.hits)
    assert sum(n for _, n in found.counts.get("year", [])) == found.total


def test_counts_match_what_each_value_narrows_to(index):
    found = index.search("Kerry OR Government OR the")
    years = dict(found.counts["year"])
    assert list(years) == ["2019", "2014", "undated"]  # newest first, undated last
    for facet in ("year", "document", "place", "actor"):
        for value, count in found.counts[facet]:
            if facet == "year":
                narrowed = Facets(years=(0, -1), undated=True) if value == "undated" else \
                    Facets(years=(int(value), int(value)), undated=False)
            else:
                narrowed = Facets(**{facet: value})
            assert index.search("Kerry OR Government OR the", narrowed).total == count, (facet, value)


def test_unknown_facet_values_match_nothing(index):
    assert index.search("Kerry", Facets(actor="nobody")).total == 0
    assert index.search("Kerry", Facets(document="nope")).total == 0


def test_an_index_built_by_older_code_is_rebuilt(tmp_path):
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as db:  # the first version's tables, holding the current revision
        db.executescript("CREATE TABLE search_meta (key TEXT NOT NULL); INSERT INTO search_meta VALUES ('k');"
                         "CREATE VIRTUAL TABLE search_fts USING fts5(text);"
                         "CREATE TABLE search_tags (row INTEGER, facet TEXT, value TEXT);")
    with SearchIndex(path) as idx:
        assert idx.key() is None
        assert idx.ensure(sample_corpus(), "k") is True
        assert idx.search("Kerry").total == 4
    with SearchIndex(path) as idx:  # the same version: kept
        assert idx.key() == "k" and idx.ensure(sample_corpus(), "k") is False


def test_an_empty_corpus(tmp_path):
    from model import Corpus

    with SearchIndex(tmp_path / "e.db") as idx:
        idx.ensure(Corpus(), "e")
        found = idx.search("Kerry", Facets(years=(2000, 2020)))
        assert found.total == 0 and found.hits == []


def test_an_index_of_another_version_is_rebuilt(tmp_path, monkeypatch):
    import corpus.search_index as search_index

    path = tmp_path / "v.db"
    with SearchIndex(path) as idx:
        idx.ensure(sample_corpus(), "k")
    monkeypatch.setattr(search_index, "VERSION", search_index.VERSION + "-next")  # e.g. a new stemmer
    with SearchIndex(path) as idx:
        assert idx.key() is None and idx.ensure(sample_corpus(), "k") is True
        assert idx.search("Kerry").total == 4
