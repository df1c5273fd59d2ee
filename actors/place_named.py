"""Officials that are a place's name: "General Terán" (a town of Nuevo León, named after a general) read as
the rank "General" and a man called Terán.

The actor finder knows titles, not the gazetteer; the place finder, which runs after it, reads "General Terán"
whole where no title rule took it first. An official with one name, whose title and name together are written
as a place the document names, is that place: it is dropped with its relations, and so is a body known only
by inference from its title ("General" implies a defence ministry).
"""
from __future__ import annotations

from collections.abc import Sequence

from model import Actor, Place, Relation


def without_place_named(found: Sequence[Actor], relations: Sequence[Relation], places: Sequence[Place]
                        ) -> tuple[tuple[Actor, ...], tuple[Relation, ...]]:
    """``found`` and ``relations`` less the officials that are a place's name, and what only they implied."""
    written = {m.text for p in places for m in p.mentions if m.kind in ("name", "dateline") and " " in m.text}
    gone = {a.id for a in found if a.kind == "official" and len(a.name.split()) == 1
            and any(f"{t} {a.name}" in written for t in a.titles)}
    if not gone:
        return tuple(found), tuple(relations)
    starts = {m.start for a in found if a.id in gone for m in a.mentions}
    # a body inferred from the title: its mention is the title, right before the name
    implied = {a.id for a in found if a.id not in gone and a.mentions
               and all(m.kind == "inferred" and any(0 < s - m.end <= 1 for s in starts) for m in a.mentions)}
    gone |= implied
    return (tuple(a for a in found if a.id not in gone),
            tuple(r for r in relations if r.source not in gone and r.target not in gone))
