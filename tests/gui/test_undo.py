"""Undo and redo of every kind of edit: type, counted answers, relabel, codebook, wave decision, reference."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from feedback_gui.core.project import Project
from feedback_gui.core.resources import sample_path
from feedback_gui.gui.equality.run import REFERENCE_KEY

from .conftest import OPEN_TIMEOUT_MS, equality_with_reference, open_and_wait, wait_ready

OPENNESS = "The PDU has a culture that promotes openness and constructive challenge"
OPENNESS_2023 = "My PDU has a culture which promotes openness and constructive challenge"


def _undo_text(window) -> str:  # noqa: ANN001
    return window.actions_by_name["undo"].text()


def _redo_text(window) -> str:  # noqa: ANN001
    return window.actions_by_name["redo"].text()


def test_type_change_is_undone_exactly(window) -> None:  # noqa: ANN001
    state = window.state
    question = state.survey.find_question(OPENNESS)
    column = state.survey.responses[question.column].copy()
    results = dict(state.results)
    assert not window.actions_by_name["undo"].isEnabled()
    state.retype(question.id, "free_text")  # the column becomes text and the headline card goes
    assert str(state.survey.responses[question.column].dtype) != str(column.dtype)
    assert all(OPENNESS not in c.result.text for c in window.panels["overview"].cards)
    assert _undo_text(window) == f"&Undo change type of “{OPENNESS}”" and window.isWindowModified()
    window.actions_by_name["undo"].trigger()
    assert state.question(question.id) == question
    restored = state.survey.responses[question.column]
    assert restored.equals(column) and restored.dtype == column.dtype
    assert state.results == results  # every figure as it was
    assert Project.key(OPENNESS) not in state.project.overrides
    assert window.panels["overview"].card_for("openness").headline_text() == "59 out of 81 · 73%"
    assert not state.modified and not window.isWindowModified()  # back where it was opened
    assert _redo_text(window) == f"&Redo change type of “{OPENNESS}”"
    window.actions_by_name["redo"].trigger()
    assert state.question(question.id).type == "free_text" and state.results[question.id].headline is None
    assert state.project.overrides[Project.key(OPENNESS)].type == "free_text" and state.modified


def test_counted_answers_are_undone(window) -> None:  # noqa: ANN001
    state = window.state
    question_id = state.survey.find_question(OPENNESS).id
    state.set_counted(question_id, ["Strongly agree"])
    card = window.panels["overview"].card_for("openness")
    assert card.headline_text() == "18 out of 81 · 22%"
    assert _undo_text(window) == f"&Undo change counted answers of “{OPENNESS}”"
    state.undo_stack.undo()
    assert card.headline_text() == "59 out of 81 · 73%"
    assert Project.key(OPENNESS) not in state.project.overrides
    state.undo_stack.redo()
    assert card.headline_text() == "18 out of 81 · 22%"
    assert state.project.overrides[Project.key(OPENNESS)].counted == ["Strongly agree"]


def test_modified_follows_the_save_point(window, tmp_path: Path) -> None:  # noqa: ANN001
    state = window.state
    question_id = state.survey.find_question(OPENNESS).id
    state.set_counted(question_id, ["Strongly agree"])
    state.save_project(tmp_path / "undo.fbproj")
    assert not state.modified and not window.isWindowModified()
    state.undo_stack.undo()  # undo past the save: the project differs from the file again
    assert state.modified and window.isWindowModified()
    state.undo_stack.redo()  # back to what was saved
    assert not state.modified and not window.isWindowModified()
    state.set_counted(question_id, ["Strongly agree", "Agree"])
    assert state.modified


def test_opening_a_survey_clears_the_stack(qtbot, window) -> None:  # noqa: ANN001
    window.state.set_counted(window.state.survey.find_question(OPENNESS).id, ["Agree"])
    assert window.actions_by_name["undo"].isEnabled()
    open_and_wait(qtbot, window, sample_path("user_voice_2024.xlsx"))
    assert window.state.undo_stack.count() == 0
    assert not window.actions_by_name["undo"].isEnabled() and _undo_text(window) == "&Undo"


def test_ctrl_z_and_ctrl_y(qtbot, window) -> None:  # noqa: ANN001
    state = window.state
    question_id = state.survey.find_question(OPENNESS).id
    state.set_counted(question_id, ["Agree"])
    wait_ready(qtbot, window)  # a progress dialog may have come and gone
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state.question(question_id).counted == ("Strongly agree", "Agree")
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert state.question(question_id).counted == ("Agree",)
    control, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, control)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, control | shift)
    assert state.question(question_id).counted == ("Agree",)


# --- project-level edits -------------------------------------------------------------------------
@pytest.fixture
def comments(qtbot, make_window):  # noqa: ANN001, ANN201
    """The Comments panel on the User Voice sample, analysed."""
    window = make_window()
    open_and_wait(qtbot, window, sample_path("user_voice_2024.xlsx"))
    panel = window.panels["comments"]
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        window.show_panel("comments")
    return panel


def test_relabel_is_undone(comments) -> None:  # noqa: ANN001
    session, state = comments.session, comments.state
    counts = dict(session.analysis.sentiment_counts)
    index = next(i for i, c in enumerate(session.analysis.comments) if c.answered and c.sentiment.label == "neutral")
    key = session.analysis.comments[index].key
    assert session.relabel(index, "negative")
    assert state.project.sentiment_corrections == {key: "negative"}
    assert comments.window().actions_by_name["undo"].text() == "&Undo label a comment negative"
    state.undo_stack.undo()
    assert state.project.sentiment_corrections == {}
    assert session.analysis.comments[index].sentiment.label == "neutral"
    assert dict(session.analysis.sentiment_counts) == counts and state.analysis("comments") is session.analysis
    assert not state.modified
    state.undo_stack.redo()
    assert session.analysis.comments[index].sentiment.label == "negative"
    assert session.analysis.sentiment_counts["negative"] == counts["negative"] + 1


def test_codebook_edit_is_undone(qtbot, comments) -> None:  # noqa: ANN001
    session, state = comments.session, comments.state
    themes = list(comments.themes.model.names())
    comments.discovered.setCurrentRow(0)
    with qtbot.waitSignal(comments.updated, timeout=OPEN_TIMEOUT_MS):
        comments.adopt_selected("Help and support")
    assert "Help and support" in comments.themes.model.names() and state.project.codebook is not None
    assert comments.window().actions_by_name["undo"].text() == "&Undo add the theme “Help and support”"
    with qtbot.waitSignal(comments.updated, timeout=OPEN_TIMEOUT_MS):
        state.undo_stack.undo()
    assert state.project.codebook is None and session.codebook_choice == "auto"
    assert list(comments.themes.model.names()) == themes
    with qtbot.waitSignal(comments.updated, timeout=OPEN_TIMEOUT_MS):
        state.undo_stack.redo()
    assert "Help and support" in comments.themes.model.names() and session.codebook_choice == "project"


def test_wave_decisions_are_undone(qtbot, window) -> None:  # noqa: ANN001
    window.show_panel("waves")
    panel = window.panels["waves"]
    compared = lambda: qtbot.waitSignal(panel.session.compared, timeout=OPEN_TIMEOUT_MS,  # noqa: E731
                                        check_params_cb=lambda result: result is not None)
    with compared():
        panel.bar.sample_button.click()
    state = window.state
    assert window.actions_by_name["undo"].text() == "&Undo add the 2023 wave" and state.modified

    def new_texts() -> list[str]:
        model = panel.review.model
        return [model.change_at(r).match.new.text for r in range(model.rowCount())]

    assert OPENNESS in new_texts()
    with compared():
        panel.session.reject(OPENNESS_2023, OPENNESS)
    assert OPENNESS not in new_texts()
    assert window.actions_by_name["undo"].text() == f"&Undo reject the match of “{OPENNESS}”"
    with compared():
        state.undo_stack.undo()
    assert state.project.wave_matches == [] and OPENNESS in new_texts()
    with compared():
        state.undo_stack.redo()
    assert state.project.wave_matches[0]["decision"] == "rejected" and OPENNESS not in new_texts()
    with compared():
        panel.session.pair(OPENNESS_2023, OPENNESS)
    with compared():
        panel.session.forget(OPENNESS_2023, OPENNESS)
    with compared():
        state.undo_stack.undo()  # the pairing is back
    assert [d["decision"] for d in state.project.wave_matches] == ["manual"]
    with compared():
        panel.bar.fdr_check.setChecked(False)
    with compared():
        state.undo_stack.undo()
    assert panel.session.fdr and panel.bar.fdr_check.isChecked()
    for _ in range(state.undo_stack.index() - 1):
        state.undo_stack.undo()
    with qtbot.waitSignal(panel.session.compared, timeout=OPEN_TIMEOUT_MS):
        state.undo_stack.undo()  # adding the wave: nothing is compared, nothing is modified
    assert panel.session.waves == [] and state.project.surveys[1:] == [] and not state.modified
    with compared():
        state.undo_stack.redo()  # the wave is back without reading the file again
    assert [w.label for w in panel.session.waves] == ["2023"] and state.project.surveys[1].label == "2023"


def test_reference_choice_is_undone(qtbot, make_window) -> None:  # noqa: ANN001
    window = make_window()
    panel = equality_with_reference(qtbot, window)
    state = window.state
    assert panel.reference_name.text() == "caseload_profile.csv" and panel.run.report is not None
    assert window.actions_by_name["undo"].text() == "&Undo choose the reference profile “caseload_profile.csv”"
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        state.undo_stack.undo()
    assert REFERENCE_KEY not in state.project.settings and panel.run.report is None
    assert panel.reference_name.text() == "none chosen" and not state.modified
    with qtbot.waitSignal(panel.updated, timeout=OPEN_TIMEOUT_MS):
        state.undo_stack.redo()
    assert panel.reference_name.text() == "caseload_profile.csv" and panel.run.report is not None


def test_ctrl_z_in_the_question_types_dialog(qtbot, window) -> None:  # noqa: ANN001
    dialog = window.show_question_types()
    assert dialog.set_type("What is your grade?", "single_choice")
    wait_ready(qtbot, dialog)  # the figures computed again: no progress dialog in front
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.survey.find_question("What is your grade?").type == "demographic"
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.question_at(r).text == "What is your grade?")
    assert dialog.model.index(row, 1).data() == "Demographic"


def test_an_edit_undo_cannot_take_back_keeps_the_project_modified(window) -> None:  # noqa: ANN001
    state = window.state
    state.set_counted(state.survey.find_question(OPENNESS).id, ["Agree"])
    state.mark_modified()  # an edit the stack does not hold (e.g. a recovered project)
    state.undo_stack.undo()
    assert state.modified and window.isWindowModified()
