"""What the card beside the graph says about a clicked actor or relation, with its excerpts.

Plain data plus escaped HTML fragments: the page lays them out, the tests read them. An agency
can be named in thousands of documents, so a card lists the first ``LIMIT`` documents and
excerpts (corpus order: newest first) and ``LIMIT`` relations of each kind (most evidence first),
and says how many there are in all.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup

from model import Corpus, Excerpt, documents_by_id
from model.memo import per_corpus
from views.excerpts import ExcerptItem, Pieces, excerpts_css, highlight_pieces
from views.excerpts import excerpts_html as render_excerpts
from views.links import actor_page_link, edge_link, map_link, network_link, network_scope_link, reader_link
from views.network_style import actor_style, relation_style
from views.templates import TEMPLATES, render


@dataclass(frozen=True)
class ExcerptView:
    document: str
    title: str
    date: str
    excerpt: str
    pieces: Pieces  # the sentence, names marked (views.excerpts.highlight_pieces)
    link: str  # ./documents?doc=…&excerpt=…

    @property
    def html(self) -> str:
        """The sentence as escaped HTML with the names marked."""
        return render("excerpt_sentence.html", pieces=self.pieces)

    def item(self) -> ExcerptItem:
        return ExcerptItem(self.title, self.date, self.pieces, self.link)


@dataclass(frozen=True)
class ActorCard:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    titles: tuple[str, ...]
    affiliation: tuple[str, str] | None  # (actor id, name)
    documents: tuple[tuple[str, str, str], ...]  # (id, title, link), the first LIMIT
    years: tuple[int, ...]
    excerpts: tuple[ExcerptView, ...]  # the first LIMIT
    relations: tuple[tuple[str, str, str, str, int], ...]  # (relation id, label as seen from this actor, other id, other name, evidence)
    document_total: int = 0
    excerpt_total: int = 0
    inferred: bool = False  # no excerpt names it: it is inferred from the sentences shown (an affiliation)
    places: tuple[tuple[str, str, int], ...] = ()  # (name, map link, sentences naming both), most first


@dataclass(frozen=True)
class EdgeCard:
    id: str
    kind: str
    source: tuple[str, str]
    target: tuple[str, str]
    years: tuple[int, ...]
    excerpts: tuple[ExcerptView, ...]  # the first LIMIT: sentences that state the relation
    excerpt_total: int = 0
    context: tuple[ExcerptView, ...] = ()  # sentences naming one end only: why the link was inferred
    context_total: int = 0


LIMIT = 50


@per_corpus
def _positions(corpus: Corpus) -> dict[str, int]:
    return {d.id: i for i, d in enumerate(corpus.documents)}


def _find(corpus: Corpus, doc_id: str, excerpt_id: str, offset: int | None = None) -> Excerpt | None:
    doc = documents_by_id(corpus).get(doc_id)
    return doc.excerpt(excerpt_id, offset) if doc else None


def _view(corpus: Corpus, ex: Excerpt, names: list[tuple[int, int]]) -> ExcerptView:
    doc = corpus.document(ex.document)
    spans = [(s - ex.start, e - ex.start) for s, e in names if ex.start <= s < e <= ex.end]
    return ExcerptView(ex.document, doc.title if doc else ex.document, (doc.date or "undated") if doc else "",
                       ex.id, highlight_pieces(ex.text, spans), reader_link(ex.document, ex.id))


def actor_card(corpus: Corpus, actor_id: str) -> ActorCard | None:
    """Everything known about one actor, every excerpt that mentions it (names highlighted)."""
    actor = next((a for a in corpus.actors if a.id == actor_id), None)
    if actor is None:
        return None
    names = {a.id: a.name for a in corpus.actors}
    spans: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for m in actor.mentions:
        spans.setdefault((m.document, m.excerpt), []).append((m.start, m.end))
    order = _positions(corpus)
    found = [(ex, s) for (doc, x), s in spans.items() if (ex := _find(corpus, doc, x, s[0][0])) is not None]
    found.sort(key=lambda f: (order.get(f[0].document, 0), f[0].start))
    views = [_view(corpus, ex, s) for ex, s in found[:LIMIT]]
    mentioned = {m.document for m in actor.mentions}
    docs = [d for d in corpus.documents if d.id in mentioned]
    rels = []
    mine = [r for r in corpus.relations if actor.id in (r.source, r.target)]
    for r in sorted(mine, key=lambda r: (r.kind, -len(r.evidence))):
        other = r.target if r.source == actor.id else r.source
        style = relation_style(r.kind)
        label = style.inverse if r.target == actor.id and style.inverse else style.label
        rels.append((r.id, label, other, names.get(other, other), len(r.evidence)))
    return ActorCard(
        id=actor.id, name=actor.name, kind=actor.kind, aliases=actor.aliases, titles=actor.titles,
        affiliation=(actor.affiliation, names[actor.affiliation]) if actor.affiliation in names else None,
        documents=tuple((d.id, d.title, reader_link(d.id)) for d in docs[:LIMIT]),
        years=tuple(sorted({d.year for d in docs if d.year})), excerpts=tuple(views), relations=tuple(rels),
        document_total=len(docs), excerpt_total=len(found), places=_places(corpus, {x for _, x in spans}),
        inferred=bool(actor.mentions) and all(m.kind == "inferred" for m in actor.mentions))


def _places(corpus: Corpus, excerpts: set[str]) -> tuple[tuple[str, str, int], ...]:
    """Places named in the actor's sentences (where it acts), most often first: links to the map."""
    counts = [(p, sum(1 for m in p.mentions if m.excerpt in excerpts)) for p in corpus.places]
    return tuple((p.name, map_link(p.id), n) for p, n in sorted(counts, key=lambda c: (-c[1], c[0].name)) if n)[:LIMIT]


