"""AppState: the one place that holds what is open (survey, results, project) and every user edit.

Panels read it and listen to its signals; edits go through its methods, which call the core, record
the change in the project, put a command on the undo stack (:mod:`feedback_gui.gui.undo`) and say what
changed. The project is "modified" while the undo stack is away from where it was last saved, or after an
edit that cannot be undone (``mark_modified``); autosave listens to ``edited``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from feedback_gui.core.analysis.breakdown import Breakdown, breakdown
from feedback_gui.core.analysis.proportions import QuestionResult, question_result
from feedback_gui.core.project import PROJECT_SUFFIX, Project, QuestionOverride, SurveyRef, save_project
from feedback_gui.core.schema.counted_default import apply_default, follow_default
from feedback_gui.core.schema.overrides import retype, set_counted
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Question, QuestionType, Survey
from feedback_gui.gui.loading import Loaded, compute_results, copy_project
from feedback_gui.gui.undo import (
    UNDO_LIMIT,
    CountedCommand,
    ProjectCommand,
    QuestionSnapshot,
    RetypeCommand,
    read_part,
    write_part,
)
from feedback_gui.gui.workers import Task, TaskRunner


class AppState(QObject):
    """What is open in the window, and the edits made to it."""

    surveyChanged = Signal()  # a new survey (or sheet) was loaded; re-sent, with refreshing True, after a recompute
    questionChanged = Signal(str)  # a question's type or counted answers changed (its id)
    modifiedChanged = Signal(bool)  # the project has (or no longer has) unsaved edits
    edited = Signal()  # any edit was made (every time, not only the first): autosave listens
    projectPathChanged = Signal()
    panelRequested = Signal(str, object)  # panel key, what to show in it (e.g. a question id)
    analysisChanged = Signal(str)  # a latest result ("comments", "waves", "equality", "benchmark") was replaced
    settingsChanged = Signal()  # the analysis settings changed and every result was computed again
    projectRestored = Signal(str)  # undo or redo put back a part of the project (see undo.read_part): re-read it

    def __init__(self, settings: AnalysisSettings = DEFAULT_SETTINGS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self.undo_stack.indexChanged.connect(self._stack_moved)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._unsaved_elsewhere = False  # an edit the undo stack does not hold was made since the last save
        self.refreshing = False  # True while surveyChanged is re-sent because the settings changed every result
        self._touched: set[str] = set()  # questions edited while every result is being computed again
        self.survey: Survey | None = None
        self.results: dict[str, QuestionResult] = {}
        self.source: Path | None = None
        self.password: str | None = None
        self.project = Project()
        self.project_path: Path | None = None
        self.modified = False
        self.runner: TaskRunner | None = None  # set by the window: panels run long work through it
        self.analyses: dict[str, object] = {}  # latest comments analysis, waves comparison, equality report

    # --- reading -------------------------------------------------------------------------------
    @property
    def counted_default(self) -> str:
        """What rating scales count unless the user chose (``settings.counted_default``)."""
        return self.settings.counted_default

    @counted_default.setter
    def counted_default(self, mode: str) -> None:
        self.settings = replace(self.settings, counted_default=mode)  # no recompute: see apply_settings

    @property
    def has_survey(self) -> bool:
        """True once a survey is open."""
        return self.survey is not None

    def result(self, question_id: str) -> QuestionResult:
        """The current result of one question."""
        return self.results[question_id]

    def question(self, question_id: str) -> Question:
        """The current schema of one question."""
        assert self.survey is not None
        return self.survey.question(question_id)

    def reportable_results(self) -> list[QuestionResult]:
        """Results of every question but metadata, in file order."""
        return [r for r in self.results.values() if r.type != QuestionType.METADATA]

    def headline_results(self) -> list[QuestionResult]:
        """Results that have a headline figure, in file order."""
        return [r for r in self.results.values() if r.headline is not None]

    def demographics(self) -> list[Question]:
        """The questions a breakdown can be made by."""
        return self.survey.demographics if self.survey else []

    def breakdown(self, question_id: str, by_id: str) -> Breakdown:
        """One question broken down by a demographic (ValueError when it cannot be)."""
        assert self.survey is not None
        survey = self.survey
        return breakdown(survey, survey.question(question_id), survey.question(by_id), settings=self.settings)

    # --- loading -------------------------------------------------------------------------------
    def set_loaded(self, loaded: Loaded) -> None:
        """Show a newly read survey (and its project, when a project file was opened)."""
        if loaded.project is not None:
            self.project, self.project_path = loaded.project, loaded.project_path
            self.projectPathChanged.emit()
        was_modified = self.modified
        self.undo_stack.clear()  # what was done to the last survey cannot be undone on this one
        self._unsaved_elsewhere = was_modified
        self.survey, self.results = loaded.survey, dict(loaded.results)
        for question_id in self.apply_counted_default(loaded.survey):
            self.results[question_id] = question_result(loaded.survey, loaded.survey.question(question_id),
                                                        settings=self.settings)
        self.analyses = {}
        self.source, self.password = loaded.path, loaded.password
        ref = SurveyRef(str(Path(loaded.path).resolve()), loaded.survey.layout.sheet)
        if loaded.project is not None:
            label = self.project.surveys[0].label if self.project.surveys else None
            self.project.surveys[:1] = [SurveyRef(ref.path, ref.sheet, label)]
            self._set_modified(False)
        elif [(s.path, s.sheet) for s in self.project.surveys[:1]] != [(ref.path, ref.sheet)]:
            self.project.surveys = [ref]
            self._set_modified(self.project_path is not None)
        self.surveyChanged.emit()

    # --- edits (each one undoable) ----------------------------------------------------------------
    def retype(self, question_id: str, new_type: QuestionType | str) -> Question:
        """Change a question's type; recorded in the project. ValueError when the type cannot apply."""
        assert self.survey is not None
        before = QuestionSnapshot.take(self, question_id, with_column=True)
        question = retype(self.survey, question_id, QuestionType(new_type))
        if question == before.question:
            return question
        self.project.record(question.text, type=str(question.type), counted=None, excluded=None)
        question = follow_default(self.survey, self.project, question_id, self.counted_default)
        self.undo_stack.push(RetypeCommand(self, before, QuestionSnapshot.take(self, question_id, with_column=True)))
        self._refresh(question)
        return question

    def set_counted(self, question_id: str, counted: Sequence[str]) -> QuestionResult:
        """Choose the answers a question's headline counts; recorded in the project."""
        assert self.survey is not None
        before = QuestionSnapshot.take(self, question_id)
        question = set_counted(self.survey, question_id, list(counted))
        self.project.record(question.text, counted=list(question.counted))
        after = QuestionSnapshot.take(self, question_id)
        if after != before:
            self.undo_stack.push(CountedCommand(self, before, after))
        return self._refresh(question)

    def restore_question(self, snapshot: QuestionSnapshot) -> None:
        """Undo and redo: put a question (its answers column, its saved correction) back as it was."""
        assert self.survey is not None
        question = snapshot.question
        if snapshot.column is not None:
            self.survey.responses[question.column] = snapshot.column
        self.survey.replace_question(question)
        key = Project.key(question.text)
        if snapshot.override is None:
            self.project.overrides.pop(key, None)
        else:
            self.project.overrides[key] = QuestionOverride(**snapshot.override.__dict__)
        self._refresh(question)

    def edit_project(self, text: str, part: str, change: Callable[[], object], merge: bool = False) -> bool:
        """Make an undoable edit of one part of the project: ``change()`` edits it in place.

        ``text`` names the edit in Edit → Undo; ``part`` is what undo puts back (see
        :func:`feedback_gui.gui.undo.read_part`); ``merge`` folds it into the edit of the same part just
        before it, if that one merges too. Returns False when nothing changed (nothing to undo).
        """
        before = read_part(self.project, part)
        change()
        after = read_part(self.project, part)
        if after == before:
            return False
        self.undo_stack.push(ProjectCommand(self, text, part, before, after, merge))
        return True

    def restore_project_part(self, part: str, value: object) -> None:
        """Undo and redo: put one part of the project back, and ask its panel to read it again."""
        write_part(self.project, part, value)
        self.projectRestored.emit(part)

    def apply_counted_default(self, survey: Survey) -> list[str]:
        """Give the survey's rating scales the default counted answers (unless the user chose); the ids changed."""
        return apply_default(survey, self.project, self.counted_default)

    # --- settings ----------------------------------------------------------------------------------
    def apply_settings(self, settings: AnalysisSettings, counted_default: str | None = None) -> Task | None:
        """Use new analysis settings (``counted_default``, when given, replaces ``settings.counted_default``):
        every result is computed again.

        The work runs through the task runner when there is one; then ``settingsChanged`` is sent, and
        ``surveyChanged`` again with ``refreshing`` True, so panels that only know that signal rebuild.
        """
        if counted_default is not None:
            settings = replace(settings, counted_default=counted_default)
        if settings == self.settings:
            return None
        self.settings = settings
        if self.survey is None:
            self.settingsChanged.emit()
            return None
        survey = self.survey
        self.apply_counted_default(survey)
        work = partial(compute_results, survey, settings)
        self._touched = set()
        if self.runner is None:
            self._recomputed(survey, settings, work())
            return None
        return self.runner.run(lambda progress: work(progress=progress), "Recalculating every figure…",
                               on_result=partial(self._recomputed, survey, settings))

    def _recomputed(self, survey: Survey, settings: AnalysisSettings, results: dict[str, QuestionResult]) -> None:
        if survey is not self.survey or settings != self.settings:
            return  # another survey was opened, or the settings changed again, meanwhile
        for question_id in self._touched:  # edited while it ran
            results[question_id] = question_result(survey, survey.question(question_id), settings=settings)
        self.results = results
        self.settingsChanged.emit()
        self.refreshing = True
        try:
            self.surveyChanged.emit()
        finally:
            self.refreshing = False

    def set_analysis(self, key: str, result: object | None) -> None:
        """Keep a panel's latest result (e.g. the comments analysis with corrections) for the export."""
        if result is None:
            self.analyses.pop(key, None)
        else:
            self.analyses[key] = result
        self.analysisChanged.emit(key)

    def analysis(self, key: str) -> object | None:
        """A panel's latest result, if it has one for the open survey."""
        return self.analyses.get(key)

    def request_panel(self, key: str, target: object = None) -> None:
        """Ask the window to show a panel (and, optionally, something in it)."""
        self.panelRequested.emit(key, target)

    # --- project -------------------------------------------------------------------------------
    def save_project(self, path: Path | None = None) -> Path:
        """Save the project (to ``path``, or where it was last saved)."""
        target = Path(path or self.project_path or "")
        if not str(target) or target == Path("."):
            raise ValueError("the project has no file name yet")
        if target.suffix.lower() != PROJECT_SUFFIX:
            target = target.with_suffix(PROJECT_SUFFIX)
        saved = copy_project(self.project)
        for ref in saved.surveys:
            ref.path = _portable(Path(ref.path), target.parent)
        save_project(saved, target)
        if target != self.project_path:
            self.project_path = target
            self.projectPathChanged.emit()
        self._set_modified(False)
        return target

    def _refresh(self, question: Question) -> QuestionResult:
        assert self.survey is not None
        result = question_result(self.survey, question, settings=self.settings)
        self.results[question.id] = result
        self._touched.add(question.id)
        self.questionChanged.emit(question.id)
        return result

    def mark_modified(self) -> None:
        """Say the project changed in a way the undo stack does not hold (e.g. a wave was added)."""
        self._set_modified(True)

    def _set_modified(self, modified: bool) -> None:
        """True: an edit outside the undo stack. False: saved (or freshly opened) here."""
        self._unsaved_elsewhere = modified
        if not modified:
            self.undo_stack.setClean()
        else:
            self.edited.emit()
        self._update_modified()

    def _stack_moved(self, _index: int) -> None:
        if self.undo_stack.count():  # an edit, an undo or a redo (not the stack being cleared)
            self.edited.emit()
        self._update_modified()

    def _clean_changed(self, _clean: bool) -> None:
        self._update_modified()

    def _update_modified(self) -> None:
        modified = self._unsaved_elsewhere or not self.undo_stack.isClean()
        if modified != self.modified:
            self.modified = modified
            self.modifiedChanged.emit(modified)


def _portable(path: Path, folder: Path) -> str:
    """A survey path relative to the project's folder when it lies inside it, else absolute."""
    path, folder = path.resolve(), folder.resolve()
    return path.relative_to(folder).as_posix() if path.is_relative_to(folder) else str(path)
