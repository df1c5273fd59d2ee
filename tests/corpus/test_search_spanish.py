"""Search in Spanish and English documents of one corpus (issue 18): accents folded both ways, Spanish
words stemmed by Spanish rules, English ones by English rules, highlights on the words as written."""
import pytest

from corpus.pipeline import analyse_paths
from corpus.search_index import SearchIndex

DOCUMENTS = {
    "es_acentos.txt": (
        "Tegucigalpa, 28 de marzo de 2019. La Secretaría de Seguridad informó que la migración irregular "
        "aumentó durante el trimestre. Las autoridades migratorias y la Policía Nacional revisaron las "
        "políticas del Gobierno. Los flujos migratorios preocupan a las familias de la región."),
    "es_sin_acentos.txt": (
        "San Pedro Sula, 3 de abril de 2019. El informe sobre migracion y seguridad fue presentado por la "
        "policia municipal. Las migraciones de familias enteras continuaron durante el mes de abril."),
    "en.txt": (
        "Washington, March 5, 2019. The Secretary discussed irregular migration and the needs of migrants "
        "with police officials. Extradition requests were reviewed, and the officials were extraditing two "
        "suspects. Security cooperation continued."),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docs")
    for name, text in DOCUMENTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    corpus, errors = analyse_paths([folder])
    assert not errors
    return corpus


@pytest.fixture(scope="module")
def index(corpus, tmp_path_factory):
    idx = SearchIndex(tmp_path_factory.mktemp("search") / "atlas.db")
    idx.ensure(corpus, "k")
    yield idx
    idx.close()


def _sentences(found) -> set[str]:
    return {"".join(t for t, _ in h.parts) for h in found.hits}


def _marked(found) -> set[str]:
    return {t for h in found.hits for t, m in h.parts if m}


def test_the_documents_languages_are_detected(corpus):
    assert sorted(d.language for d in corpus.documents) == ["en", "es", "es"]


@pytest.mark.parametrize("query", ["migración", "migracion", "MIGRACIÓN", "migraciones"])
def test_accents_are_folded_both_ways_and_spanish_plurals_are_stemmed(index, query):
    found = index.search(query)
    assert _marked(found) == {"migración", "migracion", "migraciones"}  # as written in each document
    assert not any("migration" in s for s in _sentences(found))  # no translation: the English sentence is not found


@pytest.mark.parametrize("query,marked", [
    ("migratorio", {"migratorias", "migratorios"}),  # gender and number
    ("policía", {"Policía", "policia"}),
    ("autoridad", {"autoridades"}),
    ("política", {"políticas"}),
    ("informe", {"informó", "informe"}),  # Snowball's Spanish stem "inform" joins these two
])
def test_spanish_stems(index, query, marked):
    assert _marked(index.search(query)) == marked


@pytest.mark.parametrize("query,marked", [
    ("extradition", {"Extradition", "extraditing"}),
    ("migrant", {"migrants"}),
    ("officials", {"officials"}),
])
def test_english_keeps_its_stems(index, query, marked):
    assert _marked(index.search(query)) == marked


def test_migratorio_and_migracion_have_different_spanish_stems(index):
    """Snowball's Spanish stemmer keeps "migratori" apart from "migracion": a prefix finds both."""
    assert "migratorios" not in _marked(index.search("migración"))
    assert _marked(index.search("migra*")) >= {"migración", "migracion", "migraciones", "migratorias",
                                                "migratorios", "migration", "migrants"}


def test_a_spanish_phrase_with_accents(index):
    found = index.search('"migracion irregular"')
    assert _marked(found) == {"migración irregular"}
    assert _marked(index.search('"irregular migration"')) == {"irregular migration"}


def test_spanish_text_is_not_stemmed_by_english_rules(index):
    """English rules would make "regions" and the Spanish "región" one stem ("region"); the Spanish
    text is stemmed by Spanish rules only, which leave "regions" as it is. The word itself still matches."""
    assert index.search("regions").total == 0
    assert _marked(index.search("region")) == {"región"}


def test_only_the_languages_a_corpus_has_are_asked():
    from corpus.search_query import fts_query

    assert fts_query("migración", languages={"en"}) == '(en : "migracion")'
    assert fts_query("migración", languages={"es", "en"}) == '(en : "migracion" OR es : "migracion")'