def edge_card(corpus: Corpus, relation_id: str) -> EdgeCard | None:
    """A relation and the excerpts that are its evidence, both actors' names highlighted."""
    rel = next((r for r in corpus.relations if r.id == relation_id), None)
    if rel is None:
        return None
    actors = {a.id: a for a in corpus.actors}

    def views_of(evidence) -> tuple[list[ExcerptView], int]:
        unique = {(ev.document, ev.excerpt): None for ev in evidence}  # in the order of the evidence
        found = [ex for doc, x in unique if (ex := _find(corpus, doc, x)) is not None]
        views = []
        for ex in found[:LIMIT]:
            names = [(m.start, m.end) for aid in (rel.source, rel.target) if aid in actors
                     for m in actors[aid].mentions if m.excerpt == ex.id]
            views.append(_view(corpus, ex, names))
        return views, len(found)

    stated, n_stated = views_of(ev for ev in rel.evidence if not ev.context)
    context, n_context = views_of(ev for ev in rel.evidence if ev.context)
    name = lambda aid: actors[aid].name if aid in actors else aid  # noqa: E731
    return EdgeCard(rel.id, rel.kind, (rel.source, name(rel.source)), (rel.target, name(rel.target)), rel.years,
                    tuple(stated), excerpt_total=n_stated, context=tuple(context), context_total=n_context)


def excerpts_html(views: tuple[ExcerptView, ...]) -> str:
    """The excerpt list (``views.excerpts``, the one renderer): title, date, the sentence, a reader link."""
    return render_excerpts([v.item() for v in views])


def _css() -> str:
    return excerpts_css() + (TEMPLATES / "network_card.css").read_text(encoding="utf-8")


def actor_card_html(card: ActorCard) -> str:
    """The actor card: who, what, where from, and every excerpt that names it (``templates/network_card.html``)."""
    by_kind: dict[str, list[tuple[str, str, int]]] = {}
    counts: dict[str, int] = {}
    for rid, kind, _, other, n in card.relations:
        counts[kind] = counts.get(kind, 0) + 1
        if counts[kind] <= LIMIT:
            by_kind.setdefault(kind, []).append((edge_link(rid), other, n))
    style = actor_style(card.kind)
    return render("network_card.html", css=Markup(_css()), actor=card, edge=None, color=style.color,
                  kind_label=style.label, affiliation_href=network_link(card.affiliation[0]) if card.affiliation else "",
                  relations=[(label, links, counts[label]) for label, links in by_kind.items()],
                  page_href=actor_page_link(card.id),
                  scope_href=network_scope_link(actors=[card.id, *{o for _, _, o, _, _ in card.relations}]),
                  total=card.excerpt_total or len(card.excerpts), excerpts=Markup(excerpts_html(card.excerpts)))


def edge_card_html(card: EdgeCard) -> str:
    """The relation card: who, how, when, and the excerpts that are its evidence."""
    return render("network_card.html", css=Markup(_css()), actor=None, edge=card,
                  source_href=network_link(card.source[0]), target_href=network_link(card.target[0]),
                  verb=relation_style(card.kind).label.lower(), total=card.excerpt_total or len(card.excerpts),
                  excerpts=Markup(excerpts_html(card.excerpts)), context=Markup(excerpts_html(card.context)))
