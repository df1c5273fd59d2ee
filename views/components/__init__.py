"""The HTML, CSS and JS of the app's custom components (Streamlit components v2), read from files.

The page registers them with ``st.components.v2.component(name, **assets(name))``; registering the
same definition on every rerun is a no-op for Streamlit.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def assets(name: str) -> dict[str, str]:
    """{"html", "css", "js"} for a component ("network" or "reader")."""
    return {part: (HERE / f"{name}.{part}").read_text(encoding="utf-8") for part in ("html", "css", "js")}


@lru_cache(maxsize=None)
def page_css(name: str) -> str:
    """A page's own stylesheet (``<name>_page.css``) as a ``<style>`` block for ``st.html``."""
    return f"<style>{(HERE / f'{name}_page.css').read_text(encoding='utf-8')}</style>"
