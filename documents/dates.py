"""Publication dates: which of the dates a document carries is the day it was published.

Parsing is left to libraries: ``htmldate`` reads HTML pages (meta tags, JSON-LD, ``<time>``, the
canonical URL) in ``documents.formats``; ``email.utils`` reads RFC 822 lines (a saved RSS/Atom item);
``dateparser`` reads the many printed forms. This module only decides, strongest evidence first:

1. metadata the publisher declared (front matter, HTML, a feed's ``pubDate``);
2. an RFC 822 line in the head of the text (how a saved feed item carries its date);
3. a labelled date ("Release Date:", "Posted on", "FOR IMMEDIATE RELEASE — June 10, 2021");
4. a dateline or a line that is only a date, near the top; then a wire story's "Updated …" line there; then the
   date in the page's own address (a saved page's URL line, "…/2025/02/11/…"); then a PDF's creation date when the
   text agrees with it (nothing later, its year or the one before mentioned);
5. a year inferred from the body — only when the text makes it nearly certain (see ``infer_year``) — or, for a
   wire story whose dateline gives only the day and month, the page's copyright year when nothing later is named.

A wrong year is worse than none: when unsure the document is undated, which the app shows honestly.

Spanish documents ("Tegucigalpa, 28 de marzo de 2019.–", "jueves 10 de junio de 2021", "Fecha: 10/06/2021")
are read the same way with Spanish labels and month names, and numeric dates day first.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

# an English month written out or shortened (clean.py's date-only lines read it too)
MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|" \
         r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_YEAR_RE = r"(?:19|20)\d{2}"
_MES = r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)"
_DIA = r"(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)"
# "28 de marzo de 2019", "1.º de julio del 2020", "jueves, 10 de junio de 2021"
_ES_DATE = rf"(?:{_DIA},?\s+)?\d{{1,2}}(?:\.?\s?[º°o])?\s+de\s+{_MES}\s+(?:de|del)\s+{_YEAR_RE}"
# Where a date may stand; dateparser says what it is.
_DATE_TEXT = rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR_RE}|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+{_YEAR_RE}|" \
             rf"{_YEAR_RE}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}/\d{{1,2}}/(?:{_YEAR_RE}|\d{{2}})\b|{_ES_DATE})"
_LABEL = r"(?:fecha(?:\s+de(?:l|\s+la|\s+el)?\s+(?:publicaci[óo]n|emisi[óo]n|resoluci[óo]n|comunicado|sentencia|" \
         r"documento|informe|boletín|boletin))?|publicado(?:\s+el)?|emitido(?:\s+el)?|" \
         r"comunicado(?:\s+de\s+prensa)?|release\s+date|date\s+of\s+release|released(?:\s+on)?|date\s+published|published(?:\s+on)?|" \
         r"posted(?:\s+in\s+[\w ]{1,30}?\s+on|\s+on)?|issued(?:\s+on)?|for\s+immediate\s+release|press\s+release|date)"
_LABELLED = re.compile(rf"\b{_LABEL}\s*[:|*,–—-]*[*\s]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                       rf"(?P<date>{_DATE_TEXT})", re.I)
# "Updated 6:40 PM EDT, April 28, 2023": a wire story's only date, a time before it
_TIME = r"(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{1,4}\s*)?,?\s*)?"
_UPDATED = re.compile(rf"\b(?:last\s+published\s+date|last\s+updated|updated(?:\s+on)?|page\s+last\s+"
                      rf"(?:reviewed|updated)(?:\s+on)?|last\s+modified)\s*[:|*]*[*\s]*{_TIME}(?P<date>{_DATE_TEXT})",
                      re.I)
# "WASHINGTON, Sept. 5, 2019 —", "TEGUCIGALPA, Honduras (March 28, 2019) –"
# "Tegucigalpa, 28 de marzo de 2019.–", "San Salvador, El Salvador, jueves 10 de junio de 2021 -"
_ES_DATELINE = re.compile(rf"^[ \t*]*[^\W\d_][\w .'’-]{{2,40}}?(?:,\s*[^\W\d_][\w .]{{1,30}}?)?[,\s]+\(?"
                          rf"(?P<date>{_ES_DATE})\)?\s*(?:\.?\s*[-–—:]|\.|$)", re.M | re.I)
_DATELINE = re.compile(rf"^[ \t*]*[A-Z][A-Z .'’-]{{2,}}(?:,\s*[A-Z][\w .]+?)?[,\s]*\(?(?P<date>{_DATE_TEXT})\)?"
                       rf"\s*(?:[-–—:]|$)", re.M)
# "Panama City, 28 November 2023" / "San José, Costa Rica, March 3, 2024" alone on a line (or with a news
# agency's tag: "Kingston, 27 October 2022 (JIS):", "San José, Jun 18, 2025 (EFE).- …"), or opening the first
# paragraph ("Montecristi, 14 October 2022. President …", "Belmopan, May 3, 2023 – The …", "Belmopan. August 24,
# 2022. Prime Minister …"), also after a field's label ("Event: Hermosillo, 09/05/2023 — The U.S. Consulate …") or
# with a dash before the date ("Bridgetown, Barbados -- 07/12/2024"): a dateline in title case
_PLACE_DATE_LINE = re.compile(rf"^[ \t*]*(?:[A-Z][a-z]{{2,12}}:\s+)?"
                              rf"(?:[A-Z][\w.'’-]*\s){{0,3}}(?:[A-Z][\w.'’-]*,|[A-Z][\w'’-]*\.)\s*"
                              rf"(?:[A-Z][\w.]+(?:\s[A-Z][\w.]+)?(?:,|\s+--?|\s+[–—])\s*)?"
                              rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*)?(?P<date>{_DATE_TEXT})"
                              rf"(?:\s*\((?:[A-Z][\w.]*\s?){{1,3}}\))?"  # the agency's tag: "(JIS)", "(EFE)"
                              rf"(?:\s*:?\s*$|\.\s+(?=[A-Z]|\d{{1,2}}:\d{{2}})|\.?\s*[-–—]{{1,2}}\s+)", re.M)
# "By U.S. Mission Mexico | 24 January, 2022 | Topics: Alerts": an embassy page's byline, which a text capture may
# put at the bottom, under related links with their own dates
_BYLINE_DATE = re.compile(rf"^[ \t*]*By\s[^|\n]{{2,60}}\|\s*(?P<date>{_DATE_TEXT})\s*(?:\||$)", re.M)
_RFC822 = re.compile(r"^\W*(?:(?:pub(?:lication)?\s*date|published|date)\s*:\s*)?(?P<date>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),"
                     r"\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[+-]\d{4}|[A-Z]{1,4})?)\W*$",
                     re.M | re.I)
_HEAD_LINES = 30  # a publication date is printed near the top; further down dates are events
_YEAR = re.compile(r"(?<![\d/$.,-])((?:19|20)\d{2})(?![\d%])")
_TARGET = re.compile(r"\b(?:by|until|before|through)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?"
                     r"(?:calendar\s+|fiscal\s+)?(?:year\s+|FY\s*)?$|"
                     r"\b(?:para|hasta|antes\s+de)\s+(?:finales\s+de\s+|el\s+)?(?:(?:año|ejercicio)\s+)?(?:fiscal\s+)?$",
                     re.I)
# a year in these clauses is a plan, not the present of the text ("the next election will be held on 4 February 2024")
_FUTURE = re.compile(r"\b(?:will|next|upcoming|scheduled|planned|expected|slated|due|"
                     r"pr[óo]xim[oa]s?|celebrar[áa]n?|iniciar[áa]n?|ser[áa]n?|tendr[áa]n?|previst[oa]s?|"
                     r"programad[oa]s?)\b[^.;:]{0,60}$", re.I)
# a year in these clauses is history, not the present of the text ("since its inception in 1986")
_HISTORY = re.compile(r"\b(?:since|inception|founded|foundation|established|creat(?:ed|ion)|coup|history|"
                      r"historic|originally|ago|era|former(?:ly)?|between|signed\s+in|dating|began|begun|"
                      r"launched|first|until|back\s+in|as\s+early\s+as|decades?|"
                      r"desde|fundad[oa]s?|fundaci[óo]n|cread[oa]s?|creaci[óo]n|golpe|historia|hist[óo]ric[oa]|"
                      r"hace|[ée]poca|entre|firmad[oa]\s+en|comenz[óo]|inici[óo]|lanzad[oa]|primer[oa]?|"
                      r"hasta|d[ée]cadas?|antiguo|ex)\b[^.;:]{0,40}$", re.I)
_FULL_DATE_YEAR = re.compile(rf"{MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?({_YEAR_RE})\b|"
                             rf"\b(?:fiscal\s+year|FY|{_MES}\s+(?:de|del))\s*({_YEAR_RE})\b", re.I)
_PARSER_SETTINGS = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "MDY",
                    "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}


@dataclass(frozen=True)
class DocDate:
    date: str | None  # "YYYY-MM-DD"
    year: int | None
    source: str | None  # "metadata" | "printed" | "inferred" | None


UNDATED = DocDate(None, None, None)


def find_date(raw_text: str, cleaned_text: str, metadata: dict[str, str] | None = None,
              today: dt.date | None = None, language: str = "en") -> DocDate:
    """The document's publication date and where it came from (see the module docstring for the order).

    ``language`` is the text's (``documents.language``): Spanish text writes numeric dates day first."""
    today = today or dt.date.today()
    order = "DMY" if language == "es" else "MDY"

    def ok(day: dt.date | None) -> bool:
        return day is not None and 1900 <= day.year and day <= today + dt.timedelta(days=2)

    for key in ("date", "pubdate", "published", "article:published_time"):
        value = (metadata or {}).get(key)
        parsed = parse_date(value) if value else None
        if ok(parsed):
            return DocDate(parsed.isoformat(), parsed.year, "metadata")
    head = "\n".join([ln for ln in raw_text.splitlines() if ln.strip()][:_HEAD_LINES])
    for m in _RFC822.finditer(head):
        parsed = _rfc822(m.group("date"))
        if ok(parsed):
            return DocDate(parsed.isoformat(), parsed.year, "metadata")
    for pattern, text in ((_LABELLED, raw_text), (_DATELINE, head), (_PLACE_DATE_LINE, head), (_ES_DATELINE, head)):
        for m in pattern.finditer(text):
            parsed = parse_date(m.group("date"), order)
            if ok(parsed):
                return DocDate(parsed.isoformat(), parsed.year, "printed")
    for line in head.splitlines():
        for part in re.split(r"\s[|•·]\s", line):  # "By Embassy | 21 February, 2024 | Topics: …"
            parsed = _date_line(part, order)
            if ok(parsed):
                return DocDate(parsed.isoformat(), parsed.year, "printed")
    for m in _BYLINE_DATE.finditer(raw_text):  # the page's own byline, wherever the capture put it
        parsed = parse_date(m.group("date"), order)
        if ok(parsed):
            return DocDate(parsed.isoformat(), parsed.year, "printed")
    # a wire story's "Updated …" line, near the top (a date line there is the page's own; "(updated October 5,
    # 2022)" in a related link further down is another page's)
    for m in _UPDATED.finditer(head):
        parsed = parse_date(m.group("date"), order)
        if ok(parsed):
            return DocDate(parsed.isoformat(), parsed.year, "printed")
    parsed = _url_date(head, metadata or {}, today)
    if ok(parsed):
        return DocDate(parsed.isoformat(), parsed.year, "metadata")
    created = parse_date((metadata or {}).get("created", ""))
    if ok(created) and _consistent(created.year, cleaned_text):
        return DocDate(created.isoformat(), created.year, "metadata")
    year = infer_year(cleaned_text, today) or _wire_year(head, raw_text, today)
    return DocDate(None, year, "inferred") if year else UNDATED


