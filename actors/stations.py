"""Border Patrol stations: "agents from the Campo Station", "the Brian A. Terry Border Patrol Station". A sector
is divided into stations, each named after its town (or a fallen agent) and led by a patrol agent in charge;
CBP's releases name them as the unit that did the work. Read only where the document names the Border Patrol or
one of its units, since "… Station" is otherwise a train station, a space station or a naval air station."""
from __future__ import annotations

from spacy.tokens import Doc

from actors.drafts import Draft
from actors.normalize import actor_id
from model.nlp import token_texts

BORDER_PATROL = "agency:us-border-patrol"
# words before "Station" that make it another kind of station (or a Coast Guard one, its own body)
OTHER_STATIONS = {"space", "air", "naval", "coast", "guard", "police", "fire", "gas", "power", "union", "radio",
                  "research", "train", "bus", "metro", "subway", "television", "tv", "weather", "field", "ranger",
                  "reception", "pumping", "relay", "service", "experiment", "experimental", "biological"}
MAX_WORDS = 4  # "Brian A. Terry Border Patrol Station"


def border_patrol_stations(tokens: Doc, drafts: dict[str, Draft], taken: set[int]) -> None:
    """Add a draft under the U.S. Border Patrol for each "<Name> [Border Patrol] Station" the text writes."""
    if not any(d.id == BORDER_PATROL or d.parent == BORDER_PATROL for d in drafts.values()):
        return
    texts = token_texts(tokens)
    for k, word in enumerate(texts):
        if word != "Station" or k in taken:
            continue
        end = k + 1
        start = k
        if k >= 2 and texts[k - 2] == "Border" and texts[k - 1] == "Patrol":
            start = k - 2
        first = start
        while first > 0 and start - first < MAX_WORDS and first - 1 not in taken \
                and _name_word(texts[first - 1]) and not tokens[first].is_sent_start:  # the first word may open the sentence
            first -= 1
        if first == start or texts[start - 1].lower() in OTHER_STATIONS:
            continue
        name = " ".join(texts[first:end])
        aid = actor_id("agency", name)
        draft = drafts.setdefault(aid, Draft(aid, "agency", name, "US", BORDER_PATROL, {name}))
        draft.spans.append((first, end, "name"))
        taken.update(range(first, end))


def _name_word(text: str) -> bool:
    """A word of a station's name: a capitalised word or an initial ("Brian A. Terry")."""
    return text[:1].isupper() and (text.isalpha() or len(text) == 2 and text[1] == ".")
