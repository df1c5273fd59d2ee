"""Full-text search: every word must occur; matches are marked; text stays escaped."""
import pytest

from tests.views.network_fixture import sample_corpus
from views.reader_search import hits_html, search


@pytest.mark.parametrize("query,excerpts", [
    ("kerry", {"d1:0", "d1:2", "d2:1", "d3:0"}),
    ("KERRY met", {"d1:0", "d3:0"}),
    ("government honduras", {"d1:1", "d2:1", "d3:1"}),
    ("nothing-like-this", set()),
    ("", set()),
    ("<script>", {"d1:3", "d2:3"}),  # words only: "javascript:" contains "script"
])
def test_search(query, excerpts):
    assert {h.excerpt for h in search(sample_corpus(), query)} == excerpts


def test_hits_are_escaped_marked_and_linked():
    hits = search(sample_corpus(), "analysts")
    html = hits_html(hits)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '<span class="hl hl-match" title="">Analysts</span>' in html
    assert 'href="./documents?doc=d1&amp;excerpt=d1%3A3"' in html


def test_limit():
    assert len(search(sample_corpus(), "the", limit=2)) == 2
