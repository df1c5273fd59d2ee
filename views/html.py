"""Escaping and highlighting for document text that enters HTML.

Every string from a document (titles, sentences, mention text, place names) goes through
``esc`` or ``highlight`` before it is put into markup: documents are untrusted input.
"""
from __future__ import annotations

import html
import re
from collections.abc import Iterable

from model.text import without_bidi
from views.excerpts import highlight_pieces
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
    """``text`` escaped, with each (start, end) span wrapped in ``mark`` … ``</mark>``: the one
    highlighter (``views.excerpts.highlight_pieces``: spans clipped and merged, so a bad offset can
    never break the markup), escaped for Markdown sinks by ``esc``."""
    return "".join(f"{mark}{esc(piece)}</mark>" if cls else esc(piece) for piece, cls in highlight_pieces(text, spans))
