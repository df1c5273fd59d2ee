"""Remove web boilerplate the way a reader skips it, keeping every sentence of the body.

Rules are general (navigation, banners, player counters, sign-in text, link lists, mastheads,
markdown debris, metadata lines), never lines listed for particular files. The cleaned text is
one paragraph per line-pair ("\n\n"), headline first.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from documents.dates import MONTH

# A line that is wholly one of these is page furniture.
_FURNITURE = re.compile(
    r"""^(?:
      (?:an\ )?official\ website\ of\b.* | here'?s\ how\ you\ know.* | accessibility\ links? | skip\ to\ .* |
      breaking\ news | printable\ (?:banner|version) | back\ to\ top | please\ wait | loading\.* |
      no\ media\ source\ currently\ available | direct\ link | (?:enter\ )?search(?:\ term)?s?\b.{0,20} |
      menu | main\ menu | share(?:\ this(?:\ page)?)? | print(?:\ this\ page)? | e-?mail | tweet | facebook |
      twitter | linkedin | subscribe.* | sign\ up\ for\ .* | follow\ us.* | on\ [\w-]+\.(?:gov|com|org|mil) |
      related\ (?:links|content|articles|news|resources)\s*:? | (?:previous|next)\ (?:article|story|post).* |
      (?:topics?|keywords?|tags?|categories|filed\ under|related\ topics|tagged)\s*:.* | download\s*:.* |
      share\ on\ .* | share(?:\ (?:facebook|twitter|x|email|e-mail|linkedin|whatsapp|reddit|print))+ |
      cookies?\b.* | privacy\ policy | terms\ of\ (?:use|service) |
      all\ rights\ reserved.* | copyright\b.* | page\ last\ (?:reviewed|updated).* | top\ of\ page |
      diplomacy\ in\ action | listen(?:\ to\ this)?(?:\ article)? | watch\ (?:the\ )?video |
      (?:photo|image)\ credit\s*:.* | view\ (?:all|more)\b.{0,30} | read\ more\b.{0,20} | more\ from\ .{0,40} |
      \#{3,} | [-*_=]{3,} | \(?file\)?
    )$""",
    re.I | re.X,
)
# … or that holds one of these anywhere (apart from _FURNITURE: a ".*" alternative there, tried on every body line,
# made the whole pattern ten times slower)
_FURNITURE_ANYWHERE = re.compile(r"\b(?:allow cookies|great seal)\b", re.I)
_FURNITURE_ANYWHERE_WORDS = ("cookies", "seal")
# Sign-in / account text anywhere in a short paragraph.
_ACCOUNT = re.compile(r"\b(sign[ -]?in|log[ -]?in|openid|create (?:an|your(?: own)?) (?:customized )?(?:account|page)|"
                      r"already have an account|check out our faq|enabled account|password)\b", re.I)
# A word every _ACCOUNT match holds, looked for first: the pattern's alternation tried at every position of every
# body line cost more than the rest of the furniture checks (substring tests: a thirteenth of its time)
_ACCOUNT_WORDS = ("sign", "log", "openid", "create", "already", "check", "enabled", "password")
_MEDIA_COUNTER = re.compile(r"^(?:\d{1,2}:\d{2}(?::\d{2})?\s*)+$")
_DOC_STAMP = re.compile(r"\bdoc\.?\s*no\.?\s*\d+|\(posted\s+\d{1,2}/\d{1,2}/\d{2,4}\)", re.I)
# Metadata lines: extracted by documents.dates before cleaning, then dropped here.
_META_LINE = re.compile(r"^\**\s*(?:release\s+date|last\s+published\s+date|date\s+published|published(?:\s+on)?|"
                        r"posted(?:\s+on)?|last\s+updated|updated(?:\s+on)?|date|for\s+immediate\s+release|"
                        r"media\s+contact|contact|press\s+office|office\s+of\s+the\s+spokesperson)[\s:*]*+"
                        r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})?\s*$", re.I)
# A line that is a date and nothing else: "JANUARY 14, 2024", "Monday 30th December, 2024", a wire story's
# "Updated 6:40 PM EDT, April 28, 2023"; the dates module reads it from the raw text
_DATE_ONLY = re.compile(rf"^\**\s*(?:(?:last\s+)?(?:updated|published|posted|released)(?:\s+on)?:?\s+"
                        rf"(?:\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{{1,4}})?,?\s+)?)?"
                        rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                        rf"(?:{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
                        rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
                        rf"\s*\**$", re.I)
# A label on a line of its own above a page's tag list ("TAGS", "Topics"); the list's items, on the next line, are
# set apart by runs of spaces or bars, and each is read on its own (a body's name does not run on into the next tag)
_TAGS_LABEL = re.compile(r"^(?:tags?|topics?|related\s+topics|keywords?|categories)$", re.I)
_TAG_SEPARATOR = re.compile(r"\s{2,}|\s+\|\s+")
_MD_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^()]*\)")
_MD_LINK = re.compile(r"(?<!\\)\[((?:\\[\[\]]|[^\[\]])*+)\]\((?:[^()\s]|\([^()]*\))*\)")
_URL_PAREN = re.compile(r"(?<!\s)\s*\(\s*(?:https?://|www\.|/)(?:[^()\s]|\([^()\s]*\))*(?:\\?\))?")
_BARE_URL = re.compile(r"https?://\S+")
_MD_EMPH = re.compile(r"(\*\*|__)(.+?)\1|(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_BULLET = re.compile(r"^\s*(?:[-*+•●▪◦·]|\d{1,2}[.)])\s+")
_HEADING = re.compile(r"^\s*#{1,6}\s+")
# The fields a saved RSS/Atom item (or a mail) opens with; its "Date:" line stays for the dates module to read
_FEED_FIELD = re.compile(r"^(title|headline|link|url|guid|category|categories|(?:dc:)?creator|author|description|summary)"
                         r"\s*:\s*(.*)$", re.I)
_FEED_BODY = {"description", "summary"}  # the item's text: "Description:" alone, or its first paragraph after it
_FEED_TAG = re.compile(r"^</?(?:item|entry|channel|rss)>$", re.I)  # a feed item's own tags, saved around its fields
FEED_HEAD_LINES = 10
_TERMINAL = re.compile(r"[.!?:;\"”’)\]]\s*$")
_WORD = re.compile(r"[^\W\d_]{3,}")
# No word is this long; spaCy's tokenizer is quadratic in a long run of punctuation or symbols
# (10,000 ")" take 30 s), and an unbroken run overflows every popup. Longer runs get a space.
MAX_RUN = 40
_LONG_RUN = re.compile(r"\S{%d}(?=\S)" % MAX_RUN)


@dataclass(frozen=True)
class Cleaned:
    text: str
    title: str | None  # the headline found while cleaning, if any
    removed: tuple[str, ...]  # the lines dropped, so tests and users can see what went


def strip_markdown(line: str) -> str:
    """Link debris to plain text: [text (url)](url) -> text; images and bare URLs dropped.
    Each pattern runs only on a line holding the characters it needs: most lines hold none (cleaning was 8 %
    of the analysis, measured on the generated benchmark corpus)."""
    if "](" in line:
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(lambda m: m.group(1), line)
    if "\\" in line:
        line = line.replace("\\(", "(").replace("\\)", ")").replace("\\_", "_").replace("\\[", "[").replace("\\]", "]")
    if "(" in line:
        line = _URL_PAREN.sub("", line)
    if "http" in line:
        line = _BARE_URL.sub("", line)
    if "*" in line or "__" in line:
        line = _MD_EMPH.sub(lambda m: m.group(2) or m.group(3) or "", line)
    if "  " in line or "\t" in line:
        line = re.sub(r"[ \t]{2,}", " ", line)
    return line.strip()


def break_long_runs(line: str) -> str:
    """A space after every MAX_RUN characters of a run without whitespace (words are never that long)."""
    # the pattern only on a line with such a run (``str.split`` splits where ``\S`` stops: both use ``str.isspace``)
    if len(line) <= MAX_RUN or max(map(len, line.split()), default=0) <= MAX_RUN:
        return line
    return _LONG_RUN.sub(lambda m: m.group(0) + " ", line)


# remembered by the line: a site's pages repeat their furniture and boilerplate ("Share this page:", "###", the
# sign-in text), 43 % of the lines of 300 generated documents were seen before in them, and the patterns on every
# line were 1.9 % of the analysis (py-spy 2026-12-03); a pure function of the line
@lru_cache(maxsize=8192)
def is_furniture(line: str) -> bool:
    """True for a line a reader would skip: navigation, banners, counters, account text, stamps."""
    s = line.strip().strip("|").strip()
    if not s:
        return True
    low = s.lower()
    if _FURNITURE.match(s) or _MEDIA_COUNTER.match(s) or _META_LINE.match(s) or _DATE_ONLY.match(s):
        return True
    parts = re.split(r"\s+[•|·]\s+", s)  # "JUNE 8, 2024 • STATEMENTS AND RELEASES": a date and a category label
    if len(parts) == 2 and _DATE_ONLY.match(parts[0]) and is_category_label(parts[1]):
        return True
    if any(w in low for w in _FURNITURE_ANYWHERE_WORDS) and _FURNITURE_ANYWHERE.search(s):
        return True
    if len(s) < 80 and _DOC_STAMP.search(s):
        return True
    if any(w in low for w in _ACCOUNT_WORDS) and _ACCOUNT.search(s) and len(s.split()) < 60:
        return True
    if len(s) < 40 and not _WORD.search(s):
        return True  # logo debris, stray symbols, "IU", "/ Δr"
    if len(s) < 80 and sum(ch.isalpha() for ch in s) < len(s) * 0.4:  # letters counted on short lines only
        return True
    if _mixed_scripts(s) and len(s) < 40:
        return True
    return False


# A letter-like character at or above U+0370 (Greek onwards): lines without one are all Latin.
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u036f]")


def _mixed_scripts(s: str) -> bool:
    if not _NON_LATIN_LETTER.search(s):  # one regex scan settles the common case
        return False
    latin = sum(1 for ch in s if ch.isalpha() and ch < "\u0250")
    other = sum(1 for ch in s if ch.isalpha() and ch >= "\u0370")
    return latin > 0 and other > 0 or (other > 0 and latin == 0 and len(s) < 20)


def _is_sentence(par: str) -> bool:
    """Body text: a sentence, or the lead-in of a list ("The delegation included:"), or a paragraph with a
    sentence inside it (a letter's last paragraph runs on into "Sincerely, NAME")."""
    words = len(par.split())
    return (words >= 8 and bool(re.search(r"[.!?:\"”]\s*$", par) or re.search(r"[a-z]{2}[.!?]\s+[A-Z]", par))
            or words >= 5 and bool(re.search(r"[a-z]{2}[.!?]\s*$", par)))


_MASTHEAD = re.compile(r"^(?:the\s+)?(?:u\.?s\.?\s+|united states\s+)?(?:department|ministry|office|bureau|embassy|agency|"
                       r"secretariat|mission|consulate|administration|commission|council|government|secretary)\b"
                       r"(?:\s+(?:of|for|to|in)\b.*)?$", re.I)


# The same in Spanish, and a presidency's or republic's name ("PRESIDENCIA DE LA REPÚBLICA DOMINICANA", "Embajada de
# los Estados Unidos en Guatemala", "República de Panamá", "Presidency of the Republic of El Salvador")
_MASTHEAD_ES = re.compile(r"^(?:la\s+|el\s+)?(?:presidencia|presidency|ministerio|secretar[íi]a|embajada|direcci[óo]n|"
                          r"rep[úu]blica|republic|gobierno|canciller[íi]a|consulado|oficina|casa\s+presidencial)\b"
                          r"(?:\s+(?:de|del|of|en|in)\b.*)?$", re.I)


def _is_masthead(par: str) -> bool:
    """A site header line: an organisation's name or a short tagline, not a headline."""
    return bool(_MASTHEAD.match(par) or _MASTHEAD_ES.match(par)) and len(par.split()) <= 8 \
        and not re.search(r"\b(?:and|with|to|on|y|con)\b.*\b[a-z]{4,}", par)


# A release's category, printed above its headline: a label, never a title.
CATEGORY_LABEL = re.compile(
    r"^(?:(?:joint\s+|press\s+|media\s+|news\s+)?(?:statement|note|release|advisory|readout|remarks|briefing|"
    r"fact\s+sheet|speech|testimony|report|news|announcement|notice|transcript|interview|op-ed|blog(?:\s+post)?|"
    r"letter|proclamation|memorandum|backgrounder|press\s+briefing)s?|statements\s+and\s+releases|briefing\s+room|"
    r"press\s+releases?|news\s+releases?|for\s+immediate\s+release|office\s+of\s+the\s+spokesperson|"
    r"speeches\s+and\s+remarks|presidential\s+actions|"
    # a page's section heading over its first list: "Story Highlights", "KEY DEVELOPMENTS", "SPEED READ"
    r"(?:story\s+|key\s+)?highlights|key\s+(?:developments|figures|points|takeaways)|speed\s+read|at\s+a\s+glance|"
    r"overview|summary)\s*:?$", re.I)


def is_category_label(line: str) -> bool:
    """ "Media Note", "Press Statement", "Fact Sheet", "Readout": what kind of release, not its title."""
    return bool(CATEGORY_LABEL.match(line.strip(" *#|")))


# A dateline ending on a date ("Panama City, July 24, 2023", "Tegucigalpa, 28 de marzo de 2019"): headline-like by
# its capitals, but the line under the headline, not the headline.
_DATELINE = re.compile(r"^[^\d.!?]{2,60}?,\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                       r"(?:[a-z]{3,10}\.?\s+\d{1,2},?|\d{1,2}\s+(?:de\s+)?[a-z]{3,10}\.?,?(?:\s+de)?)\s+\d{4}\s*$", re.I)


_NUMBERED = re.compile(r"\s*(?:\((?:english|español|spanish)\)|(?:no\.?|n\.?º|núm\.?|number|#)?\s*\d[\d\-/]*)\s*$", re.I)
_LABEL_ES = re.compile(r"^(?:comunicados?(?:\s+de\s+prensa|\s+oficial)?|bolet[ií]n(?:\s+de\s+prensa|\s+informativo)?|"
                       r"notas?\s+de\s+prensa|sala\s+de\s+prensa|noticias|communiqu[ée]s?|bulletins?)$", re.I)
_CONTACT = re.compile(r"^(?:media\s+|press\s+)?(?:contacts?|enquiries|inquiries|office|phone|tel\.?)\s*:", re.I)
_PHONE = re.compile(r"\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}")  # "After Hours: 305-216-1578"


# A byline ("By FRANKLIN BRICEÑO and PATRICIA LUNA", "By The Associated Press") and a speaker's line ("MATTHEW
# MILLER, DEPARTMENT SPOKESPERSON", "Antony J. Blinken, Secretary of State"): who wrote or spoke, not the title
_BYLINE = re.compile(r"^by\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:and|the|of|[A-Z][\w.'’-]*)){0,8}$", re.I)
_SPEAKER = re.compile(r"^[^,]{3,40},\s+(?:(?:the|u\.s\.|department|deputy|acting|principal|assistant|under|"
                      r"special|senior)\s+)*(?:spokesperson|spokesman|spokeswoman|press\s+secretary|secretary|"
                      r"minister|ambassador|administrator|director|president|chargé)\b[^,]{0,40}$", re.I)
# "FACT SHEET #4, FISCAL YEAR (FY) 2023": a numbered label with its period
_LABEL_NUMBER = re.compile(r"^(?:fact\s+sheet|press\s+release|media\s+note|bulletin|update|situation\s+report)\s*"
                           r"(?:#|no\.?\s*)\s*\d", re.I)


_LOWER_WORDS = {"of", "the", "and", "for", "to", "on", "in", "de", "del", "la", "y"}


def _speaker_case(line: str) -> str:
    """A speaker's line in capitals, in the case running text writes it ("U.S." and initials kept)."""
    words = [w if "." in w and len(w) <= 5 else w.capitalize() for w in line.split()]
    return " ".join(w.lower() if i and w.lower() in _LOWER_WORDS else w for i, w in enumerate(words))


_CREDIT = re.compile(r"^(?:photo|image|video|credit|download)s?\b", re.I)  # "Photo: X", "Download PDF (512 KB)"


def _not_a_title(par: str) -> bool:
    """A line that heads a page without being its title: a dateline, a site's menu ("Inicio | Noticias |
    English", "Sala de Prensa · Noticias"), a byline with a date, a numbered release label ("Press Release No.
    512", "Comunicado de Prensa 012-2024", "Foreign Ministry Press Release No. 512", "Press releases (English)")."""
    if _DATELINE.match(par) or _PHONE.search(par) or _CONTACT.match(par) or "|" in par or " · " in par or par.count(" / ") >= 2 or par.count(" > ") >= 2:
        return True
    if _BYLINE.match(par) or _SPEAKER.match(par) or _LABEL_NUMBER.match(par) or _CREDIT.match(par):
        return True
    label = _NUMBERED.sub("", par).strip()
    words = label.split()
    return any(is_category_label(" ".join(words[k:])) or _LABEL_ES.match(" ".join(words[k:]))
               for k in range(min(len(words), 3)))  # "Foreign Ministry Press Release"


def _plain_headline(par: str) -> bool:
    """A headline in sentence case, as many Latin American and European sites write it ("President Abinader
    and U.S. Secretary of State Marco Rubio sign agreements on security, energy and migration")."""
    words = par.split()
    return 5 <= len(words) <= 30 and (par[:1].isupper() or par[:1].isdigit()) and not re.search(r"[.;:,)]\s*$|[a-z]{2}\.\s", par) \
        and not _not_a_title(par) and not _is_masthead(par)


def _is_headline(par: str) -> bool:
    words = par.split()
    if not 2 <= len(words) <= 30 or re.search(r"[.;,]\s*$", par) or _is_masthead(par) or is_category_label(par):
        return False
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return caps >= len(words) * 0.5


def clean_text(text: str) -> Cleaned:
    """Cleaned text (paragraphs separated by blank lines), the headline, and what was removed."""
    removed: list[str] = []
    paragraphs: list[tuple[str, bool]] = []  # (text, was_heading)
    bullets: set[str] = set()  # list items are body text, never a masthead
    buf: list[str] = []

    def flush() -> None:
        if buf:
            paragraphs.append((" ".join(buf), False))
            buf.clear()

    width = _wrap_width(text)
    tags_next = False
    for number, raw_line in enumerate(text.split("\n")):
        line = raw_line.strip()
        if not line:
            flush()
            continue
        if _TAGS_LABEL.match(line):
            flush()
            removed.append(raw_line)
            tags_next = True
            continue
        if tags_next:
            tags_next = False
            tags = [t.strip() for t in _TAG_SEPARATOR.split(line) if t.strip()]
            if len(tags) > 1:
                flush()
                paragraphs.extend((t, False) for t in tags)
                continue
        if _FEED_TAG.match(line):
            flush()
            removed.append(raw_line)
            continue
        if number < FEED_HEAD_LINES and (field := _FEED_FIELD.match(line)) \
                and (field.group(2).strip() or field.group(1).lower() in _FEED_BODY):
            flush()  # a saved feed item's fields: "Title: …" is the headline, "Link: https://…", "Category: …"
            name, value = field.group(1).lower(), field.group(2).strip()  # furniture, "Description: …" its text
            if name in {"title", "headline"}:
                paragraphs.append((value, True))
            elif name in _FEED_BODY and value:
                buf.append(value)
            elif name in {"author", "creator", "dc:creator"} and _SPEAKER.match(value):
                paragraphs.append((value, False))  # "Author: Antony J. Blinken, Secretary of State": who speaks
            else:
                removed.append(raw_line)
            continue
        heading = bool(_HEADING.match(line))
        bullet = bool(_BULLET.match(line))
        body = break_long_runs(strip_markdown(_BULLET.sub("", _HEADING.sub("", line))))
        if body.isupper() and _SPEAKER.match(body):
            body = _speaker_case(body)  # "MATTHEW MILLER, DEPARTMENT SPOKESPERSON": a name and an office, as written
            # in running text, so that both are read
        if is_furniture(body):
            removed.append(raw_line)
            continue
        if buf and is_category_label(buf[-1]):
            flush()  # "PRESS RELEASE" above the headline, with no blank line between: a label of its own
        if heading or bullet:
            flush()
            paragraphs.append((body, heading))
            if bullet:
                bullets.add(body)
        else:
            if buf and _VALEDICTION.match(buf[-1]):
                flush()  # "Sincerely," closes the letter: the signatures that follow are a list of their own
            if buf and (_list_line(buf[-1]) or _person_line(buf[-1])) \
                    and (_list_line(body) or _person_line(body, initials=_person_line(buf[-1]))):
                flush()  # "Prime Minister Mia Mottley, Barbados" / "President Irfaan Ali, Guyana": a list
            elif buf and buf[-1].endswith(":") and (_person_line(body) or _list_line(body)):
                flush()  # "Participants for the United States:" / "Antony J. Blinken, Secretary of State"
            elif buf and _ended_short(buf[-1], body, width):
                flush()
            elif buf and _FIELD_LINE.match(body):
                flush()  # "Opening Statement of Chairman Tim Kaine" / "Hearing: …" / "Date: …": a field of its own
            elif len(buf) == 1 and _title_case_heading(buf[0]) and body[:1].isupper() and _prose_opens(body):
                flush()  # "Congressional Considerations" / "Congress may examine …": a section's heading
            elif buf and (_caps_heading(buf[-1]) and not body.isupper()
                          or _caps_heading(body) and not buf[-1].isupper()):
                flush()  # "SANCTIONED COMPANIES" above "Combustibles Frontera Chica, S.A. de C.V., …": a heading
            buf.append(body)
    flush()
    paragraphs = _rejoin(paragraphs, bullets)
    paragraphs = _drop_duplicates(paragraphs, removed)
    title, paragraphs = _headline_and_masthead(paragraphs, removed, bullets)
    body = [p for p, _ in paragraphs]
    if title and title not in body:
        body.insert(0, title)
    return Cleaned(text="\n\n".join(body), title=title, removed=tuple(removed))


_OFFICE_WORD = re.compile(r"\b(?:Honorable|Honourable|Ambassador|Secretary|Minister|President|Director|Administrator|"
                          r"Commissioner|Governor|Senator|Representative|Chairman|Chairwoman)\b")


_VALEDICTION = re.compile(r"^(?:(?:yours\s+)?sincerely|respectfully(?:\s+yours)?|(?:best\s+|kind\s+)?regards|cordially|"
                          r"atentamente|cordialmente)\s*,?$", re.I)


# a labelled field a page writes one per line ("Date: Wednesday, September 18, 2024", "Location: Dirksen …")
_FIELD_LINE = re.compile(r"^[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2}: +\S")


def _caps_heading(line: str) -> bool:
    """A short line in capitals with no closing punctuation ("NETWORK LEADERSHIP"): a section's heading."""
    words = line.split()
    return line.isupper() and 1 <= len(words) <= 8 and line[-1:].isalpha() and sum(len(w) > 1 for w in words) >= 1


_HEADING_SMALL = {"and", "or", "of", "the", "to", "for", "in", "on", "at", "a", "an", "with", "by", "de", "del", "y"}


def _title_case_heading(line: str) -> bool:
    """A short line of capitalised words with no punctuation at its end ("Congressional Considerations", "Trade and
    Aid"): a section's heading when it opens a paragraph and a line of prose follows."""
    words = line.split()
    return 1 <= len(words) <= 6 and line[-1:].isalnum() and ":" not in line \
        and all(w[:1].isupper() or w in _HEADING_SMALL for w in words) and words[0][:1].isupper()


def _prose_opens(line: str) -> bool:
    """Does a sentence of prose open the line (a lower-case word among its first five that title case would
    capitalise: "Congress may examine …"), not a title or a name ("Assistant Secretary of State for …")?"""
    return any(w.isalpha() and w.islower() and len(w) >= 3 and w not in _HEADING_SMALL for w in line.split()[:5])


def _list_line(line: str) -> bool:
    """A short line that opens with a capital and ends without sentence punctuation or a dangling word:
    an item of a list written one per line, not a line of wrapped prose."""
    return (len(line) <= 70 and line[:1].isupper() and not re.search(r"[.!?:;,\-–—]\s*$", line)
            and not re.search(r"\b(?:and|or|of|the|to|for|in|with|a|an|by|on|at|from)\s*$", line, re.I))


_PERSON_LINE = re.compile(r"^(?:[A-Z][\w'’.-]*\s){1,4}[A-Z][\w'’-]+,\s+(?:the\s+)?[A-Z][^.!?]*$")


def _person_line(line: str, initials: bool = False) -> bool:
    """ "Jake Sullivan, Assistant to the President and National Security Advisor": a name, a comma and a title,
    one person a line (a delegation or a signature list), however long the title. ``initials``: an initial's
    period in the title ("…, Associate Director, Jack D. Gordon Institute") ends no sentence (asked of the line
    after a person's line only: a line naming two people, "…, Chairman The Honorable James E. Risch, Ranking
    Member", goes on with their committee on the next line)."""
    return len(line) <= 160 and bool(_PERSON_LINE.match(_INITIAL.sub(r"\1", line) if initials else line))


_INITIAL = re.compile(r"\b([A-Z])\.(?=\s)")


def _wrap_width(text: str) -> int:
    """The width the text's lines were wrapped at: the length most long lines reach (90th percentile)."""
    lengths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
    return lengths[int(len(lengths) * 0.9)] if len(lengths) >= 10 else 0


def _ended_short(line: str, following: str, width: int) -> bool:
    """A line that ends well before the wrap width although the next line's first word would have fit,
    with no sentence end and no dangling word, then a capital: the line was a paragraph of its own (one
    paragraph per line: "… National Center for Emerging and Zoonotic Infectious Diseases" / "Puerto Rico
    Department of Health: …"), not prose wrapped mid-sentence."""
    if not width or not following[:1].isupper() or len(line) < 40:
        return False
    first = following.split(None, 1)[0]
    return (len(line) + 1 + len(first) < width * 0.8 and not _TERMINAL.search(line)
            and not re.search(r"[,\-–—]\s*$", line)
            and not re.search(r"\b(?:and|or|of|the|to|for|in|with|a|an|by|on|at|from)\s*$", line, re.I))


def _rejoin(paragraphs: list[tuple[str, bool]], bullets: Collection[str] = ()) -> list[tuple[str, bool]]:
    """Join a paragraph broken mid-sentence (no end punctuation, next starts in lower case). A list item is
    never joined to what comes before it, even when it opens in lower case ("- the Honourable X, Prime
    Minister of …": each item names its own person)."""
    out: list[tuple[str, bool]] = []
    for par, heading in paragraphs:
        if out and not heading and not out[-1][1] and par[:1].islower() and not _TERMINAL.search(out[-1][0]) \
                and par not in bullets:
            out[-1] = (out[-1][0] + " " + par, False)
        else:
            out.append((par, heading))
    return out


def _drop_duplicates(paragraphs: list[tuple[str, bool]], removed: list[str]) -> list[tuple[str, bool]]:
    """Drop a repeated line, and a teaser that a later paragraph contains whole."""
    out: list[tuple[str, bool]] = []
    seen: set[str] = set()
    for i, (par, heading) in enumerate(paragraphs):
        key = par.lower()
        if key in seen:
            removed.append(par)
            continue
        if len(par) >= 40 and any(par in other and par != other for other, _ in paragraphs[i + 1:i + 4]):
            removed.append(par)
            continue
        seen.add(key)
        out.append((par, heading))
    return out


def _headline_and_masthead(paragraphs: list[tuple[str, bool]], removed: list[str],
                           bullets: set[str] = frozenset()) -> tuple[str | None, list[tuple[str, bool]]]:
    """The headline is a heading, or the last headline-like line before the body starts.

    Short title-case lines before the headline are the site's masthead ("U.S. Department of" /
    "Homeland Security"); they are dropped.
    """
    first_body = next((i for i, (p, _) in enumerate(paragraphs) if _is_sentence(p) or p in bullets), len(paragraphs))
    header = paragraphs[:first_body]
    heading_idx = next((i for i, (p, h) in enumerate(header) if h and not is_category_label(p)), None)
    if heading_idx is None:
        heading_idx = next((i for i, (p, h) in enumerate(paragraphs)
                            if h and i < first_body + 1 and not is_category_label(p)), None)
    if heading_idx is None:
        candidates = [i for i, (p, _) in enumerate(header) if _is_headline(p)]
        titled = [i for i in candidates if not _not_a_title(paragraphs[i][0])]
        plain = [i for i, (p, _) in enumerate(header) if _plain_headline(p)]
        # the headline is the last heading-like line before the body (mastheads, menus and contacts come first);
        # a sentence-case line right under a title-case one is its deck ("… welcome outcome of union vote" /
        # "Workers' choice is the first union election …"). A dateline or a label only when nothing else heads it.
        pool = sorted({*titled, *plain})
        heading_idx = pool[-1] if pool else (candidates[-1] if candidates else None)
        above = paragraphs[heading_idx - 1][0] if heading_idx else ""
        if heading_idx in plain and heading_idx not in titled and heading_idx - 1 in titled \
                and len(above.split()) > 3:  # "LATIN AMERICA", "Latin America": a section over the title, not one
            heading_idx -= 1
    if heading_idx is None:
        masthead = [p for p, _ in header if _is_masthead(p)]
        removed.extend(masthead)
        return None, [(p, h) for p, h in paragraphs if (p, h) not in header or not _is_masthead(p)]
    kept = []
    for p, h in paragraphs[:heading_idx]:
        if ("," in p and len(p.split()) >= 4 or _OFFICE_WORD.search(p)) and not _is_masthead(p):
            kept.append((p, h))  # "Prime Minister Mia Mottley, Barbados": a list item, not a masthead
        else:
            removed.append(p)
    return paragraphs[heading_idx][0], kept + paragraphs[heading_idx:]  # in the order written
