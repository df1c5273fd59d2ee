"""The shipped documents' analysis, shipped beside them: a newcomer's first start stores it instead of
analysing the documents again.

Analysing the five shipped documents in a fresh process took 2.5-3 s, nearly all of it fixed cost
(importing spaCy, loading the gazetteer, compiling the rules' matchers), and it came between
``streamlit run`` and the first page. This file holds what that analysis stores (each document's
analysis and the merged corpus) for one analysis version (``corpus.store.analysis_version``: the
analysis code and curated data). A start uses it only when it was made by exactly the current code
and every file in the folder is the one it was made from (same name, same bytes); otherwise the
documents are analysed as before, so a stale file costs time, never truth.
``tests/corpus/test_shipped.py`` fails until the file matches the code:

    python -m corpus.shipped        # after changing analysis code or curated data

It is JSON (never pickle: reading it must not run code), gzip-compressed; making it imports the
analysis, reading it does not.
"""
from __future__ import annotations

import datetime as dt
import gzip
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

from corpus.serialize import from_data
from corpus.snapshot import save_merge
from corpus.store import ROOT, Store, analysis_version, document_id
from documents.load import iter_paths
from model import Corpus

FOLDER = ROOT / "data" / "corpus"  # the shipped documents
ANALYSED = ROOT / "data" / "analysed"  # their analysis, one file per analysis version


def file_for(version: str) -> Path:
    return ANALYSED / f"corpus-{version}.json.gz"


def make(folder: Path = FOLDER) -> Path:
    """Analyse ``folder`` as a first start does and write the result for the current analysis version
    (older versions' files are removed)."""
    from corpus.ingest import ingest
    from corpus.serialize import to_data
    from corpus.snapshot import built_merge

    version = analysis_version()
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "atlas.db") as store:
        report = ingest(store, list(iter_paths([folder])), warm_after=False)
        if report.errors:
            raise RuntimeError(f"the shipped documents did not all analyse: {report.errors}")
        merged = built_merge(store)
        rows = store.db.execute("SELECT id, source, format, analysis FROM documents ORDER BY source").fetchall()
    data = {"version": version,
            "documents": [{"id": i, "source": s, "format": f, "analysis": json.loads(a)} for i, s, f, a in rows],
            "merged": to_data(merged)}
    path = file_for(version)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp_path = path.with_name(f".{path.name}.tmp")
    with gzip.GzipFile(tmp_path, "wb", compresslevel=9, mtime=0) as f:  # mtime 0: the same analysis, the same bytes
        f.write(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8"))
    tmp_path.replace(path)
    for old in ANALYSED.glob("corpus-*.json.gz"):
        if old != path:
            old.unlink()
    return path


def _read(version: str) -> dict[str, Any] | None:
    try:
        with gzip.open(file_for(version), "rb") as f:
            data = json.loads(f.read())
    except (OSError, ValueError, EOFError):
        return None
    return data if isinstance(data, dict) and data.get("version") == version else None


def seed(store: Store, folder: Path = FOLDER) -> bool:
    """Store ``folder``'s documents with their shipped analysis and merge, as a first start's analysis
    would. False (and nothing written) when there is no file for the current code, or the folder's
    files are not exactly the ones it was made from: then they must be analysed."""
    version = analysis_version()
    data = _read(version)
    if data is None:
        return False
    shipped = {d["id"]: d for d in data["documents"]}
    added_at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    rows = []
    for path in iter_paths([folder]):
        content = path.read_bytes()
        entry = shipped.get(document_id(content))
        if entry is None or entry["source"] != path.name:
            return False
        rows.append((entry["id"], entry["source"], entry["format"], content, added_at,
                     json.dumps(entry["analysis"]), version))
    if len(rows) != len(shipped):
        return False
    store.write_documents(rows)
    save_merge(store, store.documents_revision(), from_data(Corpus, data["merged"]))
    return True


def main() -> int:
    print(make())
    return 0


if __name__ == "__main__":
    sys.exit(main())