# "Paso Canoas (Costa Rica), Feb 19 (EFE).-", "MEXICO CITY, March 3 (Reuters) -": a wire's dateline, day and month only
_YEARLESS_DATELINE = re.compile(rf"^[ \t*]*[A-Z][\w .'’-]{{1,40}}?(?:\s*\([^)\n]{{1,30}}\))?,\s*{MONTH}\s+\d{{1,2}}\b"
                                rf"(?!,?\s*(?:19|20)\d{{2}})", re.M)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:[^\W\d][\w .&]{0,40}?\s)?((?:19|20)\d{2})\b", re.I)


def _wire_year(head: str, text: str, today: dt.date) -> int | None:
    """The year of a wire story its dateline dates by day and month only: the page's copyright year, when the
    text names no later year (the wire's own page says it; the story names the years before it)."""
    if not _YEARLESS_DATELINE.search(head):
        return None
    years = [int(y) for y in _COPYRIGHT.findall(text)]
    if not years or max(years) > today.year or any(int(y) > max(years) for y in _YEAR.findall(text)):
        return None
    return max(years)


_URL_LINE = re.compile(r"^\W*(?:(?:(?:source|page|original)\s+)?(?:url|link|address)\s*:\s*|source\s*:\s*)?"
                       r"(https?://\S+)\W*$", re.I)  # "Source URL: https://…" too
