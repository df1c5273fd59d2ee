"""Untrusted text for Streamlit elements that render Markdown (``st.success``, ``st.caption``,
``st.subheader``, ``st.toast`` …): a file name like ``![b](https://host/x.png)`` or a PDF's error message
must show as written and never load an image or draw a link."""
from __future__ import annotations

import re

from model.text import BIDI_CONTROLS

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=\"'])")


def plain(text: object) -> str:
    """``text`` as one line with every Markdown and HTML character backslash-escaped (shown literally)."""
    line = " ".join(BIDI_CONTROLS.sub("", "" if text is None else str(text)).split())
    return _MARKDOWN.sub(r"\\\1", line)
