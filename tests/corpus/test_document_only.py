"""A document's own view of the corpus (the reader's "this document's map"): only what it names, with
only its own mentions and evidence."""
from __future__ import annotations

from corpus.filters import document_only
from tests.views.synthetic import synthetic_corpus


def test_only_the_documents_places_actors_and_evidence():
    corpus = synthetic_corpus()
    one = document_only(corpus, "d2016")
    assert [d.id for d in one.documents] == ["d2016"]
    named = {p.id for p in corpus.places if any(m.document == "d2016" for m in p.mentions)}
    assert {p.id for p in one.places} == named
    assert all(m.document == "d2016" for p in one.places for m in p.mentions)
    assert all(m.document == "d2016" for a in one.actors for m in a.mentions)
    assert all(e.document == "d2016" for r in one.relations for e in r.evidence)
    assert all(r.evidence for r in one.relations)


def test_an_unknown_document_leaves_nothing():
    one = document_only(synthetic_corpus(), "nope")
    assert one.documents == () and one.places == () and one.actors == ()
