"""The Content-Security-Policy of the HTML map the app offers as a download, opened from disk where no
server sends a header (the slideshow carries a stricter one of its own: ``views.slideshow.CSP``). Whatever a document smuggles into a page, the
browser then loads images, scripts, styles, fonts and connections only from the page's own origin (or
inline / ``data:``), never from another host. (The live app's own pages get theirs as an HTTP header on
every response: ``ui.security_headers``.)

Where it goes: ``with_csp(html)`` (or ``meta_tag()`` placed first in ``<head>``) on every HTML string
the app offers as a download. The meta form leaves out ``frame-ancestors``: browsers ignore that
directive in a ``<meta>`` (and Chromium logs a console error for it); it only works as an HTTP header.

GEXF, GraphML and CSV downloads are not rendered by a browser (they are saved as attachments) and
cannot carry a policy; what keeps them from reaching the network is their content: XML written by
networkx with every text escaped (no DOCTYPE, entity or processing instruction can be injected) and
CSV cells that a spreadsheet would run as a formula quoted (``corpus.export.to_csv``), both checked by
``inert_download``.
"""
from __future__ import annotations

import re
from html import escape

DIRECTIVES: tuple[tuple[str, str], ...] = (
    ("default-src", "'self'"),
    ("img-src", "'self' data: blob:"),
    ("script-src", "'self' 'unsafe-inline'"),  # Folium and pyvis write inline scripts
    ("style-src", "'self' 'unsafe-inline'"),
    ("font-src", "'self' data:"),
    ("connect-src", "'self'"),
    ("object-src", "'none'"),
    ("base-uri", "'self'"),
    ("form-action", "'self'"),
    ("frame-ancestors", "'self'"),
)
_HEADER_ONLY = {"frame-ancestors"}


def header_value() -> str:
    """The whole policy, as a Content-Security-Policy HTTP header value."""
    return "; ".join(f"{name} {value}" for name, value in DIRECTIVES)


def meta_policy() -> str:
    """The policy without the directives a ``<meta>`` cannot carry."""
    return "; ".join(f"{name} {value}" for name, value in DIRECTIVES if name not in _HEADER_ONLY)


POLICY = header_value()


def meta_tag() -> str:
    """``<meta http-equiv="Content-Security-Policy" …>``: put it first in ``<head>``, before any script or link."""
    return f'<meta http-equiv="Content-Security-Policy" content="{escape(meta_policy())}">'


_HEAD = re.compile(r"<head\b[^>]*>", re.I)
_HTML = re.compile(r"<html\b[^>]*>", re.I)


def with_csp(html: str) -> str:
    """``html`` with the policy's meta tag first in its ``<head>`` (a head is added when there is none)."""
    tag = meta_tag()
    head = _HEAD.search(html)
    if head:
        return html[:head.end()] + tag + html[head.end():]
    root = _HTML.search(html)
    if root:
        return html[:root.end()] + f"<head>{tag}</head>" + html[root.end():]
    return f"<head>{tag}</head>{html}"


# Text is escaped by the writer, so these can only appear as markup; a URL inside a label is only text.
_XML_DANGER = re.compile(rb"<!DOCTYPE|<!ENTITY|<\?xml-stylesheet|<xi:include|xmlns(:\w+)?=\"http://www\.w3\.org/1999/xhtml\"",
                         re.I)


def inert_download(data: bytes, fmt: str) -> bool:
    """Does a GEXF/GraphML/CSV download hold nothing a program opening it would fetch or run? XML: no
    DOCTYPE, entity, stylesheet instruction, XInclude or XHTML element; CSV: no cell a spreadsheet would
    read as a formula."""
    if fmt in ("gexf", "graphml"):
        return _XML_DANGER.search(data) is None
    if fmt == "csv":
        import csv
        import io

        for row in csv.reader(io.StringIO(data.decode("utf-8"))):
            for cell in row:
                if cell[:1] in ("=", "+", "@", "\t", "\r") or (cell[:1] == "-" and not _number(cell)):
                    return False
        return True
    raise ValueError(f"not a download format: {fmt}")


def _number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False
