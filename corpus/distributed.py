"""Ingest on Dask: the same pure ``analyse_document`` on a cluster, results stored as ``corpus.ingest.ingest`` stores them.

The client reads files and skips documents already stored with the current analysis; the rest go
to the workers in partitions of a few hundred documents (bytes, not paths, so a remote cluster
needs no shared file system). At most ``in_flight`` partitions are outstanding and each finished
partition is written in one transaction, in input order: memory stays bounded whatever the corpus
size, and an interrupted ingest resumes where it stopped (stored documents count as unchanged).
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from corpus.ingest import document_row, warm
from corpus.store import IngestReport, Store, analysis_version, document_id
from documents.load import LoadError, iter_paths, load_all, read_path

# (source, bytes) in; ("row", row) | ("error", message) out
Item = tuple[str, bytes]
Outcome = tuple[str, Any]


def analyse_partition(items: Sequence[Item], version: str) -> list[Outcome]:
    """Worker side: load and analyse each document; failures become messages, as in corpus.ingest.ingest."""
    from corpus.pipeline import analyse_document

    out: list[Outcome] = []
    for source, data in items:
        for loaded in load_all(source, data):  # a .zip yields each member
            if isinstance(loaded, LoadError):
                out.append(("error", str(loaded)))
                continue
            try:
                out.append(("row", document_row(loaded, analyse_document(loaded), version)))
            except Exception as exc:  # one document must never lose the partition
                out.append(("error", f"{loaded.source}: analysis failed ({type(exc).__name__}: {exc})"))
    return out


def _read(paths: Iterable[Path], errors: list[str]) -> Iterator[Item]:
    """Files' bytes, with the same size limit and messages as documents.load.load_path."""
    for p in paths:
        try:
            yield read_path(p)
        except LoadError as exc:
            errors.append(str(exc))


def _partitions(items: Iterable[Item], store: Store, version: str, size: int,
                unchanged: list[str]) -> Iterator[list[Item]]:
    """Batches of documents that need analysis; already-stored ones are recorded as unchanged."""
    batch: list[Item] = []
    for source, data in items:
        if data.strip() and store.has(document_id(data), version):
            unchanged.append(source)
            continue
        batch.append((source, data))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _default_client(scheduler: str | None):
    """A client of the given scheduler, or of a new local cluster of one process per core."""
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    return Client(cluster), cluster


def ingest_with_dask(store: Store, paths: Iterable[str | Path], scheduler: str | None = None, *,
                     client: Any = None, partition_size: int = 200, in_flight: int | None = None,
                     progress: Callable[[int, int], None] | None = None) -> IngestReport:
    """Analyse files on Dask and write them to ``store``; returns what corpus.ingest.ingest would report.

    ``client`` (a distributed.Client) takes precedence over ``scheduler``; with neither, a local
    cluster is started and closed again.
    """
    own_client, own_cluster = client is None, None
    if own_client:
        client, own_cluster = _default_client(scheduler)
    version = analysis_version()
    added: list[str] = []
    unchanged: list[str] = []
    errors: list[str] = []
    read_errors: list[str] = []
    window = in_flight or 2 * max(1, len(client.scheduler_info().get("workers", {})) or 1)
    done = 0
    try:
        pending: deque = deque()
        parts = _partitions(_read(iter_paths(paths), read_errors), store, version, partition_size, unchanged)
        for part in parts:
            pending.append(client.submit(analyse_partition, part, version, pure=False))
            while len(pending) >= window:
                done += _write(store, pending.popleft().result(), added, unchanged, errors)
                if progress:
                    progress(done, done + len(pending) * partition_size)
        while pending:
            done += _write(store, pending.popleft().result(), added, unchanged, errors)
            if progress:
                progress(done, done + len(pending) * partition_size)
    finally:
        if own_client:
            client.close()
        if own_cluster is not None:
            own_cluster.close()
    if added:
        warm(store)  # the views' after-ingest work (corpus.ingest.after_ingest)
    return IngestReport(tuple(added), tuple(unchanged), tuple(read_errors + errors))


def _write(store: Store, outcomes: list[Outcome], added: list[str], unchanged: list[str], errors: list[str]) -> int:
    """One partition in one transaction; what another ingest stored meanwhile counts as unchanged."""
    rows = [value for kind, value in outcomes if kind == "row"]
    errors.extend(value for kind, value in outcomes if kind == "error")
    new = set(store.write_documents(rows))
    for row in rows:
        (added if row[0] in new else unchanged).append(row[1])
        new.discard(row[0])
    return len(outcomes)
