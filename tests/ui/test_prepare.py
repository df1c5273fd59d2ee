"""The store's preparation before the first page: the shipped documents seeded (or stale ones analysed
again) with progress in documents done / total, and everything the views read saved for the next start."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import threading

import ui.prepare
from corpus.layout import shape_key
from corpus.search_index import SearchIndex
from corpus.snapshot import saved_corpus
from corpus.store import Store, read_setting
from corpus.view_data import LAYOUT_KEY
from tests.conftest import ROOT
from ui.prepare import Preparation, preparation, prepare


class Steps(Preparation):
    """A preparation that remembers every step it was told (documents done, total)."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[tuple[int, int]] = []

    def step(self, done: int, total: int) -> None:
        self.seen.append((done, total))
        super().step(done, total)


def test_shipped_documents_whose_analysis_was_not_shipped_are_analysed_with_progress(tmp_path, monkeypatch):
    """A shipped folder the shipped analysis does not match (``corpus.shipped``: here one document edited) is
    analysed, with progress in documents done / total."""
    folder = tmp_path / "corpus"
    shutil.copytree(ui.prepare.SHIPPED, folder)
    first = sorted(folder.iterdir())[0]
    first.write_bytes(first.read_bytes() + b"\nOne more line.\n")
    monkeypatch.setattr(ui.prepare, "SHIPPED", folder)
    job = Steps()
    prepare(job, str(tmp_path / "atlas.db"), seed=True)
    assert job.error is None and job.ready.is_set() and job.finished.is_set()
    assert job.seen == [(i, 5) for i in range(0, 6)]
    assert job.line() == "Analysing the shipped documents: 5 of 5 documents"
    with Store(tmp_path / "atlas.db") as store:
        assert saved_corpus(store, store.revision()) is not None


def test_a_new_store_is_seeded_and_left_ready_for_the_next_start(tmp_store_path):
    """The shipped documents come with their analysis: no step to show, and everything the next start reads."""
    job = Steps()
    prepare(job, str(tmp_store_path), seed=True)
    assert job.error is None and job.ready.is_set() and job.finished.is_set()
    assert job.seen == []
    with Store(tmp_store_path) as store:
        revision = store.revision()
        corpus = saved_corpus(store, revision)  # the next start reads this, no analysis
        assert corpus is not None and len(corpus.documents) == 5
        from corpus.graph import actor_graph
        from corpus.layout import graph_shape

        assert read_setting(store, LAYOUT_KEY)["key"] == shape_key(graph_shape(actor_graph(corpus)))
    with SearchIndex(tmp_store_path) as index:
        assert index.key() == revision


def test_documents_of_older_analysis_code_are_analysed_again_with_progress(tmp_store_path):
    prepare(Preparation(), str(tmp_store_path), seed=True)
    with sqlite3.connect(tmp_store_path) as db:
        db.execute("UPDATE documents SET analysis_version='older code' WHERE rowid <= 3")
    job = Steps()
    prepare(job, str(tmp_store_path), seed=False)
    assert job.error is None
    assert job.seen == [(0, 3), (1, 3), (2, 3), (3, 3)]
    assert job.what.startswith("Analysing the documents again")
    with Store(tmp_store_path) as store:
        from corpus.store import analysis_version

        assert store.stale_count(analysis_version()) == 0
        assert saved_corpus(store, store.revision()) is not None


def test_an_analysed_store_starts_no_preparation(tmp_store_path):
    prepare(Preparation(), str(tmp_store_path), seed=True)
    preparation.clear()
    before = {t.name for t in threading.enumerate()}
    job = preparation(str(tmp_store_path))
    assert job.ready.is_set() and job.finished.is_set()
    assert "policy-atlas-prepare" not in {t.name for t in threading.enumerate()} - before


