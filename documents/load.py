"""Read documents from bytes: detect the type by content, decode robustly, extract the main text.

Every failure is a ``LoadError`` with a message a user can act on; nothing else escapes, so one
bad file never stops a batch.
"""
from __future__ import annotations

import codecs
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from documents import archive, formats  # its readers import bs4/pypdf only when first used
from documents.limits import max_bytes
from documents.loaded import LoadedText, LoadError, Progress, mb
from model.text import BIDI_CONTROLS

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".xml", ".rss", ".pdf", ".docx", ".eml", ".zip")
# The analysis takes at most this many characters (model.nlp sets spaCy's max_length to match).
MAX_TEXT_CHARS = 5_000_000
# No paragraph of prose is this long: a longer line is a data dump, minified code or a broken export.
DEFAULT_MAX_LINE_CHARS = 200_000


def max_line_chars() -> int:
    """The longest line accepted: ATLAS_MAX_LINE_CHARS (default 200,000 characters)."""
    try:
        return int(os.environ.get("ATLAS_MAX_LINE_CHARS", ""))
    except ValueError:
        return DEFAULT_MAX_LINE_CHARS


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Files named directly, and every file inside folders (sorted, recursive; hidden files and folders
    left out). Unsupported ones are yielded too, so the loader names each with its reason."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*") if q.is_file()
                              and not any(part.startswith(".") for part in q.relative_to(p).parts))
        else:
            yield p


def read_path(path: str | Path) -> tuple[str, bytes]:
    """A file's name and bytes, refused (LoadError) when its type is unsupported or it is over the size limit."""
    p = Path(path)
    name = safe_name(p.name)
    if p.suffix and p.suffix.lower() not in SUPPORTED_SUFFIXES:
        raise LoadError(f"{name}: unsupported file type {p.suffix.lower()!r} "
                        f"(supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})")
    try:
        size = p.stat().st_size
        if size > max_bytes():
            raise LoadError(f"{name}: file is {size / 2**20:.1f} MB, over the {mb(max_bytes())} MB limit")
        return name, p.read_bytes()
    except OSError as exc:
        raise LoadError(f"{name}: cannot read file ({exc.strerror or exc})") from exc


def load_path(path: str | Path) -> LoadedText:
    """One document from a file (a .zip holds several: use ``load_path_all``)."""
    return load_bytes(*read_path(path))


def load_path_all(path: str | Path, progress: Progress | None = None) -> list[LoadedText | LoadError]:
    """Every document in a file: one, or one per member of a .zip; each failure is a LoadError naming it."""
    try:
        name, data = read_path(path)
    except LoadError as exc:
        return [exc]
    return load_all(name, data, progress)


def load_all(source: str, data: bytes, progress: Progress | None = None) -> list[LoadedText | LoadError]:
    """The documents in one file's bytes, in order: the file itself, or each member of a .zip archive
    (read in memory within ``documents.archive``'s limits; member names are only labels). A file or
    member that cannot be read is a LoadError in its place, so every one is accounted for by name."""
    source = safe_name(source)
    try:
        if detect_format(source, data) != "zip":
            return [load_bytes(source, data, progress)]
        members = archive.members(source, data, max_bytes())
    except LoadError as exc:
        return [exc]
    out: list[LoadedText | LoadError] = []
    for member in members:
        if isinstance(member, LoadError):
            out.append(member)
            continue
        label, content = member
        try:
            if detect_format(label, content) == "zip":
                raise LoadError(f"{label}: an archive inside an archive is not read — unpack it first")
            out.append(_load(label, content, progress))
        except LoadError as exc:
            out.append(exc)
    return out


def load_bytes(source: str, data: bytes, progress: Progress | None = None) -> LoadedText:
    """Decode and extract one document; raises LoadError with a clear reason. ``progress`` hears about
    slow steps inside one file (OCR of a scanned PDF: "page 2 of 9")."""
    return _load(safe_name(source), data, progress)


def _load(source: str, data: bytes, progress: Progress | None = None) -> LoadedText:
    if len(data) > max_bytes():
        raise LoadError(f"{source}: file is {len(data) / 2**20:.1f} MB, over the {mb(max_bytes())} MB limit")
    kind = detect_format(source, data)
    try:
        if kind == "zip":
            archive.members(source, data, max_bytes())  # a damaged one says so
            raise LoadError("a .zip archive holds several documents — read it with load_all")
        if kind == "pdf":
            text, meta = formats.read_pdf(source, data, progress)
        elif kind == "docx":
            text, meta = formats.read_docx(data)
        elif kind == "eml":
            text, meta = formats.read_eml(data)
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
    except LoadError as exc:
        if str(exc).startswith(f"{source}:"):
            raise
        raise LoadError(f"{source}: {exc}") from exc
    except Exception as exc:  # a parser bug or a hostile file must not take the batch down
        raise LoadError(f"{source}: could not be read as {kind} ({type(exc).__name__}: {exc})") from exc
    text = normalise_text(text)
    meta = {k: normalise_text(v).strip() for k, v in meta.items() if isinstance(v, str)}
    if not re.search(r"[^\W\d_]{2,}", text):
        raise LoadError(f"{source}: no readable text found" + (" (empty file)" if not data.strip() else ""))
    check_size(source, text)
    if kind in ("txt", "md"):
        reason = formats.not_prose(text)
        if reason:
            raise LoadError(f"{source}: {reason}, not a document")
    return LoadedText(source=source, format=kind, text=text, content=data, metadata=meta)


