"""Verbs of title-case headlines ("… Visits Choluteca", "U.S. Embassy Hands Over Boats"): where a capitalised run
of a person's, a place's or a body's name ends. The place finder and the bodies' names both read them."""
from __future__ import annotations

HEADLINE_VERBS = frozenset({
    "visits", "meets", "hosts", "signs", "announces", "welcomes", "calls", "urges", "launches", "travels", "joins",
    "receives", "delivers", "donates", "opens", "holds", "leads", "discusses", "congratulates", "condemns",
    "celebrates", "attends", "tours", "inaugurates", "thanks", "honors", "honours", "extradited", "sentenced",
    "charged", "arrested", "indicted", "convicted", "named", "appointed", "returns", "arrives", "speaks", "addresses",
    "highlights", "reaffirms", "pledges", "hands", "provides", "supports", "trains", "strengthens", "sanctions",
    "designates", "imposes", "commends", "applauds", "presents", "marks", "commemorates", "recognizes", "expands",
    "renews", "concludes", "completes", "unveils", "deploys", "seizes", "dismantles", "disrupts"})
