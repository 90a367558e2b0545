"""The export's own save writes the same workbook as openpyxl's, and lets go of the cells afterwards."""

from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook, load_workbook

from feedback_gui.core.export.writer import release, save_workbook


def _book() -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "Comments"
    for row in range(1, 300):  # written out of order, with gaps and a styled empty row
        ws.cell(row=301 - row, column=(row % 5) + 1, value=f"comment {row}")
    ws.cell(row=1, column=7, value=3.5)
    ws.row_dimensions[400].height = 30
    other = wb.create_sheet("Other")
    other["B2"] = "text"
    other.merge_cells("A5:C5")
    other.row_dimensions[3].height = 25  # a styled row without cells, between rows with cells
    other.row_dimensions[1].height = 12  # and one before them
    return wb


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"}


def test_the_same_file_as_openpyxl_writes(tmp_path: Path) -> None:
    wb = _book()
    wb.save(tmp_path / "openpyxl.xlsx")
    save_workbook(wb, tmp_path / "ours.xlsx")
    assert _members(tmp_path / "ours.xlsx") == _members(tmp_path / "openpyxl.xlsx")
    ws = load_workbook(tmp_path / "ours.xlsx")["Comments"]
    assert ws.cell(row=300, column=2).value == "comment 1" and ws["G1"].value == 3.5


def test_a_sheet_with_only_styled_rows(tmp_path: Path) -> None:
    wb = Workbook()
    wb.active.row_dimensions[3].height = 40
    wb.save(tmp_path / "openpyxl.xlsx")
    save_workbook(wb, tmp_path / "ours.xlsx")
    assert _members(tmp_path / "ours.xlsx") == _members(tmp_path / "openpyxl.xlsx")


def test_release_empties_the_sheets(tmp_path: Path) -> None:
    wb = _book()
    save_workbook(wb, tmp_path / "book.xlsx")
    release(wb)
    assert all(not ws._cells for ws in wb.worksheets)  # noqa: SLF001
