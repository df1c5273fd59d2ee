"""An actor's page: every mention with its date, titles over time, relations by kind, places, escaping."""
from tests.views.network_fixture import SCRIPT, sample_corpus
from views.actor_page import actor_page, actor_page_html


def test_every_mention_oldest_first_with_dates_and_links():
    page = actor_page(sample_corpus(), "a-kerry")
    whens = [m.when for m in page.mentions]
    assert len(whens) == 4 and whens[-1] == "undated" and whens[:3] == sorted(whens[:3]) and whens[0].startswith("2014")
    assert all(any(cls for _, cls in m.pieces) for m in page.mentions)  # the name is marked
    assert page.mentions[0].link.startswith("./documents?doc=d1&excerpt=")


def test_titles_over_time_relations_by_kind_and_affiliation():
    page = actor_page(sample_corpus(), "a-kerry")
    assert page.aliases == ("Kerry", "Secretary Kerry")
    relations = {label: count for label, count, _ in page.relations}
    assert relations == {"Met with": 2, "Member of": 1, "Co-mentioned": 1}
    assert [link.text for link in page.affiliations] == ["Department of State"]
    assert [link.text for link in page.places] == ["Tegucigalpa"] and page.places[0].href.startswith("./map?place=")
    assert page.network == "./network?actor=a-kerry" and "actors=a-kerry" in page.neighbourhood


def test_hostile_text_is_escaped():
    html = actor_page_html(actor_page(sample_corpus(), "a-evil"))
    assert SCRIPT not in html and "<img" not in html and "&lt;script&gt;" in html


def test_unknown_actor():
    assert actor_page(sample_corpus(), "nope") is None
