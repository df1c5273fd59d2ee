"""The reader's HTML: escaped slices between fixed tags, links by kind, the target excerpt marked."""
import re
from html import unescape
from html.parser import HTMLParser

import pytest

from tests.views.network_fixture import HOSTILE_NAME, SCRIPT, sample_corpus
from views.reader import Span, document_spans, excerpt_html, non_overlapping, reader_html, render_text


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.text, self.attrs = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Tags:
    p = _Tags()
    p.feed(html)
    return p


TEXTS = ["plain", SCRIPT, HOSTILE_NAME, "a & b < c > d \"q\" 'r'", "javascript:alert(1)", "line\nbreak", ""]


@pytest.mark.parametrize("text", TEXTS)
def test_text_survives_round_trip_and_adds_no_tags(text):
    html = render_text(text, [Span(0, min(3, len(text)), "place", "L<b>", "./map?place=x")] if text else [])
    parsed = _parse(html)
    assert "".join(parsed.text) == text
    assert set(parsed.tags) <= {"a"}


def test_spans_become_links_with_quoted_ids():
    text = "Kerry visited Tegucigalpa."
    html = render_text(text, [Span(0, 5, "official", "John Kerry", "./network?actor=a%22%3E"),
                              Span(14, 25, "place", "Tegucigalpa", "./map?place=geonames%3A1")])
    assert '<a class="hl hl-official" href="./network?actor=a%22%3E" target="_self" title="John Kerry">Kerry</a>' in html
    assert 'class="hl hl-place" href="./map?place=geonames%3A1"' in html


def test_mark_and_spans_interleave_without_losing_text():
    text = "One two three four five."
    spans = [Span(4, 13, "agency", "x", "./network?actor=x")]
    html = render_text(text, spans, (8, 18))
    assert "".join(_parse(html).text) == text
    assert html.count('id="target"') == 1
    assert "".join(re.findall(r'<mark class="target"[^>]*>(.*?)</mark>', html)) == "three four"


def test_overlapping_spans_keep_the_longest_earliest():
    spans = non_overlapping([Span(0, 5, "a"), Span(0, 12, "b"), Span(3, 8, "c"), Span(12, 14, "d")])
    assert [s.kind for s in spans] == ["b", "d"]


def test_document_reader_highlights_places_and_actors_and_escapes_everything():
    corpus = sample_corpus()
    doc = corpus.document("d2")
    html = reader_html(corpus, doc, "d2:1")
    assert "<script>" not in html and "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert 'href="./map?place=geonames%3A3601782"' in html  # San Pedro Sula
    assert 'href="./network?actor=a-usaid"' in html and "hl-agency" in html and "hl-official" in html
    assert 'href="./network?actor=a-evil"' in html  # the hostile actor still links by its id
    assert "javascript:" not in "".join(v or "" for k, v in _parse(html).attrs if k == "href")
    text = unescape(re.sub(r"<[^>]+>", "", re.split(r'<div class="text"[^>]*>', html, maxsplit=1)[1]))
    assert text.startswith(doc.text)


def test_target_excerpt_is_marked_once():
    corpus = sample_corpus()
    doc = corpus.document("d1")
    html = reader_html(corpus, doc, "d1:2")
    assert html.count('id="target"') == 1
    marked = "".join(re.findall(r'<mark class="target"[^>]*>(.*?)</mark>', html))
    assert unescape(re.sub(r"<[^>]+>", "", marked)) == doc.excerpts[2].text
    assert 'id="target"' not in reader_html(corpus, doc, "no-such-excerpt")


def test_mentions_with_bad_offsets_are_dropped():
    corpus = sample_corpus()
    doc = corpus.document("d1")
    spans = document_spans(corpus, doc)
    assert spans and all(0 <= s.start < s.end <= len(doc.text) for s in spans)


def test_excerpt_html_highlights_only_inside_the_excerpt():
    doc = sample_corpus().document("d1")
    ex = doc.excerpts[0]
    html = excerpt_html(ex, [(ex.start + 10, ex.start + 15), (ex.end + 5, ex.end + 9)])
    assert html.count("hl-name") == 1 and '<span class="hl hl-name" title="">Kerry</span>' in html


def test_reader_marks_the_document_language():
    import dataclasses

    corpus = sample_corpus()
    doc = dataclasses.replace(corpus.documents[0], language="es")
    html = reader_html(corpus, doc)
    assert '<span class="lang" title="Language detected from the text">Spanish</span>' in html
    assert '<div class="text" lang="es">' in html
    assert '<div class="text" lang="en">' in reader_html(corpus, corpus.documents[0])  # the default


def test_the_reader_offers_the_documents_own_network_and_map():
    from tests.views.synthetic import synthetic_corpus
    from views.reader import reader_html

    corpus = synthetic_corpus()
    html = reader_html(corpus, corpus.document("d2016"))
    assert 'href="./network?doc=d2016"' in html and 'href="./map?doc=d2016"' in html
