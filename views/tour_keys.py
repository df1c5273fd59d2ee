"""The tour's keys, heard wherever the presenter clicked last (views/templates/tour_keys.js).

A components-v2 element (mounted in the page, not in an iframe) that listens on the page and
inside the map's frame, so →/←, PageDown/PageUp, space and Home/End always move the tour and
never scroll or pan. Its outputs are triggers: ``go`` (the place id of the stop to show) and
``exit`` (Esc in presentation mode).
"""
from __future__ import annotations

from collections.abc import Sequence

from views.templates import TEMPLATES

KEYS_JS = (TEMPLATES / "tour_keys.js").read_text(encoding="utf-8")


def keys_data(ids: Sequence[str], index: int, present: bool) -> dict[str, object]:
    """What the listener needs to step on its own: the stops in order, where we are, the mode."""
    return {"ids": list(ids), "index": index, "present": present}