_URL_LINES = 5  # the page's own address is saved at the top; a link further down is another page's


def _url_date(head: str, metadata: dict[str, str], today: dt.date) -> dt.date | None:
    """The date in the page's own address ("…/news/2025/02/11/drug-control-police-…"), from the metadata's link or
    a line of the head that is only an address; read by htmldate's URL rule."""
    from htmldate.extractors import extract_url_date
    from htmldate.utils import Extractor

    urls = [metadata.get(k, "") for k in ("url", "link")]
    urls += [m.group(1) for ln in head.splitlines()[:_URL_LINES] if (m := _URL_LINE.match(ln.strip()))]
    options = Extractor(False, dt.datetime.combine(today, dt.time()), dt.datetime(1995, 1, 1), True, "%Y-%m-%d")
    for url in urls:
        found = extract_url_date(url, options) if url else None
        if found:
            return dt.date.fromisoformat(found)
    return None


def infer_year(text: str, today: dt.date | None = None) -> int | None:
    """The year the text is written in, when it is nearly certain; else None.

    The latest year the text mentions outside targets ("by 2030"), plans ("the next election will be held
    in 2024") and history clauses ("since its inception in 1986") is the candidate. It is accepted only when the text dates an event in it
    ("on March 3, 2023", "in fiscal year 2023") or names it more than once, and no later year is
    mentioned anywhere (a later history year means the text is not what it seems)."""
    today = today or dt.date.today()
    present: list[int] = []
    every: list[int] = []
    for m in _YEAR.finditer(text):
        year = int(m.group(1))
        if not 1950 <= year <= today.year:
            continue
        before = text[max(0, m.start() - 60):m.start()]
        if _TARGET.search(before[-30:]) or _FUTURE.search(before):
            continue
        every.append(year)
        if not _HISTORY.search(before):
            present.append(year)
    if not present:
        return None
    candidate = max(present)
    if max(every) > candidate:
        return None
    dated = {int(a or b) for a, b in _FULL_DATE_YEAR.findall(text)}
    return candidate if candidate in dated or present.count(candidate) >= 2 else None


