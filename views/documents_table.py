"""The Corpus page's documents as an autoescaped HTML table, drawn with the page itself. An interactive data grid
first loads its own front-end code: on this 2-core host that was 0.3 s of every later start (the app's median
2.98 s against 2.70 s with this table, benchmarks.start_speed's measure, 4 December 2026). The Documents page keeps
the grid that sorts, searches and opens them all."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from views.links import map_document_link, reader_link
from views.templates import render

SHOWN = 200  # rows drawn; a larger corpus is the Documents page's to sort and search


def documents_table_html(rows: Sequence[dict[str, Any]], shown: int = SHOWN) -> str:
    """``corpus.summary.document_rows`` as a table whose titles open the reader and whose place counts open the
    document's map."""
    return render("documents_table.html", rows=[
        {"title": r["title"], "date": r["date"], "date_source": r["date source"], "source": r["source"],
         "excerpts": r["excerpts"], "places": r["places"], "actors": r["actors"],
         "reader": reader_link(r["id"]), "map": map_document_link(r["id"])} for r in rows[:shown]])
