#!/usr/bin/env python3
"""Build the PDF documents of dev5 from the plain-text sources in pdfsrc/ (reportlab).

Source markup: lines starting with '@' are cover lines (one per line), '>' single left-aligned lines
(addresses, signatures), '# ' a title, '## ' a heading, '### ' a subheading,
'- ' a bullet, '|' a table row (cells separated by '|'); blank lines separate paragraphs.
"""
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent
SS = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=SS["BodyText"], fontName="Times-Roman", fontSize=11, leading=14, spaceAfter=7)
COVER = ParagraphStyle("cover", parent=BODY, alignment=1, spaceAfter=2)
H1 = ParagraphStyle("h1", parent=SS["Heading1"], fontName="Times-Bold", fontSize=16, leading=19)
H2 = ParagraphStyle("h2", parent=SS["Heading2"], fontName="Times-Bold", fontSize=12.5, leading=15, spaceBefore=8)
H3 = ParagraphStyle("h3", parent=SS["Heading3"], fontName="Times-BoldItalic", fontSize=11.5, leading=14, spaceBefore=6)
BUL = ParagraphStyle("bul", parent=BODY, leftIndent=14, bulletIndent=4)
LINE = ParagraphStyle("line", parent=BODY, spaceAfter=0)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)

DOCS = {
    "x07": dict(out="x07_80e39656.pdf", title="Letter to Secretary Blinken on Russian military presence in Nicaragua",
                author="Office of Congresswoman Maria Elvira Salazar", date="D:20220614103000-04'00'",
                header="Congress of the United States",
                footer="Page"),
    "x22": dict(out="x22_a67ea592.pdf",
                title="Iron River: Firearms Trafficking from the United States to Mexico and the Caribbean",
                author="Hemisphere Security Program", date="D:20241119090000-05'00'",
                header="Iron River | Hemisphere Security Program | November 2024",
                footer="Page"),
}


def build(key: str) -> None:
    meta = DOCS[key]
    flow = []
    paras: list[str] = []
    rows: list[list[str]] = []

    def flush_para():
        if paras:
            flow.append(Paragraph(escape(" ".join(paras)), BODY))
            paras.clear()

    def flush_table():
        if rows:
            data = [[Paragraph(escape(c.strip()), CELL) for c in r] for r in rows]
            t = Table(data, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            flow.append(t)
            flow.append(Spacer(1, 8))
            rows.clear()

    for line in (HERE / "pdfsrc" / f"{key}.txt").read_text(encoding="utf-8").splitlines():
        s = line.rstrip()
        if s.startswith("|"):
            flush_para()
            rows.append(s.strip("|").split("|"))
            continue
        flush_table()
        if not s:
            flush_para()
        elif s.startswith("@"):
            flush_para()
            flow.append(Paragraph(escape(s[1:]) or "&nbsp;", COVER))
        elif s.startswith(">"):
            flush_para()
            flow.append(Paragraph(escape(s[1:].strip()) or "&nbsp;", LINE))
        elif s.startswith("### "):
            flush_para()
            flow.append(Paragraph(escape(s[4:]), H3))
        elif s.startswith("## "):
            flush_para()
            flow.append(Paragraph(escape(s[3:]), H2))
        elif s.startswith("# "):
            flush_para()
            flow.append(Paragraph(escape(s[2:]), H1))
        elif s.startswith("- "):
            flush_para()
            flow.append(Paragraph(escape(s[2:]), BUL, bulletText="\u2022"))
        else:
            paras.append(s)
    flush_para()
    flush_table()

    def on_page(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(inch, letter[1] - 0.6 * inch, meta["header"])
        canvas.drawRightString(letter[0] - inch, 0.6 * inch, f"{meta['footer']} {doc.page}")
        canvas.restoreState()

    out = HERE / "docs" / meta["out"]
    doc = SimpleDocTemplate(str(out), pagesize=letter, title=meta["title"], author=meta["author"],
                            creator=meta["author"], topMargin=inch, bottomMargin=inch)
    doc.build(flow, onFirstPage=on_page, onLaterPages=on_page)
    # fixed dates in the metadata, so the PDF carries its publication date the way real ones do
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(str(out))
    w = PdfWriter()
    for p in r.pages:
        w.add_page(p)
    w.add_metadata({"/Title": meta["title"], "/Author": meta["author"], "/Creator": meta["author"],
                    "/Producer": "ReportLab PDF Library - www.reportlab.com",
                    "/CreationDate": meta["date"], "/ModDate": meta["date"]})
    with open(out, "wb") as f:
        w.write(f)
    print("built", out.name, len(r.pages), "pages")


if __name__ == "__main__":
    import sys
    for k in sys.argv[1:] or DOCS:
        if (HERE / "pdfsrc" / f"{k}.txt").exists():
            build(k)