def _consistent(year: int, text: str) -> bool:
    """A file's creation date (a PDF's) is the publication date only if the text speaks of nothing
    later and of that year or the one before: a PDF made years after its text is a re-export."""
    years = [int(y) for y in _YEAR.findall(text) if int(y) <= year + 1]
    later = [int(y) for y in _YEAR.findall(text) if int(y) > year]
    return not later and (not years or max(years) >= year - 1)


def parse_date(value: str, order: str = "MDY") -> dt.date | None:
    """A date from metadata or a printed date: ISO (and its prefixes), RFC 822, or any form dateparser reads
    (``order``: how a numeric "10/06/2021" is read, "MDY" or "DMY")."""
    value = (value or "").strip()
    if not value or len(value) > 120:
        return None
    m = re.fullmatch(r"((?:19|20)\d{2})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?", value)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    return _written(value) or _escrita(value) or _rfc822(value) or _dateparser(value, False, order)


_MONTH_WORDS = {w: i + 1 for i, names in enumerate((
    "jan january", "feb february", "mar march", "apr april", "may", "jun june", "jul july", "aug august",
    "sep sept september", "oct october", "nov november", "dec december")) for w in names.split()}
_WRITTEN = re.compile(r"([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})")


def _written(value: str) -> dt.date | None:
    """ "September 27, 2019" read directly: the form nearly every release prints. Measured: dateparser
    takes ~2 ms a call, 13% of the whole analysis of a release; this takes microseconds."""
    m = _WRITTEN.fullmatch(value.strip())
    month = _MONTH_WORDS.get(m.group(1).lower()) if m else None
    return _safe_date(int(m.group(3)), month, int(m.group(2))) if month else None


