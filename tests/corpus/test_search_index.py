"""Full-text search with SQLite FTS5 on the shipped corpus: stems, phrases, prefixes, operators,
facets, ranking, escaping of what is shown, and clear messages for queries it cannot read."""
import pytest

from corpus.search_index import Facets, QueryError, SearchIndex, fts_query


@pytest.fixture(scope="module")
def index(shipped_corpus, tmp_path_factory):
    idx = SearchIndex(tmp_path_factory.mktemp("search") / "atlas.db")
    assert idx.ensure(shipped_corpus, "rev-1") is True
    assert idx.ensure(shipped_corpus, "rev-1") is False  # same revision: not rebuilt
    yield idx
    idx.close()


def _texts(result):
    return ["".join(t for t, _ in h.parts) for h in result.hits]


def _marked(result):
    return [t for h in result.hits for t, m in h.parts if m]


def test_stems_find_other_forms_of_a_word(index):
    found = index.search("extradition")
    assert found.total >= 1 and any("extraditing" in t for t in _texts(found))
    assert "extraditing" in _marked(found)


def test_the_placeholder_example_finds_something(index):
    found = index.search("extradition police")
    assert found.total >= 2 and found.relaxed  # no sentence has both: sentences with either, best first
    assert {m.casefold() for m in _marked(found)} >= {"extraditing", "police"}


def test_a_quoted_phrase_needs_the_words_together(index):
    phrase = index.search('"irregular migration"')
    words = index.search("migration irregular")
    assert phrase.total >= 1 and all("irregular migration" in t.casefold() for t in _texts(phrase))
    assert words.total >= phrase.total


def test_a_prefix_matches_every_continuation(index):
    found = index.search("traffick*")
    marked = {m.casefold() for m in _marked(found)}
    assert found.total >= 2 and all(m.startswith("traffick") for m in marked) and len(marked) >= 2


def test_and_or_not(index):
    either = index.search("police OR army").total
    both = index.search("police AND army").total
    police = index.search("police").total
    without = index.search("police NOT army").total
    assert either >= police >= without and police == both + without and police > 0


def test_ranking_puts_sentences_with_more_of_the_words_first(index):
    found = index.search("Honduras OR security OR cooperation")
    scores = [h.score for h in found.hits]
    assert scores == sorted(scores)  # best first

    def words(hit) -> int:
        return len({text.lower() for text, matched in hit.parts if matched})

    assert words(found.hits[0]) >= words(found.hits[-1])


@pytest.mark.parametrize("facet", ["place", "actor", "document"])
def test_facets_count_and_narrow(index, facet):
    found = index.search("migration")
    value, count = found.counts[facet][0]
    narrowed = index.search("migration", Facets(**{facet: value}))
    assert narrowed.total == count and 0 < count <= found.total


def test_year_facet(index, shipped_corpus):
    found = index.search("Honduras")
    years = dict(found.counts["year"])
    dated = sum(n for y, n in years.items() if y != "undated")
    assert index.search("Honduras", Facets(years=(1900, 2100), undated=False)).total == dated
    assert index.search("Honduras", Facets(years=(1900, 1901), undated=True)).total == years.get("undated", 0)


@pytest.mark.parametrize("query", ['"unclosed phrase', "AND", "police AND", "(police", "NOT"])
def test_unreadable_queries_give_a_message_not_an_exception(index, query):
    with pytest.raises(QueryError) as err:
        index.search(query)
    assert "query" in str(err.value) or "quotation" in str(err.value)


@pytest.mark.parametrize("query", ["U.S. police", "e-mail", "O'Brien", "col:umn", "a^b", "{x}", "*"])
def test_punctuation_in_words_is_never_syntax(index, query):
    index.search(query)  # no exception


def test_words_are_folded_and_stemmed_and_punctuation_is_never_syntax():
    assert fts_query('U.S. "irregular migration" traffick* AND police NOT (Peña OR army)') == (
        '(en : "u s" OR es : "u s") AND (en : "irregular migrat" OR es : "irregul migration") '
        'AND words : "traffick"* AND (en : "polic" OR es : "polic") '
        'NOT ( (en : "pena" OR es : "pen") OR (en : "armi" OR es : "army") )')
    assert fts_query("extradition police", any_word=True) == \
        '(en : "extradit" OR es : "extradition") OR (en : "polic" OR es : "polic")'


def test_facet_counts_are_over_every_match(index):
    found = index.search("Honduras OR the")
    assert found.total > 50
    assert sum(n for _, n in found.counts["year"]) == found.total
    docs = found.counts["document"]
    assert len(docs) < 12 and sum(n for _, n in docs) == found.total  # the shipped corpus has five documents
    for facet in ("place", "actor"):
        for value, count in found.counts[facet][:3]:
            assert index.search("Honduras OR the", Facets(**{facet: value})).total == count


def test_a_correction_rewrites_only_the_tags(shipped_corpus, tmp_path, monkeypatch):
    """Same documents, new corrections (a merged actor): the text is kept, the actor facet follows."""
    import corpus.search_index
    from actors.corrections import apply_corrections
    from model import Correction

    busiest = sorted((a for a in shipped_corpus.actors if a.mentions), key=lambda a: -len(a.mentions))
    into, gone = busiest[0], busiest[1]
    merge = Correction(id=1, target="actor", action="merge", payload=(("ids", (gone.id,)), ("into", into.id)))
    actors, relations = apply_corrections(shipped_corpus.actors, shipped_corpus.relations, [merge])
    corrected = type(shipped_corpus)(shipped_corpus.documents, shipped_corpus.places, actors, relations)
    word = next(w for w in gone.mentions[0].text.split() if w.isalpha() and len(w) > 3)
    with SearchIndex(tmp_path / "atlas.db") as idx:
        assert idx.ensure(shipped_corpus, "docs:0:None", "docs") is True
        before = idx.search(word, Facets(actor=gone.id))
        assert before.total >= 1
        monkeypatch.setattr(corpus.search_index._Layout, "texts", lambda self: pytest.fail("the text was indexed again"))
        assert idx.ensure(corrected, "docs:1:1", "docs") is True
        assert idx.key() == "docs:1:1"
        assert idx.search(word, Facets(actor=gone.id)).total == 0  # that actor is gone…
        after = idx.search(word, Facets(actor=into.id))  # …and its sentences are the other's
        assert {h.excerpt for h in before.hits} <= {h.excerpt for h in after.hits}
