"""The evidence behind a place: every excerpt that mentions it, as escaped, highlighted cards."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from corpus.model import Corpus, Document, Excerpt, Mention, Place
from views.html import esc, highlight, reader_link


@dataclass(frozen=True)
class ExcerptCard:
    """One sentence that mentions a place, with its citation. ``sentence_html`` is escaped."""

    document: str
    excerpt: str
    title: str
    date: str | None
    sentence_html: str
    link: str
    kinds: tuple[str, ...]  # mention kinds in this sentence ("name", "demonym", …)
    year: int | None = None

    @property
    def when(self) -> str:
        """The date, else the year (some documents only print a year), else "undated"."""
        return self.date or (str(self.year) if self.year else "undated")


def _excerpt(doc: Document, excerpt_id: str, offset: int) -> Excerpt | None:
    found = next((e for e in doc.excerpts if e.id == excerpt_id), None)
    return found or doc.excerpt_at(offset)


def place_cards(corpus: Corpus, place: Place) -> list[ExcerptCard]:
    """One card per excerpt (several mentions in a sentence share a card), newest document first."""
    docs = {d.id: d for d in corpus.documents}
    by_excerpt: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in place.mentions:
        if m.document in docs:
            by_excerpt[(m.document, m.excerpt)].append(m)
    cards = []
    for (doc_id, excerpt_id), mentions in by_excerpt.items():
        doc = docs[doc_id]
        ex = _excerpt(doc, excerpt_id, mentions[0].start)
        if ex is None:
            continue
        spans = [(m.start - ex.start, m.end - ex.start) for m in mentions]
        cards.append(ExcerptCard(document=doc.id, excerpt=ex.id, title=doc.title, date=doc.date,
                                 sentence_html=highlight(ex.text, spans), link=reader_link(doc.id, ex.id),
                                 kinds=tuple(sorted({m.kind for m in mentions})), year=doc.year))
    order = {d.id: i for i, d in enumerate(sorted(corpus.documents, key=lambda d: d.date or str(d.year or ""),
                                                  reverse=True))}
    position = {e.id: i for d in corpus.documents for i, e in enumerate(d.excerpts)}
    cards.sort(key=lambda c: (order.get(c.document, 0), position.get(c.excerpt, 0)))
    return cards


def card_html(card: ExcerptCard) -> str:
    """A card for the page: title, date, highlighted sentence, link to the reader. All escaped."""
    note = ' <span class="atlas-kind">(demonym)</span>' if card.kinds == ("demonym",) else ""
    return (f'<div class="atlas-card"><div class="atlas-cite"><b>{esc(card.title)}</b> · '
            f'{esc(card.when)}{note}</div>'
            f'<div class="atlas-sentence">{card.sentence_html}</div>'
            f'<a href="{esc(card.link)}" target="_self">Open in the reader →</a></div>')


CARD_CSS = """<style>
[data-testid="stMainBlockContainer"] { padding-top: 2rem; }
.atlas-card { border-left: 5px solid #D55E00; padding: .45rem .8rem; margin: 0 0 .8rem 0; background: #fafafa; }
.atlas-cite { font-size: .9rem; color: #333; margin-bottom: .25rem; }
.atlas-sentence { font-size: 1.05rem; line-height: 1.5; margin-bottom: .3rem; }
.atlas-kind { color: #555; font-style: italic; }
mark.atlas-mark { background: #FFE066; padding: 0 .15em; border-radius: 2px; }
</style>"""
