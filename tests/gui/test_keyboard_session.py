"""A whole session from the keyboard alone: open, every panel, change a type, undo, redo, export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from feedback_gui.core.resources import sample_path
from feedback_gui.core.survey import QuestionType
from feedback_gui.gui.preview import PreviewModel

from .conftest import OPEN_TIMEOUT_MS, WAIT_MS, wait_active, wait_ready

GRADE = "What is your grade?"
CTRL = Qt.KeyboardModifier.ControlModifier


def _key(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    """Press a key where the keyboard focus is (as a user would)."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


@pytest.fixture
def keyboard_window(qtbot, make_window, monkeypatch):  # noqa: ANN001, ANN201
    """An empty window, active; the Open dialog answers with the sample staff survey."""
    chosen = str(sample_path("staff_survey_2024.xlsx"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (chosen, "")))
    window = make_window()
    wait_active(qtbot, window)
    return window


def test_a_whole_session_from_the_keyboard(qtbot, keyboard_window, tmp_path: Path) -> None:  # noqa: ANN001
    window, state = keyboard_window, keyboard_window.state
    # open (Ctrl+O); the Question types preview follows an import: Escape closes it
    with qtbot.waitSignal(window.opener.opened, timeout=OPEN_TIMEOUT_MS):
        _key(qtbot, Qt.Key.Key_O, CTRL)
    qtbot.waitUntil(lambda: window.preview is not None and window.preview.isVisible(), timeout=WAIT_MS)
    wait_ready(qtbot, window.preview)  # the figures are computed (a progress dialog may have come and gone)
    _key(qtbot, Qt.Key.Key_Escape)
    assert not window.preview.isVisible()
    wait_active(qtbot, window)
    assert window.panels["overview"].cards and window.current_panel() == "overview"

    # every panel, in turn, with Ctrl+PgDown; the focus goes into each
    keys = [spec.key for spec in window.panel_specs]
    for key in [*keys[1:], keys[0]]:
        wait_ready(qtbot, window)  # what the last panel started has finished: no progress dialog in front
        _key(qtbot, Qt.Key.Key_PageDown, CTRL)
        panel = window.panels[key]
        assert window.current_panel() == key and panel.isVisible() and window.sidebar.currentRow() == keys.index(key)
        assert panel.isAncestorOf(QApplication.focusWidget()), f"the focus did not move into {key}"

    # Question types (Ctrl+T): the grade question's type, from Demographic to Single choice
    grade = state.survey.find_question(GRADE)
    column = state.survey.responses[grade.column].copy()
    results = dict(state.results)
    wait_ready(qtbot, window)
    _key(qtbot, Qt.Key.Key_T, CTRL)
    dialog = window.preview
    qtbot.waitUntil(lambda: dialog.isVisible() and QApplication.activeWindow() is dialog, timeout=WAIT_MS)
    assert QApplication.focusWidget() is dialog.table
    qtbot.keyClicks(dialog.table, GRADE[:12])  # type-ahead finds the row
    row = dialog.table.currentIndex().row()
    assert dialog.model.question_at(row).text == GRADE
    _key(qtbot, Qt.Key.Key_Right)  # the Type cell: its editor opens
    editor = QApplication.focusWidget()
    assert editor.accessibleName() == "Question type" and editor.currentText() == "Demographic"
    _key(qtbot, Qt.Key.Key_S)  # "Single choice"
    assert editor.currentText() == "Single choice"
    assert state.question(grade.id).type == QuestionType.DEMOGRAPHIC  # not until Enter
    _key(qtbot, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: state.question(grade.id).type == QuestionType.SINGLE_CHOICE, timeout=WAIT_MS)
    assert dialog.model.index(row, PreviewModel.TYPE).data() == "Single choice"
    assert state.undo_stack.count() == 1 and window.isWindowModified()
    wait_ready(qtbot, dialog)
    _key(qtbot, Qt.Key.Key_Escape)  # close the dialog
    assert not dialog.isVisible()
    wait_ready(qtbot, window)

    # undo (Ctrl+Z): the type and every figure as they were; redo (Ctrl+Y)
    _key(qtbot, Qt.Key.Key_Z, CTRL)
    assert state.question(grade.id) == grade
    assert state.survey.responses[grade.column].equals(column) and state.results == results
    assert not window.isWindowModified()
    wait_ready(qtbot, window)
    _key(qtbot, Qt.Key.Key_Y, CTRL)
    assert state.question(grade.id).type == QuestionType.SINGLE_CHOICE and window.isWindowModified()

    # export (Ctrl+E): type the file name, Enter exports; wait for the file, Escape closes the message
    target = tmp_path / "keyboard export.xlsx"
    wait_ready(qtbot, window)
    _key(qtbot, Qt.Key.Key_E, CTRL)
    export = window.export
    assert export is not None and export.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is export, timeout=WAIT_MS)
    assert QApplication.focusWidget() is export.path_edit
    _key(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(export.path_edit, str(target))
    _key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: export.result is not None, timeout=60_000)  # other panels' work may finish first
    assert target.exists() and export.result is not None and Path(export.result.path) == target
    message = export.done_message
    assert isinstance(message, QMessageBox) and message.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is message, timeout=WAIT_MS)
    _key(qtbot, Qt.Key.Key_Escape)
    assert not message.isVisible()


