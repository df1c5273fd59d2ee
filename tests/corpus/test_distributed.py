"""The Dask ingest stores exactly what the single-process ingest stores (ids, analysis JSON, errors)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from corpus.ingest import ingest

distributed = pytest.importorskip("distributed")

from benchmarks.generate import write_corpus  # noqa: E402
from corpus.__main__ import main as cli  # noqa: E402
from corpus.distributed import ingest_with_dask  # noqa: E402
from corpus.store import Store  # noqa: E402
from documents.load import LoadError, iter_paths, load_path  # noqa: E402

SHIPPED = Path(__file__).resolve().parents[2] / "data" / "corpus"
COLUMNS = "id, source, format, content, analysis, analysis_version"  # all but added_at (a timestamp)


@pytest.fixture(scope="module")
def cluster():
    """One in-process worker over TCP: quick to start, and reachable by address like a remote scheduler."""
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp",
                                  dashboard_address=None) as c:
        yield c


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    folder = write_corpus(12, tmp_path_factory.mktemp("generated"))
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 500)  # unreadable: reported, not stored
    return [SHIPPED, folder]


def _local_ingest(db: Path, paths: list[Path]):
    """The single-process path, as ``python -m corpus ingest`` runs it."""
    loaded, errors = [], []
    for p in iter_paths(paths):
        try:
            loaded.append(load_path(p))
        except LoadError as exc:
            errors.append(str(exc))
    with Store(db) as store:
        report = ingest(store, loaded)
    return report, errors


def _rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return con.execute(f"SELECT {COLUMNS} FROM documents ORDER BY id").fetchall()


def test_dask_and_local_stores_are_identical(tmp_path, cluster, inputs):
    local_report, local_errors = _local_ingest(tmp_path / "local.db", inputs)
    with distributed.Client(cluster) as client, Store(tmp_path / "dask.db") as store:
        report = ingest_with_dask(store, inputs, client=client, partition_size=4)

    local, dask = _rows(tmp_path / "local.db"), _rows(tmp_path / "dask.db")
    assert len(local) == 17  # 5 shipped + 12 generated; the broken file is not stored
    assert [r[0] for r in dask] == [r[0] for r in local]
    for ours, theirs in zip(dask, local):
        assert ours == theirs, f"{ours[1]} differs"
    assert sorted(report.added) == sorted(local_report.added)
    assert list(report.errors) == local_errors + list(local_report.errors)
    assert any("broken.txt" in e for e in report.errors)


def test_second_dask_ingest_finds_everything_unchanged(tmp_path, cluster, inputs):
    with distributed.Client(cluster) as client, Store(tmp_path / "dask.db") as store:
        first = ingest_with_dask(store, inputs, client=client, partition_size=8)
        again = ingest_with_dask(store, inputs, client=client, partition_size=8)
    assert len(first.added) == 17 and not first.unchanged
    assert not again.added and sorted(again.unchanged) == sorted(first.added)


def test_cli_runs_on_a_scheduler_address(tmp_path, cluster, capsys):
    db = tmp_path / "cli.db"
    assert cli(["--db", str(db), "ingest", "--engine", "dask", "--scheduler", cluster.scheduler_address,
                str(SHIPPED)]) == 0
    assert "5 added" in capsys.readouterr().out
    assert _rows(db) == _rows_of_local(tmp_path)


def _rows_of_local(tmp_path: Path) -> list[tuple]:
    _local_ingest(tmp_path / "local-shipped.db", [SHIPPED])
    return _rows(tmp_path / "local-shipped.db")
