"""Corrections on the command line: list, undo the last, remove by id; export → import restores them exactly."""
from __future__ import annotations

import json

from corpus.__main__ import main as cli
from corpus.store import Store

CANDIDATE = {"id": "geonames:2", "name": "Choloma", "kind": "city", "lat": 15.61, "lon": -87.95, "country": "HN",
             "population": 139100, "score": 0.5}
ITEMS = [("place", "relocate", {"place": "geonames:1", "candidate": CANDIDATE}),
         ("actor", "merge", {"ids": ["official:a", "official:b"], "into": "official:a"}),
         ("actor", "rename", {"id": "official:a", "name": "Ana \"<b>\" O'Neil"}),
         ("actor", "kind", {"id": "organization:x", "kind": "agency"}),
         ("place", "not-a-place", {"place": "geonames:9"})]


def _store(path) -> None:
    with Store(path) as store:
        for target, action, payload in ITEMS:
            store.add_correction(target, action, payload)


def test_list_undo_remove(tmp_path, capsys):
    db = str(tmp_path / "a.db")
    _store(db)
    assert cli(["--db", db, "corrections", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5 and lines[0].startswith("1\t") and "place relocate geonames:1 → Choloma" in lines[0]
    assert "actor rename official:a → Ana \"<b>\" O'Neil" in lines[2]

    assert cli(["--db", db, "corrections", "undo"]) == 0
    assert "removed: place not-a-place geonames:9" in capsys.readouterr().out
    assert cli(["--db", db, "corrections", "remove", "2"]) == 0
    assert "removed: actor merge official:a, official:b → official:a" in capsys.readouterr().out
    with Store(db) as store:
        assert [c.id for c in store.corrections()] == [1, 3, 4]
    assert cli(["--db", db, "corrections", "remove", "2"]) == 1
    assert "no such correction" in capsys.readouterr().err
    assert cli(["--db", db, "corrections", "remove", "two"]) == 2
    capsys.readouterr()
    for _ in range(3):
        assert cli(["--db", db, "corrections", "undo"]) == 0
    assert cli(["--db", db, "corrections", "undo"]) == 1
    assert "no corrections to undo" in capsys.readouterr().err
    assert cli(["--db", db, "corrections", "list"]) == 0
    assert capsys.readouterr().out.strip() == "no corrections"


def test_list_names_rows_that_no_longer_fit(tmp_path, capsys):
    db = str(tmp_path / "a.db")
    _store(db)
    with Store(db) as store:
        store.db.execute("INSERT INTO corrections (target, action, payload, created_at) VALUES "
                         "('actor', 'rename', '{\"id\": \"x\", \"name\": 123}', '2020-01-01T00:00:00+00:00')")
    assert cli(["--db", db, "corrections", "list"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("6\tskipped\tno longer fits the schema")
    assert cli(["--db", db, "corrections", "remove", "6"]) == 0
    assert "removed: stored correction 6, which no longer fit the schema" in capsys.readouterr().out
    with Store(db) as store:
        assert not store.invalid_corrections()


def test_export_import_round_trips_exactly(tmp_path, capsys):
    old, new, file = str(tmp_path / "old.db"), str(tmp_path / "new.db"), tmp_path / "c.json"
    _store(old)
    with Store(old) as store:  # made at different times: the times come back too
        store.db.execute("UPDATE corrections SET created_at='2019-09-27T10:00:00+00:00' WHERE id=1")
        store.remove_correction(2)
        before = store.export_corrections()
    assert cli(["--db", old, "corrections", "export", str(file)]) == 0
    assert json.loads(file.read_text()) == before
    assert cli(["--db", new, "corrections", "import", str(file)]) == 0
    assert "4 corrections imported" in capsys.readouterr().out
    with Store(new) as store:
        after = store.export_corrections()
        assert [(c.target, c.action, c.data) for c in store.corrections()] == [
            (t, a, p) for t, a, p in ITEMS if a != "merge"]
    assert after == before
    assert after[0]["created_at"] == "2019-09-27T10:00:00+00:00"
    assert cli(["--db", new, "corrections", "export", str(tmp_path / "again.json")]) == 0
    assert (tmp_path / "again.json").read_text() == file.read_text()
