"""Relations inside one document, each backed by the excerpts that state it.

holds-office-in / member-of come from titles ("Secretary of Homeland Security" -> DHS, and the
government behind it); met-with, signed-with, leads and appointed from sentences with those verbs (English
and Spanish); co-mentioned is the weakest tie, two actors named in one sentence.
"""
from __future__ import annotations

import re
from itertools import combinations
from typing import TYPE_CHECKING

from actors.drafts import Draft
from model import NOT_NAMED, Actor, Document, Evidence, Relation

if TYPE_CHECKING:  # spaCy's Doc for the hints only: merging and correcting actors need no spaCy
    from spacy.tokens import Doc

# English and Spanish ("se reunió con", "sostuvo un encuentro con", "recibió a", "firmó", "designó",
# "encabezada por"): the verbs that state a meeting, a signature or who leads.
MEET = re.compile(r"\b(met|meet|meets|meeting|meetings|hosted|hosts|welcomed|received|visited|talks|"
                  r"se reuni[óo]|se reunieron|se reúne|se reunirá|reuni[óo]n|reuniones|sostuvo un encuentro|"
                  r"sostuvieron un encuentro|encuentro con|recibi[óo] a|dio la bienvenida|visit[óo]|conversaci[óo]n)\b",
                  re.I)
SIGN = re.compile(r"\b(signed|signs|sign|signing|signature|firm[óo]|firmaron|firma|suscribi[óo]|suscribieron)\b",
                  re.I)
LEAD = re.compile(r"\b(led by|leading|leads|led|lead|headed by|heads|encabezad[oa]s? por|liderad[oa]s? por|"
                  r"presidid[oa]s? por|encabez[óo]|encabeza)\b", re.I)
# "La Presidenta Castro designó al coronel Ramiro Muñoz", "President X appointed Y": who named whom to an office
APPOINT = re.compile(r"\b(appointed|nominated|designated|design[óo]|nombr[óo]|juramentó)\b", re.I)
LED_BY = re.compile(r"(?:led|headed|encabezad[oa]s?|liderad[oa]s?|presidid[oa]s?) por$|^(?:led|headed) by$", re.I)
# The same patterns, case-sensitive, for lower-cased text: a case-insensitive alternation tried at every position
# of every sentence was 4 % of the analysis; lower-casing once and matching exactly takes a third of that
_LOWER = {p: re.compile(p.pattern) for p in (MEET, SIGN, LEAD, APPOINT)}
# A literal that every match of each pattern holds (the fixed start of each alternative): a sentence holding none
# is not searched. The four searches took ~20 µs a sentence and 1.7 % of the analysis; a few substring tests
# take ~1 µs (py-spy and timeit, 2026-12-03). tests/actors/test_relation_literals.py checks every alternative.
LITERALS = {
    MEET: ("met", "meet", "host", "welcomed", "received", "visit", "talks", "reuni", "reún", "encuentro", "recibi",
           "dio la bienvenida", "conversaci"),
    SIGN: ("sign", "firm", "suscribi"),
    LEAD: ("led", "lead", "head", "encabez", "liderad", "presidid"),
    APPOINT: ("appointed", "nominated", "design", "nombr", "juramentó"),
}
SYMMETRIC = {"met-with", "signed-with", "co-mentioned"}
MAX_PER_SENTENCE = 10


def relation(kind: str, source: str, target: str, evidence: set[Evidence], years: tuple[int, ...]) -> Relation:
    """One relation; evidence that states it first, context after, each in document order."""
    if kind in SYMMETRIC and target < source:
        source, target = target, source
    if len(evidence) == 1:  # most relations of a document (26 a document, 1.1 pieces of evidence each): one piece
        ordered = tuple(evidence)  # is kept and is its own order
    else:
        stated = {(e.document, e.excerpt) for e in evidence if not e.context}
        evidence = {e for e in evidence if not e.context or (e.document, e.excerpt) not in stated}
        ordered = tuple(sorted(evidence, key=lambda e: (e.context, e.document, e.excerpt)))
    return Relation(id=f"{kind}:{source}->{target}", source=source, target=target, kind=kind,
                    evidence=ordered, years=years)


