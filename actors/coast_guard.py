"""U.S. Coast Guard units named by their kind and place: "Coast Guard Sector Key West", "Coast Guard Station
Islamorada", "Coast Guard Air Station Miami", "Coast Guard District 7". Coast Guard releases on interdictions
and rescues name the unit that did the work this way; each is a body of its own under the Coast Guard."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from actors.drafts import Draft, add_entry
from actors.lexicon import Lexicon
from actors.normalize import actor_id
from model.nlp import doc_text

COAST_GUARD_ID = "agency:us-coast-guard"
_WORD = r"[A-Z][\w'’.-]*"
UNIT = re.compile(rf"\b(?:U\.S\.\s+)?Coast\s+Guard\s+(?:Air\s+Station|Sector|Station|District|Base)[ \t]+"
                  rf"(?:\d+\b|{_WORD}(?:[ \t]+{_WORD}){{0,2}})")  # (on its line: not the heading after it)
UNIT_WORDS = {"Station", "Sector", "District", "Base"}  # the word before a unit's place
# words that open the title or name that follows a unit ("… Station Islamorada Petty Officer X"), never its place
NOT_PLACE = {"Petty", "Officer", "Chief", "Commander", "Capt", "Capt.", "Cmdr", "Cmdr.", "Lt", "Lt.", "Rear", "Adm",
             "Adm.", "Vice", "Seaman", "Crews", "Crew", "Public", "Affairs", "Command", "Center", "Office", "The", "and"}


def coast_guard_units(tokens: Doc, drafts: dict[str, Draft], taken: set[int], lex: Lexicon) -> None:
    """Add a draft under the Coast Guard for each unit the text names, and mark its tokens taken."""
    text = doc_text(tokens)
    if "Coast Guard" not in text:
        return
    parent = lex.org_by_id.get(COAST_GUARD_ID)
    for m in UNIT.finditer(text):
        pieces = list(re.finditer(r"\S+", m.group(0)))
        unit = next((k for k, p in enumerate(pieces) if p.group(0) in UNIT_WORDS), len(pieces))
        digit = next((k for k, p in enumerate(pieces) if k > unit + 1 and any(c.isdigit() for c in p.group(0))), None)
        if digit is not None:  # "Coast Guard Air Station Miami HC-144 Ocean Sentry": the aircraft is no part of the
            del pieces[digit:]  # station's name
        while pieces and _bare(pieces[-1].group(0)) in NOT_PLACE:
            pieces.pop()
        if not pieces:
            continue
        last = _bare(pieces[-1].group(0))
        name = " ".join([*(p.group(0) for p in pieces[:-1]), last])
        if last in {"Sector", "Station", "District", "Base"}:
            continue
        end = m.start() + pieces[-1].start() + len(last)
        span = tokens.char_span(m.start(), end, alignment_mode="expand")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        plain = re.sub(r"^U\.S\.\s+", "", name)
        aid = actor_id("agency", plain)
        d = drafts.setdefault(aid, Draft(aid, "agency", plain, country="US"))
        d.aliases |= {name, plain}
        if parent is not None:
            d.parent = add_entry(drafts, parent, lex).id
        d.spans.append((span.start, span.end, "name"))
        taken.update(range(span.start, span.end))


def _bare(word: str) -> str:
    """A word without a closing possessive or punctuation: "Islamorada's" -> "Islamorada"."""
    for tail in ("'s", "’s"):
        word = word.removesuffix(tail)
    return word.rstrip(".,;:")
