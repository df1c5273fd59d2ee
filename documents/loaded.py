"""What loading yields, and how it fails: shared by the loader and the format readers."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

# Slow steps inside one file report (what, done, total): OCR of a scanned PDF says ("scan.pdf: OCR", 2, 9).
Progress = Callable[[str, int, int], None]


class LoadError(Exception):
    """A file that cannot be read as a document; the message says why, for the user."""


@dataclass(frozen=True)
class LoadedText:
    """A file's decoded main text and the metadata found in it, before cleaning."""

    source: str
    format: str  # "txt" | "md" | "html" | "rss" | "pdf" | "docx" | "eml"
    text: str
    content: bytes = field(repr=False, default=b"")
    metadata: dict[str, str] = field(default_factory=dict, compare=False)


def mb(n: float) -> str:
    """Bytes as megabytes the way limits are written: "20", "0.5", "21.3"."""
    return f"{n / 2**20:.1f}".removesuffix(".0")
