"""Columns with more distinct answers than any answer list (free text) are read as text; nothing is lost."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import Workbook

from feedback_gui.core.importing import read_survey
from feedback_gui.core.importing.text_files import TEXT_DISTINCT

ROWS = TEXT_DISTINCT + 500
LIKERT = ["Strongly agree", "Agree", "Disagree", "Strongly disagree"]


def _rows() -> list[list[str]]:
    rows = [["How satisfied are you with your team?", "Any other comments?", "What is your grade?"]]
    for i in range(ROWS):
        comment = "" if i % 7 == 0 else ("   " if i % 11 == 0 else f"Comment number {i}, about my caseload.")
        rows.append([LIKERT[i % 4], comment, ["PO", "PSO", "SPO"][i % 3]])
    return rows


def _write(path: Path) -> Path:
    rows = _rows()
    if path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
    else:
        book = Workbook()
        for row in rows:
            book.active.append([v or None for v in row])
        book.save(path)
    return path


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_many_distinct_answers_are_read_as_text(tmp_path: Path, suffix: str) -> None:
    survey = read_survey(_write(tmp_path / f"survey{suffix}"))
    assert survey.respondents == ROWS
    comments = survey.find_question("Any other comments?")
    assert comments.type == "free_text"
    text = survey.responses[comments.column]
    expected = [None if i % 7 == 0 or i % 11 == 0 else f"Comment number {i}, about my caseload." for i in range(ROWS)]
    assert [None if v != v else v for v in text.tolist()] == expected  # blank and whitespace-only cells are missing
    likert = survey.find_question("How satisfied are you with your team?")
    assert likert.type == "likert" and survey.responses[likert.column].dtype == "category"
    assert survey.responses[likert.column].value_counts().to_dict() == {o: ROWS // 4 for o in LIKERT}
