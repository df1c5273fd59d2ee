"""The speed-ups that skip a pattern when a plain test says it cannot match give the same text as the
patterns run every time (the reference implementations below are the code before the fast paths)."""
from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from documents import clean, load

# characters the fast paths branch on: every kind of space, controls, markdown and URL debris, accents
_ALPHABET = st.sampled_from(list("ab Z.\n\t\r\x0b\x0c\x1c\x00\u00a0\u2028\u2029\u200b\u202e*_[]()!\\/:éñ") +
                            ["http://x.org", "www.", "](", "**", "__", "  ", " \n", "\t\n", "\n\n\n", "Sign in",
                             "log in", "password", "the", "de", "los", "and"])
TEXTS = st.lists(_ALPHABET, max_size=60).map("".join)


def _normalise_reference(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n\n")
    text = load._CONTROL.sub("", load._ZERO_WIDTH.sub("", load.BIDI_CONTROLS.sub("", text)))
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = load._BLANK_RUN.sub("\n\n", load._TRAILING_SPACE.sub("", load._SPACE_RUN.sub(" ", text)))
    return unicodedata.normalize("NFC", text)


def _strip_markdown_reference(line: str) -> str:
    line = clean._MD_IMAGE.sub("", line)
    line = clean._MD_LINK.sub(lambda m: m.group(1), line)
    line = line.replace("\\(", "(").replace("\\)", ")").replace("\\_", "_").replace("\\[", "[").replace("\\]", "]")
    line = clean._URL_PAREN.sub("", line)
    line = clean._BARE_URL.sub("", line)
    line = clean._MD_EMPH.sub(lambda m: m.group(2) or m.group(3) or "", line)
    return re.sub(r"[ \t]{2,}", " ", line).strip()


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_normalise_text_fast_path_is_the_full_normalisation(text):
    assert load.normalise_text(text) == _normalise_reference(text)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_strip_markdown_fast_path_is_the_full_strip(line):
    assert clean.strip_markdown(line) == _strip_markdown_reference(line)


_OLD_FURNITURE = re.compile(clean._FURNITURE.pattern.replace(r"\(?file\)?", r"\(?file\)? | .*\ballow\ cookies\b.* | "
                                                             r".*\bgreat\ seal\b.*"), re.I | re.X)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["allow", "cookies", "Cookies", "great", "seal", "Seal", " ", "  ", "x", "ALLOW",
                                 "sealed", "the", ".", "Great Seal", "share"]), max_size=12).map("".join))
def test_furniture_anywhere_is_the_old_whole_line_pattern(line):
    low = line.lower()
    split = bool(clean._FURNITURE.match(line)) or (any(w in low for w in clean._FURNITURE_ANYWHERE_WORDS)
                                                   and bool(clean._FURNITURE_ANYWHERE.search(line)))
    assert split == bool(_OLD_FURNITURE.match(line))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "é", "-", ")", " ", "\u00a0", "\u2003", "\t", "x" * 39]), max_size=30).map("".join))
def test_long_runs_fast_path_is_the_pattern(line):
    expected = clean._LONG_RUN.sub(lambda m: m.group(0) + " ", line) if len(line) > clean.MAX_RUN else line
    assert clean.break_long_runs(line) == expected
