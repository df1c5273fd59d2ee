"""How the network looks: one colour and shape per actor kind, one line style per relation kind.

Kept as data so the graph, the legend and the tests read the same table.
"""
from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class KindStyle:
    label: str
    color: str
    shape: str  # a vis-network shape whose label sits outside it, so size can carry meaning


@dataclass(frozen=True)
class RelationStyle:
    label: str
    color: str
    dashes: bool | list[int]
    arrow: bool
    roundness: float  # parallel edges of different kinds curve apart instead of overlapping
    inverse: str = ""  # the label seen from the target ("Members" for "Member of"); "" = symmetric


ACTOR_STYLES: dict[str, KindStyle] = {
    "official": KindStyle("Official", "#1f6fb4", "dot"),
    "agency": KindStyle("Agency", "#2a9d5c", "square"),
    "government": KindStyle("Government", "#7b4fa6", "diamond"),
    "organization": KindStyle("Organisation", "#e08a1e", "triangle"),
    "criminal": KindStyle("Criminal group", "#c8302c", "star"),
}
UNKNOWN_KIND = KindStyle("Other", "#8a8f98", "dot")

RELATION_STYLES: dict[str, RelationStyle] = {
    "holds-office-in": RelationStyle("Holds office in", "#4a6d8c", False, True, 0.0, "Office holders"),
    "member-of": RelationStyle("Member of", "#4a6d8c", [2, 4], True, 0.12, "Members"),
    "met-with": RelationStyle("Met with", "#d9822b", False, False, 0.2),
    "signed-with": RelationStyle("Signed with", "#2a9d5c", [10, 5], False, 0.28),
    "leads": RelationStyle("Leads", "#3b2f63", False, True, 0.36, "Led by"),
    "appointed": RelationStyle("Appointed", "#8c5a2b", [6, 3], True, 0.44, "Appointed by"),
    "co-mentioned": RelationStyle("Co-mentioned", "#b8bec7", [2, 6], False, 0.0),
}
UNKNOWN_RELATION = RelationStyle("Related", "#8a8f98", False, False, 0.0)


def actor_style(kind: str) -> KindStyle:
    return ACTOR_STYLES.get(kind, UNKNOWN_KIND)


def relation_style(kind: str) -> RelationStyle:
    return RELATION_STYLES.get(kind, UNKNOWN_RELATION)


def node_size(mentions: int) -> float:
    """Area grows with mentions, but a 200-mention actor must not hide its neighbours."""
    return round(min(10 + 5 * math.sqrt(max(mentions, 0)), 48), 1)


def edge_width(evidence: int) -> float:
    return round(min(1 + 1.6 * math.log2(1 + max(evidence, 0)), 9), 1)


def legend() -> dict[str, list[dict[str, object]]]:
    """Legend entries for the component (plain text labels; the JS builds DOM nodes from them)."""
    return {
        "actors": [{"label": s.label, "color": s.color, "shape": s.shape} for s in ACTOR_STYLES.values()],
        "relations": [{"label": s.label, "color": s.color, "dashes": bool(s.dashes), "arrow": s.arrow}
                      for s in RELATION_STYLES.values()],
    }


def vis_styles() -> dict[str, dict[str, dict[str, object]]]:
    """Per kind, what the component needs to turn a compact row into a vis-network node or edge
    (``views.network_view``); "" is the style of a kind this table does not know."""
    return {
        "actors": {k: {"label": s.label, "color": s.color, "shape": s.shape}
                   for k, s in {**ACTOR_STYLES, "": UNKNOWN_KIND}.items()},
        "relations": {k: {"label": s.label, "color": s.color, "dashes": s.dashes, "arrow": s.arrow,
                          "roundness": s.roundness} for k, s in {**RELATION_STYLES, "": UNKNOWN_RELATION}.items()},
    }
