#!/usr/bin/env python3
"""Validate the held-out gold files against their documents (stdlib only).

usage: python tests/heldout/check_gold.py [SPLIT_DIR ...] [--coverage]

Checks, per gold file: valid JSON with the scorer's schema; the document exists and every
document has a gold file; years within 2013-2025 (an empty list only when no date is printed)
and consistent with the date; coordinates in range (and a warning when a point lies outside
the Americas); tolerances sane; agency kinds known to score.py; no duplicate names; and,
above all, that every gold name (places, officials, agencies, not_places) actually occurs in
the document text. A gold name that is not in the text cannot be found by any extractor, so
it would silently cap recall.

--coverage also lists capitalised phrases of each document that no gold name, alias or
not_place covers: a review aid for spotting missed entities, not an error.
"""
from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
AGENCY_KINDS = {"agency", "organization", "organisation", "org", "ngo", "criminal", "criminal group",
                "international", "company", "court", "ministry", "group", "institution"}
AMERICAS = (-60.0, 75.0, -170.0, -30.0)  # lat_min, lat_max, lon_min, lon_max


class _Visible(HTMLParser):
    """Collect the visible text of an HTML page (drops script/style)."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def doc_text(path: Path) -> str:
    if path.suffix.lower() == ".pdf":
        from pypdf import PdfReader  # lazy: only needed for PDF documents
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        p = _Visible()
        p.feed(raw)
        return html.unescape(" ".join(p.parts))
    return raw


def squash(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split()).lower()


def norm(s: str) -> str:
    """Same normalisation as shared/tools/score.py, for duplicate detection."""
    s = unicodedata.normalize("NFKD", s or "").encode("ascii", "ignore").decode()
    s = s.lower().replace("&", " and ")
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    s = re.sub(r"^(the|u s|us|united states) ", "", " ".join(s.split()))
    return " ".join(s.split())


def check_file(gpath: Path, docs_dir: Path, coverage: bool) -> tuple[list[str], list[str]]:
    errs: list[str] = []
    warns: list[str] = []
    try:
        g = json.loads(gpath.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        return [f"invalid JSON: {e}"], warns
    for key in ("doc", "year", "date", "places", "officials", "agencies", "not_places"):
        if key not in g:
            errs.append(f"missing key {key!r}")
    if errs:
        return errs, warns
    dpath = docs_dir / g["doc"]
    if not dpath.exists():
        return [f"document {g['doc']} not found"], warns
    if Path(g["doc"]).stem != gpath.stem:
        errs.append("gold file name does not match doc stem")
    text = squash(doc_text(dpath))
    words = len(text.split())
    if not 300 <= words <= 1100:
        warns.append(f"{words} words of visible text")

    years = g["year"]
    if not (isinstance(years, list) and (years or g["date"] is None)
            and all(isinstance(y, int) and 2013 <= y <= 2025 for y in years)):
        errs.append(f"bad year list {years!r}")
    if g["date"] is not None:
        try:
            d = date.fromisoformat(g["date"])
            if d.year not in years:
                errs.append(f"date {g['date']} not in year list")
        except (TypeError, ValueError):
            errs.append(f"bad date {g['date']!r}")

    def present(name: str, what: str) -> None:
        if not isinstance(name, str) or not name.strip():
            errs.append(f"{what}: empty name")
        elif squash(name) not in text:
            errs.append(f"{what}: {name!r} does not occur in the document")

    def no_dups(items: list[dict], what: str) -> None:
        seen: set[str] = set()
        for it in items:
            n = norm(it.get("name", ""))
            if n in seen:
                errs.append(f"{what}: duplicate name {it.get('name')!r}")
            seen.add(n)

    for p in g["places"]:
        present(p.get("name"), "place")
        lat, lon, tol = p.get("lat"), p.get("lon"), p.get("tol_km")
        if not (isinstance(lat, (int, float)) and -90 <= lat <= 90 and isinstance(lon, (int, float)) and -180 <= lon <= 180):
            errs.append(f"place {p.get('name')!r}: bad coordinates {lat}, {lon}")
            continue
        if not (isinstance(tol, (int, float)) and 5 <= tol <= 2500):
            errs.append(f"place {p.get('name')!r}: tol_km {tol} out of 5..2500")
        if not p.get("kind"):
            errs.append(f"place {p.get('name')!r}: no kind")
        a = AMERICAS
        if not (a[0] <= lat <= a[1] and a[2] <= lon <= a[3]):
            warns.append(f"place {p['name']!r} lies outside the Americas ({lat}, {lon})")
    no_dups(g["places"], "place")

    for o in g["officials"]:
        present(o.get("name"), "official")
        if not isinstance(o.get("aliases", []), list):
            errs.append(f"official {o.get('name')!r}: aliases must be a list")
        if not o.get("optional") and not (o.get("title") and o.get("affiliation")):
            errs.append(f"official {o.get('name')!r}: required official needs title and affiliation")
        if "title" not in o or "affiliation" not in o:
            errs.append(f"official {o.get('name')!r}: missing title/affiliation key")
    no_dups(g["officials"], "official")

    for a in g["agencies"]:
        present(a.get("name"), "agency")
        if (a.get("kind") or "").lower() not in AGENCY_KINDS:
            errs.append(f"agency {a.get('name')!r}: kind {a.get('kind')!r} unknown to score.py")
        if norm(a.get("name", "")).startswith("government of"):
            errs.append(f"agency {a.get('name')!r}: governments are not agencies")
    no_dups(g["agencies"], "agency")

    place_names = {norm(p["name"]) for p in g["places"]}
    for s in g["not_places"]:
        present(s, "not_place")
        if norm(s) in place_names:
            errs.append(f"not_place {s!r} is also a gold place")

    if coverage:
        known: list[str] = [squash(s) for s in g["not_places"]]
        for cat in ("places", "officials", "agencies"):
            for it in g[cat]:
                known.append(squash(it["name"]))
                known += [squash(x) for x in it.get("aliases", []) or []]
        raw = doc_text(dpath)
        cands = set(re.findall(r"\b[A-Z][\w'’.-]*(?:\s+(?:of|de|del|la|las|los|the|and|for|y)?\s*[A-Z][\w'’.-]*)*", raw))
        missed = sorted(c for c in cands if len(c) > 3 and not any(squash(c) in k or k in squash(c) for k in known))
        if missed:
            warns.append("uncovered capitalised phrases: " + "; ".join(missed))
    return errs, warns


def main(argv: list[str]) -> int:
    coverage = "--coverage" in argv
    dirs = [Path(a) for a in argv if not a.startswith("--")] or [HERE / "dev", HERE / "test"]
    n_err = 0
    for split in dirs:
        docs_dir, gold_dir = split / "docs", split / "gold"
        docs = {p.stem for p in docs_dir.iterdir() if p.is_file()}
        golds = {p.stem for p in gold_dir.glob("*.json")}
        for stem in sorted(docs - golds):
            print(f"ERROR {split.name}/{stem}: document has no gold file")
            n_err += 1
        for stem in sorted(golds - docs):
            print(f"ERROR {split.name}/{stem}: gold file has no document")
            n_err += 1
        counts = {"places": 0, "officials": 0, "agencies": 0}
        for gpath in sorted(gold_dir.glob("*.json")):
            errs, warns = check_file(gpath, docs_dir, coverage)
            for e in errs:
                print(f"ERROR {split.name}/{gpath.stem}: {e}")
            for w in warns:
                print(f"warn  {split.name}/{gpath.stem}: {w}")
            n_err += len(errs)
            if not errs:
                g = json.loads(gpath.read_text(encoding="utf-8"))
                for k in counts:
                    counts[k] += sum(1 for x in g[k] if not x.get("optional"))
        print(f"{split.name}: {len(golds)} gold files; required places={counts['places']} "
              f"officials={counts['officials']} agencies={counts['agencies']}")
    print("OK" if n_err == 0 else f"{n_err} error(s)")
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
