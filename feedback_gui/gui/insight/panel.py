"""The Insight panel: the engagement index, eNPS and the user's own indices, and what matters most.

Top (:class:`~feedback_gui.gui.insight.widgets.card_area.CardArea`): a card per index or theme score (with its
interval; the rule for skipped items in its tooltip) and per eNPS; "New index or theme…" defines one (saved in
the project; Edit → Undo takes it back), and a user's card has Edit… and Remove. A card, when clicked (or
Enter), becomes the **outcome**; the outcome chooser offers every index and rating question too (the
engagement index by default). Below (:class:`~feedback_gui.gui.insight.widgets.drivers_view.DriversView`): the
outcome's key drivers, ranked in the background (:class:`~feedback_gui.gui.insight.session.InsightSession`), as
a table with intervals beside the **priority matrix** (importance against % favourable; T shows its numbers as
a table). Enter or a double-click on a driver, or a click on a point, opens its question in the Questions panel.

The cards' area is one row of cards high (two on a tall screen; more rows scroll), so the drivers keep the
height; on a narrow screen the matrix folds to a strip at the right, giving the table its width (remembered per
screen). Tab goes through the controls in reading order.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from feedback_gui.core.errors import FeedbackError
from feedback_gui.gui import describe as shared_words
from feedback_gui.gui import style
from feedback_gui.gui.insight.describe import NO_ITEMS, NO_SURVEY
from feedback_gui.gui.insight.dialogs import IndexDialog
from feedback_gui.gui.insight.run import NPS, OutcomeChoice
from feedback_gui.gui.insight.session import InsightSession
from feedback_gui.gui.insight.widgets.card_area import CardArea
from feedback_gui.gui.insight.widgets.cards import InsightCard, muted
from feedback_gui.gui.insight.widgets.drivers_view import DriversView
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.state import AppState


class InsightPanel(QWidget):
    """Indices and eNPS, and the key drivers of the outcome chosen."""

    updated = Signal()  # the drivers on show were replaced (a result, a failure or a cancel)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.session = InsightSession(state, self)
        self.dialog: IndexDialog | None = None
        self.title = QLabel("Insight", self)
        self.title.setFont(style.scaled_font(7, bold=True))
        self.summary = muted(QLabel(self))
        self.summary.setFont(style.scaled_font(0.5))
        self.summary.setWordWrap(True)
        self.new_button = QPushButton("&New index or theme…", self)
        self.new_button.setAccessibleDescription("Define an index or theme score from questions you choose; it is "
                                                 "saved in the project")
        self.new_button.clicked.connect(lambda: self.define_dialog())
        self.empty = muted(QLabel(NO_SURVEY, self))
        self.empty.setFont(style.scaled_font(1))
        self.empty.setWordWrap(True)
        self.card_area = CardArea(self)
        self.card_area.activated.connect(self.use_card)
        self.card_area.editRequested.connect(self.edit_dialog)
        self.card_area.removeRequested.connect(self.remove_index)
        self.card_area.openRequested.connect(self.open_question)
        self.drivers_view = view = DriversView(self)
        view.outcomeChosen.connect(self.session.choose_outcome)
        view.rankRequested.connect(self.session.rank)
        view.questionChosen.connect(self.open_question)
        # the parts tests and the window reach for
        self.no_cards, self.card_scroll = self.card_area.no_cards, self.card_area.scroll_area
        self.outcome_combo, self.rank_button = view.outcome_combo, view.rank_button
        self.status, self.note, self.footnote = view.status, view.note, view.footnote
        self.table, self.open_button, self.split = view.table, view.open_button, view.split
        self.matrix_box, self.matrix, self.matrix_section = view.matrix_box, view.matrix, view.matrix_section
        self._build_layout()
        self.session.cardsChanged.connect(self._show_cards)
        self.session.outcomeChanged.connect(self._show_outcome)
        self.session.driversStarted.connect(lambda: view.ranking(self.session.outcome))
        self.session.driversChanged.connect(self._show_drivers)
        state.surveyChanged.connect(self._survey_changed)
        self._survey_changed()
        self._show_drivers()

    def _build_layout(self) -> None:
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        body.addWidget(self.card_area)
        body.addWidget(self.drivers_view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 12, 20, 8)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.empty, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.body, 1)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab follows the reading order: New index, the cards (each with its buttons), the outcome, Rank again,
        the driver table, Open question, then the matrix (its arrow, the table toggle, the chart)."""
        chain = [self.new_button, *self.card_area.tab_stops(), *self.drivers_view.chain()]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def tab_stops(self) -> list[QWidget]:
        """The panel's controls in tab order (those shown)."""
        stops = [self.new_button, *self.card_area.tab_stops(), *self.drivers_view.tab_stops()]
        return [w for w in stops if w.isVisibleTo(self) and w.isEnabled()]

    @property
    def cards(self) -> list[InsightCard]:
        """The cards on show, in reading order."""
        return self.card_area.cards

    def card(self, key: str) -> InsightCard:
        """The card of an index (by name, case ignored) or of an eNPS ("nps:<question id>", or "eNPS": the first)."""
        return self.card_area.card(key)

    # --- showing -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.session.set_visible(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.session.set_visible(False)

    def _survey_changed(self) -> None:
        survey = self.state.survey
        self.empty.setVisible(survey is None)
        self.body.setVisible(survey is not None)
        self.new_button.setEnabled(survey is not None)
        self.summary.setText("" if survey is None else shared_words.plural(survey.respondents, "respondent"))

    def _show_cards(self) -> None:
        cards = self.session.cards
        self.card_area.set_cards(cards)
        self.drivers_view.set_choices(cards.outcomes if cards else (), self.session.outcome)
        self.card_area.mark_current(self.session.outcome)
        self._order_tabs()

    def _show_outcome(self) -> None:
        self.drivers_view.show_outcome(self.session.outcome)
        self.card_area.mark_current(self.session.outcome)

    def _show_drivers(self) -> None:
        session = self.session
        if session.running:
            return  # the result on its way replaces this one
        no_items = session.cards is not None and session.cards.items == 0
        self.drivers_view.show_run(session.drivers, NO_ITEMS if no_items else session.message,
                                   can_rank=session.outcome is not None and not no_items)
        self.updated.emit()

    # --- interaction ---------------------------------------------------------------------------
    def choose_outcome(self, choice: OutcomeChoice | str) -> None:
        """Rank the drivers of an outcome (or of the one whose label is ``choice``)."""
        if isinstance(choice, str):
            cards = self.session.cards
            hits = [c for c in (cards.outcomes if cards else ()) if c.label.casefold() == choice.casefold()]
            if not hits:
                raise KeyError(choice)
            choice = hits[0]
        self.session.choose_outcome(choice)

    def use_card(self, key: str) -> None:
        """A card was clicked: rank what drives its index (or its eNPS question)."""
        cards = self.session.cards
        if cards is None:
            return
        if key.startswith("nps:"):
            hits = [c for c in cards.outcomes if c.kind == NPS and c.question_id == key[4:]]
        else:
            hits = [c for c in cards.outcomes if c.is_index and c.text.casefold() == key.casefold()]
        if hits:
            self.session.choose_outcome(hits[0])

    def open_question(self, question_id: str | None) -> None:
        """Show a question in the Questions panel."""
        if question_id:
            self.state.request_panel("questions", question_id)

    # --- the user's indices --------------------------------------------------------------------
    def define_dialog(self, name: str | None = None) -> IndexDialog | None:
        """Open the dialog that defines an index or theme (or edits the one called ``name``); it saves when
        accepted (window-modal, so the call returns at once)."""
        survey = self.state.survey
        if survey is None:
            return None
        definitions = self.session.definitions()
        original = next((d for d in definitions if name is not None and d.name.casefold() == name.casefold()), None)
        dialog = IndexDialog(survey, [d.name for d in definitions], original, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save(dialog, original.name if original else None))
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_dialog(self, name: str) -> IndexDialog | None:
        """Edit the user's index or theme of this name."""
        return self.define_dialog(name)

    def _save(self, dialog: IndexDialog, replacing: str | None) -> None:
        try:
            definition = dialog.definition()
        except FeedbackError as exc:
            show_message(self.window(), "Cannot save the index", str(exc))
            return
        self.session.save_definition(definition, replacing)

    def remove_index(self, name: str) -> None:
        """Remove the user's index or theme of this name (Edit → Undo puts it back)."""
        self.session.remove_definition(name)


__all__ = ["InsightPanel"]
