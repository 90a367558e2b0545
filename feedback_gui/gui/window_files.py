"""The main window's files: opening surveys and projects (dialog, samples, recent files, drag and drop) and saving.

:class:`FileActions` is mixed into :class:`~feedback_gui.gui.main_window.MainWindow`; it uses the window's
``state``, ``opener``, ``recent``, ``settings`` and status bar. Opening runs in the background through the
:class:`~feedback_gui.gui.opening.SurveyOpener`; the current survey stays until the new one has been read.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog

from feedback_gui.core.resources import sample_path
from feedback_gui.gui import describe, menus
from feedback_gui.gui.loading import OPENABLE_SUFFIXES, Loaded
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.preview import SHOW_AFTER_IMPORT_KEY
from feedback_gui.gui.settings_store import read_bool
from feedback_gui.gui.workers import Task

FILE_FILTER = ("Survey exports and projects (*.xlsx *.xlsm *.csv *.tsv *.txt *.sav *.fbproj);;"
               "Excel workbooks (*.xlsx *.xlsm);;Text files (*.csv *.tsv *.txt);;SPSS data (*.sav);;"
               "Feedback Analyser projects (*.fbproj);;All files (*)")


class FileActions:
    """File → Open, Open Recent, Open Sample, Save Project and Save Project As, and files dropped on the window."""

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

    # --- drag and drop -------------------------------------------------------------------------
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


def _dropped_file(event: QDropEvent) -> Path | None:
    """The first local file of an openable kind in a drag, if any."""
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in OPENABLE_SUFFIXES:
            return Path(url.toLocalFile())
    return None


__all__ = ["FILE_FILTER", "FileActions"]
