"""What the app does in the background when it opens a file: read, re-apply corrections, compute results.

These functions run on a pool thread (through :mod:`feedback_gui.gui.workers`) and touch no widget.

A large file (over :data:`ELSEWHERE_BYTES`) is read in a process of its own. Reading a national survey
runs long stretches of C code (the Excel reader, Arrow, pandas) that keep Python's interpreter lock,
and the window, which needs that lock to repaint, would wait for them; the reader's working memory
(the whole sheet's cells) also goes back to the system when that process ends. The survey comes back
one column at a time, so taking it in never holds the lock for long either.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass, field
from pathlib import Path

from feedback_gui.core.analysis.proportions import QuestionResult, question_result
from feedback_gui.core.comments.inputs import comment_inputs
from feedback_gui.core.errors import Cancelled, FeedbackError, UnreadableFileError
from feedback_gui.core.importing import read_survey
from feedback_gui.core.processes import (
    SurveyAssembler,
    lower_priority,
    portable_error,
    progress_sender,
    replies,
    survey_messages,
)
from feedback_gui.core.progress import ProgressFn, sub_progress
from feedback_gui.core.project import PROJECT_SUFFIX, Project, load_project
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Survey

ELSEWHERE_BYTES = 10 * 2**20  # files larger than this are read in a separate process
STOPPED = "the file could not be read (the reading process stopped)"
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
    try:
        large = Path(path).stat().st_size > ELSEWHERE_BYTES
    except OSError:
        large = False  # read_survey says what is wrong with the file
    reading = sub_progress(progress, 0.0, 0.8)
    if large:
        survey, results, reapplied = read_elsewhere(Path(path), sheet, password, reading, project, settings)
    else:
        survey = read_survey(path, sheet, password=password, progress=reading)
        reapplied = project.apply(survey) if project is not None else []
        results = compute_results(survey, settings, sub_progress(progress, 0.8, 0.97))
    comment_inputs(survey)  # gathered here, off the GUI thread; the Comments panel asks for them again
    progress(1.0)
    return Loaded(Path(path), survey, results, password=password, reapplied=reapplied)


def read_elsewhere(path: Path, sheet: str | None, password: str | None, progress: ProgressFn,
                   project: Project | None = None, settings: AnalysisSettings = DEFAULT_SETTINGS,
                   ) -> tuple[Survey, dict[str, QuestionResult], list[str]]:
    """:func:`~feedback_gui.core.importing.read_survey` in a new process, which also re-applies the project's
    corrections and computes every result (pandas work that would keep the interpreter lock from the
    window); returns the survey, its results and the ids of the questions a correction changed. Cancel (a
    progress call raising) stops that process."""
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, path, sheet, password, project, settings), daemon=True,
                            name="feedback-gui-reader")
    child.start()
    send.close()
    survey, results, reapplied = SurveyAssembler(), {}, []
    try:
        for message in replies(child, receive, progress, lambda: UnreadableFileError(path, STOPPED)):
            if not survey.take(message) and message[0] == "results":
                results, reapplied = message[1:]
    except (EOFError, OSError):
        raise UnreadableFileError(path, STOPPED) from None
    except (Cancelled, Exception):
        child.kill()
        raise
    finally:
        receive.close()
        child.join(timeout=5)
    return survey.survey(), results, reapplied


def _child(send: object, path: Path, sheet: str | None, password: str | None, project: Project | None,
           settings: AnalysisSettings) -> None:
    """The reading process: reads, corrects and computes, sending progress, then the results and the
    survey column by column."""
    lower_priority()
    progress = progress_sender(send)
    try:
        survey = read_survey(path, sheet, password=password, progress=sub_progress(progress, 0.0, 0.9))
        reapplied = project.apply(survey) if project is not None else []
        results = compute_results(survey, settings, sub_progress(progress, 0.9, 1.0))
    except Exception as exc:  # noqa: BLE001 - sent to the app, which reports it as it would its own
        send.send(("error", *portable_error(exc)))  # type: ignore[attr-defined]
        return
    send.send(("results", results, reapplied))  # type: ignore[attr-defined]
    for message in survey_messages(survey):
        send.send(message)  # type: ignore[attr-defined]
    send.send(("done",))  # type: ignore[attr-defined]


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
