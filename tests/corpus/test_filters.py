from corpus.filters import YearFilter, corpus_years, filter_corpus
from corpus.model import Actor, Corpus, Document, Evidence, Mention, Place, Relation


def _corpus():
    docs = (Document("a", "a.txt", "A", "t", year=2014), Document("b", "b.txt", "B", "t", year=2019),
            Document("c", "c.txt", "C", "t"))
    m = lambda d: Mention(d, f"{d}:0", 0, 1, "t")
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

    m = lambda kind: Mention("a", "a:0", 0, 1, "t", kind)
    c = Corpus((Document("a", "a.txt", "A", "t", year=2014),),
               (Place("p1", "Honduras", "country", 1, 1, mentions=(m("name"), m("demonym"))),
                Place("p2", "Ecuador", "country", 1, 1, mentions=(m("demonym"),))))
    assert [is_demonym_only(p) for p in c.places] == [False, True]
    assert [p.id for p in named_places_only(c).places] == ["p1"]
    assert [p["id"] for p in json.loads(export(c, "json"))["places"]] == ["p1"]
    assert [p["id"] for p in json.loads(export(c, "json", include_demonyms=True))["places"]] == ["p1", "p2"]
