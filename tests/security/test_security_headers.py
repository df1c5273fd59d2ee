"""The live app's security headers (ui.security_headers): the policies' text, which responses get which,
the hash of Streamlit's inline script, the ASGI middleware, and that ``streamlit run streamlit_app.py`` serves
through it (ui.asgi). Chromium's side is in tests/e2e/test_security_headers_e2e.py."""
from __future__ import annotations

import asyncio
import concurrent.futures
import runpy

import pytest

from tests.conftest import ROOT
from ui import security_headers as sh

STREAMLIT_INDEX_HASH = "sha256-THxz9J9+wf7rhwR2YkXJoSZ13UCmYyC+3lNDv2+8ugA="  # as Chromium named it for 1.67.0


def _directives(text: str) -> dict[str, list[str]]:
    return {d.split()[0]: d.split()[1:] for d in text.split("; ")}


@pytest.mark.parametrize("policy", [sh.APP, sh.FOLIUM])
def test_no_source_reaches_another_host(policy):
    """Nothing but the app itself; the map frame's images may also be the online tiles the user switches on."""
    d = _directives(sh.policy_text(policy, ["sha256-abc="]))
    if policy is sh.FOLIUM:
        assert d["img-src"].pop() == sh.ONLINE_TILES == "https://tile.openstreetmap.org"
    assert d["default-src"] == ["'none'"] and d["object-src"] == ["'none'"]
    assert d["base-uri"] == d["form-action"] == d["frame-ancestors"] == ["'self'"]
    assert d["connect-src"] == ["'self'"]  # the websocket to the app itself is 'self' (CSP 3)
    allowed = {"'self'", "'none'", "'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", "data:", "blob:",
               "'sha256-abc='"}
    for name, sources in d.items():
        assert set(sources) <= allowed, (name, sources)  # no host, no http:/https:/ws:, no *


def test_the_app_document_runs_only_its_own_scripts():
    d = _directives(sh.policy_text(sh.APP, ["sha256-abc=", "sha256-def="]))
    assert d["script-src"] == ["'self'", "'sha256-abc='", "'sha256-def='", "blob:", "'wasm-unsafe-eval'"]
    assert "'unsafe-inline'" not in d["script-src"] and "'unsafe-eval'" not in d["script-src"]
    assert d["img-src"] == ["'self'", "data:"] and d["font-src"] == ["'self'", "data:"]
    assert d["frame-src"] == ["'self'"]  # streamlit-folium's iframe
    assert sh.policy_text(sh.APP) == sh.policy_text(sh.APP, ())  # no hash: no empty quotes, no double spaces
    assert "''" not in sh.policy_text(sh.APP) and "  " not in sh.policy_text(sh.APP)


def test_only_the_folium_frame_may_run_inline_script_and_eval():
    d = _directives(sh.policy_text(sh.FOLIUM))
    assert d["script-src"] == ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
    assert d["img-src"] == ["'self'", "data:", sh.ONLINE_TILES] and "frame-src" not in d and "font-src" not in d


def test_the_online_tiles_are_the_one_host_the_map_frame_may_show():
    """The host allowed is the one the Map page's online option loads (folium's OpenStreetMap tiles)."""
    import re

    from tests.views.synthetic import synthetic_corpus
    from views.map_build import build_map

    html = build_map(synthetic_corpus(), online_tiles=True).get_root().render()
    tiles = set(re.findall(r"L\.tileLayer\(\s*\"([^\"]+)\"", html))
    assert tiles and all(t.startswith(sh.ONLINE_TILES + "/") for t in tiles), tiles
    assert "tileLayer" not in build_map(synthetic_corpus()).get_root().render()  # off by default


@pytest.mark.parametrize("path, base, policy", [
    ("/", "", sh.APP), ("/map", "", sh.APP), ("/tour", "", sh.APP), ("/_stcore/health", "", sh.APP),
    ("/component/streamlit_folium.st_folium/index.html", "", sh.FOLIUM),
    ("/component/streamlit_folium.st_folium/static/js/main.js", "", sh.FOLIUM),
    ("/atlas/component/streamlit_folium.st_folium/index.html", "atlas", sh.FOLIUM),
    ("/atlas/component/streamlit_folium.st_folium/index.html", "/atlas/", sh.FOLIUM),
    # A look-alike path (Streamlit answers unknown paths with its index.html) keeps the strict policy.
    ("/x/component/streamlit_folium.st_folium/index.html", "", sh.APP),
    ("/component/streamlit_folium.st_folium/index.html", "atlas", sh.APP),
    ("/component/other.component/index.html", "", sh.APP),
])
def test_policy_by_path(path, base, policy):
    assert sh.policy_for(path, base) is policy


