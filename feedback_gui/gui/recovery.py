"""No lost work: the project autosaves to a recovery file while edits are unsaved, and after a crash
the next start offers it back.

The recovery file lives in the user's data folder (``$FEEDBACK_GUI_DATA`` overrides it, for tests);
it is written atomically (temporary file, then replace) a moment after each edit, and deleted when
the window closes normally or the project is saved. It holds the project only: the edits and the
paths of the survey files, never respondents' answers.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer

from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.project import Project, load_project, save_project
from feedback_gui.gui.loading import copy_project
from feedback_gui.gui.state import AppState

DATA_ENV = "FEEDBACK_GUI_DATA"
RECOVERY_NAME = "unsaved-work.fbproj"
DELAY_MS = 1500


def data_dir() -> Path:
    """The app's own data folder (recovery file, logs): $FEEDBACK_GUI_DATA or the platform's app-data folder."""
    override = os.environ.get(DATA_ENV)
    folder = Path(override) if override else Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def recovery_path() -> Path:
    """Where unsaved work is kept."""
    return data_dir() / "recovery" / RECOVERY_NAME


class Autosave(QObject):
    """Writes the project to the recovery file shortly after every edit."""

    def __init__(self, state: AppState, path: Path | None = None, delay_ms: int = DELAY_MS) -> None:
        super().__init__(state)
        self.state = state
        self.path = path or recovery_path()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.save_now)
        state.edited.connect(self.timer.start)
        state.modifiedChanged.connect(self._modified_changed)

    def save_now(self) -> Path | None:
        """Write the recovery file now (if there is unsaved work)."""
        self.timer.stop()
        if not self.state.modified or not self.state.project.surveys:
            return None
        project = copy_project(self.state.project)
        for ref in project.surveys:
            ref.path = str(Path(ref.path).resolve())
        project.extra["recovery"] = {
            "saved_at": datetime.now().isoformat(timespec="seconds"),
            "project_path": str(self.state.project_path) if self.state.project_path else None,
        }
        try:
            return save_project(project, self.path)
        except OSError:
            return None  # a full or read-only disk must not stop the user working

    def discard(self) -> None:
        """Forget the recovery file (the work was saved, or the window closed normally)."""
        self.timer.stop()
        self.path.unlink(missing_ok=True)

    def _modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()


def pending_recovery(path: Path | None = None) -> tuple[Project, Path] | None:
    """Unsaved work left by a session that did not close normally, if there is any to restore."""
    path = path or recovery_path()
    if not path.exists():
        return None
    try:
        project = load_project(path)
    except FeedbackError:
        path.unlink(missing_ok=True)  # a damaged recovery file cannot be restored
        return None
    return (project, path) if project.surveys else None


def recovery_summary(project: Project) -> str:
    """One sentence describing what would be restored."""
    info = project.extra.get("recovery", {})
    when = info.get("saved_at", "").replace("T", " at ")
    names = ", ".join(Path(s.path).name for s in project.surveys)
    edits = len(project.overrides) + len(project.sentiment_corrections) + len(project.wave_matches)
    return (f"Feedback Analyser did not close properly last time. Unsaved work on {names} "
            f"({edits} edit{'s' if edits != 1 else ''}, saved {when}) can be restored.")
