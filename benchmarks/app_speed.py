"""The running app with a store of N documents: one viewer's clicks timed end to end, and the server's memory.

A copy of a benchmark store is served by ``streamlit run`` (its rows marked as analysed by the
current code, as ``benchmarks.common.load_corpus`` reads them, so the server loads rather than
re-analyses). One ``benchmarks.load_protocol.Viewer`` opens the app (the corpus load), visits every
page, clicks a place and an actor, and changes the year filter; each action is timed from the
message sent to the whole page received. The server's peak resident memory is read from /proc.

    python -m benchmarks.app_speed STORE.db [--repeat 3]
"""
from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import sqlite3
import statistics
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.common import emit
from benchmarks.load_test import _server_memory
from ui.server import running_app

ROOT = Path(__file__).resolve().parent.parent


async def _visit(url: str, repeat: int, timeout: float) -> dict[str, list[float]]:
    from benchmarks.load_protocol import Viewer

    rng, times = random.Random(3), {}
    v = Viewer(url, timeout)

    async def act(name: str, step) -> None:
        result = await step()
        if result.exceptions or result.status != "FINISHED_SUCCESSFULLY":
            raise RuntimeError(f"{name}: {result.status} {result.exceptions}")
        times.setdefault(name, []).append(result.seconds)

    await act("open (corpus load)", v.open)
    lo, hi = v.slider_range("Year range")
    for _ in range(repeat):
        await act("Map", lambda: v.page("Map"))
        place = rng.choice(v.map_places())
        await act("Map: click a place", lambda: v.set_component(
            "streamlit_folium.st_folium", {"last_active_drawing": {"properties": {"id": place}}, "last_object_clicked": {}}))
        a = rng.randint(int(lo), int(hi) - 1)
        await act("Map: change years", lambda: v.slide("Year range", [a, a + 1]))
        await act("Network", lambda: v.page("Network"))
        actor = rng.choice(v.network_actors())
        await act("Network: click an actor", lambda: v.set_component(
            "policy_atlas.network", {"selection": {"type": "actor", "id": actor}}))
        await act("Network: toggle undated", lambda: v.toggle("Include undated documents"))
        a = rng.randint(int(lo), int(hi) - 1)
        await act("Network: change years", lambda: v.slide("Year range", [a, int(hi)]))
        for page in ("Presenter tour", "Documents", "Corpus"):
            await act(page, lambda page=page: v.page(page))
        await act("Corpus: all years", lambda: v.slide("Year range", [lo, hi]))
    await v.close()
    return times


def measure(store: str, repeat: int, timeout: float = 600.0) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "atlas.db"
        shutil.copy(store, path)
        from corpus.store import analysis_version

        with sqlite3.connect(path) as db:
            n = db.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
            db.execute("UPDATE documents SET analysis_version=?", (analysis_version(),))
        with running_app(path, {"STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none"}) as (url, pid):
            times = asyncio.run(_visit(url, repeat, timeout))
            memory = _server_memory(pid)
    return {"documents": n, "repeat": repeat, "server": memory,
            "actions": {k: {"n": len(v), "p50_s": statistics.median(v), "max_s": max(v)} for k, v in times.items()}}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.app_speed")
    ap.add_argument("store")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    emit(measure(args.store, args.repeat))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
