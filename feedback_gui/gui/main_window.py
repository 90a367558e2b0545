"""The main window: a sidebar of panels, menus, drag and drop, recent files and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.resources import sample_path
from feedback_gui.gui import describe, menus, style, themes
from feedback_gui.gui.chart_export import ChartExporter
from feedback_gui.gui.export_dialog import ExportDialog
from feedback_gui.gui.help import about_html, user_guide_dialog
from feedback_gui.gui.loading import OPENABLE_SUFFIXES, Loaded
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.opening import PasswordPrompt, SurveyOpener
from feedback_gui.gui.panels import PanelSpec, builtin_panels
from feedback_gui.gui.preview import SHOW_AFTER_IMPORT_KEY, ImportPreviewDialog
from feedback_gui.gui.recovery import Autosave, pending_recovery, recovery_summary
from feedback_gui.gui.settings_dialog import SettingsDialog, read_preferences
from feedback_gui.gui.settings_store import RecentFiles, app_settings, read_bool
from feedback_gui.gui.state import AppState
from feedback_gui.gui.workers import Task, TaskRunner

APP_TITLE = "Feedback Analyser"
FILE_FILTER = ("Survey exports and projects (*.xlsx *.xlsm *.csv *.tsv *.txt *.sav *.fbproj);;"
               "Excel workbooks (*.xlsx *.xlsm);;Text files (*.csv *.tsv *.txt);;SPSS data (*.sav);;"
               "Feedback Analyser projects (*.fbproj);;All files (*)")


class MainWindow(QMainWindow):
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
        self.sidebar = QListWidget(self)
        for spec in self.panel_specs:
            panel = spec.factory(self.state, self.stack)
            panel.setAccessibleName(spec.plain_title)
            panel.setAccessibleDescription(spec.description)
            self.panels[spec.key] = panel
            self.stack.addWidget(panel)
            self.sidebar.addItem(spec.plain_title)
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
        self.guide: QDialog | None = None
        self.opener.opened.connect(self._opened)
        self.opener.openFailed.connect(self._open_failed)
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        self._update_title()
        if self.panel_specs:
            self.show_panel(self.panel_specs[0].key)

    def _build_central(self) -> None:
        side = QWidget(self)
        side.setObjectName("sidebar")
        side.setFixedWidth(210)
        name = QLabel(APP_TITLE, side)
        name.setObjectName("appName")
        name.setWordWrap(True)
        name.setFont(style.scaled_font(1.5, bold=True))
        open_button = QPushButton("Open survey…", side)
        open_button.setObjectName("openButton")
        open_button.setToolTip("Open a survey export or a project file (Ctrl+O)")
        open_button.clicked.connect(self.open_dialog)
        self.sidebar.setObjectName("panelList")
        self.sidebar.setAccessibleName("Panels")
        self.sidebar.setFont(style.scaled_font(0.5))
        self.sidebar.currentRowChanged.connect(self._sidebar_row)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 16)
        side_layout.addWidget(name)
        side_layout.addWidget(self.sidebar, 1)
        side_layout.addWidget(open_button, 0)
        QWidget.setTabOrder(self.sidebar, open_button)  # the left column first, then the panel on show
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(side)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    # --- opening ---------------------------------------------------------------------------------
    def open_path(self, path: str | Path, show_preview: bool = True) -> Task:
        """Open a survey export or a project file in the background; the current survey stays until it works."""
        self._preview_after_open = show_preview
        return self.opener.open(Path(path))

    def open_sample(self, name: str = "staff_survey_2024.xlsx") -> Task:
        """Open one of the bundled sample surveys."""
        return self.open_path(sample_path(name), show_preview=False)

    def open_dialog(self) -> None:
        """Ask for a file and open it."""
        start = str(self.settings.value("lastFolder", str(Path.home())))
        path, _ = QFileDialog.getOpenFileName(self, "Open survey or project", start, FILE_FILTER)
        if path:
            self.settings.setValue("lastFolder", str(Path(path).parent))
            self.open_path(path)

    def fill_recent_menu(self) -> None:
        """Rebuild File → Open Recent."""
        menus.fill_recent(self.recent_menu, self)

    def _opened(self, loaded: Loaded) -> None:
        self.recent.add(loaded.project_path or loaded.path)
        message = f"Opened {loaded.path.name}"
        if loaded.reapplied:
            message += f"; {describe.plural(len(loaded.reapplied), 'saved correction')} re-applied"
        self.statusBar().showMessage(message, 8000)
        if self._preview_after_open and read_bool(self.settings, SHOW_AFTER_IMPORT_KEY, True):
            self.show_question_types()
        self._preview_after_open = False

    def _open_failed(self, path: str, message: str) -> None:
        if not Path(path).exists():
            self.recent.remove(Path(path))
        self.last_message = show_message(self, "Cannot open the file", message)

    # --- project -------------------------------------------------------------------------------
    def save_project(self) -> bool:
        """Save the project where it was last saved (or ask where)."""
        if self.state.project_path is None:
            return self.save_project_as()
        return self._save(self.state.project_path)

    def save_project_as(self) -> bool:
        """Ask for a project file name and save."""
        if not self.state.has_survey:
            self.last_message = show_message(self, "Nothing to save", "Open a survey before saving a project.")
            return False
        source = self.state.source or Path.home() / "survey"
        suggested = str(self.state.project_path or source.with_suffix(".fbproj"))
        path, _ = QFileDialog.getSaveFileName(self, "Save project", suggested, "Feedback Analyser projects (*.fbproj)")
        return self._save(Path(path)) if path else False

    def _save(self, path: Path) -> bool:
        try:
            saved = self.state.save_project(path)
        except (OSError, ValueError) as exc:
            self.last_message = show_message(self, "Cannot save the project", f"{path.name}: {exc}")
            return False
        self.recent.add(saved)
        self.statusBar().showMessage(f"Saved {saved.name}", 5000)
        return True

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
        found: list[QWidget] = []
        widget = panel.nextInFocusChain()
        while widget is not None and widget is not panel and widget not in found:
            if (panel.isAncestorOf(widget) and widget.isVisible() and widget.isEnabled()
                    and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
                found.append(widget)
            widget = widget.nextInFocusChain()
        controls = [w for w in found if not isinstance(w, QScrollArea)]  # a control rather than its scroller
        target = (controls or found or [self.sidebar])[0]
        target.setFocus(Qt.FocusReason.TabFocusReason)

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
        self.export.redact.setChecked(self.state.settings.redact)  # the Settings default
        self.export.open()
        return self.export

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

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.open_path(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.state.modified and not self._confirm_close():
            event.ignore()
            return
        self.runner.cancel_all()
        self.autosave.discard()
        self.settings.sync()
        super().closeEvent(event)

    def _confirm_close(self) -> bool:
        """Ask what to do with unsaved edits: save, discard or keep working."""
        if not self.isVisible() or not self.ask_before_close:
            return True
        choice = QMessageBox.question(
            self, "Unsaved changes", "Save your changes to the project before closing?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if choice == QMessageBox.StandardButton.Save:
            return self.save_project()
        return choice == QMessageBox.StandardButton.Discard

    # --- recovery ------------------------------------------------------------------------------
    def offer_recovery(self, ask: Callable[[str], bool] | None = None) -> Task | None:
        """If the last session ended without closing, offer its unsaved work back; returns the reading task."""
        found = pending_recovery(self.autosave.path)
        if found is None:
            return None
        project, path = found
        question = ask or self._ask_restore
        if not question(recovery_summary(project)):
            self.autosave.discard()
            return None
        original = project.extra.get("recovery", {}).get("project_path")

        def restored(_loaded: Loaded) -> None:
            self.opener.opened.disconnect(restored)
            self.state.project.extra.pop("recovery", None)
            self.state.project_path = Path(original) if original else None
            self.state.projectPathChanged.emit()
            self.state.mark_modified()
            self.statusBar().showMessage("Unsaved work restored", 8000)

        self.opener.opened.connect(restored)
        return self.open_path(path, show_preview=False)

    def _ask_restore(self, summary: str) -> bool:
        choice = QMessageBox.question(self, "Restore unsaved work?", summary + "\n\nRestore it now?",
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        return choice == QMessageBox.StandardButton.Yes

    def unexpected_error(self, kind: str, log: Path | None) -> None:
        """Tell the user about an unexpected error; their edits are autosaved first."""
        self.autosave.save_now()
        where = f"\n\nA note for the developers was written to {log}" if log else ""
        self.last_message = show_message(
            self, "Something went wrong",
            f"An unexpected error ({kind}) interrupted that action. Your work so far is kept and the app can carry "
            f"on; if it closes, your unsaved work will be offered back next time.{where}")


def _dropped_file(event: QDropEvent) -> Path | None:
    """The first local file of an openable kind in a drag, if any."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in OPENABLE_SUFFIXES:
            return Path(url.toLocalFile())
    return None

