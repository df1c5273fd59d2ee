"""A folder of every supported and every broken kind of file, through ingest, export and the upload box's
function: each file (and each .zip member) is accounted for by name, read or refused with its reason.
Also: zip limits (bomb, too many members, traversal names) and OCR of scanned PDFs."""
from __future__ import annotations

import io
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from corpus.__main__ import main as cli
from corpus.store import Store
from documents import archive, ocr
from documents.load import LoadError, load_all, load_bytes
from ui.upload import add_uploads, report_lines

TEXT = ("The Secretary of State met President Juan Orlando Hernandez in Tegucigalpa, Honduras, "
        "to discuss security and migration with the Ambassador.")


def _pdf(text: str | None = None, encrypt: bool = False) -> bytes:
    from pypdf import PdfWriter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    if text:
        c.drawString(50, 750, text[:90])
        c.drawString(50, 730, text[90:])
    else:
        c.rect(50, 600, 200, 100)  # a page with no text at all
    c.save()
    if not encrypt:
        return buf.getvalue()
    from pypdf import PdfReader

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    writer.encrypt("secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _scanned_pdf(words: str) -> bytes:
    """A one-page PDF holding only a picture of ``words`` (what a scanner makes)."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1400, 300), 255)
    ImageDraw.Draw(image).text((40, 100), words, fill=0, font=ImageFont.load_default(size=56))
    buf = io.BytesIO()
    image.save(buf, "PDF", resolution=150)
    return buf.getvalue()


def _docx(title: str, paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    document.core_properties.title = title
    for p in paragraphs:
        document.add_paragraph(p)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Agency", "Department of State"
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _eml(subject: str, body: str, date: str = "Tue, 14 Jun 2016 09:30:00 -0400") -> bytes:
    message = EmailMessage()
    message["From"] = "Press Office <press@example.gov>"
    message["To"] = "list@example.gov"
    message["Subject"] = subject
    message["Date"] = date
    message["Message-ID"] = "<1@example.gov>"
    message.set_content(body)
    return bytes(message)


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def _folder(tmp_path: Path) -> tuple[Path, dict[str, str], set[str]]:
    """Files written to a folder: {name (or zip member label): reason words} for the refused ones, and
    the names expected to be read."""
    folder = tmp_path / "in"
    folder.mkdir()
    read = {
        "note.txt": TEXT.encode(),
        "release.md": b"---\ntitle: Joint statement\ndate: 2016-06-14\n---\n" + TEXT.encode(),
        "page.html": f"<html><head><title>Visit</title></head><body><p>{TEXT}</p></body></html>".encode(),
        "text.pdf": _pdf(TEXT),
        "memo.docx": _docx("A memo on Honduras", [TEXT, "The Ambassador spoke in San Pedro Sula."]),
        "mail.eml": _eml("Visit to Honduras", TEXT + "\nThe Minister of Security attended."),
        "bundle.zip": _zip({"inner/one.txt": b"The Ambassador visited Choloma and La Ceiba in Honduras.",
                            "../../escape.txt": b"The Minister spoke in Comayagua, Honduras, on Friday.",
                            "bad.png": b"\x89PNG\r\n\x1a\n" + bytes(200),
                            "empty.txt": b""}),
    }
    refused = {
        "empty.txt": b"",
        "picture.png": b"\x89PNG\r\n\x1a\n" + bytes(100),
        "locked.pdf": _pdf(TEXT, encrypt=True),
        "blank-scan.pdf": _pdf(None),
        "big.txt": TEXT.encode() * 2000,
        "damaged.zip": b"PK\x03\x04" + bytes(300),
        "crash-me.txt": b"The Senator spoke in Washington about the budget and the Congress today.",
    }
    for name, data in {**read, **refused}.items():
        (folder / name).write_bytes(data)
    reasons = {"empty.txt": "empty", "picture.png": "unsupported file type", "locked.pdf": "encrypted PDF",
               "blank-scan.pdf": "no text layer", "big.txt": "over the", "damaged.zip": "damaged .zip",
               "crash-me.txt": "analysis failed", "bundle.zip › bad.png": "binary",
               "bundle.zip › empty.txt": "empty"}
    expected_read = {"note.txt", "release.md", "page.html", "text.pdf", "memo.docx", "mail.eml",
                     "bundle.zip › inner › one.txt", "bundle.zip › escape.txt"}
    return folder, reasons, expected_read


@pytest.fixture
def crash_on_name(monkeypatch):
    """An analysis that fails on one file (a stand-in for an analyser bug)."""
    import corpus.ingest
    import corpus.pipeline

    real = corpus.pipeline.analyse_document

    def analyse(loaded):
        if loaded.source == "crash-me.txt":
            raise RuntimeError("boom")
        return real(loaded)

    monkeypatch.setattr(corpus.ingest, "analyse_document", analyse)
    monkeypatch.setattr(corpus.pipeline, "analyse_document", analyse)
    monkeypatch.setenv("ATLAS_MAX_FILE_MB", "0.1")


def _check(read: set[str], errors: list[str], reasons: dict[str, str], expected_read: set[str]) -> None:
    assert read == expected_read
    assert len(errors) == len(reasons), errors
    for name, words in reasons.items():
        assert any(e.startswith(f"{name}: ") and words.lower() in e.lower() for e in errors), (name, errors)


def test_ingest_accounts_for_every_file(tmp_path, capsys, crash_on_name):
    folder, reasons, expected_read = _folder(tmp_path)
    assert cli(["--db", str(tmp_path / "a.db"), "ingest", str(folder)]) == 0
    out = capsys.readouterr()
    errors = [ln.removeprefix("error: ") for ln in out.err.splitlines() if ln.startswith("error: ")]
    assert f"{len(expected_read)} added, 0 unchanged, {len(reasons)} failed" in out.out
    with Store(tmp_path / "a.db") as store:
        stored = {r[0] for r in store.db.execute("SELECT source FROM documents")}
    _check(stored, errors, reasons, expected_read)
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path.parent / "escape.txt").exists()


def test_export_accounts_for_every_file(tmp_path, capsys, crash_on_name):
    import json

    folder, reasons, expected_read = _folder(tmp_path)
    assert cli(["export", str(folder), "--format", "json", "--out", str(tmp_path / "x.json")]) == 0
    err = capsys.readouterr().err
    errors = [ln.removeprefix("error: ") for ln in err.splitlines() if ln.startswith("error: ")]
    assert f"{len(expected_read)} documents analysed, {len(reasons)} files not read" in err
    data = json.loads((tmp_path / "x.json").read_text())
    _check({d["source"] for d in data["documents"]}, errors, reasons, expected_read)


def test_upload_accounts_for_every_file(tmp_path, crash_on_name):
    folder, reasons, expected_read = _folder(tmp_path)
    reasons["picture.png"] = "a binary file (image"  # by its bytes: the browser's file picker offers only supported types
    files = [(p.name, p.read_bytes()) for p in sorted(folder.iterdir())]
    with Store(tmp_path / "a.db") as store:
        report = add_uploads(store, files)
        _check(set(report.added), list(report.errors), reasons, expected_read)
        again = add_uploads(store, files)
    assert not again.added and set(again.unchanged) == expected_read
    lines = report_lines(report)
    assert lines[-1] == ("error", f"{len(expected_read)} added, 0 already in the corpus, {len(reasons)} not read")
    assert sum(kind == "error" for kind, _ in lines[:-1]) == len(reasons)


def test_formats_give_title_and_date():
    memo = load_bytes("memo.docx", _docx("A memo on Honduras", [TEXT]))
    assert memo.format == "docx" and memo.metadata["title"] == "A memo on Honduras"
    assert "Tegucigalpa" in memo.text and "Agency | Department of State" in memo.text
    mail = load_bytes("mail.eml", _eml("Visit to Honduras", TEXT))
    assert mail.format == "eml" and mail.metadata["title"] == "Visit to Honduras"
    assert mail.metadata["date"] == "2016-06-14" and "Tegucigalpa" in mail.text
    # A saved message without the .eml suffix is still recognised by its headers.
    assert load_bytes("message.txt", _eml("Visit", TEXT)).format == "eml"
    # Prose that merely starts with "Subject:" is not an e-mail.
    assert load_bytes("notes.txt", b"Subject: the visit\n\n" + TEXT.encode()).format == "txt"


def test_zip_bomb_is_stopped(monkeypatch):
    monkeypatch.setenv("ATLAS_MAX_FILE_MB", "1")
    bomb = _zip({"zeros.txt": b"0" * (50 * 2**20)})  # 50 MB of zeros: about 50 KB compressed
    assert len(bomb) < 200_000
    [outcome] = load_all("bomb.zip", bomb)
    assert isinstance(outcome, LoadError) and "zip limits" in str(outcome) and "bomb.zip › zeros.txt" in str(outcome)


def test_zip_ratio_limit(monkeypatch):
    monkeypatch.setenv("ATLAS_MAX_FILE_MB", "20")
    [outcome] = load_all("ratio.zip", _zip({"zeros.txt": b"a" * (5 * 2**20)}))
    assert isinstance(outcome, LoadError) and "zip bomb" in str(outcome)


def test_zip_total_limit(monkeypatch):
    monkeypatch.setenv("ATLAS_MAX_FILE_MB", "0.05")  # 52 KB each, 262 KB together
    text = (TEXT + "\n").encode() * 250  # ~40 KB of prose per member
    outcomes = load_all("many.zip", _zip({f"d{i}.txt": text.replace(b"Secretary", f"Secretary {i}".encode())
                                          for i in range(10)}))
    assert len(outcomes) == 10
    refused = [o for o in outcomes if isinstance(o, LoadError)]
    assert refused and all("zip limits" in str(o) for o in refused)
    assert sum(not isinstance(o, LoadError) for o in outcomes) <= archive.MAX_TOTAL_FACTOR * 2


def test_zip_member_count_limit():
    with pytest.raises(LoadError, match="over the limit of 1,000"):
        list(archive.members("many.zip", _zip({f"{i}.txt": b"x" for i in range(1001)}), 2**20))
    [outcome] = load_all("many.zip", _zip({f"{i}.txt": b"x" for i in range(1001)}))
    assert "zip limits" in str(outcome)


@pytest.mark.parametrize("name, label", [
    ("../../etc/passwd", "a.zip › etc › passwd"), ("/abs/x.txt", "a.zip › abs › x.txt"),
    ("C:\\Windows\\y.txt", "a.zip › Windows › y.txt"), ("./././", "a.zip › unnamed"),
    ("dir/\x1b[31mred.txt", "a.zip › dir › [31mred.txt"), ("..\\..\\z.txt", "a.zip › z.txt")])
def test_member_names_are_labels_never_paths(name, label):
    assert archive.label("a.zip", name) == label


def test_traversal_members_are_read_in_memory_only(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    names = ["../../evil.txt", "/tmp/evil2.txt", "a/../../evil3.txt"]
    outcomes = load_all("t.zip", _zip({n: TEXT.encode() + n.encode() for n in names}))
    assert [o.source for o in outcomes] == ["t.zip › evil.txt", "t.zip › tmp › evil2.txt", "t.zip › a › evil3.txt"]
    assert list(tmp_path.iterdir()) == [] and not Path("/tmp/evil2.txt").exists()


def test_zip_inside_zip_is_named_not_read():
    outcomes = load_all("outer.zip", _zip({"inner.zip": _zip({"a.txt": TEXT.encode()}), "b.txt": TEXT.encode()}))
    assert isinstance(outcomes[0], LoadError) and "outer.zip › inner.zip: an archive inside an archive" in str(outcomes[0])
    assert outcomes[1].source == "outer.zip › b.txt"


@pytest.mark.skipif(not ocr.available(), reason="Tesseract is not installed (apt-get install tesseract-ocr)")
def test_scanned_pdf_is_read_by_ocr():
    steps = []
    loaded = load_bytes("scan.pdf", _scanned_pdf("Ambassador visited Tegucigalpa"),
                        progress=lambda what, i, n: steps.append((what, i, n)))
    assert "Tegucigalpa" in loaded.text and "Ambassador" in loaded.text
    assert steps == [("scan.pdf: OCR of page 1", 1, 1)]


def test_scanned_pdf_without_tesseract_says_how_to_enable_ocr(monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    with pytest.raises(LoadError) as exc:
        load_bytes("scan.pdf", _scanned_pdf("Ambassador visited Tegucigalpa"))
    message = str(exc.value)
    assert message.startswith("scan.pdf: scanned PDF") and "no text layer" in message
    assert "apt-get install tesseract-ocr" in message



@pytest.mark.skipif(not ocr.available(), reason="Tesseract is not installed (apt-get install tesseract-ocr)")
def test_upload_reports_ocr_progress(tmp_path):
    """The upload box's function passes OCR progress on (the box shows it as a second progress bar)."""
    steps, files_done = [], []
    with Store(tmp_path / "a.db") as store:
        report = add_uploads(store, [("scan.pdf", _scanned_pdf("Ambassador visited Tegucigalpa")), ("note.txt", TEXT.encode())],
                             progress=lambda i, n: files_done.append((i, n)),
                             detail=lambda what, i, n: steps.append((what, i, n)))
    assert report.added == ("scan.pdf", "note.txt") and not report.errors
    assert steps == [("scan.pdf: OCR of page 1", 1, 1)] and files_done == [(1, 2), (2, 2)]
