"""A deterministic generator of press-release corpora in the style of the shipped texts.

Each document depends only on (seed, index), so corpus N is a prefix of corpus 10·N and any
document can be made alone (in a worker, on demand). Officials come from one seeded pool with a
skewed (Zipf-like) frequency, as in real releases: a few recur constantly, most appear rarely.

    python -m benchmarks.generate 1000 /tmp/corpus-1000     # writes 1,000 files
"""
from __future__ import annotations

import argparse
import html
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from benchmarks import vocabulary as V

YEARS = range(2013, 2025)
POOL_SIZE = 3000


@dataclass(frozen=True)
class Official:
    first: str
    last: str
    initial: str  # "" or "K."
    title: str
    country: str  # ISO alpha-2

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first, self.initial, self.last) if p)


@lru_cache(maxsize=4)
def official_pool(seed: int = 7, size: int = POOL_SIZE) -> tuple[tuple[Official, ...], tuple[float, ...]]:
    """The seeded pool of officials and their cumulative pick weights (rank^-0.9)."""
    rng = random.Random(f"pool:{seed}")
    seen: set[tuple[str, str]] = set()
    pool = []
    foreign = [c for c in V.COUNTRIES]
    while len(pool) < size:
        first, last = rng.choice(V.FIRST), rng.choice(V.LAST)
        if (first, last) in seen:
            continue
        seen.add((first, last))
        us = rng.random() < 0.5
        country = "US" if us else rng.choice(foreign[:4] * 3 + foreign[4:])
        title = rng.choice(V.US_TITLES if us else V.FOREIGN_TITLES)
        initial = f"{rng.choice(V.INITIALS)}." if rng.random() < 0.3 else ""
        pool.append(Official(first, last, initial, title, country))
    weights = list(itertools.accumulate((rank + 1) ** -0.9 for rank in range(size)))
    return tuple(pool), tuple(weights)


class _Writer:
    """Builds one document from its own random stream."""

    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.pool, self.weights = official_pool(seed)

    def officials(self, k: int) -> list[Official]:
        picked = self.rng.choices(self.pool, cum_weights=self.weights, k=k * 2)
        unique = list(dict.fromkeys(picked))
        return unique[:k]

    def city(self, country: str | None = None) -> tuple[str, str]:
        country = country or self.rng.choice(list(V.CITIES))
        return self.rng.choice(V.CITIES[country]), country

    def place_phrase(self, country: str | None = None) -> str:
        city, cc = self.city(country)
        if cc == "US":
            state = V.US_STATES.get(city)
            return f"{city}, {state}" if state and self.rng.random() < 0.6 else city
        return f"{city}, {V.COUNTRIES[cc][0]}" if self.rng.random() < 0.6 else city

    def styled(self, o: Official) -> str:
        """An official named with the title before, after, or with a demonym — as releases do."""
        r = self.rng.random()
        if o.country == "US":
            return f"{o.title} {o.name}" if r < 0.7 else f"{o.name}, {o.title}"
        country, demonym = V.COUNTRIES[o.country]
        if r < 0.4:
            return f"{o.name}, {o.title} of {country}"
        if r < 0.8:
            return f"{demonym} {o.title} {o.name}"
        return f"{o.title} of {country} {o.name}"

    def short(self, o: Official) -> str:
        head = o.title.split(" of ")[0].split(" for ")[0].replace("Acting ", "")
        return f"{head} {o.last}" if self.rng.random() < 0.7 else o.last

    def agency(self) -> tuple[str, str, str]:
        return self.rng.choice(V.AGENCIES)

    def date(self) -> tuple[int, int, int]:
        return self.rng.choice(YEARS), self.rng.randint(1, 12), self.rng.randint(1, 28)


def _paragraphs(w: _Writer, year: int) -> tuple[str, list[str]]:
    rng = w.rng
    people = w.officials(rng.randint(3, 7))
    lead, guest = people[0], people[1]
    host_country = guest.country if guest.country != "US" else rng.choice(list(V.COUNTRIES))
    where = w.place_phrase(host_country)
    topics = rng.sample(V.TOPICS, 4)
    headline = rng.choice(V.HEADLINES).format(
        who=w.short(lead), country=V.COUNTRIES[host_country][0], topic=topics[0].title())
    dateline = rng.choice(["WASHINGTON", where.split(",")[0].upper()])
    paras = [f"{dateline} – Today, {w.styled(lead)} {rng.choice(V.VERBS)} {w.styled(guest)} in {where} "
             f"to discuss {topics[0]}, {topics[1]} and {topics[2]} across {rng.choice(V.REGIONS)}."]
    for o in people[2:]:
        paras.append(_middle(w, o, topics, year))
    paras.append(_background(w, host_country, topics))
    quote_by = rng.choice(people[:2])
    paras.append(f"“Our partnership with {V.COUNTRIES[host_country][0]} is vital to {topics[3]} in "
                 f"{rng.choice(V.REGIONS)}, and we will keep working together to confront {rng.choice(V.GROUPS)} "
                 f"and the networks that exploit migrants,” said {w.short(quote_by)}. “Together we will prevail.”")
    a, b, c = rng.sample(list(V.COUNTRIES)[:5], 3)
    paras.append(f"In fiscal year {year - 1}, more than {rng.randint(10, 95)} percent of migrants apprehended "
                 f"at the Southwest border came from {V.COUNTRIES[a][0]}, {V.COUNTRIES[b][0]} and "
                 f"{V.COUNTRIES[c][0]}. Operations in {w.place_phrase()} led to {rng.randint(2, 400)} arrests of "
                 f"members of {rng.choice(V.GROUPS)} and the seizure of {rng.randint(1, 900)} kilograms of cocaine.")
    if rng.random() < 0.5:
        paras.append("The arrangements include the following:\n" + "\n".join(
            f"- {t[0].upper() + t[1:]};" for t in rng.sample(V.TOPICS, 4)))
    paras.append(f"{w.short(lead)} will return to {w.city(host_country)[0]} later this year, and the "
                 f"{rng.choice(('technical working groups', 'delegations', 'ministers'))} will meet again in "
                 f"{w.city('US')[0]} to continue these discussions.")
    return headline, paras


