"""The user's search query as FTS5 syntax.

Queries are the user's own: bare words are quoted before FTS5 sees them (so "U.S." or "e-mail" are
words, not syntax), while "quoted phrases", word*, AND/OR/NOT and parentheses keep their meaning.
"""
from __future__ import annotations

import re

_TOKEN = re.compile(r'"[^"]*"\*?|"[^"]*$|\(|\)|[^\s()"]+')
OPERATORS = {"AND", "OR", "NOT"}


class QueryError(ValueError):
    """The query cannot be read (an unclosed quote, a dangling AND …): the message says why."""


def fts_query(text: str, any_word: bool = False) -> str:
    """The user's query as FTS5 syntax: bare words quoted (so punctuation is never syntax); with
    ``any_word`` the words are joined by OR (used when no sentence holds them all)."""
    out = []
    for token in _TOKEN.findall(text):
        if token.startswith('"') and (len(token) == 1 or not token.rstrip("*").endswith('"')):
            raise QueryError('A quotation mark is not closed: write a phrase as "two words".')
        if token.startswith('"') or token in ("(", ")") or token in OPERATORS:
            out.append(token)
        elif token.endswith("*") and token.strip("*"):
            out.append('"' + token.rstrip("*").replace('"', "") + '"*')
        elif token.strip("*"):
            out.append('"' + token + '"')
    return (" OR " if any_word else " ").join(out)


def plain_words(text: str) -> bool:
    """Only bare words (no phrase, operator, prefix or parenthesis): the query may be relaxed to OR."""
    tokens = _TOKEN.findall(text)
    return len(tokens) > 1 and not any(t.startswith('"') or t in ("(", ")") or t in OPERATORS or t.endswith("*")
                                       for t in tokens)


def has_prefix(match: str) -> bool:
    """Whether an FTS5 query has a prefix term (each is expanded anew whenever FTS5 is asked for one row)."""
    return '"*' in match
