"""The presenter tour: the places of a view as an ordered list of stops, each with one quotation.

Stops are ordered by date (the story as it unfolded), by mentions (what the documents talk about
most) or in a presenter's saved order. Pure: the page keeps the current stop in the URL.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from model import Corpus, Place
from model.memo import per_corpus
from views.html import esc
from views.map_excerpts import UNDATED, ExcerptCard, earliest_card

ORDERS = {"date": "By date", "mentions": "By mentions", "custom": "Saved order"}


@dataclass(frozen=True)
class Stop:
    place: Place
    card: ExcerptCard  # the quotation shown in large type: the place's earliest excerpt
    evidence: int  # how many excerpts mention the place in this view


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
            stops[place.id] = Stop(place=place, card=found[0], evidence=found[1])
    return stops


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


def stop_html(stop: Stop, index: int, count: int) -> str:
    """The stop's caption: place, the quotation in large type, and its citation. Escaped."""
    more = stop.evidence - 1
    extra = f" · {more} more excerpt{'s' * (more != 1)}" if more > 0 else ""
    return (f'<div class="tour-stop"><div class="tour-place">{esc(stop.place.name)}'
            f'<span class="tour-count">Stop {index + 1} of {count}</span></div>'
            f'<div class="tour-quote">{stop.card.sentence_html}</div>'
            f'<div class="tour-cite">{esc(stop.card.title)} — {esc(stop.card.when)}{esc(extra)}'
            f' · <a href="{esc(stop.card.link)}" target="_self">open in the reader</a></div></div>')


TOUR_CSS = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 1.5rem; }
.tour-stop { background: #0b1f33; color: #ffffff; padding: 1.1rem 1.6rem 1.2rem; border-radius: 8px; }
.tour-place { font-size: 2.3rem; line-height: 1.2; font-weight: 800; letter-spacing: .01em; display: flex;
              justify-content: space-between; align-items: baseline; }
.tour-count { font-size: 1.2rem; font-weight: 600; color: #cfe3f2; }
.tour-quote { font-size: 1.9rem; line-height: 1.4; margin: .5rem 0 .6rem; padding-left: 1rem; color: #ffffff;
              border-left: 6px solid #FFD400; font-family: Georgia, "Times New Roman", serif; }
.tour-quote mark.atlas-mark { background: #FFD400; color: #000; }
.tour-cite { font-size: 1.25rem; color: #e6eef5; }
.tour-cite a { color: #FFD400; }
</style>"""
