"""Fixtures for the Excel export: a tiny hostile survey written with openpyxl, and exported workbooks."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from openpyxl.cell.cell import Cell

SAT = ["Very satisfied", "Satisfied", "Neither satisfied nor dissatisfied", "Dissatisfied", "Very dissatisfied"]
HOSTILE = ['=HYPERLINK("http://x","click")', "+1", "-2", "@SUM(A1)", "#N/A",
           "Call John Smith on 07700 900123 please"]
TEAMS = {"Team A": (7, 3), "Team B": (9, 6), "Team C": (4, 3)}  # team: (size, how many agree)
HOSTILE_HEADER = "=1+1 What else?"


def write_tiny_survey(path: Path) -> Path:
    """20 respondents in three teams (two of them small enough to be suppressed), hostile comments."""
    wb = openpyxl.Workbook()
    ws = wb.active
    header = ["ID", "Which team are you in?", "I feel supported by my manager", "My workload is manageable",
              "How satisfied are you with [Pay]", "How satisfied are you with [Training]",
              "How satisfied are you with [Equipment]", "Any other comments?", HOSTILE_HEADER]
    rows = []
    i = 0
    for team, (size, agree) in TEAMS.items():
        for k in range(size):
            likert = "Agree" if k < agree else ("Disagree" if k % 2 else "Strongly disagree")
            comment = HOSTILE[i] if i < len(HOSTILE) else (
                None if i % 4 == 3 else f"Comment number {i} about the office and the workload")
            rows.append([i + 1, team, likert, ["Yes", "No", "Not applicable"][i % 3],
                         *[SAT[(i + j) % 5] for j in range(3)], comment, f"-{i} reasons, said person {i} at length"])
            i += 1
    for r, values in enumerate([header, *rows], start=1):
        for c, value in enumerate(values, start=1):
            cell = ws.cell(r, c, value)
            if isinstance(value, str):
                cell.data_type = "s"  # the fixture itself must hold text, not formulas
    wb.save(path)
    return path


@pytest.fixture(scope="session")
def tiny_survey(tmp_path_factory):
    """The tiny survey, read."""
    from feedback_gui.core.importing import read_survey

    return read_survey(write_tiny_survey(tmp_path_factory.mktemp("tiny") / "tiny.xlsx"))


@pytest.fixture(scope="session")
def tiny_export(tiny_survey, tmp_path_factory):
    """The tiny survey exported with a breakdown by team: (result, path)."""
    from feedback_gui.core.export import export_workbook

    path = tmp_path_factory.mktemp("tiny_out") / "tiny export.xlsx"
    return export_workbook(tiny_survey, path, by="Which team are you in?"), path


@pytest.fixture(scope="session")
def staff_2023():
    """The bundled 2023 staff survey."""
    from feedback_gui.core.importing import read_survey
    from tests.conftest import SAMPLES

    return read_survey(SAMPLES / "staff_survey_2023.xlsx")


@pytest.fixture(scope="session")
def sample_export(staff_2024, staff_2023, tmp_path_factory):
    """The 2024 staff survey exported with a breakdown by grade and the 2023 wave compared: (result, path, waves)."""
    from feedback_gui.core.export import export_workbook
    from feedback_gui.core.waves import compare_waves

    waves = compare_waves(staff_2023, staff_2024)
    path = tmp_path_factory.mktemp("sample_out") / "staff.xlsx"
    return export_workbook(staff_2024, path, by="grade", waves=waves), path, waves


def all_cells(wb) -> Iterator[Cell]:
    """Every stored cell of every sheet."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            yield from row


def package_parts(path: Path, prefix: str) -> dict[str, str]:
    """The XML parts of an .xlsx whose names start with ``prefix`` (e.g. "xl/charts/")."""
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith(prefix)}


def find_row(ws, text: str, column: int = 1) -> int:
    """The first row whose cell in ``column`` holds exactly ``text``."""
    for row in range(1, ws.max_row + 1):
        if ws.cell(row, column).value == text:
            return row
    raise AssertionError(f"{text!r} not found in {ws.title}")


def header_columns(ws, row: int) -> dict[str, int]:
    """Header text -> column number for a table's header row."""
    return {ws.cell(row, c).value: c for c in range(1, ws.max_column + 1) if ws.cell(row, c).value is not None}
