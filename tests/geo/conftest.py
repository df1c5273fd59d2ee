"""Shared fixtures: the gazetteer is built (or loaded from its pickle) once per session."""
from __future__ import annotations

import pytest
from geo_helpers import make_document

from geo.finder import find_places
from geo.prepared import get_gazetteer


@pytest.fixture(scope="session")
def gaz():
    return get_gazetteer()


@pytest.fixture(scope="session")
def places_of(gaz):
    def run(text: str, doc_id: str = "d1"):
        doc, tokens = make_document(text, doc_id)
        return find_places(doc, tokens)
    return run
