"""Characters no name, title or excerpt may carry into a view: shared by loading, escaping and the
corrections schema."""
from __future__ import annotations

import re

# Bidirectional controls: a name written "gnp.exe" shown as "exe.png", a date read backwards.
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")


def without_bidi(text: str) -> str:
    return BIDI_CONTROLS.sub("", text)
