"""The command line on good and bad files."""
import json
import zipfile

import networkx as nx

from corpus.__main__ import main
from tests.conftest import SHIPPED


def test_ingest_and_export(tmp_path, capsys):
    db = str(tmp_path / "a.db")
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 nothing")
    assert main(["--db", db, "ingest", str(SHIPPED), str(tmp_path / "bad.pdf")]) == 0
    out = capsys.readouterr()
    assert "5 added" in out.out and "bad.pdf" in out.err
    assert main(["--db", db, "ingest", str(SHIPPED)]) == 0
    assert "0 added, 5 unchanged" in capsys.readouterr().out
    out_file = tmp_path / "x.json"
    assert main(["--db", db, "export", "--format", "json", "--out", str(out_file)]) == 0
    data = json.loads(out_file.read_text())
    assert set(data) == {"documents", "places", "actors", "relations"}
    assert len(data["documents"]) == 5
    doc = data["documents"][0]
    assert {"id", "source", "title", "date", "year", "date_source", "excerpts"} <= doc.keys()
    ex = doc["excerpts"][0]
    assert {"id", "start", "end", "text"} <= ex.keys()


def test_export_paths_without_store(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ATLAS_DB", str(tmp_path / "untouched.db"))
    assert main(["export", str(SHIPPED), "--format", "geojson", "--out", str(tmp_path / "p.geojson")]) == 0
    assert json.loads((tmp_path / "p.geojson").read_text())["type"] == "FeatureCollection"
    assert not (tmp_path / "untouched.db").exists()
    assert main(["export", str(SHIPPED), "--format", "gexf", "--out", str(tmp_path / "g.gexf")]) == 0
    nx.read_gexf(tmp_path / "g.gexf")
    assert main(["export", str(SHIPPED), "--format", "graphml", "--out", str(tmp_path / "g.graphml")]) == 0
    nx.read_graphml(tmp_path / "g.graphml")
    assert main(["export", str(SHIPPED), "--format", "csv", "--out", str(tmp_path / "t.zip")]) == 0
    names = zipfile.ZipFile(tmp_path / "t.zip").namelist()
    assert {"documents.csv", "places.csv", "actors.csv", "relations.csv", "mentions.csv"} <= set(names)


def test_ingest_only_bad_files_fails(tmp_path, capsys):
    (tmp_path / "e.txt").write_bytes(b"")
    assert main(["--db", str(tmp_path / "a.db"), "ingest", str(tmp_path / "e.txt")]) == 1
    assert "empty" in capsys.readouterr().err


def test_corrections_export_import(tmp_path, capsys):
    from corpus.store import Store

    with Store(tmp_path / "a.db") as s:
        s.add_correction("actor", "delete", {"id": "organization:faq"})
    f = tmp_path / "c.json"
    assert main(["--db", str(tmp_path / "a.db"), "corrections", "export", str(f)]) == 0
    assert main(["--db", str(tmp_path / "b.db"), "corrections", "import", str(f)]) == 0
    assert "1 corrections imported" in capsys.readouterr().out


def test_csv_cells_cannot_become_spreadsheet_formulas():
    from corpus.export import to_csv

    text = to_csv([{"name": "=HYPERLINK(\"http://x\")", "n": -3, "s": "-2.5", "t": "@cmd", "ok": "Honduras"}])
    import csv
    import io

    row = list(csv.DictReader(io.StringIO(text)))[0]
    assert row == {"name": "'=HYPERLINK(\"http://x\")", "n": "-3", "s": "-2.5", "t": "'@cmd", "ok": "Honduras"}


def test_export_keeps_every_other_document_when_one_analysis_fails(tmp_path, monkeypatch, capsys):
    import corpus.pipeline as pipeline

    real = pipeline.analyse_document

    def flaky(loaded):
        if loaded.source.startswith("001_"):
            raise IndexError("[E040] Attempt to access token")
        return real(loaded)

    monkeypatch.setattr(pipeline, "analyse_document", flaky)
    out_file = tmp_path / "x.json"
    assert main(["export", str(SHIPPED), "--format", "json", "--out", str(out_file)]) == 0
    assert len(json.loads(out_file.read_text())["documents"]) == 4
    err = capsys.readouterr().err
    assert "001_" in err and "analysis failed" in err


def test_every_input_file_is_accounted_for(tmp_path, capsys):
    """A folder with a .zip, a .png and an empty file among good documents: each is named with its reason."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("The Secretary met the Minister in Tegucigalpa, Honduras.")
    (folder / "a.zip").write_bytes(b"PK\x03\x04xx")
    (folder / "b.png").write_bytes(b"\x89PNG\r\n")
    (folder / "empty.txt").write_bytes(b"")
    db = str(tmp_path / "a.db")
    assert main(["--db", db, "ingest", str(folder)]) == 0
    out = capsys.readouterr()
    assert "1 added, 0 unchanged, 3 failed" in out.out
    for name, reason in (("a.zip", "damaged .zip archive"), ("b.png", "unsupported file type '.png'"),
                         ("empty.txt", "empty")):
        assert f"{name}: {reason}" in out.err
    assert main(["export", str(folder), "--format", "json", "--out", str(tmp_path / "x.json")]) == 0
    assert "1 documents analysed, 3 files not read" in capsys.readouterr().err
