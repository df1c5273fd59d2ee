"""The network page's URL: filters and the selected actor or relation, so a view can be shared.

``?kinds=official,agency&rels=met-with&min=2&focus=<id>&depth=2&isolated=hide&actor=<id>``.
Only values that differ from the defaults (``DEFAULT_FILTER``: every actor kind, the named
relations, co-mentions off) are written; unknown values are dropped, not trusted. The network can
also be narrowed to a set of actors (``views.network_scope``: ``?actors=…``, ``?doc=…``,
``?excerpts=…``), which the page resolves against the corpus.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from model import ACTOR_KINDS, RELATION_KINDS
from views.network_build import NAMED_RELATIONS, NetworkFilter

DEFAULT_FILTER = NetworkFilter(relations=frozenset(NAMED_RELATIONS))
KEYS = ("kinds", "rels", "min", "focus", "depth", "isolated", "physics", "actor", "edge")


@dataclass(frozen=True)
class Selection:
    """What the card beside the graph shows: an actor (node) or a relation (edge), or nothing."""

    actor: str | None = None
    edge: str | None = None


def _list(value: str | None, allowed: tuple[str, ...], default: frozenset[str]) -> frozenset[str]:
    if value is None:
        return default
    return frozenset(v for v in value.split(",") if v in allowed)


def _int(value: str | None, default: int, lo: int, hi: int) -> int:
    try:
        return min(max(int(value), lo), hi) if value is not None else default
    except ValueError:
        return default


def parse_params(params: Mapping[str, str]) -> tuple[NetworkFilter, Selection, bool]:
    """Filter, selection and the physics switch from query parameters."""
    flt = NetworkFilter(kinds=_list(params.get("kinds"), ACTOR_KINDS, DEFAULT_FILTER.kinds),
                        relations=_list(params.get("rels"), RELATION_KINDS, DEFAULT_FILTER.relations),
                        min_evidence=_int(params.get("min"), 1, 1, 1000),
                        focus=params.get("focus") or None,
                        depth=_int(params.get("depth"), 1, 1, 2),
                        hide_isolated=params.get("isolated") == "hide")
    edge = params.get("edge") or None
    sel = Selection(actor=None if edge else params.get("actor") or None, edge=edge)
    return flt, sel, params.get("physics") == "on"


def to_params(flt: NetworkFilter, sel: Selection, physics: bool = False) -> dict[str, str | None]:
    """Every key in KEYS: a string to set, or None to remove it from the URL."""
    return {
        "kinds": None if flt.kinds == DEFAULT_FILTER.kinds else ",".join(k for k in ACTOR_KINDS if k in flt.kinds),
        "rels": None if flt.relations == DEFAULT_FILTER.relations
        else ",".join(k for k in RELATION_KINDS if k in flt.relations),
        "min": str(flt.min_evidence) if flt.min_evidence > 1 else None,
        "focus": flt.focus,
        "depth": str(flt.depth) if flt.focus and flt.depth != 1 else None,
        "isolated": "hide" if flt.hide_isolated else None,
        "physics": "on" if physics else None,
        "actor": sel.actor,
        "edge": sel.edge,
    }
