"""The Comments panel's analysis and edits: what is analysed, the background run, the user's corrections.

The analysis runs through the state's task runner (progress after 0.5 s, Cancel) and is run again when
the survey, the questions analysed, the codebook or redaction changes. It is kept *without* the user's
labels (``run.analysis``); ``analysis`` is that with the project's corrections applied, so a relabel
costs no re-analysis and can be taken back.

Every edit the user makes here goes through two methods: :meth:`CommentsSession.set_correction` (one
comment's label) and :meth:`CommentsSession.set_codebook` (the project's codebook). Both change the project
through ``state.edit_project``, which puts the edit on the undo stack; when undo or redo puts the
corrections or the codebook back, the session re-applies them (``state.projectRestored``).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject, Signal

from feedback_gui.core.comments import Codebook, CommentAnalysis, built_in_codebook, comment_key
from feedback_gui.core.comments.codebook import STAFF, USER_VOICE
from feedback_gui.core.comments.inputs import codebook_for, comment_inputs, free_text_questions
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.progress import no_progress
from feedback_gui.core.survey import Question
from feedback_gui.gui.comments_run import CommentsRun, run_comments
from feedback_gui.gui.describe import plural
from feedback_gui.gui.state import AppState
from feedback_gui.gui.workers import Task

AUTO, PROJECT = "auto", "project"  # codebook choices besides the built-in STAFF and USER_VOICE
CORRECTIONS, CODEBOOK = "sentiment_corrections", "codebook"  # the parts of the project edited here


def _write_correction(corrections: dict[str, str], key: str, label: str | None) -> None:
    if label is None:
        corrections.pop(key, None)
    else:
        corrections[key] = label


class CommentsSession(QObject):
    """What the Comments panel analyses and shows; every edit goes through here."""

    analysed = Signal(object)  # CommentAnalysis with the user's labels, or None (nothing to show yet)
    relabelled = Signal(int)  # a comment's label changed (its index); counts and quotes changed with it
    choicesChanged = Signal()  # the questions or codebooks on offer changed
    runningChanged = Signal(bool)
    failed = Signal(str)  # one-line message
    cancelled = Signal()
    invalidated = Signal()  # what is shown no longer matches the survey: analyse again when seen

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
        survey, questions = self.state.survey, self.chosen_questions()
        if survey is None or not questions:
            self._show(None)
            return None
        inputs = comment_inputs(survey, questions)
        work = partial(run_comments, inputs, self.chosen_codebook(), survey, not self.show_personal)
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
        self.run = run
        self._show(run.analysis.with_corrections(self.state.project.sentiment_corrections))

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
        self.analysis = analysis
        self.state.set_analysis("comments", analysis)  # the export takes the comments as shown, with relabels
        self.analysed.emit(analysis)

    def _survey_changed(self) -> None:
        if self.state.refreshing:
            return  # the same survey, its figures computed again: comments do not change with them
        self.show_personal = not self.state.settings.redact
        self.question_id = None
        self.codebook_choice = PROJECT if self.project_codebook() is not None else AUTO
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

    # --- edits (undoable) ------------------------------------------------------------------------
    def correction(self, key: str) -> str | None:
        """The user's label for the comment with this key, if any."""
        return self.state.project.sentiment_corrections.get(key)

    def set_correction(self, key: str, label: str | None) -> None:
        """Edit: the user's label for one comment (None: back to the analyser's). Saved in the project."""
        corrections = self.state.project.sentiment_corrections
        if corrections.get(key) == label:
            return
        text = f"label a comment {label}" if label is not None else "put back the analyser's label of a comment"
        self.state.edit_project(text, CORRECTIONS, partial(_write_correction, corrections, key, label))
        self._reapply_corrections()

    def set_codebook(self, codebook: Codebook | None, text: str = "") -> None:
        """Edit: the project's own codebook (None: none, back to the automatic one). Analyses again.

        ``text`` names the edit in Edit → Undo (default: "edit the codebook").
        """
        data = codebook.to_dict() if codebook is not None else None
        text = text or ("edit the codebook" if codebook is not None else "remove the project's codebook")
        self.state.edit_project(text, CODEBOOK, lambda: setattr(self.state.project, "codebook", data))
        self._codebook_changed()

    def _codebook_changed(self) -> None:
        self.codebook_choice = PROJECT if self.project_codebook() is not None else AUTO
        self.choicesChanged.emit()
        self.refresh()

    def _reapply_corrections(self) -> None:
        """Show the analysis with the project's corrections as they are now (no analysing again)."""
        if self.run is None:
            return
        old = self.analysis
        self.analysis = self.run.analysis.with_corrections(self.state.project.sentiment_corrections)
        self.state.set_analysis("comments", self.analysis)
        before = old.comments if old is not None else ()
        index = next((i for i, (a, b) in enumerate(zip(before, self.analysis.comments, strict=False))
                      if a.sentiment != b.sentiment), -1)
        self.relabelled.emit(index)

    def _project_restored(self, part: str) -> None:
        if part == CORRECTIONS:
            self._reapply_corrections()
        elif part == CODEBOOK:
            self._codebook_changed()

    def _settings_changed(self) -> None:
        if self.state.settings.redact != self._redact:  # the default changed: follow it
            self._redact = self.state.settings.redact
            self.set_show_personal(not self._redact)

    # --- conveniences built on the edits -------------------------------------------------------
    def relabel(self, index: int, label: str | None) -> bool:
        """Give comment ``index`` the label (None, or the analyser's own label, removes the correction)."""
        if self.run is None or not 0 <= index < len(self.run.analysis.comments):
            return False
        comment = self.run.analysis.comments[index]
        if not comment.answered:
            return False
        key = comment_key(comment.row, comment.question)
        self.set_correction(key, None if label in (None, comment.sentiment.label) else label)
        return True

    def analysers_label(self, index: int) -> str | None:
        """The analyser's own label of comment ``index`` (before any correction)."""
        if self.run is None or not 0 <= index < len(self.run.analysis.comments):
            return None
        return self.run.analysis.comments[index].sentiment.label

    def adopt(self, discovered: int, name: str) -> Codebook:
        """Add proposed theme ``discovered`` to the codebook as ``name``, its top terms as keywords."""
        if self.analysis is None:
            raise FeedbackError("there is no analysis to adopt a theme from")
        found = self.analysis.discovered[discovered]
        codebook = self.codebook_in_use().add_theme(name, found.terms)
        self.set_codebook(codebook, f"add the theme “{name}”")
        return codebook


__all__ = ["AUTO", "PROJECT", "CommentsSession"]
