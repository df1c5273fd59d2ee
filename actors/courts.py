"""U.S. federal courts named in full: "U.S. District Court for the Western District of Texas", "Court of
Appeals for the First Circuit". A district's name alone is also its U.S. Attorney's Office's alias in the
lexicon ("Western District of Texas"); inside a court's name it is the court's, and the court is a body of
its own, not the generic "U.S. District Court"."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from actors.drafts import Draft
from actors.normalize import actor_id
from model.nlp import doc_text

_PREFIX = r"(?:(?:U\.\s?S\.|United States|Federal)\s+)?"
# a federal judicial district: a state's ("Western District of Texas"), D.C.'s, or a territory's ("District of
# the Virgin Islands")
DISTRICT = (r"(?:(?:Northern|Southern|Eastern|Western|Middle|Central)\s+)?District\s+of\s+"
            r"(?:the\s+(?:Virgin\s+Islands|Northern\s+Mariana\s+Islands)|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
US_COURT = re.compile(
    rf"\b{_PREFIX}(?:(?:District|Bankruptcy)\s+Court\s+for\s+the\s+{DISTRICT}"
    r"|District\s+Court\s+(?:of|for)\s+(?:the\s+Virgin\s+Islands|Guam|the\s+Northern\s+Mariana\s+Islands)"  # Art. IV
    rf"|Court\s+of\s+Appeals\s+for\s+the\s+(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th)|D\.C\.)\s+Circuit)")
# a state's numbered trial court: "the 205th District Court" (Texas), "the 11th Judicial Circuit Court" (Florida)
STATE_COURT = re.compile(r"\b\d+(?:st|nd|rd|th)\s+(?:Judicial\s+)?(?:District|Circuit)\s+Court\b")


def us_courts(tokens: Doc, drafts: dict[str, Draft], taken: set[int]) -> None:
    """Add a draft for each federal court named in full, and mark its tokens taken."""
    text = doc_text(tokens)
    if "Court" not in text:
        return
    for m in STATE_COURT.finditer(text):
        span = tokens.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        name = " ".join(m.group(0).split())
        d = drafts.setdefault(actor_id("agency", name), Draft(actor_id("agency", name), "agency", name, country="US"))
        d.aliases.add(name)
        d.spans.append((span.start, span.end, "name"))
        taken.update(range(span.start, span.end))
    for m in US_COURT.finditer(text):
        span = tokens.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        name = " ".join(m.group(0).split())
        plain = re.sub(rf"^{_PREFIX}", "", name)
        full = plain if plain.startswith("District Court of") else f"U.S. {plain}"  # a territory's court
        d = drafts.setdefault(actor_id("agency", full), Draft(actor_id("agency", full), "agency", full, country="US"))
        d.aliases |= {name, plain}
        d.spans.append((span.start, span.end, "name"))
        taken.update(range(span.start, span.end))


def districts_named(text: str) -> list[str]:
    """The federal judicial districts a text names ("the Southern District of Texas", "the District of Columbia"),
    as written, in order, once each: only real ones (data/actors/districts.yaml)."""
    from actors.lexicon import load_data

    data = load_data("districts.yaml")
    real = {f"{part} District of {state}" for state, row in data["multi"].items() for part in row["parts"]}
    real |= {f"District of {state}" for state in (*data["single"], *data.get("territories", ()))}  # "Columbia": D.C.
    found = (" ".join(m.group(0).split()) for m in re.finditer(DISTRICT, text))
    # a two-word state or the next word: "Middle District of Florida About | News" (a masthead's menu)
    return list(dict.fromkeys(d if d in real else d.rpartition(" ")[0] for d in found
                              if d in real or d.rpartition(" ")[0] in real))
