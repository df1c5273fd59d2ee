"""The one excerpt-list renderer and its highlighter: a sentence with some stretches marked, its
citation and a link into the reader, from ``templates/excerpts.html`` (autoescaped)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from views.templates import TEMPLATES, render
from views.tour_quote import merge_spans

Pieces = tuple[tuple[str, str], ...]  # (text, css class of the mark or "" for plain text)


@dataclass(frozen=True)
class ExcerptItem:
    title: str
    when: str
    pieces: Pieces
    link: str  # ./documents?doc=…&excerpt=…
    note: str = ""

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.pieces)


def highlight_pieces(text: str, spans: Iterable[tuple[int, int]], cls: str = "hl-name") -> Pieces:
    """``text`` cut into plain and marked pieces; spans (offsets into ``text``) are clipped to it and
    merged where they overlap, so a bad offset can never break the markup."""
    out, pos = [], 0
    for start, end in merge_spans(spans, len(text)):
        if start > pos:
            out.append((text[pos:start], ""))
        out.append((text[start:end], cls))
        pos = end
    if pos < len(text) or not out:
        out.append((text[pos:], ""))
    return tuple(out)


@lru_cache(maxsize=1)
def excerpts_css() -> str:
    return (TEMPLATES / "excerpts.css").read_text(encoding="utf-8")


def excerpts_html(items: Sequence[ExcerptItem], link_text: str = "Open in reader →", css: bool = False) -> str:
    """The list as one HTML block (with its stylesheet when ``css``)."""
    body = render("excerpts.html", items=items, link_text=link_text)
    return (f"<style>{excerpts_css()}</style>" if css else "") + body
