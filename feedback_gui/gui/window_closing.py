"""The main window's ending and recovery: closing with unsaved edits, unsaved work offered back, unexpected errors.

:class:`CloseAndRecovery` is mixed into :class:`~feedback_gui.gui.main_window.MainWindow`; it uses the
window's ``state``, ``runner``, ``autosave``, ``opener`` and ``settings``, and its ``save_project`` and
``open_path`` (:class:`~feedback_gui.gui.window_files.FileActions`). Edits are autosaved
(:class:`~feedback_gui.gui.recovery.Autosave`); a clean close discards the autosave, so one found at start
means the last session ended without closing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from feedback_gui.gui.loading import Loaded
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.recovery import pending_recovery, recovery_summary
from feedback_gui.gui.workers import Task


class CloseAndRecovery:
    """Asks before losing unsaved edits, offers back work from a session that ended unexpectedly."""

    # --- closing -------------------------------------------------------------------------------
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


__all__ = ["CloseAndRecovery"]
