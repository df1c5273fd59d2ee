"""What the card beside the graph says about a clicked actor or relation, with its excerpts.

Plain data plus escaped HTML fragments: the page lays them out, the tests read them. An agency
can be named in thousands of documents, so a card lists the first ``LIMIT`` documents and
excerpts (corpus order: newest first) and ``LIMIT`` relations of each kind (most evidence first),
and says how many there are in all.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from model import Corpus, Excerpt, documents_by_id
from model.memo import per_corpus
from views.excerpts import ExcerptItem, Pieces, excerpts_css, highlight_pieces
from views.excerpts import excerpts_html as render_excerpts
from views.links import actor_page_link, edge_link, map_link, network_link, network_scope_link, reader_link
from views.network_style import actor_style, relation_style
from views.templates import render


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


CARD_CSS = "\n<style>\n" + excerpts_css() + """
.card,.card *{overflow-wrap:anywhere}
.card .more{font-size:.85rem;color:#5b6573;margin:.2rem 0 .6rem}
.card h3{margin:.1rem 0 .35rem;font-size:1.25rem;line-height:1.3}
.card h3 .verb{font-weight:400;color:#5b6573;font-size:1rem}
.card h4{margin:.9rem 0 .4rem;font-size:.95rem}
.card .row{display:flex;gap:.6rem;font-size:.88rem;margin:.3rem 0;line-height:1.4}
.card .row .lbl{flex:0 0 6.5rem;color:#5b6573}
</style>
"""  # the card's own rules after the shared excerpt list's


def kind_badge(kind: str) -> str:
    style = actor_style(kind)
    return (f'<span style="background:{style.color};color:#fff;border-radius:10px;padding:1px 8px;'
            f'font-size:.78rem">{escape(style.label)}</span>')


def _row(label: str, value_html: str) -> str:
    return f'<div class="row"><span class="lbl">{escape(label)}</span><span>{value_html}</span></div>' if value_html else ""


def _link(href: str, text: str) -> str:
    return f'<a href="{escape(href)}" target="_self">{escape(text)}</a>'


def actor_card_html(card: ActorCard) -> str:
    """The actor card: who, what, where from, and every excerpt that names it (all text escaped)."""
    docs = "<br>".join(_link(link, title) for _, title, link in card.documents) + _more(card.document_total,
                                                                                           len(card.documents))
    by_kind: dict[str, list[str]] = {}
    counts: dict[str, int] = {}
    for rid, kind, _, other, n in card.relations:
        counts[kind] = counts.get(kind, 0) + 1
        if counts[kind] <= LIMIT:
            by_kind.setdefault(kind, []).append(_link(edge_link(rid), other) + f" ({n})")
    rels = "".join(_row(label, ", ".join(links) + _more(counts[label], len(links))) for label, links in by_kind.items())
    total = card.excerpt_total or len(card.excerpts)
    return (CARD_CSS + f'<div class="card" data-testid="actor-card"><h3>{escape(card.name)}</h3>{kind_badge(card.kind)}'
            + _row("Also called", escape("; ".join(card.aliases)))
            + _row("Titles", escape("; ".join(card.titles)))
            + _row("Affiliation", _link(network_link(card.affiliation[0]), card.affiliation[1])
                   if card.affiliation else "")
            + _row("Years", escape(", ".join(map(str, card.years)) or "undated"))
            + _row("Places", ", ".join(_link(link, name) + f" ({n})" for name, link, n in card.places))
            + _row("Documents", docs) + rels
            + _row("More", _link(actor_page_link(card.id), "Actor page: every mention, titles over time")
                   + " · " + _link(network_scope_link(actors=[card.id, *{o for _, _, o, _, _ in card.relations}]),
                                   "only its neighbourhood"))
            + (f'<h4>Inferred: no excerpt names {escape(card.name)}; {total} excerpt{"s" if total != 1 else ""}'
               f' it is inferred from</h4>' if card.inferred else
               f'<h4>{total} excerpt{"s" if total != 1 else ""} naming {escape(card.name)}</h4>')
            + excerpts_html(card.excerpts) + _more(total, len(card.excerpts), "narrow the years to read them")
            + "</div>")


def edge_card_html(card: EdgeCard) -> str:
    """The relation card: who, how, when, and the excerpts that are its evidence."""
    src = _link(network_link(card.source[0]), card.source[1])
    dst = _link(network_link(card.target[0]), card.target[1])
    n = card.excerpt_total or len(card.excerpts)
    return (CARD_CSS + f'<div class="card" data-testid="edge-card"><h3>{src} <span class="verb">'
            f'{escape(relation_style(card.kind).label.lower())}</span> {dst}</h3>'
            + _row("Years", escape(", ".join(map(str, card.years)) or "undated"))
            + (f'<h4>Evidence: {n} excerpt{"s" if n != 1 else ""} stating it</h4>' + excerpts_html(card.excerpts)
               + _more(n, len(card.excerpts), "narrow the years to read them") if n else "")
            + (f'<h4 data-testid="context-evidence">Context: {card.context_total} excerpt'
               f'{"s" if card.context_total != 1 else ""} naming one end only (the link is inferred)</h4>'
               + excerpts_html(card.context) + _more(card.context_total, len(card.context)) if card.context else "")
            + "</div>")


def _more(total: int, shown: int, hint: str = "") -> str:
    """ "… and 12 more" when a list was cut (plain text, no document content)."""
    if total <= shown:
        return ""
    return f'<div class="more">… and {total - shown} more{escape(" — " + hint) if hint else ""}</div>'
