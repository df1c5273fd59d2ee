"""Full-text search over every excerpt with SQLite FTS5: stems, "phrases", prefix*, AND/OR/NOT, bm25.

The index lives in its own tables (``search_*``) in the store's SQLite file, built from the
analysed corpus and keyed by the store's revision, so it is rebuilt only when documents,
corrections or the analysis change. Each excerpt row carries its document, year, and the places
and actors named in it, which are the facets a search can be narrowed by.

Queries are the user's own: bare words are quoted before FTS5 sees them (so "U.S." or "e-mail"
are words, not syntax), while "quoted phrases", word*, AND/OR/NOT and parentheses keep their
meaning. A query FTS5 still cannot read raises ``QueryError`` with a message for the user.
"""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from model import Corpus

START, END = "\x02", "\x03"  # highlight markers: control characters documents do not contain
_TOKEN = re.compile(r'"[^"]*"\*?|"[^"]*$|\(|\)|[^\s()"]+')
_OPERATORS = {"AND", "OR", "NOT"}
SCHEMA = """
CREATE TABLE IF NOT EXISTS search_meta (key TEXT NOT NULL);
CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');
CREATE TABLE IF NOT EXISTS search_rows (rowid INTEGER PRIMARY KEY, document TEXT NOT NULL, excerpt TEXT NOT NULL,
                                        year INTEGER);
CREATE TABLE IF NOT EXISTS search_tags (row INTEGER NOT NULL, facet TEXT NOT NULL, value TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS search_tags_value ON search_tags (facet, value, row);
CREATE INDEX IF NOT EXISTS search_tags_by_row ON search_tags (row, facet, value);
CREATE INDEX IF NOT EXISTS search_rows_doc ON search_rows (document);
"""


class QueryError(ValueError):
    """The query cannot be read (an unclosed quote, a dangling AND …): the message says why."""


@dataclass(frozen=True)
class Facets:
    """What to narrow a search to; None means any."""

    years: tuple[int | None, int | None] | None = None  # inclusive range
    undated: bool = True
    place: str | None = None
    actor: str | None = None
    document: str | None = None


FACET_SAMPLE = 5_000  # matches over which place and actor facets are counted for very broad queries


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
    facet_sample: int = 0  # place and actor counts are over this many of the matches (0: over all of them)


def fts_query(text: str, any_word: bool = False) -> str:
    """The user's query as FTS5 syntax: bare words quoted (so punctuation is never syntax); with
    ``any_word`` the words are joined by OR (used when no sentence holds them all)."""
    out = []
    for token in _TOKEN.findall(text):
        if token.startswith('"') and (len(token) == 1 or not token.rstrip("*").endswith('"')):
            raise QueryError('A quotation mark is not closed: write a phrase as "two words".')
        if token.startswith('"') or token in ("(", ")") or token in _OPERATORS:
            out.append(token)
        elif token.endswith("*") and token.strip("*"):
            out.append('"' + token.rstrip("*").replace('"', "") + '"*')
        elif token.strip("*"):
            out.append('"' + token + '"')
    return (" OR " if any_word else " ").join(out)


def _plain_words(text: str) -> bool:
    """Only bare words (no phrase, operator, prefix or parenthesis): the query may be relaxed to OR."""
    tokens = _TOKEN.findall(text)
    return len(tokens) > 1 and not any(t.startswith('"') or t in ("(", ")") or t in _OPERATORS or t.endswith("*")
                                       for t in tokens)


