"""Raw place-name hits: every gazetteer spelling looked up among the lower-cased tokens, plus hyphen parts.

The matcher compares lower-cased tokens (accent-folded in Spanish text, "México" as "Mexico"), so it finds
"Honduras", "HONDURAS" and "honduras" alike; deciding which of those is really a place is the job of ``geo.context``. Tokens such as
"U.S.-Honduras" stay whole in spaCy's English tokenizer, so their parts are looked up directly.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import compress
from typing import NamedTuple

from spacy.tokens import Doc

from geo.gazetteer import Gazetteer, norm
from geo.prepared import Pattern, fold_token, get_gazetteer, get_prepared
from model.nlp import doc_lower, doc_text, token_lowers, token_starts, token_texts

_PARTS = re.compile(r"[^\-\u2013\u2014/]+")
_JOINERS = re.compile(r"[\-\u2013\u2014/]")
# ``norm`` remembered: documents repeat the same place names, and its Unicode normalisation was 1.5 % of the analysis
_norm = lru_cache(maxsize=1 << 16)(norm)
# ``fold_token`` remembered too: an accented word's Unicode decomposition, ~2 µs, made the matcher's lower-cased
# words a third of its time on the generated corpus, whose every text has accents (timeit, 2026-12-03)
_fold_token = lru_cache(maxsize=1 << 16)(fold_token)


class Hit(NamedTuple):
    """A span of the text whose normalised form is a gazetteer name (or a demonym). A named tuple, not a
    frozen dataclass: as immutable, and made in a fifth of the time (a document makes one per name it holds,
    overlapping readings included)."""

    start: int  # first token index
    end: int  # token index after the span
    char_start: int
    char_end: int
    text: str
    key: str
    demonym: bool = False
    part: bool = False  # a piece of a hyphenated token ("Honduras" in "U.S.-Honduras")


class NameMatcher:
    """Every span of lower-cased tokens that is a gazetteer spelling: spaCy's PhraseMatcher on the
    LOWER attribute, as a set lookup. It needs no build beyond the prepared patterns (the
    PhraseMatcher took 15 s to build and 1.5 s to unpickle) and finds the same spans."""

    def __init__(self, places: frozenset[Pattern], demonyms: frozenset[Pattern]) -> None:
        self.places, self.demonyms = places, demonyms
        self.prefixes = {p[:n] for p in places | demonyms for n in range(1, len(p))}
        # what each span is, in one lookup instead of three (a tuple's hash is computed again for each: the
        # three tests were 2 % of the analysis, py-spy 2026-12-03): bit 1 a demonym, 2 a place, 4 a prefix
        self.kinds: dict[Pattern, int] = {}
        for bit, group in ((1, demonyms), (2, places), (4, self.prefixes)):
            for p in group:
                self.kinds[p] = self.kinds.get(p, 0) | bit
        # the same for one word, by the word (a string keeps its hash; a new 1-tuple per token did not): every
        # name's first word is here, as a name or a prefix, so most tokens are answered by one dict lookup
        self.firsts: dict[str, int] = {p[0]: bits for p, bits in self.kinds.items() if len(p) == 1}

    def __call__(self, tokens: Doc) -> list[tuple[int, int, bool]]:
        """(start, end, is_demonym) for each match, overlapping ones included, ordered by start then end."""
        if tokens.lang_ == "es":
            lower = list(map(_fold_token, token_lowers(tokens)))
        else:  # an accented word in English text is its plain spelling too ("Curaçao" is the gazetteer's "Curacao")
            lower = [w if w.isascii() else _fold_token(w) for w in token_lowers(tokens)]
        firsts, kinds, out, n = self.firsts, self.kinds, [], len(lower)
        # only the words that open a name or a longer pattern, picked out in C: two thirds of the words open none,
        # and stepping through them was a third of the matcher's time (py-spy 2026-12-03)
        for start in compress(range(n), map(firsts.__contains__, lower)):
            word = lower[start]
            kind = firsts[word]
            span: Pattern = (word,)
            end = start + 1
            while True:
                if kind & 1:  # before a place of the same span, as the PhraseMatcher had it
                    out.append((start, end, True))
                if kind & 2:
                    out.append((start, end, False))
                if not kind & 4 or end == n:
                    break
                span = span + (lower[end],)
                end += 1
                kind = kinds.get(span, 0)
        return out


def opens_longer_name(hit: Hit, tokens: Doc) -> bool:
    """Does the hit with the capitalised word after it open a longer gazetteer name the text then cuts short ("the
    Colombia Solidarity cargo facility": the Colombia–Solidarity bridge's short name, not the country)?"""
    texts = token_texts(tokens)
    if hit.part or hit.end >= len(texts) or not (texts[hit.end][:1].isupper() and texts[hit.end].isalpha()):
        return False
    lowers = token_lowers(tokens)
    return bool(get_matcher().kinds.get((*lowers[hit.start:hit.end], lowers[hit.end]), 0) & 4)


def _has_enye(gaz: Gazetteer, key: str) -> bool:
    """Does a reading of ``key`` spell its name with ñ, or is it a country (whose other names the gazetteer
    holds: "España")? Accent folding drops the tilde; a name written with ñ means only those."""
    return any("ñ" in gaz.entries[i].name.lower() or gaz.entries[i].kind == "country" for i, _ in gaz.index.get(key, ()))


@lru_cache(maxsize=1)
def get_matcher() -> NameMatcher:
    """The process-wide matcher over the prepared patterns."""
    prepared = get_prepared()
    return NameMatcher(prepared.places, prepared.demonyms)


def find_hits(tokens: Doc, gaz: Gazetteer | None = None) -> list[Hit]:
    """Every gazetteer name in the tokens, overlapping hits included, in text order."""
    gaz = gaz or get_gazetteer()
    matcher = get_matcher()
    hits: list[Hit] = []
    whole: set[int] = set()
    # offsets and texts from the per-Doc lists (``model.nlp.token_texts``): a Span and a Token per hit and a
    # Token per word took 4 % of the analysis; a span's text is the document's text between its offsets
    text, starts, texts = doc_text(tokens), token_starts(tokens), token_texts(tokens)
    for start, end, demonym in matcher(tokens):
        char_start, char_end = starts[start], starts[end - 1] + len(texts[end - 1])
        span_text = text[char_start:char_end]
        if ("ñ" in span_text or "Ñ" in span_text) and not _has_enye(gaz, _norm(span_text)):
            continue  # folding made "Montaña" (Guerrero's mountain region) the state of Montana: ñ is a letter
        hits.append(Hit(start, end, char_start, char_end, span_text, _norm(span_text), demonym))
        if end - start == 1:
            whole.add(start)
    # the tokens holding a dash or a slash, found from the text (a test of every token took 4 % of the analysis)
    joined = sorted({bisect_right(starts, m.start()) - 1 for m in _JOINERS.finditer(text)})
    for i in joined:
        word = texts[i]
        if i in whole or len(word) < 4 or not any(c in word for c in "-\u2013\u2014/"):
            continue
        for m in _PARTS.finditer(word):
            key = _norm(m.group())
            if key in gaz.index or key in gaz.demonyms:
                s = starts[i] + m.start()
                hits.append(Hit(i, i + 1, s, s + len(m.group()), m.group(), key,
                                key not in gaz.index, part=True))
    shared = shared_head_hits(tokens, gaz)
    if shared:
        spans = {(h.start, h.end) for h in shared}
        hits = [h for h in hits if (h.start, h.end) not in spans] + shared
    hits.sort(key=lambda h: (h.char_start, -h.char_end))
    return hits


# "the Ulúa and Chamelecón rivers", "los ríos Ulúa y Chamelecón": one plural head shared by a list of names,
# each of which is a feature of that kind ("Ulúa River", "Río Chamelecón"); singular English heads come after the
# name ("X River") or before it ("Lake X"), Spanish ones before it.
PLURAL_HEADS = {"rivers": ("river", "rio"), "lakes": ("lake", "lago"), "islands": ("island", "isla"),
                "volcanoes": ("volcano", "volcan"), "valleys": ("valley", "valle"), "mountains": ("mountains", "sierra"),
                "counties": ("county", ""), "parishes": ("parish", "")}  # "Maverick, Val Verde and Kinney counties"
PLURAL_HEADS_ES = {"rios": "rio", "ríos": "rio", "lagos": "lago", "islas": "isla", "volcanes": "volcan"}
LIST_WORDS = {",", "and", "y", "e"}
_HEAD_WORDS = (*PLURAL_HEADS, *PLURAL_HEADS_ES)
_HEADS = re.compile(r"\b(?:" + "|".join([*PLURAL_HEADS, *PLURAL_HEADS_ES]) + r")\b")  # on lower-cased text


def _named_with(head: str, name: str, gaz: Gazetteer, spanish_head: str = "") -> str | None:
    for key in (norm(f"{name} {head}"), norm(f"{head} {name}")):
        if key in gaz.index:
            return key
    key = norm(f"{spanish_head} {name}") if spanish_head else ""
    if key and key in gaz.index and any(gaz.entries[i].kind != "city" for i, _ in gaz.index[key]):
        return key  # the Spanish form only for a feature: "the Verde and Ometepec rivers" is no Rio Verde, Brazil
    return None


def shared_head_hits(tokens: Doc, gaz: Gazetteer) -> list[Hit]:
    """Each name of a list that shares one plural head, as a hit of the feature it names with that head."""
    out: list[Hit] = []
    lowered = doc_lower(tokens)
    # most documents: plain substring tests, then one search in C, instead of a pass over the tokens (the pattern
    # alone, an alternation behind \b, was 0.9 % of the analysis: py-spy 2026-12-03); every match holds a head
    if not any(h in lowered for h in _HEAD_WORDS) or not _HEADS.search(lowered):
        return out
    n = len(tokens)
    for tok in tokens:
        low = tok.lower_
        if low in PLURAL_HEADS and tok.i > 0:  # English: the names come before, of up to three words
            head, es = PLURAL_HEADS[low]
            i, names = tok.i - 1, []
            while i >= 0 and _name_word(tokens[i]):
                end = i + 1
                while i - 2 >= 0 and end - i < 3 and (_name_word(tokens[i - 1]) or tokens[i - 1].text == "-"
                                                        and _name_word(tokens[i - 2])):
                    i -= 2 if tokens[i - 1].text == "-" else 1  # "Val Verde", "Miami-Dade"
                names.append((i, end))
                i -= 1
                if i >= 2 and tokens[i].lower_ in {"and", "or"} and tokens[i - 1].text == "," \
                        and tokens[i - 2].text[:1].isupper():
                    i -= 2  # the serial comma: "Hidalgo, Maverick, and Webb counties"
                elif i >= 1 and tokens[i].lower_ in LIST_WORDS and tokens[i - 1].text[:1].isupper():
                    i -= 1
                else:
                    break
        elif low in PLURAL_HEADS_ES and tok.i + 1 < n:  # Spanish: they come after
            head, es = PLURAL_HEADS_ES[low], ""
            i, names = tok.i + 1, []
            while i < n and _name_word(tokens[i]):
                names.append((i, i + 1))
                i += 1
                if i + 1 < n and tokens[i].lower_ in LIST_WORDS and tokens[i + 1].text[:1].isupper():
                    i += 1
                else:
                    break
        else:
            continue
        if len(names) < 2:
            continue  # "the Ulúa River" is in the gazetteer already; a shared head needs a list
        for a, b in names:
            start, end = tokens[a].idx, tokens[b - 1].idx + len(tokens[b - 1].text)
            name = tokens.text[start:end]
            key = _named_with(head, name, gaz, es)
            if key:
                out.append(Hit(a, b, start, end, name, key))
    return out


def _name_word(token) -> bool:
    return token.text[:1].isupper() and token.is_alpha
