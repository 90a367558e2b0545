"""The main window's menus: File, Edit, Survey, View, Help (every item with a mnemonic; common ones with shortcuts)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QStatusBar, QWidget

from feedback_gui.gui.benchmark.menu import add_benchmark_menu
from feedback_gui.gui.settings_dialog import SettingsWindow, open_settings

if TYPE_CHECKING:
    from feedback_gui.gui.panels import PanelSpec
    from feedback_gui.gui.settings_store import RecentFiles

SAMPLES = (
    ("&Staff survey 2024", "staff_survey_2024.xlsx"),
    ("Staff survey 202&3", "staff_survey_2023.xlsx"),
    ("&User Voice 2024", "user_voice_2024.xlsx"),
    ("&Case audit 2024", "case_audit_2024.xlsx"),
)


class MenuWindow(SettingsWindow, Protocol):
    """The main window as its menus use it (:class:`~feedback_gui.gui.main_window.MainWindow`), named by what it
    offers so that this module does not import the window that builds the menus."""

    panel_specs: Sequence[PanelSpec]
    panels: dict[str, QWidget]
    recent: RecentFiles
    recent_menu: QMenu

    def menuBar(self) -> QMenuBar: ...
    def statusBar(self) -> QStatusBar: ...
    def addAction(self, action: QAction) -> None: ...
    def close(self) -> bool: ...
    def open_dialog(self) -> None: ...
    def fill_recent_menu(self) -> None: ...
    def open_sample(self, name: str = ...) -> object: ...
    def open_path(self, path: str | Path, show_preview: bool = ...) -> object: ...
    def save_project(self) -> bool: ...
    def save_project_as(self) -> bool: ...
    def export_dialog(self) -> object: ...
    def briefing_dialog(self) -> object: ...
    def show_question_types(self) -> object: ...
    def go_to_panel(self, key: str) -> None: ...
    def step_panel(self, step: int) -> None: ...
    def set_sidebar_collapsed(self, collapsed: bool) -> None: ...
    def current_panel(self) -> str: ...
    def show_user_guide(self) -> object: ...
    def about(self) -> None: ...


def _action(window: MenuWindow, text: str, slot: object, shortcut: QKeySequence | str | None = None,
            tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(slot)
    return action


def build_menus(window: MenuWindow) -> dict[str, QAction]:
    """Create the menu bar; returns the actions by name."""
    bar = window.menuBar()
    actions: dict[str, QAction] = {}
    file_menu = bar.addMenu("&File")
    actions["open"] = _action(window, "&Open…", window.open_dialog, QKeySequence.StandardKey.Open,
                              "Open a survey export or a project file")
    file_menu.addAction(actions["open"])
    window.recent_menu = file_menu.addMenu("Open &Recent")
    window.recent_menu.aboutToShow.connect(window.fill_recent_menu)
    samples = file_menu.addMenu("Open Sa&mple")
    for title, name in SAMPLES:
        samples.addAction(title, partial(window.open_sample, name))
    file_menu.addSeparator()
    actions["save"] = _action(window, "&Save Project", window.save_project, QKeySequence.StandardKey.Save,
                              "Save your corrections and the survey in a project file")
    actions["save_as"] = _action(window, "Save Project &As…", window.save_project_as, "Ctrl+Shift+S")
    file_menu.addActions([actions["save"], actions["save_as"]])
    file_menu.addSeparator()
    actions["export"] = _action(window, "&Export to Excel…", window.export_dialog, "Ctrl+E",
                                "Write the results to an Excel workbook with native, editable charts")
    actions["briefing"] = _action(window, "Export &briefing…", window.briefing_dialog, "Ctrl+Shift+E",
                                  "Write a PowerPoint deck or a Word report of the results")
    file_menu.addActions([actions["export"], actions["briefing"]])
    file_menu.addSeparator()
    actions["quit"] = _action(window, "&Quit", window.close, QKeySequence.StandardKey.Quit)
    actions["quit"].setShortcut(QKeySequence("Ctrl+Q"))
    file_menu.addAction(actions["quit"])

    _edit_menu(window, bar.addMenu("&Edit"), actions)

    survey_menu = bar.addMenu("&Survey")
    actions["types"] = _action(window, "Question &types…", window.show_question_types, "Ctrl+T",
                               "See every detected question and correct its type")
    survey_menu.addAction(actions["types"])
    actions["benchmark"] = add_benchmark_menu(survey_menu, window, window.state).menuAction()  # type: ignore[arg-type]

    view_menu = bar.addMenu("&View")
    group = QActionGroup(window)
    group.setExclusive(True)
    for number, spec in enumerate(window.panel_specs, start=1):
        action = _action(window, spec.title, partial(window.go_to_panel, spec.key),
                         f"Ctrl+{number}" if number < 10 else None, spec.description)
        action.setCheckable(True)
        group.addAction(action)
        view_menu.addAction(action)
        actions[f"panel:{spec.key}"] = action
    view_menu.addSeparator()
    actions["next_panel"] = _action(window, "&Next Panel", partial(window.step_panel, 1), "Ctrl+PgDown")
    actions["previous_panel"] = _action(window, "&Previous Panel", partial(window.step_panel, -1), "Ctrl+PgUp")
    view_menu.addActions([actions["next_panel"], actions["previous_panel"]])
    view_menu.addSeparator()
    actions["collapse_sidebar"] = _action(window, "Collapse &Sidebar", window.set_sidebar_collapsed, "Ctrl+\\",
                                          "Show the sidebar as icons only, giving its width to the panel")
    actions["collapse_sidebar"].setCheckable(True)
    view_menu.addAction(actions["collapse_sidebar"])

    help_menu = bar.addMenu("&Help")
    actions["guide"] = _action(window, "&User Guide", window.show_user_guide, QKeySequence.StandardKey.HelpContents,
                               "How to use Feedback Analyser")
    actions["about"] = _action(window, "&About Feedback Analyser", window.about)
    help_menu.addActions([actions["guide"], actions["about"]])
    for action in actions.values():
        window.addAction(action)  # shortcuts work even while the menu bar is hidden
    return actions


def _edit_menu(window: MenuWindow, menu: QMenu, actions: dict[str, QAction]) -> None:
    """Undo and Redo (their text names the edit), Find in the panel, Settings."""
    stack = window.state.undo_stack
    actions["undo"] = stack.createUndoAction(window, "&Undo")
    actions["undo"].setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    actions["redo"] = stack.createRedoAction(window, "&Redo")
    actions["redo"].setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
    for action, tip in ((actions["undo"], "Take back the last edit"), (actions["redo"], "Make the edit again")):
        action.setStatusTip(tip)
    menu.addActions([actions["undo"], actions["redo"]])
    menu.addSeparator()
    # Ctrl+F belongs to each panel's own search box; the menu item shows the key and does the same
    actions["find"] = _action(window, "&Find in Panel\tCtrl+F", partial(find_in_panel, window), None,
                              "Go to the search or filter box of the panel on show")
    menu.addAction(actions["find"])
    menu.addSeparator()
    actions["settings"] = _action(window, "&Settings…", partial(open_settings, window), "Ctrl+,",
                                  "Suppression, counted answers, confidence, rating bands, redaction and theme")
    actions["settings"].setMenuRole(QAction.MenuRole.PreferencesRole)
    menu.addAction(actions["settings"])


def find_in_panel(window: MenuWindow) -> QWidget | None:
    """Edit → Find in Panel: the keyboard focus to the search or filter box of the panel on show."""
    panel = window.panels[window.current_panel()]
    box = getattr(panel, "search", None) or getattr(getattr(panel, "filters", None), "search", None)
    if isinstance(box, QWidget) and box.isVisible():
        box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return box
    window.statusBar().showMessage("This panel has no search box.", 4000)
    return None


def fill_recent(menu: QMenu, window: MenuWindow) -> None:
    """Rebuild the Open Recent submenu from the settings."""
    menu.clear()
    paths = window.recent.paths()
    for number, path in enumerate(paths, start=1):
        prefix = f"&{number} " if number < 10 else ""
        action = menu.addAction(f"{prefix}{path.name.replace('&', '&&')}", partial(window.open_path, path))
        action.setStatusTip(str(path))
        action.setToolTip(str(path))
    if not paths:
        menu.addAction("No recent files").setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction("&Clear Recent Files", window.recent.clear)
