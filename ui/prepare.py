"""Getting the store ready for the first page, with progress a viewer can read.

Two first steps analyse documents and can take a while: seeding the shipped documents into an empty
store (a newcomer's first start), and analysing the stored documents again after the analysis code
changed. Each runs once per store and server process in a background thread; every session that
arrives meanwhile shows how far it is (documents done / total) and draws its page when it is done.
A store that needs neither (the usual start) costs two counting queries and starts no thread.
"""
from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from corpus.store import Store, analysis_version

SHIPPED = Path(__file__).resolve().parent.parent / "data" / "corpus"
_LOG = logging.getLogger(__name__)


@dataclass
class Preparation:
    """How far the store's preparation is: written by its thread, read by every session."""

    what: str = ""
    done: int = 0
    total: int = 0
    error: str | None = None
    finished: threading.Event = field(default_factory=threading.Event)

    def step(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def line(self) -> str:
        return f"{self.what}: {self.done} of {self.total} documents" if self.total else f"{self.what}…"


def prepare(job: Preparation, path: str, seed: bool) -> None:
    """The work itself (in the thread): analyse, then save what every page reads (``corpus.warm``)."""
    try:
        import corpus.warm  # noqa: F401  (registers the after-ingest work: saved corpus, layout, search index)
        from corpus.ingest import ingest
        from corpus.warm import prepare_views
        from documents.load import iter_paths

        with Store(path) as store:
            if seed:
                files = list(iter_paths([SHIPPED]))
                job.what, job.total = "Analysing the shipped documents", len(files)
                ingest(store, files, progress=job.step)
            else:
                job.what, job.total = "Analysing the documents again (the analysis code changed)", \
                    store.stale_count(analysis_version())
                prepare_views(store, progress=job.step)
    except Exception as exc:  # the pages then build what they can; the log has the traceback
        _LOG.exception("preparing the store failed")
        job.error = f"{type(exc).__name__}"
    finally:
        job.finished.set()


@st.cache_resource(show_spinner=False)
def preparation(path: str) -> Preparation:
    """The store's preparation, started once per store and process (finished at once when there is
    nothing to do: documents are stored and all were analysed by the current code)."""
    job = Preparation()
    with Store(path) as store:
        seed = store.document_count() == 0
        stale = 0 if seed else store.stale_count(analysis_version())
    if not seed and not stale:
        job.finished.set()
        return job
    threading.Thread(target=prepare, args=(job, path, seed), name="policy-atlas-prepare", daemon=True).start()
    return job


def wait_until_ready(path: str, poll: float = 0.2) -> None:
    """In a script run: while the store is being prepared, show its progress, then go on with the page.

    Waiting in the run (not in a timer) draws the page in the same run once it is done; each update
    of the bar gives Streamlit the chance to stop the run if the viewer moves on meanwhile."""
    job = preparation(path)
    if job.finished.is_set():
        return
    bar = st.progress(0.0, text=job.line())
    while not job.finished.wait(poll):
        bar.progress(job.done / job.total if job.total else 0.0, text=job.line())
    bar.empty()
