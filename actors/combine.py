"""Folding actors and relations together: what automatic merging and analyst merges both do."""
from __future__ import annotations

from actors.names import person_parts
from actors.normalize import name_key
from actors.relations import relation
from model import Actor, Evidence, Relation


def resolve_id(remap: dict[str, str], aid: str) -> str:
    seen = set()
    while aid in remap and aid not in seen:
        seen.add(aid)
        aid = remap[aid]
    return aid


def combine_actors(aid: str, parts: list[Actor]) -> Actor:
    """One actor from several: the fullest name (most words, accents kept), all aliases, titles, mentions."""
    if len(parts) == 1 and parts[0].id == aid:
        return parts[0]
    main = next((p for p in parts if p.id == aid), parts[0])
    names = {p.name for p in parts}
    name = main.name if main.kind != "official" else max(
        names, key=lambda n: (len(person_parts(n)), len(n.split()), n != name_key(n), n))
    aliases = (names | {x for p in parts for x in p.aliases}) - {name}
    titles = tuple(dict.fromkeys(t for p in parts for t in p.titles))
    mentions = tuple(sorted({m for p in parts for m in p.mentions}, key=lambda m: (m.document, m.start, m.end)))
    affiliation = main.affiliation or next((p.affiliation for p in parts if p.affiliation), None)
    country = main.country or next((p.country for p in parts if p.country), "")
    return Actor(aid, name, main.kind, tuple(sorted(aliases)), titles, affiliation, mentions, country)


def merge_relations(relations: list[Relation], remap: dict[str, str]) -> tuple[Relation, ...]:
    """Re-point relations to merged actors and merge duplicates (union of evidence and years)."""
    found: dict[tuple[str, str, str], tuple[set[Evidence], set[int]]] = {}
    for r in relations:
        s, t = resolve_id(remap, r.source), resolve_id(remap, r.target)
        if s == t:
            continue
        probe = relation(r.kind, s, t, set(), ())
        ev, years = found.setdefault((probe.kind, probe.source, probe.target), (set(), set()))
        ev.update(r.evidence)
        years.update(r.years)
    return tuple(relation(k, s, t, ev, tuple(sorted(y))) for (k, s, t), (ev, y) in sorted(found.items()))
