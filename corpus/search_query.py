"""The user's search query as FTS5 syntax over the index's columns (``corpus.search_text``).

Queries are the user's own: words are folded and stemmed here, so punctuation is never syntax ("U.S."
is the phrase "u s", "e-mail" the phrase "e mail"), while "quoted phrases", word*, AND/OR/NOT and
parentheses keep their meaning. A word or phrase looks for its stems in every language's column
(``(en : "migrat" OR es : "migration")``); a prefix looks among the folded words as written
(``words : "traffick"*``), since a stem can be shorter than what the user typed.
"""
from __future__ import annotations

import re
from collections.abc import Collection

from corpus.search_text import STEMMERS, stem, words

_TOKEN = re.compile(r'"[^"]*"\*?|"[^"]*$|\(|\)|[^\s()"]+')
OPERATORS = {"AND", "OR", "NOT"}


class QueryError(ValueError):
    """The query cannot be read (an unclosed quote, a dangling AND …): the message says why."""


def term(text: str, prefix: bool = False, languages: Collection[str] = STEMMERS) -> str | None:
    """One word or phrase of the query in FTS5 syntax; None when it has no word at all ("*", "--").
    ``languages``: the stem columns to look in (those the corpus has documents in)."""
    folded = [w for _, _, w in words(text)]
    if not folded:
        return None
    if prefix:
        return f'words : "{" ".join(folded)}"*'
    return "(" + " OR ".join(f'{language} : "{" ".join(stem(language, w) for w in folded)}"'
                             for language in STEMMERS if language in languages) + ")"


def fts_query(text: str, any_word: bool = False, languages: Collection[str] = STEMMERS) -> str:
    """The user's query as FTS5 syntax; with ``any_word`` the words are joined by OR (used when no
    sentence holds them all). A language no document is in is left out (each costs ~10% more ranking)."""
    languages = [x for x in STEMMERS if x in languages] or list(STEMMERS)
    out = []
    for token in _TOKEN.findall(text):
        if token.startswith('"') and (len(token) == 1 or not token.rstrip("*").endswith('"')):
            raise QueryError('A quotation mark is not closed: write a phrase as "two words".')
        if token in ("(", ")") or token in OPERATORS:
            out.append(token)
            continue
        found = term(token.rstrip("*"), prefix=token.endswith("*"), languages=languages)
        if found:
            out.append(found)
    if any_word:
        return " OR ".join(out)
    joined: list[str] = []
    for item in out:  # FTS5 reads "a b" as a AND b, but not "(a) (b)": the AND is written out
        if joined and joined[-1] not in ("(", *OPERATORS) and item not in (")", *OPERATORS):
            joined.append("AND")
        joined.append(item)
    return " ".join(joined)


def plain_words(text: str) -> bool:
    """Only bare words (no phrase, operator, prefix or parenthesis): the query may be relaxed to OR."""
    tokens = _TOKEN.findall(text)
    return len(tokens) > 1 and not any(t.startswith('"') or t in ("(", ")") or t in OPERATORS or t.endswith("*")
                                       for t in tokens)


def has_prefix(match: str) -> bool:
    """Whether an FTS5 query has a prefix term (each is expanded anew whenever FTS5 is asked for one row)."""
    return '"*' in match
