"""A map as one self-contained HTML file: local scripts and styles inlined, images as data URIs.

The downloaded file opens from disk with no server and no internet — the same promise as the
app. Any link that cannot be inlined makes ``standalone_html`` fail rather than ship a file
that silently shows a blank map.
"""
from __future__ import annotations

import base64
import mimetypes
import re
from pathlib import Path

from branca.element import Element

from views.map_assets import URL

SCRIPT = re.compile(r'<script src="([^"]+)"></script>')
STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)"\s*/?>')
CSS_URL = re.compile(r"url\((['\"]?)(?!data:|#)([^'\")]+)\1\)")


class NotInlinable(ValueError):
    """A script or stylesheet link does not point at a vendored file."""


def _file(url: str, base_url: str, vendor_dir: Path) -> Path:
    if not url.startswith(base_url + "/"):
        raise NotInlinable(f"cannot inline {url}: not under {base_url}")
    path = (vendor_dir / url[len(base_url) + 1:]).resolve()
    if vendor_dir.resolve() not in path.parents or not path.is_file():
        raise NotInlinable(f"cannot inline {url}: no file at {path}")
    return path


def _data_uri(path: Path) -> str:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode()}"


def _inline_css(path: Path) -> str:
    css = path.read_text(encoding="utf-8")
    return CSS_URL.sub(lambda m: f'url("{_data_uri((path.parent / m.group(2)).resolve())}")'
                       if (path.parent / m.group(2)).is_file() else m.group(0), css)


def inline_assets(html: str, vendor_dir: Path, base_url: str = URL) -> str:
    """Replace ``<script src>`` and stylesheet links under ``base_url`` with the files' content."""
    def script(m: re.Match[str]) -> str:
        js = _file(m.group(1), base_url, vendor_dir).read_text(encoding="utf-8")
        return "<script>" + js.replace("</script", "<\\/script") + "</script>"

    def style(m: re.Match[str]) -> str:
        return "<style>" + _inline_css(_file(m.group(1), base_url, vendor_dir)) + "</style>"

    html = SCRIPT.sub(script, html)
    html = STYLESHEET.sub(style, html)
    # Leaflet's default-icon path is only a hint; point it at nothing remote either way.
    return html.replace(f'"{base_url}/leaflet/images/"', '""')


def standalone_html(m: Element, vendor_dir: Path, base_url: str = URL) -> str:
    """The whole map page as one offline HTML document."""
    return inline_assets(m.get_root().render(), vendor_dir, base_url)
