import pytest

from documents.excerpts import make_excerpts
from model.nlp import tokenize


@pytest.mark.parametrize("text, expected", [
    ("One sentence. Another one.", ["One sentence.", "Another one."]),
    ("Headline Without Period\n\nWASHINGTON – The U.S. and Mexico met in Washington, D.C. on Monday. Good.",
     ["Headline Without Period", "WASHINGTON – The U.S. and Mexico met in Washington, D.C. on Monday.", "Good."]),
    ("Item one;\n\nItem two;", ["Item one;", "Item two;"]),
    ("", []),
])
def test_sentences(text, expected):
    assert [e.text for e in make_excerpts("d", tokenize(text))] == expected


def test_offsets_exact_on_shipped_documents(shipped_corpus):
    for doc in shipped_corpus.documents:
        assert doc.excerpts
        for ex in doc.excerpts:
            assert doc.text[ex.start:ex.end] == ex.text
            assert doc.excerpt_at(ex.start) == ex
        ids = [e.id for e in doc.excerpts]
        assert len(ids) == len(set(ids))


@pytest.mark.parametrize("text, sentences", [
    ("He was deported from Mexico. (The case was closed.) Next one.",
     ["He was deported from Mexico.", "(The case was closed.)", "Next one."]),
    ("She said: “We will act.” “Now,” he added. Done.", ["She said: “We will act.”", "“Now,” he added.", "Done."]),
    ('It ended. "Good," he said. Fine.', ["It ended.", '"Good," he said.', "Fine."]),
    ("A sentence (with a note). Another one.", ["A sentence (with a note).", "Another one."]),
])
def test_excerpts_end_where_sentences_end(text, sentences):
    assert [e.text for e in make_excerpts("d", tokenize(text))] == sentences
