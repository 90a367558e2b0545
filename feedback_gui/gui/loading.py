"""What the app does in the background when it opens a file: read, re-apply corrections, compute results.

These functions run on a pool thread (through :mod:`feedback_gui.gui.workers`) and touch no widget.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from feedback_gui.core.analysis.proportions import QuestionResult, question_result
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.importing import read_survey
from feedback_gui.core.progress import ProgressFn, sub_progress
from feedback_gui.core.project import PROJECT_SUFFIX, Project, load_project
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Survey

SURVEY_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm", ".csv", ".tsv", ".txt", ".tab", ".dat", ".sav")
OPENABLE_SUFFIXES = SURVEY_SUFFIXES + (PROJECT_SUFFIX,)


@dataclass
class Loaded:
    """A survey read and analysed, ready to be shown."""

    path: Path  # the survey file
    survey: Survey
    results: dict[str, QuestionResult]
    project: Project | None = None  # set when a project file was opened
    project_path: Path | None = None
    password: str | None = field(default=None, repr=False)
    reapplied: list[str] = field(default_factory=list)  # ids of questions a saved correction changed


def is_project(path: Path) -> bool:
    """True for a Feedback Analyser project file."""
    return path.suffix.lower() == PROJECT_SUFFIX


def compute_results(survey: Survey, settings: AnalysisSettings = DEFAULT_SETTINGS,
                    progress: ProgressFn | None = None) -> dict[str, QuestionResult]:
    """Every question's result (metadata included, so the import preview can show how many answered)."""
    results: dict[str, QuestionResult] = {}
    total = max(1, len(survey.questions))
    for done, question in enumerate(survey.questions, start=1):
        results[question.id] = question_result(survey, question, settings=settings)
        if progress is not None:
            progress(done / total)
    return results


def load_survey(path: Path, progress: ProgressFn, *, sheet: str | None = None, password: str | None = None,
                project: Project | None = None, settings: AnalysisSettings = DEFAULT_SETTINGS) -> Loaded:
    """Read a survey file, re-apply the project's corrections (a copy of it) and compute every result."""
    survey = read_survey(path, sheet, password=password, progress=sub_progress(progress, 0.0, 0.8))
    reapplied = project.apply(survey) if project is not None else []
    results = compute_results(survey, settings, sub_progress(progress, 0.8, 1.0))
    return Loaded(Path(path), survey, results, password=password, reapplied=reapplied)


def load_project_file(path: Path, progress: ProgressFn, *, password: str | None = None,
                      settings: AnalysisSettings = DEFAULT_SETTINGS) -> Loaded:
    """Open a project: its first survey, with the project's corrections applied."""
    project = load_project(path)
    if not project.surveys:
        raise FeedbackError(f"{path.name}: the project holds no survey file")
    ref = project.surveys[0]
    survey_path = resolve_survey_path(path, ref.path)
    loaded = load_survey(survey_path, progress, sheet=ref.sheet, password=password, project=project,
                         settings=settings)
    loaded.project, loaded.project_path = project, Path(path)
    return loaded


def resolve_survey_path(project_path: Path, stored: str) -> Path:
    """A survey path from a project file: as stored, else next to the project (a moved folder)."""
    candidate = Path(stored)
    if not candidate.is_absolute():
        candidate = project_path.parent / candidate
    if candidate.exists():
        return candidate
    beside = project_path.parent / Path(stored).name
    if beside.exists():
        return beside
    raise FeedbackError(f"{project_path.name}: its survey file {Path(stored).name} cannot be found")


def copy_project(project: Project) -> Project:
    """An independent copy, safe to use on another thread."""
    return Project.from_dict(project.to_dict())
