"""The embedded SQLite store: documents (their bytes and analysis), corrections, geocoder cache.

One transaction per ingest batch (``corpus.ingest.BATCH_DOCUMENTS``), WAL mode and a busy timeout: a crash mid-ingest leaves the
previous state intact, and viewers read while an ingest writes. Raw bytes are kept so documents
are re-analysed automatically when the analysis code or data change (``ANALYSIS_VERSION``).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from model import Correction

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY, source TEXT NOT NULL, format TEXT NOT NULL, content BLOB NOT NULL,
    added_at TEXT NOT NULL, analysis TEXT NOT NULL, analysis_version TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT, target TEXT NOT NULL, action TEXT NOT NULL,
    payload TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS geocode_cache (
    provider TEXT NOT NULL, query TEXT NOT NULL, response TEXT, created_at TEXT NOT NULL,
    PRIMARY KEY (provider, query));
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS tours (name TEXT PRIMARY KEY, stops TEXT NOT NULL, updated_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS snapshots (name TEXT PRIMARY KEY, revision TEXT NOT NULL, data BLOB NOT NULL);
-- Store.revision() runs in every script run of every viewer: without this index its MAX(added_at) reads
-- every document's row (3-25 ms at 1,000 documents), with it a few pages.
CREATE INDEX IF NOT EXISTS documents_added_at ON documents (added_at);
"""


def default_path() -> Path:
    """ATLAS_DB, else ~/.local/share/policy-atlas/atlas.db (XDG_DATA_HOME respected)."""
    if os.environ.get("ATLAS_DB"):
        return Path(os.environ["ATLAS_DB"]).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "policy-atlas" / "atlas.db"


def document_id(content: bytes) -> str:
    """Same content, same id: a short SHA-256 of the file's bytes."""
    return hashlib.sha256(content).hexdigest()[:16]


@lru_cache(maxsize=1)
def analysis_version() -> str:
    """A hash of the analysis code and curated data: when either changes, stored results are stale."""
    h = hashlib.sha256()
    for folder in ("model", "documents", "corpus", "geo", "actors", "data/gazetteer", "data/actors"):
        for p in sorted((ROOT / folder).rglob("*")):
            if p.is_file() and p.suffix in (".py", ".json", ".yaml", ".yml", ".csv", ".txt") and "__pycache__" not in p.parts:
                h.update(p.relative_to(ROOT).as_posix().encode())
                h.update(p.read_bytes())
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class IngestReport:
    added: tuple[str, ...]  # sources newly stored
    unchanged: tuple[str, ...]  # sources already stored with the same content
    errors: tuple[str, ...]  # one clear message per file that could not be read


