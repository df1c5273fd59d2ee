"""The gazetteer's data: names, curated regions, admin1, demonyms, common-word collisions."""
from __future__ import annotations

import pytest

from geo.gazetteer import norm


@pytest.mark.parametrize("text, key", [("Colón", "colon"), ("U.S.–Mexico", "u.s.-mexico"), ("  San  José ", "san jose")])
def test_norm(text, key):
    assert norm(text) == key


@pytest.mark.parametrize("name, first_id", [
    ("Honduras", "country:HN"), ("United States of America", "country:US"), ("Gracias a Dios", "admin1:HN-gracias-a-dios"),
    ("La Mosquitia", "region:la-mosquitia"), ("Central America", "region:central-america"), ("Sinaloa", "admin1:MX-sinaloa"),
])
def test_names(gaz, name, first_id):
    assert first_id in {e.id for e in gaz.candidates(name)}


@pytest.mark.parametrize("demonym, place", [("Honduran", "country:HN"), ("Salvadoran", "country:SV"), ("Guatemalans", "country:GT"),
                                            ("Central American", "region:central-america")])
def test_demonyms(gaz, demonym, place):
    assert gaz.demonyms[norm(demonym)] == place


@pytest.mark.parametrize("word", ["police", "mobile", "split", "george"])
def test_common_word_collisions_listed(gaz, word):
    assert word in gaz.common_words


def test_no_language_demonyms(gaz):
    assert "spanish" not in gaz.demonyms and "english" not in gaz.demonyms
