"""Write a corpus of hostile documents: payloads in titles, officials' and agencies' names, places,
sentences and file names, as .txt, .md and .html. Run ``python -m tests.security.hostile_corpus DIR``.

The documents read like real releases (dates, officials, agencies, places), so the extractors put
the payloads where the pages show them: marker popups, network nodes, reader highlights, the tour.
"""
from __future__ import annotations

import html
import sys
from pathlib import Path

import yaml

from tests.security.payloads import LURES, PAYLOADS, Payload

# File names are untrusted too ("/" and NUL are the only bytes a POSIX name cannot hold).
HOSTILE_NAMES = (
    '"><img src=x onerror=window.__pwned=50>.txt',
    "<svg onload=alert(51)>.md",
    "' onfocus='window.__pwned=52' autofocus x='.html",
    "report\u202etxt.exe.txt",
    "{{7*7}} ${alert(54)}.txt",
    "zero\u200bwidth\u200dname.md",
    "A" * 200 + ".txt",
)


def _sentences(p: Payload, i: int) -> list[str]:
    """Sentences that put one payload where officials, agencies and places are found."""
    lure = LURES[i % len(LURES)]
    place = ("Tegucigalpa", "San Pedro Sula", "Guatemala City", "La Ceiba", "Mexico City")[i % 5]
    return [
        f"{lure} met Minister {p.text} in {place} on Tuesday.",
        f"Secretary of State John Kerry met with President {p.text} of Honduras.",
        f"The Ministry of {p.text} signed an agreement with the Department of State in {place}.",
        f"Officials from the {p.text} Agency traveled to {p.text} and to {place}, Honduras.",
        f"Ambassador {p.text} said the United States supports the people of Honduras.",
    ]


def _groups(size: int = 4) -> list[list[tuple[int, Payload]]]:
    items = list(enumerate(PAYLOADS))
    return [items[k:k + size] for k in range(0, len(items), size)]


def _txt(title: str, date: str, body: list[str]) -> bytes:
    return (f"{title}\n\n{date}\n\n" + "\n\n".join(body) + "\n").encode("utf-8")


def _md(title: str, date: str, body: list[str]) -> bytes:
    front = yaml.safe_dump({"title": title, "date": date}, allow_unicode=True)
    return (f"---\n{front}---\n# {title}\n\n" + "\n\n".join(body) + "\n").encode("utf-8")


def _html(title: str, date: str, body: list[str]) -> bytes:
    esc = html.escape
    paras = "\n".join(f"<p>{esc(s)}</p>" for s in body)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{esc(title)}</title>"
            f"<meta property='article:published_time' content='{date}'>"
            f"<script>window.__pwned='loader-kept-script'</script></head>"
            f"<body onload=\"window.__pwned='loader-kept-onload'\"><main><h1>{esc(title)}</h1>{paras}"
            f"<p>Raw markup that the loader must drop: <img src=x onerror=\"window.__pwned=99\"></p>"
            f"</main></body></html>").encode("utf-8")


WRITERS = {".txt": _txt, ".md": _md, ".html": _html}


def hostile_documents() -> list[tuple[str, bytes]]:
    """(file name, bytes) of every hostile document; deterministic."""
    docs: list[tuple[str, bytes]] = []
    suffixes = list(WRITERS)
    for g, group in enumerate(_groups()):
        suffix = suffixes[g % 3]
        first = group[0][1]
        title = f"Hostile release {g}: {first.text} and Honduras"
        body = [s for i, p in group for s in _sentences(p, i)]
        date = f"{2013 + g % 12}-0{1 + g % 9}-1{g % 10}"
        name = HOSTILE_NAMES[g] if g < len(HOSTILE_NAMES) else f"hostile_{g:02d}{suffix}"
        suffix = Path(name).suffix
        # NUL bytes make a file binary (the loader refuses it, tested elsewhere); keep the other controls.
        docs.append((name, WRITERS[suffix](title, date, body).replace(b"\x00", b"")))
    everything = [f"Payload {p.id}: {p.text} was said in Tegucigalpa, Honduras." for p in PAYLOADS]
    docs.append(("all_payloads.txt", _txt("All payloads in one release", "2020-02-02", everything)
                 .replace(b"\x00", b"")))
    return docs


def write_hostile_corpus(folder: str | Path) -> list[Path]:
    """Write the hostile documents into ``folder``; returns their paths."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, data in hostile_documents():
        path = out / name
        path.write_bytes(data)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in write_hostile_corpus(sys.argv[1] if len(sys.argv) > 1 else "hostile_corpus"):
        print(written)
