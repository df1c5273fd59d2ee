"""Nothing lost: an ingest SIGKILLed at random points leaves a store that opens, passes SQLite's
integrity check, still holds every earlier document and correction, and holds either all or none of
the killed batch (one transaction per batch). A repeated ingest then completes the work."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from corpus.__main__ import main as cli
from corpus.ingest import ingest
from corpus.store import Store
from tests.conftest import ROOT
from tests.reliability.ingest_child import batch

KILLS = 10
COUNT, KB = 20, 150  # 20 documents of ~120 KB: the commit writes ~2.4 MB, so kills land inside it too


def _child(db: Path, seed: int, mode: str = "stub") -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.reliability.ingest_child", str(db), str(seed), str(COUNT),
                             str(KB), mode], cwd=ROOT, stdout=subprocess.PIPE, text=True)


def _wait_ready(proc: subprocess.Popen) -> float:
    line = proc.stdout.readline()
    assert line.strip() == "ready", line
    return time.monotonic()


def _snapshot(db: Path) -> tuple[set[str], list[tuple]]:
    """Document ids and corrections, read with plain sqlite3 after the store has been reopened."""
    with Store(db) as store:  # opening recovers the WAL after a kill
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        ids = {r[0] for r in store.db.execute("SELECT id FROM documents")}
        for (analysis,) in store.db.execute("SELECT analysis FROM documents"):
            json.loads(analysis)
        corrections = [(c.target, c.action, c.payload) for c in store.corrections()]
    return ids, corrections


def _ids(seed: int) -> set[str]:
    import hashlib

    return {hashlib.sha256(data).hexdigest()[:16] for _, data in batch(seed, COUNT, KB)}


def test_kill_ingest_repeatedly(tmp_path):
    rng = random.Random(8)
    db = tmp_path / "atlas.db"
    # Calibrate: how long does one batch take from "ready" to the end?
    calib = _child(tmp_path / "calib.db", 999)
    t0 = _wait_ready(calib)
    assert calib.wait(60) == 0
    duration = time.monotonic() - t0

    proc = _child(db, 0)
    assert proc.wait(60) == 0
    with Store(db) as store:
        store.add_correction("actor", "rename", {"id": "official:x", "name": "X <script>"})
        store.add_correction("place", "not-a-place", {"place": "geonames:1"})
    expected_ids, expected_corr = _snapshot(db)
    assert expected_ids == _ids(0) and len(expected_corr) == 2

    outcomes = []
    seed = 1
    for i in range(KILLS):
        proc = _child(db, seed)
        _wait_ready(proc)
        # Even kills anywhere in the run; odd ones near its end, where the transaction commits.
        time.sleep(rng.uniform(0, duration) if i % 2 == 0 else rng.uniform(0.7 * duration, 1.3 * duration))
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        ids, corrections = _snapshot(db)
        assert corrections == expected_corr, f"kill {i}: corrections changed"
        assert expected_ids <= ids, f"kill {i}: earlier documents lost"
        new = ids - expected_ids
        assert new in (set(), _ids(seed)), f"kill {i}: half a batch stored ({len(new)} of {COUNT})"
        outcomes.append("committed" if new else "rolled back")
        if new:
            expected_ids |= new
            seed += 1
        with Store(db) as store:  # the analyst keeps working between crashes
            store.add_correction("actor", "delete", {"id": f"organization:kill-{i}"})
        expected_corr = _snapshot(db)[1]
    # The repeated ingest completes what the last kill interrupted.
    proc = _child(db, seed)
    assert proc.wait(60) == 0
    ids, corrections = _snapshot(db)
    assert ids == expected_ids | _ids(seed) and corrections == expected_corr
    assert len(expected_corr) == 2 + KILLS
    print(f"{KILLS} kills: {outcomes.count('rolled back')} rolled back, {outcomes.count('committed')} committed")


def test_kill_during_real_analysis(tmp_path):
    """The same with the real analysis (fewer kills: each run imports spaCy and the gazetteer)."""
    db = tmp_path / "atlas.db"
    with Store(db) as store:
        ingest(store, [(p.name, p.read_bytes()) for p in sorted((ROOT / "data" / "corpus").iterdir())[:1]])
        store.add_correction("actor", "rename", {"id": "official:x", "name": "Y"})
    before = _snapshot(db)
    for delay in (0.0, 0.4):
        proc = subprocess.Popen([sys.executable, "-m", "tests.reliability.ingest_child", str(db), "5", "2", "4",
                                 "real"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
        _wait_ready(proc)
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
        ids, corrections = _snapshot(db)
        assert before[0] <= ids and corrections == before[1]


def test_corrections_survive_a_rebuilt_store_through_the_cli(tmp_path, capsys):
    old, new, file = tmp_path / "old.db", tmp_path / "new.db", tmp_path / "corrections.json"
    candidate = {"id": "geonames:2", "name": "Choloma", "kind": "city", "lat": 1.5, "lon": -87.9, "country": "HN",
                 "population": 139100, "score": 0.5}
    items = [("place", "relocate", {"place": "geonames:1", "candidate": candidate}),
             ("actor", "merge", {"ids": ["official:a", "official:b"], "into": "official:a"}),
             ("actor", "rename", {"id": "official:a", "name": "Ana \"<b>\" O'Neil"})]
    with Store(old) as store:
        for target, action, payload in items:
            store.add_correction(target, action, payload)
    assert cli(["--db", str(old), "corrections", "export", str(file)]) == 0
    old.unlink()
    assert cli(["--db", str(new), "corrections", "import", str(file)]) == 0
    assert cli(["--db", str(new), "corrections", "import", str(file)]) == 0  # idempotent
    assert "3 corrections imported" in capsys.readouterr().out
    with Store(new) as store:
        assert [(c.target, c.action, c.data) for c in store.corrections()] == [
            (t, a, json.loads(json.dumps(p))) for t, a, p in items]
    file.write_text("{not json")
    assert cli(["--db", str(new), "corrections", "import", str(file)]) == 1
    assert "cannot import" in capsys.readouterr().err


@pytest.mark.parametrize("readers", [4])
def test_writer_and_readers_never_see_locked(tmp_path, readers):
    """One process writes batches and corrections while several read: no "database is locked"."""
    db = tmp_path / "atlas.db"
    with Store(db) as store:
        ingest(store, batch(100, 3, 2))
    code = (
        "import sys, time, sqlite3\n"
        "from corpus.store import Store\n"
        "n, errors, end = 0, [], time.time() + 3\n"
        "while time.time() < end:\n"
        "    try:\n"
        f"        with Store({str(db)!r}) as s:\n"
        "            s.document_count(); s.corrections(); s.revision()\n"
        "            list(s.db.execute('SELECT id, analysis FROM documents'))\n"
        "        n += 1\n"
        "    except sqlite3.OperationalError as e:\n"
        "        errors.append(str(e))\n"
        "print(n, len(errors), errors[:1])\n")
    procs = [subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
             for _ in range(readers)]
    writer = subprocess.Popen([sys.executable, "-c", (
        "import sys\n"
        "from tests.reliability.ingest_child import _stub_pipeline, batch\n"
        "_stub_pipeline()\n"
        "from corpus.store import Store\n"
        "from corpus.ingest import ingest\n"
        "import time\n"
        "end = time.time() + 3; seed = 200\n"
        "while time.time() < end:\n"
        f"    with Store({str(db)!r}) as s:\n"
        "        ingest(s, batch(seed, 5, 20)); s.add_correction('actor', 'delete', {'id': str(seed)})\n"
        "    seed += 1\n"
        "print(seed - 200)\n")], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    # This process writes too, through a second connection, to make the contention real.
    with Store(db) as mine:
        for i in range(40):
            mine.add_correction("place", "not-a-place", {"place": f"p{i}"})
            time.sleep(0.05)
    out, _ = writer.communicate(60)
    assert writer.returncode == 0 and int(out) > 0
    for p in procs:
        line, _ = p.communicate(60)
        reads, errors, first = line.split(" ", 2)
        assert p.returncode == 0 and int(reads) > 0
        assert int(errors) == 0, first
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
