"""The document reader's HTML: cleaned text with places and actors highlighted, built from offsets.

Every slice of document text reaches HTML through autoescaped templates (``templates/reader_*.html``)
and only their fixed tags are put between slices, so a document that contains markup shows the
markup as text. Links are relative
(``./map?place=…``, ``./network?actor=…``) and their ids are URL-quoted, then attribute-escaped.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from markupsafe import Markup

from documents.language import language_name
from model import Corpus, Document, Excerpt
from views.links import map_document_link, map_link, network_link, network_scope_link, reader_link  # noqa: F401  (reader_link: re-exported)
from views.network_style import actor_style
from views.templates import render

PLACE_COLOR = "#0f8b8d"


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of text: ``kind`` picks the colour, ``href`` (if any) makes it a link."""

    start: int
    end: int
    kind: str  # "place" or an actor kind
    label: str = ""
    href: str | None = None


def document_spans(corpus: Corpus, doc: Document) -> list[Span]:
    """Every place and actor mention in a document, as links; overlaps resolved longest-first."""
    spans = [Span(m.start, m.end, "place", p.name, map_link(p.id))
             for p in corpus.places for m in p.mentions if m.document == doc.id]
    spans += [Span(m.start, m.end, a.kind, f"{a.name} ({actor_style(a.kind).label.lower()})", network_link(a.id))
              for a in corpus.actors for m in a.mentions if m.document == doc.id]
    return non_overlapping(s for s in spans if 0 <= s.start < s.end <= len(doc.text))


def non_overlapping(spans: Iterable[Span]) -> list[Span]:
    """Sorted spans with no overlap; where two overlap the earlier, then longer, one wins."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if not out or s.start >= out[-1].end:
            out.append(s)
    return out


def render_text(text: str, spans: list[Span], mark: tuple[int, int] | None = None) -> str:
    """Escaped HTML of ``text`` (``templates/reader_text.html``): spans become links or marks;
    ``mark`` (start, end) is the target excerpt, its first piece anchored ``#target``."""
    cuts = {0, len(text)}
    for s in spans:
        cuts.update((s.start, s.end))
    if mark:
        cuts.update(max(0, min(len(text), x)) for x in mark)
    bounds = sorted(cuts)
    segments, i, first_mark = [], 0, True
    for a, b in zip(bounds, bounds[1:]):
        while i < len(spans) and spans[i].end <= a:
            i += 1
        span = spans[i] if i < len(spans) and spans[i].start <= a < spans[i].end else None
        marked = bool(mark and mark[0] <= a < mark[1])
        segments.append({"text": text[a:b], "open": span if span and a == span.start else None,
                         "mark": marked, "anchor": marked and first_mark,
                         "close": ("a" if span.href else "span") if span and b == span.end else ""})
        first_mark = first_mark and not marked
    return render("reader_text.html", segments=segments)


def excerpt_html(excerpt: Excerpt, names: list[tuple[int, int]], kind: str = "name") -> str:
    """One excerpt with the given document offsets highlighted (no links): for cards and evidence."""
    spans = non_overlapping(Span(s - excerpt.start, e - excerpt.start, kind) for s, e in names
                            if excerpt.start <= s < e <= excerpt.end)
    return render_text(excerpt.text, spans)


def reader_html(corpus: Corpus, doc: Document, excerpt_id: str | None = None) -> str:
    """The whole reader: title, date, source, language, colour key and the highlighted text (all escaped).
    The text is shown as written, in its language (``lang`` lets the browser hyphenate and read it aloud)."""
    target = next((e for e in doc.excerpts if e.id == excerpt_id), None)
    body = render_text(doc.text, document_spans(corpus, doc), (target.start, target.end) if target else None)
    key = [("place", "Place"), *((k, actor_style(k).label) for k in ("official", "agency", "government",
                                                                     "organization", "criminal"))]
    lang = doc.language if doc.language.isalpha() else "und"
    return render("reader_article.html", doc=doc, meta=[x for x in (doc.date or "undated", doc.source) if x], key=key,
                  language=language_name(doc.language), lang=lang, network=network_scope_link(doc=doc.id),
                  map=map_document_link(doc.id), body=Markup(body))


def highlight_css() -> str:
    """Colours for the highlight classes, shared by the reader and the cards."""
    rules = [f".hl-place{{background:{PLACE_COLOR}22;border-bottom:2px solid {PLACE_COLOR};}}"]
    for kind in ("official", "agency", "government", "organization", "criminal"):
        color = actor_style(kind).color
        rules.append(f".hl-{kind}{{background:{color}22;border-bottom:2px solid {color};}}")
    return "\n".join(rules)
