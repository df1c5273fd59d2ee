"""Relations inside a document: each kind, with evidence and years."""
from __future__ import annotations

import pytest
from actor_helpers import analyse

RELATIONS = [  # text, kind, source, target
    ("Acting Secretary of Homeland Security Kevin K. McAleenan spoke.", "holds-office-in",
     "official:kevin-k-mcaleenan", "agency:us-department-of-homeland-security"),
    ("Honduran Minister of Security Julian Pacheco spoke.", "member-of", "official:julian-pacheco", "government:hn"),
    ("Secretary of Homeland Security Kirstjen Nielsen met with Honduran President Juan Orlando Hernández.",
     "met-with", "official:juan-orlando-hernandez", "official:kirstjen-nielsen"),
    ("Acting Secretary of Homeland Security Kevin K. McAleenan signed an arrangement with the Government of Honduras.",
     "signed-with", "government:hn", "official:kevin-k-mcaleenan"),
    ("The U.S. delegation was led by Deputy Secretary of State John J. Sullivan.", "leads",
     "official:john-j-sullivan", "government:us"),
    ("DHS and the Honduran National Police cooperate.", "co-mentioned", "agency:honduran-national-police",
     "agency:us-department-of-homeland-security"),
    ("CBP officers deployed.", "member-of", "agency:us-customs-and-border-protection",
     "agency:us-department-of-homeland-security"),
]


@pytest.mark.parametrize("text,kind,source,target", RELATIONS)
def test_relation_kinds(text, kind, source, target):
    a = analyse(text)
    if kind == "member-of" and source.startswith("agency:"):
        text = text + " The U.S. Department of Homeland Security agreed."
        a = analyse(text)
    rel = next((r for r in a.relations if r.kind == kind and r.source == source and r.target == target), None)
    assert rel is not None, [(r.kind, r.source, r.target) for r in a.relations]
    assert rel.years == (2019,)
    assert rel.evidence and all(e.document == "d1" for e in rel.evidence)


def test_an_official_of_a_section_is_a_member_of_every_body_above_it():
    """A trial attorney of a division's section works for the department the division belongs to."""
    a = analyse("Trial Attorney Jil Simon of the Criminal Division's Fraud Section is prosecuting the case. "
                "The Justice Department's Criminal Division leads the effort.")
    targets = {r.target for r in a.relations if r.source == "official:jil-simon"}
    assert {"agency:criminal-division", "agency:us-department-of-justice"} <= targets, targets


def test_no_year_when_document_has_none():
    a = analyse("DHS and CBP agreed.", year=None)
    assert a.relations and all(r.years == () for r in a.relations)
