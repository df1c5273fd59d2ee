"""Read documents from bytes: detect the type by content, decode robustly, extract the main text.

Every failure is a ``LoadError`` with a message a user can act on; nothing else escapes, so one
bad file never stops a batch.
"""
from __future__ import annotations

import codecs
import io
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".pdf")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


class LoadError(Exception):
    """A file that cannot be read as a document; the message says why, for the user."""


@dataclass(frozen=True)
class LoadedText:
    """A file's decoded main text and the metadata found in it, before cleaning."""

    source: str
    format: str  # "txt" | "md" | "html" | "rss" | "pdf"
    text: str
    content: bytes = field(repr=False, default=b"")
    metadata: dict[str, str] = field(default_factory=dict, compare=False)


def max_bytes() -> int:
    """The upload/ingest size limit: ATLAS_MAX_FILE_MB (default 20 MB)."""
    try:
        return int(float(os.environ.get("ATLAS_MAX_FILE_MB", "")) * 1024 * 1024)
    except ValueError:
        return DEFAULT_MAX_BYTES


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and the supported files inside folders (sorted, recursive)."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            yield p


def load_path(path: str | Path) -> LoadedText:
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes():
            raise LoadError(f"{p.name}: file is {size / 1e6:.1f} MB, over the {max_bytes() / 1e6:.0f} MB limit")
        data = p.read_bytes()
    except OSError as exc:
        raise LoadError(f"{p.name}: cannot read file ({exc.strerror or exc})") from exc
    return load_bytes(p.name, data)


def load_bytes(source: str, data: bytes) -> LoadedText:
    """Decode and extract one document; raises LoadError with a clear reason."""
    from corpus import formats  # local import: formats pulls in bs4/pypdf only when needed

    if len(data) > max_bytes():
        raise LoadError(f"{source}: file is {len(data) / 1e6:.1f} MB, over the {max_bytes() / 1e6:.0f} MB limit")
    kind = detect_format(source, data)
    try:
        if kind == "pdf":
            text, meta = formats.read_pdf(source, data)
        else:
            raw = decode(data, declared=_declared_charset(data))
            if kind == "html":
                text, meta = formats.read_html(raw)
            elif kind == "rss":
                text, meta = formats.read_rss(raw)
            elif kind == "md":
                text, meta = formats.read_markdown(raw)
            else:
                text, meta = raw, {}
    except LoadError:
        raise
    except Exception as exc:  # a parser bug or a hostile file must not take the batch down
        raise LoadError(f"{source}: could not be read as {kind} ({type(exc).__name__}: {exc})") from exc
    text = normalise_text(text)
    if not re.search(r"[^\W\d_]{2,}", text):
        raise LoadError(f"{source}: no readable text found" + (" (empty file)" if not data.strip() else ""))
    return LoadedText(source=source, format=kind, text=text, content=data, metadata=meta)


_ARCHIVES = (b"PK\x03\x04", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"BZh")
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ", b"\xd0\xcf\x11\xe0")


def detect_format(source: str, data: bytes) -> str:
    """The document type, from the content first and the extension second."""
    head = data[:2048].lstrip()
    if not data.strip():
        raise LoadError(f"{source}: empty file")
    if head.startswith(b"%PDF-"):
        return "pdf"
    if any(head.startswith(m) for m in _ARCHIVES):
        raise LoadError(f"{source}: an archive, not a document — unpack it and upload the files inside")
    if any(head.startswith(m) for m in _BINARY_MAGIC):
        raise LoadError(f"{source}: a binary file (image, program or office file), not a text document")
    if _looks_binary(data[:8192]):
        raise LoadError(f"{source}: binary data, not a text document")
    low = head[:1024].lower()
    if b"<rss" in low or (low.startswith(b"<?xml") and b"<item" in data[:20000].lower()):
        return "rss"
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or re.search(rb"<(html|body|head)[\s>]", low):
        return "html"
    suffix = Path(source).suffix.lower()
    if suffix in (".md", ".markdown") or head.startswith(b"---\n") or head.startswith(b"---\r\n"):
        return "md"
    if suffix in (".html", ".htm") and b"<" in head:
        return "html"
    return "txt"


def _looks_binary(chunk: bytes) -> bool:
    if chunk.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in chunk:
        return True
    control = sum(1 for b in chunk if b < 32 and b not in (9, 10, 12, 13))
    return control > len(chunk) * 0.05


def _declared_charset(data: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)|<\?xml[^>]+encoding=["']([\w-]+)""", data[:4096], re.I)
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, declared: str | None = None) -> str:
    """UTF-8 (with or without BOM), then the declared charset, then a detected one, then cp1252."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # detection is a best effort
        pass
    return data.decode("cp1252", errors="replace")


_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def normalise_text(text: str) -> str:
    """Unix newlines, no control or zero-width characters, non-breaking spaces as spaces."""
    import unicodedata

    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n\n")
    text = _CONTROL.sub("", _ZERO_WIDTH.sub("", text))
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n\n")
    return unicodedata.normalize("NFC", text)


def read_upload(name: str, data: bytes) -> LoadedText:
    """An uploaded file: the same rules as a file on disk (the name is only a hint)."""
    return load_bytes(Path(name).name or "upload", data)


def as_bytes_io(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)
