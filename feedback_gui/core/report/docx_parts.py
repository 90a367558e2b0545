"""Pieces of the Word report: A4 page and styles, page numbers in the footer, tables, pictures with alt text.

python-docx has no API for fields or alt text, so those are written as the WordprocessingML Word
itself writes: a PAGE/NUMPAGES field (``w:fldChar`` begin/separate/end around ``w:instrText``) and the
``descr`` attribute of the picture's ``wp:docPr``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence

from docx.document import Document as DocumentType
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

from feedback_gui.core.report.model import Table

FONT = "Arial"
INK, MUTED, HEADING = RGBColor(0x1F, 0x29, 0x33), RGBColor(0x52, 0x60, 0x6D), RGBColor(0x00, 0x4F, 0x7C)
HEADER_FILL = "E4ECF2"
TEXT_WIDTH = Cm(16)
_FIGURE = re.compile(r"^[-+–]?[\d.,]*%?( \(.*\))?$|^[\d%]+ to [\d%]+$|^\d+ out of \d+$")  # figures align right


def set_up(doc: DocumentType, title: str) -> None:
    """A4 with 2.5 cm margins, Arial throughout, headings in dark blue, page numbers in the footer."""
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.2)
    styles = doc.styles
    normal = styles["Normal"]
    normal.font.name, normal.font.size = FONT, Pt(11)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 26), ("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5)):
        style = styles[name]
        style.font.name, style.font.size = FONT, Pt(size)
        style.font.color.rgb = HEADING
        rfonts = style.element.rPr.rFonts
        for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rfonts.set(qn(attribute), FONT)
        for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(theme), None)
    for name in ("Caption", "Quote", "List Bullet"):
        styles[name].font.name = FONT
    styles["Caption"].font.color.rgb = MUTED
    styles["Quote"].font.color.rgb = INK
    doc.core_properties.title = title
    doc.core_properties.author = doc.core_properties.last_modified_by = "Feedback Analyser"
    _footer(section, title)


def _footer(section, title: str) -> None:  # noqa: ANN001 - a python-docx Section
    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for text, field in ((f"{title} · Page ", None), ("", "PAGE"), (" of ", None), ("", "NUMPAGES")):
        runs = [paragraph.add_run(text)] if field is None else add_field(paragraph, field)
        for run in runs:
            run.font.size, run.font.color.rgb = Pt(9), MUTED


def add_field(paragraph, instruction: str) -> list:  # noqa: ANN001 - a python-docx Paragraph
    """A field (PAGE, NUMPAGES) as Word writes it, one run per part; the shown result is "1" until Word
    updates it. Returns the runs, to be formatted alike."""
    runs = []
    for kind in ("begin", "code", "separate", "result", "end"):
        run = paragraph.add_run("1" if kind == "result" else None)
        if kind == "code":
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {instruction} "
            run._r.append(code)  # noqa: SLF001 - python-docx has no field API
        elif kind != "result":
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), kind)
            run._r.append(mark)  # noqa: SLF001
        runs.append(run)
    return runs


def add_picture(doc: DocumentType, png: bytes, alt_text: str, title: str) -> None:
    """A centred picture the width of the text, with its alt text (``descr``) and title."""
    paragraph = doc.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.keep_with_next = True
    shape = paragraph.add_run().add_picture(io.BytesIO(png), width=TEXT_WIDTH)
    doc_pr = shape._inline.docPr  # noqa: SLF001 - python-docx has no alt-text API
    doc_pr.set("descr", alt_text)
    doc_pr.set("title", title)


def add_table(doc: DocumentType, table: Table, widths: Sequence[float] | None = None) -> None:
    """A table of figures: a shaded, repeated heading row, figures right-aligned, the first column wide."""
    grid = doc.add_table(rows=1, cols=len(table.headings))
    grid.style = doc.styles["Table Grid"]
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    size = Pt(9) if len(table.headings) <= 6 else Pt(8)
    for cell, heading in zip(grid.rows[0].cells, table.headings, strict=True):
        _cell(cell, heading, bold=True, right=False, size=size)
        _shade(cell, HEADER_FILL)
    _repeat_heading(grid.rows[0])
    for row in table.rows:
        cells = grid.add_row().cells
        for n, (cell, text) in enumerate(zip(cells, row, strict=True)):
            _cell(cell, text, bold=False, right=n > 0 and _FIGURE.match(text) is not None, size=size)
    others = len(table.headings) - 1
    first = Cm(widths[0]) if widths else Cm(max(4.5, 16.0 - 2.8 * others))
    rest = int((TEXT_WIDTH - first) / max(1, others))
    grid.autofit = False
    for n, column in enumerate(grid.columns):
        column.width = first if n == 0 else rest  # the grid LibreOffice reads
    for row in grid.rows:
        for n, cell in enumerate(row.cells):
            cell.width = first if n == 0 else rest  # the cell widths Word reads
    doc.add_paragraph().paragraph_format.space_after = Pt(2)


def _cell(cell, text: str, *, bold: bool, right: bool, size: Pt) -> None:  # noqa: ANN001 - a python-docx _Cell
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(text)
    run.font.size = size
    run.bold = bold


def _shade(cell, fill: str) -> None:  # noqa: ANN001
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)  # noqa: SLF001


def _repeat_heading(row) -> None:  # noqa: ANN001 - a python-docx _Row
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)  # noqa: SLF001


def note(doc: DocumentType, text: str) -> None:
    """A small grey note under a figure."""
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.font.size, run.font.color.rgb = Pt(9), MUTED
