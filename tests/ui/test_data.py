"""The page edge's store access: the network layout saved in the store, the revision watcher."""
import pytest

import corpus.view_data
import ui.data
from corpus.ingest import ingest
from corpus.layout import layout
from corpus.store import Store
from corpus.view_data import stored_layout
from documents.load import LoadedText


def _shape(n: int, extra: int = 0):
    nodes = tuple(sorted(f"a{i:03d}" for i in range(n + extra)))
    pairs = tuple((f"a{i:03d}", f"a{i + 1:03d}", 1) for i in range(n + extra - 1))
    return nodes, pairs


def test_a_layout_is_computed_once_and_then_read_from_the_store(tmp_store_path, monkeypatch):
    shape = _shape(30)
    with Store(tmp_store_path) as store:
        first = stored_layout(store, shape)
    assert set(first) == set(shape[0])
    monkeypatch.setattr(corpus.view_data, "layout", lambda *a, **k: pytest.fail("laid out again"))
    with Store(tmp_store_path) as store:  # a new connection, as after a restart
        assert stored_layout(store, shape) == first


def test_a_slightly_bigger_graph_keeps_the_places_of_known_actors(tmp_store_path):
    with Store(tmp_store_path) as store:
        before = stored_layout(store, _shape(40))
        after = stored_layout(store, _shape(40, extra=2))
    assert all(after[n] == before[n] for n in before)
    assert set(after) - set(before) == {"a040", "a041"}


def test_a_mostly_new_graph_is_laid_out_afresh(tmp_store_path):
    with Store(tmp_store_path) as store:
        stored_layout(store, _shape(5))
        shape = _shape(5, extra=30)
        assert stored_layout(store, shape) == layout(shape)


def test_the_revision_watcher_sees_other_connections_commits(tmp_store_path, monkeypatch):
    monkeypatch.setattr(ui.data, "store_path", lambda: str(tmp_store_path))
    ui.data._watcher.clear()
    before = ui.data.revision()
    with Store(tmp_store_path) as store:
        ingest(store, [LoadedText(source="a.txt", text="Secretary Kerry visited Tegucigalpa.", format="txt")])
    after_ingest = ui.data.revision()
    assert after_ingest != before
    with Store(tmp_store_path) as store:
        store.add_correction("actor", "delete", {"id": "x"})
    assert ui.data.revision() != after_ingest
    ui.data._watcher.clear()
