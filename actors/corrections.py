"""Analyst corrections on actors (merge, split, rename, kind, delete), applied after automatic merging.

Corrections address actors by their deterministic ids, so they keep applying after every re-analysis;
a correction whose actor no longer exists is skipped.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from actors.combine import combine_actors, merge_relations
from actors.normalize import actor_id, fold
from model import Actor, Correction, Relation


def apply_corrections(actors: tuple[Actor, ...], relations: tuple[Relation, ...],
                      corrections: Sequence[Correction]) -> tuple[tuple[Actor, ...], tuple[Relation, ...]]:
    """Actors and relations after the analyst's corrections, in correction-id order."""
    by_id = {a.id: a for a in actors}
    rels = list(relations)
    for c in sorted((c for c in corrections if c.target == "actor"), key=lambda c: c.id):
        data = c.data
        if c.action == "merge":
            into = data.get("into")
            ids = [i for i in data.get("ids", []) if i in by_id and i != into]
            if into not in by_id or not ids:
                continue
            by_id[into] = combine_actors(into, [by_id[into]] + [by_id.pop(i) for i in ids])
            rels = list(merge_relations(rels, {i: into for i in ids}))
        elif c.action == "split" and data.get("id") in by_id:
            old = by_id[data["id"]]
            alias = data.get("alias", "")
            moved = tuple(m for m in old.mentions if fold(m.text) == fold(alias))
            new_id = actor_id(old.kind, alias)
            if not alias or new_id in by_id:
                continue
            by_id[old.id] = replace(old, aliases=tuple(a for a in old.aliases if fold(a) != fold(alias)),
                                    mentions=tuple(m for m in old.mentions if m not in moved))
            by_id[new_id] = Actor(new_id, alias, old.kind, (), (), None, moved, old.country)
        elif c.action == "rename" and data.get("id") in by_id:
            old = by_id[data["id"]]
            by_id[old.id] = replace(old, name=data["name"], aliases=tuple(sorted({*old.aliases, old.name} - {data["name"]})))
        elif c.action == "kind" and data.get("id") in by_id:
            by_id[data["id"]] = replace(by_id[data["id"]], kind=data["kind"])
        elif c.action == "delete" and data.get("id") in by_id:
            del by_id[data["id"]]
            rels = [r for r in rels if data["id"] not in (r.source, r.target)]
    rels = [r for r in rels if r.source in by_id and r.target in by_id]
    actors_out = tuple(sorted((_drop_dangling(a, by_id) for a in by_id.values()), key=lambda a: a.id))
    return actors_out, tuple(sorted(rels, key=lambda r: r.id))


def _drop_dangling(a: Actor, by_id: dict[str, Actor]) -> Actor:
    return a if a.affiliation is None or a.affiliation in by_id else replace(a, affiliation=None)
