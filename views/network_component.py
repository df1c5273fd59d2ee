"""What the network component receives (``views/components/network.js``): one builder for the page
and the browser benchmark, so the benchmark draws exactly what the app sends."""
from __future__ import annotations

from typing import Any

from views.network_build import vis_options
from views.network_style import legend, vis_styles
from views.network_view import NetworkView
from views.static_paths import VENDOR_URL

LABEL_PX = 13  # labels' height on screen at any zoom (≥ 12 px: readable on a projector)


def component_data(view: NetworkView, *, physics: bool = False, selected: dict | None = None,
                   fit: dict | None = None, group_legend: list[dict[str, object]] | None = None,
                   group_title: str = "") -> dict[str, Any]:
    key = legend()
    if group_legend:
        key = {**key, "actors": group_legend, "actors_title": group_title}
    return {"network": view.to_json(), "styles": vis_styles(), "options": vis_options(physics), "legend": key,
            "vis_url": f"{VENDOR_URL}/vis/vis-network.min.js", "css_url": f"{VENDOR_URL}/vis/vis-network.css",
            "min_height": 320, "max_height": 1100, "label_px": LABEL_PX, "physics": physics,
            "fit": fit or {"key": "all", "ids": None}, "selected": selected}