class SearchIndex:
    """The ``search_*`` tables of one SQLite file."""

    def __init__(self, path: str | Path):
        self.db = sqlite3.connect(str(path), check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.executescript(SCHEMA)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SearchIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def key(self) -> str | None:
        row = self.db.execute("SELECT key FROM search_meta").fetchone()
        return row[0] if row else None

    def ensure(self, corpus: Corpus, key: str) -> bool:
        """Index ``corpus`` unless the index already holds ``key``; True when it was rebuilt."""
        if self.key() == key:
            return False
        with self.db:
            for table in ("search_meta", "search_fts", "search_rows", "search_tags"):
                self.db.execute(f"DELETE FROM {table}")
            self.db.executemany("INSERT INTO search_fts (rowid, text) VALUES (?, ?)", _texts(corpus))
            self.db.executemany("INSERT INTO search_rows VALUES (?, ?, ?, ?)", _rows(corpus))
            self.db.executemany("INSERT INTO search_tags VALUES (?, ?, ?)", _tags(corpus))
            self.db.execute("INSERT INTO search_meta VALUES (?)", (key,))
        return True

    def search(self, query: str, facets: Facets = Facets(), limit: int = 50, facet_limit: int = 12) -> Result:
        """The best ``limit`` excerpts for ``query`` (bm25), how many match, and counts per facet value.
        Plain words must all be in one sentence; when no sentence has them all, sentences with any
        of them are returned, the ones with more (and rarer) words first, and ``relaxed`` says so."""
        found = self._search(fts_query(query), facets, limit, facet_limit)
        if found.total == 0 and _plain_words(query):
            relaxed = self._search(fts_query(query, any_word=True), facets, limit, facet_limit)
            return Result(relaxed.hits, relaxed.total, relaxed.counts, relaxed=True)
        return found

    def _search(self, match: str, facets: Facets, limit: int, facet_limit: int) -> Result:
        if not match:
            return Result([], 0)
        where, args = ["search_fts MATCH ?"], [match]
        if facets.years is not None:
            lo, hi = facets.years
            where.append("((r.year BETWEEN ? AND ?)" + (" OR r.year IS NULL)" if facets.undated else ")"))
            args += [lo if lo is not None else -9999, hi if hi is not None else 9999]
        elif not facets.undated:
            where.append("r.year IS NOT NULL")
        if facets.document:
            where.append("r.document = ?")
            args.append(facets.document)
        for facet in ("place", "actor"):
            if getattr(facets, facet):
                where.append("r.rowid IN (SELECT row FROM search_tags WHERE facet = ? AND value = ?)")
                args += [facet, getattr(facets, facet)]
        hits_sql = (f"SELECT r.rowid AS rowid, r.document AS document, r.year AS year FROM search_fts "
                    f"JOIN search_rows r ON r.rowid = search_fts.rowid WHERE {' AND '.join(where)}")
        try:
            # the best `limit` by rank first; then highlights for those rows only, without ranking every
            # match a second time (their order is the first query's)
            top = [r for (r,) in self.db.execute(
                f"SELECT search_fts.rowid FROM search_fts JOIN search_rows r ON r.rowid = search_fts.rowid "
                f"WHERE {' AND '.join(where)} ORDER BY rank LIMIT ?", [*args, limit])]
            order = {rowid: i for i, rowid in enumerate(top)}
            marked = self.db.execute(
                f"SELECT search_fts.rowid, r.document, r.excerpt, highlight(search_fts, 0, ?, ?) FROM search_fts "
                f"JOIN search_rows r ON r.rowid = search_fts.rowid WHERE search_fts MATCH ? "
                f"AND search_fts.rowid IN ({','.join('?' * len(top))})", [START, END, match, *top]).fetchall() if top else []
            rows = [(doc, excerpt, html, float(order[rowid])) for rowid, doc, excerpt, html in
                    sorted(marked, key=lambda r: order[r[0]])]
            self.db.execute("DROP TABLE IF EXISTS temp.search_hits")
            self.db.execute(f"CREATE TEMP TABLE search_hits AS {hits_sql}", args)
            total = self.db.execute("SELECT COUNT(*) FROM temp.search_hits").fetchone()[0]
            counts = {
                "year": [(str(y) if y is not None else "undated", n) for y, n in self.db.execute(
                    "SELECT year, COUNT(*) FROM temp.search_hits GROUP BY year ORDER BY year DESC")],
                "document": self.db.execute("SELECT document, COUNT(*) AS n FROM temp.search_hits GROUP BY document "
                                            "ORDER BY n DESC, document LIMIT ?", (facet_limit,)).fetchall(),
            }
            # places and actors: over every match, or over the first FACET_SAMPLE of a very broad one (counting
            # tags of 40,000 matches costs ~90 ms; the page says the counts are a sample)
            sample = FACET_SAMPLE if total > FACET_SAMPLE else 0
            hits = f"(SELECT rowid FROM temp.search_hits LIMIT {sample})" if sample else "temp.search_hits"
            for facet in ("place", "actor"):
                counts[facet] = self.db.execute(
                    f"SELECT t.value, COUNT(*) AS n FROM {hits} h CROSS JOIN search_tags t ON t.row = h.rowid "
                    "WHERE t.facet = ? GROUP BY t.value ORDER BY n DESC, t.value LIMIT ?", (facet, facet_limit)).fetchall()
        except sqlite3.OperationalError as exc:
            raise QueryError(f"The search could not read this query ({exc}). Use words, \"a phrase\", word*, "
                             "and AND / OR / NOT between words.") from None
        hits = [Hit(doc, excerpt, _parts(marked), score) for doc, excerpt, marked, score in rows]
        return Result(hits, total, {k: [(str(v), n) for v, n in c] for k, c in counts.items()}, facet_sample=sample)


def _parts(marked: str) -> tuple[tuple[str, bool], ...]:
    """``a \\x02b\\x03 c`` → (("a ", False), ("b", True), (" c", False))."""
    out, matched = [], False
    for piece in re.split(f"([{START}{END}])", marked):
        if piece == START:
            matched = True
        elif piece == END:
            matched = False
        elif piece:
            out.append((piece, matched))
    return tuple(out)


def _rowids(corpus: Corpus) -> dict[str, int]:
    ids, n = {}, 0
    for d in corpus.documents:
        for e in d.excerpts:
            n += 1
            ids[e.id] = n
    return ids


def _texts(corpus: Corpus) -> Iterable[tuple[int, str]]:
    n = 0
    for d in corpus.documents:
        for e in d.excerpts:
            n += 1
            yield n, e.text.replace(START, " ").replace(END, " ")


def _rows(corpus: Corpus) -> Iterable[tuple[int, str, str, int | None]]:
    n = 0
    for d in corpus.documents:
        for e in d.excerpts:
            n += 1
            yield n, d.id, e.id, d.year


def _tags(corpus: Corpus) -> Iterable[tuple[int, str, str]]:
    rowid = _rowids(corpus)
    for facet, things in (("place", corpus.places), ("actor", corpus.actors)):
        for thing in things:
            for x in {m.excerpt for m in thing.mentions}:
                if x in rowid:
                    yield rowid[x], facet, thing.id
