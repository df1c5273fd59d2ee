"""model.names: one home for the short forms both the gazetteer and the lexicon index."""
from actors.lexicon import get_lexicon
from geo.gazetteer import build_gazetteer
from model.names import everyday_forms


def test_saint_and_ampersand_forms():
    assert everyday_forms("Saint Lucia") == ("St. Lucia", "St Lucia")
    assert set(everyday_forms("Saint Kitts and Nevis")) == {
        "St. Kitts and Nevis", "St Kitts and Nevis", "Saint Kitts & Nevis", "St. Kitts & Nevis", "St Kitts & Nevis"}
    assert everyday_forms("Trinidad and Tobago") == ("Trinidad & Tobago",)
    assert everyday_forms("Honduras") == ()
    assert set(everyday_forms("St. Kitts")) == {"Saint Kitts", "St Kitts"}  # curated islands written short


def test_gazetteer_and_lexicon_know_the_same_short_forms():
    gaz = build_gazetteer()
    countries = get_lexicon().countries
    for code, name in (("KN", "St. Kitts & Nevis"), ("LC", "St Lucia"), ("VC", "St. Vincent and the Grenadines"),
                       ("TT", "Trinidad & Tobago")):
        assert f"country:{code}" in [e.id for e in gaz.candidates(name)], name
        assert name in countries[code].names, name
