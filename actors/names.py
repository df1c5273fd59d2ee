"""Which capitalised tokens can be part of a person's name, and how person names compare."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from actors.normalize import fold

if TYPE_CHECKING:  # spaCy's Doc for the hints only: merging and correcting actors need no spaCy
    from spacy.tokens import Doc

INITIAL = re.compile(r"^[A-Z]\.$|^(?!(?:U\.S|P\.O|D\.C|U\.N|U\.K|A\.M|P\.M|E\.U)\.$)(?:[A-Z]\.){2,3}$")  # "F.", "J.B.";
# not "U.S.", "P.O.", "D.C." …
PARTICLES = {"de", "del", "la", "las", "los", "y", "van", "von", "da", "dos", "di", "le", "bin"}
SUFFIXES = {"Jr.", "Sr.", "II", "III", "IV", "VI", "VII", "VIII"}
# capitalised words that are never part of a name: function words, calendar words, headline verbs
NOT_NAME = set("""
the a an this that these those in on at of for to with and or but by from as after before during since
while when where who which what why how he she it they we i his her their our its you your all any each
today yesterday tomorrow monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december mr mrs ms dr
meets meet met signs sign signed announces announce visits visit travels travel hosts host holds hold
welcomes welcome discusses discuss delivers deliver joins join launches launch calls call says said
statement remarks commends condemns congratulates speaks testifies leads lead opens celebrates applauds
urges names swears releases release highlights highlight on press readout briefing fact sheet video
photo photos news breaking update updates read more share print email related home about contact
government department ministry office agency bureau embassy police court congress u.s. us usa
honorable honourable excellency his her staff team officials official delegation administration
north south east west central northern southern eastern western republic united states national
concludes completes reaffirms emphasizes underscores reiterates expresses attends participates recognizes
marks issues unveils convenes departs arrives returns continues begins ends travel remarks secretary
hands donates over into amid
assembly directorate secretariat unit council commission institute archives committee force forces
division task general minister president ambassador director
lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto
septiembre octubre noviembre diciembre conjunto latina interino interina adjunto adjunta gobierno secretaria
ministerio embajada policia fiscalia corte congreso asamblea direccion comision consejo instituto unidad
fuerza fuerzas presidenta ministro ministra embajador embajadora directora secretario canciller senor senora
dona colonia republica el alto alta
sentenced charged indicted extradited arrested convicted pleads pleaded guilty sanctioned designates designated
declares declared approves approved extends expands warns praises awards receives signals requests
activates activated deploys deployed supports directs directed orders ordered launched announced condemned
welcomed hosted delivers delivered provides provided strengthens responds responded visited
sues appoints indicts seizes donates rescues renews pledges rejects confirms denies demands unveils
tours inaugurates honors honours thanks terminates suspends revokes restores cancels lifts imposes
open inaugurate tour announce celebrate honor honour donate unveil attend presents present sanctions
provisions credentials inspects inspect sector station beautification congressional
""".split())  # the second block: Spanish words capitalised in dates, offices and institutions, never a name;
# the last lines: verbs of headlines ("Former Secretary X Sentenced to ...", "Mayor X Declares State of Emergency"), and
# a unit's word after its service ("commander of Coast Guard Sector San Juan")


MONTH_NAMES = {"may", "june", "april", "august"}  # months that are also names
VERB_SURNAMES = {"marks"}  # headline verbs of NOT_NAME that are also common surnames
GIVEN_MONTHS = {"julio", "abril"}  # Spanish months that open many names: "General Julio César Avilés Castillo"


# words that open a place's name and never end one: "Mayor of San Antonio Ron Nirenberg" governs San Antonio
PLACE_OPENERS = {"san", "santa", "santo", "são", "sao", "la", "el", "los", "las", "puerto", "port", "fort", "ciudad",
                 "saint", "st.", "st", "new", "villa", "nueva", "nuevo", "bahía", "isla", "cabo", "monte"}
# …and of those, the ones that never open a person's name either (unlike "La", "Saint" or "Monte")
TOWN_OPENERS = PLACE_OPENERS - {"la", "el", "los", "las", "saint", "st.", "st", "monte"}

def _given_month(tokens: Doc, i: int) -> bool:
    """ "Julio" before another name word is a given name, not July ("julio de 2023", "Julio 14" are dates)."""
    return fold(tokens[i].text) in GIVEN_MONTHS and tokens[i].text[:1].isupper() and i + 1 < len(tokens) \
        and is_name_token(tokens[i + 1]) and not tokens[i + 1].like_num


def is_name_token(tok) -> bool:
    """A capitalised word that may belong to a person's name (not a stop word, not all digits)."""
    text = tok.text
    if INITIAL.match(text) or text in SUFFIXES:
        return True
    if not text[:1].isupper() or not any(ch.isalpha() for ch in text):
        return False
    if fold(text) in NOT_NAME or text.isupper() and len(text) > 1 and not _paired_initials(tok):
        return False
    return all(ch.isalpha() or ch in "-'’." for ch in text)


