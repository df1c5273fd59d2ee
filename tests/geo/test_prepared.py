"""The prepared gazetteer: shipped up to date, keyed by its sources' content, built once and then read."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

import geo.prepared as prepared
from geo.gazetteer import Entry, Gazetteer
from geo.matching import NameMatcher
from model.nlp import tokenize

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_file_matches_its_sources():
    path = prepared.SHIPPED_DIR / prepared.file_name(prepared.source_key())
    assert path.exists(), "the gazetteer's sources changed: run `PYTHONPATH=. python data/gazetteer/make_prepared.py` and commit the new file"
    assert len(list(prepared.SHIPPED_DIR.glob("gazetteer-*.json.gz"))) == 1


def test_key_follows_content_not_file_times(tmp_path, monkeypatch):
    source = tmp_path / "regions.json"
    source.write_text("{}")
    monkeypatch.setattr(prepared, "source_files", lambda: [source])
    key = prepared.source_key()
    source.touch()  # a new modification time, same content (a fresh clone, another checkout)
    assert prepared.source_key() == key
    source.write_text('{"places": []}')
    assert prepared.source_key() != key


def _tiny() -> prepared.Prepared:
    gaz = Gazetteer()
    gaz.add(Entry("geonames:1", "La Ceiba", "city", 15.78, -86.79, "HN", 176000))
    gaz.name("La Ceiba", "geonames:1")
    gaz.demonyms["honduran"] = "country:HN"
    return prepared.Prepared(gaz, frozenset({("la", "ceiba")}), frozenset({("honduran",)}))


def test_cold_start_prepares_once_and_the_next_load_reads_it(tmp_path, monkeypatch):
    """No shipped file for these sources: the first load builds and caches; the second only reads."""
    monkeypatch.setattr(prepared, "SHIPPED_DIR", tmp_path / "shipped")
    monkeypatch.setenv("POLICY_ATLAS_CACHE", str(tmp_path / "cache"))
    other = tmp_path / "cache" / prepared.file_name("another-version")
    other.parent.mkdir()
    other.write_bytes(b"a copy kept by another checkout")
    builds = []
    monkeypatch.setattr(prepared, "build", lambda: builds.append(1) or _tiny())

    first = prepared.load()
    assert builds == [1]
    assert (tmp_path / "cache" / prepared.file_name(prepared.source_key())).exists()
    second = prepared.load()
    assert builds == [1], "the second load must read the prepared file, not build"
    assert second.gazetteer.entries == first.gazetteer.entries
    assert second.gazetteer.index == first.gazetteer.index
    assert (second.places, second.demonyms) == (first.places, first.demonyms)
    assert other.read_bytes() == b"a copy kept by another checkout"  # other versions are never deleted


def test_a_damaged_cache_file_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setattr(prepared, "SHIPPED_DIR", tmp_path / "shipped")
    monkeypatch.setenv("POLICY_ATLAS_CACHE", str(tmp_path))
    (tmp_path / prepared.file_name(prepared.source_key())).write_bytes(b"not gzip")
    monkeypatch.setattr(prepared, "build", _tiny)
    assert "geonames:1" in prepared.load().gazetteer.entries


@pytest.fixture(scope="module")
def shipped() -> prepared.Prepared:
    return prepared.get_prepared()


def test_shipped_gazetteer_has_the_places(shipped):
    gaz = shipped.gazetteer
    assert len(gaz.entries) > 30_000
    assert any(gaz.entries[i].country == "HN" for i, _ in gaz.index["la ceiba"])
    assert ("san", "pedro", "sula") in shipped.places and ("honduran",) in shipped.demonyms


def test_name_matcher_finds_what_spacys_phrase_matcher_finds(shipped):
    """Same spans, same order, on the shipped documents (the PhraseMatcher over the same patterns)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data" / "corpus").glob("*.txt"))]
    docs = [tokenize(t) for t in texts]
    words = {t.lower_ for d in docs for t in d}
    nlp = spacy.blank("en")
    phrase = PhraseMatcher(nlp.vocab, attr="LOWER")
    phrase.add("DEMONYM", [Doc(nlp.vocab, words=list(p)) for p in sorted(shipped.demonyms) if p[0] in words])
    phrase.add("PLACE", [Doc(nlp.vocab, words=list(p)) for p in sorted(shipped.places) if p[0] in words])
    demonym = nlp.vocab.strings["DEMONYM"]
    ours = NameMatcher(shipped.places, shipped.demonyms)
    for doc in docs:
        expected = sorted([(s, e, label == demonym) for label, s, e in phrase(doc)], key=lambda h: (h[0], -h[1]))
        got = sorted(ours(doc), key=lambda h: (h[0], -h[1]))
        assert got == expected and len(got) > 20
