"""AppState: the one place that holds what is open (survey, results, project) and every user edit.

Panels read it and listen to its signals; edits go through its methods, which call the core, record
the change in the project and say what changed. Autosave and undo can hook in here.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from feedback_gui.core.analysis.breakdown import Breakdown, breakdown
from feedback_gui.core.analysis.proportions import QuestionResult, question_result
from feedback_gui.core.project import PROJECT_SUFFIX, Project, SurveyRef, save_project
from feedback_gui.core.schema.overrides import retype, set_counted
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Question, QuestionType, Survey
from feedback_gui.gui.loading import Loaded, copy_project
from feedback_gui.gui.workers import TaskRunner


class AppState(QObject):
    """What is open in the window, and the edits made to it."""

    surveyChanged = Signal()  # a new survey (or sheet) was loaded
    questionChanged = Signal(str)  # a question's type or counted answers changed (its id)
    modifiedChanged = Signal(bool)  # the project has (or no longer has) unsaved edits
    edited = Signal()  # any edit was made (every time, not only the first): autosave listens
    projectPathChanged = Signal()
    panelRequested = Signal(str, object)  # panel key, what to show in it (e.g. a question id)
    analysisChanged = Signal(str)  # a panel's latest result ("comments", "waves", "equality") was replaced

    def __init__(self, settings: AnalysisSettings = DEFAULT_SETTINGS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
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
        self.survey, self.results = loaded.survey, dict(loaded.results)
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

    # --- edits ---------------------------------------------------------------------------------
    def retype(self, question_id: str, new_type: QuestionType | str) -> Question:
        """Change a question's type; recorded in the project. ValueError when the type cannot apply."""
        assert self.survey is not None
        question = retype(self.survey, question_id, QuestionType(new_type))
        self.project.record(question.text, type=str(question.type), counted=None, excluded=None)
        self._refresh(question)
        return question

    def set_counted(self, question_id: str, counted: Sequence[str]) -> QuestionResult:
        """Choose the answers a question's headline counts; recorded in the project."""
        assert self.survey is not None
        question = set_counted(self.survey, question_id, list(counted))
        self.project.record(question.text, counted=list(question.counted))
        return self._refresh(question)

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
        self._set_modified(True)
        self.questionChanged.emit(question.id)
        return result

    def mark_modified(self) -> None:
        """Say the project changed (panels call this after recording an edit in the project)."""
        self._set_modified(True)

    def _set_modified(self, modified: bool) -> None:
        if modified:
            self.edited.emit()
        if modified != self.modified:
            self.modified = modified
            self.modifiedChanged.emit(modified)


def _portable(path: Path, folder: Path) -> str:
    """A survey path relative to the project's folder when it lies inside it, else absolute."""
    path, folder = path.resolve(), folder.resolve()
    return path.relative_to(folder).as_posix() if path.is_relative_to(folder) else str(path)
