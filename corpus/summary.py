"""Per-document counts for tables: how many excerpts, places and actors each document yields."""
from __future__ import annotations

from collections import Counter
from typing import Any

from documents.language import language_name
from model import Corpus


def document_rows(corpus: Corpus) -> list[dict[str, Any]]:
    """One row per document: title, date, where the date came from, language, source, and counts."""
    places = Counter(d for p in corpus.places for d in {m.document for m in p.mentions})
    actor_counts = Counter(d for a in corpus.actors for d in {m.document for m in a.mentions})
    return [{"id": d.id, "title": d.title, "date": d.date or (str(d.year) if d.year else "undated"),
             "date source": d.date_source or "—", "language": language_name(d.language), "source": d.source,
             "excerpts": len(d.excerpts),
             "places": places[d.id], "actors": actor_counts[d.id]} for d in corpus.documents]


def totals(corpus: Corpus) -> dict[str, int]:
    return {"documents": len(corpus.documents), "excerpts": sum(len(d.excerpts) for d in corpus.documents),
            "places": len(corpus.places), "actors": len(corpus.actors), "relations": len(corpus.relations)}
