"""The presenter tour: the places of a view as an ordered list of stops, each with one quotation.

Stops are ordered by date (the story as it unfolded), by mentions (what the documents talk about
most), in a presenter's saved order, or by a presenter's own plan (views.tour_plan: reordered,
hidden or added stops, a chosen excerpt and a note each). Pure: the page keeps the current stop in
the URL; the card's HTML comes from a Jinja2 template with autoescape (views.templates).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from model import Corpus, Place, documents_by_id
from model.memo import per_corpus
from views.map_excerpts import UNDATED, ExcerptCard, earliest_card
from views.templates import TEMPLATES, render
from views.tour_quote import BUDGET, Quote, one_line, trim

ORDERS = {"date": "By date", "mentions": "By mentions", "custom": "Saved order"}


@dataclass(frozen=True)
class Stop:
    place: Place
    card: ExcerptCard  # the quotation shown in large type: the place's earliest excerpt unless one was chosen
    evidence: int  # how many excerpts mention the place in this view
    quote: Quote  # the card's sentence trimmed around the mentions (the full sentence kept beside it)
    note: str = ""  # the presenter's one-line note


def _date_key(card: ExcerptCard) -> str:
    """Sortable: "2013" (year only) sorts before "2013-05-01", undated after everything."""
    return card.date or (str(card.year) if card.year else UNDATED)


@per_corpus
def _stops(corpus: Corpus) -> dict[str, Stop]:
    """Every place with evidence, with its earliest quotation: once per (filtered) corpus."""
    stops = {}
    for place in corpus.places:
        found = earliest_card(corpus, place)
        if found:
            stops[place.id] = make_stop(corpus, place, *found)
    return stops


def make_stop(corpus: Corpus, place: Place, card: ExcerptCard, evidence: int, note: str = "") -> Stop:
    """A stop showing ``card`` (one of the place's sentences), its quotation trimmed for the card."""
    return Stop(place=place, card=card, evidence=evidence, quote=card_quote(corpus, place, card), note=note)


def place_stops(corpus: Corpus) -> dict[str, Stop]:
    """Every place of the view that can be a stop (it has evidence), by place id."""
    return _stops(corpus)


def tour_stops(corpus: Corpus, order: str = "date", custom: Sequence[str] = ()) -> list[Stop]:
    """Stops for every place with evidence in ``corpus``; ``custom`` is a list of place ids and
    keeps only those, in that order (ids not in the view are skipped)."""
    if order not in ORDERS:
        raise ValueError(f"unknown tour order {order!r}; choose one of {', '.join(ORDERS)}")
    stops = _stops(corpus)
    if order == "custom":
        return [stops[i] for i in dict.fromkeys(custom) if i in stops]
    if order == "mentions":
        key = lambda s: (-len(s.place.mentions), s.place.name)  # noqa: E731
    else:
        key = lambda s: (_date_key(s.card), -len(s.place.mentions), s.place.name)  # noqa: E731
    return sorted(stops.values(), key=key)


def stop_index(stops: Sequence[Stop], place_id: str | None) -> int:
    """Where a place id (from the URL) is in the tour; the first stop when it is not there."""
    return next((i for i, s in enumerate(stops) if s.place.id == place_id), 0)


def step(index: int, delta: int, count: int) -> int:
    """Move by ``delta`` and stay in range (a presenter's clicker must not wrap around)."""
    return max(0, min(count - 1, index + delta)) if count else 0


def card_quote(corpus: Corpus, place: Place, card: ExcerptCard, budget: int = BUDGET) -> Quote:
    """The card's sentence trimmed around the place's mentions in it (views.tour_quote.trim)."""
    doc = documents_by_id(corpus).get(card.document)
    mentions = [m for m in place.mentions if m.document == card.document and m.excerpt == card.excerpt]
    excerpt = doc.excerpt(card.excerpt, mentions[0].start if mentions else None) if doc else None
    if excerpt is None:  # the card's sentence is not in this view: nothing to cut, nothing to mark
        return trim("", [], budget)
    return trim(excerpt.text, [(m.start - excerpt.start, m.end - excerpt.start) for m in mentions], budget)


def card_context(stop: Stop, index: int, count: int) -> dict[str, object]:
    """What the card template needs: plain strings (the template escapes them) on one line each."""
    return {"place": one_line(stop.place.name), "number": index + 1, "count": count, "quote": stop.quote,
            "title": one_line(stop.card.title), "when": stop.card.when, "more": max(0, stop.evidence - 1),
            "link": stop.card.link, "note": one_line(stop.note)}


def stop_html(stop: Stop, index: int, count: int) -> str:
    """The stop's card: place, "stop n of m", the trimmed quotation (the full sentence one click
    away), the presenter's note and the citation. Rendered with autoescape."""
    return render("tour_card.html", **card_context(stop, index, count))


def tour_css(present: bool) -> str:
    """The tour's stylesheet as a <style> element; presentation mode adds the full-screen layout."""
    names = ["tour.css", *(["tour_present.css"] if present else [])]
    return "<style>\n" + "\n".join((TEMPLATES / n).read_text(encoding="utf-8").strip() for n in names) + "\n</style>"


def frame_css() -> str:
    """A <style> for inside the map's frame in presentation mode: the map fills the frame."""
    return "<style>\n" + (TEMPLATES / "tour_map.css").read_text(encoding="utf-8").strip() + "\n</style>"