def test_every_menu_item_has_a_mnemonic_and_edit_has_undo(make_window) -> None:  # noqa: ANN001
    window = make_window()
    window.fill_recent_menu()

    def items(menu) -> Iterator:  # noqa: ANN001
        for action in menu.actions():
            if action.isSeparator() or not action.isEnabled():
                continue
            yield action
            if action.menu() is not None:
                yield from items(action.menu())

    for top in window.menuBar().actions():
        for action in items(top.menu()):
            assert "&" in action.text().replace("&&", ""), action.text()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Survey", "&View", "&Help"]
    edit = window.menuBar().actions()[1].menu()
    texts = [a.text() for a in edit.actions() if not a.isSeparator()]
    assert texts == ["&Undo", "&Redo", "&Find in Panel\tCtrl+F", "&Settings…"]
    shortcuts = {name: [k.toString() for k in window.actions_by_name[name].shortcuts()]
                 for name in ("undo", "redo", "settings", "export", "next_panel")}
    assert shortcuts == {"undo": ["Ctrl+Z"], "redo": ["Ctrl+Y", "Ctrl+Shift+Z"], "settings": ["Ctrl+,"],
                         "export": ["Ctrl+E"], "next_panel": ["Ctrl+PgDown"]}


def test_find_goes_to_the_panels_search_box(qtbot, window) -> None:  # noqa: ANN001
    wait_ready(qtbot, window)
    window.go_to_panel("questions")
    _key(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.panels["questions"].search
    window.go_to_panel("overview")
    window.actions_by_name["find"].trigger()  # the Overview has no search box: say so
    assert "no search box" in window.statusBar().currentMessage()
    window.show_panel("questions")
    window.sidebar.setFocus()
    window.actions_by_name["find"].trigger()
    assert QApplication.focusWidget() is window.panels["questions"].search


def _tab_chain(qtbot, panel, start) -> list:  # noqa: ANN001
    """The widgets Tab visits from ``start`` until it leaves the panel (or comes back)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    while panel.isAncestorOf(QApplication.focusWidget()) and QApplication.focusWidget() not in seen:
        seen.append(QApplication.focusWidget())
        _key(qtbot, Qt.Key.Key_Tab)
    return seen


def test_tab_follows_reading_order_and_leaves_tables(qtbot, window) -> None:  # noqa: ANN001
    wait_ready(qtbot, window)
    window.go_to_panel("questions")
    questions = window.panels["questions"]
    chain = _tab_chain(qtbot, questions, questions.search)
    assert chain[:2] == [questions.search, questions.table]  # then out of the table, into the detail
    assert questions.detail.breakdown.by in chain and chain.index(questions.detail.breakdown.by) > 2
    comments = window.panels["comments"]
    with qtbot.waitSignal(comments.updated, timeout=OPEN_TIMEOUT_MS):
        window.go_to_panel("comments")
    wait_ready(qtbot, window)  # a progress dialog may have come and gone
    chain = _tab_chain(qtbot, comments, comments.question_box)
    order = [comments.question_box, comments.codebook_box, comments.themes_toggle, comments.themes.list,
             comments.filters.search, comments.table, comments.relabel_box, comments.words_toggle]
    assert all(w in chain for w in order), [w.accessibleName() for w in chain]
    assert [chain.index(w) for w in order] == sorted(chain.index(w) for w in order)
