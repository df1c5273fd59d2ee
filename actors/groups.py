"""Armed and criminal groups named without a head word: "Viv Ansanm", "the G9", "400 Mawozo".

Such names carry no "Cartel" or "Gang" a pattern could key on, and no list can know them all; the
sentence says what they are instead. Four shapes, each common in U.S. designations and reports:

- designation: "designating Viv Ansanm and Gran Grif as Foreign Terrorist Organizations";
- a list after a plural head: "rival gangs, including the G9 … and the G-Pèp";
- a definition: "Viv Ansanm, which means …, is a coalition of gangs";
- a label: "a group known as the Scorpions", "the “Chapitos” faction".
"""
from __future__ import annotations

from spacy.tokens import Doc

from actors.drafts import Draft
from actors.lexicon import get_lexicon
from actors.normalize import actor_id, fold
from model.nlp import doc_lower, sentence_bounds, token_alphas, token_lowers, token_spaces, token_texts

CRIMINAL_WORDS = {"gang", "gangs", "cartel", "cartels", "faction", "factions", "militia", "militias"}
GROUP_WORDS = CRIMINAL_WORDS | {"coalition", "coalitions", "group", "groups", "organization", "organizations",
                                "network", "networks"}
CRIMINAL_ADJECTIVES = {"criminal", "armed", "terrorist", "trafficking", "drug", "gang", "paramilitary", "violent"}
DESIGNATIONS = {"foreign terrorist organization", "foreign terrorist organizations", "specially designated global",
                "transnational criminal organization", "transnational criminal organizations",
                "terrorist organization", "terrorist organizations", "specially designated narcotics"}
LIST_OPENERS = {"including", "like"}  # and "such as"
_OPENER_WORDS = LIST_OPENERS | {"such"}
DEFINING = {"gang", "coalition", "cartel", "faction", "militia", "alliance", "federation"}
KIND_NOUNS = {"organization", "organisation", "group", "ngo", "nonprofit", "gang", "network", "party", "movement",
              "coalition", "faction", "cartel", "militia"}
LABELS = {"known", "called", "named", "dubbed"}
SPANISH_PLURALS = {"Los", "Las"}  # "Los Chapitos", "Los Cuinis": groups named in the plural
QUOTES = {'"', "“", "”"}
MAX_WORDS = 4


def _name_word(tok) -> bool:
    """A word of a group's name: capitalised, a number, or a code like "G9" / "G-Pèp"."""
    return _word(tok.text, tok.is_alpha, bool(tok.whitespace_))


def _word(text: str, alpha: bool, space: bool) -> bool:
    """``_name_word`` of a token's text and flags (no Token made)."""
    return (text[:1].isupper() and (alpha or any(c.isdigit() for c in text) or "-" in text)
            or text.isdigit() or text in {"-", "‐"} and not space)


def _name_at(tokens: Doc, k: int, taken: set[int]) -> tuple[int, int] | None:
    """The name starting at ``k`` (after an optional "the"), as a token span, or None."""
    # the per-Doc lists, not a Token per word: this runs at every sentence's start (1.3 % of the analysis, py-spy)
    texts, lowers, alphas, spaces = token_texts(tokens), token_lowers(tokens), token_alphas(tokens), token_spaces(tokens)
    n = len(tokens)
    if k < n and lowers[k] == "the":
        k += 1
    end = k
    while end < n and end - k < MAX_WORDS + 2 and end not in taken and _word(texts[end], alphas[end], spaces[end]):
        end += 1
    if end == k or texts[end - 1] in {"-", "‐"}:
        return None
    if not any(w[:1].isupper() for w in texts[k:end]):
        return None  # "400" alone is a number
    return k, end


