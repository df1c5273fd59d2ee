"""A presenter's own tour: stops reordered, hidden or added, each with a chosen excerpt and a note.

A plan is a list of ``PlannedStop`` saved by name in the store (corpus.store.save_tour) as plain
JSON objects. Reading one back is tolerant: a row that is not a stop is skipped, never raised, so
a tour saved by an older version still opens. Pure: the page does the reading and writing.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from model import Corpus
from views.map_excerpts import ExcerptCard, place_cards
from views.tour import Stop, make_stop, place_stops
from views.tour_quote import one_line

NOTE_MAX = 200  # one line on the card


@dataclass(frozen=True)
class PlannedStop:
    place: str  # place id
    document: str | None = None  # the chosen excerpt (document id and excerpt id); None: the earliest
    excerpt: str | None = None
    note: str = ""
    hidden: bool = False


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def parse_plan(rows: Iterable[Any]) -> list[PlannedStop]:
    """Stops from stored JSON objects; anything that is not a stop with a place id is skipped."""
    plan = []
    for row in rows if isinstance(rows, list) else []:
        if not isinstance(row, dict) or not _text(row.get("place")):
            continue
        note = row.get("note") if isinstance(row.get("note"), str) else ""
        plan.append(PlannedStop(place=row["place"], document=_text(row.get("document")),
                                excerpt=_text(row.get("excerpt")), note=one_line(note)[:NOTE_MAX].strip(),
                                hidden=row.get("hidden") is True))
    return plan


def plan_rows(plan: Sequence[PlannedStop]) -> list[dict[str, Any]]:
    """The plan as JSON objects for the store (defaults left out)."""
    defaults = asdict(PlannedStop(place=""))
    return [{k: v for k, v in asdict(p).items() if k == "place" or v != defaults[k]} for p in plan]


def plan_from_stops(stops: Sequence[Stop]) -> list[PlannedStop]:
    """A plan to start from: the stops in the order shown, each with its current excerpt."""
    return [PlannedStop(place=s.place.id, document=s.card.document, excerpt=s.card.excerpt, note=s.note)
            for s in stops]


def excerpt_choices(corpus: Corpus, place_id: str) -> list[ExcerptCard]:
    """Every sentence of the view that names the place, newest document first: what a stop can show."""
    place = next((p for p in corpus.places if p.id == place_id), None)
    return place_cards(corpus, place) if place else []


def planned_stops(corpus: Corpus, plan: Sequence[PlannedStop]) -> list[Stop]:
    """The plan's visible stops whose place is in the view, in the plan's order, each showing its
    chosen excerpt (the earliest when none was chosen or the chosen one is outside the view)."""
    available = place_stops(corpus)
    stops = []
    for planned in plan:
        base = available.get(planned.place)
        if planned.hidden or base is None:
            continue
        card = base.card
        if planned.excerpt and (planned.document, planned.excerpt) != (card.document, card.excerpt):
            card = next((c for c in excerpt_choices(corpus, planned.place)
                         if (c.document, c.excerpt) == (planned.document, planned.excerpt)), card)
        stops.append(make_stop(corpus, base.place, card, base.evidence, note=planned.note))
    return stops


def move_stop(plan: Sequence[PlannedStop], index: int, delta: int) -> list[PlannedStop]:
    """The plan with stop ``index`` moved ``delta`` places (clamped to the ends)."""
    out = list(plan)
    if not 0 <= index < len(out):
        return out
    target = max(0, min(len(out) - 1, index + delta))
    out.insert(target, out.pop(index))
    return out
