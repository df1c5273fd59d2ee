"""Long ingests commit batch by batch: a SIGKILL keeps every finished batch, a re-run resumes and reports
only what it added, and concurrent ingests of the same files report exact, non-overlapping counts."""
from __future__ import annotations

import hashlib
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from corpus.store import Store
from tests.conftest import ROOT
from tests.reliability.ingest_child import batch

COUNT, KB, BATCH = 60, 50, 5


def _child(db: Path, seed: int, count: int, kb: int, batch_size: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.reliability.ingest_child", str(db), str(seed), str(count),
                             str(kb), "stub", str(batch_size)], cwd=ROOT, stdout=subprocess.PIPE, text=True)


def _stored(db: Path) -> set[str]:
    with sqlite3.connect(db, timeout=30) as con:
        return {r[0] for r in con.execute("SELECT id FROM documents")}


def _ids_in_order(seed: int, count: int, kb: int) -> list[str]:
    return [hashlib.sha256(data).hexdigest()[:16] for _, data in batch(seed, count, kb)]


def _report(proc: subprocess.Popen) -> tuple[int, int, int]:
    out, _ = proc.communicate(120)
    assert proc.returncode == 0, out
    done = [ln for ln in out.splitlines() if ln.startswith("done ")][-1]
    added, unchanged, failed = map(int, done.split()[1:])
    return added, unchanged, failed


def test_kill_keeps_finished_batches_and_rerun_resumes(tmp_path):
    db = tmp_path / "atlas.db"
    Store(db).close()
    order = _ids_in_order(1, COUNT, KB)
    proc = _child(db, 1, COUNT, KB, BATCH)
    assert proc.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + 60
    while len(_stored(db)) < 2 * BATCH and time.monotonic() < deadline:  # at least two batches committed
        time.sleep(0.01)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    kept = _stored(db)
    assert len(kept) >= 2 * BATCH, "the kill came after the whole run; make the run longer"
    assert len(kept) < COUNT, "the run finished before the kill; make it longer"
    assert len(kept) % BATCH == 0, f"{len(kept)} documents stored: half a batch survived the kill"
    assert kept == set(order[:len(kept)]), "the finished batches are the first ones, in input order"
    with Store(db) as store:
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    added, unchanged, failed = _report(_child(db, 1, COUNT, KB, BATCH))
    assert (added, unchanged, failed) == (COUNT - len(kept), len(kept), 0)
    assert _stored(db) == set(order)


def test_three_concurrent_ingests_report_exact_counts(tmp_path):
    """Three processes ingest the same 300 new files at once: each reports what IT added; the added
    counts sum to 300 and every run accounts for all 300."""
    db = tmp_path / "atlas.db"
    Store(db).close()
    procs = [_child(db, 7, 300, 2, 10) for _ in range(3)]
    reports = [_report(p) for p in procs]
    assert sum(a for a, _, _ in reports) == 300, reports
    assert all(a + u == 300 and f == 0 for a, u, f in reports), reports
    assert _stored(db) == set(_ids_in_order(7, 300, 2))
    print("added/unchanged per run:", [(a, u) for a, u, _ in reports])