# two capitals that are an agency's, a place's or a medium's, never a person's initials
TWO_LETTER_ACRONYMS = {"US", "UN", "EU", "DC", "UK", "AP", "TV", "ID", "OK", "PR", "NY", "LA", "AI", "HQ", "VP", "GM",
                       "IT", "PM", "AM", "EO", "IG", "DA", "CA", "TX", "AZ", "NM", "FL", "GA", "DR", "HN", "MX",
                       "GT", "SV", "CR", "PA", "NI", "BZ", "HT", "CU", "JM", "CO", "VE", "EC", "PE"}


def _paired_initials(tok) -> bool:
    """ "JB Pritzker", "AJ Smith": two capitals written as a first name, before a capitalised surname."""
    text = tok.text
    if len(text) != 2 or not text.isalpha() or text in TWO_LETTER_ACRONYMS or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1].text
    return nxt[:1].isupper() and nxt[1:].islower() and nxt.isalpha()


NICK_QUOTES = {'"', "“", "'", "‘"}
CLOSE_QUOTES = {'"', "”", "'", "’"}


def _nickname_end(tokens: Doc, i: int) -> int:
    """After a quoted one- or two-word nickname that a surname follows ('"Tony" Hernández'), else ``i``."""
    for w in (1, 2):
        q = i + 1 + w
        if q + 1 < len(tokens) and tokens[q].text in CLOSE_QUOTES \
                and all(is_name_token(t) for t in tokens[i + 1:q]) and is_name_token(tokens[q + 1]):
            return q + 1
    return i


def _nickname_start(tokens: Doc, close: int) -> int:
    """Before a quoted one- or two-word nickname that a given name precedes, read backwards from its closing
    quote at ``close`` (the opening quote's index), else ``close``."""
    for w in (1, 2):
        q = close - 1 - w
        if q >= 1 and tokens[q].text in NICK_QUOTES and all(is_name_token(t) for t in tokens[q + 1:close]) \
                and is_name_token(tokens[q - 1]):
            return q
    return close


def _given_before(tokens: Doc, start: int, i: int) -> bool:
    """A given name among the words before ``i``: "Vicente de la O", not "Nacional de los Derechos Humanos"."""
    from model.first_names import common_first_names, fold_accents
    return any(fold_accents(tokens[k].lower_) in common_first_names() for k in range(start, i))


def name_run(tokens: Doc, start: int, stop_at: set[int] | None = None, limit: int = 6) -> int:
    """End of the longest person-name run starting at ``start`` (== start when there is none)."""
    stop_at = stop_at or set()
    i = start
    quotes = 0  # a nickname's quote marks do not count against the limit
    while i < len(tokens) and i - start < limit + quotes and i not in stop_at:
        tok = tokens[i]
        if is_name_token(tok) or i == start and _given_month(tokens, i):
            i += 1
        elif tok.text in {"-", "‑"} and i > start and not tokens[i - 1].whitespace_ and not tok.whitespace_ \
                and i + 1 < len(tokens) and tokens[i + 1].is_alpha and i + 1 not in stop_at:
            i += 2  # "Ban Ki-moon": a hyphenated given name, whatever the case of its second part
        elif tok.lower_ in PARTICLES and i > start and i + 1 < len(tokens) and is_name_token(tokens[i + 1]):
            i += 1
        elif tok.lower_ in PARTICLES and i > start and i + 2 < len(tokens) and tokens[i + 1].lower_ in PARTICLES \
                and is_name_token(tokens[i + 2]) and i + 1 not in stop_at and _given_before(tokens, start, i):
            i += 2  # "Vicente de la O Levy", "Rosa María de la Cruz Pérez": two particles before the surname
        elif tok.text in NICK_QUOTES and i > start and (close := _nickname_end(tokens, i)) > i:
            i, quotes = close, quotes + 2  # 'Juan Antonio "Tony" Hernández': a nickname inside the name
        elif tok.lower_ in VERB_SURNAMES and i > start and tok.text[:1].isupper() and i not in stop_at \
                and (i + 1 == len(tokens) or not tokens[i + 1].text[:1].isupper()):
            i += 1  # "Jamaica's Ambassador to the United States, Audrey Marks.": a headline verb ends no name but this
            # one, before punctuation ("Secretary X Marks Anniversary" still stops)
        elif tok.lower_ in MONTH_NAMES and i > start and i + 1 < len(tokens) and is_name_token(tokens[i + 1]) \
                and tokens[i + 1].lower_ not in MONTH_NAMES and not tokens[i + 1].like_num:
            i += 1  # "Javier May Rodríguez": between two names a month is a surname
        elif tok.lower_ in MONTH_NAMES and i - start >= 2 and tok.text[:1].isupper() and i + 1 < len(tokens) \
                and tokens[i + 1].is_alpha and tokens[i + 1].text[:1].islower() and not tokens[i].is_sent_start:
            i += 1  # "Judge Leigh Martin May sentenced him": after two names, before a verb, a month is a surname
        else:
            break
    while i > start and (tokens[i - 1].lower_ in PARTICLES or tokens[i - 1].text in SUFFIXES and i - 1 == start):
        i -= 1
    if i > start and INITIAL.match(tokens[i - 1].text):  # "John F." is not a whole name
        i -= 1
    if i - start >= 2 and i + 1 < len(tokens) and tokens[i].text == "," and tokens[i + 1].text in COMMA_SUFFIXES \
            and i + 1 not in stop_at:
        i += 2  # "Joseph R. Biden, Jr.": the suffix after a comma is still the name's
    return i


