"""Full-text search over the corpus's excerpts: every word must occur (case-insensitive)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from model import Corpus
from views.reader import Span, non_overlapping, reader_link, render_text


@dataclass(frozen=True)
class Hit:
    document: str
    title: str
    excerpt: str
    html: str  # the excerpt, escaped, with the query words marked
    link: str  # the reader at this excerpt


def search(corpus: Corpus, query: str, limit: int = 100) -> list[Hit]:
    """Excerpts that contain every word of the query, in corpus order (newest documents first)."""
    words = [w for w in re.findall(r"\w[\w'-]*", query.casefold()) if w]
    if not words:
        return []
    hits = []
    for doc in corpus.documents:
        for ex in doc.excerpts:
            folded = ex.text.casefold()
            if all(w in folded for w in words):
                same = len(folded) == len(ex.text)  # offsets are only valid if folding kept lengths
                spans = non_overlapping(Span(m.start(), m.end(), "match") for w in words if same
                                        for m in re.finditer(re.escape(w), folded))
                hits.append(Hit(doc.id, doc.title, ex.id, render_text(ex.text, spans), reader_link(doc.id, ex.id)))
                if len(hits) >= limit:
                    return hits
    return hits


def hits_html(hits: list[Hit]) -> str:
    """Search results: the document title, the sentence with the words marked, a link into the reader."""
    from html import escape

    items = "".join(f'<li><div class="src">{escape(h.title)}</div><div class="sent">{h.html}</div>'
                    f'<a class="open" href="{escape(h.link)}" target="_self">Read in context →</a></li>'
                    for h in hits)
    return ('<style>ul.hits{list-style:none;padding:0;margin:0}ul.hits li{border-left:3px solid #c9d3df;'
            'padding:.3rem .6rem;margin:0 0 .5rem;background:#fafbfc}ul.hits .src{font-size:.78rem;color:#5b6573}'
            'ul.hits .hl-match{background:#ffe58a;font-weight:600}ul.hits a.open{font-size:.8rem}</style>'
            f'<ul class="hits">{items}</ul>')
