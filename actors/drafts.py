"""Mutable per-document drafts of actors, turned into frozen model objects at the end of find_actors."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Draft:
    id: str
    kind: str
    name: str
    country: str = ""
    parent: str = ""  # actor id of a parent agency or government
    aliases: set[str] = field(default_factory=set)
    titles: list[str] = field(default_factory=list)
    agency: str = ""  # official's office agency (actor id)
    government: str = ""  # official's government (actor id)
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # token start, end, mention kind
    title_spans: list[tuple[int, int]] = field(default_factory=list)  # evidence of the office
