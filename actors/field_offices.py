"""Field offices written as a U.S. agency's acronym and a city: "HSI El Paso Special Agent in Charge",
"investigated by HSI San Antonio and HSI Laredo", "FBI Miami", "DEA Houston Division". Justice and Homeland
Security releases name the office that did the work this way; it is a body of its own under the agency."""
from __future__ import annotations

from spacy.tokens import Doc

from actors.drafts import Draft
from actors.institutions import HEAD_AFTER, HEAD_BEFORE
from actors.lexicon import Lexicon
from actors.matchers import Scan
from actors.names import NOT_NAME
from actors.normalize import actor_id, fold
from model.nlp import token_texts

# the federal law-enforcement agencies whose releases name field offices by city (general knowledge); other
# agencies' acronyms before a capitalised word are headings and names ("What GAO Found", "NOAA Fisheries")
FIELD_OFFICE_AGENCIES = {"FBI", "DEA", "HSI", "ATF", "ERO", "USSS", "USMS", "IRS-CI"}
# a title's first words, never a city's ("ICE Acting Director", "FBI Deputy Assistant Director")
TITLE_OPENERS = {"acting", "deputy", "interim", "former", "senior", "chief", "principal", "assistant", "associate",
                 "executive", "special", "supervisory", "resident"}
# words that close an office's name after the city ("DEA Houston Division", "FBI Miami Field Office")
OFFICE_TAILS = {"Division", "Field Office", "Field Division", "Office"}
# a city's name opens with these lower-case words or articles, which the name-word test would refuse
CITY_OPENERS = {"el", "la", "los", "las", "san", "santa", "st.", "fort", "new", "port"}
MAX_CITY_WORDS = 3  # "Salt Lake City"


def field_offices(tokens: Doc, scan: Scan, lex: Lexicon, drafts: dict[str, Draft], taken: set[int]) -> None:
    """Add a draft under its agency for each "ACRONYM City" the text writes, where the city's words are
    followed by a title ("… Special Agent in Charge X"), by "and" and another office, or by no other name."""
    texts = token_texts(tokens)
    n = len(tokens)
    title_starts = {h.start for h in scan.titles}
    # an acronym the text defines ("Homeland Security Investigations (HSI)") is read as its body's name
    hits = [*scan.acronyms, *(h for h in scan.orgs if h.label == "defined")]
    acronym_starts = {h.start for h in hits}
    for hit in hits:
        if texts[hit.start] not in FIELD_OFFICE_AGENCIES or hit.end != hit.start + 1:
            continue
        entry = lex.org_by_id.get(hit.ref) if hit.label == "defined" else next(
            (e for e in lex.org_by_acronym.get(hit.ref, ()) if e.id in drafts), None)
        if entry is None or entry.id not in drafts:
            continue
        bracketed = hit.end + 1 < n and texts[hit.end] == ")" and hit.start > 0 and texts[hit.start - 1] == "("
        first = hit.end + bracketed  # "the Drug Enforcement Administration (DEA) Houston Division"
        k = first
        while k < n and k - first < MAX_CITY_WORDS and k not in title_starts and k not in taken \
                and _city_word(texts[k], texts[k + 1] if k + 1 < n else ""):
            k += 1
        if k == first:
            continue
        end = k
        tail = next((t for t in sorted(OFFICE_TAILS, key=len, reverse=True)
                     if " ".join(texts[k:k + t.count(" ") + 1]) == t), "")
        if tail:
            end = k + tail.count(" ") + 1
        elif bracketed or not _office_ends(tokens, k, title_starts, acronym_starts):
            continue  # (after the bracket, only with the office's word: "(DEA) and", "(FBI) Director X" are not)
        name = " ".join([texts[hit.start], *texts[first:end]])
        aid = actor_id("agency", name)
        own = {" ".join(texts[first:end])} if tail else set()  # "Caribbean Division", as a possessive names it
        draft = drafts.setdefault(aid, Draft(aid, "agency", name, "US", entry.id, {name, *own}))
        draft.spans.append((first if bracketed else hit.start, end, "name"))
        taken.update(range(hit.start, end))


def _city_word(text: str, following: str) -> bool:
    low = text.lower()
    if low in CITY_OPENERS:
        return following[:1].isupper()
    return text.isalpha() and text[:1].isupper() and not text.isupper() and fold(text) not in NOT_NAME \
        and low not in HEAD_AFTER and low not in HEAD_BEFORE and low not in TITLE_OPENERS


def _office_ends(tokens: Doc, k: int, title_starts: set[int], acronym_starts: set[int]) -> bool:
    """The city's words end the office's name: a title, the sentence's punctuation, a lower-case word, or "and"
    before another acronym ("HSI San Antonio and HSI Laredo"); not "and"/"of" going on with a longer name."""
    texts = token_texts(tokens)
    if k >= len(tokens) or k in title_starts:
        return True
    if "\n" in tokens[k - 1].whitespace_ or tokens[k].is_space:
        return False  # a heading's words, not a sentence's
    word = texts[k]
    if word.lower() in {"and", "&"}:
        return k + 1 in acronym_starts
    if word.lower() in {"of", "for", "on", "'s", "’s"}:
        return False
    return not word[:1].isupper()
