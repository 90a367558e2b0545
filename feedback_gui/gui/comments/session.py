"""The Comments panel's analysis and edits: what is analysed, the background run, the user's corrections.

The analysis runs through the state's task runner (progress after 0.5 s, Cancel) and is run again when
the survey, the questions analysed, the codebook or redaction changes. It is kept *without* the user's
labels (``run.analysis``); ``analysis`` is that with the project's corrections applied
(``run.relabelling``), so a relabel costs no re-analysis, takes milliseconds and can be taken back.

Every edit the user makes here goes through two methods: :meth:`CommentsSession.set_correction` (one
comment's label) and :meth:`CommentsSession.set_codebook` (the project's codebook); both are undoable and
live in :mod:`feedback_gui.gui.comments.corrections`. After relabels the comments like those relabelled are
scored again in the background (:mod:`feedback_gui.gui.comments.learner`).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal

from feedback_gui.core.comments import Codebook, CommentAnalysis, built_in_codebook
from feedback_gui.core.comments.codebook import STAFF, USER_VOICE
from feedback_gui.core.comments.inputs import codebook_for, comment_inputs, free_text_questions
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.progress import no_progress
from feedback_gui.core.survey import Question
from feedback_gui.gui.comments.corrections import CODEBOOK, CORRECTIONS, CommentsCorrections
from feedback_gui.gui.comments.learner import DONE, IDLE, CommentsLearner
from feedback_gui.gui.comments.run import CommentsRun, run_comments
from feedback_gui.gui.comments.widgets.cloud_canvas import picture_scale
from feedback_gui.gui.describe import plural
from feedback_gui.gui.state import AppState
from feedback_gui.gui.workers import Task

AUTO, PROJECT = "auto", "project"  # codebook choices besides the built-in STAFF and USER_VOICE


class CommentsSession(CommentsCorrections, CommentsLearner, QObject):
    """What the Comments panel analyses and shows; every edit goes through here."""

    analysed = Signal(object)  # CommentAnalysis with the user's labels, or None (nothing to show yet)
    relabelled = Signal(int)  # a comment's label changed (its index); counts and quotes changed with it
    choicesChanged = Signal()  # the questions or codebooks on offer changed
    runningChanged = Signal(bool)
    failed = Signal(str)  # one-line message
    cancelled = Signal()
    invalidated = Signal()  # what is shown no longer matches the survey: analyse again when seen
    learningChanged = Signal()  # learning from the corrections started, finished, was cancelled or failed

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.question_id: str | None = None  # None: every free-text question
        self.codebook_choice = AUTO
        self.show_personal = not state.settings.redact  # redaction is on unless the user turns it off
        self._redact = state.settings.redact  # the Settings default the choice above started from
        self.run: CommentsRun | None = None
        self.analysis: CommentAnalysis | None = None
        self.task: Task | None = None
        self.stale = True
        self._generation = 0
        self._free_ids: tuple[str, ...] = ()
        self._run_corrections: dict[str, str] = {}  # those the analysis running started from
        self._init_learning()
        state.surveyChanged.connect(self._survey_changed)
        state.questionChanged.connect(lambda _qid: self._questions_changed())
        state.settingsChanged.connect(self._settings_changed)
        state.projectRestored.connect(self._project_restored)

    # --- what is analysed ------------------------------------------------------------------------
    def questions(self) -> list[Question]:
        """Every free-text question of the open survey."""
        return free_text_questions(self.state.survey) if self.state.survey is not None else []

    def chosen_questions(self) -> list[Question]:
        """The questions analysed: the one chosen, or every free-text question."""
        questions = self.questions()
        chosen = [q for q in questions if q.id == self.question_id]
        return chosen or questions

    def project_codebook(self) -> Codebook | None:
        """The codebook saved in the project (None when there is none, or it cannot be read)."""
        data = self.state.project.codebook
        try:
            return Codebook.from_dict(data, "the project's codebook") if data else None
        except FeedbackError:
            return None

    def chosen_codebook(self) -> Codebook | None:
        """The codebook to use; None means the built-in one that suits the survey."""
        if self.codebook_choice == PROJECT:
            return self.project_codebook()
        if self.codebook_choice in (STAFF, USER_VOICE):
            return built_in_codebook(self.codebook_choice)
        return None

    def codebook_in_use(self) -> Codebook:
        """The codebook of the analysis on show (or the one that will be used)."""
        if self.analysis is not None:
            return self.analysis.codebook
        return self.chosen_codebook() or built_in_codebook(USER_VOICE if self._looks_user_voice() else STAFF)

    def _saved_codebook_choice(self) -> str:
        """The project's own codebook when it has one, else the automatic choice."""
        return PROJECT if self.project_codebook() is not None else AUTO

    def _looks_user_voice(self) -> bool:
        survey = self.state.survey
        return survey is not None and codebook_for(survey, comment_inputs(survey, self.questions())).kind == USER_VOICE

    def set_question(self, question_id: str | None) -> None:
        """Analyse one free-text question (None: all of them)."""
        if question_id != self.question_id:
            self.question_id = question_id
            self.refresh()

    def set_codebook_choice(self, choice: str) -> None:
        """Use the automatic, a built-in or the project's codebook."""
        if choice != self.codebook_choice:
            self.codebook_choice = choice
            self.refresh()

    def set_show_personal(self, on: bool) -> None:
        """Show comments as written (True) or with names and contact details hidden (False, the default)."""
        if on != self.show_personal:
            self.show_personal = on
            self.refresh()

    # --- running -------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        """True while an analysis runs."""
        return self.task is not None

    def refresh(self) -> Task | None:
        """Analyse again in the background (or say there is nothing to analyse)."""
        self._generation += 1
        generation = self._generation
        if self.task is not None:
            self.task.cancel()  # its outcome is dropped: it belongs to an older generation
            self.task = None
        self.stale = False
        self._learning_on = self.learning_on  # the run learns (or not) as Settings say now
        if self.learning:
            self._stop_learning()  # the run learns from the corrections as they are now
            self._set_learning(IDLE)
        survey, questions = self.state.survey, self.chosen_questions()
        if survey is None or not questions:
            self._show(None)
            return None
        inputs = comment_inputs(survey, questions)
        self._run_corrections = dict(self.state.project.sentiment_corrections)
        work = partial(run_comments, inputs, self.chosen_codebook(), survey, not self.show_personal,
                       self._run_corrections, cloud_scale=picture_scale(), learning=self.learning_on)
        if self.state.runner is None:  # a bare panel without a window: run here
            self._done(generation, work(no_progress))
            return None
        self.task = self.state.runner.run(
            lambda progress: work(progress=progress), f"Analysing {plural(len(inputs), 'comment')}…",
            on_result=partial(self._done, generation), on_error=partial(self._failed, generation),
            on_cancel=partial(self._cancelled, generation))
        self.runningChanged.emit(True)
        return self.task

    def _done(self, generation: int, run: CommentsRun) -> None:
        if generation != self._generation:
            return
        self._finished()
        self._forget_learning()
        self.run = run
        self.learned = run.learned
        corrections = self.state.project.sentiment_corrections
        relabelling = self.relabelling()
        assert relabelling is not None
        if run.learned is not None:
            self.learning_status = DONE
        self._show(relabelling.with_corrections(corrections)[0])
        if dict(corrections) != self._run_corrections:  # relabelled or undone while it ran
            self.schedule_learning()
        self.learningChanged.emit()

    def _failed(self, generation: int, _exc: BaseException, message: str) -> None:
        if generation == self._generation:
            self._finished()
            self.failed.emit(message)

    def _cancelled(self, generation: int) -> None:
        if generation == self._generation:
            self._finished()
            self.stale = True
            self.cancelled.emit()

    def _finished(self) -> None:
        self.task = None
        self.runningChanged.emit(False)

    def _show(self, analysis: CommentAnalysis | None) -> None:
        if analysis is None:
            self.run = None
            self._forget_learning()
            self.learningChanged.emit()
        self.analysis = analysis
        self.state.set_analysis("comments", analysis)  # the export takes the comments as shown, with relabels
        self.analysed.emit(analysis)

    def _survey_changed(self) -> None:
        if self.state.refreshing:
            return  # the same survey, its figures computed again: comments do not change with them
        self.show_personal = not self.state.settings.redact
        self.question_id = None
        self.codebook_choice = self._saved_codebook_choice()
        self._free_ids = tuple(q.id for q in self.questions())
        self._invalidate()

    def _questions_changed(self) -> None:
        ids = tuple(q.id for q in self.questions())
        if ids != self._free_ids:  # a question was retyped to or from free text
            self._free_ids = ids
            if self.question_id not in ids:
                self.question_id = None
            self._invalidate()

    def _invalidate(self) -> None:
        self._generation += 1
        if self.task is not None:
            self.task.cancel()
            self._finished()
        self.stale = True
        self._show(None)
        self.choicesChanged.emit()
        self.invalidated.emit()

    def _settings_changed(self) -> None:
        if self.state.settings.redact != self._redact:  # the default changed: follow it
            self._redact = self.state.settings.redact
            self.set_show_personal(not self._redact)
        self._learning_setting_changed()


__all__ = ["AUTO", "CODEBOOK", "CORRECTIONS", "PROJECT", "CommentsSession"]
