"""Hand rules (documents.formats.read_html) against trafilatura on the saved HTML pages of tests/heldout.

For each way of reading a page: the publication date it finds against the gold date, and the
extraction figures of the whole analysis on those pages alone (places, officials, agencies F1, year
accuracy) with tests/heldout/score.py. The shipped corpus (data/corpus) has no HTML page.

    python -m benchmarks.html_extractors [--show]
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from documents import formats

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "tests" / "heldout"
_hand = formats.read_html


def _trafilatura(raw: str) -> dict:
    import trafilatura

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=True)
    return doc.as_dict() if doc is not None else {}


def trafilatura_all(raw: str) -> tuple[str, dict[str, str]]:
    """trafilatura's main text and its metadata (title, date through htmldate, author, site)."""
    d = _trafilatura(raw)
    if not (d.get("text") or "").strip():
        raise formats.LoadError("HTML page has no body text")
    meta = {k: str(d[src]) for k, src in (("title", "title"), ("date", "date"), ("author", "author"),
                                          ("site_name", "sitename"), ("url", "url")) if d.get(src)}
    return d["text"], meta


def hand_text_trafilatura_meta(raw: str) -> tuple[str, dict[str, str]]:
    text, meta = _hand(raw)
    _, tmeta = trafilatura_all(raw)
    return text, {**meta, **tmeta}


def trafilatura_text_hand_meta(raw: str) -> tuple[str, dict[str, str]]:
    _, meta = _hand(raw)
    return trafilatura_all(raw)[0], meta


READERS: dict[str, Callable[[str], tuple[str, dict[str, str]]]] = {
    "hand rules": _hand, "trafilatura": trafilatura_all,
    "hand text + trafilatura metadata": hand_text_trafilatura_meta,
    "trafilatura text + hand metadata": trafilatura_text_hand_meta,
}


def pages() -> list[tuple[Path, dict]]:
    out = []
    for doc in sorted(HELDOUT.glob("*/docs/*.htm*")):
        gold = json.loads((doc.parent.parent / "gold" / f"{doc.stem}.json").read_text())
        out.append((doc, gold))
    return out


def evaluate(name: str, reader, show: bool = False) -> dict:
    from corpus.export import export
    from corpus.pipeline import analyse_document, build_corpus
    from documents.load import load_bytes
    from tests.heldout.score import score

    formats.read_html = reader
    try:
        analyses, dates_ok, seconds = [], 0, 0.0
        for doc, gold in pages():
            t0 = time.perf_counter()
            loaded = load_bytes(doc.name, doc.read_bytes())
            seconds += time.perf_counter() - t0
            dates_ok += loaded.metadata.get("date", "")[:10] == gold["date"]
            analysis = analyse_document(loaded)
            analyses.append(analysis)
            if show:
                print(f"  {doc.name}: title {analysis.document.title!r}; meta date {loaded.metadata.get('date')!r} "
                      f"(gold {gold['date']}); {len(loaded.text)} chars")
        data = json.loads(export(build_corpus(analyses), "json"))
    finally:
        formats.read_html = _hand
    with tempfile.TemporaryDirectory() as gold_dir:
        for doc, gold in pages():
            (Path(gold_dir) / f"{doc.stem}.json").write_text(json.dumps(gold))
        result = score(data, gold_dir)
    return {"reader": name, "pages": len(pages()), "metadata date right": dates_ok,
            "places F1": result["places"]["f1"], "officials F1": result["officials"]["f1"],
            "agencies F1": result["agencies"]["f1"],
            "tp/fp/fn (places, officials, agencies)": [[result[k][x] for x in ("tp", "fp", "fn")]
                                                       for k in ("places", "officials", "agencies")],
            "year accuracy": result["year_accuracy"],
            "read ms/page": round(1000 * seconds / len(pages()), 1)}


def main() -> None:
    show = "--show" in sys.argv
    for name, reader in READERS.items():
        if show:
            print(name)
        print(json.dumps(evaluate(name, reader, show)))


if __name__ == "__main__":
    main()
