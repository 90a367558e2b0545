"""A large survey is read in a process of its own; the app gets the same survey, errors and Cancel."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pandas as pd
import pytest

from feedback_gui.core.errors import Cancelled, UnreadableFileError
from feedback_gui.core.resources import sample_path
from feedback_gui.gui import loading


@pytest.fixture
def everything_is_large(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(loading, "ELSEWHERE_BYTES", 0)


@pytest.mark.slow
def test_the_same_survey_and_results_as_reading_here(everything_is_large) -> None:  # noqa: ANN001
    seen: list[float] = []
    elsewhere = loading.load_survey(sample_path("user_voice_2024.xlsx"), seen.append)
    loading.ELSEWHERE_BYTES = 10**12  # (the fixture puts it back)
    local = loading.load_survey(sample_path("user_voice_2024.xlsx"), lambda _f: None)
    pd.testing.assert_frame_equal(elsewhere.survey.responses, local.survey.responses)
    assert elsewhere.survey.questions == local.survey.questions
    assert elsewhere.survey.layout == local.survey.layout and elsewhere.results == local.results
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)


@pytest.mark.slow
def test_a_file_error_arrives_as_the_same_error(everything_is_large, tmp_path: Path) -> None:  # noqa: ANN001
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(UnreadableFileError) as caught:
        loading.load_survey(broken, lambda _f: None)
    assert caught.value.path.name == "broken.xlsx" and str(caught.value).startswith("broken.xlsx: ")


@pytest.mark.slow
def test_cancel_stops_the_reading_process(everything_is_large) -> None:  # noqa: ANN001
    def cancel(_fraction: float) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        loading.load_survey(sample_path("staff_survey_2024.xlsx"), cancel)
    assert not [p for p in multiprocessing.active_children() if p.name == "feedback-gui-reader"]


@pytest.mark.slow
def test_the_project_corrections_are_applied_in_the_reading_process(everything_is_large) -> None:  # noqa: ANN001
    from feedback_gui.core.project import Project
    from feedback_gui.core.survey import QuestionType

    project = Project()
    project.record("What is your grade?", type=QuestionType.FREE_TEXT)
    elsewhere = loading.load_survey(sample_path("staff_survey_2024.xlsx"), lambda _f: None, project=project)
    grade = next(q for q in elsewhere.survey.questions if q.text == "What is your grade?")
    assert grade.type == QuestionType.FREE_TEXT and elsewhere.reapplied == [grade.id]
    assert elsewhere.results[grade.id].type == QuestionType.FREE_TEXT and elsewhere.results[grade.id].headline is None
