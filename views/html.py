"""Escaping and highlighting for document text that enters HTML.

Every string from a document (titles, sentences, mention text, place names) goes through
``esc`` or ``highlight`` before it is put into markup: documents are untrusted input.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable

from model.text import without_bidi
from views.links import reader_link  # noqa: F401  (the one home of links; kept importable here)

MARK = '<mark class="atlas-mark">'


_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*(?:\n[ \t\r\f\v]*)+")


def esc(text: object) -> str:
    """HTML-escape anything (quotes included, so the result is safe in attributes too). Blank lines
    become one line break: inside ``st.markdown(..., unsafe_allow_html=True)`` a blank line would end
    the HTML block and let the rest be read as Markdown. Bidirectional controls are dropped."""
    text = without_bidi("" if text is None else str(text))
    return _BLANK_LINES.sub("\n", html.escape(text, quote=True))


def highlight(text: str, spans: Iterable[tuple[int, int]], mark: str = MARK) -> str:
    """``text`` escaped, with each (start, end) span wrapped in ``mark`` … ``</mark>``.

    Spans are offsets into ``text``; overlapping or out-of-range spans are clipped and merged,
    so a bad offset can never break the markup.
    """
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out.append(esc(text[pos:start]))
        out.append(f"{mark}{esc(text[start:end])}</mark>")
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)
