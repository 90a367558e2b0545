"""The default counted answers of rating scales, a field of AnalysisSettings (top two boxes, or top box only)."""

from __future__ import annotations

import pytest

from feedback_gui.core.analysis.proportions import question_result
from feedback_gui.core.importing import read_survey
from feedback_gui.core.project import Project
from feedback_gui.core.resources import sample_path
from feedback_gui.core.schema.counted_default import TOP_BOX, TOP_TWO, apply_default
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings

OPENNESS = "The PDU has a culture that promotes openness and constructive challenge"
VISION = "The vision and strategy"


@pytest.fixture
def staff():  # noqa: ANN201 - a fresh survey: the default is applied in place
    return read_survey(sample_path("staff_survey_2024.xlsx"))


def _headline(survey, text: str) -> str:  # noqa: ANN001
    question = survey.find_question(text)
    headline = question_result(survey, question).headline
    return f"{headline.numerator} out of {headline.denominator}"


def test_the_default_is_the_top_two_boxes() -> None:
    assert DEFAULT_SETTINGS.counted_default == TOP_TWO


def test_top_box_counts_strongly_agree_only_and_top_two_puts_it_back(staff) -> None:  # noqa: ANN001
    assert _headline(staff, OPENNESS) == "59 out of 81"  # the report's figure (top two boxes)
    changed = apply_default(staff, Project(), AnalysisSettings(counted_default=TOP_BOX).counted_default)
    assert staff.find_question(OPENNESS).id in changed
    assert staff.find_question(OPENNESS).counted == ("Strongly agree",)
    assert _headline(staff, OPENNESS) == "18 out of 81"
    apply_default(staff, None, TOP_TWO)  # no project (the command line): every rating scale follows
    assert staff.find_question(OPENNESS).counted == ("Strongly agree", "Agree")
    assert _headline(staff, OPENNESS) == "59 out of 81"


def test_a_question_the_user_set_keeps_its_counted_answers(staff) -> None:  # noqa: ANN001
    project = Project()
    vision = staff.find_question(VISION)
    project.record(vision.text, counted=list(vision.options[:3]))
    apply_default(staff, project, TOP_BOX)
    assert staff.find_question(VISION).counted == vision.counted  # left alone: the user's choice is re-applied
    assert staff.find_question(OPENNESS).counted == ("Strongly agree",)


def test_an_unknown_default_is_refused() -> None:
    with pytest.raises(ValueError, match="counted_default must be one of top_two, top_box"):
        AnalysisSettings(counted_default="top_three")
