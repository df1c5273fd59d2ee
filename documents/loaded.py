"""What loading yields, and how it fails: shared by the loader and the format readers."""
from __future__ import annotations

from dataclasses import dataclass, field


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
