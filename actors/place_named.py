"""Actors that are places' names: "General Terán" (a town of Nuevo León, named after a general) read as the rank
"General" and a man called Terán; "Gracias a Dios Department" (a Honduran division) or "McAllen, Pharr and
Mission" (Texas towns) read as bodies whose head word is "Department" or "Mission".

The actor finder knows titles and heads, not the gazetteer; the place finder, which runs after it, reads these
names whole where no rule of the actor finder took them first. Such an actor is dropped with its relations:
- an official with one name, whose title and name together are written as a place the document names, and a
  body known only by inference from its title ("General" implies a defence ministry);
- a body every mention of which is inside a division's name ("Dios Department" in "Gracias a Dios Department"),
  is a division named after its word ("the Department of Atlántida"),
  places listed with "and" ("Pharr and Mission"), or a list opening with a place before a division word in
  lower case ("the Artibonite and Centre departments"), or a sea bank's whole name ("the Cay Sal Bank").
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from model import Actor, Mention, Place, Relation

DIVISION_KINDS = {"admin1", "admin2"}
SEA_BANKS = {"bank", "banks"}
DIVISIONS_AFTER = re.compile(r"\s+(?:departments?|provinces?|districts?|parish(?:es)?|municipalit(?:y|ies)|states|counties"
                             r"|regions)\b")
DIVISION_OF = re.compile(r"(?:department|province|parish)\s+of\s+(?:the\s+)?", re.I)
LIST_WORDS = re.compile(r"[\s,&]*(?:and[\s,]*)?")


def without_place_named(found: Sequence[Actor], relations: Sequence[Relation], places: Sequence[Place],
                        text: str) -> tuple[tuple[Actor, ...], tuple[Relation, ...]]:
    """``found`` and ``relations`` less the actors that are a place's name, and what only they implied (``text``:
    the document's text, which the mentions' offsets point into)."""
    written = {m.text for p in places for m in p.mentions if m.kind in ("name", "dateline") and " " in m.text}
    gone = {a.id for a in found if a.kind == "official" and len(a.name.split()) == 1
            and any(f"{t} {a.name}" in written for t in a.titles)}
    spans = sorted((m.start, m.end, p.kind) for p in places for m in p.mentions if m.kind in ("name", "dateline"))
    gone |= {a.id for a in found if a.kind not in ("official", "person") and a.mentions
             and all(m.kind == "name" and _places_name(m, spans, text) for m in a.mentions)}
    if not gone:
        return tuple(found), tuple(relations)
    starts = {m.start for a in found if a.id in gone for m in a.mentions}
    # a body inferred from the title: its mention is the title, right before the name
    implied = {a.id for a in found if a.id not in gone and a.mentions
               and all(m.kind == "inferred" and any(0 < s - m.end <= 1 for s in starts) for m in a.mentions)}
    gone |= implied
    return (tuple(a for a in found if a.id not in gone),
            tuple(r for r in relations if r.source not in gone and r.target not in gone))


def _places_name(m: Mention, spans: list[tuple[int, int, str]], text: str) -> bool:
    """Is a body's mention a division's name, or places written as a list (see the module's docstring)?"""
    if any(s <= m.start and m.end <= e and kind in DIVISION_KINDS for s, e, kind in spans):
        return True
    if m.text.split()[-1].lower() in SEA_BANKS and any(s == m.start and e == m.end and kind == "feature"
                                                       for s, e, kind in spans):
        return True  # "the Cay Sal Bank", "Pedro Bank": a sea's bank the gazetteer names whole, not a bank (a
        # company named like a port the gazetteer holds, "DP World Caucedo", stays a company)
    inner = [(s, e) for s, e, _ in spans if m.start <= s and e <= m.end]
    if any(e == m.end and kind in DIVISION_KINDS and DIVISION_OF.fullmatch(text, m.start, s)
           for s, e, kind in spans):
        return True  # "the Department of Atlántida": a division in the words a body's name would take
    if not inner or inner[0][0] != m.start:
        return False
    if DIVISIONS_AFTER.match(text, m.end):
        return True  # "the Artibonite and Centre departments"
    if len(inner) < 2 or inner[-1][1] != m.end:
        return False
    return all(LIST_WORDS.fullmatch(text[a[1]:b[0]]) for a, b in zip(inner, inner[1:]))  # "Pharr and Mission"
