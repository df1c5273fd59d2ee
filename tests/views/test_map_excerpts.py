"""Excerpt cards: one per sentence, newest first, place highlighted, everything escaped."""
from views.map_excerpts import card_html, place_cards


def place(corpus, pid):
    return next(p for p in corpus.places if p.id == pid)


def test_one_card_per_sentence_newest_first(corpus):
    cards = place_cards(corpus, place(corpus, "geonames:3600949"))
    assert [c.date for c in cards] == ["2019-09-30", "2016-03-15", "2014-06-01", None]
    assert all('<mark class="atlas-mark">Tegucigalpa</mark>' in c.sentence_html for c in cards)


def test_hostile_text_is_escaped_in_cards(corpus):
    [card] = [c for c in place_cards(corpus, place(corpus, "geonames:3601782")) if c.document == "d2014"]
    html = card_html(card)
    assert "<img" not in html and "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&amp; Choloma" in html
    assert 'href="./documents?doc=d2014&amp;excerpt=d2014%3A1"' in html


def test_demonym_cards_say_so(corpus):
    [card] = place_cards(corpus, place(corpus, "country:SV"))
    assert card.kinds == ("demonym",) and "(demonym)" in card_html(card)
