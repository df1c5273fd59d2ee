"""After the first page is drawn: the other pages' imports, in a background thread.

A page's first visit used to pay for its libraries (the Map page imports folium and pandas, about a
second; the Network page networkx): a later visit did not. Importing them once per server process
while the viewer reads the first page makes the first visit as quick as the next. The modules are
read from the pages' own import lines, so a page that imports something new is warmed too. The
static files the other pages load (``ui.assets.static_files``) are checked or written first. On a
first start it waits for the store's preparation (``ui.prepare``) to end, so the two never hold their
memory at the same time. ``ui.preload`` does the same in the browser.
"""
from __future__ import annotations

import ast
import logging
import threading
from importlib import import_module
from pathlib import Path

import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

from ui.assets import static_files
from ui.data import store_path
from ui.prepare import preparation

PAGES = Path(__file__).resolve().parent.parent / "app_pages"
_LOG = logging.getLogger(__name__)


def page_imports(folder: Path = PAGES) -> list[str]:
    """The modules the pages in ``folder`` import at their top level, in order, each once (for
    ``from a import b`` also ``a.b``, which may be a module: ``import_all`` skips it when it is not)."""
    names: dict[str, None] = {}
    for page in sorted(folder.glob("*.py")):
        for node in ast.parse(page.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Import):
                names.update(dict.fromkeys(alias.name for alias in node.names))
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names[node.module] = None
                names.update(dict.fromkeys(f"{node.module}.{alias.name}" for alias in node.names))
    return list(names)


def import_all(modules: list[str]) -> None:
    """Import each module (a failure is logged, never raised: the page will say so when visited)."""
    for name in modules:
        try:
            import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:  # a.b that is a name inside a, not a module, is not an error
                _LOG.warning("warming up: %s did not import", name, exc_info=True)
        except Exception:  # a page that cannot import will say so itself when visited
            _LOG.warning("warming up: %s did not import", name, exc_info=True)


def _warm(modules: list[str], after: threading.Event) -> None:
    after.wait()
    try:
        static_files()
    except Exception:  # a page that needs them writes them again, and says so if it cannot
        _LOG.warning("warming up: the static files were not written", exc_info=True)
    import_all(modules)


@st.cache_resource(show_spinner=False)
def warm_pages() -> threading.Thread:
    """Start importing every page's modules, once per server process (the thread is returned for tests).

    The thread carries this run's context: a component library declares its component when it is
    imported (streamlit_folium), and Streamlit registers it only from a thread with a context."""
    thread = threading.Thread(target=_warm, args=(page_imports(), preparation(store_path()).finished),
                              name="policy-atlas-warm-up", daemon=True)
    add_script_run_ctx(thread, get_script_run_ctx())
    thread.start()
    return thread
