"""Analyst corrections as people read them: one line each, for the command line and the corrections panel."""
from __future__ import annotations

from typing import Any

from model import Correction


def describe(correction: Correction | tuple[str, str, dict[str, Any]]) -> str:
    """"actor rename official:x → Ana Ortiz", "place relocate geonames:1 → Choloma (14.5, -87.9)"… (plain
    text: callers show it through elements that do not interpret HTML or Markdown)."""
    if isinstance(correction, Correction):
        target, action, data = correction.target, correction.action, correction.data
    else:
        target, action, data = correction
    if action == "merge":
        what = f"{', '.join(data['ids'])} → {data['into']}"
    elif action == "rename":
        what = f"{data['id']} → {data['name']}"
    elif action == "split":
        what = f"{data['id']}: alias {data['alias']} becomes its own actor"
    elif action == "kind":
        what = f"{data['id']} → {data['kind']}"
    elif action == "relocate":
        c = data["candidate"]
        what = f"{data['place']} → {c['name']} ({c['lat']:.4g}, {c['lon']:.4g})"
    else:
        what = str(data.get("id") or data.get("place") or "")
    return f"{target} {action} {what}"