COMMA_SUFFIXES = {"Jr.", "Sr."}


def without_suffix(name: str) -> str:
    """ "Joseph R. Biden, Jr." -> "Joseph R. Biden": a name without its generational suffix."""
    words = name.split()
    if len(words) > 2 and words[-1] in SUFFIXES:
        return " ".join(words[:-1]).rstrip(",")
    return name


def name_run_before(tokens: Doc, end: int, stop_at: set[int] | None = None) -> int:
    """Start of the person-name run ending just before token ``end`` (== end when there is none)."""
    stop_at = stop_at or set()
    i = end
    while i > 0 and end - i < 6 and (i - 1) not in stop_at:
        tok = tokens[i - 1]
        if is_name_token(tok) or (tok.lower_ in PARTICLES and i - 1 > 0 and is_name_token(tokens[i - 2])) \
                or i < end and _given_month(tokens, i - 1):
            i -= 1
        elif tok.text in {"-", "‑"} and i - 1 > 0 and i < end and not tok.whitespace_ \
                and not tokens[i - 2].whitespace_ and is_name_token(tokens[i - 2]) and (i - 2) not in stop_at:
            i -= 2  # "Mario Díaz-Balart": a hyphenated surname
        elif i < end and tok.text in CLOSE_QUOTES and (open_ := _nickname_start(tokens, i - 1)) < i - 1 \
                and (open_ - 1) not in stop_at:
            i = open_  # 'Jesús G. "Chuy" García, U.S. Representative': a nickname inside the name
        else:
            break
    while i < end and tokens[i].lower_ in PARTICLES:
        i += 1
    return i


@lru_cache(maxsize=65536)
def person_parts(name: str) -> tuple[str, ...]:
    """Folded name words without initials, particles or suffixes ("Kevin K. McAleenan" -> kevin, mcaleenan).

    Cached: the same names are compared again and again when officials are merged across documents.
    """
    words = [w for w in name.replace("-", " ").split() if not INITIAL.match(w) and w not in SUFFIXES]
    return tuple(f for f in (fold(w) for w in words) if f and f not in PARTICLES)


def same_person(a: str, b: str) -> bool:
    """Whether two written names can denote one person: a surname alone, a dropped middle name or
    second surname ("Julián Pacheco Tinoco" / "Julian Pacheco"), accents and initials ignored."""
    pa, pb = person_parts(a), person_parts(b)
    if not pa or not pb:
        return False
    short, long_ = sorted((pa, pb), key=len)
    if len(short) < len(long_) and long_[len(long_) - len(short):] == short:  # "Hill Tinoco"
        return True
    if len(short) == 1:
        return short[0] in long_[1:] or (len(long_) == 1 and short == long_)
    shorter = a if len(pa) < len(pb) else b
    if "-" in shorter and any(long_[i:i + len(short)] == short for i in range(1, len(long_) - len(short) + 1)):
        return True  # "Martínez-Acha" / "Javier Martínez-Acha Vásquez": a compound surname alone
    if short[0] != long_[0]:
        return False
    rest = long_[1:]
    return all(w in rest for w in short[1:])