class Store:
    """A connection to the store file; cheap to open, safe to share within a thread."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else default_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA busy_timeout=30000")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- documents ---------------------------------------------------------------------------
    def has(self, doc_id: str, version: str) -> bool:
        """Is this document stored with this analysis version?"""
        row = self.db.execute("SELECT analysis_version FROM documents WHERE id=?", (doc_id,)).fetchone()
        return row is not None and row[0] == version

    def revision(self) -> str:
        """Changes whenever documents, corrections or the analysis code change: a cache key."""
        corr = self.db.execute("SELECT COUNT(*), MAX(id) FROM corrections").fetchone()
        return f"{self.documents_revision()}:{corr[0]}:{corr[1]}"

    def documents_revision(self) -> str:
        """Changes whenever documents or the analysis code change, not with corrections: the key of what
        is built before corrections are applied (``corpus.snapshot``); ``documents_part`` of the revision."""
        docs = self.db.execute("SELECT COUNT(*), MAX(added_at), MAX(rowid) FROM documents").fetchone()
        return f"{docs[0]}:{docs[1]}:{docs[2]}:{analysis_version()}"

    def corrections_at(self, revision: str) -> list[Correction] | None:
        """The corrections that apply at ``revision``, read in one transaction with the revision itself;
        None when the store is no longer at ``revision`` (a write came in between)."""
        self.db.execute("BEGIN")
        try:
            return self.corrections() if self.revision() == revision else None
        finally:
            self.db.execute("COMMIT")

    def document_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def stale_count(self, version: str) -> int:
        """How many documents were analysed by other analysis code than ``version`` (to be redone)."""
        return self.db.execute("SELECT COUNT(*) FROM documents WHERE analysis_version != ?", (version,)).fetchone()[0]

    def delete_document(self, doc_id: str) -> None:
        with self._transaction():
            self.db.execute("DELETE FROM documents WHERE id=?", (doc_id,))

    def write_documents(self, rows: Sequence[tuple]) -> list[str]:
        """Store analysed rows (see ``corpus.ingest.document_row``) in one transaction and return the ids
        this call wrote. A document already stored with the same analysis version (by another ingest
        running at the same time) is left as it is, so each ingest can say exactly what it added."""
        written: list[str] = []
        if not rows:
            return written
        with self._transaction():
            for row in rows:
                stored = self.db.execute("SELECT analysis_version FROM documents WHERE id=?", (row[0],)).fetchone()
                if (stored and stored[0] == row[6]) or row[0] in written:
                    continue
                self.db.execute("INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?)", row)
                written.append(row[0])
        return written

    def stored(self) -> Iterable[tuple[str, str, str, str]]:
        """(id, source, analysis JSON, analysis version) of every document, by source; decoded one at a
        time as the cursor steps."""
        return self.db.execute("SELECT id, source, analysis, analysis_version FROM documents ORDER BY source")

    def content(self, doc_id: str) -> bytes:
        """A document's bytes as stored (read only when it has to be analysed again)."""
        return self.db.execute("SELECT content FROM documents WHERE id=?", (doc_id,)).fetchone()[0]

    def update_analyses(self, redone: Sequence[tuple[str, str, str]]) -> None:
        """Save fresh analyses: (analysis JSON, version, id) each."""
        with self._transaction():
            self.db.executemany("UPDATE documents SET analysis=?, analysis_version=? WHERE id=?", redone)

    # -- corrections ---------------------------------------------------------------------------
    def add_correction(self, target: str, action: str, payload: dict[str, Any]) -> int:
        """Store one correction after checking it against the schema (CorrectionError if it does not fit)."""
        from model.corrections import check  # pydantic: imported when corrections are read or written, not at start

        payload = check(target, action, payload)
        with self._transaction():
            cur = self.db.execute("INSERT INTO corrections (target, action, payload, created_at) VALUES (?,?,?,?)",
                                  (target, action, json.dumps(payload, sort_keys=True), _now()))
        return int(cur.lastrowid)

    def remove_correction(self, correction_id: int) -> Correction | None:
        """Delete one correction by id; the removed one (None when there is no such id). A stored row
        that no longer fits the schema can be removed too (returned as None)."""
        removed = next((c for c in self.corrections() if c.id == correction_id), None)
        with self._transaction():
            self.db.execute("DELETE FROM corrections WHERE id=?", (correction_id,))
        return removed

    def undo_correction(self) -> Correction | None:
        """Remove the newest correction that applies; the removed one, or None when there are none."""
        good = self.corrections()
        return self.remove_correction(good[-1].id) if good else None

    def correction_log(self) -> list[tuple[Correction, str]]:
        """Each applicable correction with when it was made (UTC, ISO 8601), oldest first."""
        when = dict(self.db.execute("SELECT id, created_at FROM corrections"))
        return [(c, when.get(c.id, "")) for c in self.corrections()]

    def corrections(self) -> list[Correction]:
        """The stored corrections that fit the schema; any other (written by an older version, or by hand)
        is left out and listed by ``invalid_corrections``, so no page or export fails on it."""
        return self._read_corrections()[0]

    def invalid_corrections(self) -> list[tuple[int, str]]:
        """(id, why) of stored corrections that no longer fit the schema (skipped when applying)."""
        return self._read_corrections()[1]

    def _read_corrections(self) -> tuple[list[Correction], list[tuple[int, str]]]:
        rows = self.db.execute("SELECT id, target, action, payload FROM corrections ORDER BY id").fetchall()
        if not rows:  # the usual start: no schema (pydantic) to import
            return [], []
        from model.corrections import CorrectionError, check

        good, bad = [], []
        for i, t, a, p in rows:
            try:
                payload = check(t, a, json.loads(p))
            except (CorrectionError, ValueError) as exc:
                bad.append((i, str(exc)))
                continue
            good.append(Correction(id=i, target=t, action=a, payload=tuple(sorted(payload.items()))))
        return good, bad

    def export_corrections(self) -> list[dict[str, Any]]:
        """The corrections in the order they were made, with when: ``import_corrections`` restores them exactly."""
        return [{"target": c.target, "action": c.action, "payload": c.data, "created_at": when}
                for c, when in self.correction_log()]

    def import_corrections(self, items: Any) -> int:
        """Add corrections from an export: every entry is checked first and all are stored or none
        (CorrectionError names each invalid entry); exact duplicates are skipped. Returns how many were added."""
        from model.corrections import check_all

        checked = check_all(items)
        existing = {(c.target, c.action, json.dumps(c.data, sort_keys=True)) for c in self.corrections()}
        rows = []
        for item, (target, action, payload) in zip(items, checked):
            key = (target, action, json.dumps(payload, sort_keys=True))
            if key not in existing:
                existing.add(key)
                rows.append((*key, _timestamp(item.get("created_at"))))
        with self._transaction():
            self.db.executemany("INSERT INTO corrections (target, action, payload, created_at) VALUES (?,?,?,?)", rows)
        return len(rows)

    # -- geocoder cache (geo.geocoder's cache protocol) --------------------------------------------
    def get(self, provider: str, query: str) -> Any | None:
        row = self.db.execute("SELECT response FROM geocode_cache WHERE provider=? AND query=?",
                              (provider, query)).fetchone()
        return json.loads(row[0]) if row and row[0] is not None else None

    def put(self, provider: str, query: str, response: Any) -> None:
        with self._transaction():
            self.db.execute("INSERT OR REPLACE INTO geocode_cache VALUES (?,?,?,?)",
                            (provider, query, json.dumps(response), _now()))

    def geocode_cache(self, provider: str) -> "StoreGeocodeCache":
        """geo.geocoder's cache protocol (get/put by query), kept in this store per provider."""
        return StoreGeocodeCache(self, provider)

    # -- internals -----------------------------------------------------------------------------
    def _transaction(self):
        return _Transaction(self.db)


