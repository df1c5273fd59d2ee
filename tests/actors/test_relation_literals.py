"""The literals that let a sentence skip the relation verbs' searches (``actors.relations.LITERALS``): every
alternative of each pattern, in each of its spellings, holds one of its pattern's literals."""
import itertools
import re

import pytest

from actors.relations import LITERALS


def _alternatives(pattern: re.Pattern[str]) -> list[str]:
    body = pattern.pattern
    assert body.startswith(r"\b(") and body.endswith(r")\b")
    return body[3:-3].split("|")


def _spellings(alternative: str) -> list[str]:
    """Every string an alternative matches: "[óo]" is either letter, "s?" with and without the "s"."""
    parts: list[list[str]] = []
    for m in re.finditer(r"\[([^\]]+)\](\?)?|(.)(\?)?", alternative):
        if m.group(1):
            choices = list(m.group(1))
            parts.append(choices + ([""] if m.group(2) else []))
        else:
            parts.append([m.group(3), ""] if m.group(4) else [m.group(3)])
    return ["".join(p) for p in itertools.product(*parts)]


@pytest.mark.parametrize("pattern", list(LITERALS), ids=lambda p: p.pattern[3:20])
def test_every_spelling_holds_a_literal(pattern: re.Pattern[str]) -> None:
    for alternative in _alternatives(pattern):
        assert not set(alternative) & set("()*+{}\\.^$"), alternative  # a shape the expansion does not know
        for spelling in _spellings(alternative):
            assert pattern.fullmatch(spelling), spelling
            assert any(w in spelling.lower() for w in LITERALS[pattern]), spelling