def test_inline_script_hashes_follow_the_csp_spec():
    page = ("<html><head><script>alert('Hello, world.');</script><script src='a.js'></script>"
            "<script type=\"module\" crossorigin src=\"./b.js\"></script><SCRIPT>\n x = 1\n</SCRIPT></head></html>")
    hashes = sh.script_hashes(page)
    assert hashes[0] == "sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng="  # the CSP 3 specification's example
    assert len(hashes) == 2  # scripts with src= are 'self', not hashed


def test_the_installed_streamlit_index_has_one_inline_script():
    assert sh.index_script_hashes() == (STREAMLIT_INDEX_HASH,)


def test_headers_for_a_response():
    headers = dict(sh.headers_for("/", "", [STREAMLIT_INDEX_HASH]))
    assert headers[b"content-security-policy"].decode() == sh.policy_text(sh.APP, [STREAMLIT_INDEX_HASH])
    assert headers[b"x-content-type-options"] == b"nosniff" and headers[b"referrer-policy"] == b"no-referrer"


def _run_middleware(scope, headers=()):
    sent = []

    async def inner(scope, receive, send):
        if scope["type"] == "http":
            await send({"type": "http.response.start", "status": 200, "headers": list(headers)})
            await send({"type": "http.response.body", "body": b"ok"})
        else:
            await send({"type": f"{scope['type']}.seen"})

    async def receive():
        return {}

    async def send(message):
        sent.append(message)

    # In its own thread: a test earlier in the session (Playwright's sync API) may leave an event loop running in
    # this one, and asyncio.run refuses to start inside it.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, sh.SecurityHeaders(inner, base="")(scope, receive, send)).result()
    return sent


def test_middleware_adds_the_headers_and_replaces_any_earlier_copy():
    start, body = _run_middleware({"type": "http", "path": "/map"},
                                  [(b"content-type", b"text/html"), (b"X-Content-Type-Options", b"nosniff"),
                                   (b"content-security-policy", b"default-src *")])
    names = [k.lower() for k, _ in start["headers"]]
    assert names.count(b"content-security-policy") == names.count(b"x-content-type-options") == 1
    assert dict(start["headers"])[b"content-security-policy"].decode() == sh.policy_text(sh.APP,
                                                                                          sh.index_script_hashes())
    assert (b"content-type", b"text/html") in start["headers"] and body["body"] == b"ok"
    frame = _run_middleware({"type": "http", "path": "/component/streamlit_folium.st_folium/index.html"})[0]
    assert b"'unsafe-eval'" in dict(frame["headers"])[b"content-security-policy"]


@pytest.mark.parametrize("kind", ["websocket", "lifespan"])
def test_middleware_leaves_websockets_and_the_lifespan_alone(kind):
    assert _run_middleware({"type": kind, "path": "/_stcore/stream"}) == [{"type": f"{kind}.seen"}]


def test_streamlit_run_serves_the_script_through_the_middleware(monkeypatch):
    """``streamlit run`` finds ``app`` by reading the file and imports it as ``streamlit_app`` (not ``__main__``):
    it gets an ``st.App`` of this same script with the headers' middleware, and draws nothing."""
    import streamlit as st
    from streamlit import config
    from streamlit.web.server.app_discovery import discover_asgi_app

    found = discover_asgi_app(ROOT / "streamlit_app.py")
    assert found.is_asgi_app and found.import_string == "streamlit_app:app"
    monkeypatch.setattr(config, "_main_script_path", config._main_script_path)  # st.App may set it
    app = runpy.run_path(str(ROOT / "streamlit_app.py"), run_name="streamlit_app")["app"]
    assert isinstance(app, st.App) and app.script_path.resolve() == (ROOT / "streamlit_app.py").resolve()
    assert [m.cls for m in app._user_middleware] == [sh.SecurityHeaders]


@pytest.mark.parametrize("headless", [True, False])
def test_the_browser_opens_as_with_plain_streamlit_run(monkeypatch, headless):
    import streamlit as st
    from streamlit import cli_util

    import ui.asgi

    opened = []
    monkeypatch.setattr(cli_util, "open_browser", opened.append)
    real = st.get_option
    monkeypatch.setattr(st, "get_option", lambda name: headless if name == "server.headless" else real(name))
    ui.asgi.open_browser()
    assert opened == ([] if headless else [opened[0]])
    if not headless:
        assert opened[0].startswith("http://") and ":" in opened[0][7:]
