"""The security headers of every response the live app sends: a Content-Security-Policy, ``nosniff`` and
``no-referrer``. Whatever a document smuggles into a page, the browser then loads nothing from another host
and runs no script the app did not ship.

``streamlit_app.py`` serves Streamlit through ``st.App`` with ``SecurityHeaders`` as middleware, so the
headers are on every response from the first ``index.html`` on. Two policies, chosen by path:

- ``APP``: Streamlit's own document (every page: Corpus, Map, Network, Tour, Documents, Actor) and everything
  else the server sends. The components v2 elements (network, reader, tour keys) are mounted in this document
  (in a shadow root), so this policy is theirs too.
- ``FOLIUM``: the document of streamlit-folium's iframe (``/component/streamlit_folium.st_folium/``), a
  document of its own with its own header, which runs each map's script inline and through ``eval``.

Each relaxed source (anything beyond ``'self'``) says why it is there. No directive names a host, a
scheme that reaches one (``http:``, ``https:``, ``ws:``) or ``*`` (``'self'`` covers the websocket to the app
itself), with one exception the user chooses: the map frame may show OpenStreetMap's tiles, which the Map
page offers as an online option (off by default). The downloaded map and slideshow carry their own policy (``views.csp``), read from disk.
"""
from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from functools import cache
from pathlib import Path
from typing import Any

Policy = tuple[tuple[str, str], ...]

# Shared by both policies: nothing may be fetched unless a directive below allows it, no plugin, no
# <base> pointing elsewhere, no form posting elsewhere, no other site framing the app.
_LOCKED: Policy = (
    ("default-src", "'none'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
    ("frame-ancestors", "'self'"),  # the folium frame sits in the app's own page; nothing else may frame either
)

APP: Policy = (
    # 'sha256-…': the one inline script of Streamlit's index.html (`window.prerenderReady = false`), by its
    # hash, read from the installed file (``index_script_hashes``), so no other inline script runs.
    # blob: components v2 turns each component's JavaScript into a Blob URL and imports it; a blob: URL is
    # made by script already running in this origin, so it admits nothing from outside.
    # 'wasm-unsafe-eval': protobuf.js (long.js) compiles a tiny WebAssembly module for 64-bit arithmetic;
    # it allows WebAssembly only, not eval() or inline script.
    ("script-src", "'self' {index_hashes} blob: 'wasm-unsafe-eval'"),
    # 'unsafe-inline': Streamlit's styling (Emotion) writes <style> elements and style="" attributes. Styles
    # load nothing by themselves: url() inside them is held to img-src and font-src.
    ("style-src", "'self' 'unsafe-inline'"),
    ("img-src", "'self' data:"),  # data: the tab icon (ui.shell.ICON), which Streamlit sends as an SVG data: URL
    ("font-src", "'self' data:"),  # data: a KaTeX font that Streamlit's own stylesheet embeds as a data: URL
    ("connect-src", "'self'"),  # the websocket, uploads, the basemap files (CSP 3: 'self' includes ws:/wss:)
    ("frame-src", "'self'"),  # streamlit-folium's iframe, served by the app
    *_LOCKED,
)

ONLINE_TILES = "https://tile.openstreetmap.org"  # folium's "OpenStreetMap" tiles (views.map_build, online_tiles)

FOLIUM: Policy = (
    # 'unsafe-inline' 'unsafe-eval': streamlit-folium runs the map's script as an inline <script> it writes
    # and the layers added without reloading the map (feature_group_to_add) through eval(). The map's text
    # is escaped by construction (views.templates); what this policy still guarantees is that nothing in
    # this frame reaches another host: every fetch and image below is the app's own (but the tiles).
    ("script-src", "'self' 'unsafe-inline' 'unsafe-eval'"),
    ("style-src", "'self' 'unsafe-inline'"),  # Leaflet positions every pane and mark with style attributes
    # ONLINE_TILES: the Map page's "Online map tiles (OpenStreetMap)" switch, off by default: the one host the
    # user may choose to load from, images only and in this frame only (Streamlit's page may not).
    # data: the blank GIF Leaflet puts in place of a tile it drops while zooming.
    ("img-src", f"'self' data: {ONLINE_TILES}"),
    ("connect-src", "'self'"),  # the basemap, cities and lines GeoJSON under /app/static
    *_LOCKED,
)

FOLIUM_PATH = "/component/streamlit_folium.st_folium/"


def policy_text(policy: Policy, index_hashes: Iterable[str] = ()) -> str:
    """A policy as the header's value; ``index_hashes`` fills the APP policy's inline-script hashes."""
    hashes = " ".join(f"'{h}'" for h in index_hashes)
    return "; ".join(" ".join(f"{name} {value.format(index_hashes=hashes)}".split()) for name, value in policy)


def policy_for(path: str, base: str = "") -> Policy:
    """The policy of the response to ``path``; ``base`` is ``server.baseUrlPath`` (without slashes)."""
    prefix = f"/{base.strip('/')}" if base.strip("/") else ""
    return FOLIUM if path.startswith(prefix + FOLIUM_PATH) else APP


_INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script\s*>", re.I | re.S)


def script_hashes(html: str) -> list[str]:
    """``sha256-…`` of each inline script in ``html``, as CSP matches them (the exact text between the tags)."""
    return ["sha256-" + base64.b64encode(hashlib.sha256(m.group(1).encode()).digest()).decode()
            for m in _INLINE_SCRIPT.finditer(html)]


@cache
def index_script_hashes() -> tuple[str, ...]:
    """The hashes of the inline scripts of the installed Streamlit's ``index.html`` (none if it has none)."""
    import streamlit

    index = Path(streamlit.__file__).parent / "static" / "index.html"
    return tuple(script_hashes(index.read_text(encoding="utf-8"))) if index.is_file() else ()


def headers_for(path: str, base: str = "", index_hashes: Iterable[str] = ()) -> list[tuple[bytes, bytes]]:
    """Every security header of the response to ``path``, as ASGI header pairs."""
    return [(b"content-security-policy", policy_text(policy_for(path, base), index_hashes).encode()),
            (b"x-content-type-options", b"nosniff"),  # a file is only what its Content-Type says
            (b"referrer-policy", b"no-referrer")]  # no link or request tells anyone which page it came from


Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


class SecurityHeaders:
    """Pure ASGI middleware: adds (or replaces) the security headers on every HTTP response; websockets and
    the lifespan pass through untouched. Pure ASGI rather than Starlette's ``BaseHTTPMiddleware``, which
    would buffer every response (and media ranges) through a task."""

    def __init__(self, app: ASGIApp, base: str = "") -> None:
        self.app, self.base = app, base
        self.index_hashes = index_script_hashes()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = headers_for(scope["path"], self.base, self.index_hashes)
        names = {name for name, _ in extra}

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                kept = [(k, v) for k, v in message.get("headers", []) if k.lower() not in names]
                message["headers"] = kept + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)
