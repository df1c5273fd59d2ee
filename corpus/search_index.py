"""Full-text search over every excerpt with SQLite FTS5: stems in English and Spanish, accents folded,
"phrases", prefix*, AND/OR/NOT, bm25.

The index lives in its own tables (``search_*``) in the store's SQLite file, built from the
analysed corpus and keyed by the store's revision, so it is rebuilt only when documents,
corrections or the analysis change (a correction changes only which places and actors each sentence
is tagged with: the text stays and only the tags are written again); and by ``VERSION``, so a store indexed by older code is
re-indexed (its tables dropped) the first time it is opened. What goes into the columns (folded
words, and stems in each document's language) is ``corpus.search_text``; how a query reads them,
``corpus.search_query``.

Where the time of a query goes, and why the index is laid out as it is (10,000 documents, 190,000
sentences; ``python -m benchmarks.search_speed``):
- FTS5 ranks every match to find the best 50 (``ORDER BY rank LIMIT``: ~1 µs a match, 30–45 ms for
  the 42,000 of "security OR police"); that is the floor, and nothing else may cost as much.
- Totals and facet counts need only the matching row ids: ``group_concat(rowid)`` straight from FTS5
  (no join), then ``corpus.search_facets`` counts years, documents, places and actors with numpy.
  Rows are laid out undated first, then by year and document, so a year range or a document is a
  range of row ids that FTS5 scans directly.
- Highlights are asked for the best 50 only. ``detail=column`` was measured: it cannot match phrases
  and its bm25 re-reads the text (3–4× slower); a contentless table cannot highlight.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from corpus import search_text
from corpus.search_facets import FacetArrays
from corpus.search_query import QueryError, fts_query, has_prefix, plain_words
from corpus.search_text import STEMMERS
from model import Corpus

__all__ = ["Facets", "Hit", "QueryError", "Result", "SearchIndex", "fts_query"]

START, END = "\x02", "\x03"  # highlight markers: control characters documents do not contain
VERSION = f"5/{search_text.VERSION}"  # change when the tables or what goes into them change: stores are re-indexed
COLUMNS = ("words", *STEMMERS)  # the indexed columns, in order (highlights are asked of each)
FACETS = ("place", "actor")  # facets that are tags of sentences (years and documents are row ranges)
_TABLES = ("search_fts", "search_rows", "search_tags", "search_meta", "search_docs", "search_values",  # any version's
           "search_arrays")
SCHEMA = """
CREATE TABLE IF NOT EXISTS search_meta (key TEXT NOT NULL, version TEXT NOT NULL, text_key TEXT);
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5({columns}, text UNINDEXED, excerpt UNINDEXED,
                                                         tokenize = 'unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS search_docs (doc INTEGER PRIMARY KEY, document TEXT NOT NULL, year INTEGER,
                                        first_row INTEGER NOT NULL, language TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS search_values (value INTEGER PRIMARY KEY, facet TEXT NOT NULL, name TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS search_tags (value INTEGER NOT NULL, row INTEGER NOT NULL, PRIMARY KEY (value, row))
    WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_arrays (name TEXT PRIMARY KEY, data BLOB NOT NULL);
""".replace("{columns}", ", ".join(COLUMNS))


@dataclass(frozen=True)
class Facets:
    """What to narrow a search to; None means any."""

    years: tuple[int | None, int | None] | None = None  # inclusive range
    undated: bool = True
    place: str | None = None
    actor: str | None = None
    document: str | None = None


@dataclass(frozen=True)
class Hit:
    document: str
    excerpt: str
    parts: tuple[tuple[str, bool], ...]  # the sentence as (text, matched) pieces: escaped where rendered
    score: float  # its place in bm25 order (0 is the best match)


@dataclass(frozen=True)
class Result:
    hits: list[Hit]
    total: int
    counts: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # facet → [(value, count)], largest first
    relaxed: bool = False  # no sentence had every word, so these have any of them (best first)


class SearchIndex:
    """The ``search_*`` tables of one SQLite file."""

    def __init__(self, path: str | Path):
        self.db = sqlite3.connect(str(path), check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        with self.db:
            self._migrate()
            self.db.executescript(SCHEMA)
        self._arrays: tuple[str, FacetArrays] | None = None

    def _migrate(self) -> None:
        """Drop the tables of an index built by other code (its ``VERSION`` differs, or it has none)."""
        columns = {row[1] for row in self.db.execute("PRAGMA table_info(search_meta)")}
        if not columns:
            return
        row = self.db.execute("SELECT version FROM search_meta").fetchone() if "version" in columns else None
        if row is None or row[0] != VERSION:
            for table in _TABLES:
                self.db.execute(f"DROP TABLE IF EXISTS {table}")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def key(self) -> str | None:
        row = self.db.execute("SELECT key FROM search_meta").fetchone()
        return row[0] if row else None

    def ensure(self, corpus: Corpus, key: str, text_key: str | None = None) -> bool:
        """Index ``corpus`` unless the index already holds ``key``; True when it was rebuilt. ``text_key``
        names the documents the text came from (``corpus.store.documents_part`` of a revision): when the
        index holds that text already (only corrections changed), only the tags are written again."""
        if self.key() == key:
            return False
        row = self.db.execute("SELECT text_key FROM search_meta").fetchone()
        same_text = text_key is not None and row is not None and row[0] == text_key
        layout = _Layout(corpus)
        with self.db:
            tables = ("search_meta", "search_values", "search_tags", "search_arrays")
            for table in tables if same_text else (*tables, "search_fts", "search_docs"):
                self.db.execute(f"DELETE FROM {table}")
            if not same_text:
                self.db.executemany(f"INSERT INTO search_fts (rowid, {', '.join(COLUMNS)}, text, excerpt) "
                                    f"VALUES (?, {', '.join('?' * len(COLUMNS))}, ?, ?)", layout.texts())
                self.db.executemany("INSERT INTO search_docs VALUES (?, ?, ?, ?, ?)", layout.docs())
            self.db.executemany("INSERT INTO search_values VALUES (?, ?, ?)", layout.values())
            self.db.executemany("INSERT INTO search_tags VALUES (?, ?)", layout.tags())
            self.db.executemany("INSERT INTO search_arrays VALUES (?, ?)", layout.arrays())
            self.db.execute("INSERT INTO search_meta VALUES (?, ?, ?)", (key, VERSION, text_key))
        self._arrays = None
        return True

    def arrays(self) -> FacetArrays:
        """The layout of the index as it is now (read once per key)."""
        key = self.key() or ""
        if self._arrays is None or self._arrays[0] != key:
            self._arrays = (key, _load_arrays(self.db))
        return self._arrays[1]

    def search(self, query: str, facets: Facets = Facets(), limit: int = 50, facet_limit: int = 12) -> Result:
        """The best ``limit`` excerpts for ``query`` (bm25), how many match, and counts per facet value.
        Plain words must all be in one sentence; when no sentence has them all, sentences with any
        of them are returned, the ones with more (and rarer) words first, and ``relaxed`` says so."""
        languages = self.arrays().languages
        found = self._search(fts_query(query, languages=languages), facets, limit, facet_limit)
        if found.total == 0 and plain_words(query):
            relaxed = self._search(fts_query(query, any_word=True, languages=languages), facets, limit, facet_limit)
            return Result(relaxed.hits, relaxed.total, relaxed.counts, relaxed=True)
        return found

    def _search(self, match: str, facets: Facets, limit: int, facet_limit: int) -> Result:
        arrays = self.arrays()
        if not match:
            return Result([], 0)
        where, args = ["search_fts MATCH ?"], [match]
        ranges = arrays.row_ranges(facets.years, facets.undated, facets.document)
        if ranges is not None:
            if not ranges:
                return Result([], 0, arrays.counts(np.zeros(0, dtype=np.int64), facet_limit))
            where.append("(" + " OR ".join(["rowid BETWEEN ? AND ?"] * len(ranges)) + ")")
            args += [x for r in ranges for x in r]
        for facet in FACETS:
            if getattr(facets, facet):
                # ``rowid + 0``: tested once per match against the tag's rows; as a plain ``rowid IN`` FTS5
                # would be asked to run the whole query once per tagged row (16 s for a common place)
                where.append("rowid + 0 IN (SELECT row FROM search_tags WHERE value = ?)")
                args.append(arrays.value_ordinal(facet, getattr(facets, facet)))
        sql_where = " AND ".join(where)
        try:
            top = [r for (r,) in self.db.execute(
                f"SELECT rowid FROM search_fts WHERE {sql_where} ORDER BY rank LIMIT ?", [*args, limit])]
            found = self.db.execute(f"SELECT group_concat(rowid) FROM search_fts WHERE {sql_where}", args).fetchone()[0]
            marked = self._highlights(match, top)
        except sqlite3.OperationalError as exc:
            raise QueryError(f"The search could not read this query ({exc}). Use words, \"a phrase\", word*, "
                             "and AND / OR / NOT between words.") from None
        rows = np.fromstring(found, dtype=np.int64, sep=",") if found else np.zeros(0, dtype=np.int64)
        hits = [Hit(arrays.doc_ids[arrays.row_doc[rowid]], *marked[rowid], float(i)) for i, rowid in enumerate(top)]
        return Result(hits, len(rows), arrays.counts(rows, facet_limit))

    def _highlights(self, match: str, rows: list[int]) -> dict[int, tuple[str, tuple[tuple[str, bool], ...]]]:
        """row → (excerpt id, marked pieces) for the best rows. FTS5 is asked for those rows by id,
        except for a query with a prefix term: its expansion would be redone for each row asked
        for (0.5 ms each), so the range of those rows is scanned once instead."""
        if not rows:
            return {}
        marks = ",".join("?" * len(rows))
        columns = ", ".join(f"highlight(search_fts, {i}, '{START}', '{END}')" for i in range(len(COLUMNS)))
        sql = f"SELECT rowid, excerpt, text, {columns} FROM search_fts WHERE search_fts MATCH ? AND "
        if has_prefix(match):
            sql += f"rowid BETWEEN ? AND ? AND rowid + 0 IN ({marks})"
            args = [match, min(rows), max(rows), *rows]
        else:
            sql += f"rowid IN ({marks})"
            args = [match, *rows]
        return {rowid: (excerpt, _parts(text, marked)) for rowid, excerpt, text, *marked in self.db.execute(sql, args)}


def _parts(text: str, columns: list[str]) -> tuple[tuple[str, bool], ...]:
    """The sentence as (text, matched) pieces, from the highlights of its word columns: the n-th entry
    of a column is the n-th word of the sentence, and the words of one highlighted phrase are one piece.
    "Kerry met Hernandez" highlighted as "\\x02kerri\\x03 met hernandez" → (("Kerry", True), (" met Hernandez", False))."""
    region: dict[int, tuple[int, int]] = {}  # word → (column, phrase) that marked it
    for c, marked in enumerate(columns):
        if not marked or START not in marked:
            continue
        inside, phrase = False, 0
        for i, entry in enumerate(marked.split(" ")):
            if START in entry:
                inside, phrase = True, phrase + 1
            if inside:
                region.setdefault(i, (c, phrase))
            if END in entry:
                inside = False
    out: list[tuple[str, bool]] = []
    at, last = 0, None
    for i, (start, end, _) in enumerate(search_text.words(text)):
        key = region.get(i)
        if key is not None and key == last:  # the same phrase goes on
            out[-1] = (out[-1][0] + text[at:end], True)
        else:
            out.append((text[at:start], False))
            out.append((text[start:end], key is not None))
        at, last = end, key
    out.append((text[at:], False))
    merged: list[tuple[str, bool]] = []
    for piece, matched in out:  # neighbours that are both unmarked are one piece; empty pieces go
        if merged and not matched and not merged[-1][1]:
            merged[-1] = (merged[-1][0] + piece, False)
        elif piece:
            merged.append((piece, matched))
    return tuple(p for p in merged if p[0])


class _Layout:
    """Where each sentence goes in the index: documents undated first, then by year (then in corpus
    order), row ids 1… in that order; places and actors as value ordinals sorted by id."""

    def __init__(self, corpus: Corpus):
        self.documents = sorted(corpus.documents, key=lambda d: (d.year is not None, d.year or 0))
        self.first, n = [], 1
        for d in self.documents:
            self.first.append(n)
            n += len(d.excerpts)
        self.n_rows = n - 1
        row = {e.id: self.first[i] + j for i, d in enumerate(self.documents) for j, e in enumerate(d.excerpts)}
        self.names = {facet: sorted({t.id for t in things if t.mentions})
                      for facet, things in (("place", corpus.places), ("actor", corpus.actors))}
        base, self.base = 0, {}
        for facet in FACETS:
            self.base[facet] = base
            base += len(self.names[facet])
        ordinal = {(f, v): self.base[f] + i for f in FACETS for i, v in enumerate(self.names[f])}
        tags: set[tuple[int, int]] = set()
        for facet, things in (("place", corpus.places), ("actor", corpus.actors)):
            for thing in things:
                for m in thing.mentions:
                    if m.excerpt in row:
                        tags.add((row[m.excerpt], ordinal[(facet, thing.id)]))
        self.tag_pairs = sorted(tags)

    def texts(self) -> Iterable[tuple]:
        """(row, folded words, stems in each language's column, the sentence as shown, excerpt id)."""
        stem = search_text.stem
        for first, d in zip(self.first, self.documents):
            language = search_text.column(d.language)
            for j, e in enumerate(d.excerpts):
                text = search_text.shown(e.text.replace(START, " ").replace(END, " "))
                folded = search_text.folded(text)
                stems = " ".join(stem(language, w) for w in folded)
                yield (first + j, " ".join(folded), *(stems if c == language else "" for c in STEMMERS), text, e.id)

    def docs(self) -> Iterable[tuple[int, str, int | None, int, str]]:
        for i, (first, d) in enumerate(zip(self.first, self.documents)):
            yield i, d.id, d.year, first, search_text.column(d.language)

    def values(self) -> Iterable[tuple[int, str, str]]:
        for facet in FACETS:
            for i, name in enumerate(self.names[facet]):
                yield self.base[facet] + i, facet, name

    def tags(self) -> Iterable[tuple[int, int]]:
        return ((value, row) for row, value in self.tag_pairs)

    def arrays(self) -> Iterable[tuple[str, bytes]]:
        row_doc = np.zeros(self.n_rows + 1, dtype=np.int32)
        for i, (first, d) in enumerate(zip(self.first, self.documents)):
            row_doc[first:first + len(d.excerpts)] = i
        pairs = np.array(self.tag_pairs, dtype=np.int64).reshape(-1, 2)
        tag_ptr = np.zeros(self.n_rows + 2, dtype=np.int64)
        np.add.at(tag_ptr, pairs[:, 0] + 1, 1)
        yield "row_doc", row_doc.tobytes()
        yield "tag_ptr", np.cumsum(tag_ptr).tobytes()
        yield "tag_val", pairs[:, 1].astype(np.int32).tobytes()


def _load_arrays(db: sqlite3.Connection) -> FacetArrays:
    blobs = dict(db.execute("SELECT name, data FROM search_arrays"))
    docs = db.execute("SELECT document, year, first_row FROM search_docs ORDER BY doc").fetchall()
    languages = frozenset(x for (x,) in db.execute("SELECT DISTINCT language FROM search_docs"))
    n_rows = db.execute("SELECT COUNT(*) FROM search_fts").fetchone()[0]
    values: dict[str, list[str]] = {facet: [] for facet in FACETS}
    base: dict[str, int] = {}
    for ordinal, facet, name in db.execute("SELECT value, facet, name FROM search_values ORDER BY value"):
        base.setdefault(facet, ordinal)
        values[facet].append(name)
    n_undated = sum(1 for _, year, _ in docs if year is None)
    return FacetArrays(
        doc_ids=tuple(d for d, _, _ in docs),
        doc_years=np.array([-1 if y is None else y for _, y, _ in docs], dtype=np.int64),
        n_undated=n_undated,
        doc_first=np.array([f for _, _, f in docs] + [n_rows + 1], dtype=np.int64),
        row_doc=np.frombuffer(blobs.get("row_doc", b"\0" * 4), dtype=np.int32),
        tag_ptr=np.frombuffer(blobs.get("tag_ptr", b"\0" * 16), dtype=np.int64),
        tag_val=np.frombuffer(blobs.get("tag_val", b""), dtype=np.int32),
        values={facet: tuple(names) for facet, names in values.items()},
        value_base={facet: base.get(facet, 0) for facet in FACETS},
        languages=languages,
    )
