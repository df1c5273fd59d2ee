"""RESULTS.md from the suite's results: the machine, a table per measurement, and each target met or missed."""
from __future__ import annotations

from pathlib import Path
from typing import Any

FINDINGS = Path(__file__).resolve().parent / "FINDINGS.md"  # hand-written profiles and before/after, appended


def _f(x: Any, digits: int = 0, unit: str = "") -> str:
    if not isinstance(x, (int, float)):
        return "—"
    return f"{x:,.{digits}f}{unit}"


def _ok(value: Any, limit: float, more_is_better: bool = False) -> str:
    if not isinstance(value, (int, float)):
        return "not measured (see Findings)"
    good = value >= limit if more_is_better else value <= limit
    return "**met**" if good else "**missed**"


def _err(d: dict) -> str:
    return f"\n> error: `{d['error'][:400]}`\n" if isinstance(d, dict) and "error" in d else ""


def write_report(r: dict[str, Any], path: Path) -> None:
    m = r["machine"]
    single, pool, peer, geo = r.get("single", {}), r.get("pool", {}), r.get("peer", {}), r.get("geocoder", {})
    lines = ["# Benchmark results", "",
             "Written by `python -m benchmarks.run` — do not edit by hand (findings: FINDINGS.md, appended below).", "",
             f"- Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gb']} GB RAM, Python {m['python']}",
             f"- Date: {m['date']} · commit {m['commit']}",
             f"- Load average (1/5/15 min) before: {m.get('load')}, after: {m.get('load_after')}"
             + (f" · note: {r['note']}" if r.get("note") else ""),
             f"- Timings are medians of {r['repeat']} runs (throughput: of ≥3 runs over {r['sample']} generated "
             "documents); generated corpora come from `benchmarks/generate.py` (seeded).", "",
             "## Analysis throughput", "",
             "| measurement | documents/s | words/s | peak memory |", "|---|---:|---:|---:|",
             f"| one process (load + analyse) | {_f(single.get('docs_s'), 1)} | {_f(single.get('words_s'))} | "
             f"{_f(single.get('maxrss_mb'), 0, ' MB')} |",
             f"| one process, per CPU-second (process time: one core's rate on a shared machine) | "
             f"{_f(single.get('cpu_docs_s'), 1)} | {_f(single.get('cpu_words_s'))} | — |",
             f"| all cores ({pool.get('procs', '?')} processes, multiprocessing) | {_f(pool.get('docs_s'), 1)} | "
             f"{_f(pool.get('words_s'))} | — |"]
    for n, s in r.get("stores", {}).items():
        if s.get("docs_s"):
            lines.append(f"| Dask ingest of {int(n):,} documents ({s.get('workers')} workers, store writes included) | "
                         f"{_f(s['docs_s'], 1)} | — | client {_f(s.get('client_maxrss_mb'), 0, ' MB')} |")
    lines += [_err(single) + _err(pool), ""]
    if peer.get("available"):
        lines += [f"Side by side in one run, same {peer['n']} loaded texts, alternating: ours "
                  f"{_f(peer['ours']['docs_s'], 1)} documents/s ({_f(peer['ours']['words_s'])} words/s); "
                  f"{peer['model']} ({', '.join(peer['pipes'])}) {_f(peer['peer']['docs_s'], 1)} documents/s "
                  f"({_f(peer['peer']['words_s'])} words/s). **Ratio: {peer['ratio']:.1f}×** (median of per-run ratios).", ""]
    else:
        lines += [f"spaCy small model: not measured ({peer.get('reason') or peer.get('error', 'not run')}).", ""]
    lines += ["## Offline geocoder", "",
              f"{_f(geo.get('cold_per_s'))} lookups/s cold (new geocoder, {geo.get('queries')} distinct queries, "
              f"{geo.get('found')} found), {_f(geo.get('warm_per_s'))} lookups/s from its cache.{_err(geo)}", "",
              "## Year-filter change → ready map and network (server side)", "",
              "Per N: the corpus load (Store.corpus, once per store revision, cached by the app), the network "
              "layout (once per corpus, stored), then each filter change: filter_corpus + build_map and its HTML "
              "+ network_view and its JSON (at most 2,000 actors and 4,000 relations drawn; the 'actors' column "
              "counts those drawn). Bytes are what the browser receives.", "",
              "| N | load | layout | filter | documents | place marks / mentions | actors | filter | map | network | **total** | map HTML | network JSON |",
              "|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n, v in r.get("views", {}).items():
        if "error" in v:
            lines.append(f"| {n} | error: {v['error'][:200]} |")
            continue
        for i, f in enumerate(v["filters"]):
            lead = f"| {int(n):,} | {_f(v['load_s'], 1, ' s')} | {_f(v['layout_s'], 1, ' s')} " if i == 0 else "| | | "
            lines.append(lead + f"| {f['filter']} | {f['documents']:,} | {f['place_marks']:,} / {f['place_mentions']:,} | "
                         f"{f['actors']:,} | {_f(f['filter_s'] * 1000, 0, ' ms')} | {_f(f['map_s'] * 1000, 0, ' ms')} | "
                         f"{_f(f['network_s'] * 1000, 0, ' ms')} | **{_f(f['total_s'] * 1000, 0, ' ms')}** | "
                         f"{_f(f['map_bytes'] / 1e3, 0, ' KB')} | {_f(f['network_bytes'] / 1e3, 0, ' KB')} |")
    lines += ["", "## App memory", "", "| N | stale rows re-analysed | corpus load | after load | peak (load + layout + map + network) |",
              "|---:|---:|---:|---:|---:|"]
    for n, v in r.get("memory", {}).items():
        lines.append(f"| {int(n):,} | {v.get('stale_rows', '—')} | {_f(v.get('load_s'), 1, ' s')} | "
                     f"{_f(v.get('after_load_mb'), 0, ' MB')} | {_f(v.get('maxrss_mb'), 0, ' MB')} |" if "error" not in v
                     else f"| {n} | error: {v['error'][:200]} |")
    apps = r.get("app", {})
    if apps:
        ok = {n: v for n, v in apps.items() if "actions" in v}
        names = list(dict.fromkeys(a for v in ok.values() for a in v["actions"]))
        lines += ["", "## The running app (one viewer, every page)", "",
                  "`streamlit run` on a copy of each store; one viewer speaking Streamlit's websocket protocol "
                  "(benchmarks.app_speed) opens the app, visits every page, clicks a place and an actor and changes "
                  "the years, twice. Each cell: median (slowest) from the message sent to the whole page received. "
                  "The first open loads the corpus and the first Network visit lays the graph out (then stored); "
                  "the second round shows the steady state.", "",
                  "| action | " + " | ".join(f"{int(n):,} documents" for n in ok) + " |",
                  "|---|" + "---:|" * len(ok)]
        for a in names:
            cells = [(f"{_f(v['actions'][a]['p50_s'], 2, ' s')} ({_f(v['actions'][a]['max_s'], 2, ' s')})"
                      if a in v["actions"] else "—") for v in ok.values()]
            lines.append(f"| {a} | " + " | ".join(cells) + " |")
        lines.append("| server memory, peak | " + " | ".join(_f(v["server"].get("peak_mb"), 0, " MB") for v in ok.values())
                     + " |")
        lines += [_err(v) for v in apps.values() if "error" in v]
    load = r.get("load")
    if load:
        from benchmarks.load_test import report as load_report

        lines += ["", "## Many viewers (load test)", "", "`python -m benchmarks.load_test --sessions 20 --rounds 3`. "]
        lines += load_report(load) if "error" not in load else [_err(load)]
    b = r.get("browser", {})
    lines += ["", "## Headless Chromium", ""]
    if b.get("available"):
        mc, md, nw = b["map_corpus"], b["map_distinct"], b["network"]
        lines += [f"Chromium {b.get('chromium')}, software rendering, pages from a local http.server (Streamlit's own "
                  f"boot, ~2 s, excluded). Corpus of {r.get('browser_size', 0):,} documents.", "",
                  "| scene | marks | sent | Python build | drawn in browser |", "|---|---:|---:|---:|---:|",
                  f"| map, {mc['documents']:,} documents, {mc['mentions']:,} place mentions ({mc['places']} places) | "
                  f"{mc['marks_in_dom']} in DOM | {_f(mc['html_bytes'] / 1e6, 2, ' MB')} | {_f(mc['build_s'], 2, ' s')} | "
                  f"**{_f(mc['drawn_s'], 2, ' s')}** |",
                  f"| map, worst case: 10,000 distinct places, one mention each | {md['marks_in_dom']} in DOM "
                  f"(clustered) | {_f(md['html_bytes'] / 1e6, 2, ' MB')} | {_f(md['build_s'], 2, ' s')} | "
                  f"**{_f(md['drawn_s'], 2, ' s')}** |",
                  *[f"| network{label}, {v['nodes']:,} actors, {v['edges']:,} relations drawn (of {v.get('actors', v['nodes']):,} and "
                    f"{v.get('relations', v['edges']):,}; positions precomputed in {_f(nw.get('layout_s'), 1, ' s')}, physics off) | — | "
                    f"{_f(v['data_bytes'] / 1e6, 2, ' MB')} | {_f(v['data_s'], 2, ' s')} | **{_f(v['drawn_s'], 2, ' s')}**; "
                    f"first click answered {_f(v['click_s'] * 1000, 0, ' ms')} later (usable at {_f(v['usable_s'], 2, ' s')}) |"
                    for label, v in ((" (the page's view)", nw),
                                     (", every relation among the drawn actors", b.get("network_all_relations")))
                    if v and "drawn_s" in v], ""]
    else:
        lines += [f"Not measured: {b.get('reason') or b.get('error', 'not run')}", ""]
    lines += start_section(r.get("start"))
    lines += _targets(r)
    text = "\n".join(lines) + "\n"
    if FINDINGS.exists():
        text += "\n" + FINDINGS.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")


def _spread(v: dict[str, Any] | None, digits: int = 2, unit: str = " s") -> str:
    """ "median (min–max)" of a ``benchmarks.start_speed`` spread."""
    if not v:
        return "—"
    return f"{_f(v['median'], digits, unit)} ({_f(v['min'], digits)}–{_f(v['max'], digits)})"


def start_section(s: dict[str, Any] | None) -> list[str]:
    """Starts and page visits as a viewer sees them in Chromium (``benchmarks.start_speed``)."""
    lines = ["## Start and first visits (Chromium)", ""]
    if not s or "summary" not in s:
        return lines + [f"Not measured: {(s or {}).get('error', 'not run')}", ""]
    m, where = s["summary"], s.get("machine", {})
    lines += [f"Measured {where.get('date')} at commit {where.get('commit')} on {where.get('cpu')}, {where.get('cores')} "
              "cores (its own run: the sections above may come from another day or machine).", "",
              "`python -m benchmarks.start_speed --repeat 3`: `streamlit run` to the Corpus page with its table drawn "
              "and the script idle, in an open Chromium (cold: empty store and caches, no static files or bytecode, a new "
              "browser profile; warm: the next start, in the same profile, as a viewer's own browser; warm_new_profile: "
              "the same start in a profile that never saw the app). CPU = CPU seconds of the server's process tree up to that moment (load does not "
              "inflate it); memory = peak resident set of that tree. Median (min–max) of the runs; the 1-minute load "
              "average before each start is given, since wall times grow with it.", ""]
    starts = [k for k in ("cold", "warm", "warm_new_profile") if f"{k}_first_usable_page_s" in m]
    if starts:
        lines += ["| start | first usable page | server CPU | Chromium CPU | peak memory | load before |",
                  "|---|---:|---:|---:|---:|---:|"]
    for kind in starts:
        lines.append(f"| {kind} | {_spread(m.get(f'{kind}_first_usable_page_s'))} | {_spread(m.get(f'{kind}_server_cpu_s'))} | "
                     f"{_spread(m.get(f'{kind}_browser_cpu_s'))} | {_spread(m.get(f'{kind}_peak_tree_mb'), 0, ' MB')} | "
                     f"{_spread(m.get(f'{kind}_load_1min'), 1, '')} |")
    big = s.get("store_runs") or []
    visits = [("shipped corpus (warm start)", {k: [r["warm"]["visits"][k] for r in s["runs"]] for k in m["page_first_visit_s"]})
              ] if s.get("runs") else []
    if big:
        visits.append((f"{big[0].get('documents', 0):,} documents", {k: [b["visits"][k] for b in big] for k in big[0]["visits"]}))
    lines += ["", "Page visits: a click in the sidebar to the page's own element drawn and the script idle (\"Actor (one "
              "chosen)\": picking the first actor on the Actor page); first visit in the server process, then a later "
              "one. Seconds, with the server's CPU seconds in brackets (median over the runs).", "",
              "| page | " + " | ".join(f"{label}: first | later" for label, _ in visits) + " |",
              "|---|" + "---:|---:|" * len(visits)]
    for page in (visits[0][1] if visits else {}):
        cells = []
        for _, by_page in visits:
            runs = by_page.get(page, [])
            for i in (0, 1):
                wall = [r[i]["s"] for r in runs if len(r) > i]
                cpu = [r[i]["server_cpu_s"] for r in runs if len(r) > i]
                cells.append(f"{_f(_median(wall), 2, ' s')} ({_f(_median(cpu), 2)})" if wall else "—")
        lines.append(f"| {page} | " + " | ".join(cells) + " |")
    corrected = [b["after_correction"] for b in big if b.get("after_correction")]
    if corrected:
        lines += ["", f"After a correction at {big[0].get('documents', 0):,} documents (two officials merged, stored as the "
                  "Network page stores it), the next visits: the Map (the first script run that sees the correction) "
                  "and the Network. Median (min–max) seconds, server CPU seconds in brackets (median).", "",
                  "| visit after the correction | seconds | server CPU |", "|---|---:|---:|"]
        for name in corrected[0]:
            wall = [c[name]["s"] for c in corrected]
            lines.append(f"| {name} | {_f(_median(wall), 2, ' s')} ({_f(min(wall), 2)}–{_f(max(wall), 2)}) | "
                         f"{_f(_median([c[name]['server_cpu_s'] for c in corrected]), 2)} |")
    for b in big:
        lines.append(f"\n{b.get('documents', 0):,}-document store: first usable page {_f(b.get('first_usable_page_s'), 2, ' s')} "
                     f"(server CPU {_f(b.get('server_cpu_s'), 2, ' s')}, peak {_f(b.get('peak_tree_mb'), 0, ' MB')}, "
                     f"load {b.get('load_1min')}).")
    return lines + [""]


def _median(values: list[float]) -> float | None:
    import statistics

    return statistics.median(values) if values else None


def _targets(r: dict[str, Any]) -> list[str]:
    single, peer, views, mem, b = r.get("single", {}), r.get("peer", {}), r.get("views", {}), r.get("memory", {}), r.get("browser", {})

    def worst(n: int) -> float | None:
        v = views.get(str(n), {})
        return max((f["total_s"] for f in v.get("filters", [])), default=None)

    rows = ["## Targets", "", "| target | measured | |", "|---|---:|---|",
            f"| analysis ≥ 100 documents/s, one process (wall) | {_f(single.get('docs_s'), 1)} | {_ok(single.get('docs_s'), 100, True)} |",
            f"| analysis ≥ 100 documents/s, one core (CPU time) | {_f(single.get('cpu_docs_s'), 1)} | "
            f"{_ok(single.get('cpu_docs_s'), 100, True)} |",
            f"| ≥ 10× spaCy small pipeline (same run) | {_f(peer.get('ratio'), 1, '×')} | {_ok(peer.get('ratio'), 10, True)} |"]
    for n, limit in ((1000, 0.1), (10000, 0.5)):
        w = worst(n)
        rows.append(f"| filter → map + network ≤ {int(limit * 1000)} ms at {n:,} (slowest filter) | "
                    f"{_f(w * 1000 if w is not None else None, 0, ' ms')} | {_ok(w, limit)} |")
    mc, nw = b.get("map_corpus", {}), b.get("network", {})
    rows += [f"| map with ~10,000 place mentions drawn ≤ 1.5 s | {_f(mc.get('drawn_s'), 2, ' s')} | {_ok(mc.get('drawn_s'), 1.5)} |",
             f"| network with 2,000 actors drawn and usable ≤ 2 s | {_f(nw.get('usable_s'), 2, ' s')} "
             f"({nw.get('nodes', '?')} actors) | {_ok(nw.get('usable_s'), 2.0)} |"]
    m10 = mem.get("10000", {}).get("maxrss_mb")
    served = r.get("app", {}).get("10000", {}).get("server", {}).get("peak_mb")
    worst_mem = max((m for m in (m10, served) if isinstance(m, (int, float))), default=None)
    rows.append(f"| app with 10,000 documents < 1 GB | {_f(worst_mem, 0, ' MB')} (running server {_f(served, 0, ' MB')}, "
                f"builders alone {_f(m10, 0, ' MB')}) | {_ok(worst_mem, 1024)} |")
    starts = (r.get("start") or {}).get("summary", {})
    cold, warm, peak = (starts.get(k, {}).get("median") for k in ("cold_first_usable_page_s", "warm_first_usable_page_s",
                                                              "cold_peak_tree_mb"))
    rows += [f"| cold start to the first usable page ≤ 5 s (median) | {_f(cold, 2, ' s')} | {_ok(cold, 5.0)} |",
             f"| later start ≤ 3 s (median) | {_f(warm, 2, ' s')} | {_ok(warm, 3.0)} |",
             f"| peak memory of a cold start ≤ 400 MB | {_f(peak, 0, ' MB')} | {_ok(peak, 400)} |"]
    load = r.get("load", {})
    rows.append(f"| 20 concurrent viewers: no errors, p95 < 1 s | {load.get('errors', '—')} errors, p95 "
                f"{_f(load.get('p95_s'), 2, ' s')} | {'**met**' if load.get('met') else '**missed**' if load else 'not measured'} |")
    return rows + [""]
