"""The Corpus page's documents table: autoescaped, linked, and capped."""
from __future__ import annotations

from views.documents_table import documents_table_html


def _row(i: int, title: str = "A title") -> dict:
    return {"id": f"doc/{i}", "title": title, "date": "2022-06-01", "date source": "printed", "source": f"f{i}.txt",
            "excerpts": 3, "places": i % 2, "actors": 1}


def test_document_text_is_escaped_never_markup():
    html = documents_table_html([_row(1, '<img src=x onerror="alert(1)"> **bold** [x](javascript:alert(1))')])
    assert "<img" not in html and "&lt;img" in html
    assert "<strong>" not in html and "**bold**" in html  # no Markdown either


def test_titles_open_the_reader_and_places_the_documents_map():
    html = documents_table_html([_row(1)])
    assert 'href="./documents?doc=doc%2F1"' in html and 'href="./map?doc=doc%2F1"' in html


def test_a_large_corpus_draws_only_the_first_rows():
    html = documents_table_html([_row(i) for i in range(500)], shown=200)
    assert html.count("<tr>") == 201
