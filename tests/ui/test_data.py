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


def test_a_first_visit_reads_the_layout_saved_for_its_revision_without_building_the_graph(tmp_store_path, monkeypatch):
    """An ingest saves the layout with the revision it was made for: the Network page's first visit then only
    reads it. After a correction (a new revision) the graph is built once, its layout kept and saved again."""
    import corpus.graph
    import corpus.warm  # noqa: F401  (registers the after-ingest work)
    from corpus.view_data import layout_at
    from documents.load import iter_paths
    from tests.conftest import SHIPPED

    with Store(tmp_store_path) as store:
        ingest(store, iter_paths([SHIPPED]))
        revision = store.revision()
        saved = layout_at(store, revision)
    assert saved
    ui.data.positions_at.clear()
    with monkeypatch.context() as m:
        m.setattr(corpus.graph, "actor_graph", lambda *a: pytest.fail("the graph was built on a first visit"))
        assert ui.data.positions_at(str(tmp_store_path), revision) == saved
    with Store(tmp_store_path) as store:
        busiest = sorted(ui.data.corpus_at(str(tmp_store_path), revision).actors, key=lambda a: -len(a.mentions))
        store.add_correction("actor", "merge", {"ids": [busiest[1].id], "into": busiest[0].id})
        corrected = store.revision()
        assert layout_at(store, corrected) is None
    after = ui.data.positions_at(str(tmp_store_path), corrected)
    assert set(after) == set(saved) - {busiest[1].id} and all(after[n] == saved[n] for n in after)
    with Store(tmp_store_path) as store:
        assert layout_at(store, corrected) == after
    ui.data.positions_at.clear()
    ui.data.corpus_at.clear()
