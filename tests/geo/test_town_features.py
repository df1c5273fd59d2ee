"""Waters named after a town ("the Choloma River", "Lake Amatitlán") are drawn at the town, as features of their
own, only near a place the document locates."""
from __future__ import annotations

import pytest
from geo_helpers import places_by_name as places

from geo.gazetteer import km


@pytest.mark.parametrize("text, feature, town_lat, town_lon", [
    ("Floods hit San Pedro Sula, Honduras, and the Choloma River burst its banks.", "Choloma River", 15.61, -87.95),
    ("Farmers near Apastepeque, El Salvador, fish in Lake Apastepeque.", "Lake Apastepeque", 13.67, -88.78),
    ("Fishermen from Omoa, Honduras, were rescued in Omoa Bay.", "Omoa Bay", 15.78, -88.04),
])
def test_a_water_named_after_a_nearby_town_is_drawn_at_the_town(text, feature, town_lat, town_lon):
    found = places(text)
    assert feature in found
    p = found[feature]
    assert p.kind == "feature" and km(p.lat, p.lon, town_lat, town_lon) < 15
    assert p.confidence < 0.9  # the town's point, not the feature's
    assert [m.text for m in p.mentions] == [feature]
    assert p.mentions[0].excerpt  # with the sentence that names it


@pytest.mark.parametrize("text, absent", [
    # the United States is named, but nothing the text locates is near Pearl, Mississippi
    ("USAID helps fishing families in Bluefields, Nicaragua, and along Pearl Lagoon. The United States "
     "funds the work.", "Pearl Lagoon"),
    ("Flooding on the Indio River reached Colón province, Panama.", "Indio River"),  # not Indio, California
])
def test_a_water_far_from_its_namesake_town_is_not_drawn_there(text, absent):
    found = places(text).get(absent)
    assert found is None or found.country != "US"  # Pearl Lagoon is now curated, in Nicaragua


def test_a_feature_the_gazetteer_knows_is_left_to_the_finder():
    found = places("Sewage flows down the Tijuana River from Tijuana, Baja California, to San Diego.")
    assert [p.id for p in found.values() if p.name == "Tijuana River"] == ["feature:tijuana-river"]
