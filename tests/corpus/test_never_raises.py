"""A document may fail to say anything useful, but ``analyse_document`` must never raise: truncated at
every token, ending on every kind of head or title word, or arbitrary text (hypothesis)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actors.companies import COMPANY_NOUNS
from actors.institutions import BODY_HEADS_ES, COUNTRY_BODIES, CRIMINAL_HEADS, HEAD_AFTER, HEAD_BEFORE, OPENERS
from corpus.pipeline import analyse_document
from documents.load import LoadError, load_bytes
from model.legal_forms import COMPANY_FORMS

SAMPLE = (
    "WASHINGTON, June 10, 2021 — Secretary of Homeland Security Alejandro N. Mayorkas met Mexican Foreign "
    "Secretary Marcelo Ebrard and the Honorable Dr. Ana García de la Cruz, Deputy Assistant to the President "
    "and Principal Deputy National Security Advisor, to support the efforts of Mexico’s National Search "
    "Commission and the Secretariat of Security and Civilian Protection. The General Directorate of Migration "
    "(DGM) of Honduras, the Sinaloa Cartel and the Lobos’ family were named. \\###"
)
ENDINGS = sorted(HEAD_BEFORE | HEAD_AFTER | OPENERS | CRIMINAL_HEADS | COMPANY_NOUNS | COMPANY_FORMS | BODY_HEADS_ES
                 | COUNTRY_BODIES | {
    "Secretary", "Minister", "President", "Ambassador", "Acting", "Deputy", "Special", "Principal", "Dr.",
    "The Honorable", "Mr.", "of", "the", "and", "'s", "’s", "(", "“", "U.S.", "Department of", "Ministry of the",
    "S. de", "S.A. de", ", led by", "Minister-", "Minister-designate", "Chargé d'Affaires a.i.", "in", "as",
    "Parliament of the", "Office of the", "Fecha de la", "POB", "towns of Turbo,", "de la", "y del", "\"El"})


def _analyse(text: str) -> None:
    try:
        loaded = load_bytes("doc.md", text.encode("utf-8"))
    except LoadError:
        return  # refused with a message (empty, not text): the loader's contract, tested elsewhere
    analysis = analyse_document(loaded)
    text = analysis.document.text
    for excerpt in analysis.document.excerpts:
        assert 0 <= excerpt.start <= excerpt.end <= len(text)


def test_truncated_at_every_token():
    cuts = [i for i, ch in enumerate(SAMPLE) if ch in " ’'.,()"] + [len(SAMPLE)]
    for cut in cuts:
        _analyse(SAMPLE[:cut])
        _analyse(SAMPLE[:cut] + "\n\\###")


@pytest.mark.parametrize("word", ENDINGS)
def test_document_ending_on_head_words(word):
    for ending in (word, word.title(), word.upper(), f"National {word.title()}", f"General {word.title()} of"):
        _analyse(f"The meeting in Tegucigalpa supported the {ending}")
        _analyse(f"Honduras.\n\n{ending}")


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(ENDINGS), st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True),
                          st.text(max_size=12)), max_size=40).map(" ".join))
def test_arbitrary_text_never_raises(text):
    _analyse(text)


def test_bodies_of_every_country_the_lexicon_knows():
    # territories the country data gives no demonym (Turks and Caicos Islands, Dominica, Curaçao) crashed the
    # naming of their bodies (IndexError in actors.institutions.pattern_draft)
    from actors.lexicon import get_lexicon

    names = [c.names[0] for c in get_lexicon().countries.values()]
    for i in range(0, len(names), 25):
        text = " ".join(f"{n}'s Ministry of Finance, the Customs Department of {n} and the {n} Police Force met in "
                        f"{n}." for n in names[i:i + 25])
        _analyse(text)
