"""Regenerate common_words.txt: gazetteer names that are also everyday English words.

Needs the dev-only package ``wordfreq==3.1.1`` (not a runtime dependency: the app reads the
generated list). Run: PYTHONPATH=. python data/gazetteer/make_common_words.py
A name listed here is accepted as a place only when it is also famous (country, capital, large
city...), qualified ("Mobile, Alabama") or in a dateline; see geo.context and geo.finder.
"""
from pathlib import Path

from wordfreq import zipf_frequency

from geo.gazetteer import build_gazetteer

THRESHOLD = 3.3  # Zipf 3.3 is about 2 per million words: "mobile" 4.9, "split" 4.7, "ceiba" 1.9


def main() -> None:
    gaz = build_gazetteer(use_common_words=False)
    rows = sorted((k, zipf_frequency(k, "en")) for k in gaz.index if " " not in k and k.isalpha())
    out = [f"{k} {z:.2f}" for k, z in rows if z >= THRESHOLD]
    header = f"# gazetteer names with English Zipf frequency >= {THRESHOLD} (wordfreq 3.1.1); generated\n"
    Path(__file__).with_name("common_words.txt").write_text(header + "\n".join(out) + "\n")
    print(len(out), "common words")


if __name__ == "__main__":
    main()
