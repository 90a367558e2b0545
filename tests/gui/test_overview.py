"""The Overview panel shows the inspectorate's figures for the sample staff survey."""

from __future__ import annotations

from PySide6.QtCore import Qt

from feedback_gui.core.project import Project


def test_overview_shows_openness_headline(window) -> None:  # noqa: ANN001
    overview = window.panels["overview"]
    card = overview.card_for("promotes openness")
    assert card.count_label.text() == "59 out of 81"
    assert card.percent_label.text() == "73%"
    assert card.headline_text() == "59 out of 81 · 73%"
    assert card.interval_label.text() == "95% CI 62–81%"
    assert "nearly three quarters" in card.sentence_label.text()
    assert "59" in card.toolTip() and "81 relevant respondents" in card.toolTip()
    assert card.accessibleName().endswith("59 out of 81 · 73%")


def test_overview_header_and_status_bar(window) -> None:  # noqa: ANN001
    overview = window.panels["overview"]
    assert overview.title.text() == "Staff survey 2024"
    assert overview.summary.text().startswith("81 respondents · 19 headline questions")  # 13 + engagement and eNPS
    assert window.status_survey.text().startswith("81 respondents · One header row")
    assert window.windowTitle().startswith("staff_survey_2024.xlsx")


def test_excluded_answers_are_explained_in_the_tooltip(window) -> None:  # noqa: ANN001
    card = window.panels["overview"].card_for("workload is manageable")
    assert card.headline_text() == "33 out of 79 · 42%"
    assert "2 answered “Not applicable” and are not counted." in card.toolTip()


def test_counting_no_for_workload_updates_the_overview(qtbot, window) -> None:  # noqa: ANN001
    window.show_panel("questions")
    questions = window.panels["questions"]
    workload = window.state.survey.find_question("My workload is manageable")
    questions.select(workload.id)
    chooser = questions.detail.counted
    assert chooser.counted() == ("Yes",)
    chooser.set_checked("No", True)
    chooser.set_checked("Yes", False)
    assert chooser.counted() == ("No",)
    assert questions.detail.figure.text() == "46 out of 79 · 58%"
    row = questions.model.row_of(workload.id)
    assert questions.model.index(row, questions.model.HEADLINE).data() == "58%"
    card = window.panels["overview"].card_for("workload is manageable")
    assert card.count_label.text() == "46 out of 79"
    assert window.state.project.overrides[Project.key(workload.text)].counted == ["No"]
    assert window.isWindowModified()


def test_clicking_a_card_opens_the_question(qtbot, window) -> None:  # noqa: ANN001
    card = window.panels["overview"].card_for("promotes openness")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_panel() == "questions"
    assert window.panels["questions"].detail.question_id == card.question_id
    assert window.panels["questions"].detail.figure.text() == "59 out of 81 · 73%"


def test_enter_on_a_focused_card_opens_the_question(qtbot, window) -> None:  # noqa: ANN001
    card = window.panels["overview"].card_for("bullying or harassment")
    qtbot.keyClick(card, Qt.Key.Key_Return)
    assert window.current_panel() == "questions"
    assert window.panels["questions"].detail.question_id == card.question_id
