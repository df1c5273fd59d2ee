"""Company legal forms ("S.A. de C.V.", "Ltd.", "LLC"): a word list both finders read — the actor finder
to name companies, the place finder to know that "Santiago" in "… Santiago y Asociados, S.C." is not a city."""
from __future__ import annotations

# As spaCy tokenizes them: "S.A. de C.V." is three tokens, "S. de R.L." three.
COMPANY_FORMS = frozenset({
    "S.A.", "S.C.", "C.V.", "S.A.S.", "S.R.L.", "R.L.", "Ltda", "Ltda.", "Ltd", "Ltd.", "Inc", "Inc.", "LLC",
    "L.L.C.", "Corp", "Corp.", "GmbH", "S.L.", "PLC", "Co.", "N.V.", "B.V.", "S.A.C.", "S.A.B.", "SAPI",
    "S.A.P.I.", "LLP", "L.P.", "AG", "SpA", "S.p.A.", "Ltée", "Limited", "plc", "Ges.m.b.H.", "A.C.",
})
# Forms that are also ordinary words or initials elsewhere: a form only right after a comma. ("C.A." is left out:
# in addresses it is Centroamérica, "GUATEMALA, C.A.")
WEAK_FORMS = frozenset({"Co.", "AG", "L.P.", "Inc", "Corp", "Ltd", "A.C."})  # "A.C.": asociación civil
