"""The Comments panel: themes with their sentiment, the comments behind them, quotes, a word cloud, relabelling.

The analysis runs in the background (:class:`~feedback_gui.gui.comments.session.CommentsSession`) when the
panel is first shown and again when the survey, the questions, the codebook or redaction change.
Choosing a theme, a sentiment, a word of the cloud or a proposed theme, the least confident comments or those
learning changed, or typing a search, filters the comment table (:mod:`feedback_gui.gui.comments.listing`);
relabels, codebook edits and adopted themes (:mod:`feedback_gui.gui.comments.editing`) are saved in the
project, and the comments like those relabelled are scored again in the background
(:mod:`feedback_gui.gui.comments.learner`), the panel saying what that changed. The widgets are laid out in
:mod:`feedback_gui.gui.comments.layout`.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from feedback_gui.gui.comments.choices import fill_codebooks, fill_questions
from feedback_gui.gui.comments.codebook import CodebookDialog
from feedback_gui.gui.comments.describe import learning_text, summary_text
from feedback_gui.gui.comments.dialogs import confirm_personal
from feedback_gui.gui.comments.editing import CommentsEditing
from feedback_gui.gui.comments.filter import CommentFilter
from feedback_gui.gui.comments.layout import CommentsLayout
from feedback_gui.gui.comments.learner import CANCELLED, DONE, FAILED
from feedback_gui.gui.comments.listing import CommentsListing
from feedback_gui.gui.comments.session import AUTO, CommentsSession
from feedback_gui.gui.state import AppState

NO_SURVEY = "Open a survey to analyse its comments."
NO_FREE_TEXT = ("This survey has no free-text questions, so there are no comments to analyse. If a question holds "
                "comments but was read as another type, change it in Survey → Question types.")


class CommentsPanel(CommentsListing, CommentsEditing, CommentsLayout):
    """What people wrote: themes, sentiment, quotes and the comments themselves."""

    updated = Signal()  # an analysis (or a relabel) is on show

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.session = CommentsSession(state, self)
        self.filter = CommentFilter()
        self.codebook_dialog: CodebookDialog | None = None
        self.adopt_dialog: QInputDialog | None = None
        self.personal_box: QMessageBox | None = None
        self.question_box.activated.connect(lambda _i: self.session.set_question(self.question_box.currentData()))
        self.codebook_box.activated.connect(
            lambda _i: self.session.set_codebook_choice(self.codebook_box.currentData()))
        self.edit_button.clicked.connect(self.open_codebook_editor)
        self.personal_check.clicked.connect(self._personal_clicked)
        self.again_button.clicked.connect(self.session.refresh)
        self.themes.themeChosen.connect(self.choose_theme)
        self.filters.sentimentChosen.connect(self.choose_sentiment)
        self.filters.leastCertainChosen.connect(self.choose_least_certain)
        self.more_button.clicked.connect(self.show_more)
        self.learning_bar.show_button.clicked.connect(
            lambda: self.choose_learned(self.learning_bar.show_button.isChecked()))
        self.learning_bar.cancel_button.clicked.connect(self.session.cancel_learning)
        self.learning_bar.again_button.clicked.connect(lambda: self.session.learn_now())
        self.filters.searchChanged.connect(lambda text: self.set_filter(self.filter.with_(search=text)))
        self.filters.clearRequested.connect(self.clear_filters)
        self.cloud.termChosen.connect(self.choose_word)
        self.discovered.currentRowChanged.connect(self._discovered_moved)
        self.discovered.itemActivated.connect(lambda _item: self.choose_discovered(self.discovered.currentRow()))
        self.adopt_button.clicked.connect(lambda: self.adopt_selected())
        self.table.relabelRequested.connect(self.session.relabel)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.relabel_box.activated.connect(lambda _i: self.relabel_selected(self.relabel_box.currentData()))
        self.session.analysed.connect(self._analysed)
        self.session.relabelled.connect(self._relabelled)
        self.session.choicesChanged.connect(self._fill_choices)
        self.session.runningChanged.connect(lambda _on: self._show_status())
        self.session.failed.connect(lambda message: self._show_status(f"The comments could not be analysed: "
                                                                      f"{message}"))
        self.session.cancelled.connect(lambda: self._show_status("The analysis was cancelled."))
        self.session.invalidated.connect(self._invalidated)
        self.session.learningChanged.connect(self._show_learning)
        self._fill_choices()
        self._analysed(None)
        # Tab follows reading order: each "Table"/"Words list" button before the view it switches
        QWidget.setTabOrder(self.personal_check, self.themes_toggle)
        QWidget.setTabOrder(self.quotes, self.words_toggle)

    # --- running -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session.stale and self.state.has_survey and not self.session.running:
            self.session.refresh()

    def _invalidated(self) -> None:
        self.filter = CommentFilter()
        if self.isVisible() and self.state.has_survey:
            self.session.refresh()

    def _show_status(self, problem: str = "") -> None:
        running = self.session.running
        count = len(self.session.analysis.comments) if self.session.analysis else 0
        if running:
            text = "Analysing the comments…" if count else ""  # with nothing shown yet, the empty text says so
        elif problem:
            text = problem + (" What is shown is from before your last change." if count else "")
        else:
            text = ""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.again_button.setVisible(bool(problem) and not running)
        if self.session.analysis is None:
            self.empty.setText(self._empty_text(problem))

    def _show_learning(self) -> None:
        """Say what learning from the corrections is doing or did."""
        session = self.session
        learned = session.learned
        changed = len(learned.changed) if learned is not None and session.learning_status == DONE else 0
        examples = learned.examples if learned is not None else 0
        text = learning_text(session.learning_status, session.corrections_in_view(), examples, changed,
                             session.learning_error, session.learning_on) if session.analysis is not None else ""
        self.learning_bar.show_news(text, changed=changed, running=session.learning,
                                    stopped=session.learning_status in (CANCELLED, FAILED), showing=self.filter.learned)

    def _empty_text(self, problem: str = "") -> str:
        if not self.state.has_survey:
            return NO_SURVEY
        if not self.session.questions():
            return NO_FREE_TEXT
        return "" if problem else "Analysing the comments…"

    # --- choices -------------------------------------------------------------------------------
    def _fill_choices(self) -> None:
        session, analysis = self.session, self.session.analysis
        questions = session.questions()
        fill_questions(self.question_box, questions, session.question_id)
        automatic = analysis.codebook if analysis is not None and session.codebook_choice == AUTO else None
        fill_codebooks(self.codebook_box, session.codebook_choice, automatic, session.project_codebook())
        for widget in (self.question_box, self.codebook_box, self.edit_button, self.personal_check):
            widget.setEnabled(bool(questions))
        self.personal_check.setChecked(session.show_personal)

    def _personal_clicked(self, on: bool) -> None:
        if not on:
            self.session.set_show_personal(False)
            return
        self.personal_check.setChecked(False)  # until the user confirms
        self.personal_box = confirm_personal(self.window(), self._personal_answered)

    def _personal_answered(self, yes: bool) -> None:
        self.personal_box = None
        if yes:
            self.personal_check.setChecked(True)
            self.session.set_show_personal(True)

    # --- showing an analysis -------------------------------------------------------------------
    def _analysed(self, analysis: object) -> None:
        session = self.session
        shown = session.analysis is not None
        self.body.setVisible(shown)
        self.empty.setVisible(not shown)
        self._fill_choices()
        self._show_status()
        if not shown:
            self.summary.setText("")
            self.themes.model.set_analysis(None)
            self.cloud.set_cloud(None, None)
            self.discovered.clear()
            self._apply_filter()
            return
        assert session.analysis is not None and session.run is not None
        self.summary.setText(summary_text(session.analysis, len(session.chosen_questions())))
        theme = self.filter.theme
        self.themes.model.set_analysis(session.analysis)
        if self.themes.model.row_of(theme) is None:
            theme = None
        word = self.filter.word
        rows = session.run.cloud.rows_for(word) if word else ()
        self.filter = self.filter.without_subset().with_(theme=theme)
        if rows:
            self.filter = self.filter.with_(subset=frozenset(rows), subset_name=f"the word “{word}”", word=word)
        self.themes.select(theme)
        self.cloud.set_cloud(session.run.cloud, session.run.picture)
        self.cloud.canvas.chosen = word if rows else None
        self._fill_discovered()
        self._apply_filter()
        self.updated.emit()

    def show_target(self, target: object) -> None:
        """Show one free-text question's comments (``target``: its id)."""
        if isinstance(target, str) and any(q.id == target for q in self.session.questions()):
            self.session.set_question(target)
            self._fill_choices()


__all__ = ["CommentsPanel"]
