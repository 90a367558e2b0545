"""The Insight panel's state: the cards' figures, the outcome chosen, its key drivers, and the user's indices.

Both pieces of work run in the background through ``state.runner`` (progress after half a second, Cancel):
the cards (indices, theme scores, eNPS) first, then the key drivers of the outcome chosen. A result older
than the latest request is dropped. Work is done only while someone looks: when the survey, a question, the
settings or the indices change while the panel is hidden, it is marked stale and done when the panel is shown
(:meth:`InsightSession.ensure_fresh`). The drivers are ranked again only when what they depend on changed: the
data, or the outcome (its own definition included).

Defining, editing and removing an index or theme is an edit of ``project.indices`` made through
``state.edit_project``, so Edit → Undo takes it back (``projectRestored("indices")``).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from feedback_gui.core.insight.definitions import IndexDefinition, index_definitions, record_index
from feedback_gui.core.insight.drivers import DEFAULT_RESAMPLES, DEFAULT_SEED
from feedback_gui.core.progress import no_progress
from feedback_gui.gui.insight.run import (
    CardsRun,
    DriversRun,
    OutcomeChoice,
    compute_cards,
    default_outcome,
    rank_drivers,
)
from feedback_gui.gui.state import AppState
from feedback_gui.gui.workers import Task

INDICES_PART = "indices"  # the part of the project undo puts back (see gui/undo.py)


class InsightSession(QObject):
    """What the Insight panel shows, worked out in the background."""

    cardsChanged = Signal()  # :attr:`cards` was replaced (None: no survey)
    outcomeChanged = Signal()  # :attr:`outcome` was replaced
    driversStarted = Signal()
    driversChanged = Signal()  # :attr:`drivers` or :attr:`message` was replaced (a result, a failure, a cancel)

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.cards: CardsRun | None = None
        self.outcome: OutcomeChoice | None = None
        self.drivers: DriversRun | None = None
        self.message = ""  # why there are no drivers (a failure, a cancel), if there are none
        self.resamples, self.seed = DEFAULT_RESAMPLES, DEFAULT_SEED
        self.visible = False  # work is done only while the panel is shown
        self.task: Task | None = None  # the drivers' task while it runs
        self._stale = True
        self._data_version = 0  # moved by every change of the survey, a question or the settings
        self._cards_generation = self._drivers_generation = 0
        self._drivers_key: tuple | None = None  # what the drivers on show (or on their way) were ranked for
        self._rerun = QTimer(self)  # several questions changed at once: work once
        self._rerun.setSingleShot(True)
        self._rerun.setInterval(300)
        self._rerun.timeout.connect(self.refresh)
        state.surveyChanged.connect(self._survey_changed)
        state.questionChanged.connect(lambda _qid: self._data_changed(soon=True))
        state.settingsChanged.connect(self._data_changed)
        state.projectRestored.connect(self._project_restored)

    # --- when to work --------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """True while the drivers are being ranked."""
        return self.task is not None

    def definitions(self) -> list[IndexDefinition]:
        """The user's indices and theme scores kept in the project."""
        return index_definitions(self.state.project)

    def set_visible(self, visible: bool) -> None:
        """The panel was shown (work if anything changed meanwhile) or hidden."""
        self.visible = visible
        if visible:
            self.ensure_fresh()

    def ensure_fresh(self) -> None:
        """Work out whatever changed since the last time."""
        if self._stale:
            self.refresh()

    def _survey_changed(self) -> None:
        if not self.state.refreshing:  # a new survey: the last one's outcome means nothing here
            self.outcome = None
        self._data_changed()

    def _data_changed(self, soon: bool = False) -> None:
        self._data_version += 1
        self._changed(soon)

    def _changed(self, soon: bool = False) -> None:
        self._stale = True
        if not self.visible:
            return
        if soon:
            self._rerun.start()
        else:
            self.refresh()

    def _project_restored(self, part: str) -> None:
        if part == INDICES_PART:
            self._changed()

    # --- the cards -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Work the cards out again (in the background), then the drivers if what they depend on changed."""
        self._rerun.stop()
        self._stale = False
        self._cards_generation += 1
        survey = self.state.survey
        if survey is None:
            self.cards, self.drivers, self.message, self._drivers_key = None, None, "", None
            self._drivers_generation += 1
            self.cardsChanged.emit()
            self.driversChanged.emit()
            return
        work = partial(compute_cards, survey, self.definitions(), dict(self.state.results), self.state.settings)
        self._start(work, "Working out the indices…", partial(self._cards_done, self._cards_generation),
                    partial(self._cards_failed, self._cards_generation))

    def _cards_done(self, generation: int, cards: CardsRun) -> None:
        if generation != self._cards_generation:
            return
        self.cards = cards
        chosen = (self.outcome.kind, self.outcome.text) if self.outcome is not None else None
        same = next((c for c in cards.outcomes if (c.kind, c.text) == chosen), None)
        self.outcome = same or default_outcome(cards.outcomes)
        self.cardsChanged.emit()
        self.outcomeChanged.emit()
        self._rank_if_needed()

    def _cards_failed(self, generation: int, _exc: BaseException, message: str) -> None:
        if generation == self._cards_generation:
            self.cards, self.drivers, self.message = None, None, message
            self.cardsChanged.emit()
            self.driversChanged.emit()

    # --- the drivers ---------------------------------------------------------------------------
    def choose_outcome(self, choice: OutcomeChoice) -> None:
        """Rank the drivers of another outcome."""
        if choice == self.outcome:
            return
        self.outcome = choice
        self.outcomeChanged.emit()
        self._rank_if_needed()

    def _key(self) -> tuple | None:
        if self.outcome is None or self.cards is None:
            return None
        own = self.cards.definition(self.outcome.text) if self.outcome.is_index else None
        return (self._data_version, self.outcome, own, self.resamples, self.seed)

    def _rank_if_needed(self) -> None:
        key = self._key()
        if key is not None and key == self._drivers_key and (self.drivers is not None or self.running):
            return  # what is on show (or on its way) is for this outcome and these data
        self.rank()

    def rank(self) -> None:
        """Rank the drivers of the chosen outcome (in the background; progress and Cancel after half a second)."""
        self._drivers_generation += 1
        generation = self._drivers_generation
        survey, outcome = self.state.survey, self.outcome
        if self.task is not None:
            self.task.cancel()  # its result would be dropped anyway
            self.task = None
        self._drivers_key = self._key()
        if survey is None or outcome is None:
            self.drivers, self.message = None, ""
            self.driversChanged.emit()
            return
        work = partial(rank_drivers, survey, outcome, self.definitions(), self.state.settings, self.resamples,
                       self.seed)
        self.driversStarted.emit()
        self.task = self._start(work, f"Ranking what drives {outcome.label[:60]}…",
                                partial(self._drivers_done, generation), partial(self._drivers_failed, generation),
                                partial(self._drivers_cancelled, generation))

    def _drivers_done(self, generation: int, run: DriversRun) -> None:
        if generation != self._drivers_generation:
            return
        self.task = None
        self.drivers, self.message = run, ""
        self.state.set_analysis("drivers", run.result)  # for the export
        self.driversChanged.emit()

    def _drivers_failed(self, generation: int, _exc: BaseException, message: str) -> None:
        if generation != self._drivers_generation:
            return
        self.task, self.drivers, self._drivers_key = None, None, None
        self.message = f"Cannot rank the drivers: {message}"
        self.state.set_analysis("drivers", None)
        self.driversChanged.emit()

    def _drivers_cancelled(self, generation: int) -> None:
        if generation != self._drivers_generation:
            return
        self.task, self.drivers, self._drivers_key = None, None, None
        self.message = "Ranking cancelled. Press Rank to rank the drivers again."
        self.driversChanged.emit()

    def cancel(self) -> None:
        """Stop ranking (as Cancel in the progress window does)."""
        if self.task is not None:
            self.task.cancel()

    def _start(self, work: Callable[..., Any], label: str, on_result: Callable[[Any], None],
               on_error: Callable[[BaseException, str], None],
               on_cancel: Callable[[], None] | None = None) -> Task | None:
        runner = self.state.runner
        if runner is None:  # a bare panel (no window): work here
            try:
                on_result(work(progress=no_progress))
            except Exception as exc:  # noqa: BLE001 - reported as a one-line message
                on_error(exc, str(exc))
            return None
        return runner.run(lambda progress: work(progress=progress), label, on_result=on_result, on_error=on_error,
                          on_cancel=on_cancel or (lambda: None))

    # --- the user's indices (undoable) ---------------------------------------------------------
    def save_definition(self, definition: IndexDefinition, replacing: str | None = None) -> bool:
        """Keep a new or edited index or theme in the project (in the place of ``replacing``, when editing);
        an edit Edit → Undo takes back. False when nothing changed."""
        project = self.state.project

        def change() -> None:
            names = [d.get("name", "").casefold() if isinstance(d, dict) else "" for d in project.indices]
            old = (replacing or definition.name).casefold()
            if old in names:
                project.indices[names.index(old)] = definition.to_dict()
            else:
                record_index(project, definition)

        kind = "theme" if definition.kind == "theme" else "index"
        what = f"edit {kind} “{definition.name}”" if replacing else f"define {kind} “{definition.name}”"
        changed = self.state.edit_project(what, INDICES_PART, change)
        outcome = self.outcome
        if changed and replacing and outcome is not None and outcome.is_index \
                and outcome.text.casefold() == replacing.casefold():
            self.outcome = OutcomeChoice(definition.name, definition.name, definition.kind)  # follows its index
        if changed:
            self._changed()
        return changed

    def remove_definition(self, name: str) -> bool:
        """Forget an index or theme (undoable); False when there was none of that name."""
        project = self.state.project
        keep = [d for d in project.indices
                if not (isinstance(d, dict) and str(d.get("name", "")).casefold() == name.casefold())]

        def change() -> None:
            project.indices[:] = keep

        changed = self.state.edit_project(f"remove “{name}”", INDICES_PART, change)
        if changed:
            self._changed()
        return changed


__all__ = ["INDICES_PART", "InsightSession"]
