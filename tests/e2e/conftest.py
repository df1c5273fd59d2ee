"""End-to-end harness: a real Streamlit server on localhost and headless Debian Chromium.

Every request to a host other than localhost is aborted and recorded in ``page.external_requests``;
tests assert that list is empty. Without Chromium the tests skip on a laptop, but fail in CI.
"""
from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Error as PlaywrightError

from ui.server import running_app

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]", "::1"}


def _chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing in CI: .ci/run must install Debian's chromium package")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium); browser tests skipped")
    try:
        import playwright  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("playwright is missing in CI")
        pytest.skip("playwright is not installed")
    return exe


@pytest.fixture(scope="session")
def app_url(tmp_path_factory):
    """A running app on the shipped corpus (fresh store), for the whole test session."""
    _chromium()
    with running_app(tmp_path_factory.mktemp("e2e") / "atlas.db") as (url, _pid):
        yield url


@pytest.fixture(scope="session")
def browser():
    exe = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=exe, headless=True, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        yield b
        b.close()


@contextmanager
def offline_page(browser, width: int = 1400, height: int = 950) -> Iterator:
    """A page whose requests to non-local hosts are aborted and logged in page.external_requests;
    console errors and page errors are logged in page.errors; dialogs in page.dialogs."""
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    pg.external_requests, pg.errors, pg.dialogs = [], [], []

    def route(r):
        host = urlparse(r.request.url).hostname or ""
        if r.request.url.startswith(("data:", "blob:", "about:", "file:")) or host in LOCAL_HOSTS:
            r.continue_()
        else:
            pg.external_requests.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    pg.on("pageerror", lambda e: pg.errors.append(f"pageerror: {e}"))
    pg.on("console", lambda m: pg.errors.append(f"console: {m.text}") if m.type == "error" else None)
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    try:
        yield pg
    finally:
        context.close()


@pytest.fixture
def page(browser):
    """An offline page (see ``offline_page``) at 1400×950."""
    with offline_page(browser) as pg:
        yield pg


def screenshot(pg, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=False)
    return path


def frame_when(pg, selector: str, script: str, seconds: float = 60):
    """The frame ``selector`` holds once ``script`` is true in it, found anew each time: a Streamlit rerun can
    replace a component's frame, and a wait on the old one never ends (fresh-venv runs timed out so, twice)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            frame = pg.wait_for_selector(selector, state="attached", timeout=5_000).content_frame()
            if frame is not None and frame.evaluate(script):
                return frame
        except PlaywrightError:
            pass  # the frame went away while we looked: look again
        pg.wait_for_timeout(300)
    raise AssertionError(f"{selector} never reached {script}")


def in_frames(pg, script: str) -> list:
    """``script``'s result in every frame of ``pg``. Streamlit replaces component frames while it
    re-renders, so a frame may detach between listing and evaluating; such a frame is skipped (its
    console output is still seen by listeners on the page)."""
    results = []
    for frame in pg.frames:
        if frame.is_detached():
            continue
        try:
            results.append(frame.evaluate(script))
        except PlaywrightError as error:
            if "detached" not in str(error) and not frame.is_detached():
                raise
    return results