def _names_list(tokens: Doc, k: int, taken: set[int]) -> list[tuple[int, int]]:
    """ "the G9 … and the G-Pèp", "Viv Ansanm and Gran Grif": names joined by commas and "and"/"or",
    each possibly followed by a clause we skip up to the next joiner."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    out = []
    n = len(tokens)
    while k < n:
        span = _name_at(tokens, k, taken)
        if span is None:
            break
        if span[1] + 1 < n and tokens[span[1]].lower_ in KIND_NOUNS:  # "the Salvadoran organization Cristosal"
            span = _name_at(tokens, span[1] + 1, taken)
            if span is None:
                break
        out.append(span)
        k = span[1]
        while k < n and texts[k] == ",":
            k += 1
        if k < n and lowers[k] in {"and", "or"}:
            k += 1
        elif k < n and texts[k][:1].isupper():
            continue
        else:
            break
    return out


Found = list[tuple[tuple[int, int], str]]  # (token span, kind)


# Each shape below first asks whether the document holds the word it needs at all (one test in C): most hold
# none, and the four passes over every token were 2.2 % of the analysis (py-spy 2026-12-03).


def _designated(tokens: Doc, taken: set[int]) -> Found:
    if "designat" not in doc_lower(tokens):
        return []
    lowers = token_lowers(tokens)
    out = []
    for i, low in enumerate(token_lowers(tokens)):  # the lower-cased words, read once per document
        if not low.startswith("designat"):
            continue
        k = i + 1 + (i + 1 < len(tokens) and lowers[i + 1] == "of")
        names = _names_list(tokens, k, taken)
        if not names:
            continue
        a = names[-1][1]
        if a < len(tokens) and lowers[a] == "as":
            tail = " ".join(t.lower_ for t in tokens[a + 1:a + 6] if t.is_alpha and t.lower_ not in {"a", "an"})
            if any(tail.startswith(d) for d in DESIGNATIONS):
                out.extend((span, "criminal") for span in names)
    return out


def _listed(tokens: Doc, taken: set[int]) -> Found:
    out = []
    n = len(tokens)
    lowers = token_lowers(tokens)
    if _OPENER_WORDS.isdisjoint(lowers):
        return out
    for i, low in enumerate(lowers):
        opener = low in LIST_OPENERS or low == "such" and i + 1 < n and lowers[i + 1] == "as"
        if not opener:
            continue
        back = [t.lower_ for t in tokens[max(0, i - 4):i] if t.is_alpha]
        if not back or not (back[-1] in GROUP_WORDS and back[-1].endswith("s")):
            continue  # "gangs, including …", "gang coalitions including …", "civil society groups such as …"; not
            # "towns that gangs once controlled, including Soyapango …": the list is the noun's before it
        kind = "criminal" if any(w in CRIMINAL_WORDS | CRIMINAL_ADJECTIVES for w in back) else "organization"
        out.extend((span, kind) for span in _names_list(tokens, i + 1 + (low == "such"), taken))
    return out


def _defined(tokens: Doc, taken: set[int]) -> Found:
    """A sentence that opens with a name and says it "is a coalition of gangs"."""
    out = []
    lowers = token_lowers(tokens)
    if DEFINING.isdisjoint(lowers):
        return out
    for start, end in sentence_bounds(tokens):
        span = _name_at(tokens, start, taken)
        if span is None:
            continue
        for k in range(span[1], min(end - 2, span[1] + 25)):
            if lowers[k] == "is" and lowers[k + 1] in {"a", "an", "the"}:
                words = lowers[k + 2:k + 6]
                if any(w in DEFINING for w in words):
                    out.append((span, "criminal" if set(words) & (CRIMINAL_WORDS | CRIMINAL_ADJECTIVES)
                                else "organization"))
                break
    return out


def _labelled(tokens: Doc, taken: set[int]) -> Found:
    out = []
    n = len(tokens)
    lowers, texts = token_lowers(tokens), token_texts(tokens)
    if LABELS.isdisjoint(lowers) and QUOTES.isdisjoint(texts) and SPANISH_PLURALS.isdisjoint(texts):
        return out
    for i, low in enumerate(lowers):
        # "a group known as the Scorpions", "a gang called …"
        if low in LABELS and i > 0 and lowers[i - 1] in GROUP_WORDS:
            k = i + 1 + (low == "known" and i + 1 < n and lowers[i + 1] == "as")
            span = _name_at(tokens, k, taken)
            if span:
                said = {t.lower_ for t in tokens[i].sent}  # "Local factions fight …, including a group known as …"
                out.append((span, "criminal" if said & (CRIMINAL_WORDS | CRIMINAL_ADJECTIVES) else "organization"))
        # "…, a faction of the Sinaloa Cartel led by …, known as Los Chapitos": a plural Spanish name labelled
        # in a sentence about a group (a person's nickname is singular: "known as El Nini")
        q = i + 2 + (i + 2 < n and texts[i + 2] in QUOTES)  # 'known as "Los Chapitos"'
        if low == "known" and q < n and lowers[i + 1] == "as" and texts[q] in SPANISH_PLURALS \
                and i > 0 and (texts[i - 1] == "," or lowers[i - 1] in GROUP_WORDS or i - 1 in taken) \
                and any(w in GROUP_WORDS for w in lowers[max(0, i - 25):i]):  # "… of the Sinaloa Cartel known as"
            span = _name_at(tokens, q, taken)
            if span and span[1] - span[0] >= 2:
                out.append((span, "criminal"))
        # "the Los Cuinis organization": a plural Spanish name before a group word
        if texts[i] in SPANISH_PLURALS and i > 0 and lowers[i - 1] == "the":
            span = _name_at(tokens, i, taken)
            if span and span[1] - span[0] >= 2 and span[1] < n and lowers[span[1]] in GROUP_WORDS:
                out.append((span, "criminal" if lowers[span[1]] in CRIMINAL_WORDS | {"organization"}
                            else "organization"))
        # "the “Chapitos” faction"; not a quotation opening on a country's gangs ("“Haiti's gangs cannot …")
        if texts[i] in QUOTES and i + 3 < n and texts[i + 2] in QUOTES | {"'s", "’s"} \
                and lowers[i + 3] in CRIMINAL_WORDS \
                and not (texts[i + 2] not in QUOTES and fold(texts[i + 1]) in get_lexicon().country_names):
            span = _name_at(tokens, i + 1, taken)
            if span and span[1] == i + 2:
                out.append((span, "criminal"))
    return out


GROUP_PARTS = {"wing", "cell", "arm", "offshoot", "branch", "splinter"}  # "…, an armed wing of the Sinaloa cartel"
GROUP_HEADS = {"gang", "cartel", "faction", "militia"}  # a singular word for a criminal group, before or after its name
NOT_GROUP_NAME = {"leader", "leaders", "member", "members", "boss", "bosses", "associate", "associates",
                  "violence", "activity", "territory", "truce", "war", "wars"}  # "a gang leader", "gang violence"


def _appositive(tokens: Doc, taken: set[int]) -> Found:
    """ "the Haitian gang Gran Grif", "a senior member of Gran Grif, a gang that controls …": a name right after a
    singular word for a criminal group, or before a comma and "a … gang"."""
    lowers, texts = token_lowers(tokens), token_texts(tokens)
    if GROUP_HEADS.isdisjoint(lowers) and "coalition" not in lowers:
        return []
    n, out = len(tokens), []
    for i, low in enumerate(lowers):
        part = low in GROUP_PARTS and i + 1 < n and lowers[i + 1] == "of" \
            and any(w in GROUP_HEADS for w in lowers[i + 2:i + 7])  # "Gente Nueva, an armed wing of the … cartel"
        if not (low in GROUP_HEADS | {"coalition"} or part) or not texts[i].islower():
            continue
        if not part and low != "coalition" and i + 1 < n and texts[i + 1][:1].isupper() and texts[i + 1] not in QUOTES:  # "the
            # gang Gran Grif"
            span = _name_at(tokens, i + 1, taken)
            if span and span[0] == i + 1 and not (span[1] < n and lowers[span[1]] in NOT_GROUP_NAME | GROUP_WORDS):
                out.append((span, "criminal"))
        # "the Viv Ansanm coalition", "the Gran Grif gang": a name of two words or more between "the" and the word
        start = i
        while start > 0 and i - start < MAX_WORDS and start - 1 not in taken and texts[start - 1][:1].isupper() \
                and token_alphas(tokens)[start - 1]:
            start -= 1
        if not part and i - start >= 2 and start > 0 and lowers[start - 1] == "the" \
                and not any(fold(w) in get_lexicon().country_by_word for w in texts[start:i]) \
                and not (i + 1 < n and lowers[i + 1] in NOT_GROUP_NAME):
            out.append(((start, i), "criminal"))
        # "Gran Grif, a gang that …", "Barrio 18, a transnational criminal gang,"
        k = i - 1
        while k > 0 and lowers[k] in CRIMINAL_ADJECTIVES | {"transnational", "haitian", "local", "powerful", "rival"}:
            k -= 1
        if k >= 2 and lowers[k] in {"a", "an"} and texts[k - 1] == "," \
                and not (i + 1 < n and lowers[i + 1] in NOT_GROUP_NAME):
            end = k - 1
            start = end
            while start > 0 and start - 1 not in taken and end - start < MAX_WORDS \
                    and _word(texts[start - 1], token_alphas(tokens)[start - 1], token_spaces(tokens)[start - 1]):
                start -= 1
            before = start - 1 - (start > 1 and lowers[start - 1] == "the")  # "a cell of the Gente Nueva, …"
            if start < end and texts[start][:1].isupper() and not tokens[start].is_sent_start \
                    and lowers[before] in {"of", "by", "with", "from", "and", "against", "to"}:
                out.append(((start, end), "criminal"))  # the name stands as an object, not as a sentence's subject
    return out


FOLLOWERS = {"and", "or", "for", "in", "over", "to", "as", "at", "on", "which", "that", "who", "with", "against"}


def _beside_groups(tokens: Doc, taken: set[int], criminal: set[int]) -> Found:
    """A plural Spanish name beside a criminal group: "competes with Los Tlacos and the Jalisco New Generation
    Cartel", "fights a local group, Los Salazar, for …". A family or town named so is singular or stands alone."""
    texts, lowers = token_texts(tokens), token_lowers(tokens)
    if SPANISH_PLURALS.isdisjoint(texts):
        return []
    n, out = len(tokens), []
    for i, text in enumerate(texts):
        if text not in SPANISH_PLURALS or i in taken:
            continue
        span = _name_at(tokens, i, taken)
        if not span or span[1] - span[0] < 2 or span[1] - span[0] > 3 \
                or span[1] < n and texts[span[1]].isalpha() and texts[span[1]].islower() \
                and lowers[span[1]] not in FOLLOWERS:
            continue  # "the Sinaloa Cartel and Los Angeles police": a place's name before its noun
        after = span[1] + (span[1] < n and texts[span[1]] == ",")
        after += after < n and lowers[after] in {"and", "or"}
        after += after < n and lowers[after] == "the"
        before = i - 1 - (i > 1 and lowers[i - 1] == "the")
        joined_before = before >= 1 and lowers[before] in {"and", "or", ","} and before - 1 in criminal
        grouped = before >= 1 and texts[before] == "," and lowers[before - 1] in GROUP_WORDS \
            and after < n and texts[span[1]] == "," and any(w in CRIMINAL_WORDS for w in lowers[max(0, i - 30):i])
        if after > span[1] and after in criminal or joined_before or grouped:
            out.append((span, "criminal"))
    return out


