"""The evidence behind a place: every excerpt that mentions it, as escaped, highlighted cards."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from markupsafe import Markup

from model import Corpus, Document, Excerpt, Mention, Place, documents_by_id
from model.memo import per_corpus
from views.html import _BLANK_LINES, highlight
from views.links import reader_link
from views.templates import TEMPLATES, render

UNDATED = "9999-99-99"  # undated evidence sorts after everything dated
CARD_LIMIT = 100  # cards the map's side panel shows for one place


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


@per_corpus
def document_rank(corpus: Corpus) -> dict[str, int]:
    """Documents newest first (by date, else year): the order cards are listed in."""
    ordered = sorted(corpus.documents, key=lambda d: d.date or str(d.year or ""), reverse=True)
    return {d.id: i for i, d in enumerate(ordered)}


def _sentences(corpus: Corpus, place: Place) -> list[tuple[Document, Excerpt, list[Mention]]]:
    """The place's mentions grouped by sentence, in the view's documents, in card order."""
    docs = documents_by_id(corpus)
    by_excerpt: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in place.mentions:
        if m.document in docs:
            by_excerpt[(m.document, m.excerpt)].append(m)
    found = []
    for (doc_id, excerpt_id), mentions in by_excerpt.items():
        doc = docs[doc_id]
        ex = doc.excerpt(excerpt_id, mentions[0].start) or doc.excerpt_at(mentions[0].start)
        if ex is not None:
            found.append((doc, ex, mentions))
    rank = document_rank(corpus)
    found.sort(key=lambda f: (rank.get(f[0].id, 0), f[1].start))
    return found


def _card(doc: Document, ex: Excerpt, mentions: list[Mention]) -> ExcerptCard:
    spans = [(m.start - ex.start, m.end - ex.start) for m in mentions]
    return ExcerptCard(document=doc.id, excerpt=ex.id, title=doc.title, date=doc.date,
                       sentence_html=highlight(ex.text, spans), link=reader_link(doc.id, ex.id),
                       kinds=tuple(sorted({m.kind for m in mentions})), year=doc.year)


def place_cards(corpus: Corpus, place: Place) -> list[ExcerptCard]:
    """One card per excerpt (several mentions in a sentence share a card), newest document first."""
    return [_card(*found) for found in _sentences(corpus, place)]


def first_cards(corpus: Corpus, place: Place, limit: int = CARD_LIMIT) -> tuple[list[ExcerptCard], int]:
    """The first ``limit`` cards and how many there are: a country can be named in thousands of
    sentences, more than a side panel can show or a browser should receive on every click."""
    found = _sentences(corpus, place)
    return [_card(*f) for f in found[:limit]], len(found)


def earliest_card(corpus: Corpus, place: Place) -> tuple[ExcerptCard, int] | None:
    """The place's earliest sentence (by date; undated last) as a card, and how many sentences
    name it. Only the earliest document's sentences are looked up: the tour asks this of every
    place, and a country named in thousands of documents must not cost thousands of lookups."""
    docs = documents_by_id(corpus)
    groups: dict[tuple[str, str], list[Mention]] = defaultdict(list)
    for m in place.mentions:
        if m.document in docs:
            groups[(m.document, m.excerpt)].append(m)
    if not groups:
        return None
    rank = document_rank(corpus)

    def doc_key(doc_id: str) -> tuple[str, int]:
        d = docs[doc_id]
        return d.date or (str(d.year) if d.year else UNDATED), rank.get(doc_id, 0)

    first_doc = docs[min({doc_id for doc_id, _ in groups}, key=doc_key)]
    found = [(first_doc, ex, ms) for (doc_id, x), ms in groups.items() if doc_id == first_doc.id
             if (ex := first_doc.excerpt(x, ms[0].start) or first_doc.excerpt_at(ms[0].start)) is not None]
    if not found:  # the earliest document's sentences are missing: look at every sentence
        rest = _sentences(corpus, place)
        first = min(rest, key=lambda f: doc_key(f[0].id)) if rest else None
        return (_card(*first), len(groups)) if first else None
    return _card(*min(found, key=lambda f: f[1].start)), len(groups)


def card_html(card: ExcerptCard, link: bool = True) -> str:
    """A card for the page: title, date, highlighted sentence and, with ``link``, the way to the reader
    (a downloaded map has no reader) — ``templates/excerpts_card.html``, autoescaped; the sentence is
    already escaped by ``highlight``; blank lines folded for Markdown sinks."""
    return render("excerpts_card.html", title=_one_block(card.title), when=_one_block(card.when),
                  demonym=card.kinds == ("demonym",), sentence=Markup(card.sentence_html),
                  link=card.link if link else "")


def _one_block(text: str) -> str:
    """Inside ``st.markdown(..., unsafe_allow_html=True)`` a blank line would end the HTML block."""
    return _BLANK_LINES.sub("\n", text)


CARD_CSS = f"<style>\n{(TEMPLATES / 'excerpts_card.css').read_text(encoding='utf-8')}</style>"
