"""The shipped documents' analysis (``corpus.shipped``): current for the code, the same as analysing the
documents, and never used for files it was not made from."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

from corpus import shipped
from corpus.ingest import ingest
from corpus.serialize import to_data
from corpus.snapshot import built_merge, saved_merge
from corpus.store import Store, analysis_version
from documents.load import iter_paths
from tests.conftest import ROOT


def _stored(store: Store) -> list[tuple]:
    return store.db.execute("SELECT id, source, format, content, analysis, analysis_version FROM documents "
                            "ORDER BY source").fetchall()


def test_the_shipped_analysis_is_made_by_the_current_code():
    assert shipped.file_for(analysis_version()).is_file(), (
        "the shipped documents' analysis is not current for this code: run `python -m corpus.shipped` and commit "
        "data/analysed/")
    assert len(list(shipped.ANALYSED.glob("corpus-*.json.gz"))) == 1


def test_seeding_from_it_stores_what_analysing_the_documents_stores(tmp_path):
    with Store(tmp_path / "seeded.db") as seeded, Store(tmp_path / "analysed.db") as analysed:
        assert shipped.seed(seeded)
        assert ingest(analysed, list(iter_paths([shipped.FOLDER])), warm_after=False).errors == ()
        assert [r[:4] + (json.loads(r[4]), r[5]) for r in _stored(seeded)] == \
            [r[:4] + (json.loads(r[4]), r[5]) for r in _stored(analysed)]
        merged = saved_merge(seeded, seeded.documents_revision())
        assert merged is not None and len(merged.documents) == 5
        assert to_data(merged) == to_data(built_merge(analysed))


def test_it_is_not_used_for_files_it_was_not_made_from(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(shipped.FOLDER, folder)
    first = sorted(folder.iterdir())[0]
    first.write_bytes(first.read_bytes() + b"\nOne more line.\n")  # the same name, other bytes
    with Store(tmp_path / "a.db") as store:
        assert not shipped.seed(store, folder)
        assert store.document_count() == 0
    (folder / "extra.txt").write_text("A document the shipped analysis never saw.", encoding="utf-8")
    first.unlink()
    with Store(tmp_path / "b.db") as store:
        assert not shipped.seed(store, folder)
    shutil.rmtree(folder)
    shutil.copytree(shipped.FOLDER, folder)
    sorted(folder.iterdir())[0].unlink()  # one file fewer
    with Store(tmp_path / "c.db") as store:
        assert not shipped.seed(store, folder)


def test_a_first_start_stores_it_without_loading_the_analysis(tmp_path):
    """``corpus.prepare --seed`` of the shipped folder: ready, with no spaCy or rules imported and no gazetteer loaded."""
    code = (
        "import sys\n"
        "from corpus.prepare import prepare\n"
        f"prepare({str(tmp_path / 'atlas.db')!r}, __import__('pathlib').Path({str(shipped.FOLDER)!r}), print)\n"
        "print(sorted(m for m in ('spacy', 'corpus.pipeline', 'geo.finder', 'actors.document') if m in sys.modules))\n"
        "from geo.prepared import get_prepared\n"
        "print(get_prepared.cache_info().currsize)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip().splitlines()[-3:] == ["{'ready': True}", "[]", "0"]
    with Store(tmp_path / "atlas.db") as store:
        assert store.document_count() == 5 and store.stale_count(analysis_version()) == 0
