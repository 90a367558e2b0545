"""Breakdowns count all groups in one pass; the figures must be those of counting each group's rows alone."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from feedback_gui.core.analysis.breakdown import _figures, _suppressed, breakdown, group_labels
from feedback_gui.core.settings import DEFAULT_SETTINGS
from feedback_gui.core.survey import Layout, Question, QuestionType, Survey

BREAKABLE = {"likert", "yes_no", "single_choice", "multi_choice", "demographic"}


def _reference(survey: Survey, question: Question, by: Question) -> list[tuple]:
    """Each group's figures, counted group by group (the breakdown's original algorithm)."""
    groups = group_labels(survey, by)
    order = [o for o in by.options if o not in by.excluded] + ["Not stated"]
    present = [g for g in order if (groups == g).any()] + sorted(set(groups) - set(order))
    out = []
    for g in present:
        fig = _figures(survey, question, groups.index[groups == g], tuple(question.counted), DEFAULT_SETTINGS)
        out.append((g, fig.respondents, fig.relevant, fig.numerator, fig.counts, fig.percent))
    return out


def _check(survey: Survey, question: Question, by: Question) -> None:
    expected = _reference(survey, question, by)
    result = breakdown(survey, question, by)
    assert [g.group for g in result.groups] == [e[0] for e in expected]
    hidden = _suppressed({e[0]: e[2] or 0 for e in expected}, DEFAULT_SETTINGS.suppression_threshold)
    for group, want in zip(result.groups, expected, strict=True):
        if want[0] in hidden:
            assert group.suppressed and group.relevant is None
        else:
            assert (group.group, group.respondents, group.relevant, group.numerator, group.counts) == want[:5]
            assert group.percent == pytest.approx(want[5]) if want[5] is not None else group.percent is None


@pytest.mark.parametrize("fixture", ["staff_2024", "user_voice"])
def test_every_breakdown_of_the_samples_matches_counting_each_group(fixture: str, request) -> None:  # noqa: ANN001
    survey = request.getfixturevalue(fixture)
    for by in survey.demographics:
        for question in survey.questions:
            if question.type in BREAKABLE and question.id != by.id:
                _check(survey, question, by)


def test_blanks_declined_and_unexpected_answers_form_the_right_groups() -> None:
    rng = np.random.default_rng(3)
    n = 2000
    answers = np.array(["Agree", "Disagree", "Not applicable", None, "Strongly agree"], dtype=object)
    region = np.array(["North", "South", "Prefer not to say", None, "Atlantis"], dtype=object)
    frame = pd.DataFrame({
        "q": pd.Categorical(answers[rng.integers(0, 5, n)], categories=["Strongly agree", "Agree", "Disagree",
                                                                      "Not applicable"]),
        "region": pd.Series(region[rng.integers(0, 5, n)], dtype="object"),  # not categorical: the slow path
    })
    q = Question("q", "Q", QuestionType.LIKERT, ("q",), ("Strongly agree", "Agree", "Disagree"),
                 ("Not applicable",), ("Strongly agree", "Agree"))
    by = Question("region", "Region", QuestionType.DEMOGRAPHIC, ("region",), ("South", "North"),
                  ("Prefer not to say",))
    survey = Survey(Path("synthetic.csv"), frame, [q, by], Layout("single header", 1, 0, 0))
    _check(survey, q, by)
    assert [g.group for g in breakdown(survey, q, by).groups] == ["South", "North", "Not stated", "Atlantis"]
