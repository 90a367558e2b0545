"""The benchmark chosen for the open survey and its comparison, shared by every panel.

One :class:`BenchmarkSession` per :class:`~feedback_gui.gui.state.AppState` (:func:`benchmark_session`).
The choice (a built-in name such as ``csps-2024-probation``, or the path of the user's CSV) is kept in the
project (``project.settings["benchmark"]``) and the user's match decisions in ``project.benchmark_matches``;
both are changed through ``state.edit_project``, so they can be undone. The comparison runs through the
state's task runner and is held in the state: ``state.analysis("benchmark")`` is the core's
:class:`~feedback_gui.core.insight.benchmarks.BenchmarkComparison` (or None), announced by
``state.analysisChanged("benchmark")``. It is worked out again when a survey is opened, a question's type or
counted answers change, the settings change, or undo and redo put the choice or a decision back.

A benchmark the user chooses is remembered only once it has been read and compared: a broken CSV leaves
the previous choice (and its figures) in place and gives a one-line message.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from feedback_gui.core.insight.benchmarks import (
    BenchmarkComparison,
    BenchmarkItem,
    BenchmarkSet,
    compare_with_benchmark,
    forget_benchmark_decision,
    load_benchmark,
    record_benchmark_decision,
)
from feedback_gui.core.insight.benchmarks.decisions import CONFIRMED, MANUAL, REJECTED
from feedback_gui.core.progress import ProgressFn
from feedback_gui.core.project import Project
from feedback_gui.core.settings import AnalysisSettings
from feedback_gui.core.survey import Survey
from feedback_gui.gui.benchmark.describe import choice_phrase
from feedback_gui.gui.state import AppState
from feedback_gui.gui.undo import SETTINGS_PREFIX
from feedback_gui.gui.workers import Task, one_line

ANALYSIS_KEY = "benchmark"  # state.analysis(ANALYSIS_KEY): the comparison
CHOICE_KEY = "benchmark"  # project.settings[CHOICE_KEY]: the built-in name or the CSV's path
CHOICE, MATCHES = f"{SETTINGS_PREFIX}{CHOICE_KEY}", "benchmark_matches"  # the parts of the project edited here


@dataclass(frozen=True)
class Compared:
    """What one run gives: the benchmark's figures and the comparison with them."""

    benchmark: BenchmarkSet
    comparison: BenchmarkComparison


def run_comparison(survey: Survey, against: str, project: Project, settings: AnalysisSettings,
                   progress: ProgressFn) -> Compared:
    """Read the benchmark and compare the survey with it (in the background)."""
    progress(0.0)
    benchmark = load_benchmark(against)
    progress(0.3)
    comparison = compare_with_benchmark(survey, benchmark, project=project, settings=settings)
    progress(1.0)
    return Compared(benchmark, comparison)


def where_is(against: str, project_path: Path | None) -> str:
    """A built-in name as it is; a CSV's path, or the file of that name beside the project when it has moved."""
    path = Path(against)
    if path.suffix.lower() not in (".csv", ".txt") or path.exists() or project_path is None:
        return against
    beside = project_path.parent / path.name
    return str(beside) if beside.exists() else against


