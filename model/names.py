"""The everyday short forms of formal place names, shared by the gazetteer (places) and the lexicon
(governments), so "St. Kitts & Nevis" is one country to both."""
from __future__ import annotations

SAINT = "Saint "


def everyday_forms(name: str) -> tuple[str, ...]:
    """Other spellings writers use for ``name``, without ``name`` itself.

    "Saint X" is also written "St. X" and "St X" (and each of them the others); " and " in a name is often "&". Names with neither
    come back with no forms. (French "Saint-Martin" is a name of its own, curated with the others.)
    """
    forms = [name]
    head = next((h for h in (SAINT, "St. ", "St ") if name.startswith(h)), None)
    if head is not None:  # "St. Kitts" is also "Saint Kitts" and "St Kitts"
        forms += [h + name[len(head):] for h in (SAINT, "St. ", "St ") if h != head]
    forms += [f.replace(" and ", " & ") for f in forms if " and " in f]
    return tuple(dict.fromkeys(f for f in forms if f != name))
