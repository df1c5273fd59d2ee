"""Shared test setup: the shipped corpus and temp stores (the app root is on the path through
pyproject.toml's ``pythonpath``, which AppTest needs to run page files from app_pages/)."""
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SHIPPED = ROOT / "data" / "corpus"


@pytest.fixture
def tmp_store_path(tmp_path, monkeypatch):
    """A fresh store file for the test, also set as ATLAS_DB for code that opens the default store."""
    path = tmp_path / "atlas.db"
    monkeypatch.setenv("ATLAS_DB", str(path))
    return path


@pytest.fixture(scope="session")
def shipped_corpus():
    """The five shipped documents, analysed once per test session."""
    from corpus.pipeline import analyse_paths

    corpus, errors = analyse_paths([SHIPPED])
    assert not errors
    return corpus
