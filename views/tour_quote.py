"""A quotation cut to fit a projected card: whole words around the mention, never without it.

A sentence can run to hundreds of words; on a 720p projector the card holds about two hundred
characters in type read from the back of the room. ``trim`` keeps a window of whole words around
the first mention (and as many of the sentence's other mentions as fit), marks what was cut with
an ellipsis, and leaves the full sentence to the card's "full sentence" control. Pure: text and
offsets in, plain segments out; the template escapes them.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from model.text import without_bidi

BUDGET = 200  # characters of quotation a projected card shows at 1280×720 in its large type


@dataclass(frozen=True)
class Segment:
    text: str
    mark: bool  # the place's mention: highlighted


@dataclass(frozen=True)
class Quote:
    """What the card shows: ``parts`` (trimmed), with ``cut_before``/``cut_after`` for the ellipses,
    and ``full`` (the whole sentence) for the card's full-sentence control."""

    parts: tuple[Segment, ...]
    cut_before: bool
    cut_after: bool
    full: tuple[Segment, ...]

    @property
    def trimmed(self) -> bool:
        return self.cut_before or self.cut_after

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.parts)


def merge_spans(spans: Iterable[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """Spans clipped to ``[0, length]``, empty ones dropped, overlapping ones merged, in order."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(length, e)) for s, e in spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def window(text: str, spans: list[tuple[int, int]], budget: int = BUDGET) -> tuple[int, int]:
    """The (start, end) of the quotation: at most ``budget`` characters (more only when the first
    mention alone is longer), starting and ending at word boundaries, always holding the first
    mention and as many following mentions as fit, the rest of the room shared around them."""
    n = len(text)
    if n <= budget:
        return 0, n
    if not spans:
        spans = [(0, 0)]
    lo, hi = spans[0]
    for s, e in spans[1:]:
        if e - lo > budget:
            break
        hi = e
    room = max(0, budget - (hi - lo))
    start = max(0, lo - room // 2)
    end = min(n, start + max(budget, hi - lo))
    start = max(0, min(start, end - max(budget, hi - lo)))
    # whole words only: move inwards to the nearest whitespace, never past the mentions
    if start > 0 and not text[start - 1].isspace():
        gap = next((i for i in range(start, lo) if text[i].isspace()), None)
        start = gap + 1 if gap is not None else lo
    if end < n and not text[end].isspace():
        gap = next((i for i in range(end - 1, hi - 1, -1) if text[i].isspace()), None)
        end = gap if gap is not None else hi
    while start < lo and text[start].isspace():
        start += 1
    while end > hi and text[end - 1].isspace():
        end -= 1
    return start, end


def _segments(text: str, spans: list[tuple[int, int]], start: int, end: int) -> tuple[Segment, ...]:
    out, pos = [], start
    for s, e in spans:
        s, e = max(s, start), min(e, end)
        if s >= e:
            continue
        if s > pos:
            out.append(Segment(one_line(text[pos:s]), False))
        out.append(Segment(one_line(text[s:e]), True))
        pos = e
    if pos < end:
        out.append(Segment(one_line(text[pos:end]), False))
    return tuple(out)


def one_line(text: str) -> str:
    """One line: runs of whitespace become one space (a blank line would end an HTML block in
    Markdown), bidirectional controls are dropped."""
    text = without_bidi(text)
    lead, trail = text[:1].isspace(), text[-1:].isspace()
    core = " ".join(text.split())
    return (" " if lead and core else "") + core + (" " if trail and core else "") if core else (" " if text else "")


def trim(text: str, spans: Iterable[tuple[int, int]], budget: int = BUDGET) -> Quote:
    """The quotation of ``text`` around ``spans`` (mention offsets into ``text``): see ``window``."""
    merged = merge_spans(spans, len(text))
    start, end = window(text, merged, budget)
    return Quote(parts=_segments(text, merged, start, end), cut_before=start > 0, cut_after=end < len(text),
                 full=_segments(text, merged, 0, len(text)))
