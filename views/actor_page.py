"""An actor's own page (like an entity page in investigative tools): every mention with its date
and sentence, titles over time, aliases, affiliations, places, relations grouped by kind.

Titles over time are read from the evidence: a title counts for a document when a sentence that
names the actor in it also carries the title ("Acting Secretary … McAleenan"), so each title shows
the dates it was seen with, never more than the sentences say.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from markupsafe import Markup

from model import Corpus, documents_by_id
from views.excerpts import ExcerptItem, excerpts_html, highlight_pieces
from views.links import actor_page_link, edge_link, map_link, network_link, network_scope_link, reader_link
from views.network_style import actor_style, relation_style
from views.templates import render

UNDATED = "undated"


@dataclass(frozen=True)
class Link:
    text: str
    href: str
    note: str = ""


@dataclass(frozen=True)
class ActorPage:
    id: str
    name: str
    kind: str
    kind_label: str
    color: str
    aliases: tuple[str, ...]
    titles: tuple[tuple[str, str], ...]  # (title, "first – last seen" or "undated")
    affiliations: tuple[Link, ...]  # the chain upwards: its agency, that agency's government …
    members: tuple[Link, ...]  # actors affiliated with it
    places: tuple[Link, ...]  # places named in the same sentences, most often first
    relations: tuple[tuple[str, int, tuple[Link, ...]], ...]  # (kind label, count, the other actors)
    mentions: tuple[ExcerptItem, ...]  # every sentence, oldest first
    network: str  # the network with this actor selected
    neighbourhood: str  # the network narrowed to this actor and its neighbours


def _when(date: str | None, year: int | None) -> str:
    return date or (str(year) if year else UNDATED)


def actor_page(corpus: Corpus, actor_id: str) -> ActorPage | None:
    actors = {a.id: a for a in corpus.actors}
    actor = actors.get(actor_id)
    if actor is None:
        return None
    docs = documents_by_id(corpus)
    spans: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    for m in actor.mentions:
        spans[(m.document, m.excerpt)].append((m.start, m.end))
    found = []
    for (doc_id, x), s in spans.items():
        doc = docs.get(doc_id)
        ex = doc.excerpt(x, s[0][0]) if doc else None
        if ex is not None:
            found.append((doc, ex, s))
    found.sort(key=lambda f: (_when(f[0].date, f[0].year) == UNDATED, _when(f[0].date, f[0].year), f[1].start))
    mentions = tuple(ExcerptItem(doc.title, _when(doc.date, doc.year),
                                 highlight_pieces(ex.text, [(a - ex.start, b - ex.start) for a, b in s]),
                                 reader_link(doc.id, ex.id)) for doc, ex, s in found)
    seen: dict[str, list[str]] = defaultdict(list)
    for doc, ex, _ in found:
        for title in actor.titles:
            if title.casefold() in ex.text.casefold():
                seen[title].append(_when(doc.date, doc.year))
    titles = []
    for title in actor.titles:
        dates = sorted(d for d in seen.get(title, []) if d != UNDATED)
        span = (dates[0] if dates[0] == dates[-1] else f"{dates[0]} – {dates[-1]}") if dates else UNDATED
        titles.append((title, span))
    titles.sort(key=lambda t: (t[1] == UNDATED, t[1]))
    chain, up = [], actor.affiliation
    while up in actors and all(link.href != actor_page_link(up) for link in chain) and up != actor.id:
        chain.append(Link(actors[up].name, actor_page_link(up), actor_style(actors[up].kind).label))
        up = actors[up].affiliation
    members = tuple(Link(a.name, actor_page_link(a.id), actor_style(a.kind).label)
                    for a in sorted(corpus.actors, key=lambda a: a.name.casefold()) if a.affiliation == actor.id)
    excerpts = {x for _, x in spans}
    place_counts = Counter({p.id: sum(1 for m in p.mentions if m.excerpt in excerpts) for p in corpus.places})
    names = {p.id: p.name for p in corpus.places}
    places = tuple(Link(names[pid], map_link(pid), f"{n} sentence{'s' * (n != 1)}")
                   for pid, n in place_counts.most_common() if n)
    by_kind: dict[str, list[tuple[int, Link]]] = defaultdict(list)
    for r in corpus.relations:
        if actor.id not in (r.source, r.target):
            continue
        other = r.target if r.source == actor.id else r.source
        style = relation_style(r.kind)
        label = style.inverse if r.target == actor.id and style.inverse else style.label
        n = len(r.evidence)
        by_kind[label].append((n, Link(actors[other].name if other in actors else other, edge_link(r.id),
                                       f"{n} excerpt{'s' * (n != 1)}")))
    relations = tuple((label, len(links), tuple(link for _, link in sorted(links, key=lambda x: (-x[0], x[1].text))))
                      for label, links in sorted(by_kind.items(), key=lambda kv: -len(kv[1])))
    style = actor_style(actor.kind)
    return ActorPage(actor.id, actor.name, actor.kind, style.label, style.color, actor.aliases, tuple(titles),
                     tuple(chain), members, places, relations, mentions, network_link(actor.id),
                     network_scope_link(actors=[actor.id, *{x for r in corpus.relations if actor.id in (r.source, r.target)
                                                           for x in (r.source, r.target)} - {actor.id}]))


def actor_page_html(page: ActorPage) -> str:
    """The page's facts as HTML (``templates/actor_page.html``, autoescaped); mentions from the shared list."""
    return render("actor_page.html", page=page, mentions=Markup(excerpts_html(page.mentions, css=True)))
