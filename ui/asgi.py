"""What ``streamlit_app.py`` hands Streamlit's ASGI ``st.App``: the security-headers middleware, and a
lifespan that begins the store's preparation (``ui.startup``) and opens the browser at start as plain ``streamlit
run`` does (its ASGI mode does not).

``streamlit run streamlit_app.py`` finds ``app = st.App(...)`` in the file (by reading its source, so the call
must stay written there) and serves it with the same server, routes and ``.streamlit/config.toml`` options
(address, port, upload size, error details, static files) as an app without one.
"""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import streamlit as st
from starlette.middleware import Middleware

from ui.security_headers import SecurityHeaders


def middleware() -> list[Middleware]:
    """The headers of ``ui.security_headers`` on every response, under ``server.baseUrlPath`` too."""
    return [Middleware(SecurityHeaders, base=str(st.get_option("server.baseUrlPath") or ""))]


def browser_address() -> str:
    """The host ``streamlit run`` opens the browser at (Streamlit's own rule: ``browser.serverAddress`` if set,
    else ``server.address`` shown as a browser can use it, else localhost)."""
    from streamlit import config
    from streamlit.web.server import server_util

    if config.is_manually_set("browser.serverAddress"):
        return str(config.get_option("browser.serverAddress"))
    if config.is_manually_set("server.address"):
        return server_util.get_display_address(str(config.get_option("server.address")))
    return "localhost"


def open_browser() -> None:
    """Open the app in the browser unless the server is headless."""
    if st.get_option("server.headless"):
        return
    from streamlit import cli_util
    from streamlit.web.server import server_util

    cli_util.open_browser(server_util.get_url(browser_address()))


@asynccontextmanager
async def lifespan(_app: Any) -> AsyncIterator[None]:
    """Runs once the runtime has started: begins the store's preparation (``ui.startup``) and schedules the
    browser's opening (the socket already listens)."""
    from ui.startup import begin

    begin()
    asyncio.get_running_loop().call_soon(open_browser)
    yield
