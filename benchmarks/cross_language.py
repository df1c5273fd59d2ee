"""Cross-language merging and Spanish analysis speed, on a Spanish held-out split and English documents.

    python -m benchmarks.cross_language [--spanish tests/heldout/es_dev] [--english tests/heldout/dev ...]

Merging: each gold official or agency of the Spanish split that the Spanish documents found (matched as the
scorer matches) and that an English document also names (an English actor matching the same gold item,
whose aliases list the English forms) is a pair; the pair is merged when both are one node of the one
corpus built from all the documents. Reports merged/pairs, the pairs left apart, and Spanish documents per CPU second
(warmed: the median of ``--passes`` passes, and the first of them alone, the figure reported before 2026-12-02,
which one full garbage collection of the loaded gazetteer could cut by a third). A pair the scorer's loose name
match makes of two people sharing a surname counts too.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from benchmarks.common import emit
from corpus.export import export
from corpus.pipeline import analyse_document, build_corpus
from documents.load import LoadError, iter_paths, load_path_all
from tests.heldout.score import AGENCY_KINDS, doc_key, org_match, person_match

HERE = Path(__file__).resolve().parent.parent


def _analyse(folders: list[Path]) -> tuple[list, float, int]:
    analyses, cpu, n = [], 0.0, 0
    for path in iter_paths(folders):
        for loaded in load_path_all(path):
            if isinstance(loaded, LoadError):
                continue
            t = time.process_time()
            analyses.append(analyse_document(loaded))
            cpu += time.process_time() - t
            n += 1
    return analyses, cpu, n


def measure(spanish: Path, english: list[Path], passes: int = 5) -> dict:
    _analyse([spanish / "docs"])  # warm: gazetteer, lexicon and the Spanish matchers load on first use
    rates = []
    for _ in range(max(1, passes)):
        es, es_cpu, es_n = _analyse([spanish / "docs"])
        rates.append(es_n / es_cpu if es_cpu else 0.0)
    en, _, _ = _analyse([e / "docs" if (e / "docs").is_dir() else e for e in english])
    data = json.loads(export(build_corpus(es + en), "json"))
    docs = {d["id"]: doc_key(d) for d in data["documents"]}
    es_keys = {doc_key({"source": a.document.source}) for a in es}
    pairs, merged, apart = 0, 0, []
    for gold_path in sorted((spanish / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        for cat, kinds, match in (("officials", {"official"}, person_match), ("agencies", AGENCY_KINDS, org_match)):
            actors = [a for a in data["actors"] if a["kind"] in kinds]
            for item in gold[cat]:
                in_es = [a for a in actors if match(a, item)
                         and any(docs.get(m["document"]) == gold_path.stem for m in a["mentions"])]
                in_en = [a for a in actors if match(a, item)
                         and any(docs.get(m["document"]) not in es_keys for m in a["mentions"])]
                if not in_es or not in_en:
                    continue
                pairs += 1
                if {a["id"] for a in in_es} & {a["id"] for a in in_en}:
                    merged += 1
                else:
                    apart.append(f"{gold_path.stem}: {item['name']} -> {[a['name'] for a in in_es]} / "
                                 f"{[a['name'] for a in in_en]}")
    return {"pairs": pairs, "merged": merged, "merge_rate": round(merged / pairs, 3) if pairs else None,
            "apart": apart, "spanish_docs": es_n, "spanish_cpu_docs_s": round(statistics.median(rates), 1),
            "spanish_cpu_docs_s_first_pass": round(rates[0], 1), "passes": len(rates)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--spanish", type=Path, default=HERE / "tests" / "heldout" / "es_dev")
    parser.add_argument("--english", type=Path, nargs="*",
                        default=[HERE / "tests" / "heldout" / s for s in ("dev", "dev2", "dev3")] + [HERE / "data" / "corpus"])
    parser.add_argument("--passes", type=int, default=5, help="timed passes over the Spanish documents (median)")
    args = parser.parse_args()
    emit(measure(args.spanish, args.english, args.passes))


if __name__ == "__main__":
    main()
