"""Errors the core raises for problems a user can act on.

Each carries a one-line, plain-English message naming the file and the problem; the command
line prints it and exits 2, the app shows it in a dialog. Anything else is a bug.
"""

from __future__ import annotations

from pathlib import Path


class FeedbackError(Exception):
    """A problem with the user's input that the user can understand and fix."""


class UnreadableFileError(FeedbackError):
    """A file could not be read as a survey."""

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"{self.path.name}: {problem}")


class PasswordRequiredError(UnreadableFileError):
    """The workbook is encrypted and needs a password (or the one given is wrong)."""


class Cancelled(Exception):
    """Raised inside long work when the user pressed Cancel."""
