"""The confidence level chosen in the settings is the one the intervals use and the one their labels name."""

from __future__ import annotations

import openpyxl
import pytest

from feedback_gui.core.analysis.breakdown import breakdown
from feedback_gui.core.analysis.proportions import question_result, wilson_interval
from feedback_gui.core.analysis.wording import confidence_text
from feedback_gui.core.export import export_workbook
from feedback_gui.core.settings import AnalysisSettings
from tests.core.export.conftest import find_row, header_columns

OPENNESS = "The PDU has a culture that promotes openness and constructive challenge"
SKILLS = "I am allocated cases that I have the appropriate skills, knowledge and experience to manage"
NINETY = AnalysisSettings(confidence=0.90)


@pytest.mark.parametrize(("level", "text"), [(0.90, "90%"), (0.95, "95%"), (0.99, "99%"), (0.999, "99.9%")])
def test_confidence_text(level: float, text: str) -> None:
    assert confidence_text(level) == text


def test_a_90_per_cent_headline_has_a_narrower_interval_and_says_90(staff_2024) -> None:
    question = staff_2024.find_question(OPENNESS)
    default = question_result(staff_2024, question).headline
    ninety = question_result(staff_2024, question, settings=NINETY).headline
    assert (ninety.numerator, ninety.denominator) == (default.numerator, default.denominator) == (59, 81)
    assert default.confidence == 0.95 and ninety.confidence == 0.90
    assert default.ci95[0] < ninety.ci95[0] < ninety.percent < ninety.ci95[1] < default.ci95[1]
    assert ninety.ci95 == pytest.approx(wilson_interval(59, 81, 0.90))
    assert confidence_text(ninety.confidence) == "90%"
    data = ninety.to_dict()
    assert data["ci95"] == list(ninety.ci95) and data["confidence"] == 0.90  # the key keeps its name


def test_breakdown_groups_carry_the_level_and_who_was_left_out(staff_2024) -> None:
    question = staff_2024.find_question(SKILLS)
    by = staff_2024.find_question("What is your grade?")
    default = breakdown(staff_2024, question, by)
    ninety = breakdown(staff_2024, question, by, settings=NINETY)
    assert ninety.total.confidence == 0.90 and default.total.confidence == 0.95
    assert (ninety.total.numerator, ninety.total.relevant) == (47, 50)
    low, high = ninety.total.ci95
    assert default.total.ci95[0] < low and high < default.total.ci95[1]
    assert ninety.total.excluded == {"Not applicable": 31}
    assert ninety.total.respondents == 81 and ninety.total.unanswered == 0
    for group in ninety.groups:
        assert group.confidence == 0.90
        if not group.suppressed:
            assert group.respondents == group.relevant + sum(group.excluded.values()) + group.unanswered
        else:
            assert group.excluded is None and group.to_dict()["counts"] is None


def test_export_headers_name_the_level_used(staff_2024, tmp_path) -> None:
    path = tmp_path / "ninety.xlsx"
    export_workbook(staff_2024, path, sheets=["summary"], settings=NINETY)
    ws = openpyxl.load_workbook(path)["Summary"]
    cols = header_columns(ws, find_row(ws, "Question"))
    assert "90% interval from" in cols and "90% interval to" in cols
    assert not any("95%" in str(name) for name in cols)
    notes = [ws.cell(r, 1).value or "" for r in range(1, find_row(ws, "Question"))]
    assert any("The 90% interval is a Wilson score interval" in note for note in notes)
