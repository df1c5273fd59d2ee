"""GeoVirus: how many gold toponyms the place finder finds, and how close it puts them.

usage: python -m benchmarks.geovirus_eval [PATH/geovirus.jsonl] [--limit N]
Reports recall (gold toponyms overlapped by a predicted mention), Accuracy@161 km and AUC of the
found ones, and "precision-ish": the share of predicted mentions that overlap a gold toponym
(GeoVirus does not annotate every place, so this understates true precision).
"""
from __future__ import annotations

import argparse
import json
import math
import time
from pathlib import Path

from geo.finder import find_places
from geo.gazetteer import km
from model import Document, Excerpt
from model.nlp import tokenize

DEFAULT = Path("/work/shared/benchmarks/geovirus/geovirus.jsonl")


def document(row: dict) -> tuple[Document, object]:
    tokens = tokenize(row["text"])
    ex = tuple(Excerpt(f"{row['id']}:{i}", row["id"], s.start_char, s.end_char, s.text) for i, s in enumerate(tokens.sents))
    return Document(row["id"], row["id"], row["id"], row["text"], excerpts=ex), tokens


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=0)
    args = ap.parse_args()
    rows = [json.loads(line) for line in open(args.path, encoding="utf-8")]
    rows = rows[: args.limit] if args.limit else rows
    gold_n = found = within = pred_n = pred_hit = 0
    auc = []
    t = time.perf_counter()
    words = 0
    for row in rows:
        doc, tokens = document(row)
        words += len(tokens)
        mentions = [(m, p) for p in find_places(doc, tokens) for m in p.mentions]
        pred_n += len(mentions)
        golds = row["toponyms"]
        pred_hit += sum(any(m.start < g["end"] and g["start"] < m.end for g in golds) for m, _ in mentions)
        for g in golds:
            gold_n += 1
            match = next((p for m, p in mentions if m.start < g["end"] and g["start"] < m.end), None)
            if match is None:
                continue
            found += 1
            err = km(match.lat, match.lon, g["lat"], g["lon"])
            within += err <= 161
            auc.append(math.log(err + 1) / math.log(20039))
    secs = time.perf_counter() - t
    print(f"documents {len(rows)}  gold toponyms {gold_n}  predicted mentions {pred_n}")
    print(f"recall {found / gold_n:.3f}  Acc@161 of found {within / max(found, 1):.3f}  "
          f"AUC of found {sum(auc) / max(len(auc), 1):.3f}  end-to-end Acc@161 {within / gold_n:.3f}")
    print(f"precision-ish (predicted mentions on a gold toponym) {pred_hit / max(pred_n, 1):.3f}")
    print(f"{words / secs:,.0f} tokens/s over {secs:.1f} s (gazetteer already loaded after the first document)")


if __name__ == "__main__":
    main()
