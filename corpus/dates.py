"""Publication dates: from metadata, then printed date lines, then a dateline; else an inferred year.

Order matters: metadata is what the publisher declared; a printed "Release Date" comes next; a
dateline ("WASHINGTON, Sept. 5, 2019 —") after that. With none, the latest year the text speaks of
is a fair guess and is marked "inferred"; with no year at all the document is undated.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                            "nov", "dec"))}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_WRITTEN = rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{{2}})"
_WRITTEN_DMY = rf"(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH})\s+(?P<year2>(?:19|20)\d{{2}})"
_ISO = r"(?P<iy>(?:19|20)\d{2})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
_NUMERIC = r"(?P<nm>\d{1,2})/(?P<nd>\d{1,2})/(?P<ny>(?:19|20)?\d{2})"
_ANY_DATE = rf"(?:{_WRITTEN}|{_WRITTEN_DMY}|{_ISO}|{_NUMERIC})"

_PRINTED = [  # strongest first
    re.compile(rf"\b(?:release\s+date|date\s+of\s+release|released(?:\s+on)?|date\s+published|published(?:\s+on)?|"
               rf"posted(?:\s+on)?|issued(?:\s+on)?)\s*:?[*\s]*{_ANY_DATE}", re.I),
    re.compile(rf"\b(?:last\s+published\s+date|last\s+updated|updated(?:\s+on)?|page\s+last\s+(?:reviewed|updated)"
               rf"(?:\s+on)?|date)\s*:?[*\s]*{_ANY_DATE}", re.I),
]
# "WASHINGTON, Sept. 5, 2019 —", "TEGUCIGALPA, Honduras (March 28, 2019) –", "March 28, 2019" alone on a line.
_DATELINE = re.compile(rf"^[ \t*]*(?:[A-Z][A-Z .'’-]{{2,}}(?:,\s*[A-Z][\w .]+?)?[,\s]*\(?)?{_ANY_DATE}\)?\s*(?:[-–—:]|$)",
                       re.M)
_YEAR = re.compile(r"(?<![\d/$.,-])((?:19|20)\d{2})(?![\d%])")
_TARGET = re.compile(r"\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?(?:fiscal\s+year\s+|FY\s*)?$", re.I)


@dataclass(frozen=True)
class DocDate:
    date: str | None  # "YYYY-MM-DD"
    year: int | None
    source: str | None  # "metadata" | "printed" | "inferred" | None


UNDATED = DocDate(None, None, None)


def find_date(raw_text: str, cleaned_text: str, metadata: dict[str, str] | None = None,
              today: dt.date | None = None) -> DocDate:
    """The document's date and where it came from (see module docstring for the order)."""
    today = today or dt.date.today()
    for key in ("date", "pubdate", "published", "article:published_time"):
        value = (metadata or {}).get(key)
        parsed = parse_date(value) if value else None
        if parsed and parsed.year <= today.year + 1:
            return DocDate(parsed.isoformat(), parsed.year, "metadata")
    for pattern in _PRINTED:
        for m in pattern.finditer(raw_text):
            parsed = _from_match(m)
            if parsed:
                return DocDate(parsed.isoformat(), parsed.year, "printed")
    head = raw_text[:3000]
    for m in _DATELINE.finditer(head):
        parsed = _from_match(m)
        if parsed:
            return DocDate(parsed.isoformat(), parsed.year, "printed")
    year = infer_year(cleaned_text, today)
    return DocDate(None, year, "inferred") if year else UNDATED


def infer_year(text: str, today: dt.date | None = None) -> int | None:
    """The latest past year the text mentions; target years ("by 2020") only when nothing else is there."""
    today = today or dt.date.today()
    plain, targets = [], []
    for m in _YEAR.finditer(text):
        year = int(m.group(1))
        if 1950 <= year <= today.year:
            (targets if _TARGET.search(text[max(0, m.start() - 30):m.start()]) else plain).append(year)
    years = plain or targets
    return max(years) if years else None


def parse_date(value: str) -> dt.date | None:
    """A date from metadata text: ISO, RFC 822 (RSS pubDate), written or numeric forms."""
    value = value.strip()
    m = re.match(r"((?:19|20)\d{2})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    m = re.search(_ANY_DATE, value, re.I)
    if m:
        return _from_match(m)
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


def _from_match(m: re.Match) -> dt.date | None:
    g = m.groupdict()
    if g.get("year"):
        return _safe_date(int(g["year"]), _month(g["month"]), int(g["day"]))
    if g.get("year2"):
        return _safe_date(int(g["year2"]), _month(g["month2"]), int(g["day2"]))
    if g.get("iy"):
        return _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g.get("ny"):
        year = int(g["ny"])
        year += 2000 if year < 100 else 0
        return _safe_date(year, int(g["nm"]), int(g["nd"]))
    return None


def _month(name: str) -> int:
    return _MONTHS.get(name.lower()[:3], 0)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
