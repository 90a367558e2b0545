"""The window shell: panels plug in from a list, menus have mnemonics and shortcuts."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from feedback_gui.gui.panels import PanelSpec, builtin_panels


def test_a_new_panel_plugs_in_with_one_entry(make_window) -> None:  # noqa: ANN001
    extra = PanelSpec("extra", "E&xtra", lambda state, parent: QLabel("extra", parent), "An extra panel")
    panels = [*builtin_panels(), extra]
    row = len(panels) - 1
    window = make_window(panels=panels)
    action = window.actions_by_name["panel:extra"]
    assert action.text() == "E&xtra" and action.shortcut().toString() == f"Ctrl+{row + 1}"
    assert window.sidebar.item(row).text() == "Extra"
    action.trigger()
    assert window.current_panel() == "extra" and window.sidebar.currentRow() == row
    window.step_panel(1)
    assert window.current_panel() == "overview"


def test_menus_have_mnemonics_and_shortcuts(make_window) -> None:  # noqa: ANN001
    window = make_window()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Survey", "&View", "&Help"]
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            assert action.isSeparator() or "&" in action.text(), action.text()
    shortcuts = {name: a.shortcut().toString() for name, a in window.actions_by_name.items()}
    assert shortcuts["open"] == "Ctrl+O" and shortcuts["save"] == "Ctrl+S" and shortcuts["quit"] == "Ctrl+Q"
    assert shortcuts["panel:overview"] == "Ctrl+1" and shortcuts["panel:questions"] == "Ctrl+2"
    assert shortcuts["types"] == "Ctrl+T"


def test_empty_window_invites_a_file(make_window) -> None:  # noqa: ANN001
    window = make_window()
    assert window.windowTitle() == "Feedback Analyser"
    assert window.panels["overview"].empty.isVisibleTo(window)
    assert window.show_question_types() is None and window.last_message is not None
    window.last_message.close()


def test_going_to_each_panel_focuses_a_control_and_keeps_the_menus_usable(qtbot, window) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication, QScrollArea

    from feedback_gui.core.resources import sample_path

    from .conftest import open_and_wait

    for key in ("questions", "comments", "waves", "equality"):
        window.go_to_panel(key)
        QApplication.processEvents()
        focused = window.focusWidget()  # where the keyboard is in the window (a progress dialog may be in front)
        assert focused is not None and window.panels[key].isAncestorOf(focused), key
        assert not isinstance(focused, QScrollArea), key
    open_and_wait(qtbot, window, sample_path("user_voice_2024.xlsx"))  # every panel rebuilds its widgets
    QApplication.processEvents()
    assert window.actions_by_name["undo"].text() == "&Undo"  # (a walk along the focus chain broke this)
