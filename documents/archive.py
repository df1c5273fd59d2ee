"""Zip archives read in memory, within limits: a .zip of documents, and the zip inside a Word file.

Nothing is ever written to disk and a member's name is only a label (``docs.zip › folder › a.txt``):
``../../etc/passwd`` or ``C:\\x`` cannot become a path. Sizes are checked against what is really read,
not against the sizes the archive claims, so a zip bomb is stopped after at most the limit.
"""
from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator

from documents.loaded import LoadError, mb

MAX_MEMBERS = 1000  # files in one archive
MAX_TOTAL_FACTOR = 5  # all members together: this many times the one size limit
MIN_WORD_BYTES = 64 * 2**20  # a Word file may always unpack to this much (an empty one is 0.8 MB of styles)
MAX_RATIO = 200  # uncompressed / compressed of one member; text compresses 3-10x, a bomb 1000x or more
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def is_word(data: bytes) -> bool:
    """A Word (.docx) file: a zip whose first entries include word/document.xml."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()[:MAX_MEMBERS]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        return False


def label(archive: str, name: str) -> str:
    """A member's display name: its path parts joined by " › ", without empty, "." or ".." parts,
    drive letters or control characters."""
    parts = [p for p in _CONTROL.sub("", name).replace("\\", "/").split("/") if p not in ("", ".", "..")]
    if parts and re.fullmatch(r"[A-Za-z]:", parts[0]):
        parts = parts[1:]
    return " › ".join([archive, *parts]) if parts else f"{archive} › unnamed"


def members(archive: str, data: bytes, max_member: int) -> Iterator[tuple[str, bytes] | LoadError]:
    """(label, bytes) of each file in a .zip, or a LoadError naming a member that is refused; the whole
    archive is refused (LoadError) when it is damaged or has more than ``MAX_MEMBERS`` files."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise LoadError(f"{archive}: damaged .zip archive ({exc})") from exc
    if len(infos) > MAX_MEMBERS:
        raise LoadError(f"{archive}: the archive holds {len(infos):,} files, over the limit of {MAX_MEMBERS:,} "
                        f"(zip limits) — split it")
    if not infos:
        raise LoadError(f"{archive}: empty .zip archive")
    return _read_members(archive, zf, infos, max_member)


def _read_members(archive: str, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo],
                  max_member: int) -> Iterator[tuple[str, bytes] | LoadError]:
    total_limit = MAX_TOTAL_FACTOR * max_member
    total = 0
    for info in infos:
        name = label(archive, info.filename)
        if total >= total_limit:
            yield LoadError(f"{name}: not read — the archive's files together pass "
                            f"{mb(total_limit)} MB uncompressed (zip limits)")
            continue
        try:
            content = read_member(zf, info, min(max_member, total_limit - total), name)
        except LoadError as exc:
            yield exc
            continue
        total += len(content)
        yield name, content


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, name: str) -> bytes:
    """A member's bytes, read in chunks and stopped as soon as it passes ``limit`` or ``MAX_RATIO``."""
    if info.flag_bits & 0x1:
        raise LoadError(f"{name}: encrypted inside the archive (password-protected zip)")
    compressed = max(info.compress_size, 1)
    out = bytearray()
    try:
        with zf.open(info) as f:
            while chunk := f.read(1 << 16):
                out += chunk
                if len(out) > limit:
                    raise LoadError(f"{name}: over the {mb(limit)} MB limit uncompressed (zip limits)")
                if len(out) > 1 << 20 and len(out) / compressed > MAX_RATIO:
                    raise LoadError(f"{name}: compressed more than {MAX_RATIO}:1, a zip bomb (zip limits)")
    except LoadError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
        raise LoadError(f"{name}: damaged inside the archive ({exc})") from exc
    return bytes(out)


def check_limits(source: str, data: bytes, max_total: int) -> None:
    """A Word file's zip within the same limits (members, total size, ratio), before python-docx opens it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_MEMBERS:
                raise LoadError(f"{source}: {len(infos):,} parts inside, over the limit of {MAX_MEMBERS:,} "
                                f"(zip limits)")
            total = 0
            for info in infos:
                if info.is_dir():
                    continue
                total += len(read_member(zf, info, max_total - total, f"{source} ({info.filename})"))
    except zipfile.BadZipFile as exc:
        raise LoadError(f"{source}: damaged Word file ({exc})") from exc
