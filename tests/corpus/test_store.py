"""The store: idempotent ingest, transactional batches, corrections, cache, re-analysis."""
import json
import sqlite3

import pytest

from corpus.ingest import current_analyses, ingest, load_corpus
from corpus.store import Store
from documents.load import load_path
from tests.conftest import SHIPPED


def _files():
    return [(p.name, p.read_bytes()) for p in sorted(SHIPPED.glob("*.txt"))]


def test_ingest_is_idempotent(tmp_path):
    with Store(tmp_path / "a.db") as store:
        first = ingest(store, _files())
        second = ingest(store, _files())
        assert len(first.added) == 5 and not first.errors
        assert second.added == () and len(second.unchanged) == 5
        assert store.document_count() == 5
        corpus = load_corpus(store)
        assert len(corpus.documents) == 5


def test_same_content_same_id(tmp_path):
    with Store(tmp_path / "a.db") as s1:
        ingest(s1, _files())
        ids1 = sorted(d.id for d in load_corpus(s1).documents)
    with Store(tmp_path / "b.db") as s2:
        ingest(s2, list(reversed(_files())))
        ids2 = sorted(d.id for d in load_corpus(s2).documents)
    assert ids1 == ids2


def test_bad_file_reported_others_stored(tmp_path):
    with Store(tmp_path / "a.db") as store:
        report = ingest(store, _files()[:2] + [("bad.pdf", b"%PDF-1.4 broken"), ("empty.txt", b"")])
        assert len(report.added) == 2 and len(report.errors) == 2
        assert any("bad.pdf" in e for e in report.errors)


def test_crash_mid_batch_keeps_previous_state(tmp_path, monkeypatch):
    path = tmp_path / "a.db"
    with Store(path) as store:
        ingest(store, _files()[:2])
        store.add_correction("actor", "rename", {"id": "x", "name": "Y"})

    def boom(*a, **k):
        raise KeyboardInterrupt("killed")  # not an Exception: escapes the per-file guard like a kill would

    import corpus.ingest

    monkeypatch.setattr(corpus.ingest, "analyse_document", boom)
    with Store(path) as store:
        with pytest.raises(KeyboardInterrupt):
            ingest(store, _files()[2:])
    monkeypatch.undo()
    with Store(path) as store:
        assert store.document_count() == 2
        assert len(store.corrections()) == 1
        assert len(ingest(store, _files()).added) == 3


def test_rollback_on_failed_write(tmp_path):
    with Store(tmp_path / "a.db") as store:
        with pytest.raises(sqlite3.IntegrityError):
            with store._transaction() as db:
                db.execute("INSERT INTO corrections (target, action, payload, created_at) VALUES ('a','b','{}','t')")
                db.execute("INSERT INTO corrections (target) VALUES (NULL)")
        assert store.corrections() == []


def test_wal_mode_and_busy_timeout(tmp_path):
    with Store(tmp_path / "a.db") as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000


def test_corrections_roundtrip(tmp_path):
    with Store(tmp_path / "a.db") as store:
        store.add_correction("place", "not-a-place", {"place": "geonames:1"})
        store.add_correction("actor", "rename", {"id": "official:x", "name": "X Y"})
        exported = store.export_corrections()
    json.dumps(exported)
    with Store(tmp_path / "b.db") as other:
        assert other.import_corrections(exported) == 2
        assert other.import_corrections(exported) == 0
        assert [c.action for c in other.corrections()] == ["not-a-place", "rename"]
        with pytest.raises(ValueError):
            other.import_corrections([{"nope": 1}])


def test_geocode_cache(tmp_path):
    with Store(tmp_path / "a.db") as store:
        assert store.get("nominatim", "La Ceiba") is None
        store.put("nominatim", "La Ceiba", {"lat": 15.78, "lon": -86.79})
        assert store.get("nominatim", "La Ceiba") == {"lat": 15.78, "lon": -86.79}


def test_stale_analysis_is_redone(tmp_path, monkeypatch):
    path = tmp_path / "a.db"
    with Store(path) as store:
        ingest(store, [load_path(sorted(SHIPPED.glob("*.txt"))[0])])
        store.db.execute("UPDATE documents SET analysis_version='old'")
        rev = store.revision()
        assert len(current_analyses(store)) == 1
        assert store.db.execute("SELECT analysis_version FROM documents").fetchone()[0] != "old"
        assert store.revision() == rev  # revision depends on content, not on re-analysis


def test_revision_changes_on_writes(tmp_path):
    with Store(tmp_path / "a.db") as store:
        r0 = store.revision()
        ingest(store, _files()[:1])
        r1 = store.revision()
        store.add_correction("actor", "delete", {"id": "x"})
        assert len({r0, r1, store.revision()}) == 3


def test_store_is_a_geocoder_cache(tmp_path):
    from geo.geocoder import ChainGeocoder

    calls = []

    def online(query, exactly_one=True):
        from geopy.location import Location

        calls.append(query)
        return Location("Somewhere Small, Honduras", (14.1, -87.2), {})

    with Store(tmp_path / "a.db") as store:
        chain = ChainGeocoder(online=online, cache=store.geocode_cache("test"), use_online=True)
        first = chain.geocode("Zzyzx Hamlet Nowhere")
        again = ChainGeocoder(online=online, cache=store.geocode_cache("test"), use_online=True)
        second = again.geocode("Zzyzx Hamlet Nowhere")
    assert first.latitude == second.latitude == 14.1
    assert calls == ["Zzyzx Hamlet Nowhere"]  # the second answer came from the store
