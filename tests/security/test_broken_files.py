"""Broken and hostile files: each gets one clear message naming the file, through every entry point
(load_bytes, Store.ingest, the CLI), and none stops the rest of the batch. tests/corpus/test_load.py
covers the basic cases; these are the harder ones."""
from __future__ import annotations

import gzip
import io
import tarfile
import zipfile

import pytest

from corpus.__main__ import main
from corpus.ingest import ingest
from corpus.pipeline import analyse_document
from corpus.store import Store
from documents.load import LoadError, load_bytes

GOOD = ("good.txt", b"Secretary of State John Kerry met President Hernandez in Tegucigalpa on Tuesday.\n")


def _zip(names: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in names.items():
            z.writestr(name, data)
    return buf.getvalue()


def _tar() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        info = tarfile.TarInfo("inside.txt")
        info.size = len(GOOD[1])
        t.addfile(info, io.BytesIO(GOOD[1]))
    return buf.getvalue()


# name, bytes, words the message must contain
BROKEN = [
    ("garbage.txt", bytes((i * 7919) % 256 for i in range(5000)), "binary"),
    ("nul-text.txt", b"The Secretary spoke.\x00\x00\x00\x01\x02" * 50, "binary"),
    ("docs.zip.txt", b"PK\x03\x04" + bytes(range(200)), "damaged .zip"),
    ("report.docx", _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w/>"}), "damaged Word"),
    ("book.epub", _zip({"mimetype": b"application/epub+zip"}), "e-book"),
    ("files.tar", _tar(), "archive"),
    ("files.txt.gz", gzip.compress(GOOD[1]), "archive"),
    ("file.xz", b"\xfd7zXZ\x00" + b"\x01" * 64, "archive"),
    ("atlas.db", b"SQLite format 3\x00" + b"\x00" * 200, "database"),
    ("song.txt", b"ID3\x03\x00" + bytes(range(256)), "binary"),
    ("font.txt", b"wOF2" + bytes(range(256)), "binary"),
    ("prog.exe", b"MZ\x90\x00" + bytes(range(256)), "binary"),
    ("only-digits.md", b"2019 2020 2021\n\n12.5 % 99\n", "no readable text"),
    ("bodyless.html", b"<!DOCTYPE html><html><head><title>Only a title</title></head><body></body></html>", "no body"),
    ("scripts-only.html", b"<html><body><script>var a=1;</script><style>p{}</style></body></html>", "no body"),
    ("nav-only.htm", b"<html><body><nav>Home | About</nav><footer>Contact</footer></body></html>", "no body"),
    ("empty-feed.xml", b"<?xml version='1.0'?><rss><channel><title>x</title></channel></rss>", "no items"),
    ("data.txt", b'{"documents": [{"title": "The Secretary met the President"}], "count": 1}', "JSON"),
    ("table.txt", b"name,agency,year\nJohn Kerry,State,2014\nJuan Hernandez,Government,2015\n"
                  b"Ann Smith,USAID,2016\nBo Li,DHS,2017\nCy Ng,DoD,2018\n", "table"),
    ("script.md", b"import os\nfrom x import y\n\ndef main(a):\n    b = {1: 2};\n    return b;\n}\n", "program code"),
    ("one-line.txt", b"The Secretary spoke in Tegucigalpa and " * 6000, "line break"),
    ("huge-token.txt", b"Words here. " + b"A" * 300_000, "line break"),
]


@pytest.mark.parametrize("name, data, words", BROKEN, ids=[b[0] for b in BROKEN])
def test_load_bytes_says_why(name, data, words):
    with pytest.raises(LoadError) as exc:
        load_bytes(name, data)
    message = str(exc.value)
    assert message.startswith(f"{name}: ") and words.lower() in message.lower()


@pytest.mark.parametrize("name, data, expected", [
    ("utf16-no-bom.txt", "El Presidente Hernández habló en Tegucigalpa.".encode("utf-16-le"), "Hernández"),
    ("utf16be-no-bom.txt", "El Presidente Hernández habló en Tegucigalpa.".encode("utf-16-be"), "Hernández"),
    ("mixed.txt", "Señor Hernández spoke first.\n".encode() + "Then Peña Nieto spoke.\n".encode("cp1252"),
     "Peña Nieto"),
    ("mixed-2.txt", "Peña Nieto spoke.\n".encode("cp1252") + "Then Señor Hernández spoke.\n".encode(), "Hernández"),
    ("lying-charset.html", '<html><head><meta charset="utf-8"></head><body><p>Peña Nieto habló hoy.</p></body>'
     "</html>".encode("latin-1"), "Peña Nieto"),
    ("latin1-as-txt.txt", "Los ministros de Panamá y Perú se reunieron en Bogotá.".encode("latin-1"), "Panamá"),
    ("deep-yaml.md", b"---\ntitle: " + b"[" * 5000 + b"\n---\nThe Ambassador spoke in Managua today.\n", "Managua"),
    ("deep-html.html", b"<html><body>" + b"<div>" * 3000 + b"<p>The Ambassador spoke in Managua.</p>" +
     b"</div>" * 3000 + b"</body></html>", "Managua"),
    ("crlf-cr.txt", b"The Ambassador\r\nspoke in Managua.\rThen he left.\r\n", "Managua"),
    ("prose-with-commas.txt", b"Kerry, Hernandez, and Pena Nieto met, talked, and agreed, as reported.\n" * 6,
     "Pena Nieto"),
])
def test_awkward_but_readable(name, data, expected):
    loaded = load_bytes(name, data)
    assert expected in loaded.text and "\ufffd" not in loaded.text
    analyse_document(loaded)


@pytest.mark.parametrize("run", [")" * 150_000, '"' * 150_000, "\\[" * 75_000, "![" * 75_000, "(/" * 75_000,
                                 "😀" * 50_000, "a" + " " * 150_000 + "b", "date" + "\u3000" * 150_000 + "x"])
def test_pathological_lines_finish(run):
    """Patterns that were quadratic or worse (spaCy affixes, regex backtracking) now run in linear time;
    before the fix each of these took minutes to hours."""
    loaded = load_bytes("slow.txt", ("The Ambassador spoke in Managua. " + run).encode())
    doc = analyse_document(loaded).document
    assert all(doc.text[e.start:e.end] == e.text for e in doc.excerpts)


def test_line_limit_is_configurable(monkeypatch):
    monkeypatch.setenv("ATLAS_MAX_LINE_CHARS", "50")
    with pytest.raises(LoadError, match="limit 50"):
        load_bytes("a.txt", b"The Secretary spoke in Tegucigalpa and then in San Pedro Sula yesterday.")


def test_text_limit_matches_the_tokenizer():
    from documents.load import MAX_TEXT_CHARS
    from model.nlp import get_nlp

    assert get_nlp().max_length >= MAX_TEXT_CHARS


def test_store_ingest_reports_each_file_and_keeps_the_good_one(tmp_path):
    batch = [GOOD] + [(name, data) for name, data, _ in BROKEN]
    with Store(tmp_path / "a.db") as store:
        report = ingest(store, batch)
        assert report.added == ("good.txt",)
        assert len(report.errors) == len(BROKEN)
        for (name, _, words), message in zip(BROKEN, report.errors):
            assert message.startswith(f"{name}: ") and words.lower() in message.lower()
        assert store.document_count() == 1


def test_cli_ingest_prints_one_line_per_bad_file(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / GOOD[0]).write_bytes(GOOD[1])
    named = [(n, d, w) for n, d, w in BROKEN if n.endswith((".txt", ".md", ".html", ".htm", ".xml"))]
    for name, data, _ in named:
        (folder / name).write_bytes(data)
    assert main(["--db", str(tmp_path / "a.db"), "ingest", str(folder)]) == 0
    out = capsys.readouterr()
    assert f"1 added, 0 unchanged, {len(named)} failed" in out.out
    errors = [ln for ln in out.err.splitlines() if ln.startswith("error: ")]
    assert len(errors) == len(named)
    for name, _, words in named:
        assert any(name in ln and words.lower() in ln.lower() for ln in errors), name


def test_cli_size_limit(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("ATLAS_MAX_FILE_MB", "0.01")
    (tmp_path / "big.txt").write_bytes(GOOD[1] * 200)
    assert main(["--db", str(tmp_path / "a.db"), "ingest", str(tmp_path / "big.txt")]) == 1
    assert "over the" in capsys.readouterr().err