def check_size(source: str, text: str) -> None:
    """Refuse text the analysis cannot take, with the reason: too long, or an enormous single line."""
    if len(text) > MAX_TEXT_CHARS:
        raise LoadError(f"{source}: the text is {len(text):,} characters long, over the {MAX_TEXT_CHARS:,} the "
                        f"analysis accepts — split it into several files")
    limit = max_line_chars()
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > limit:
            raise LoadError(f"{source}: line {number} is {len(line):,} characters long with no line break (limit "
                            f"{limit:,}) — a data dump or minified file, not a document; if it is prose, add "
                            f"line breaks between paragraphs")


_ARCHIVES = (b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!", b"BZh", b"\xfd7zXZ\x00",
             b"\x28\xb5\x2f\xfd", b"LZIP", b"MSCF")
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ", b"\xd0\xcf\x11\xe0", b"RIFF", b"OggS",
                 b"ID3", b"\x00\x00\x01\x00", b"wOFF", b"wOF2", b"\x00\x01\x00\x00", b"II*\x00", b"MM\x00*",
                 b"\xca\xfe\xba\xbe", b"\x00asm", b"{\\rtf")
_OFFICE_ZIP = (b"[Content_Types].xml", b"word/", b"xl/", b"ppt/", b"opendocument", b"application/epub")


def detect_format(source: str, data: bytes) -> str:
    """The document type, from the content first and the extension second."""
    head = data[:2048].lstrip()
    if not data.strip():
        raise LoadError(f"{source}: empty file")
    if head.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK") and archive.is_word(data):
        return "docx"
    if head.startswith(b"PK") and any(m in data[:4096] for m in _OFFICE_ZIP):
        raise LoadError(f"{source}: an office or e-book file (Excel, PowerPoint, OpenDocument, EPUB), not a text "
                        f"document — save it as PDF, Word (.docx), HTML or plain text first")
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if any(head.startswith(m) for m in _ARCHIVES) or data[257:262] == b"ustar":
        raise LoadError(f"{source}: an archive other than .zip, not a document — unpack it, or make a .zip of "
                        f"the files inside")
    if head.startswith(b"SQLite format 3\x00"):
        raise LoadError(f"{source}: a database file, not a document")
    if any(head.startswith(m) for m in _BINARY_MAGIC):
        raise LoadError(f"{source}: a binary file (image, audio, font, program or office file), not a text document")
    if _looks_binary(data[:8192]):
        raise LoadError(f"{source}: binary data, not a text document")
    low = head[:1024].lower()
    if formats.looks_like_email(Path(source).suffix.lower(), data[:8192]):
        return "eml"
    sample = data[:20000].lower()
    markup = re.search(rb"<(?:item|entry|channel)[\s>]|</rss>", sample) is not None  # a feed's elements, not
    # a reader's text rendering that merely opens with "<rss>" and lists "Item / Title: …" lines
    if b"<rss" in low and markup or (low.startswith(b"<?xml") and b"<item" in sample) \
            or re.match(rb"\s*<(?:item|entry)[\s>]", low) and b"<title" in low:  # one item of a feed, as saved
        return "rss"
    # Markup only counts when the file starts with it: prose that quotes "<body>" is still prose.
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or (
            low.startswith(b"<") and re.search(rb"<(html|body|head)[\s>]", low)):
        return "html"
    suffix = Path(source).suffix.lower()
    if suffix in (".md", ".markdown") or head.startswith(b"---\n") or head.startswith(b"---\r\n"):
        return "md"
    if suffix in (".html", ".htm") and b"<" in head:
        return "html"
    return "txt"