_MESES = {m: i + 1 for i, m in enumerate(("enero febrero marzo abril mayo junio julio agosto septiembre octubre "
                                          "noviembre diciembre").split())} | {"setiembre": 9}
_ESCRITA = re.compile(rf"(?:{_DIA},?\s+)?(\d{{1,2}})(?:\.?\s?[º°o])?\s+de\s+({_MES})\s+(?:de|del)\s+((?:19|20)\d{{2}})",
                      re.I)


def _escrita(value: str) -> dt.date | None:
    """ "28 de marzo de 2019", "jueves 10 de junio de 2021" read directly, as ``_written`` reads English."""
    m = _ESCRITA.fullmatch(value.strip())
    return _safe_date(int(m.group(3)), _MESES[m.group(2).lower()], int(m.group(1))) if m else None


_UPDATE_TAIL = re.compile(r"\s+(?:last\s+)?(?:updated|modified)\b.*$", re.I)


def _date_line(line: str, order: str = "MDY") -> dt.date | None:
    """A short line near the top that is a date and nothing else (once labels and times are dropped):
    "Thursday, June 10, 2021", "06/10/2021", "Published 3:14 PM EST, Tue March 7, 2023"."""
    line = line.strip(" \t*#_|>")
    if len(line) > 80 or not re.search(r"(?:19|20)\d{2}", line):
        return None
    if re.match(r"(?:last\s+)?(?:updated|modified|reviewed)\b", line, re.I):
        return None
    line = re.sub(rf"^(?:{_LABEL}|(?:by|por)\s+[^,]{{1,40}},)\s*[:|,–—-]*\s*", "", line, flags=re.I)
    line = _UPDATE_TAIL.sub("", line)  # "September 26, 2022 4:47 PM UTC Updated ago": the wire page's later update
    line = line.strip(" ,.–—-")
    return _escrita(line) or _dateparser(line, True, order)


def _dateparser(text: str, require_day: bool, order: str = "MDY") -> dt.date | None:
    import dateparser  # imported on first use: it loads its language data once

    settings = dict(_PARSER_SETTINGS, DATE_ORDER=order)
    if not require_day:
        settings["REQUIRE_PARTS"] = ["month", "year"]
    try:
        parsed = dateparser.parse(text, languages=["en", "es"], settings=settings)
    except (ValueError, OverflowError, RecursionError, TypeError):
        return None
    return parsed.date() if parsed else None


def _rfc822(value: str) -> dt.date | None:
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
