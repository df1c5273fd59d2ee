"""Regenerate common_words.txt and common_words_es.txt: gazetteer names that are also everyday English or Spanish words.

Needs the dev-only package ``wordfreq==3.1.1`` (not a runtime dependency: the app reads the
generated list). Run: PYTHONPATH=. python data/gazetteer/make_common_words.py
A name listed here is accepted as a place only when it is also famous (country, capital, large
city...), qualified ("Mobile, Alabama") or in a dateline; see geo.context and geo.finder.
"""
from pathlib import Path

from wordfreq import zipf_frequency

from geo.gazetteer import build_gazetteer

THRESHOLD = 3.3  # Zipf 3.3 is about 2 per million words: "mobile" 4.9, "split" 4.7, "ceiba" 1.9


LANGUAGES = {"en": ("English", "common_words.txt"), "es": ("Spanish", "common_words_es.txt")}


def main() -> None:
    gaz = build_gazetteer(use_common_words=False)
    for code, (language, file) in LANGUAGES.items():
        rows = sorted((k, zipf_frequency(k, code)) for k in gaz.index if " " not in k and k.isalpha())
        out = [f"{k} {z:.2f}" for k, z in rows if z >= THRESHOLD]
        header = f"# gazetteer names with {language} Zipf frequency >= {THRESHOLD} (wordfreq 3.1.1); generated\n"
        Path(__file__).with_name(file).write_text(header + "\n".join(out) + "\n", encoding="utf-8")
        print(len(out), language, "common words")


if __name__ == "__main__":
    main()
