"""At server start, before any viewer arrives: a new store's preparation (``ui.prepare``) begins at once.

Between the server answering and the first script run, the browser spends about a second loading
Streamlit's front end. A newcomer's first start (storing the shipped documents) or a start after the
analysis code changed (analysing the documents again) begins in that second instead of at the first
run, in its child process. It is the same cached preparation the first run asks for, so a failure here
is only logged: the page shows the preparation's own error.

Not done here, measured (``benchmarks.start_speed``): importing the first page's libraries (pandas and
pyarrow for its table) or reading the corpus in this thread made the later start slower, 3.1-3.65 s
against 3.04-3.07 s: the front end's files came later (its frame drawn at 1.9-2.8 s against 1.6 s), as
this thread held Python's lock while the server sent them.
"""
from __future__ import annotations

import logging
import threading

_LOG = logging.getLogger(__name__)


def _start_preparation() -> None:
    try:
        from ui.data import store_path
        from ui.prepare import preparation

        preparation(store_path())  # cached: the first run finds this same preparation
    except Exception:  # the first run does each step itself and reports its own failure
        _LOG.warning("the store's preparation did not start early", exc_info=True)


def begin() -> threading.Thread:
    """Begin the store's preparation in a thread (returned for tests), so the server's start is not held up."""
    thread = threading.Thread(target=_start_preparation, name="policy-atlas-early-start", daemon=True)
    thread.start()
    return thread
