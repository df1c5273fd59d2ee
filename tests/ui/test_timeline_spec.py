"""The timeline's Vega-Lite spec, written by hand (no Altair import on every page): valid, and carrying
the three selections the sidebar reads back."""
import pytest

from tests.views.synthetic import synthetic_corpus
from ui.timeline import timeline_spec
from views.timeline import corpus_timeline, own_timeline


@pytest.mark.parametrize("with_own", [True, False])
@pytest.mark.parametrize("undated", [True, False])
def test_the_spec_is_valid_vega_lite_with_the_three_selections(with_own, undated):
    import altair as alt  # a test dependency here only: its schema checks the hand-written spec

    corpus = synthetic_corpus()
    own = own_timeline(corpus, corpus.places[0].id) if with_own else None
    spec = timeline_spec(corpus_timeline(corpus), own, "documents", 2015, 2019, undated)
    alt.HConcatChart.from_dict(spec)  # raises on anything the Vega-Lite schema does not allow
    assert {p["name"]: p["views"] for p in spec["params"]} == {"brush": ["years"], "pick": ["years"],
                                                                 "undated": ["undated_bar"]}
    layers = {layer["transform"][0]["filter"] for layer in spec["hconcat"][0]["layer"]}
    assert ("datum.layer == 'own'" in layers) == with_own


def test_the_years_outside_the_range_are_drawn_apart():
    corpus = synthetic_corpus()
    rows = timeline_spec(corpus_timeline(corpus), None, "documents", 2016, 2017, True)["hconcat"][0]["data"]["values"]
    assert {r["year"]: r["in"] for r in rows if r["layer"] == "year"} == {y: 2016 <= y <= 2017 for y in range(2014, 2020)}
