"""Name normalisation shared by finding, merging and ids: one function per notion of 'same name'."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_WORD = re.compile(r"[^a-z0-9 ]+")
_PREFIX = re.compile(r"^(the|u s|us|united states) ")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents and punctuation removed, spaces collapsed ("Hernández" -> "hernandez")."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower().replace("&", " and ").replace("’", "'").replace("'s ", " ")
    return " ".join(_NON_WORD.sub(" ", text).split())


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Key under which two organisation names are the same: folded, without "the"/"U.S." prefixes."""
    key = fold(text)
    for _ in range(2):
        key = _PREFIX.sub("", key)
    return key


def slug(text: str) -> str:
    """Id-safe form of a name: "U.S. Department of X" -> "us-department-of-x"."""
    return "-".join(fold(text).replace("u s ", "us ").split()) or "unnamed"


def actor_id(kind: str, name: str) -> str:
    """Deterministic actor id from kind and canonical name, stable across re-analysis."""
    return f"{kind}:{slug(name)}"