class BenchmarkSession(QObject):
    """The chosen benchmark, its figures and the comparison; every change goes through here."""

    compared = Signal(object)  # BenchmarkComparison, or None when no benchmark is chosen (or it failed)
    failed = Signal(str)  # the chosen benchmark could not be compared again (one line)

    def __init__(self, state: AppState) -> None:
        super().__init__(state)
        self.setObjectName("benchmarkSession")
        self.state = state
        self.benchmark: BenchmarkSet | None = None
        self.comparison: BenchmarkComparison | None = None
        self.error = ""  # why the chosen benchmark has no comparison, if it failed
        self.running = False
        self._generation = 0  # results of older runs are dropped
        state.surveyChanged.connect(self.refresh)
        state.questionChanged.connect(lambda _qid: self.refresh())
        state.projectRestored.connect(self._project_restored)
        if state.has_survey:
            self.refresh()

    # --- the choice -------------------------------------------------------------------------------
    def chosen(self) -> str | None:
        """The benchmark chosen in the project: a built-in name, a CSV's path, or None."""
        value = self.state.project.settings.get(CHOICE_KEY)
        return str(value) if value else None

    def choose(self, against: str | Path | None, on_error: Callable[[str], None] | None = None) -> Task | None:
        """Compare with this benchmark (None: with none); remembered in the project, undoably, once it works.

        ``on_error(message)`` is called (on the GUI thread) when it cannot be used; the choice then stays.
        """
        if against is None:
            self._remember(None)
            return self.refresh()
        name = str(against).strip()
        if Path(name).suffix.lower() in (".csv", ".txt"):
            name = str(Path(name).resolve())
        interrupted = self.running  # a comparison with the benchmark in use was under way: it is dropped

        def failed(message: str) -> None:
            if interrupted:
                self.refresh()  # the benchmark in use, compared again with the figures as they are now
            if on_error is not None:
                on_error(message)

        return self._run(name, on_result=lambda result: self._chosen(name, result), on_error=failed)

    def _chosen(self, name: str, result: Compared) -> None:
        self._remember(name)
        self._show(result)

    def _remember(self, name: str | None) -> None:
        if name == self.chosen():
            return
        text = f"compare with {choice_phrase(name)}" if name else "compare with no benchmark"
        self.state.edit_project(text, CHOICE, partial(self._write_choice, name))

    def _write_choice(self, name: str | None) -> None:
        if name is None:
            self.state.project.settings.pop(CHOICE_KEY, None)
        else:
            self.state.project.settings[CHOICE_KEY] = name

    # --- the comparison --------------------------------------------------------------------------
    def refresh(self) -> Task | None:
        """Compare the open survey with the chosen benchmark again, in the background (or show none)."""
        chosen = self.chosen()
        if chosen is None or not self.state.has_survey:
            self._generation += 1
            self.running = False
            self.error = ""
            self._set(None, None)
            return None
        return self._run(where_is(chosen, self.state.project_path), on_result=self._show, on_error=self._failed)

    def _run(self, against: str, on_result: Callable[[Compared], None],
             on_error: Callable[[str], None]) -> Task | None:
        survey = self.state.survey
        if survey is None:
            return None
        self._generation += 1
        generation = self._generation
        decisions = Project(benchmark_matches=copy.deepcopy(self.state.project.benchmark_matches))  # a snapshot
        work = partial(run_comparison, survey, against, decisions, self.state.settings)

        def result(value: Compared) -> None:
            if generation == self._generation and survey is self.state.survey:
                self.running = False
                on_result(value)

        def error(_exc: BaseException, message: str) -> None:
            if generation == self._generation:
                self.running = False
                on_error(message)

        self.running = True
        if self.state.runner is None:  # a bare state (no window): run here
            try:
                value = work(lambda _fraction: None)
            except Exception as exc:  # noqa: BLE001 - reported as a one-line message
                error(exc, one_line(exc))
                return None
            result(value)
            return None
        return self.state.runner.run(work, "Comparing with the benchmark…", on_result=result, on_error=error,
                                     on_cancel=lambda: error(Exception(), "The comparison was cancelled."))

    def _show(self, result: Compared) -> None:
        self.error = ""
        self._set(result.benchmark, result.comparison)

    def _failed(self, message: str) -> None:
        self.error = message
        self._set(None, None)
        self.failed.emit(message)

    def _set(self, benchmark: BenchmarkSet | None, comparison: BenchmarkComparison | None) -> None:
        self.benchmark, self.comparison = benchmark, comparison
        self.state.set_analysis(ANALYSIS_KEY, comparison)
        self.compared.emit(comparison)

    # --- the user's decisions about matches (undoable) ----------------------------------------------
    def confirm(self, item: BenchmarkItem) -> bool:
        """Accept a proposed match (saved in the project)."""
        return self._decide(f"confirm the benchmark match of “{item.question}”", item.question,
                            item.benchmark_question, CONFIRMED, item.benchmark_code)

    def reject(self, item: BenchmarkItem) -> bool:
        """Refuse a match: the question is never paired with that benchmark question again."""
        return self._decide(f"reject the benchmark match of “{item.question}”", item.question,
                            item.benchmark_question, REJECTED, item.benchmark_code)

    def pair(self, question: str, benchmark_question: str) -> bool:
        """Pair a survey question with a benchmark question by hand."""
        code = next((r.code for r in self.benchmark.question_rows if r.text == benchmark_question), None) \
            if self.benchmark else None
        return self._decide(f"pair “{question}” with a benchmark question by hand", question, benchmark_question,
                            MANUAL, code)

    def forget(self, question: str, benchmark_question: str) -> bool:
        """Drop any decision about a pair (a rejected pair may then be matched again)."""
        changed = self.state.edit_project(f"forget the benchmark decision about “{question}”", MATCHES,
                                          partial(forget_benchmark_decision, self.state.project, question,
                                                  benchmark_question))
        if changed:
            self.refresh()
        return changed

    def rejected(self) -> list[tuple[str, str]]:
        """The (question, benchmark question) pairs the user rejected, as they were recorded."""
        return [(str(r["question"]), str(r["benchmark"])) for r in self.state.project.benchmark_matches
                if isinstance(r, dict) and r.get("decision") == REJECTED and r.get("question") and r.get("benchmark")]

    def _decide(self, text: str, question: str, benchmark_question: str, decision: str, code: str | None) -> bool:
        changed = self.state.edit_project(text, MATCHES, partial(record_benchmark_decision, self.state.project,
                                                                 question, benchmark_question, decision, code))
        if changed:
            self.refresh()
        return changed

    def _project_restored(self, part: str) -> None:
        if part in (CHOICE, MATCHES):
            self.refresh()


def benchmark_session(state: AppState) -> BenchmarkSession:
    """The state's benchmark session (made the first time it is asked for)."""
    session = state.findChild(BenchmarkSession, "benchmarkSession")
    return session if isinstance(session, BenchmarkSession) else BenchmarkSession(state)


__all__ = ["ANALYSIS_KEY", "CHOICE", "CHOICE_KEY", "MATCHES", "BenchmarkSession", "Compared", "benchmark_session",
           "run_comparison", "where_is"]
