#!/usr/bin/env python3
"""Makes the PDF fixtures of Tests/IngestionTests/Fixtures/ from text fixtures.

    python3 Scripts/make-fixture-pdfs.py      (needs fpdf2: pip install fpdf2)

Each PDF is laid out like the published Cyberwellness profiles: the title and the country
centred, the two background figures side by side with their data sources under them,
numbered headings in bold, paragraphs wrapped to the page, list entries, several pages.
The PDFs are committed; CI reads them with poppler's pdftotext and never runs this script.
Also writes a PDF without a text layer (a scan), an encrypted one and a damaged one.
"""

import re
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "Tests/ProfileParsingTests/Fixtures"
OUT = ROOT / "Tests/IngestionTests/Fixtures"

HEADING = re.compile(r"^\d+(\.\d+)*\.? +[A-Z]")
FIGURE = re.compile(r"^(Total Population|Internet users)")
SOURCE = re.compile(r"^\(data source:")


def plain(text):
    """The text without the converter's markup: `<http://…>` autolinks as their address."""
    return re.sub(r"<(https?://[^>]+)>", r"\1", text)


def document(pdf):
    pdf.set_creator("ProfileLedger fixtures")
    # A fixed date, so that the files do not change when the script runs again.
    pdf.set_creation_date(datetime(2015, 1, 1, tzinfo=timezone.utc))
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    return pdf


def render(source, target):
    lines = [line.rstrip() for line in source.read_text(encoding="utf-8").split("\n")]
    blocks = [line for line in lines if line.strip()]
    pdf = document(FPDF())
    width = pdf.w - pdf.l_margin - pdf.r_margin
    figures, sources = [], []
    index = 0
    while index < len(blocks):
        block = plain(blocks[index])
        if index < 2:  # the title and the country, centred
            pdf.set_font("Helvetica", "B", 14)
            pdf.cell(0, 9, block, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif block == "BACKGROUND":
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 7, block, new_x="LMARGIN", new_y="NEXT")
        elif FIGURE.match(block):
            figures.append(block)
        elif SOURCE.match(block):
            sources.append(block)
            if len(sources) == 2 and len(figures) == 2:  # side by side, as published
                pdf.set_font("Helvetica", size=8)
                for row in (figures, sources):
                    pdf.cell(width / 2, 6, row[0])
                    pdf.cell(width / 2, 6, row[1], new_x="LMARGIN", new_y="NEXT")
                pdf.ln(4)
        elif HEADING.match(block):
            pdf.set_font("Helvetica", "B", 10)
            pdf.ln(2)
            pdf.multi_cell(0, 6, block, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", size=10)
            pdf.multi_cell(0, 5, block, new_x="LMARGIN", new_y="NEXT")
            if not block.startswith("- "):
                pdf.ln(5)  # a line's height: a blank line between paragraphs, as published
        index += 1
    pdf.output(str(target))


def scan(target):
    """A page with no text: what a scanner makes, before OCR."""
    pdf = document(FPDF())
    pdf.set_fill_color(200, 200, 200)
    pdf.rect(20, 20, 170, 250, style="F")
    pdf.output(str(target))


def encrypted(source, target):
    pdf = document(FPDF())
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.multi_cell(0, 5, plain(source.read_text(encoding="utf-8")))
    pdf.output(str(target))


def reissue(source, target):
    """Malta's profile as re-issued: a later date, and a strategy adopted since."""
    text = source.read_text(encoding="utf-8")
    for old, new in [
        (
            "A national cybersecurity strategy is being developed by a working group of "
            "government departments, the regulator and industry representatives, and is "
            "expected to be put to public consultation once the draft has been reviewed by "
            "the Cabinet office.",
            "Malta has an officially recognized National Cyber Security Strategy, adopted by "
            "the Cabinet in 2015.",
        ),
        ("Last updated on 12th August 2014", "Last updated on 2nd March 2015"),
    ]:
        assert old in text, old
        text = text.replace(old, new)
    target.write_text(text, encoding="utf-8")


# Each PDF beside the text it was made from, which it reads exactly as.
DOCUMENTS = {
    "malta": SOURCES / "layout-columns-malta.txt",
    "malta-2015": OUT / "malta-2015.txt",
    "uruguay": SOURCES / "layout-columns-uruguay.txt",
    "namibia": SOURCES / "layout-pages-namibia.txt",
}

if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    reissue(SOURCES / "layout-columns-malta.txt", OUT / "malta-2015.txt")
    for name, source in DOCUMENTS.items():
        render(source, OUT / f"{name}.pdf")
        if source.parent != OUT:
            (OUT / f"{name}.txt").write_bytes(source.read_bytes())
    scan(OUT / "scan.pdf")
    encrypted(SOURCES / "layout-columns-malta.txt", OUT / "encrypted.pdf")
    # A PDF with a text layer that is no profile at all.
    plain_pdf = document(FPDF())
    plain_pdf.multi_cell(0, 5, (SOURCES / "error-not-a-profile.txt").read_text(encoding="utf-8"))
    plain_pdf.output(str(OUT / "minutes.pdf"))
    whole = (OUT / "malta.pdf").read_bytes()
    (OUT / "damaged.pdf").write_bytes(whole[: len(whole) // 3])
    for path in sorted(OUT.glob("*.pdf")):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size} bytes")
