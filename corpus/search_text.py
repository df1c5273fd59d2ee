"""Words as the search index sees them: case and accents folded, stemmed in the document's language.

FTS5's own tokenizers stem English only (``porter``), so the index is fed words made here: one column
of folded words (``migración`` → ``migracion``; prefix queries and exact forms) and one column of
stems per language, written only for documents in that language (Snowball's English stemmer for
English documents, its Spanish one for Spanish: ``migraciones`` → ``migracion``). A query word is
stemmed in both languages and looked up in each language's column, so English keeps its stems and a
Spanish word is never stemmed by English rules. Documents in other languages are stemmed as English,
as the analysis reads them (``model.nlp``).

Each column holds exactly one entry per word of the sentence, in order, so a highlight in any column
marks the same word of the sentence as shown.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

STEMMERS = {"en": "english", "es": "spanish"}  # language code → Snowball algorithm; each is an index column
DEFAULT_LANGUAGE = "en"
VERSION = f"snowball-{Stemmer.version()}"  # a new stemmer may stem differently: the index is rebuilt
_WORD = re.compile(r"[^\W_]+")


def shown(text: str) -> str:
    """The sentence as it is stored and shown (composed accents: "é", not "e" + a combining mark)."""
    return unicodedata.normalize("NFC", text)


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for each word of ``shown(text)``."""
    return [(m.start(), m.end(), fold(m.group())) for m in _WORD.finditer(text)]


def folded(text: str) -> list[str]:
    """The folded words of ``shown(text)`` (``words`` without their places)."""
    return [fold(w) for w in _WORD.findall(text)]


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Lower case without accents: "Migración" → "migracion", "Peña" → "pena"."""
    lower = word.casefold()
    plain = "".join(c for c in unicodedata.normalize("NFKD", lower) if c.isalnum())
    return plain or lower


def column(language: str) -> str:
    """The stem column of a document's language."""
    return language if language in STEMMERS else DEFAULT_LANGUAGE


@lru_cache(maxsize=None)
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(STEMMERS[language])


@lru_cache(maxsize=400_000)
def stem(language: str, folded: str) -> str:
    """The stem of a folded word in a language's column."""
    return _stemmer(column(language)).stemWord(folded) or folded
