"""Actor and relation cards: the facts, every excerpt with the name marked, links to the reader."""
import pytest

from tests.views.network_fixture import SCRIPT, sample_corpus
from views.network_card import actor_card, actor_card_html, edge_card, edge_card_html
from views.network_corrections import CorrectionError, actor_correction


def test_actor_card_collects_everything():
    card = actor_card(sample_corpus(), "a-kerry")
    assert card.name == "John Kerry" and card.affiliation == ("a-state", "Department of State")
    assert card.years == (2014, 2019) and [d[0] for d in card.documents] == ["d1", "d2", "d3"]
    assert [v.excerpt for v in card.excerpts] == ["d1:0", "d1:2", "d2:1", "d3:0"]
    assert all("hl-name" in v.html for v in card.excerpts)
    assert card.excerpts[0].link == "./documents?doc=d1&excerpt=d1%3A0"
    assert {r[1] for r in card.relations} == {"Met with", "Member of", "Co-mentioned"}
    assert {r[1] for r in actor_card(sample_corpus(), "a-state").relations} >= {"Members", "Leads", "Signed with"}
    assert actor_card(sample_corpus(), "nobody") is None


def test_edge_card_shows_each_evidence_sentence_once_with_both_names():
    card = edge_card(sample_corpus(), "r-co")
    assert [v.excerpt for v in card.excerpts] == ["d2:1", "d1:2"]
    assert card.excerpts[0].html.count("hl-name") == 2  # Kerry and USAID
    assert card.source == ("a-kerry", "John Kerry")


def test_card_html_escapes_hostile_names_and_titles():
    corpus = sample_corpus()
    html = actor_card_html(actor_card(corpus, "a-evil")) + actor_card_html(actor_card(corpus, "a-smith"))
    assert SCRIPT not in html and "<img" not in html and "&lt;script&gt;" in html
    assert "javascript:alert(1)" not in html.split('href="')[1].split('"')[0]
    assert 'data-testid="edge-card"' in edge_card_html(edge_card(corpus, "r-met"))


@pytest.mark.parametrize("action,kwargs,payload", [
    ("merge", {"others": ["a-smith", "a-kerry"]}, {"ids": ["a-kerry", "a-smith"], "into": "a-kerry"}),
    ("split", {"alias": "Secretary Kerry"}, {"id": "a-kerry", "alias": "Secretary Kerry"}),
    ("rename", {"name": "  J. Kerry "}, {"id": "a-kerry", "name": "J. Kerry"}),
    ("kind", {"kind": "agency"}, {"id": "a-kerry", "kind": "agency"}),
    ("delete", {}, {"id": "a-kerry"}),
])
def test_corrections(action, kwargs, payload):
    assert actor_correction(sample_corpus(), action, "a-kerry", **kwargs) == ("actor", action, payload)


@pytest.mark.parametrize("action,actor,kwargs", [
    ("merge", "a-kerry", {"others": []}), ("merge", "a-kerry", {"others": ["ghost"]}),
    ("split", "a-kerry", {"alias": "Nobody"}), ("rename", "a-kerry", {"name": " "}),
    ("kind", "a-kerry", {"kind": "alien"}), ("delete", "ghost", {}), ("explode", "a-kerry", {}),
])
def test_bad_corrections_say_what_is_wrong(action, actor, kwargs):
    with pytest.raises(CorrectionError):
        actor_correction(sample_corpus(), action, actor, **kwargs)


def test_a_much_named_actor_gets_a_card_of_bounded_size():
    from model import Actor, Corpus, Document, Evidence, Excerpt, Mention, Relation
    from views.network_card import LIMIT

    n = LIMIT + 30
    docs = tuple(Document(f"d{i:03d}", "s", f"Doc {i}", "DHS met them.", year=2019,
                          excerpts=(Excerpt(f"d{i:03d}:0", f"d{i:03d}", 0, 13, "DHS met them."),)) for i in range(n))
    dhs = Actor("dhs", "DHS", "agency", mentions=tuple(Mention(d.id, f"{d.id}:0", 0, 3, "DHS") for d in docs))
    others = tuple(Actor(f"o{i}", f"Other {i}", "official", mentions=(Mention(docs[i].id, f"{docs[i].id}:0", 4, 7, "met"),))
                   for i in range(n))
    rels = tuple(Relation(f"r{i}", "dhs", f"o{i}", "co-mentioned", (Evidence(docs[i].id, f"{docs[i].id}:0"),))
                 for i in range(n))
    many = Relation("rm", "dhs", "o0", "met-with", tuple(Evidence(d.id, f"{d.id}:0") for d in docs))
    corpus = Corpus(docs, (), (dhs, *others), (*rels, many))
    card = actor_card(corpus, "dhs")
    assert len(card.excerpts) == len(card.documents) == LIMIT
    assert card.excerpt_total == card.document_total == n and len(card.relations) == n + 1
    html = actor_card_html(card)
    assert f"{n} excerpts naming DHS" in html and "… and 30 more" in html
    assert html.count("./network?edge=r") == LIMIT + 1  # co-mentions cut at LIMIT, and the one met-with
    edge = edge_card(corpus, "rm")
    assert len(edge.excerpts) == LIMIT and edge.excerpt_total == n
    assert f"Evidence: {n} excerpts" in edge_card_html(edge)


def test_evidence_states_first_and_context_apart(shipped_corpus):
    """A relation's evidence: sentences that state it first; sentences naming one end only are context,
    labelled so; an actor no sentence names is drawn as inferred, with the sentence it came from."""
    rel = next(r for r in shipped_corpus.relations if any(e.context for e in r.evidence))
    flags = [e.context for e in rel.evidence]
    assert flags == sorted(flags)  # stated (False) before context (True)
    card = edge_card(shipped_corpus, rel.id)
    assert card.context and 'data-testid="context-evidence"' in edge_card_html(card)
    assert all(a.mentions for a in shipped_corpus.actors)  # every node cites an excerpt
    inferred = next(a for a in shipped_corpus.actors if all(m.kind == "inferred" for m in a.mentions))
    html = actor_card_html(actor_card(shipped_corpus, inferred.id))
    assert "Inferred: no excerpt names" in html
