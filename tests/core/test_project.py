"""Corrections to inferred types and counted answers, saved in a project and re-applied to the next wave."""

from __future__ import annotations

import json

import pytest

from feedback_gui.core.analysis.proportions import question_result
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.importing import read_survey
from feedback_gui.core.project import Project, load_project, save_project
from feedback_gui.core.schema.overrides import retype, set_counted
from tests.conftest import SAMPLES


def test_retype_and_back():
    survey = read_survey(SAMPLES / "staff_survey_2024.xlsx")
    grade = survey.question("What is your grade?")
    assert grade.type == "demographic"
    as_text = retype(survey, grade.id, "free_text")
    assert as_text.type == "free_text" and as_text.overridden
    again = retype(survey, grade.id, "single_choice")
    assert question_result(survey, again).counts["Other"] == 3
    assert again.inferred_type == "demographic"


def test_counting_a_different_answer():
    survey = read_survey(SAMPLES / "staff_survey_2024.xlsx")
    workload = set_counted(survey, survey.question("My workload is manageable").id, ["No"])
    assert question_result(survey, workload).headline.numerator == 46
    with pytest.raises(ValueError, match="Maybe"):
        set_counted(survey, workload.id, ["Maybe"])


def test_project_round_trip_reapplies_to_next_wave(tmp_path):
    survey = read_survey(SAMPLES / "staff_survey_2024.xlsx")
    project = Project()
    retype(survey, survey.question("What is your grade?").id, "single_choice")
    project.record("What is your grade?", type="single_choice")
    project.record("My workload is manageable", counted=["No"])
    path = save_project(project, tmp_path / "suffolk.fbproj")
    assert not list(tmp_path.glob("*.tmp"))  # the temporary file was renamed over the target
    restored = load_project(path)

    older = read_survey(SAMPLES / "staff_survey_2023.xlsx")
    changed = restored.apply(older)
    assert older.question("What is your grade?").type == "single_choice"
    workload = older.question("My workload is manageable")
    assert workload.counted == ("No",) and workload.id in changed
    assert question_result(older, workload).headline.numerator == 38  # 38 out of 74 relevant in 2023


def test_damaged_project_gives_a_clear_error(tmp_path):
    broken = tmp_path / "broken.fbproj"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(FeedbackError, match="cannot be read"):
        load_project(broken)
    other = tmp_path / "other.fbproj"
    other.write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    with pytest.raises(FeedbackError, match="not a Feedback Analyser project"):
        load_project(other)
