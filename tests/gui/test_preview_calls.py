"""The import preview puts the calls the app is unsure of first, says why each question has its type and how
sure the app is, and changes a call with one click and a choice (undoable, saved in the project)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from feedback_gui.core.project import Project
from feedback_gui.core.survey import QuestionType
from feedback_gui.gui.preview import PreviewModel
from tests.conftest import DATA

from .conftest import WAIT_MS, open_and_wait

AWAY_DAY, NOTHING, TEAM = "Did you attend the away day?", "Anything else?", "Which team are you in?"
VALUED, PART_TIME, STAMP = "I feel valued at work", "Do you work part time?", "Timestamp"
SCALE = ["Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree"]


@pytest.fixture
def doubtful_csv(tmp_path: Path) -> Path:
    """20 respondents, as Google Forms writes them. Low confidence: a yes/no question only 3 answered (fewer than
    the 5 answers a call from the answers needs) and a question nobody answered; medium: a question naming a
    demographic (team); high: an agreement scale, a yes/no question all answered, the timestamp. The low calls
    come after high ones in the file, so listing them first is a real reordering."""
    path = tmp_path / "doubtful.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow([STAMP, TEAM, VALUED, PART_TIME, AWAY_DAY, NOTHING])
        for i in range(20):
            writer.writerow([f"2024-03-{i + 1:02d} 10:{i:02d}:00", ["North", "South", "East"][i % 3], SCALE[i % 5],
                             ["Yes", "No"][i % 2], ["Yes", "No", "Yes"][i] if i < 3 else "", ""])
    return path


def _column(dialog, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> list:  # noqa: ANN001
    model = dialog.model
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def _row(dialog, text: str, column: int):  # noqa: ANN001, ANN202
    return dialog.model.index(dialog.row_of_text(text), column).data()


@pytest.fixture
def doubtful(qtbot, make_window, doubtful_csv):  # noqa: ANN001, ANN201
    """The window with the doubtful survey open, and its Question types dialog."""
    window = make_window()
    open_and_wait(qtbot, window, doubtful_csv)
    return window, window.show_question_types()


def test_unsure_calls_are_listed_first_with_their_reason_and_a_marker(doubtful) -> None:  # noqa: ANN001
    window, dialog = doubtful
    assert dialog.rows() == [AWAY_DAY, NOTHING, TEAM, VALUED, PART_TIME, STAMP]
    reportable = [q.text for q in window.state.survey.doubtful_first()]
    assert [t for t in dialog.rows() if t in reportable] == reportable  # the core's order, metadata added last
    assert _column(dialog, PreviewModel.CONFIDENCE) == ["Low", "Low", "Medium", "High", "High", "High"]
    assert _column(dialog, PreviewModel.REASON)[:4] == [
        "Yes/No answers", "No answers in the file", "The question names a demographic ('team'); 3 options",
        "5-point agreement scale (Strongly agree … Strongly disagree)"]
    assert _column(dialog, PreviewModel.TYPE)[:3] == ["Yes / No", "Single choice", "Demographic"]
    # not colour alone: an icon beside the word for low and medium, and a sentence for screen readers
    icons = _column(dialog, PreviewModel.CONFIDENCE, Qt.ItemDataRole.DecorationRole)
    assert [icon is not None and not icon.isNull() for icon in icons] == [True, True, True, False, False, False]
    spoken = _column(dialog, PreviewModel.CONFIDENCE, Qt.ItemDataRole.AccessibleTextRole)
    assert spoken[0] == "Low confidence: the app is unsure of this type"
    assert spoken[2] == "Medium confidence: the app is fairly sure of this type"
    assert dialog.summary.text() == ("3 calls the app is unsure of (2 low confidence, 1 medium), listed first: "
                                     "check each and change the type if it is wrong.")
    assert dialog.why.text() == ("“Did you attend the away day?”: Yes / No. Yes/No answers. "
                                 "Low confidence: the app is unsure of this type.")


@pytest.mark.parametrize(("name", "summary"), [
    ("limesurvey.csv", "Every question was read with confidence."),
    ("tabs.tsv", "1 call the app is unsure of (medium confidence), listed first: check it and change the type if "
                 "it is wrong."),
    ("exit_survey.csv", "4 calls the app is unsure of (medium confidence), listed first: check each and change "
                        "the type if it is wrong."),
])
def test_the_summary_counts_the_calls_the_app_is_unsure_of(qtbot, make_window, name, summary) -> None:  # noqa: ANN001
    window = make_window()
    open_and_wait(qtbot, window, DATA / "layouts" / name)
    dialog = window.show_question_types()
    assert dialog.summary.text() == summary
    confidences = _column(dialog, PreviewModel.CONFIDENCE)
    assert confidences == sorted(confidences, key=["Low", "Medium", "High"].index)
    unsure = int(summary.split()[0]) if summary[0].isdigit() else 0
    assert sum(c != "High" for c in confidences) == unsure


def _click_and_choose(qtbot, dialog, text: str, type_name: str) -> None:  # noqa: ANN001
    """One click on the question's Type cell opens the list of types; a click on ``type_name`` chooses it."""
    table, row = dialog.table, dialog.row_of_text(text)
    cell = table.visualRect(dialog.model.index(row, PreviewModel.TYPE))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    qtbot.waitUntil(lambda: table.type_editor(row) is not None and table.type_editor(row).view().isVisible(),
                    timeout=WAIT_MS)
    editor = table.type_editor(row)
    view = editor.view()
    choice = editor.findText(type_name)
    item = view.visualRect(editor.model().index(choice, 0)).center()
    qtbot.mouseMove(view.viewport(), item)  # a release right after the list opened, without a move, is ignored
    qtbot.waitUntil(lambda: view.currentIndex().row() == choice, timeout=WAIT_MS)  # the list followed the move
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=item)


