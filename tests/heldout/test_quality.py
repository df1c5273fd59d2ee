"""Extraction quality on the held-out splits never falls below the figures recorded here.

Each split is analysed as ``python -m corpus export DIR`` would and scored with the project's scorer
(``tests/heldout/score.py``). ``test2``, ``test3`` and ``es_test`` were written blind and are never tuned on;
their floors are what they scored at the end of the last session that ran them. Raise a floor when a change lifts it; a change that lowers one
must be argued, not hidden.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus.export import export
from corpus.pipeline import analyse_paths
from tests.heldout.score import score

HERE = Path(__file__).resolve().parent
# split: (places F1, officials F1, agencies F1, year accuracy, affiliation accuracy, gross errors at most)
FLOORS = {  # the figures as measured, rounded down to two decimals
    "dev": (0.98, 0.98, 0.98, 1.00, 1.00, 0),
    "test": (0.98, 0.98, 0.98, 1.00, 1.00, 0),
    "dev2": (0.98, 0.98, 0.97, 1.00, 0.99, 0),  # places 0.980 -> 0.978 in the twentieth session (a bare town named
    # like its division is now the town, so "the province of Montecristi" and "Dajabón and Montecristi" are two marks
    # where the gold has one); 0.987 after the twenty-first session's curated features
    "test2": (0.97, 0.97, 0.96, 0.96, 0.98, 0),
    "test3": (0.96, 0.95, 0.95, 1.00, 0.97, 0),  # agencies fell to 0.909 once a page's long address named its
    # publisher, and the floor was 0.90 for part of the seventeenth session; 0.916 at its end (the split not opened);
    # 0.953 at the thirty-first session's end
    "dev3": (0.97, 0.97, 0.95, 1.00, 0.97, 0),
    "dev4": (0.98, 0.96, 0.95, 1.00, 0.95, 0),  # affiliation 0.961 -> 0.955 when an embassy's page stopped naming
    # the Department of State its publisher (nineteenth session): an INL director is the bureau's, the gold the
    # Department's; agencies rose on eleven sets
    "dev5": (0.97, 0.98, 0.95, 1.00, 0.97, 0),
    "dev6": (0.96, 0.98, 0.94, 1.00, 0.89, 0),
    "dev7": (0.95, 0.99, 0.95, 1.00, 0.90, 0),
    "dev8": (0.94, 0.94, 0.90, 1.00, 0.87, 1),  # the Pacific Ocean, placed off Mexico where its gold puts it elsewhere
    "dev9": (0.93, 0.95, 0.91, 0.95, 0.89, 0),
    "dev10": (0.94, 0.96, 0.90, 1.00, 0.95, 1),  # the headline's "United States" (the gold lists none)
    "dev11": (0.94, 0.98, 0.92, 1.00, 0.88, 0),
    "dev12": (0.93, 0.98, 0.93, 1.00, 0.92, 0),
    "dev13": (0.92, 0.98, 0.92, 1.00, 0.96, 1),  # Albania (La Guajira) drawn as the country
    "dev14": (0.95, 0.97, 0.96, 1.00, 0.97, 0),
    "dev15": (0.97, 0.96, 0.95, 1.00, 0.96, 0),
    "dev16": (0.94, 0.97, 0.94, 1.00, 0.94, 1),  # "Latin America", left unpaired by the scorer after a misread San Ignacio
    "dev17": (0.96, 0.98, 0.93, 1.00, 0.93, 0),
    "dev18": (0.95, 0.97, 0.92, 1.00, 0.95, 0),  # affiliation 0.968 -> 0.957 in the twenty-fourth session: an official
    # newly found ("X, director of the Caribbean Air and Marine Branch") serves the branch, where the gold says CBP
    "dev19": (0.95, 0.95, 0.95, 1.00, 0.95, 1),  # "the Vatican", the mediator of a prisoner release, drawn as a place
    "dev20": (0.96, 0.97, 0.95, 1.00, 0.95, 1),  # "Latin America", left unpaired by the scorer after a misread Santa Elena
    "dev21": (0.96, 0.96, 0.95, 1.00, 0.97, 0),
    "dev22": (0.93, 0.98, 0.94, 1.00, 0.95, 0),
    "dev23": (0.95, 0.96, 0.92, 1.00, 0.92, 0),
    "dev24": (0.95, 0.96, 0.93, 1.00, 0.95, 0),
    "dev25": (0.94, 0.97, 0.91, 1.00, 0.96, 0),
    "dev26": (0.95, 0.98, 0.92, 1.00, 0.95, 0),
    "dev27": (0.93, 0.96, 0.91, 1.00, 0.94, 0),
    "dev28": (0.94, 0.97, 0.92, 1.00, 0.97, 0),
    "dev29": (0.92, 0.95, 0.90, 1.00, 0.95, 0),
    "dev30": (0.93, 0.97, 0.91, 1.00, 0.92, 0),
    "dev31": (0.95, 1.00, 0.91, 1.00, 0.98, 0),  # agencies 0.920 -> 0.918 once a feed item's link named its publisher
    # (the Department of State for a state.gov item; the gold, reading the text only, lists none)
    "dev32": (0.94, 0.98, 0.91, 1.00, 0.90, 0),
    "dev33": (0.95, 0.97, 0.91, 1.00, 0.94, 0),
    "dev34": (0.94, 0.97, 0.94, 1.00, 0.88, 0),
    "dev35": (0.94, 0.93, 0.89, 1.00, 0.90, 0),  # agencies 0.900 -> 0.898 (and affiliation 0.880 -> 0.902) once a
    # feed item's link named its publisher (aj01: the Department of State, which its gold does not list)
    "dev36": (0.95, 0.96, 0.92, 1.00, 0.95, 0),
    "dev37": (0.96, 1.00, 0.93, 1.00, 0.94, 0),
    "dev38": (0.95, 0.98, 0.92, 1.00, 0.90, 0),
    "dev39": (0.95, 0.93, 0.90, 1.00, 0.94, 0),
    "dev40": (0.95, 0.93, 0.93, 1.00, 0.97, 0),
    "dev41": (0.96, 0.97, 0.92, 1.00, 0.97, 1),  # a region the gold lists, at a point the scorer does not pair
    "dev42": (0.92, 0.97, 0.90, 1.00, 0.94, 0),
    "dev43": (0.96, 0.98, 0.91, 1.00, 0.94, 0),
    "dev44": (0.95, 0.94, 0.94, 1.00, 0.93, 0),
    "dev45": (0.96, 0.96, 0.92, 1.00, 0.98, 0),
    "dev46": (0.95, 0.97, 0.91, 1.00, 0.98, 0),
    "dev47": (0.95, 0.97, 0.94, 1.00, 0.95, 0),
    "dev48": (0.94, 0.95, 0.92, 1.00, 0.96, 0),
    "dev49": (0.95, 0.97, 0.91, 1.00, 0.95, 0),
    "dev50": (0.95, 0.97, 0.92, 1.00, 0.91, 0),
    "dev51": (0.92, 0.97, 0.91, 1.00, 0.96, 1),  # blind at e3ef1c4; one real gross error left (see the README)
    "dev52": (0.92, 0.97, 0.91, 1.00, 0.92, 0),
    "dev53": (0.93, 0.98, 0.91, 1.00, 0.91, 0),
    "dev54": (0.95, 0.94, 0.93, 1.00, 0.96, 0),
    "dev55": (0.94, 0.92, 0.90, 1.00, 0.93, 0),
    "dev56": (0.95, 0.97, 0.90, 1.00, 0.91, 0),
    "dev57": (0.95, 0.97, 0.92, 1.00, 0.89, 0),
    "dev58": (0.92, 0.97, 0.91, 1.00, 0.90, 0),
    "dev59": (0.94, 0.94, 0.91, 1.00, 0.91, 0),
    "dev60": (0.93, 0.92, 0.91, 1.00, 0.93, 0),
    "dev61": (0.96, 0.94, 0.92, 1.00, 0.93, 0),
    "dev62": (0.94, 0.94, 0.92, 1.00, 0.95, 0),
    "dev63": (0.95, 0.96, 0.92, 1.00, 0.98, 0),
    "dev64": (0.95, 0.94, 0.92, 1.00, 0.95, 0),
    "dev65": (0.95, 0.95, 0.91, 1.00, 0.95, 0),
    "dev66": (0.96, 0.98, 0.91, 1.00, 0.97, 0),
    "dev67": (0.95, 0.95, 0.90, 1.00, 0.98, 0),
    "dev68": (0.94, 0.97, 0.93, 1.00, 0.93, 0),
    "dev69": (0.94, 0.98, 0.91, 1.00, 0.98, 0),
    "dev70": (0.93, 0.96, 0.94, 1.00, 0.97, 0),
    "dev71": (0.94, 0.96, 0.90, 1.00, 0.93, 0),
    "dev72": (0.95, 0.96, 0.91, 1.00, 0.94, 0),
    "dev73": (0.94, 0.95, 0.94, 1.00, 0.93, 0),
    "dev74": (0.95, 0.99, 0.91, 0.95, 0.99, 0),
    "dev75": (0.95, 0.95, 0.91, 1.00, 0.92, 0),
    "dev76": (0.93, 0.98, 0.91, 1.00, 0.97, 0),
    "dev77": (0.95, 0.96, 0.94, 1.00, 0.94, 0),
    "dev78": (0.92, 0.94, 0.91, 1.00, 0.92, 0),  # agencies 0.917: the publisher now read from a masthead's
    # "District of the Virgin Islands" line is named in full, which the gold's "United States Attorney's Office" misses
    "dev79": (0.94, 0.94, 0.90, 1.00, 0.97, 0),
    "dev80": (0.94, 0.94, 0.91, 1.00, 0.97, 0),
    "dev81": (0.93, 0.97, 0.92, 1.00, 0.95, 0),
    "dev82": (0.95, 0.93, 0.91, 1.00, 0.96, 0),
    "dev83": (0.93, 0.99, 0.94, 1.00, 0.96, 0),
    "dev84": (0.92, 0.97, 0.92, 1.00, 0.93, 0),
    "dev85": (0.93, 0.96, 0.89, 1.00, 0.93, 0),
    "dev86": (0.95, 0.97, 0.94, 1.00, 0.95, 0),
    "dev87": (0.95, 0.97, 0.94, 1.00, 0.94, 0),
    "dev88": (0.95, 0.96, 0.94, 1.00, 0.96, 0),
    "dev89": (0.95, 0.96, 0.93, 1.00, 0.98, 2),  # a dog named for a town (Jarabacoa) and Coronado, Panama, left; a
    # committee chair whose gold names the committee, where most golds name the chamber
    "dev90": (0.93, 0.97, 0.91, 1.00, 0.93, 0),
    "dev91": (0.95, 0.98, 0.94, 1.00, 0.96, 0),
    "dev92": (0.95, 0.97, 0.95, 1.00, 0.95, 0),
    "dev93": (0.94, 0.96, 0.94, 1.00, 0.99, 0),
    "dev94": (0.93, 0.98, 0.92, 1.00, 0.96, 0),
    "dev95": (0.93, 0.92, 0.93, 1.00, 0.98, 0),
    "dev96": (0.95, 0.95, 0.94, 0.95, 0.90, 0),
    "dev97": (0.95, 0.96, 0.94, 1.00, 0.94, 0),
    "dev98": (0.96, 0.98, 0.90, 1.00, 0.92, 0),
    "dev99": (0.94, 0.97, 0.93, 1.00, 0.98, 0),
    "dev100": (0.95, 0.96, 0.94, 1.00, 0.95, 0),
    "dev101": (0.96, 0.97, 0.92, 1.00, 0.97, 0),
    "dev102": (0.95, 0.92, 0.95, 1.00, 0.97, 0),
    "dev103": (0.95, 0.94, 0.92, 1.00, 0.94, 0),
    "dev104": (0.95, 0.95, 0.94, 1.00, 1.00, 0),
    "dev105": (0.95, 0.96, 0.92, 1.00, 0.92, 0),
    "dev106": (0.94, 0.96, 0.94, 1.00, 0.94, 0),
    "dev107": (0.94, 0.97, 0.95, 1.00, 0.94, 0),
    "dev108": (0.95, 0.97, 0.94, 1.00, 0.94, 0),
    "dev109": (0.96, 0.97, 0.92, 1.00, 0.93, 0),
    "dev110": (0.93, 0.96, 0.93, 1.00, 0.93, 0),
    "dev111": (0.94, 0.97, 0.94, 1.00, 0.90, 0),
    "dev112": (0.93, 0.95, 0.94, 1.00, 0.96, 1),
    "dev113": (0.95, 0.98, 0.93, 1.00, 0.97, 0),
    "dev114": (0.94, 0.98, 0.92, 1.00, 0.97, 0),
    "dev115": (0.94, 0.96, 0.93, 1.00, 0.95, 0),
    "dev116": (0.94, 0.95, 0.94, 1.00, 0.96, 0),
    "dev117": (0.97, 0.98, 0.97, 1.00, 0.94, 0),
    "dev118": (0.94, 0.94, 0.92, 1.00, 0.93, 0),
    "dev119": (0.94, 0.98, 0.94, 1.00, 0.95, 1),
    "dev120": (0.95, 0.95, 0.91, 1.00, 0.92, 0),
    "dev121": (0.94, 0.99, 0.93, 1.00, 0.98, 0),
    "dev122": (0.94, 0.97, 0.95, 1.00, 0.97, 0),
    "dev123": (0.94, 0.96, 0.92, 1.00, 0.94, 0),
    "dev124": (0.94, 0.97, 0.92, 1.00, 0.96, 0),
    "dev125": (0.94, 0.97, 0.93, 1.00, 0.95, 0),
    "dev126": (0.95, 0.97, 0.93, 1.00, 0.96, 0),
    "dev127": (0.94, 0.95, 0.94, 1.00, 0.96, 0),  # (a committee chair: the gold names the committee, most golds the chamber)
    "dev128": (0.95, 0.96, 0.92, 1.00, 0.91, 0),
    "dev129": (0.94, 0.93, 0.94, 1.00, 0.96, 1),
    "dev130": (0.94, 0.99, 0.94, 1.00, 0.97, 0),
    "dev131": (0.95, 0.96, 0.95, 1.00, 0.95, 0),
    "dev132": (0.92, 0.96, 0.92, 1.00, 0.97, 0),
    "dev133": (0.94, 0.95, 0.92, 1.00, 0.94, 0),
    "dev134": (0.94, 0.96, 0.92, 1.00, 0.96, 0),
    "dev135": (0.93, 0.96, 0.93, 1.00, 0.95, 0),
    "dev136": (0.94, 0.94, 0.95, 1.00, 0.94, 0),  # affiliation 0.952 -> 0.940 in the thirty-fifth session: an
    # official newly found ("the governor of Norte de Santander, X", in a release datelined Caracas) is put under
    # Venezuela, not Colombia
    "dev137": (0.93, 0.96, 0.94, 1.00, 0.94, 0),
    "dev138": (0.94, 0.96, 0.93, 1.00, 0.93, 0),
    "dev139": (0.95, 0.97, 0.95, 1.00, 0.92, 0),
    "dev140": (0.95, 0.98, 0.93, 1.00, 0.93, 0),
    "dev141": (0.95, 0.96, 0.93, 1.00, 0.91, 0),
    "dev142": (0.93, 0.97, 0.94, 1.00, 0.95, 0),
    "dev143": (0.95, 0.95, 0.94, 1.00, 0.96, 0),
    "dev144": (0.95, 0.98, 0.93, 1.00, 0.96, 0),
    "dev145": (0.94, 0.97, 0.93, 1.00, 0.95, 0),
    "dev146": (0.95, 0.97, 0.92, 1.00, 0.94, 0),
    "dev147": (0.94, 0.96, 0.93, 1.00, 0.98, 0),
    "dev148": (0.94, 0.97, 0.92, 1.00, 0.96, 0),
    "dev149": (0.95, 0.97, 0.92, 1.00, 0.93, 0),
    "dev150": (0.93, 0.98, 0.94, 1.00, 0.96, 0),
    "dev151": (0.95, 0.97, 0.94, 1.00, 0.99, 0),
    "dev152": (0.94, 0.98, 0.93, 1.00, 0.95, 0),
    "dev153": (0.95, 0.96, 0.94, 1.00, 0.96, 0),
    "dev154": (0.93, 0.95, 0.94, 1.00, 0.97, 0),
    "dev155": (0.94, 0.97, 0.96, 1.00, 0.96, 0),
    "dev156": (0.94, 0.96, 0.94, 1.00, 0.98, 0),
    "dev157": (0.96, 0.97, 0.94, 1.00, 0.94, 0),
    "dev158": (0.94, 0.97, 0.94, 1.00, 0.94, 0),
    "dev159": (0.94, 0.98, 0.92, 1.00, 0.95, 0),
    "dev160": (0.96, 0.97, 0.96, 1.00, 0.93, 0),
    "dev161": (0.94, 0.96, 0.93, 1.00, 0.99, 0),
    "dev162": (0.95, 0.98, 0.93, 1.00, 0.97, 0),
    "dev163": (0.93, 0.97, 0.94, 1.00, 0.96, 0),
    "dev164": (0.96, 0.97, 0.95, 1.00, 0.95, 0),
    "dev165": (0.95, 1.00, 0.94, 1.00, 0.95, 1),  # Montréal: water intakes at a St. Vincent village the gazetteer
    # lacks (its name an everyday word there)
    "dev166": (0.95, 0.99, 0.93, 1.00, 0.97, 0),
    "dev167": (0.96, 0.97, 0.95, 1.00, 0.98, 0),
    "dev168": (0.96, 0.97, 0.95, 1.00, 0.91, 0),
    "dev169": (0.95, 0.96, 0.92, 1.00, 0.94, 0),
    "dev170": (0.94, 0.96, 0.92, 1.00, 0.94, 0),
    "dev171": (0.94, 0.98, 0.92, 1.00, 0.90, 0),
    "dev172": (0.95, 0.98, 0.95, 1.00, 0.90, 0),
    "dev173": (0.95, 0.96, 0.91, 1.00, 0.95, 0),
    "dev174": (0.95, 0.96, 0.94, 1.00, 0.98, 0),  # places 0.960 -> 0.959 when Venezuela's states were curated
    # (thirty-sixth session): "the Amazonas region toward … Puerto Ayacucho" is now read as Brazil's state, where the
    # derived point of Venezuela's lay nearer Puerto Ayacucho; places rose on 27 other splits
    "dev175": (0.94, 0.99, 0.94, 1.00, 0.96, 0),
    "dev176": (0.95, 0.97, 0.93, 1.00, 0.93, 0),
    "dev177": (0.95, 0.97, 0.94, 1.00, 0.94, 0),
    "dev178": (0.95, 0.98, 0.95, 1.00, 0.97, 0),
    "dev179": (0.95, 0.99, 0.94, 1.00, 0.98, 0),
    "dev180": (0.92, 0.97, 0.93, 1.00, 0.96, 0),
    "dev181": (0.93, 0.94, 0.92, 1.00, 0.99, 0),
    "dev182": (0.93, 0.96, 0.91, 1.00, 0.97, 0),
    "dev183": (0.95, 0.99, 0.94, 1.00, 0.94, 0),
    "dev184": (0.95, 0.98, 0.95, 1.00, 0.96, 0),
    "dev185": (0.94, 0.98, 0.94, 1.00, 0.94, 0),
    "dev186": (0.96, 0.96, 0.94, 1.00, 0.91, 0),
    "dev187": (0.94, 0.99, 0.94, 1.00, 0.99, 0),
    "dev188": (0.95, 0.96, 0.94, 1.00, 0.98, 0),
    "dev189": (0.94, 0.98, 0.93, 1.00, 0.93, 0),
    "dev190": (0.95, 0.94, 0.92, 1.00, 0.93, 0),
    "dev191": (0.93, 0.98, 0.93, 1.00, 0.99, 0),
    "dev192": (0.93, 0.95, 0.92, 1.00, 0.93, 0),
    "dev193": (0.93, 0.98, 0.95, 1.00, 0.98, 0),
    "dev194": (0.94, 0.98, 0.94, 1.00, 0.98, 0),
    "dev195": (0.94, 0.98, 0.96, 1.00, 0.96, 0),
    "dev196": (0.93, 0.97, 0.95, 1.00, 0.93, 0),
    "dev197": (0.95, 1.00, 0.92, 1.00, 0.96, 0),
    "dev198": (0.93, 0.94, 0.94, 1.00, 0.96, 0),
    "dev199": (0.95, 0.99, 0.91, 1.00, 0.96, 0),
    "dev200": (0.93, 0.96, 0.90, 1.00, 0.90, 0),
    "es_dev": (0.97, 0.95, 0.95, 1.00, 0.98, 0),
    "es_dev2": (0.96, 0.94, 0.90, 1.00, 0.90, 0),
    "es_test": (0.95, 0.91, 0.90, 1.00, 0.95, 1),
}


@pytest.mark.parametrize("split", sorted(FLOORS))
def test_quality_never_falls_below_the_recorded_figures(split):
    corpus, errors = analyse_paths([HERE / split / "docs"])
    assert errors == []
    result = score(json.loads(export(corpus, "json")), HERE / split / "gold")
    places, officials, agencies, year, affiliation, gross = FLOORS[split]
    got = (result["places"]["f1"], result["officials"]["f1"], result["agencies"]["f1"],
           result["year_accuracy"], result["affiliation_accuracy"])
    assert all(g >= f for g, f in zip(got, (places, officials, agencies, year, affiliation))), got
    assert len(result["gross_errors"]) <= gross, result["gross_errors"]
