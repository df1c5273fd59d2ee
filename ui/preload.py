"""What the browser fetches and compiles for the other pages while a viewer reads the first one.

A page's first visit used to wait for code a later visit finds ready: Streamlit's front end imports an
element's code (its select box, a component's frame, HTML in Markdown…) only when the element first
appears, and the map's frame loads Leaflet and its plugins from the app, compiling each one. Once
the first page is drawn and the browser is idle, ``views/components/preload.js`` imports those
Streamlit modules into the page (its module map then answers the page's own import at once) and links
their style sheets (the data grid's), runs
the map frame's scripts twice in a hidden frame (Chromium keeps a script's compiled code from its
second run out of the HTTP cache, and the map's frame then uses it), fetches the map's styles and
basemap data into the HTTP cache, and loads vis-network for the Network page.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import streamlit as st

from ui.assets import STAMP
from views.components import assets
from views.static_paths import APP_MAP_CSS, APP_MAP_DATA, APP_MAP_JS, VENDOR_URL

STREAMLIT_JS = Path(st.__file__).parent / "static" / "static" / "js"  # served at /static/js
# Streamlit's front-end modules (file name before its hash) for elements the Map, Presenter tour and
# Network pages draw and the Corpus page does not; the files' own imports bring the rest.
ELEMENTS = ("Selectbox", "ComponentInstance", "rehype-raw", "Button", "Multiselect", "TextInput", "Radio",
            "NumberInput", "Html", "purify.es", "Spinner", "DataFrame")  # the Documents and Network pages' grid


@lru_cache(maxsize=1)
def streamlit_modules(elements: tuple[str, ...] = ELEMENTS) -> tuple[str, ...]:
    """The file names of those modules in the installed Streamlit ("Selectbox.7rsxE6LC.js"); a name this
    Streamlit does not have is left out (that element's code then loads on its page, as before)."""
    found = []
    for name in elements:
        found += sorted(p.name for p in STREAMLIT_JS.glob(f"{name}.*.js") if p.name.count(".") == name.count(".") + 2)
    return tuple(found)


STREAMLIT_CSS = STREAMLIT_JS.parent / "css"  # served at /static/css


@lru_cache(maxsize=1)
def streamlit_styles(elements: tuple[str, ...] = ELEMENTS) -> tuple[str, ...]:
    """The style sheets of those modules that have their own ("DataFrame.DUkanX9_.css")."""
    return tuple(sorted(p.name for name in elements for p in STREAMLIT_CSS.glob(f"{name}.*.css")
                        if p.name.count(".") == name.count(".") + 2))


def preload_data() -> dict[str, Any]:
    """What ``preload.js`` loads; the map's files only once the static files are written (``ui.assets``),
    so a first start's early idle moment never caches a missing file."""
    frame = STAMP.exists()
    return {"vis_url": f"{VENDOR_URL}/vis/vis-network.min.js", "modules": list(streamlit_modules()),
            "styles": list(streamlit_styles()),
            "frame_scripts": list(APP_MAP_JS) if frame else [], "fetch": [*APP_MAP_CSS, *APP_MAP_DATA] if frame else []}


def preload_scripts() -> None:
    """Mount the preloader (it takes no room on the page and does its work once per page load)."""
    preload = st.components.v2.component("policy_atlas.preload", **assets("preload"))
    preload(key="atlas_preload", data=preload_data())
