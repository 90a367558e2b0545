"""The export run in a separate process writes the same workbook, reports errors the same way, and cancels."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from feedback_gui.core.comments import analyse_comments, built_in_codebook
from feedback_gui.core.comments.inputs import comment_inputs
from feedback_gui.core.errors import Cancelled, FeedbackError
from feedback_gui.core.export import export_workbook
from feedback_gui.core.export.elsewhere import export_elsewhere

from .conftest import HOSTILE


def _values(path: Path) -> dict[str, list[tuple]]:
    wb = openpyxl.load_workbook(path)
    return {ws.title: [tuple(c.value for c in row) for row in ws.iter_rows()] for ws in wb.worksheets}


def test_the_same_workbook_as_exporting_here(tiny_survey, tmp_path: Path) -> None:  # noqa: ANN001
    analysis = analyse_comments(comment_inputs(tiny_survey), built_in_codebook("staff"), redact=True, workers=1)
    here = export_workbook(tiny_survey, tmp_path / "here.xlsx", by="Which team are you in?", comments=analysis)
    fractions: list[float] = []
    there = export_elsewhere(tiny_survey, tmp_path / "there.xlsx", by="Which team are you in?", comments=analysis,
                             progress=fractions.append)
    assert there.sheets == here.sheets and there.charts == here.charts and there.suppressed == here.suppressed
    assert _values(tmp_path / "there.xlsx") == _values(tmp_path / "here.xlsx")
    assert fractions[-1] == 1.0 and max(fractions) == 1.0
    comments = _values(tmp_path / "there.xlsx")["Comments"]
    assert any(HOSTILE[0] in str(v) for row in comments for v in row)  # respondent text went across whole


def test_an_error_in_the_other_process_is_the_same_one_line_error(tiny_survey, tmp_path: Path) -> None:  # noqa: ANN001
    with pytest.raises(FeedbackError) as here:
        export_workbook(tiny_survey, tmp_path / "out.xlsx", by="No such question")
    with pytest.raises(FeedbackError) as there:
        export_elsewhere(tiny_survey, tmp_path / "out.xlsx", by="No such question")
    assert str(there.value) == str(here.value) and "\n" not in str(there.value)
    assert not (tmp_path / "out.xlsx").exists()


def test_cancel_stops_the_other_process_and_leaves_no_file(tiny_survey, tmp_path: Path) -> None:  # noqa: ANN001
    calls = [0]

    def progress(_fraction: float) -> None:
        calls[0] += 1
        if calls[0] > 3:
            raise Cancelled

    with pytest.raises(Cancelled):
        export_elsewhere(tiny_survey, tmp_path / "out.xlsx", progress=progress)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.slow
def test_comments_the_app_has_not_analysed_are_analysed_there_with_processes_of_its_own(tmp_path: Path) -> None:
    from feedback_gui.core.comments.workers import PARALLEL_THRESHOLD
    from feedback_gui.core.importing import read_survey

    n = PARALLEL_THRESHOLD + 10  # enough comments for the analysis to start processes of its own
    words = ["workload", "manager", "training", "office", "support", "IT"]
    rows = ["Team,I feel supported by my manager,Any other comments?"]
    rows += [f"{'AB'[i % 2]},{['Agree', 'Disagree'][i % 3 == 0]},The {words[i % 6]} is {['good', 'poor'][i % 2]} {i}"
             for i in range(n)]
    source = tmp_path / "large.csv"
    source.write_text("\n".join(rows), encoding="utf-8")
    result = export_elsewhere(read_survey(source), tmp_path / "large.xlsx", sheets=["summary", "comments"])
    assert "Comments" in result.sheets
    sheet = openpyxl.load_workbook(tmp_path / "large.xlsx", read_only=True)["Comments"]
    texts = [v for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str) and v.startswith("The ")]
    assert len(texts) == n
