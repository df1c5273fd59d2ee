"""Language detection, and Spanish text read with Spanish rules."""
import pytest

from documents.language import detect_language, language_name
from model.nlp import tokenize


@pytest.mark.parametrize("text, expected", [
    ("The Secretary of State met with the Foreign Minister of Honduras to discuss migration and security.", "en"),
    ("El Presidente de la República se reunió con el Embajador de los Estados Unidos para revisar la "
     "cooperación en seguridad y migración.", "es"),
    # Spanish names in English text do not make it Spanish
    ("Secretary Pompeo met President Juan Orlando Hernández in San Pedro Sula and Los Angeles with the "
     "Secretaría de Seguridad.", "en"),
    # English names in Spanish text do not make it English
    ("La Embajada de los Estados Unidos y el Department of Homeland Security firmaron un acuerdo con la "
     "Secretaría de Seguridad para el Northern Triangle.", "es"),
    ("Le ministre des affaires étrangères a rencontré les représentants du gouvernement dans la capitale.", "fr"),
    ("O ministro das relações exteriores se reuniu com os representantes do governo na capital.", "pt"),
    ("Der Außenminister traf sich mit den Vertretern der Regierung in der Hauptstadt.", "de"),
    ("Media Note", "en"),  # too short to vote, Latin script: the corpus default
    ("", "und"),
    ("美国国务卿会见了洪都拉斯外交部长", "und"),
])
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_language_names():
    assert (language_name("es"), language_name("en"), language_name("und")) == ("Spanish", "English", "Undetermined")


def test_spanish_text_uses_spanish_tokenizer_and_the_same_sentence_rules():
    text = "El Sr. Pérez visitó EE. UU. el lunes.\nLa Canciller habló. (La reunión terminó.)"
    doc = tokenize(text, "es")
    assert doc.lang_ == "es"
    sentences = [s.text for s in doc.sents if s.text.strip()]
    assert sentences == ["El Sr. Pérez visitó EE. UU. el lunes.", "La Canciller habló.", "(La reunión terminó.)"]
    assert "EE. UU." in [t.text for t in doc]  # Spanish tokenizer exceptions
    assert tokenize("x", "und").lang_ == "en"  # no spaCy data: the English rules


def test_document_rows_name_the_language():
    import dataclasses

    from corpus.summary import document_rows
    from model import Corpus, Document

    docs = (Document("a", "a.txt", "A", "x"), dataclasses.replace(Document("b", "b.txt", "B", "y"), language="es"))
    rows = document_rows(Corpus(documents=docs, places=(), actors=(), relations=()))
    assert [r["language"] for r in rows] == ["English", "Spanish"]


def test_the_vote_reads_stop_words_without_importing_language_packages():
    """spaCy's French package compiles seconds of tokenizer exceptions on import; the vote needs only
    the stop-word lists (a fresh process, so nothing else imported them first)."""
    import subprocess
    import sys

    code = ("import sys; from documents.language import detect_language; "
            "assert detect_language('Le ministre des affaires étrangères a rencontré les représentants du gouvernement dans la capitale.') == 'fr'; "
            "print(sorted(m for m in sys.modules if m.startswith('spacy.lang.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "spacy.lang.fr" not in out and "spacy.lang.es" not in out