def _middle(w: _Writer, o: Official, topics: list[str], year: int) -> str:
    """A paragraph naming one more official, an agency (with its acronym) and places."""
    rng = w.rng
    name, acr, _ = w.agency()
    with_acr = f"the {name} ({acr})" if acr else f"the {name}"
    later = acr or f"The {name.split(' of ')[0].replace('U.S. ', '')}"
    form = rng.randrange(3)
    if form == 0:
        return (f"Joined by {w.styled(o)} and officials from {with_acr}, the delegations reviewed progress on "
                f"{rng.choice(topics)} in {w.place_phrase()} and {w.place_phrase()}. {later} will expand training "
                f"for police and prosecutors in {w.city()[0]} and support {rng.choice(topics)} programs through "
                f"{year + 1}.")
    if form == 1:
        return (f"{w.styled(o)} announced that {with_acr} would provide ${rng.randint(2, 250)} million for "
                f"{rng.choice(topics)} in {w.place_phrase()}, {w.city()[0]} and {w.city()[0]}. Since {year - 2}, "
                f"{later} has trained more than {rng.randint(100, 5000):,} officers and opened "
                f"{rng.randint(2, 30)} offices across {rng.choice(V.REGIONS)}.")
    return (f"During the visit, {w.short(o)} toured a {rng.choice(('port of entry', 'migrant reception center', 'training academy', 'border crossing'))} "
            f"in {w.place_phrase()} with representatives of {with_acr}. {later} personnel described joint operations "
            f"against {rng.choice(V.GROUPS)} along the route from {w.city()[0]} to {w.city('US')[0]}, and "
            f"{w.styled(o)} thanked them for their work on {rng.choice(topics)}.")


def _background(w: _Writer, country: str, topics: list[str]) -> str:
    rng = w.rng
    name = V.COUNTRIES[country][0]
    return (f"{name} and the United States share a long partnership based on mutual respect and common goals. "
            f"Both governments have committed to address the root causes of migration, to strengthen judicial "
            f"institutions and to hold accountable the transnational criminal organizations that traffic drugs "
            f"and people through {rng.choice(V.REGIONS)}. The {rng.choice(('agreements', 'arrangements', 'programs'))} "
            f"announced today build on earlier commitments on {topics[1]} and {topics[2]}, and on cooperation with "
            f"{V.COUNTRIES[rng.choice(list(V.COUNTRIES))][0]} and international partners.")


def generate_document(index: int, seed: int = 7) -> tuple[str, bytes]:
    """One document (source name, bytes) — a .txt, .md or .html press release."""
    rng = random.Random(f"doc:{seed}:{index}")
    w = _Writer(rng, seed)
    year, month, day = w.date()
    date = f"{V.MONTHS[month - 1]} {day}, {year}"
    headline, paras = _paragraphs(w, year)
    capital = V.CITIES[rng.choice(list(V.COUNTRIES))][0]
    header = [line.format(capital=capital) for line in rng.choice(V.HEADER_BOILERPLATE)]
    footer = [line.format(date=date) for line in rng.sample(V.FOOTER_BOILERPLATE, 3)]
    kind = rng.choices(("txt", "md", "html"), weights=(8, 1, 1))[0]
    name = f"gen_{index:07d}.{kind}"
    if kind == "html":
        body = "".join(f"<p>{html.escape(p)}</p>\n" for p in paras)
        text = (f"<html><head><title>{html.escape(headline)}</title></head><body>\n<nav>{' | '.join(header)}</nav>\n"
                f"<main><h1>{html.escape(headline)}</h1>\n<p>Release Date: {date}</p>\n{body}</main>\n"
                f"<footer>{'<br>'.join(html.escape(f) for f in footer)}</footer></body></html>\n")
    elif kind == "md":
        text = "\n\n".join([*header, f"# {headline}", f"**Release Date:** {date}", *paras, *footer]) + "\n"
    else:
        text = "\n\n".join([*header, headline, f"Release Date: {date}", *paras, *footer]) + "\n"
    return name, text.encode("utf-8")


def generate_corpus(n: int, seed: int = 7) -> Iterator[tuple[str, bytes]]:
    """Documents 0..n-1 (a prefix of any larger corpus with the same seed)."""
    return (generate_document(i, seed) for i in range(n))


def write_corpus(n: int, folder: str | Path, seed: int = 7) -> Path:
    """Write n documents to a folder (created); returns it."""
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    for name, data in generate_corpus(n, seed):
        (out / name).write_bytes(data)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("folder")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    write_corpus(args.n, args.folder, args.seed)
    print(f"{args.n} documents in {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
