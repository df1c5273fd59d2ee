"""Start and stop the real app on a store: one helper for the browser tests and the benchmarks.

``streamlit run`` listens on 127.0.0.1 on a free port; its output goes to ``server.log`` beside the
store (a pipe nobody reads would fill up and stall the server in a long run).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db_path: Path, env_extra: dict[str, str] | None = None,
                 args: Sequence[str] = ()) -> tuple[subprocess.Popen, str]:
    """``streamlit run`` on a store, its output in ``server.log`` beside the store (a pipe nobody
    reads would fill up and stall the server in a long run). ``args`` are more flags (a later flag wins,
    e.g. ``--server.address 0.0.0.0``); the URL returned is always the one on 127.0.0.1."""
    port = _free_port()
    env = {**os.environ, "ATLAS_DB": str(db_path), **(env_extra or {})}
    log = Path(db_path).with_name("server.log").open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "streamlit_app.py"), "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false", *args],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    log.close()  # the child has its own copy
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    proc.wait(10)
    raise RuntimeError("streamlit did not start: " + Path(db_path).with_name("server.log").read_text(errors="replace")[-2000:])


def stop_server(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


@contextmanager
def running_app(db_path: Path, env_extra: dict[str, str] | None = None,
                args: Sequence[str] = ()) -> Iterator[tuple[str, int]]:
    """``streamlit run`` on a store for the block: (its URL, its process id)."""
    proc, url = start_server(db_path, env_extra, args)
    try:
        yield url, proc.pid
    finally:
        stop_server(proc)
