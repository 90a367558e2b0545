"""Undo and redo: the commands :class:`~feedback_gui.gui.state.AppState` puts on its QUndoStack.

Every edit is made first and then pushed as a command holding what was there before and after, so
the first ``redo()`` (which ``QUndoStack.push`` calls) does nothing and an edit that fails is never
on the stack. Undo and redo put the saved state back exactly, without inferring anything again:

- :class:`RetypeCommand` keeps the question *and* its responses column (a retype converts the column);
- :class:`CountedCommand` keeps the question (its counted answers);
- :class:`ProjectCommand` keeps one part of the project (the sentiment corrections, the codebook, the
  wave and benchmark match decisions, the user's indices, a project setting such as the weighting choice) and
  asks the state to announce it, so the panel that owns the part reads it again (``AppState.projectRestored``);
  a *merging* one (e.g. the weight cap, stepped with the arrow keys) joins the edit of the same part just before it;
- :class:`CallbackCommand` calls back its owner with what to put back (e.g. the waves compared, whose
  surveys were read from files and are kept rather than read again).

The text of a command is what Edit → Undo names ("Undo change type of “What is your grade?”").
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import pandas as pd
from PySide6.QtGui import QUndoCommand

from feedback_gui.core.project import Project, QuestionOverride
from feedback_gui.core.survey import Question, Survey

UNDO_LIMIT = 100
SETTINGS_PREFIX = "settings:"  # a project part named "settings:<key>" is project.settings[<key>]
PROJECT_PARTS = ("sentiment_corrections", "codebook", "wave_matches", "benchmark_matches", "indices")


def set_text(command: QUndoCommand, text: str) -> None:
    """Give a command its text; the menu copy has its ampersands doubled so none becomes a mnemonic."""
    command.setText(f"{text}\n{text.replace('&', '&&')}")


class UndoTarget(Protocol):
    """What the commands edit and put back: :class:`~feedback_gui.gui.state.AppState` (named by what it
    offers, so that this module does not import the state that imports it)."""

    survey: Survey | None
    project: Project

    def restore_question(self, snapshot: QuestionSnapshot) -> None:
        """Put a question (and its answers column) back as ``snapshot`` holds it."""

    def restore_project_part(self, part: str, value: object) -> None:
        """Put one part of the project back and announce it."""


@dataclass(frozen=True)
class QuestionSnapshot:
    """One question as it was: its schema, its saved correction and (for a retype) its answers."""

    question: Question
    override: QuestionOverride | None  # the project's correction of it (None: there was none)
    column: pd.Series | None = None  # the responses column; pandas copies on write, so no copy is needed

    @classmethod
    def take(cls, state: UndoTarget, question_id: str, with_column: bool = False) -> QuestionSnapshot:
        """The question with this id as it is now."""
        assert state.survey is not None
        question = state.survey.question(question_id)
        override = state.project.overrides.get(Project.key(question.text))
        column = state.survey.responses[question.column] if with_column and len(question.columns) == 1 else None
        return cls(question, copy.deepcopy(override), column)


class QuestionCommand(QUndoCommand):
    """An edit of one question: undo puts ``before`` back, redo ``after``."""

    def __init__(self, state: UndoTarget, text: str, before: QuestionSnapshot, after: QuestionSnapshot) -> None:
        super().__init__()
        set_text(self, text)
        self.state, self.before, self.after = state, before, after
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # the edit was made before the command was pushed
            self._pushed = True
            return
        self.state.restore_question(self.after)

    def undo(self) -> None:
        self.state.restore_question(self.before)


class RetypeCommand(QuestionCommand):
    """A question's type changed (its answers column was converted with it)."""

    def __init__(self, state: UndoTarget, before: QuestionSnapshot, after: QuestionSnapshot) -> None:
        super().__init__(state, f"change type of “{before.question.text}”", before, after)


class CountedCommand(QuestionCommand):
    """A question's counted answers changed."""

    def __init__(self, state: UndoTarget, before: QuestionSnapshot, after: QuestionSnapshot) -> None:
        super().__init__(state, f"change counted answers of “{before.question.text}”", before, after)


def read_part(project: Project, part: str) -> object:
    """A deep copy of one part of the project (``"codebook"``, ``"settings:equality_reference"`` …)."""
    if part.startswith(SETTINGS_PREFIX):
        return copy.deepcopy(project.settings.get(part.removeprefix(SETTINGS_PREFIX)))
    if part not in PROJECT_PARTS:
        raise KeyError(part)
    return copy.deepcopy(getattr(project, part))


def write_part(project: Project, part: str, value: object) -> None:
    """Put a copy of ``value`` back as one part of the project (a missing setting is removed)."""
    if part.startswith(SETTINGS_PREFIX):
        key = part.removeprefix(SETTINGS_PREFIX)
        if value is None:
            project.settings.pop(key, None)
        else:
            project.settings[key] = copy.deepcopy(value)
        return
    if part not in PROJECT_PARTS:
        raise KeyError(part)
    setattr(project, part, copy.deepcopy(value))


MERGE_ID = 1  # QUndoCommand.id() of merging project edits (they merge only with one of the same part)


class ProjectCommand(QUndoCommand):
    """An edit of one part of the project; the owning panel re-reads it after undo and redo.

    With ``merge``, an edit of the same part pushed right after this one is folded into it (one undo
    step for a run of small steps); if the run ends where it started, the command goes away."""

    def __init__(self, state: UndoTarget, text: str, part: str, before: object, after: object,
                 merge: bool = False) -> None:
        super().__init__()
        set_text(self, text)
        self.state, self.part, self.before, self.after = state, part, before, after
        self.merge = merge
        self._pushed = False

    def id(self) -> int:
        return MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ProjectCommand) or not other.merge or other.part != self.part:
            return False
        self.after = other.after
        self.setText(other.text())
        self.setObsolete(self.after == self.before)
        return True

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.state.restore_project_part(self.part, self.after)

    def undo(self) -> None:
        self.state.restore_project_part(self.part, self.before)


class CallbackCommand(QUndoCommand):
    """An edit that its owner knows how to take back: ``undo_with()`` and ``redo_with()`` put each state back."""

    def __init__(self, text: str, undo_with: Callable[[], None], redo_with: Callable[[], None]) -> None:
        super().__init__()
        set_text(self, text)
        self.undo_with, self.redo_with = undo_with, redo_with
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.redo_with()

    def undo(self) -> None:
        self.undo_with()


__all__ = ["UNDO_LIMIT", "CallbackCommand", "CountedCommand", "ProjectCommand", "QuestionSnapshot", "RetypeCommand",
           "UndoTarget", "read_part", "set_text", "write_part"]
