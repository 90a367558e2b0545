"""Opening files: surveys and project files, read in the background, with a password prompt and retry."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from feedback_gui.core.errors import PasswordRequiredError
from feedback_gui.gui import messages
from feedback_gui.gui.loading import Loaded, copy_project, is_project, load_project_file, load_survey
from feedback_gui.gui.state import AppState
from feedback_gui.gui.workers import Task, TaskRunner

PasswordPrompt = Callable[[QWidget | None, str, str], "str | None"]


class SurveyOpener(QObject):
    """Reads a file through the task runner and hands the result to the app state."""

    opened = Signal(object)  # Loaded, after the state has it
    openFailed = Signal(str, str)  # path, one-line message

    def __init__(self, state: AppState, runner: TaskRunner, window: QWidget | None = None,
                 ask_password: PasswordPrompt | None = None) -> None:
        super().__init__(window)
        self.state = state
        self.runner = runner
        self.window = window
        self.ask_password = ask_password or messages.ask_password

    def open(self, path: str | Path, sheet: str | None = None, password: str | None = None) -> Task:
        """Start reading ``path`` (a survey, or a project file); the current survey stays until it succeeds."""
        path = Path(path)
        settings = self.state.settings
        if is_project(path):
            work = partial(load_project_file, path, password=password, settings=settings)
        else:
            project = copy_project(self.state.project)
            work = partial(load_survey, path, sheet=sheet, password=password, project=project, settings=settings)
        return self.runner.run(
            work, f"Reading {path.name}…", on_result=self._succeeded,
            on_error=lambda exc, message: self._failed(path, sheet, exc, message))

    def reopen_sheet(self, sheet: str) -> Task | None:
        """Read another sheet of the open workbook."""
        if self.state.source is None:
            return None
        return self.open(self.state.source, sheet=sheet, password=self.state.password)

    def _succeeded(self, loaded: Loaded) -> None:
        self.state.set_loaded(loaded)
        self.opened.emit(loaded)

    def _failed(self, path: Path, sheet: str | None, exc: BaseException, message: str) -> None:
        if isinstance(exc, PasswordRequiredError):
            password = self.ask_password(self.window, path.name, exc.problem.capitalize() + ".")
            if password:
                self.open(path, sheet=sheet, password=password)
            return
        self.openFailed.emit(str(path), message)