def named_groups(tokens: Doc, drafts: dict[str, Draft], taken: set[int]) -> None:
    """Add a group draft (criminal where the sentence says so) for every name the five shapes define."""
    seen = {a.lower() for d in drafts.values() for a in d.aliases | {d.name}}
    new: dict[tuple[str, ...], Draft] = {}
    found = _designated(tokens, taken) + _listed(tokens, taken) + _defined(tokens, taken) + _labelled(tokens, taken) \
        + _appositive(tokens, taken)
    criminal = {k for d in drafts.values() if d.kind == "criminal" for a, b, _ in d.spans for k in range(a, b)}
    found += _beside_groups(tokens, taken, criminal)
    for (start, end), kind in sorted(dict(found).items()):
        if any(i in taken for i in range(start, end)):
            continue
        name = " ".join(tokens[start:end].text.split())
        if name.lower() in seen:
            continue
        aid = actor_id(kind, name)
        draft = drafts.setdefault(aid, Draft(aid, kind, name, "", "", {name}))
        draft.spans.append((start, end, "name"))
        taken.update(range(start, end))
        seen.add(name.lower())
        new[tuple(t.text for t in tokens[start:end])] = draft
    later_mentions(tokens, new, taken)


def later_mentions(tokens: Doc, groups: dict[tuple[str, ...], Draft], taken: set[int]) -> None:
    """Every other place the text writes a group's name ("Viv Ansanm has attacked …")."""
    if not groups:
        return
    firsts: dict[str, list[tuple[str, ...]]] = {}
    for words in groups:
        firsts.setdefault(words[0], []).append(words)
    for i, tok in enumerate(tokens):
        for words in firsts.get(tok.text, ()):
            end = i + len(words)
            if end <= len(tokens) and tuple(t.text for t in tokens[i:end]) == words \
                    and not any(k in taken for k in range(i, end)) \
                    and not (end < len(tokens) and _name_word(tokens[end])):
                groups[words].spans.append((i, end, "name"))
                taken.update(range(i, end))
