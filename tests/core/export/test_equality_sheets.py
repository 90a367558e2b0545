"""The Equality sheets of the User Voice export, against the equality report of the same survey."""

from __future__ import annotations

import openpyxl
import pytest
from openpyxl.utils import get_column_letter, quote_sheetname

from feedback_gui.core.export import export_workbook
from feedback_gui.core.export.cells import SUPPRESSED
from tests.conftest import SAMPLES
from tests.core.export.conftest import all_cells, find_row, header_columns


@pytest.fixture(scope="module")
def exported(user_voice, tmp_path_factory):
    from feedback_gui.core.equality import equality_report, read_reference

    report = equality_report(user_voice, read_reference(SAMPLES / "caseload_profile.csv"))
    path = tmp_path_factory.mktemp("equality") / "uv.xlsx"
    result = export_workbook(user_voice, path, sheets=["equality"], equality=report)
    return report, result, openpyxl.load_workbook(path)


def test_who_answered_matches_the_report(exported):
    report, result, book = exported
    assert result.sheets == ("Who answered", "Who is treated differently")
    ws = book["Who answered"]
    header = find_row(ws, "Characteristic")
    cols = header_columns(ws, header)
    row = header + 1
    for item in report.representativeness.characteristics:
        for g in item.groups:
            assert ws.cell(row, cols["Group"]).value == g.group
            assert ws.cell(row, cols["Respondents"]).value == g.respondents
            assert ws.cell(row, cols["% of respondents"]).value == pytest.approx(g.respondent_percent / 100)
            assert ws.cell(row, cols["Representation"]).value == g.flag
            row += 1
    female = next(r for r in range(header + 1, row) if ws.cell(r, cols["Group"]).value == "Female")
    assert ws.cell(female, cols["Respondents"]).value == 2  # as the inspection report prints it
    assert ws.cell(female, cols["% of population"]).value == pytest.approx(0.127, abs=0.001)
    (chart,) = ws._charts
    letter = get_column_letter(cols["% of population"])
    assert chart.series[1].val.numRef.f == f"{quote_sheetname(ws.title)}!${letter}${header + 1}:${letter}${row - 1}"


def test_differences_hide_every_suppressed_comparison(exported):
    report, _, book = exported
    ws = book["Who is treated differently"]
    header = find_row(ws, "Question")
    cols = header_columns(ws, header)
    rates = report.disproportionality.to_dict()
    cells = [cell for row in rates["cells"] for cell in row]
    assert ws.max_row - header == len(cells)
    suppressed = 0
    for row, cell in enumerate(cells, start=header + 1):
        figures = [ws.cell(row, cols[name]).value for name in ("Group %", "Others %", "Relative rate index",
                                                                 "95% interval from", "95% interval to", "p value")]
        if cell["suppressed"]:
            suppressed += 1
            assert figures == [SUPPRESSED] * 6
        elif cell["comparison"]:
            c = cell["comparison"]
            assert figures[0] == pytest.approx(c["group_percent"] / 100)
            assert figures[2] == pytest.approx(c["rri"])
    assert suppressed > 0
    assert f"{SUPPRESSED} marks {suppressed} comparisons not shown" in ws["A3"].value
    assert all(c.data_type != "f" for c in all_cells(book))
