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


def _many_sentences(n: int):
    """One place named once in each of n sentences of n documents."""
    from model import Corpus, Document, Excerpt, Mention, Place

    docs, mentions = [], []
    for i in range(n):
        text = f"Talks in Tegucigalpa, round {i}."
        docs.append(Document(f"d{i:03d}", "s", f"T{i}", text, date=f"2019-01-{1 + i % 28:02d}", year=2019,
                             excerpts=(Excerpt(f"d{i:03d}:0", f"d{i:03d}", 0, len(text), text),)))
        mentions.append(Mention(f"d{i:03d}", f"d{i:03d}:0", 9, 20, "Tegucigalpa"))
    return Corpus(tuple(docs), (Place("p", "Tegucigalpa", "city", 14.1, -87.2, mentions=tuple(mentions)),))


def test_the_side_panel_gets_the_first_cards_and_the_count():
    from views.map_excerpts import first_cards

    corpus = _many_sentences(130)
    cards, total = first_cards(corpus, corpus.places[0], limit=100)
    assert total == 130 and len(cards) == 100
    assert [c.excerpt for c in cards] == [c.excerpt for c in place_cards(corpus, corpus.places[0])[:100]]
