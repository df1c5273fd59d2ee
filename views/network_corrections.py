"""Analyst corrections to actors, checked before they are stored (``Store.add_correction``).

The payload shapes are the schema in ``model.corrections``; ``actors.merge_actors``
applies them on every analysis, so one correction fixes every view, export and re-analysis.
"""
from __future__ import annotations

from typing import Any

from model import ACTOR_KINDS, Corpus
from model.corrections import CorrectionError, check

ACTIONS = {"merge": "Merge", "split": "Split off an alias", "rename": "Rename", "kind": "Change kind",
           "delete": "Delete"}


def actor_correction(corpus: Corpus, action: str, actor: str, *, others: list[str] | None = None,
                     alias: str = "", name: str = "", kind: str = "") -> tuple[str, str, dict[str, Any]]:
    """(target, action, payload) for ``Store.add_correction``, or CorrectionError: the schema's checks
    (``model.corrections``) plus what only the corpus knows (the actor and alias exist)."""
    target, act, payload = _actor_correction(corpus, action, actor, others, alias, name, kind)
    return target, act, check(target, act, payload)


def _actor_correction(corpus: Corpus, action: str, actor: str, others: list[str] | None, alias: str, name: str,
                      kind: str) -> tuple[str, str, dict[str, Any]]:
    known = {a.id: a for a in corpus.actors}
    if actor not in known:
        raise CorrectionError(f"unknown actor {actor!r}")
    if action == "merge":
        ids = [actor] + [o for o in (others or []) if o != actor]
        if len(ids) < 2 or any(o not in known for o in ids):
            raise CorrectionError("choose at least one other known actor to merge into this one")
        return "actor", "merge", {"ids": ids, "into": actor}
    if action == "split":
        if alias not in known[actor].aliases:
            raise CorrectionError(f"{alias!r} is not an alias of {known[actor].name}")
        return "actor", "split", {"id": actor, "alias": alias}
    if action == "rename":
        if not name.strip():
            raise CorrectionError("the new name is empty")
        return "actor", "rename", {"id": actor, "name": name.strip()}
    if action == "kind":
        if kind not in ACTOR_KINDS:
            raise CorrectionError(f"unknown kind {kind!r}; choose one of {', '.join(ACTOR_KINDS)}")
        return "actor", "kind", {"id": actor, "kind": kind}
    if action == "delete":
        return "actor", "delete", {"id": actor}
    raise CorrectionError(f"unknown action {action!r}")
