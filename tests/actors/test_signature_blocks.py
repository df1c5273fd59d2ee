"""A letter's signature block: "Sincerely," then one signer a line, name then title (issue 12: delegation and
designation lists, name then title). The block is body text, not a masthead, and each signer is an official."""
from __future__ import annotations

from corpus.pipeline import analyse_document
from documents.clean import clean_text
from documents.load import load_bytes

LETTER = """June 14, 2022

The Honorable Antony J. Blinken
Secretary of State

Dear Secretary Blinken:
We write to urge the Department to act on Nicaragua.
We thank you for your attention to this matter and look forward to your prompt response.
Sincerely,
María Elvira Salazar
Member of Congress (FL-27)
Mario Díaz-Balart
Member of Congress (FL-26)
Carlos A. Giménez
Member of Congress (FL-28)
"""


def test_the_signature_block_is_kept_as_body_text():
    cleaned = clean_text(LETTER)
    for line in ("María Elvira Salazar", "Mario Díaz-Balart", "Carlos A. Giménez", "Member of Congress (FL-26)"):
        assert line in cleaned.text, cleaned.removed


def test_each_signer_is_a_member_of_the_house():
    analysis = analyse_document(load_bytes("letter.txt", LETTER.encode()))
    officials = {a.name: a for a in analysis.actors if a.kind == "official"}
    for name in ("María Elvira Salazar", "Mario Díaz-Balart", "Carlos A. Giménez"):
        assert name in officials, sorted(officials)
    by_id = {a.id: a.name for a in analysis.actors}
    assert by_id.get(officials["Mario Díaz-Balart"].affiliation) == "U.S. House of Representatives"


def test_a_title_that_names_its_body_gives_the_affiliation():
    text = ('PANAMA CITY — "The canal is vital," said Gen. Laura J. Richardson, commander of U.S. Southern Command.')
    analysis = analyse_document(load_bytes("r.txt", f"Release Date: August 8, 2023\n\n{text}".encode()))
    by_id = {a.id: a.name for a in analysis.actors}
    richardson = next(a for a in analysis.actors if a.name == "Laura J. Richardson")
    assert by_id.get(richardson.affiliation) == "U.S. Southern Command"


def test_honorific_chains_and_a_portfolio_word_before_a_first_name():
    text = ("Deputy Prime Minister and Minister of National Security, Dr. the Hon. Horace Chang, said the deployment "
            "worked. The Minister of Foreign and CARICOM Affairs, Senator the Honourable Dr. Amery Browne, spoke. "
            "Costa Rica's Minister of Foreign Trade Manuel Tovar Rivera attended.")
    analysis = analyse_document(load_bytes("r.txt", f"Release Date: August 8, 2023\n\n{text}".encode()))
    names = {a.name for a in analysis.actors if a.kind == "official"}
    assert {"Horace Chang", "Amery Browne", "Manuel Tovar Rivera"} <= names, names


def test_a_lower_case_title_in_apposition_names_the_person_before_it():
    text = ('"We act," said Marcus Lancaster, acting field office director of ERO Atlanta. The Global Coalition to '
            'Address Synthetic Drug Threats, launched by Secretary Blinken, met in Washington.')
    analysis = analyse_document(load_bytes("r.txt", f"Release Date: August 8, 2023\n\n{text}".encode()))
    names = {a.name for a in analysis.actors if a.kind == "official"}
    assert "Marcus Lancaster" in names and "Atlanta" not in names, names
    assert not any("Synthetic" in n for n in names), names


def test_a_plural_title_lists_names_with_their_districts():
    text = ("40 Members of Congress, among them Representatives Sheila Cherfilus-McCormick (FL-20) and Frederica S. "
            "Wilson (FL-24), urged the Department of Homeland Security to act.")
    analysis = analyse_document(load_bytes("r.txt", f"Release Date: August 8, 2023\n\n{text}".encode()))
    names = {a.name for a in analysis.actors if a.kind == "official"}
    assert {"Sheila Cherfilus-McCormick", "Frederica S. Wilson"} <= names, names
