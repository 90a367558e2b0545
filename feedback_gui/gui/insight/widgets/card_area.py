"""The Insight panel's cards, in as many columns as fit (:class:`~feedback_gui.gui.widgets.card_grid.CardGrid`).

One card per index or theme score (the engagement index first, then the user's, in the order they were made; a
user's index none of whose questions is in this survey still has its card, so that it can be edited or removed),
then one per eNPS. The area is one row of cards high (two on a tall screen); more rows scroll up and down, never
sideways. The card whose drivers are shown is marked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from feedback_gui.gui.insight.run import NPS, CardsRun, OutcomeChoice
from feedback_gui.gui.insight.widgets.cards import EnpsCard, IndexCard, InsightCard, muted
from feedback_gui.gui.widgets.card_grid import CardGrid

TALL_SCREEN = 900  # logical pixels: on a screen at least this tall the area shows two rows of cards
NO_CARDS = ("No index yet: the survey has neither the CSPS engagement questions (B47–B51) nor a 0–10 “how likely … "
            "recommend” question. Define your own with New index or theme….")


class CardArea(QWidget):
    """The cards, or a line saying there are none; each card's signals are passed on."""

    activated = Signal(str)  # a card's key (see InsightCard)
    editRequested = Signal(str)
    removeRequested = Signal(str)
    openRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[InsightCard] = []
        self.grid = CardGrid(self, card_em=17, least_em=13, max_columns=4, spacing=12)
        self.grid.setObjectName("cardGrid")
        self.grid.grid.setContentsMargins(0, 2, 12, 2)
        self.grid.installEventFilter(self)
        self.no_cards = muted(QLabel(NO_CARDS, self))
        self.no_cards.setWordWrap(True)
        self.no_cards.hide()
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("cardScroll")
        self.scroll_area.setAccessibleName("Indices")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(self.grid)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.no_cards)
        layout.addWidget(self.scroll_area, 1)

    def set_cards(self, run: CardsRun | None) -> None:
        """Show a card for each index, theme score and eNPS of ``run`` (keeping the focus on the same card)."""
        had_focus = next((c.key for c in self.cards if c.hasFocus()), None)
        self.grid.clear()
        self.cards = []
        if run is not None:
            shown = {r.name.casefold() for r in run.indices}
            for result in run.indices:
                self._add(IndexCard(result, run.definition(result.name), self.grid))
            for definition in run.definitions:
                if definition.name.casefold() not in shown:
                    self._add(IndexCard(None, definition, self.grid))
            for nps in run.nps:
                self._add(EnpsCard(nps, self.grid))
        self.grid.reflow()
        self.no_cards.setVisible(run is not None and not self.cards)
        self.scroll_area.setVisible(bool(self.cards))
        self.fit()
        for card in self.cards:
            if card.key == had_focus:
                card.setFocus()

    def _add(self, card: InsightCard) -> None:
        card.activated.connect(self.activated)
        card.editRequested.connect(self.editRequested)
        card.removeRequested.connect(self.removeRequested)
        card.openRequested.connect(self.openRequested)
        self.grid.add(card)
        self.cards.append(card)

    def card(self, key: str) -> InsightCard:
        """The card of an index (by name, case ignored) or of an eNPS ("nps:<question id>", or "eNPS": the first)."""
        hits = [c for c in self.cards
                if (isinstance(c, EnpsCard) if key == "eNPS" else c.key.casefold() == key.casefold())]
        if not hits:
            raise KeyError(key)
        return hits[0]

    def tab_stops(self) -> list[QWidget]:
        """Each card, then its buttons, in reading order."""
        return [w for card in self.cards for w in (card, *card.buttons)]

    def mark_current(self, outcome: OutcomeChoice | None) -> None:
        """Mark the card whose figure is the outcome (none when the outcome is a question)."""
        for card in self.cards:
            if outcome is None:
                card.set_current(False)
            elif outcome.kind == NPS:
                card.set_current(card.key == f"nps:{outcome.question_id}")
            else:
                card.set_current(outcome.is_index and card.key.casefold() == outcome.text.casefold())

    def fit(self) -> None:
        """As tall as one row of cards (two on a tall screen); more rows scroll."""
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
        self.scroll_area.setFixedHeight(rows * (row + spacing) - spacing + margins.top() + margins.bottom())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.grid and event.type() == QEvent.Type.Resize:
            self.fit()  # the cards' words wrap differently at another width
        return super().eventFilter(watched, event)


__all__ = ["NO_CARDS", "TALL_SCREEN", "CardArea"]
