"""The building blocks: text cells that never become formulas, valid sheet names, colour-blind-safe colours."""

from __future__ import annotations

import openpyxl
import openpyxl.xml
import pytest

from feedback_gui.core.export.cells import MAX_CELL_TEXT, Percent, put
from feedback_gui.core.export.charts import OKABE_ITO, scale_colours, series_colours
from feedback_gui.core.export.names import SheetNames, clean_sheet_name, item_label, short_label

RISKY = ['=HYPERLINK("http://x","click")', "+1", "-2", "@SUM(A1)", "\tcmd", "\rcarriage", "=1+1", "#DIV/0!"]


def test_risky_text_is_saved_and_read_back_as_the_same_text(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row, text in enumerate(RISKY, start=1):
        put(ws.cell(row, 1), text)
    put(ws.cell(1, 2), Percent(73.5))
    put(ws.cell(2, 2), 59)
    wb.save(tmp_path / "t.xlsx")
    back = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    for row, text in enumerate(RISKY, start=1):
        cell = back.cell(row, 1)
        # openpyxl on lxml (which python-pptx and python-docx bring) writes CR as &#13; and keeps it; on the
        # standard library's XML a bare CR is read back as LF
        expected = text if openpyxl.xml.LXML else text.replace("\r", "\n")
        assert cell.data_type == "s" and cell.value == expected
        assert cell.quotePrefix == (text[0] in "=+-@\t\r")
    assert back["B1"].value == pytest.approx(0.735) and back["B1"].number_format == "0%"
    assert back["B2"].value == 59 and back["B2"].data_type == "n"


def test_text_excel_cannot_hold_is_cleaned():
    ws = openpyxl.Workbook().active
    put(ws["A1"], "bell\x07 and null\x00 gone")
    assert ws["A1"].value == "bell and null gone"
    put(ws["A2"], "x" * 40_000)
    assert len(ws["A2"].value) == MAX_CELL_TEXT and ws["A2"].value.endswith("…")


def test_sheet_names_are_valid_short_and_unique():
    names = SheetNames()
    taken = [names.take(t) for t in ["Summary", "summary", "What is your grade? [Band]: A/B*", "'Quoted'",
                                     "A very long question text that goes on and on", "History", ""]]
    assert taken[0] == "Summary" and taken[1] == "summary (2)"
    assert taken[2] == "What is your grade Band A B"
    assert taken[3] == "Quoted"
    assert len(taken[4]) <= 31 and taken[4] == "A very long question text that"
    assert taken[5] == "Sheet History" and taken[6] == "Sheet"
    for name in taken:
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\'")
    assert len({n.casefold() for n in taken}) == len(taken)
    assert clean_sheet_name("x" * 40) == "x" * 31


def test_labels_for_charts_and_matrix_items():
    assert short_label("My workload is manageable") == "My workload is manageable"
    label = short_label("I have access to the range of services required to meet the risks and needs")
    assert label == "I have access to the range of services…" and len(label) <= 40
    assert item_label("How satisfied are you with [Pay]", "How satisfied are you with") == "Pay"
    assert item_label("Support needed - Housing", "Support needed") == "Housing"
    assert item_label("Unrelated text", "Support needed") == "Unrelated text"


def test_colours_come_from_the_okabe_ito_palette():
    assert set(series_colours(8)) == set(OKABE_ITO)
    assert series_colours(9)[8] == series_colours(9)[0]
    five = scale_colours(5)
    assert five == ["0072B2", "56B4E9", "BBBBBB", "E69F00", "D55E00"]
    assert scale_colours(5, positive_first=False) == five[::-1]
    eleven = scale_colours(11)
    assert len(set(eleven)) == 11 and eleven[0] == "0072B2" and eleven[5] == "BBBBBB" and eleven[-1] == "D55E00"
