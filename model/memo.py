"""Values computed once per corpus object and forgotten with it: the indexes behind fast lookups.

A corpus is immutable, so anything derived from it stays true for its lifetime. The cache is
keyed by the object itself (by identity, held weakly): hashing a corpus of 10,000 documents
would cost more than most lookups save. A cached value must not refer back to the corpus,
or the corpus would never be freed.
"""
from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def per_corpus(fn: Callable[[Any], T]) -> Callable[[Any], T]:
    """Decorate ``fn(corpus)`` so it runs once per corpus object."""
    cache: dict[int, tuple[weakref.ref, T]] = {}

    @functools.wraps(fn)
    def cached(corpus: Any) -> T:
        key = id(corpus)
        hit = cache.get(key)
        if hit is not None and hit[0]() is corpus:
            return hit[1]
        value = fn(corpus)
        cache[key] = (weakref.ref(corpus, lambda _ref, k=key: cache.pop(k, None)), value)
        return value

    cached.cache = cache  # type: ignore[attr-defined]  (tests look at it)
    return cached
