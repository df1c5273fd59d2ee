"""What the network component receives (``views/components/network.js``): one builder for the page
and the browser benchmark, so the benchmark draws exactly what the app sends.

The component is mounted in Streamlit's own document (components v2: a shadow root, no iframe), so it
has no page of its own to carry a ``<meta>`` Content-Security-Policy like the downloads (``views.csp``);
a policy added to Streamlit's page would govern the whole app for the rest of the session. Names and
relations therefore reach the page only as text: vis-network draws labels on its canvas and sets string
tooltips with ``innerText``, and the component writes with ``textContent``
(``tests/e2e/test_network_payloads_e2e.py`` hovers every node and edge of a hostile network)."""
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