def find_relations(document: Document, tokens: Doc, drafts: dict[str, Draft],
                   actors: tuple[Actor, ...]) -> tuple[Relation, ...]:
    years = (document.year,) if document.year else ()
    found: dict[tuple[str, str, str], set[Evidence]] = {}
    ids = {a.id for a in actors}

    def add(kind: str, a: str, b: str, ev: Evidence) -> None:
        if a == b or a not in ids or b not in ids:
            return
        if kind in SYMMETRIC and b < a:
            a, b = b, a
        found.setdefault((kind, a, b), set()).add(ev)

    named_in: dict[str, set[str]] = {}  # actor id -> excerpts that name it (inferred mentions do not)
    for a in actors:
        named_in[a.id] = {m.excerpt for m in a.mentions if m.kind not in NOT_NAMED}

    def evidence_at(token: int, a: str, b: str, stated: bool) -> Evidence | None:
        """A title states the relation; otherwise the sentence states it only if it names both ends."""
        ex = document.excerpt_at(tokens[token].idx)
        if ex is None:
            return None
        both = ex.id in named_in.get(a, ()) and ex.id in named_in.get(b, ())
        return Evidence(document.id, ex.id, context=not (stated or both))

    for d in drafts.values():
        if d.kind == "official":
            titled = bool(d.title_spans)
            for s, _ in d.title_spans or [(s, e) for s, e, _ in d.spans[:1]]:
                if d.agency and (ev := evidence_at(s, d.id, d.agency, titled)):
                    add("holds-office-in", d.id, d.agency, ev)
                if d.government and (ev := evidence_at(s, d.id, d.government, titled)):
                    add("member-of", d.id, d.government, ev)
                seen = {d.agency}
                parent = drafts[d.agency].parent if d.agency in drafts else ""
                while parent.startswith("agency:") and parent not in seen:  # the INL Director is of the State
                    seen.add(parent)  # Department too; a Fraud Section's attorney is of the Justice Department
                    if ev := evidence_at(s, d.id, parent, titled):
                        add("member-of", d.id, parent, ev)
                    parent = drafts[parent].parent if parent in drafts else ""
        elif d.parent and d.spans:
            first = min(sp for sp in d.spans if sp[2] not in NOT_NAMED) if any(sp[2] not in NOT_NAMED for sp in d.spans) \
                else min(d.spans)
            if ev := evidence_at(first[0], d.id, d.parent, False):
                add("member-of", d.id, d.parent, ev)
    by_excerpt: dict[str, list[tuple[int, str]]] = {}
    for a in actors:
        for m in a.mentions:
            if m.kind not in NOT_NAMED:  # an inferred or publisher mention is not a co-mention
                by_excerpt.setdefault(m.excerpt, []).append((m.start, a.id))
    excerpts = {e.id: e for e in document.excerpts}
    for ex_id, hits in sorted(by_excerpt.items()):
        ex = excerpts.get(ex_id)
        if ex is None:
            continue
        ev = Evidence(document.id, ex_id)
        order = sorted(set(hits))
        names = list(dict.fromkeys(i for _, i in order))[:MAX_PER_SENTENCE]
        if len(names) < 2:
            continue  # every relation ties two different actors: a sentence naming one states none
        strong = _sentence_relations(ex.text, ex.start, order)
        for kind, a, b in strong:
            add(kind, a, b, ev)
        tied = {frozenset((a, b)) for _, a, b in strong}
        for a, b in combinations(names, 2):
            if frozenset((a, b)) not in tied:
                add("co-mentioned", a, b, ev)
    return tuple(sorted((relation(k, a, b, ev, years) for (k, a, b), ev in found.items()), key=lambda r: r.id))


def _sentence_relations(text: str, offset: int, order: list[tuple[int, str]]) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    low = text.lower()
    exact = len(low) == len(text)  # lower-casing kept every offset ("İ" is two characters in lower case)

    def search(pattern: re.Pattern[str]) -> re.Match[str] | None:
        if exact:
            return _LOWER[pattern].search(low) if any(w in low for w in LITERALS[pattern]) else None
        return pattern.search(text)

    for kind, pattern in (("met-with", MEET), ("signed-with", SIGN)):
        m = search(pattern)
        if not m:
            continue
        pivot = offset + m.start()
        left = list(dict.fromkeys(i for s, i in order if s < pivot))
        right = list(dict.fromkeys(i for s, i in order if s > pivot))
        pairs = [(a, b) for a in left for b in right] if left and right else list(combinations(left or right, 2))
        out += [(kind, a, b) for a, b in pairs if a != b]
    m = search(APPOINT)
    if m:  # the office holder named last before the verb appoints the first official named after it
        pivot = offset + m.start()
        appointer = [i for s, i in order if s < pivot and i.startswith(("official:", "government:"))][-1:]
        appointee = [i for s, i in order if s > pivot and i.startswith("official:")][:1]
        out += [("appointed", a, b) for a in appointer for b in appointee if a != b]
    m = ("delegation" in low or "delegación" in low) and search(LEAD)  # the cheap test first
    if m:
        pivot = offset + m.start()
        if LED_BY.search(m.group(1)):
            leaders = [i for s, i in order if s > pivot and i.startswith("official:")][:1]
            led = [i for s, i in order if s < pivot and i.startswith(("government:", "agency:"))][-1:]
        else:
            leaders = [i for s, i in order if s < pivot and i.startswith("official:")][-1:]
            led = [i for s, i in order if s > pivot and i.startswith(("government:", "agency:"))][:1]
        out += [("leads", a, b) for a in leaders for b in led]
    return out