def documents_part(revision: str) -> str:
    """The documents revision a store revision was made with (``Store.revision`` appends the corrections' count and
    newest id to it, neither of which holds a colon)."""
    return revision.rsplit(":", 2)[0]


@dataclass
class StoreGeocodeCache:
    store: Store
    provider: str

    def get(self, query: str) -> Any | None:
        return self.store.get(self.provider, query)

    def put(self, query: str, value: Any) -> None:
        self.store.put(self.provider, query, value)


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, ROLLBACK on any exception (autocommit connection)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __enter__(self) -> sqlite3.Connection:
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb) -> None:
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _timestamp(value: Any) -> str:
    """An imported correction's time when it is a valid ISO 8601 one, else now."""
    if isinstance(value, str) and len(value) <= 40:
        try:
            return dt.datetime.fromisoformat(value).isoformat(timespec="seconds")
        except ValueError:
            pass
    return _now()


# -- settings in the meta table (added for the presenter tour's saved order) -----------------------
# Small key/value settings that are not analysis input, so they do not change Store.revision().

def read_setting(store: Store, key: str, default: Any = None) -> Any:
    """A JSON value saved with ``write_setting``, or ``default``."""
    row = store.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
    return json.loads(row[0]) if row and row[0] is not None else default


def write_setting(store: Store, key: str, value: Any) -> None:
    with store._transaction():
        store.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value)))


# -- snapshots: derived data saved per store revision (``corpus.snapshot``), never analysis input -------

def read_snapshot(store: Store, name: str, revision: str) -> bytes | None:
    """The bytes saved as ``name`` at exactly this revision, or None (none saved, or saved at another)."""
    row = store.db.execute("SELECT data FROM snapshots WHERE name=? AND revision=?", (name, revision)).fetchone()
    return bytes(row[0]) if row else None


def write_snapshot(store: Store, name: str, revision: str, data: bytes, replaces: Sequence[str] = ()) -> None:
    """Save ``data`` as ``name`` at ``revision``, replacing the one saved at any other revision (and the
    snapshots named ``replaces``: what older code saved in its place)."""
    with store._transaction():
        store.db.execute("INSERT OR REPLACE INTO snapshots VALUES (?, ?, ?)", (name, revision, data))
        store.db.executemany("DELETE FROM snapshots WHERE name=?", [(old,) for old in replaces])


# -- presenters' named tours (a table of their own; not analysis input, so not in Store.revision()) ---
TOUR_NAME_MAX = 80


def tour_name(name: str) -> str:
    """A tour's name as stored: trimmed, one line, 1–80 characters; otherwise a ValueError naming it."""
    clean = " ".join(str(name).split())
    if not clean or len(clean) > TOUR_NAME_MAX:
        raise ValueError(f"a tour name needs 1 to {TOUR_NAME_MAX} characters, not {name!r}")
    return clean


def save_tour(store: Store, name: str, stops: Sequence[dict[str, Any]]) -> str:
    """Create or replace the tour ``name`` (its stops: JSON objects); returns the stored name."""
    name = tour_name(name)
    with store._transaction():
        store.db.execute("INSERT OR REPLACE INTO tours VALUES (?, ?, ?)",
                         (name, json.dumps(list(stops), ensure_ascii=False), _now()))
    return name


def load_tour(store: Store, name: str) -> list[dict[str, Any]] | None:
    """The stops of the tour ``name``, or None when there is no such tour."""
    row = store.db.execute("SELECT stops FROM tours WHERE name=?", (" ".join(str(name).split()),)).fetchone()
    return list(json.loads(row[0])) if row else None


def tour_names(store: Store) -> list[str]:
    """Every saved tour, by name."""
    return [r[0] for r in store.db.execute("SELECT name FROM tours ORDER BY name COLLATE NOCASE")]


def delete_tour(store: Store, name: str) -> None:
    with store._transaction():
        store.db.execute("DELETE FROM tours WHERE name=?", (" ".join(str(name).split()),))
