"""The Insight panel: the engagement index, eNPS and the user's own indices, and what matters most.

Top: a card per index or theme score (with its interval; the rule for skipped items in its tooltip) and per
eNPS; "New index or theme…" defines one (saved in the project; Edit → Undo takes it back), and a user's card
has Edit… and Remove. A card, when clicked (or Enter), becomes the **outcome**; the outcome chooser offers
every index and rating question too (the engagement index by default). Below: the outcome's key drivers,
ranked in the background (:class:`~feedback_gui.gui.insight.session.InsightSession`), as a table with
intervals beside the **priority matrix** (importance against % favourable; T shows its numbers as a table).
Enter or a double-click on a driver, or a click on a point, opens its question in the Questions panel.

The cards' area is one row of cards high (two on a tall screen; more rows scroll), so the drivers keep the
height; on a narrow screen the matrix folds to a strip at the right, giving the table its width (remembered per
screen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.errors import FeedbackError
from feedback_gui.gui import describe as shared_words
from feedback_gui.gui import style
from feedback_gui.gui.insight.describe import (
    HOW_TO_READ,
    NO_ITEMS,
    NO_SURVEY,
    bootstrap_note,
    drivers_summary,
    left_out_text,
)
from feedback_gui.gui.insight.dialogs import IndexDialog
from feedback_gui.gui.insight.run import NPS, OutcomeChoice
from feedback_gui.gui.insight.session import InsightSession
from feedback_gui.gui.insight.widgets.cards import EnpsCard, IndexCard, InsightCard, muted
from feedback_gui.gui.insight.widgets.drivers import DriverTable
from feedback_gui.gui.insight.widgets.matrix import MatrixBox
from feedback_gui.gui.layout_memory import remember
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.state import AppState
from feedback_gui.gui.widgets.card_grid import CardGrid
from feedback_gui.gui.widgets.collapsible import CollapsibleSection

MATRIX_FOLD_BELOW = QSize(1000, 0)  # on a screen narrower than this (logical pixels) the matrix starts folded
TALL_SCREEN = 900  # logical pixels: on a screen at least this tall the cards' area shows two rows of cards
NO_CARDS = ("No index yet: the survey has neither the CSPS engagement questions (B47–B51) nor a 0–10 “how likely … "
            "recommend” question. Define your own with New index or theme….")


class InsightPanel(QWidget):
    """Indices and eNPS, and the key drivers of the outcome chosen."""

    updated = Signal()  # the drivers on show were replaced (a result, a failure or a cancel)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.session = InsightSession(state, self)
        self.cards: list[InsightCard] = []
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
        self.grid = CardGrid(self, card_em=17, least_em=13, max_columns=4, spacing=12)
        self.grid.setObjectName("cardGrid")
        self.grid.grid.setContentsMargins(0, 2, 12, 2)
        self.no_cards = muted(QLabel(NO_CARDS, self))
        self.no_cards.setWordWrap(True)
        self.card_scroll = QScrollArea(self)
        self.card_scroll.setObjectName("cardScroll")
        self.card_scroll.setAccessibleName("Indices")
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setWidget(self.grid)
        self.card_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.card_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grid.installEventFilter(self)
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setAccessibleName("Outcome")
        self.outcome_combo.setAccessibleDescription("The index or question whose key drivers are ranked")
        self.outcome_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outcome_combo.setMinimumContentsLength(24)
        self.outcome_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.outcome_combo.activated.connect(self._combo_chosen)
        self.rank_button = QPushButton("&Rank again", self)
        self.rank_button.setAccessibleDescription("Rank the drivers of the outcome again (after a cancel)")
        self.rank_button.clicked.connect(self.session.rank)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Key drivers status")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setFont(style.scaled_font(0, bold=True))
        self.note.setAccessibleName("About the number of respondents")
        self.table = DriverTable(self)
        self.table.questionChosen.connect(self.open_question)
        self.footnote = muted(QLabel(self))
        self.footnote.setAccessibleName("How the drivers were ranked")
        self.footnote.setWordWrap(True)
        self.footnote.setFont(style.scaled_font(-1))
        self.open_button = QPushButton("Open &question", self)
        self.open_button.setAccessibleDescription("Show the chosen driver's question in the Questions panel (Enter)")
        self.open_button.clicked.connect(lambda: self.open_question(self.table.current_question_id()))
        self.matrix_box = MatrixBox(self)
        self.matrix = self.matrix_box.chart
        self.matrix.questionChosen.connect(self.open_question)
        self.table.currentQuestionChanged.connect(self._current_driver)
        self._build_layout()
        self.session.cardsChanged.connect(self._show_cards)
        self.session.outcomeChanged.connect(self._show_outcome)
        self.session.driversStarted.connect(self._ranking)
        self.session.driversChanged.connect(self._show_drivers)
        state.surveyChanged.connect(self._survey_changed)
        self._survey_changed()
        self._show_drivers()

    # --- building ------------------------------------------------------------------------------
    def _build_layout(self) -> None:
        heading = QHBoxLayout()
        heading.setSpacing(16)
        heading.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignBottom)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.setSpacing(4)
        top_layout.addWidget(self.no_cards)
        top_layout.addWidget(self.card_scroll, 1)
        chooser = QHBoxLayout()
        chooser.setSpacing(8)
        label = QLabel("Key drivers of the &outcome:", self)
        label.setFont(style.scaled_font(0.5, bold=True))
        label.setBuddy(self.outcome_combo)
        chooser.addWidget(label)
        chooser.addWidget(self.outcome_combo, 1)
        chooser.addWidget(self.rank_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        left_layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.footnote, 1)
        actions.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        left_layout.addLayout(actions)
        self.matrix_section = CollapsibleSection("Priority &matrix", self.matrix_box, self, sideways=True,
                                                 at_right=True, fold_below=MATRIX_FOLD_BELOW,
                                                 buddy=self.matrix.chart_view)
        self.matrix_section.add_header_widget(self.matrix_box.table_toggle)
        remember(self.matrix_section, "insight/matrix")
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(left)
        self.split.addWidget(self.matrix_section)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([600, 400])
        self.split.setChildrenCollapsible(False)
        remember(self.split, "insight/split")
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 4, 0, 0)
        bottom_layout.setSpacing(4)
        bottom_layout.addLayout(chooser)
        for widget in (self.status, self.note):
            bottom_layout.addWidget(widget)
        bottom_layout.addWidget(self.split, 1)
        self.drivers_area = bottom
        self.body = QWidget(self)
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(6)
        body_layout.addWidget(top)
        body_layout.addWidget(bottom, 1)
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
        cards = [w for card in self.cards for w in (card, *card.buttons)]
        chain = [self.new_button, *cards, self.outcome_combo, self.rank_button, self.table, self.open_button,
                 self.matrix_section.button, self.matrix_box.table_toggle, self.matrix.chart_view, self.matrix.table]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def tab_stops(self) -> list[QWidget]:
        """The panel's controls in tab order (those shown)."""
        cards = [w for card in self.cards for w in (card, *card.buttons)]
        stops = [self.new_button, *cards, self.outcome_combo, self.rank_button, self.table, self.open_button,
                 self.matrix_section.button, self.matrix_box.table_toggle,
                 self.matrix.table if self.matrix.showing_table() else self.matrix.chart_view]
        return [w for w in stops if w.isVisibleTo(self) and w.isEnabled()]

    # --- showing -------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.session.set_visible(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.session.set_visible(False)

    def _survey_changed(self) -> None:
        survey = self.state.survey
        self.empty.setText(NO_SURVEY)
        self.empty.setVisible(survey is None)
        self.body.setVisible(survey is not None)
        self.new_button.setEnabled(survey is not None)
        self.summary.setText("" if survey is None else shared_words.plural(survey.respondents, "respondent"))

    def _show_cards(self) -> None:
        cards = self.session.cards
        had_focus = next((c.key for c in self.cards if c.hasFocus()), None)
        self.grid.clear()
        self.cards = []
        if cards is not None:
            shown = {r.name.casefold() for r in cards.indices}
            for result in cards.indices:
                self._add_card(IndexCard(result, cards.definition(result.name), self.grid))
            for definition in cards.definitions:  # a user's index none of whose questions is here
                if definition.name.casefold() not in shown:
                    self._add_card(IndexCard(None, definition, self.grid))
            for nps in cards.nps:
                self._add_card(EnpsCard(nps, self.grid))
        self.grid.reflow()
        self.no_cards.setVisible(cards is not None and not self.cards)
        self.card_scroll.setVisible(bool(self.cards))
        self._fit_cards()
        self._fill_outcomes()
        self._mark_current()
        self._order_tabs()
        for card in self.cards:
            if card.key == had_focus:
                card.setFocus()

    def _add_card(self, card: InsightCard) -> None:
        card.activated.connect(self.use_card)
        card.editRequested.connect(self.edit_dialog)
        card.removeRequested.connect(self.remove_index)
        card.openRequested.connect(self.open_question)
        self.grid.add(card)
        self.cards.append(card)

    def _fit_cards(self) -> None:
        """The cards' area as tall as one row of cards (two on a tall screen); more rows scroll."""
        if not self.cards:
            return
        width = self.grid.available_width() // max(self.grid.columns, 1) if self.grid.width() > 0 else 0
        row = max(c.heightForWidth(width) if width > 0 and c.hasHeightForWidth() else c.sizeHint().height()
                  for c in self.cards)
        row = max(row, max(c.minimumSizeHint().height() for c in self.cards))
        margins = self.grid.grid.contentsMargins()
        screen = self.screen()
        tall = screen is not None and screen.availableGeometry().height() >= TALL_SCREEN
        rows = min(2 if tall else 1, -(-len(self.cards) // max(self.grid.columns, 1)))
        spacing = self.grid.grid.verticalSpacing()
        self.card_scroll.setFixedHeight(rows * (row + spacing) - spacing + margins.top() + margins.bottom())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.grid and event.type() == QEvent.Type.Resize:
            self._fit_cards()  # the cards' words wrap differently at another width
        return super().eventFilter(watched, event)

    def card(self, key: str) -> InsightCard:
        """The card of an index (by name, case ignored) or of an eNPS ("nps:<question id>", or "eNPS": the first)."""
        hits = [c for c in self.cards
                if (isinstance(c, EnpsCard) if key == "eNPS" else c.key.casefold() == key.casefold())]
        if not hits:
            raise KeyError(key)
        return hits[0]

    def _fill_outcomes(self) -> None:
        combo = self.outcome_combo
        combo.blockSignals(True)
        combo.clear()
        cards = self.session.cards
        choices = cards.outcomes if cards else ()
        last_group = None
        for i, choice in enumerate(choices):
            group = "index" if choice.is_index else choice.kind
            if last_group is not None and group != last_group:
                combo.insertSeparator(combo.count())
            last_group = group
            label = f"eNPS: {choice.label}" if choice.kind == NPS else choice.label
            combo.addItem(label, i)
            combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        combo.blockSignals(False)
        self._show_outcome()
        combo.setEnabled(bool(choices))

    def _show_outcome(self) -> None:
        cards, outcome = self.session.cards, self.session.outcome
        combo = self.outcome_combo
        if cards is not None and outcome is not None and outcome in cards.outcomes:
            row = combo.findData(cards.outcomes.index(outcome))
            combo.blockSignals(True)
            combo.setCurrentIndex(row)
            combo.blockSignals(False)
            combo.setToolTip(combo.currentText())
        self._mark_current()

    def _mark_current(self) -> None:
        outcome = self.session.outcome
        for card in self.cards:
            if outcome is None:
                card.set_current(False)
            elif outcome.kind == NPS:
                card.set_current(card.key == f"nps:{outcome.question_id}")
            else:
                card.set_current(outcome.is_index and card.key.casefold() == outcome.text.casefold())

    def _ranking(self) -> None:
        outcome = self.session.outcome
        self._set_status(f"Ranking what drives {outcome.label if outcome else 'the outcome'}…")
        self.rank_button.hide()

    def _show_drivers(self) -> None:
        run = self.session.drivers
        cards = self.session.cards
        no_items = cards is not None and cards.items == 0
        if self.session.running:
            return  # the result on its way replaces this one
        self.rank_button.setVisible(run is None and self.session.outcome is not None and not no_items)
        self._set_status(NO_ITEMS if no_items else self.session.message)
        self.split.setVisible(run is not None)
        self.table.driver_model.set_run(run)
        self.matrix_box.set_run(run)
        if run is None:
            self.footnote.setText("")
            self.note.hide()
            self.open_button.setEnabled(False)
            self.updated.emit()
            return
        result = run.result
        self.note.setText(result.note or "")
        self.note.setVisible(bool(result.note))
        self.footnote.setText(" ".join(t for t in (drivers_summary(result), bootstrap_note(result),
                                                   left_out_text(result)) if t))
        self.footnote.setToolTip(HOW_TO_READ)
        self.table.setAccessibleDescription(f"{drivers_summary(result)} {HOW_TO_READ}")
        self.table.setToolTip(HOW_TO_READ)
        self.open_button.setEnabled(bool(result.items))
        if result.items:
            self.table.selectRow(0)
        self.updated.emit()

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # --- interaction ---------------------------------------------------------------------------
    def _combo_chosen(self, row: int) -> None:
        cards = self.session.cards
        index = self.outcome_combo.itemData(row)
        if cards is not None and isinstance(index, int) and 0 <= index < len(cards.outcomes):
            self.choose_outcome(cards.outcomes[index])

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

    def _current_driver(self, question_id: str | None) -> None:
        self.matrix.select(question_id)

    def open_question(self, question_id: str | None) -> None:
        """Show a question in the Questions panel."""
        if question_id:
            self.state.request_panel("questions", question_id)

    # --- the user's indices --------------------------------------------------------------------
    def define_dialog(self, name: str | None = None) -> IndexDialog | None:
        """Open the dialog that defines an index or theme (or edits the one called ``name``); non-modal for tests,
        it saves when accepted."""
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
