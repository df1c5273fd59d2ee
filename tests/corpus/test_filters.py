from corpus.filters import YearFilter, corpus_years, filter_corpus
from model import Actor, Corpus, Document, Evidence, Mention, Place, Relation


def _corpus():
    docs = (Document("a", "a.txt", "A", "t", year=2014), Document("b", "b.txt", "B", "t", year=2019),
            Document("c", "c.txt", "C", "t"))
    def m(d):
        return Mention(d, f"{d}:0", 0, 1, "t")
    places = (Place("p1", "P1", "city", 1, 1, mentions=(m("a"), m("b"))), Place("p2", "P2", "city", 1, 1, mentions=(m("c"),)))
    actors = (Actor("x", "X", "official", mentions=(m("a"),)), Actor("y", "Y", "agency", mentions=(m("a"), m("b"))))
    rels = (Relation("r", "x", "y", "member-of", evidence=(Evidence("a", "a:0"),), years=(2014,)),)
    return Corpus(docs, places, actors, rels)


def test_year_range_and_undated():
    c = _corpus()
    assert corpus_years(c) == [2014, 2019]
    only_2019 = filter_corpus(c, YearFilter(2019, 2019, undated=False))
    assert [d.id for d in only_2019.documents] == ["b"]
    assert [p.id for p in only_2019.places] == ["p1"] and len(only_2019.places[0].mentions) == 1
    assert [a.id for a in only_2019.actors] == ["y"] and only_2019.relations == ()
    undated = filter_corpus(c, YearFilter(2030, 2030, undated=True))
    assert [d.id for d in undated.documents] == ["c"] and [p.id for p in undated.places] == ["p2"]
    assert filter_corpus(c, YearFilter()) is c


def test_demonym_only_places_are_left_out_of_exports_unless_asked():
    import json

    from corpus.export import export
    from corpus.filters import is_demonym_only, named_places_only

    def m(kind):
        return Mention("a", "a:0", 0, 1, "t", kind)
    c = Corpus((Document("a", "a.txt", "A", "t", year=2014),),
               (Place("p1", "Honduras", "country", 1, 1, mentions=(m("name"), m("demonym"))),
                Place("p2", "Ecuador", "country", 1, 1, mentions=(m("demonym"),))))
    assert [is_demonym_only(p) for p in c.places] == [False, True]
    assert [p.id for p in named_places_only(c).places] == ["p1"]
    assert [p["id"] for p in json.loads(export(c, "json"))["places"]] == ["p1"]
    assert [p["id"] for p in json.loads(export(c, "json", include_demonyms=True))["places"]] == ["p1", "p2"]


def test_a_document_that_only_uses_the_demonym_does_not_name_the_place():
    from corpus.filters import named_places_only

    canada = Place("ca", "Canada", "country", 60, -95, mentions=(
        Mention("a", "a:0", 0, 6, "Canada", "name"), Mention("a", "a:1", 9, 17, "Canadian", "demonym"),
        Mention("b", "b:0", 0, 8, "Canadian", "demonym")))
    c = Corpus((Document("a", "a.txt", "A", "t", year=2014), Document("b", "b.txt", "B", "t", year=2014)), (canada,))
    kept = named_places_only(c).places
    assert [(m.document, m.kind) for m in kept[0].mentions] == [("a", "name"), ("a", "demonym")]


# -- the year index gives exactly what filtering mention by mention gives ---------------------------
from dataclasses import replace as _replace  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def naive_filter(c: Corpus, flt: YearFilter) -> Corpus:
    """The definition: keep what comes from accepted documents, drop what is left empty."""
    keep = {d.id for d in c.documents if flt.accepts(d.year)}
    if len(keep) == len(c.documents):
        return c
    year = {d.id: d.year for d in c.documents}
    places = tuple(q for q in (_replace(p, mentions=tuple(m for m in p.mentions if m.document in keep))
                               for p in c.places) if q.mentions)
    actors = tuple(b for b in (_replace(a, mentions=tuple(m for m in a.mentions if m.document in keep))
                               for a in c.actors) if b.mentions)
    ids = {a.id for a in actors}
    relations = []
    for r in c.relations:
        evidence = tuple(e for e in r.evidence if e.document in keep)
        if evidence and r.source in ids and r.target in ids:
            relations.append(_replace(r, evidence=evidence, years=tuple(sorted({year[e.document] for e in evidence
                                                                                if year[e.document]}))))
    return Corpus(tuple(d for d in c.documents if d.id in keep), places, actors, tuple(relations))


@st.composite
def corpora(draw, max_years: int = 6):
    years = draw(st.lists(st.one_of(st.none(), st.integers(1990, 1990 + max_years)), min_size=1, max_size=8))
    docs = tuple(Document(f"d{i}", f"d{i}.txt", "T", "t", year=y) for i, y in enumerate(years))
    doc_ids = st.sampled_from([d.id for d in docs])
    mentions = st.lists(doc_ids.map(lambda d: Mention(d, f"{d}:0", 0, 1, "t")), max_size=6).map(tuple)
    places = tuple(Place(f"p{i}", "P", "city", 0, 0, mentions=draw(mentions)) for i in range(draw(st.integers(0, 4))))
    actors = tuple(Actor(f"a{i}", "A", "official", mentions=draw(mentions)) for i in range(draw(st.integers(0, 5))))
    ids = [a.id for a in actors] + ["gone"]  # a relation may point at an actor that is not in the corpus
    evidence = st.lists(doc_ids.map(lambda d: Evidence(d, f"{d}:0")), max_size=5).map(tuple)
    relations = tuple(Relation(f"r{i}", draw(st.sampled_from(ids)), draw(st.sampled_from(ids)), "met-with",
                               evidence=draw(evidence), years=()) for i in range(draw(st.integers(0, 8))))
    return Corpus(docs, places, actors, relations)


filters = st.builds(YearFilter, st.one_of(st.none(), st.integers(1989, 1997)),
                    st.one_of(st.none(), st.integers(1989, 1997)), st.booleans())


@settings(max_examples=300, deadline=None)
@given(corpora(), st.lists(filters, min_size=1, max_size=4))
def test_year_index_filters_like_the_definition(corpus, flts):
    for flt in flts:  # several filters on one corpus: the index is built once and reused
        assert filter_corpus(corpus, flt) == naive_filter(corpus, flt)


def test_more_than_254_distinct_years_still_filter_correctly():
    docs = tuple(Document(f"d{y}", "s", "T", "t", year=y) for y in range(1700, 2000))
    m = tuple(Mention(d.id, f"{d.id}:0", 0, 1, "t") for d in docs)
    c = Corpus(docs, (Place("p", "P", "city", 0, 0, mentions=m),), (Actor("a", "A", "agency", mentions=m),))
    for flt in (YearFilter(1800, 1810), YearFilter(1999, None, False)):
        assert filter_corpus(c, flt) == naive_filter(c, flt)


def test_the_index_is_forgotten_with_its_corpus():
    import gc

    from corpus.filters import year_index

    c = _corpus()
    filter_corpus(c, YearFilter(2019, 2019))
    key = id(c)
    assert key in year_index.cache and year_index(c) is year_index(c)
    del c
    gc.collect()
    assert key not in year_index.cache
