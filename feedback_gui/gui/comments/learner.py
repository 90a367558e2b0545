"""Learning from the user's corrections while the Comments panel is open: when, in the background, and undone.

:class:`CommentsLearner` is mixed into :class:`~feedback_gui.gui.comments.session.CommentsSession` (it uses the
session's ``state``, ``run``, ``analysis`` and its ``relabelled`` and ``learningChanged`` signals). A relabel
shows at once (:mod:`~feedback_gui.gui.comments.corrections`); then, once the user has paused for
:data:`LEARN_PAUSE_MS` (so that several quick relabels make one run), the comments like the relabelled ones
are scored again in the background (:func:`~feedback_gui.gui.comments.learn_run.learn`, no progress dialog:
the panel says it runs and offers Cancel). A newer run supersedes an older one, whose result is dropped. Undo
and redo go through the same path, so what is shown always follows the corrections in the project; a
reopened project learns as it is analysed (:func:`~feedback_gui.gui.comments.run.run_comments`). Settings
can turn learning off (the analyser's labels and the user's only).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer

from feedback_gui.core.comments.relabel import Relabelling
from feedback_gui.gui.comments.arrays import filter_index, keep_index, relabelled_index
from feedback_gui.gui.comments.learn_run import Learned, learn
from feedback_gui.gui.workers import Task

LEARN_PAUSE_MS = 700  # relabels closer together than this make one learning run
IDLE, WAITING, RUNNING, DONE, CANCELLED, FAILED = "idle", "waiting", "running", "done", "cancelled", "failed"


class CommentsLearner:
    """Learning from the project's corrections: scheduled after relabels, run in the background, cancellable."""

    def _init_learning(self) -> None:
        self.learned: Learned | None = None  # the last learning run shown (None: the analyser's labels and yours)
        self.learning_task: Task | None = None
        self.learning_status = IDLE
        self.learning_error = ""
        self._learn_generation = 0
        self._learning_on = self.state.settings.learn_from_corrections
        self._learn_timer = QTimer(self)
        self._learn_timer.setSingleShot(True)
        self._learn_timer.setInterval(LEARN_PAUSE_MS)
        self._learn_timer.timeout.connect(self.learn_now)

    @property
    def learning_on(self) -> bool:
        """True when Settings let the panel learn from the user's corrections."""
        return bool(self.state.settings.learn_from_corrections)

    def relabelling(self) -> Relabelling | None:
        """What a relabel is applied to: the last learning run's, else the analysis run's."""
        if self.run is None:
            return None
        return self.learned.relabelling if self.learned is not None else self.run.relabelling

    @property
    def learning(self) -> bool:
        """True while a learning run waits for the user to pause or runs."""
        return self.learning_status in (WAITING, RUNNING)

    def corrections_in_view(self) -> int:
        """How many of the project's corrections are of comments analysed now."""
        if self.analysis is None:
            return 0
        keys = filter_index(self.analysis).keys()
        return sum(key in keys for key in self.state.project.sentiment_corrections)

    def schedule_learning(self) -> None:
        """After a relabel (or its undo): learn again once the user pauses; a run in progress is out of date."""
        if self.run is None or not self.learning_on:
            return
        self._stop_learning()
        self._set_learning(WAITING)
        self._learn_timer.start()

    def learn_now(self) -> Task | None:
        """Learn from the project's corrections now, in the background (with learning off: show the analyser's
        labels and the user's only)."""
        self._stop_learning()
        if self.run is None:
            self._set_learning(IDLE)
            return None
        generation = self._learn_generation
        work = partial(learn, self.run.analysis, dict(self.state.project.sentiment_corrections),
                       learning=self.learning_on)
        self._set_learning(RUNNING)
        if self.state.runner is None:  # a bare panel without a window: learn here
            self._learned(generation, work())
            return None
        self.learning_task = self.state.runner.run(
            lambda progress: work(progress=progress), "Learning from your corrections…",
            on_result=partial(self._learned, generation), on_error=partial(self._learning_failed, generation),
            on_cancel=partial(self._learning_cancelled, generation), quiet=True)
        return self.learning_task

    def cancel_learning(self) -> None:
        """Stop learning; the labels shown stay as they are (the user's corrections always show)."""
        self._learn_timer.stop()
        if self.learning_task is not None:
            self.learning_task.cancel()  # said when the worker stops (_learning_cancelled)
        elif self.learning_status == WAITING:
            self._learn_generation += 1
            self._set_learning(CANCELLED)

    # --- results -------------------------------------------------------------------------------
    def _stop_learning(self) -> None:
        """Forget a learning run waiting or running (its outcome is dropped)."""
        self._learn_timer.stop()
        self._learn_generation += 1
        if self.learning_task is not None:
            self.learning_task.cancel()
            self.learning_task = None

    def _forget_learning(self) -> None:
        """A new analysis (or none): nothing learned is shown any more."""
        self._stop_learning()
        self.learned = None
        self.learning_error = ""
        self.learning_status = IDLE

    def _set_learning(self, status: str, error: str = "") -> None:
        self.learning_status, self.learning_error = status, error
        self.learningChanged.emit()

    def _learned(self, generation: int, learned: Learned) -> None:
        if generation != self._learn_generation:
            return
        self.learning_task = None
        self.use_learned(learned)
        self._set_learning(DONE if learned.learning else IDLE)

    def use_learned(self, learned: Learned) -> None:
        """Show a learning run's labels, with the corrections in the project now."""
        self.learned = learned
        keep_index(learned.analysis, learned.index)
        old = learned.analysis
        self.analysis, changed = learned.relabelling.with_corrections(self.state.project.sentiment_corrections)
        if self.analysis is not old:  # corrections changed while it ran (with learning off)
            relabelled_index(old, self.analysis, changed)
        self.state.set_analysis("comments", self.analysis)
        self.relabelled.emit(-1)

    def _learning_failed(self, generation: int, _exc: BaseException, message: str) -> None:
        if generation == self._learn_generation:
            self.learning_task = None
            self._set_learning(FAILED, message)

    def _learning_cancelled(self, generation: int) -> None:
        if generation == self._learn_generation:
            self.learning_task = None
            self._set_learning(CANCELLED)

    def _learning_setting_changed(self) -> None:
        """Settings turned learning on or off: show the labels that follow."""
        if self.learning_on == self._learning_on:
            return
        self._learning_on = self.learning_on
        if self.run is not None and (self.learned is not None or self.state.project.sentiment_corrections):
            self.learn_now()


__all__ = ["CANCELLED", "DONE", "FAILED", "IDLE", "LEARN_PAUSE_MS", "RUNNING", "WAITING", "CommentsLearner"]
