"""The main window: a sidebar of panels, the menus, the window title and the status bar.

Opening and saving files (dialog, samples, recent files, drag and drop) are in
:mod:`feedback_gui.gui.window_files`; closing, recovery of unsaved work and unexpected errors in
:mod:`feedback_gui.gui.window_closing`; the menus themselves in :mod:`feedback_gui.gui.menus`; the sidebar in
:mod:`feedback_gui.gui.sidebar`. Where the window opens, and the layout it had on each screen, are in
:mod:`feedback_gui.gui.window_geometry` and :mod:`feedback_gui.gui.layout_memory`.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from feedback_gui.gui import describe, menus, themes
from feedback_gui.gui.briefing_dialog import BriefingDialog
from feedback_gui.gui.chart_export import ChartExporter
from feedback_gui.gui.export_dialog import ExportDialog
from feedback_gui.gui.help import about_html, user_guide_dialog
from feedback_gui.gui.layout_memory import LayoutMemory, remember
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.opening import PasswordPrompt, SurveyOpener
from feedback_gui.gui.panels import PanelSpec, builtin_panels
from feedback_gui.gui.preview import ImportPreviewDialog
from feedback_gui.gui.recovery import Autosave
from feedback_gui.gui.settings_dialog import SettingsDialog, read_preferences
from feedback_gui.gui.settings_store import RecentFiles, app_settings
from feedback_gui.gui.sidebar import Sidebar
from feedback_gui.gui.state import AppState
from feedback_gui.gui.window_closing import CloseAndRecovery
from feedback_gui.gui.window_files import FILE_FILTER, FileActions
from feedback_gui.gui.window_geometry import choose_screen, place_window, remember_window, screen_key
from feedback_gui.gui.workers import TaskRunner

APP_TITLE = "Feedback Analyser"


class MainWindow(FileActions, CloseAndRecovery, QMainWindow):
    """The app's window. ``settings`` defaults to :func:`app_settings`; tests pass their own."""

    ask_before_close = True  # closing with unsaved edits asks Save / Discard / Cancel (tests turn it off)

    def __init__(self, settings: QSettings | None = None, panels: list[PanelSpec] | None = None,
                 ask_password: PasswordPrompt | None = None) -> None:
        super().__init__()
        self.settings = settings if settings is not None else app_settings()
        self.recent = RecentFiles(self.settings)
        preferences = read_preferences(self.settings)
        self.state = AppState(preferences.analysis, parent=self)
        self.state.counted_default = preferences.counted
        themes.apply_theme(preferences.theme)
        self.settings_dialog: SettingsDialog | None = None
        self.runner = TaskRunner(self)
        self.state.runner = self.runner
        self.opener = SurveyOpener(self.state, self.runner, self, ask_password)
        self.panel_specs = panels if panels is not None else builtin_panels()
        self.preview: ImportPreviewDialog | None = None
        self.last_message: QMessageBox | None = None
        self._preview_after_open = False
        self.stack = QStackedWidget(self)
        self.panels: dict[str, QWidget] = {}
        for spec in self.panel_specs:
            panel = spec.factory(self.state, self.stack)
            panel.setAccessibleName(spec.plain_title)
            panel.setAccessibleDescription(spec.description)
            self.panels[spec.key] = panel
            self.stack.addWidget(panel)
        self._build_central()
        self.actions_by_name = menus.build_menus(self)
        self.status_survey = QLabel("No survey open", self)
        self.status_survey.setAccessibleName("Survey summary")
        self.statusBar().addPermanentWidget(self.status_survey, 1)
        self.state.surveyChanged.connect(self._survey_changed)
        self.state.modifiedChanged.connect(self.setWindowModified)
        self.state.projectPathChanged.connect(self._update_title)
        self.state.panelRequested.connect(self.show_panel)
        self.autosave = Autosave(self.state)
        self.chart_exporter = ChartExporter(self)
        QApplication.instance().installEventFilter(self.chart_exporter)
        self.export: ExportDialog | None = None
        self.briefing: BriefingDialog | None = None
        self.guide: QDialog | None = None
        self.opener.opened.connect(self._opened)
        self.opener.openFailed.connect(self._open_failed)
        self.setAcceptDrops(True)
        self.side.collapsedChanged.connect(self.actions_by_name["collapse_sidebar"].setChecked)
        self.layout_memory = LayoutMemory(self.settings, self)
        self._place_on_screen()
        self._update_title()
        if self.panel_specs:
            self.show_panel(self.panel_specs[0].key)

    # --- size and layout -----------------------------------------------------------------------
    def _place_on_screen(self) -> None:
        """Open where the window was last on this screen if that still fits, else fitted to the screen; the
        splitters, columns and folded sections as they were left on this screen (or as suit its size)."""
        place_window(self, self.settings)
        screen = choose_screen(self.settings)
        self.layout_memory.restore(self, screen_key(screen), screen.availableGeometry().size())

    def remember_layout(self) -> None:
        """Keep the window's place and layout for the screen it is on (done when it closes)."""
        key = remember_window(self, self.settings)
        self.layout_memory.save(self, key)
        self.settings.sync()

    def set_sidebar_collapsed(self, collapsed: bool) -> None:
        """Show the sidebar as icons only (View → Collapse Sidebar, Ctrl+\\), or with the panels' names."""
        self.side.set_collapsed(collapsed)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.remember_layout()

    def _build_central(self) -> None:
        shortcuts = [f"Ctrl+{n}" if n < 10 else "" for n in range(1, len(self.panel_specs) + 1)]
        self.side = Sidebar([(spec.key, spec.plain_title, spec.description) for spec in self.panel_specs],
                            APP_TITLE, self, shortcuts)
        self.sidebar = self.side.list  # the panel list: the rows of the View menu's panels
        remember(self.side, "window/sidebar")
        self.side.open_button.clicked.connect(self.open_dialog)
        self.sidebar.currentRowChanged.connect(self._sidebar_row)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    # --- panels and dialogs --------------------------------------------------------------------
    def show_panel(self, key: str, target: object = None) -> None:
        """Show a panel (and, if given, something in it)."""
        keys = [spec.key for spec in self.panel_specs]
        row = keys.index(key)
        self.sidebar.setCurrentRow(row)
        self.stack.setCurrentIndex(row)
        self.actions_by_name[f"panel:{key}"].setChecked(True)
        show_target = getattr(self.panels[key], "show_target", None)
        if target is not None and show_target is not None:
            show_target(target)

    def step_panel(self, step: int) -> None:
        """Move to the next (or previous) panel, the keyboard focus with it."""
        if self.panel_specs:
            row = (self.stack.currentIndex() + step) % len(self.panel_specs)
            self.go_to_panel(self.panel_specs[row].key)

    def go_to_panel(self, key: str) -> None:
        """Show a panel and put the keyboard focus on its first control (View menu, Ctrl+PgDown)."""
        self.show_panel(key)
        panel = self.panels[key]
        # Qt's own Tab from the panel itself, rather than a walk along nextInFocusChain(): in PySide6 such a
        # walk left later Python access to the window's actions broken. A scroll area is passed for a control.
        panel.setFocus(Qt.FocusReason.OtherFocusReason)
        panel.focusNextChild()
        found: list[QWidget] = []
        for _ in range(50):
            widget = QApplication.focusWidget()
            if widget is None or not panel.isAncestorOf(widget) or widget in found:
                break
            found.append(widget)
            if not isinstance(widget, QScrollArea):
                break
            widget.focusNextChild()
        controls = [w for w in found if not isinstance(w, QScrollArea)]
        (controls or found or [self.sidebar])[0].setFocus(Qt.FocusReason.TabFocusReason)

    def current_panel(self) -> str:
        """The key of the panel on show."""
        return self.panel_specs[self.stack.currentIndex()].key

    def _sidebar_row(self, row: int) -> None:
        if 0 <= row < len(self.panel_specs) and row != self.stack.currentIndex():
            self.show_panel(self.panel_specs[row].key)

    def show_question_types(self) -> ImportPreviewDialog | None:
        """Open the import preview (Survey → Question types…)."""
        if not self.state.has_survey:
            self.last_message = show_message(self, "No survey open", "Open a survey to see its questions.")
            return None
        if self.preview is None:
            self.preview = ImportPreviewDialog(self.state, self.opener, self.settings, self)
            self.preview.addActions([self.actions_by_name["undo"], self.actions_by_name["redo"]])
        self.preview.show()
        self.preview.raise_()
        self.preview.activateWindow()
        return self.preview

    def export_dialog(self) -> ExportDialog | None:
        """File → Export to Excel…"""
        if not self.state.has_survey:
            self.last_message = show_message(self, "Nothing to export", "Open a survey to export its results.")
            return None
        self.export = ExportDialog(self.state, self.settings, self)
        self.export.open()
        return self.export

    def briefing_dialog(self) -> BriefingDialog | None:
        """File → Export Briefing… (a PowerPoint deck or a Word report)."""
        if not self.state.has_survey:
            self.last_message = show_message(self, "Nothing to export", "Open a survey to write its briefing.")
            return None
        self.briefing = BriefingDialog(self.state, self.settings, self)
        self.briefing.open()
        return self.briefing

    def show_user_guide(self) -> QDialog:
        """Help → User Guide (F1): the guide from docs/user_guide.md."""
        if self.guide is None:
            self.guide = user_guide_dialog(self)
        self.guide.show()
        self.guide.raise_()
        return self.guide

    def about(self) -> None:
        """Help → About: version, privacy, and the licences of bundled data."""
        QMessageBox.about(self, f"About {APP_TITLE}", about_html())

    # --- window --------------------------------------------------------------------------------
    def _survey_changed(self) -> None:
        survey = self.state.survey
        if survey is not None:
            self.status_survey.setText(f"{describe.plural(survey.respondents, 'respondent')} · "
                                       f"{describe.layout_text(survey.layout)}")
        self._update_title()

    def _update_title(self) -> None:
        parts = []
        if self.state.project_path is not None:
            parts.append(self.state.project_path.name)
        if self.state.source is not None:
            parts.append(self.state.source.name)
        self.setWindowTitle(" — ".join(parts) + "[*] — " + APP_TITLE if parts else APP_TITLE)
        self.setWindowModified(self.state.modified)


__all__ = ["APP_TITLE", "FILE_FILTER", "MainWindow"]
