"""Property-based tests: random and mutated text through loading, cleaning, dating, place finding and
actor finding. Nothing but LoadError may escape, and every offset must point at its own text."""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.pipeline import analyse_document
from documents.clean import clean_text
from documents.dates import find_date
from documents.load import LoadError, load_bytes
from model import DocumentAnalysis
from tests.conftest import SHIPPED
from tests.security.payloads import PAYLOADS

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SHIPPED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SHIPPED.iterdir()) if p.is_file()]
FRAGMENTS = [p.text for p in PAYLOADS] + ["\n", "\n\n", "  ", "\t", ".", "U.S.", "Secretary", "Tegucigalpa",
                                          "Department of State", "March 3, 2015", "—", "\u202e", "\u200b", "\r"]

# Letters, punctuation, whitespace, accents, symbols, other scripts and surrogate-free astral characters.
noisy_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=400)
wordy_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True),
                                noisy_text.filter(lambda s: len(s) < 20)), max_size=60).map(" ".join)


@st.composite
def mutated_shipped(draw) -> str:
    """A window of a shipped document with payloads inserted, ranges deleted, duplicated or swapped."""
    text = draw(st.sampled_from(SHIPPED_TEXTS))
    start = draw(st.integers(0, max(0, len(text) - 2500)))
    text = text[start:start + 2500]
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 200)))
        op = draw(st.sampled_from(("insert", "delete", "duplicate", "swap", "upper", "noise")))
        if op == "insert":
            text = text[:i] + draw(st.sampled_from(FRAGMENTS)) + text[i:]
        elif op == "delete":
            text = text[:i] + text[j:]
        elif op == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        elif op == "swap":
            text = text[i:j] + text[:i] + text[j:]
        elif op == "upper":
            text = text[:i] + text[i:j].upper() + text[j:]
        else:
            text = text[:i] + draw(noisy_text) + text[j:]
    return text


def assert_offsets(analysis: DocumentAnalysis) -> None:
    doc = analysis.document
    excerpts = {e.id: e for e in doc.excerpts}
    for e in doc.excerpts:
        assert doc.text[e.start:e.end] == e.text and e.document == doc.id
    mentions = [m for p in analysis.places for m in p.mentions] + [m for a in analysis.actors for m in a.mentions]
    for m in mentions:
        assert 0 <= m.start < m.end <= len(doc.text), m
        assert doc.text[m.start:m.end] == m.text, m
        assert m.excerpt in excerpts, m
        ex = excerpts[m.excerpt]
        assert ex.start <= m.start and m.end <= ex.end, (m, ex)
    for r in analysis.relations:
        for ev in r.evidence:
            assert ev.excerpt in excerpts, ev


def analyse_text(text: str, name: str = "prop.txt") -> None:
    try:
        loaded = load_bytes(name, text.encode("utf-8", "surrogatepass"))
    except LoadError:
        return
    cleaned = clean_text(loaded.text)
    assert isinstance(cleaned.text, str)
    when = find_date(loaded.text, cleaned.text, loaded.metadata)
    if when.date:
        assert dt.date.fromisoformat(when.date).year == when.year
    assert_offsets(analyse_document(loaded))


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(["a.txt", "a.md", "a.html", "a.pdf", "a.xml", "noext"]))
def test_random_bytes_load_or_fail_clearly(data, name):
    try:
        loaded = load_bytes(name, data)
    except LoadError as exc:
        assert str(exc).startswith(f"{name}: ")
        return
    assert isinstance(loaded.text, str) and "\x00" not in loaded.text


@SETTINGS
@given(noisy_text)
def test_clean_and_date_random_text(text):
    cleaned = clean_text(text)
    assert all(len(run) <= 40 for run in cleaned.text.split())
    when = find_date(text, cleaned.text, {"date": text[:40]})
    assert when.year is None or 1900 <= when.year <= dt.date.today().year + 1


@SETTINGS
@given(wordy_text)
def test_whole_analysis_on_random_words(text):
    analyse_text(text)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_shipped(), st.sampled_from(["m.txt", "m.md"]))
def test_whole_analysis_on_mutated_shipped_documents(text, name):
    analyse_text(text, name)


@settings(max_examples=30, deadline=None)
@given(mutated_shipped())
def test_mutated_html_pages(text):
    import html

    page = "<html><body><main>" + "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n")) + "</main></body></html>"
    analyse_text(page, "m.html")


def test_every_payload_survives_the_whole_analysis():
    for p in PAYLOADS:
        analyse_text(f"Secretary Kerry met {p.text} in Tegucigalpa, Honduras, on March 3, 2015.\n\n{p.text}\n")
