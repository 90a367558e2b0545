"""Showing a survey, or choosing a question, works out the question's chart and breakdown once, not twice."""

from __future__ import annotations

from feedback_gui.core.resources import sample_path

from .conftest import open_and_wait


def _counting(window) -> list[str]:  # noqa: ANN001
    calls: list[str] = []
    real = window.state.breakdown

    def counted(question_id: str, by_id: str):  # noqa: ANN202
        calls.append(question_id)
        return real(question_id, by_id)

    window.state.breakdown = counted
    return calls


def test_the_first_question_is_broken_down_once_when_a_survey_is_shown(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    calls = _counting(window)
    open_and_wait(qtbot, window, sample_path("staff_survey_2024.xlsx"))
    panel = window.panels["questions"]
    assert calls == [panel.detail.question_id] and panel.detail.breakdown.model.rowCount() > 0
    open_and_wait(qtbot, window, sample_path("staff_survey_2023.xlsx"))  # the same question kept: shown again, once
    assert calls == [panel.detail.question_id] * 2


def test_choosing_a_question_breaks_it_down_once(window) -> None:  # noqa: ANN001
    calls = _counting(window)
    window.show_panel("questions")
    panel = window.panels["questions"]
    question = window.state.survey.find_question("promotes openness")
    panel.select(question.id)
    assert calls == [question.id] and question.text in panel.detail.title.text()
    panel.select(question.id)  # already the current row: shown again, once
    assert calls == [question.id] * 2
