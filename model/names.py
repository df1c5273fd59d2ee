"""The everyday short forms of formal place names, shared by the gazetteer (places) and the lexicon
(governments), so "St. Kitts & Nevis" is one country to both."""
from __future__ import annotations

SAINT = "Saint "


def everyday_forms(name: str) -> tuple[str, ...]:
    """Other spellings writers use for ``name``, without ``name`` itself.

    "Saint X" is also written "St. X" and "St X"; " and " in a name is often "&". Names with neither
    come back with no forms. (French "Saint-Martin" is a name of its own, curated with the others.)
    """
    forms = [name]
    if name.startswith(SAINT):
        forms += [head + name[len(SAINT):] for head in ("St. ", "St ")]
    forms += [f.replace(" and ", " & ") for f in forms if " and " in f]
    return tuple(dict.fromkeys(f for f in forms if f != name))
