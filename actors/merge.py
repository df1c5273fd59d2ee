"""merge_actors: one actor per person or body across documents, relations re-pointed and de-duplicated,
then analyst corrections applied last so they win on every re-analysis."""
from __future__ import annotations

from collections.abc import Sequence

from actors.combine import combine_actors, merge_relations, resolve_id
from actors.corrections import apply_corrections
from actors.names import person_parts, same_person
from actors.normalize import actor_id, fold, name_key
from model import Actor, Correction, DocumentAnalysis, Relation


def merge_actors(analyses: Sequence[DocumentAnalysis], corrections: Sequence[Correction] = ()
                 ) -> tuple[tuple[Actor, ...], tuple[Relation, ...]]:
    """All documents' actors merged (same id, same official, shared name or acronym), deterministic order."""
    return apply_corrections(*merged_actors(analyses), corrections)


def merged_actors(analyses: Sequence[DocumentAnalysis]) -> tuple[tuple[Actor, ...], tuple[Relation, ...]]:
    """Actors and relations merged across documents, before any correction: what ``apply_corrections``
    takes (a store keeps this merge, so a new correction is applied to it without merging again)."""
    groups: dict[str, list[Actor]] = {}
    for an in analyses:
        for a in an.actors:
            groups.setdefault(a.id, []).append(a)
    actors = {aid: combine_actors(aid, parts) for aid, parts in sorted(groups.items())}
    remap = _official_remap(actors) | _org_remap(actors)
    merged: dict[str, list[Actor]] = {}
    for aid, a in actors.items():
        merged.setdefault(resolve_id(remap, aid), []).append(a)
    final = {aid: combine_actors(aid, parts) for aid, parts in sorted(merged.items())}
    final = {aid: _repoint(a, remap) for aid, a in final.items()}
    relations = merge_relations([r for an in analyses for r in an.relations], remap)
    return tuple(final.values()), relations


def _repoint(a: Actor, remap: dict[str, str]) -> Actor:
    aff = resolve_id(remap, a.affiliation) if a.affiliation else None
    return a if aff == a.affiliation else Actor(a.id, a.name, a.kind, a.aliases, a.titles, aff, a.mentions, a.country)


def _official_remap(actors: dict[str, Actor]) -> dict[str, str]:
    """Officials written differently in different documents: full names absorb shorter forms when the
    match is unique and the countries agree.

    ``same_person`` needs every word of the shorter name in the longer one, so only officials sharing
    a name word are compared (an index by word), not every pair.
    """
    officials = sorted((a for a in actors.values() if a.kind == "official"),
                       key=lambda a: (-len(person_parts(a.name)), -len(a.name), a.id))
    by_word: dict[str, list[int]] = {}
    for i, a in enumerate(officials):
        for w in set(person_parts(a.name)):
            by_word.setdefault(w, []).append(i)

    def sharing(a: Actor) -> list[int]:
        return sorted({j for w in set(person_parts(a.name)) for j in by_word[w]})

    remap: dict[str, str] = {}
    for i, a in enumerate(officials):
        if a.id in remap:
            continue
        for j in sharing(a):
            if j <= i:
                continue
            b = officials[j]
            if b.id in remap or (a.country and b.country and a.country != b.country):
                continue
            if _aliased(a, b):  # "Joseph R. Biden" and "Joe Biden": each the other's alias (a known person)
                remap[b.id] = a.id
                continue
            if not same_person(a.name, b.name):
                continue
            b_len = len(person_parts(b.name))
            rival = any(c is not b and c is not a and c.id not in remap and same_person(c.name, b.name)
                        and len(person_parts(c.name)) >= b_len for c in (officials[k] for k in sharing(b)))
            if not rival:
                remap[b.id] = a.id
    return remap


def _aliased(a: Actor, b: Actor) -> bool:
    """Does each official give the other's name as an alias?"""
    return fold(a.name) in {fold(x) for x in b.aliases} and fold(b.name) in {fold(x) for x in a.aliases}


def _org_remap(actors: dict[str, Actor]) -> dict[str, str]:
    """Non-official actors sharing a normalised name or alias (e.g. an acronym defined in two documents)."""
    owner: dict[tuple[str, str], str] = {}
    remap: dict[str, str] = {}
    for a in sorted(actors.values(), key=lambda a: (a.kind != "agency", len(a.mentions) == 0, a.id)):
        if a.kind == "official":
            continue
        keys = {(a.kind, name_key(n)) for n in (a.name, *a.aliases) if name_key(n)}
        target = next((owner[k] for k in sorted(keys) if k in owner), None)
        if target and target != a.id and actors[target].country in {"", a.country} | ({""} if not a.country else set()):
            remap[a.id] = target
            continue
        for k in keys:
            owner.setdefault(k, a.id)
    return remap


__all__ = ["merge_actors", "merge_relations", "actor_id"]