def test_a_later_start_imports_no_analysis_code(tmp_store_path):
    """Seeded once (first process), a fresh process serves the Corpus page from the saved corpus: no
    spaCy, networkx, Altair or gazetteer by the time the page is drawn; warming the other pages up
    afterwards (``ui.warmup``) brings networkx and folium, and visiting every page never the analysis."""
    prepare(Preparation(), str(tmp_store_path), seed=True)
    watched = "('spacy', 'networkx', 'altair', 'folium', 'actors.document', 'geo.finder', 'geo.geocoder')"
    first = "('pydantic', 'streamlit.emojis')"  # the corrections schema (none stored here), the emoji catalogue
    pages = ["map.py", "tour.py", "network.py", "documents.py", "actor.py", "home.py"]
    code = (
        "import sys\n"
        "import ui.warmup\n"
        "from streamlit.testing.v1 import AppTest\n"
        "ui.warmup.warm_pages = lambda: None  # looked at below, after the page\n"
        f"at = AppTest.from_file({str(ROOT / 'streamlit_app.py')!r}, default_timeout=120).run()\n"
        "assert not at.exception, at.exception\n"
        "print({m.label: m.value for m in at.metric}['Documents'])\n"
        f"print(sorted(m for m in {watched} + {first} if m in sys.modules))\n"
        "ui.warmup.import_all(ui.warmup.page_imports())\n"
        f"print(sorted(m for m in {watched} if m in sys.modules))\n"
        f"for page in {pages!r}:\n"
        f"    at.switch_page({str(ROOT / 'app_pages')!r} + '/' + page).run()\n"
        "    assert not at.exception, (page, at.exception)\n"
        f"print(sorted(m for m in {watched} if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    documents, at_first_page, warmed, every_page = out.stdout.strip().splitlines()[-4:]
    assert documents == "5"
    assert at_first_page == "[]"
    assert warmed == "['folium', 'networkx']"
    assert every_page == "['folium', 'networkx']"


def test_a_correction_is_applied_in_the_server_without_analysis_code(tmp_store_path):
    """After a correction the next script run shows it at once: the store's saved merge with the corrections
    applied, in a fresh server process that never imports the analysis (no spaCy, no finders, no pipeline),
    on every page; the search index keeps its text (only its tags follow the correction)."""
    prepare(Preparation(), str(tmp_store_path), seed=True)
    with Store(tmp_store_path) as store:
        busiest = max(saved_corpus(store, store.revision()).actors, key=lambda a: len(a.mentions))
    watched = "('spacy', 'corpus.pipeline', 'corpus.ingest', 'actors.document', 'geo.finder', 'geo.geocoder')"
    pages = ["map.py", "tour.py", "network.py", "documents.py", "home.py"]
    code = (
        "import sys\n"
        "import ui.warmup\n"
        "from corpus.store import Store\n"
        "from streamlit.testing.v1 import AppTest\n"
        "ui.warmup.warm_pages = lambda: None\n"
        f"at = AppTest.from_file({str(ROOT / 'streamlit_app.py')!r}, default_timeout=120).run()\n"
        "assert not at.exception, at.exception\n"
        f"with Store({str(tmp_store_path)!r}) as store:  # as the Network and Actor pages store it\n"
        f"    store.add_correction('actor', 'rename', {{'id': {busiest.id!r}, 'name': 'Renamed In This Test'}})\n"
        f"at.query_params['id'] = {busiest.id!r}\n"
        f"at.switch_page({str(ROOT / 'app_pages' / 'actor.py')!r}).run()\n"
        "assert not at.exception, at.exception\n"
        "print(at.title[0].value)\n"
        f"for page in {pages!r}:\n"
        f"    at.switch_page({str(ROOT / 'app_pages')!r} + '/' + page).run()\n"
        "    assert not at.exception, (page, at.exception)\n"
        f"at.switch_page({str(ROOT / 'app_pages' / 'documents.py')!r}).run()\n"
        "at.text_input(key='doc_query').input('Honduras').run()  # a search: the index at this revision\n"
        "assert not at.exception, at.exception\n"
        f"print(sorted(m for m in {watched} if m in sys.modules))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    title, imported = out.stdout.strip().splitlines()[-2:]
    assert title == "Renamed In This Test"
    assert imported == "[]"
    with Store(tmp_store_path) as store, SearchIndex(tmp_store_path) as index:
        assert index.key() == store.revision()  # the search brought the index up to the correction


def test_the_server_begins_a_new_stores_preparation_before_any_viewer(tmp_store_path):
    """``ui.startup`` (the server's lifespan) seeds a new store with no script run asking; the first run then
    finds that same preparation (cached), not a second one."""
    import time

    from ui.startup import begin

    preparation.clear()
    begin().join(timeout=30)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with Store(tmp_store_path) as store:
            if store.document_count() == 5 and saved_corpus(store, store.revision()) is not None:
                break
        time.sleep(0.1)
    else:
        raise AssertionError("the store was not seeded")
    before = {t.name for t in threading.enumerate()}
    job = preparation(str(tmp_store_path))
    assert job.ready.wait(timeout=60) and job.error is None
    assert "policy-atlas-prepare" not in {t.name for t in threading.enumerate()} - before
