"""After a load the corpus is indexed and out of the collector's sight (corpus.heap.settle)."""
import gc

from corpus.filters import year_index
from corpus.heap import settle
from model import Corpus, Document


def test_settle_indexes_and_freezes(monkeypatch):
    calls = []
    monkeypatch.setattr(gc, "unfreeze", lambda: calls.append("unfreeze"))
    monkeypatch.setattr(gc, "freeze", lambda: calls.append("freeze"))
    monkeypatch.setattr(gc, "set_threshold", lambda *t: calls.append(t))
    corpus = Corpus((Document("a", "a.txt", "A", "t", year=2019),))
    assert settle(corpus) is corpus
    assert id(corpus) in year_index.cache  # built before the freeze, so frozen with the corpus
    assert calls == ["unfreeze", "freeze", (50_000, 20, 20)]
