"""Search results for the page: ranked sentences from the FTS5 index, words marked, text escaped,
links into the reader, facet choices named; a bad query is a message, not an exception."""
import pytest

from corpus.search_index import SearchIndex
from tests.views.network_fixture import sample_corpus
from views.reader_search import hits_html, search


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    idx = SearchIndex(tmp_path_factory.mktemp("s") / "atlas.db")
    idx.ensure(sample_corpus(), "k")
    return idx


@pytest.mark.parametrize("query,excerpts", [
    ("kerry", {"d1:0", "d1:2", "d2:1", "d3:0"}),
    ("KERRY met", {"d1:0", "d3:0"}),
    ("government honduras", {"d1:1", "d2:1", "d3:1"}),
    ("nothing-like-this", set()),
    ("", set()),
])
def test_search(index, query, excerpts):
    assert {i.link.rsplit("excerpt=", 1)[1].replace("%3A", ":") for i in search(index, sample_corpus(), query).items} == excerpts


def test_hits_are_escaped_marked_and_linked(index):
    found = search(index, sample_corpus(), "analysts")
    html = hits_html(found.items)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<mark class="hl-match">Analysts</mark>' in html
    assert 'href="./documents?doc=d1&amp;excerpt=d1%3A3"' in html


def test_facet_options_are_named(index):
    found = search(index, sample_corpus(), "kerry")
    assert any("John Kerry" in label for _, label in found.options["actor"])


def test_a_bad_query_is_a_message(index):
    found = search(index, sample_corpus(), '"unclosed')
    assert found.items == [] and "quotation" in found.error


def test_limit(index):
    assert len(search(index, sample_corpus(), "the", limit=2).items) == 2
