"""Cards in as many columns as fit the width, re-placed as the window is resized (the Overview's headlines).

:class:`CardGrid` lays its cards out left to right, top to bottom, in as many columns as cards of the aimed
width fit (at most ``max_columns``), each column stretching to share the width. Widths are in units of the
app font (:mod:`feedback_gui.gui.sizing`), so larger text gets wider cards and fewer columns. The tab order
follows the reading order whatever the number of columns.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QWidget

from feedback_gui.gui import sizing


def columns_that_fit(width: int, card_width: int, spacing: int, max_columns: int) -> int:
    """How many cards of ``card_width`` (with ``spacing`` between them) fit across ``width``: 1 to ``max_columns``."""
    return max(1, min(max_columns, (width + spacing) // max(1, card_width + spacing)))


class CardGrid(QWidget):
    """A grid of cards whose number of columns follows the width; ``columnsChanged(int)`` when it changes."""

    columnsChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, card_em: float = 22, least_em: float = 17,
                 max_columns: int = 4, spacing: int = 16) -> None:
        super().__init__(parent)
        self.card_em, self.least_em, self.max_columns = card_em, least_em, max_columns
        self.cards: list[QWidget] = []
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 4, 12, 16)
        self.grid.setHorizontalSpacing(spacing)
        self.grid.setVerticalSpacing(spacing)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)

    def card_width(self) -> int:
        """The width a card aims for, in logical pixels."""
        return sizing.em(self.card_em)

    def least_card_width(self) -> int:
        """The narrowest a card may be (the grid's minimum width is one such card)."""
        return sizing.em(self.least_em)

    def add(self, card: QWidget) -> None:
        """Add a card after the others."""
        card.setParent(self)
        card.setMinimumWidth(self.least_card_width())
        self.cards.append(card)
        if self.columns:
            self._place(len(self.cards) - 1)
        card.show()

    def clear(self) -> None:
        """Remove (and delete) every card."""
        for card in self.cards:
            self.grid.removeWidget(card)
            card.hide()
            card.deleteLater()
        self.cards = []

    def available_width(self) -> int:
        """The width the cards share (the grid's, less its margins)."""
        margins = self.grid.contentsMargins()
        return self.width() - margins.left() - margins.right()

    def reflow(self, width: int | None = None) -> int:
        """Place the cards in the number of columns that fit ``width`` (default: the grid's own); that number."""
        width = self.available_width() if width is None else width
        columns = columns_that_fit(width, self.card_width(), self.grid.horizontalSpacing(), self.max_columns)
        if columns != self.columns:
            self.columns = columns
            for card in self.cards:
                self.grid.removeWidget(card)
            for i in range(len(self.cards)):
                self._place(i)
            for c in range(self.max_columns):
                self.grid.setColumnStretch(c, 1 if c < columns else 0)
            self.columnsChanged.emit(columns)
        return columns

    def _place(self, i: int) -> None:
        card = self.cards[i]
        self.grid.addWidget(card, i // self.columns, i % self.columns)
        if i:
            QWidget.setTabOrder(self.cards[i - 1], card)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reflow()


__all__ = ["CardGrid", "columns_that_fit"]
