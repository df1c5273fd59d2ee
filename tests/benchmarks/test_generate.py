"""The benchmark corpus generator: deterministic, and shaped like real press releases."""
from __future__ import annotations

import re
from collections import Counter

import pytest

from benchmarks import vocabulary as V
from benchmarks.generate import generate_corpus, generate_document, official_pool
from documents.clean import clean_text
from documents.dates import find_date
from documents.load import load_bytes

SAMPLE = list(generate_corpus(60))


def test_same_seed_same_bytes_and_prefix_property():
    assert list(generate_corpus(60)) == SAMPLE
    assert list(generate_corpus(10)) == SAMPLE[:10]
    assert generate_document(59) == SAMPLE[59]


def test_another_seed_gives_other_documents():
    other = list(generate_corpus(5, seed=8))
    assert all(a[1] != b[1] for a, b in zip(other, SAMPLE))


@pytest.mark.parametrize("index", range(0, 60, 7))
def test_every_document_loads_and_has_a_release_date_in_range(index):
    source, data = SAMPLE[index]
    loaded = load_bytes(source, data)
    cleaned = clean_text(loaded.text)
    when = find_date(loaded.text, cleaned.text, loaded.metadata)
    assert when.year is not None and 2013 <= when.year <= 2024
    assert re.search(r"Release Date:\**\s+\w+ \d{1,2}, 20\d\d", loaded.text + data.decode())


def test_formats_sizes_and_years_vary_like_a_real_corpus():
    kinds = Counter(name.rsplit(".", 1)[1] for name, _ in generate_corpus(300))
    assert kinds["txt"] > kinds["md"] > 0 and kinds["html"] > 0
    words = [len(data.split()) for _, data in SAMPLE]
    assert 250 <= min(words) and max(words) <= 1200  # press-release sized
    years = {int(y) for _, data in SAMPLE for y in re.findall(rb"Release Date:\**\s+\w+ \d+, (\d{4})", data)}
    assert len(years) >= 8


def test_documents_name_titled_officials_agencies_with_acronyms_and_places():
    text = "\n".join(data.decode() for _, data in SAMPLE)
    assert re.search(r"Secretary of (Homeland Security|State) [A-Z][a-z]+ ([A-Z]\. )?[A-Z][a-z]+", text)
    assert re.search(r"[A-Z][a-z]+ ([A-Z]\. )?[A-Z][a-z]+, Minister of [A-Za-z ]+ of (Honduras|Guatemala|El Salvador|Mexico)", text)
    assert re.search(r"the [A-Z][A-Za-z .]+ \((DHS|USAID|DEA|CBP|INL|HNP|FBI|ICE)\)", text)
    cities = {c for cs in V.CITIES.values() for c in cs}
    assert len({c for c in cities if c in text}) >= 30
    assert any(line.strip() in text for lines in V.HEADER_BOILERPLATE for line in lines if "{" not in line)


def test_officials_recur_with_a_skewed_frequency():
    pool, _ = official_pool()
    text = "\n".join(data.decode() for _, data in generate_corpus(200))
    counts = sorted((text.count(o.name) for o in pool[:300]), reverse=True)
    assert counts[0] >= 10 * max(1, counts[150])  # a few recur constantly, most rarely