def _utf16_without_bom(chunk: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when every other byte is zero, as in UTF-16 text saved without a BOM."""
    if len(chunk) < 8:
        return None
    chunk = chunk[:len(chunk) // 2 * 2]
    even, odd = chunk[0::2], chunk[1::2]
    if odd.count(0) >= len(odd) * 0.9 and even.count(0) <= len(even) * 0.1:
        return "utf-16-le"
    if even.count(0) >= len(even) * 0.9 and odd.count(0) <= len(odd) * 0.1:
        return "utf-16-be"
    return None


def _looks_binary(chunk: bytes) -> bool:
    if chunk.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or _utf16_without_bom(chunk):
        return False
    if b"\x00" in chunk:
        return True
    control = len(chunk.translate(None, _NOT_CONTROL))  # the control bytes, counted in C (a loop per byte: 0.6 %)
    return control > len(chunk) * 0.05


_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13)))  # deleted before counting


def _declared_charset(data: bytes) -> str | None:
    m = re.search(rb"""<meta[^>]+charset=["']?([\w-]+)|<\?xml[^>]+encoding=["']([\w-]+)""", data[:4096], re.I)
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _western(data: bytes) -> str | None:
    """cp1252 when it reads the bytes as mostly-ASCII words with a few accents (English, Spanish): the
    detector below guesses badly on short texts (Baltic or Turkish code pages for plain Spanish)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = sum(ch.isalpha() for ch in text)
    accented = sum(ch.isalpha() and not ch.isascii() for ch in text)
    return text if letters and accented <= letters * 0.3 else None


def decode(data: bytes, declared: str | None = None) -> str:
    """UTF-8 (with or without BOM), then the declared charset, then a detected one, then cp1252."""
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, errors="replace")
    utf16 = _utf16_without_bom(data[:8192])
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data)
    if mixed is not None:
        return mixed
    if declared and declared not in ("utf-8", "utf_8"):
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    western = _western(data)
    if western is not None:
        return western
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # detection is a best effort
        pass
    return data.decode("cp1252", errors="replace")


def _decode_mixed(data: bytes) -> str | None:
    """Line by line when some lines are UTF-8 with accents and others are not (files pasted together);
    the others are read as cp1252. None when no line is UTF-8 beyond ASCII."""
    lines = data.split(b"\n")
    utf8_lines = 0
    for line in lines:
        if not line.isascii():
            try:
                line.decode("utf-8")
                utf8_lines += 1
            except UnicodeDecodeError:
                pass
    if not utf8_lines:
        return None
    out = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            out.append(line.decode("cp1252", errors="replace"))
    return "\n".join(out)


_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Bidirectional controls (model.text) are removed on the way in, so no view, export or offset sees them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
# the three above in one pass: each only deletes characters, so one class deletes the same
_UNSEEN = re.compile("[" + BIDI_CONTROLS.pattern[1:-1] + _ZERO_WIDTH.pattern[1:-1] + _CONTROL.pattern[1:-1] + "]")
_TRAILING_SPACE = re.compile(r"[^\S\n]+(?=\n)")
_SPACE_RUN = re.compile(r"[^\S\n]{2,}")
_BLANK_RUN = re.compile(r"\n{3,}")


def safe_name(name: str) -> str:
    """A file name as shown and stored: its last path part, one line, no control or bidi characters."""
    name = BIDI_CONTROLS.sub("", _CONTROL.sub("", _ZERO_WIDTH.sub("", str(name))))
    name = " ".join(name.replace("\\", "/").rsplit("/", 1)[-1].split())
    return name or "unnamed"


def normalise_text(text: str) -> str:
    """Unix newlines, no control or zero-width characters, non-breaking spaces as spaces.

    Runs of whitespace become one space (or one blank line): the cleaned text is the same, and no
    pattern downstream can be made slow by a line of a million spaces.
    """
    import unicodedata

    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n\n")
    plain = text.isascii()  # most texts: then a pattern runs only where a plain substring says it can match
    chars = set() if plain else set(text)  # else its distinct characters say which patterns can match
    if plain:
        text = _CONTROL.sub("", text)
    elif any(_UNSEEN.match(c) for c in chars):
        text = _UNSEEN.sub("", text)
        chars = set(text)
    if plain:  # the only spaces left are " " and "\t" (the other ASCII ones were replaced or removed above)
        if "  " in text or "\t" in text:
            text = _SPACE_RUN.sub(" ", text)
        if " \n" in text or "\t\n" in text:
            text = _TRAILING_SPACE.sub("", text)
        return _BLANK_RUN.sub("\n\n", text) if "\n\n\n" in text else text
    # the whitespace the text holds after the replacements below: when it is only " ", "\t" and "\n", as in an
    # ASCII text, the same substring tests decide whether a pattern can match (the three patterns on every text
    # were 3 % of the analysis of the generated corpus, whose every text holds an accented letter; 2026-12-03)
    other_spaces = any(c.isspace() and c not in " \n\t\u00a0\u2028\u2029" for c in chars)
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n\n")
    if other_spaces:
        text = _BLANK_RUN.sub("\n\n", _TRAILING_SPACE.sub("", _SPACE_RUN.sub(" ", text)))
    else:
        if "  " in text or "\t" in text:
            text = _SPACE_RUN.sub(" ", text)
        if " \n" in text or "\t\n" in text:
            text = _TRAILING_SPACE.sub("", text)
        if "\n\n\n" in text:
            text = _BLANK_RUN.sub("\n\n", text)
    return unicodedata.normalize("NFC", text)
