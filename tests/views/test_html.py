"""Escaping and highlighting: document text can never become live markup."""
import pytest

from views.html import esc, highlight, reader_link

M = '<mark class="atlas-mark">'


@pytest.mark.parametrize("text, spans, expected", [
    ("in Choloma today", [(3, 10)], f"in {M}Choloma</mark> today"),
    ("a <b> b", [(0, 1)], f"{M}a</mark> &lt;b&gt; b"),
    ('"><img src=x onerror=alert(1)> X', [(31, 32)], f"&quot;&gt;&lt;img src=x onerror=alert(1)&gt; {M}X</mark>"),
    ("abcdef", [(1, 3), (2, 5)], f"a{M}bcde</mark>f"),  # overlapping spans merge
    ("abc", [(-5, 1), (2, 99)], f"{M}a</mark>b{M}c</mark>"),  # out of range is clipped
    ("abc", [(2, 1)], "abc"),  # empty span ignored
    ("<script>", [], "&lt;script&gt;"),
])
def test_highlight(text, spans, expected):
    assert highlight(text, spans) == expected


@pytest.mark.parametrize("value, expected", [
    (None, ""), ("a&b", "a&amp;b"), ("'x'", "&#x27;x&#x27;"), (3, "3")])
def test_esc(value, expected):
    assert esc(value) == expected


def test_reader_link_is_relative_and_encoded():
    assert reader_link("abc", "abc:3") == "./documents?doc=abc&excerpt=abc%3A3"
    assert reader_link("a&b") == "./documents?doc=a%26b"
