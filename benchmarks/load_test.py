"""Many viewers: start the app on a fresh store and drive N concurrent sessions.

Default mode ``protocol``: each session is a ``benchmarks.load_protocol.Viewer`` speaking
Streamlit's websocket protocol, so the response is the server's (message sent → script run
finished, the whole page received) and 20 viewers' browsers do not compete with the server for
this machine's two cores. After one warm-up viewer (not counted), each session, with no pause
between actions: opens the app, then per round goes to the Map, clicks a place, toggles "undated", goes to the Network, clicks an actor,
narrows the year range, opens the Presenter tour, the Documents and the Corpus pages.
``--mode browser`` drives tabs of one headless Chromium instead (benchmarks.load_browser).
Errors are exceptions shown on a page, failed runs and actions without an answer in time.

    python -m benchmarks.load_test --sessions 20 --rounds 3
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.common import emit
from ui.server import running_app

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Tally:
    times: dict[str, list[float]] = field(default_factory=dict)  # action → seconds
    errors: list[str] = field(default_factory=list)
    received: int = 0  # bytes


async def _viewer(url: str, rounds: int, timeout: float, delay: float, seed: int, tally: Tally) -> None:
    from benchmarks.load_protocol import Viewer

    rng = random.Random(seed)
    await asyncio.sleep(delay)
    v = Viewer(url, timeout)

    async def act(name: str, step) -> None:
        try:
            result = await step()
        except Exception as exc:  # a timeout or a dropped connection is an error, not a crash
            tally.errors.append(f"{name}: {type(exc).__name__}: {str(exc)[:120]}")
            return
        tally.times.setdefault(name, []).append(result.seconds)
        tally.received += result.bytes
        if result.exceptions or result.status != "FINISHED_SUCCESSFULLY":
            tally.errors.append(f"{name}: {result.status} {'; '.join(result.exceptions)[:200]}")

    await act("open", v.open)
    try:
        for _ in range(rounds):
            await act("Map", lambda: v.page("Map"))
            places = v.map_places() if "streamlit_folium.st_folium" in v.components else []
            if places:
                place = rng.choice(places)
                await act("click a place", lambda: v.set_component(
                    "streamlit_folium.st_folium", {"last_active_drawing": {"type": "Feature", "properties": {"id": place}},
                                                   "last_object_clicked": {"lat": 0, "lng": 0}}))
            await act("toggle undated", lambda: v.toggle("Include undated documents"))
            await act("Network", lambda: v.page("Network"))
            actors = v.network_actors() if "policy_atlas.network" in v.components else []
            if actors:
                actor = rng.choice(actors)
                await act("click an actor", lambda: v.set_component(
                    "policy_atlas.network", {"selection": {"type": "actor", "id": actor}}))
            if "Year range" in v.labels:
                lo, hi = v.slider_range("Year range")
                a = rng.randint(int(lo), int(hi))
                await act("year range", lambda: v.slide("Year range", [a, rng.randint(a, int(hi))]))
            for page in ("Presenter tour", "Documents", "Corpus"):
                await act(page, lambda page=page: v.page(page))
    finally:
        await v.close()


async def run_protocol(url: str, sessions: int, rounds: int, timeout: float) -> tuple[list[Tally], float]:
    """A warm-up viewer first (a fresh store analyses the shipped corpus once, as when the presenter
    opens the app before the meeting; not counted), then all sessions at once."""
    await _viewer(url, 1, timeout * 3, 0.0, -1, Tally())
    tallies = [Tally() for _ in range(sessions)]
    start = time.monotonic()
    await asyncio.gather(*(_viewer(url, rounds, timeout, i * 0.1, i, t) for i, t in enumerate(tallies)))
    return tallies, time.monotonic() - start


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))] if ordered else float("nan")


def _server_memory(pid: int) -> dict[str, float]:
    """The server's resident memory now and at its peak (Linux /proc), in MB."""
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(("VmRSS:", "VmHWM:")):
                out[line.split(":")[0]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return {"rss_mb": out.get("VmRSS"), "peak_mb": out.get("VmHWM")}


def summarise(tallies: list[Tally], wall: float, sessions: int, rounds: int, mode: str) -> dict[str, Any]:
    by_action: dict[str, list[float]] = {}
    for t in tallies:
        for action, values in t.times.items():
            by_action.setdefault(action, []).extend(values)
    actions = [v for values in by_action.values() for v in values]
    errors = [e for t in tallies for e in t.errors]
    return {"mode": mode, "sessions": sessions, "rounds": rounds, "actions": len(actions), "errors": len(errors),
            "error_examples": errors[:10], "median_s": statistics.median(actions) if actions else None,
            "p95_s": percentile(actions, 95), "max_s": max(actions, default=None), "wall_s": wall,
            "received_mb": sum(t.received for t in tallies) / 1e6,
            "open_p50_s": statistics.median(by_action["open"]) if by_action.get("open") else None,
            "open_max_s": max(by_action.get("open", []), default=None),
            "per_action": {a: {"n": len(v), "p50_s": statistics.median(v), "p95_s": percentile(v, 95)}
                           for a, v in by_action.items()}}


def run(sessions: int, rounds: int, timeout: float, mode: str) -> dict[str, Any]:
    """Start the app on a fresh store (the shipped corpus), drive the sessions, stop the app."""
    with tempfile.TemporaryDirectory() as tmp:
        with running_app(Path(tmp) / "atlas.db", {"STREAMLIT_SERVER_FILE_WATCHER_TYPE": "none"}) as (url, pid):
            if mode == "browser":
                from benchmarks.load_browser import run as run_browser

                asyncio.run(_viewer(url, 1, timeout * 3, 0.0, -1, Tally()))  # the same warm-up
                results, external, wall = asyncio.run(run_browser(url, sessions, rounds, int(timeout * 1000)))
                tallies = []
                for s in results:
                    times: dict[str, list[float]] = {"open": [s.startup]} if s.startup else {}
                    for action, seconds in s.times:
                        times.setdefault(action, []).append(seconds)
                    tallies.append(Tally(times, s.errors))
                summary = summarise(tallies, wall, sessions, rounds, mode)
                summary["external_requests"] = len(external)
            else:
                summary = summarise(*asyncio.run(run_protocol(url, sessions, rounds, timeout)), sessions, rounds, mode)
            summary["server"] = _server_memory(pid)
    summary["met"] = summary["errors"] == 0 and summary["p95_s"] is not None and summary["p95_s"] < 1.0
    return summary


def report(s: dict[str, Any]) -> list[str]:
    """The RESULTS.md section."""
    f = lambda x, d=2: "—" if x is None else f"{x:.{d}f}"  # noqa: E731
    lines = [f"{s['sessions']} concurrent sessions on the shipped corpus, {s['rounds']} rounds each, no pause between "
             f"actions ({s['mode']} mode: {'Streamlit websocket protocol, server response' if s['mode'] == 'protocol' else 'headless Chromium tabs'}"
             f"); server and clients on this machine.", "",
             "| sessions | actions | errors | median | p95 | max | wall | received | server memory (peak) |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
             f"| {s['sessions']} | {s['actions']} | {s['errors']} | {f(s['median_s'])} s | **{f(s['p95_s'])} s** | "
             f"{f(s['max_s'])} s | {f(s['wall_s'], 0)} s | {f(s['received_mb'], 0)} MB | "
             f"{f(s['server'].get('rss_mb'), 0)} MB ({f(s['server'].get('peak_mb'), 0)} MB) |", "",
             "| action | n | p50 | p95 |", "|---|---:|---:|---:|"]
    lines += [f"| {a} | {v['n']} | {f(v['p50_s'])} s | {f(v['p95_s'])} s |" for a, v in s["per_action"].items()]
    lines += ["", f"Target: no errors and p95 < 1 s — **{'met' if s['met'] else 'not met'}**."]
    if s["error_examples"]:
        lines += ["", "Errors (first 10):", *[f"- {e}" for e in s["error_examples"]]]
    return lines + [""]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.load_test", description=__doc__.split("\n", 1)[0])
    ap.add_argument("--sessions", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds an action may take before it counts as an error")
    ap.add_argument("--mode", choices=("protocol", "browser"), default="protocol")
    ap.add_argument("--json", action="store_true", help="print the summary as one JSON line (for benchmarks.run)")
    args = ap.parse_args(argv)
    summary = run(args.sessions, args.rounds, args.timeout, args.mode)
    if args.json:
        emit(summary)
    else:
        print("\n".join(report(summary)))
        print(json.dumps(summary["per_action"], indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