def test_one_click_and_a_choice_change_a_call_and_undo_restores_the_importers_note(qtbot, doubtful) -> None:  # noqa: ANN001
    window, dialog = doubtful
    state = window.state
    question = state.survey.find_question(AWAY_DAY)
    _click_and_choose(qtbot, dialog, AWAY_DAY, "Single choice")
    qtbot.waitUntil(lambda: state.question(question.id).type == QuestionType.SINGLE_CHOICE, timeout=WAIT_MS)
    assert dialog.rows()[0] == AWAY_DAY  # the row keeps its place
    assert [_row(dialog, AWAY_DAY, c) for c in (PreviewModel.TYPE, PreviewModel.CONFIDENCE, PreviewModel.REASON)] == [
        "Single choice", "Your choice", "Chosen by the user; the app read it as Yes / No (Yes/No answers)"]
    assert dialog.model.index(0, PreviewModel.CONFIDENCE).data(Qt.ItemDataRole.DecorationRole) is None
    assert dialog.summary.text() == ("2 calls the app is unsure of (1 low confidence, 1 medium), listed first: "
                                     "check each and change the type if it is wrong. You chose 1 type.")
    # the same undoable command as every type change, recorded in the project
    assert state.undo_stack.count() == 1
    assert state.undo_stack.undoText() == f"change type of “{AWAY_DAY}”"
    assert state.project.overrides[Project.key(AWAY_DAY)].type == "single_choice"
    assert window.isWindowModified()

    state.undo_stack.undo()
    assert state.question(question.id) == question
    assert [_row(dialog, AWAY_DAY, c) for c in (PreviewModel.TYPE, PreviewModel.CONFIDENCE, PreviewModel.REASON)] == [
        "Yes / No", "Low", "Yes/No answers"]
    assert dialog.summary.text().startswith("3 calls the app is unsure of (2 low confidence, 1 medium)")
    assert Project.key(AWAY_DAY) not in state.project.overrides and not window.isWindowModified()

    state.undo_stack.redo()
    assert _row(dialog, AWAY_DAY, PreviewModel.CONFIDENCE) == "Your choice"
    assert state.project.overrides[Project.key(AWAY_DAY)].type == "single_choice"


def test_the_keyboard_opens_the_same_list(qtbot, doubtful) -> None:  # noqa: ANN001
    window, dialog = doubtful
    table, row = dialog.table, dialog.row_of_text(NOTHING)
    table.setCurrentIndex(dialog.model.index(row, PreviewModel.TEXT))
    qtbot.keyClick(table, Qt.Key.Key_Right)  # onto the Type cell: its editor opens
    editor = table.type_editor(row)
    assert editor is not None and editor.accessibleName() == "Question type" and editor.currentText() == "Single choice"
    qtbot.keyClick(editor, Qt.Key.Key_F)  # "Free text"
    assert editor.currentText() == "Free text"
    assert window.state.survey.find_question(NOTHING).type == QuestionType.SINGLE_CHOICE  # not until Enter
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.state.survey.find_question(NOTHING).type == QuestionType.FREE_TEXT, timeout=WAIT_MS)
    assert _row(dialog, NOTHING, PreviewModel.CONFIDENCE) == "Your choice"
    table.setCurrentIndex(dialog.model.index(dialog.row_of_text(TEAM), PreviewModel.REASON))
    qtbot.keyClick(table, Qt.Key.Key_F2)  # F2 anywhere on a row opens its type
    assert table.type_editor(dialog.row_of_text(TEAM)) is not None
    assert table.currentIndex().column() == PreviewModel.TYPE


def test_a_choice_saved_in_the_project_is_shown_when_it_is_opened_again(qtbot, doubtful, make_window,
                                                                        tmp_path) -> None:  # noqa: ANN001
    window, dialog = doubtful
    assert dialog.set_type(TEAM, QuestionType.SINGLE_CHOICE)
    saved = window.state.save_project(tmp_path / "doubtful")
    second = make_window()
    open_and_wait(qtbot, second, saved)
    again = second.show_question_types()
    assert again.rows() == [AWAY_DAY, NOTHING, TEAM, VALUED, PART_TIME, STAMP]  # in the importer's order
    assert [_row(again, TEAM, c) for c in (PreviewModel.TYPE, PreviewModel.CONFIDENCE, PreviewModel.REASON)] == [
        "Single choice", "Your choice",
        "Chosen by the user; the app read it as Demographic (the question names a demographic ('team'); 3 options)"]
    assert again.summary.text() == ("2 calls the app is unsure of (low confidence), listed first: check each and "
                                    "change the type if it is wrong. You chose 1 type.")
    assert second.state.survey.find_question(TEAM).type == QuestionType.SINGLE_CHOICE


def test_choosing_every_unsure_type_and_the_questions_panel_says_why(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    open_and_wait(qtbot, window, DATA / "layouts" / "tabs.tsv")
    dialog = window.show_question_types()
    assert dialog.set_type("Team", QuestionType.SINGLE_CHOICE)
    assert dialog.summary.text() == "You have chosen the type of every call the app was unsure of."
    detail = window.panels["questions"].detail
    team = window.state.survey.find_question("Team")
    detail.set_question(team.id)
    assert detail.why.text() == ("Why this type: Chosen by the user; the app read it as Demographic (the question "
                                 "names a demographic ('Team'); 3 options). Your choice: this type is used, and "
                                 "saved in the project.")
    window.state.undo_stack.undo()
    detail.set_question(team.id)
    assert detail.why.text() == ("Why this type: The question names a demographic ('Team'); 3 options. Medium "
                                 "confidence: the app is fairly sure of this type. Check it: if it is wrong, choose "
                                 "another in Survey → Question types… (Ctrl+T).")
