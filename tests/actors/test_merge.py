"""Merging across documents, relation re-pointing, and analyst corrections."""
from __future__ import annotations

import pytest
from actor_helpers import analyse

from actors import merge_actors
from model import Correction

MERGES = [  # two documents' texts, the names that must end as one actor
    ("Acting Secretary of Homeland Security Kevin K. McAleenan spoke.",
     "Acting Secretary McAleenan met Honduran officials. Kevin McAleenan left.", "Kevin K. McAleenan"),
    ("Honduran President Juan Orlando Hernández spoke.", "Honduran President Juan Orlando Hernandez spoke.",
     "Juan Orlando Hernández"),
    ("Honduran Minister of Security Julián Pacheco Tinoco spoke.", "Security Minister Julian Pacheco of Honduras spoke.",
     "Julián Pacheco Tinoco"),
    ("The U.S. Department of Homeland Security acted.", "The Department of Homeland Security (DHS) acted.",
     "U.S. Department of Homeland Security"),
    ("The Honduran National Police (HNP) acted.", "The HNP and the Honduran National Police acted.",
     "Honduran National Police"),
]


@pytest.mark.parametrize("first,second,name", MERGES)
def test_merges_across_documents(first, second, name):
    actors, _ = merge_actors([analyse(first, "a"), analyse(second, "b")])
    hits = [a for a in actors if a.name == name]
    assert len(hits) == 1, [a.name for a in actors]
    assert {m.document for m in hits[0].mentions} == {"a", "b"}


def test_a_known_persons_two_spellings_merge():
    # neither name is a part of the other; each is the other's alias in the lexicon
    first = analyse("President Joseph R. Biden, Jr. welcomed President López Obrador of Mexico.", "a", 2022)
    second = analyse("President Joe Biden spoke with Mexico's president.", "b", 2022)
    actors, _ = merge_actors([first, second])
    bidens = [a for a in actors if "Biden" in a.name]
    assert len(bidens) == 1 and {m.document for m in bidens[0].mentions} == {"a", "b"}, [a.name for a in bidens]


def test_different_people_stay_apart():
    actors, _ = merge_actors([analyse("Secretary of State John Kerry spoke.", "a"),
                              analyse("Secretary of Homeland Security John Kelly spoke.", "b")])
    assert {"John Kerry", "John Kelly"} <= {a.name for a in actors}


def test_relations_merge_evidence_and_years():
    a = analyse("DHS and CBP agreed.", "a", 2018)
    b = analyse("DHS and CBP agreed again.", "b", 2019)
    _, relations = merge_actors([a, b])
    rel = next(r for r in relations if r.kind == "co-mentioned")
    assert rel.years == (2018, 2019) and {e.document for e in rel.evidence} == {"a", "b"}


def test_output_is_deterministic():
    docs = [analyse("Acting Secretary McAleenan met Honduran President Juan Orlando Hernández.", "a"),
            analyse("DHS and CBP agreed with the Government of Honduras.", "b")]
    assert merge_actors(docs) == merge_actors(list(docs))
    ids = [a.id for a in merge_actors(docs)[0]]
    assert ids == sorted(ids)


def correction(i, action, **payload):
    return Correction(i, "actor", action, tuple(payload.items()))


DOCS = ("Acting Secretary of Homeland Security Kevin K. McAleenan met Honduran President Juan Orlando Hernández. "
        "DHS and CBP agreed.")


@pytest.mark.parametrize("fix,check", [
    (correction(1, "merge", ids=["agency:us-customs-and-border-protection"],
                into="agency:us-department-of-homeland-security"),
     lambda ids, byid, rels: "agency:us-customs-and-border-protection" not in ids
     and not any("customs" in r.source or "customs" in r.target for r in rels)),
    (correction(1, "rename", id="official:kevin-k-mcaleenan", name="Kevin McAleenan"),
     lambda ids, byid, rels: byid["official:kevin-k-mcaleenan"].name == "Kevin McAleenan"),
    (correction(1, "kind", id="agency:us-customs-and-border-protection", kind="organization"),
     lambda ids, byid, rels: byid["agency:us-customs-and-border-protection"].kind == "organization"),
    (correction(1, "delete", id="official:juan-orlando-hernandez"),
     lambda ids, byid, rels: "official:juan-orlando-hernandez" not in ids
     and not any("hernandez" in r.source + r.target for r in rels)),
    (correction(1, "split", id="agency:us-department-of-homeland-security", alias="DHS"),
     lambda ids, byid, rels: "agency:dhs" in ids and byid["agency:dhs"].mentions[0].text == "DHS"),
])
def test_corrections(fix, check):
    actors, relations = merge_actors([analyse(DOCS)], [fix])
    byid = {a.id: a for a in actors}
    assert check(set(byid), byid, relations)


def test_correction_for_missing_actor_is_ignored():
    plain = merge_actors([analyse(DOCS)])
    assert merge_actors([analyse(DOCS)], [correction(1, "delete", id="official:nobody")]) == plain
