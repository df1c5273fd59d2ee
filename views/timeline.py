"""What the year filter filters: documents and mentions per year, per month where the date says,
the undated ones apart, and one place's or actor's own share over the totals.

Pure: a corpus in, plain rows out (``ui.timeline`` draws them with Vega-Lite). The totals are of the
whole corpus, not the filtered view, so the viewer sees what lies outside the range too.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from model import Corpus
from model.memo import per_corpus


@dataclass(frozen=True)
class Counts:
    """Documents and mentions at one point of the timeline."""

    documents: int = 0
    mentions: int = 0


@dataclass(frozen=True)
class Timeline:
    years: dict[int, Counts]  # every year from the first to the last dated document (empty years too)
    months: dict[tuple[int, int], Counts]  # (year, month) of documents whose full date is known
    undated: Counts


@per_corpus
def _mentions_per_document(corpus: Corpus) -> Counter:
    counts: Counter = Counter()
    for entity in (*corpus.places, *corpus.actors):
        counts.update(m.document for m in entity.mentions)
    return counts


def _month(date: str | None) -> int | None:
    if date and len(date) >= 7 and date[4] == "-" and date[5:7].isdigit() and 1 <= int(date[5:7]) <= 12:
        return int(date[5:7])
    return None


@per_corpus
def corpus_timeline(corpus: Corpus) -> Timeline:
    """Totals of the whole corpus (computed once per corpus object)."""
    return _timeline(corpus, _mentions_per_document(corpus), None)


def own_timeline(corpus: Corpus, entity_id: str | None) -> Timeline | None:
    """The documents and mentions of one place or actor (by id), on the same axis; None if unknown."""
    if not entity_id:
        return None
    entity = next((e for e in (*corpus.places, *corpus.actors) if e.id == entity_id), None)
    if entity is None:
        return None
    return _timeline(corpus, Counter(m.document for m in entity.mentions), set(m.document for m in entity.mentions))


def _timeline(corpus: Corpus, mentions: Counter, only: set[str] | None) -> Timeline:
    dated = [d.year for d in corpus.documents if d.year is not None]
    years: dict[int, list[int]] = {y: [0, 0] for y in range(min(dated), max(dated) + 1)} if dated else {}
    months: dict[tuple[int, int], list[int]] = {}
    undated = [0, 0]
    for d in corpus.documents:
        if only is not None and d.id not in only:
            continue
        n = mentions.get(d.id, 0)
        cell = undated if d.year is None else years[d.year]
        cell[0] += 1
        cell[1] += n
        month = _month(d.date) if d.year is not None else None
        if month:
            c = months.setdefault((d.year, month), [0, 0])
            c[0] += 1
            c[1] += n
    return Timeline({y: Counts(*c) for y, c in years.items()}, {k: Counts(*c) for k, c in sorted(months.items())},
                    Counts(*undated))


def range_from_brush(start: float, end: float, years: list[int]) -> tuple[int, int] | None:
    """The years a brush covers on an axis where year ``y`` spans [y, y + 1): those whose middle it
    covers, or, for a brush inside one bar, that year. None when it covers no year of the corpus."""
    lo, hi = min(start, end), max(start, end)
    covered = [y for y in years if lo <= y + 0.5 <= hi] or [y for y in years if y <= (lo + hi) / 2 < y + 1]
    return (covered[0], covered[-1]) if covered else None


def play_start(current: tuple[int, int], first: int, last: int) -> tuple[int, int]:
    """Where the play control starts: the chosen window, or the first year alone when all years are shown."""
    return (first, first) if current == (first, last) else current


def next_window(current: tuple[int, int], last: int) -> tuple[int, int] | None:
    """The play control's next step: the window one year on, keeping its width; None after the last year."""
    lo, hi = current
    return (lo + 1, hi + 1) if hi < last else None
