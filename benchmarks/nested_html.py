"""How long loading takes on hostile HTML shapes of about 5 MB: deep nesting, many siblings, one long line.

usage: python -m benchmarks.nested_html   (prints JSON: seconds per shape, read or refused)
"""
from __future__ import annotations

import json
import time

from documents.load import LoadError, load_bytes

SHAPES = {
    "100k nested divs": lambda: "<div>" * 100_000 + "x" + "</div>" * 100_000,
    "1k nested divs": lambda: "<div>" * 1_000 + "The Minister met the Secretary." + "</div>" * 1_000,
    "200k sibling paragraphs": lambda: "<p>The Minister met the Secretary in Tegucigalpa.</p>" * 100_000,
    "unclosed tags": lambda: "<span><b><i>" * 300_000,
}


def main() -> None:
    out = {}
    for name, make in SHAPES.items():
        raw = make().encode()
        start = time.perf_counter()
        try:
            load_bytes("page.html", raw)
            result = "read"
        except LoadError as exc:
            result = f"refused: {str(exc)[:80]}"
        out[name] = {"mb": round(len(raw) / 2**20, 1), "seconds": round(time.perf_counter() - start, 2), "result": result}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
