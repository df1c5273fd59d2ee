"""Getting the store ready for the first page, with progress a viewer can read.

Two first steps analyse documents and can take a while: seeding the shipped documents into an empty
store (a newcomer's first start), and analysing the stored documents again after the analysis code
changed. Each runs once per store and server process, in a child process (``corpus.prepare``: the
server never loads spaCy or the gazetteer for it, and the analysis gets a core of its own) watched by
a background thread; every session that arrives meanwhile shows how far it is (documents done /
total) and draws its page as soon as the corpus is saved. The slower views' work (search index,
network layout) goes on while the first page is read; the pages that need it wait for it.
A store that needs neither (the usual start) costs two counting queries and starts nothing.
"""
from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from corpus.store import Store, analysis_version
from ui.text import plain

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "data" / "corpus"
_LOG = logging.getLogger(__name__)


@dataclass
class Preparation:
    """How far the store's preparation is: written by its thread, read by every session."""

    what: str = "Getting the documents ready"
    done: int = 0
    total: int = 0
    error: str | None = None
    ready: threading.Event = field(default_factory=threading.Event)  # the corpus is saved: pages can be drawn
    finished: threading.Event = field(default_factory=threading.Event)  # the search index and layout too

    def step(self, done: int, total: int) -> None:
        self.done, self.total = done, total

    def line(self) -> str:
        return f"{self.what}: {self.done} of {self.total} documents" if self.total else f"{self.what}…"


def prepare(job: Preparation, path: str, seed: bool) -> None:
    """Run ``corpus.prepare`` on the store, following its progress, then its ``--views`` step (in the
    thread; their error output goes to the server's log)."""
    analyse = [sys.executable, "-m", "corpus.prepare", path, *(["--seed", str(SHIPPED)] if seed else [])]
    try:
        with subprocess.Popen(analyse, cwd=ROOT, stdout=subprocess.PIPE, text=True) as child:
            for line in child.stdout:
                try:
                    event = json.loads(line)
                except ValueError:  # not a progress line (a library's own print): the log has it
                    _LOG.info("corpus.prepare: %s", line.rstrip())
                    continue
                if event.get("ready"):
                    job.ready.set()
                else:
                    job.what = event["what"]
                    job.step(event["done"], event["total"])
        if child.returncode:
            job.error = f"exit status {child.returncode}"
        job.ready.set()
        views = subprocess.run([sys.executable, "-m", "corpus.prepare", path, "--views"], cwd=ROOT,
                               stdout=subprocess.DEVNULL)
        if views.returncode and not job.error:
            job.error = f"exit status {views.returncode} (search index and layout)"
    except (OSError, KeyError) as exc:  # the pages then build what they can
        _LOG.exception("preparing the store failed")
        job.error = type(exc).__name__
    finally:
        job.ready.set()
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
        job.ready.set()
        job.finished.set()
        return job
    threading.Thread(target=prepare, args=(job, path, seed), name="policy-atlas-prepare", daemon=True).start()
    return job


def wait_until_ready(path: str, views: bool = False, poll: float = 0.2) -> None:
    """In a script run: while the store is being prepared, show its progress, then go on with the page
    (``views``: also wait for the search index and the network layout).

    Waiting in the run (not in a timer) draws the page in the same run once it is done; each update
    of the bar gives Streamlit the chance to stop the run if the viewer moves on meanwhile."""
    job = preparation(path)
    done = job.finished if views else job.ready
    box = st.empty()  # on every run, waiting or not: the page's elements keep their places (a map is not redrawn)
    if not done.is_set():
        _show_progress(job, done, box, poll)
    if job.error:
        st.warning(f"Preparing the documents failed ({plain(job.error)}); the server's log says why.")


def _show_progress(job: Preparation, done: threading.Event, box: DeltaGenerator, poll: float) -> None:
    with box.container():
        st.caption("Getting the documents ready: this happens once, not at every start.")
        bar = st.progress(0.0, text=job.line())
    while not done.wait(poll):
        if job.ready.is_set():
            bar.progress(1.0, text="Indexing the text and laying out the network…")
        else:
            bar.progress(job.done / job.total if job.total else 0.0, text=job.line())
    box.empty()
