"""The Insight panel's cards: an index or theme score with its interval, and an eNPS with its three groups.

A card is one outcome key drivers can explain: a click, Enter or Space ranks what drives it (the panel
shows the drivers below and marks the card). A user's own index or theme has Edit… and Remove buttons
(F2 and Delete on the card do the same); its rule for skipped items, its questions and any the survey
lacks are in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QColor, QContextMenuEvent, QKeyEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from feedback_gui.core.insight.definitions import IndexDefinition
from feedback_gui.core.insight.indices import IndexResult
from feedback_gui.gui import describe, style
from feedback_gui.gui.insight.describe import (
    index_accessible,
    index_interval_text,
    index_kind_text,
    index_tooltip,
    nps_groups_text,
    nps_interval_text,
    nps_tooltip,
    score_text,
    signed,
)
from feedback_gui.gui.insight.run import NpsCard
from feedback_gui.gui.insight.widgets.bars import ElidedLabel, NpsBar
from feedback_gui.gui.widgets.cards import PercentBar

CURRENT_TAG = "▼ Drivers below"


def muted(label: style.QLabelT) -> style.QLabelT:
    """A label in the theme's muted text colour (not wrapped: the cards elide or wrap it themselves)."""
    return style.mute(label, wrap=False)


class InsightCard(QFrame):
    """A card: its title, the figure large, the interval and respondents, a bar and a line on what it is."""

    activated = Signal(str)  # the card's key: an index's name, or "nps:<question id>"
    editRequested = Signal(str)  # a user's index or theme, by name
    removeRequested = Signal(str)
    openRequested = Signal(str)  # a question id (an eNPS card's question)

    def __init__(self, key: str, title: str, parent: QWidget | None = None, editable: bool = False) -> None:
        super().__init__(parent)
        self.key, self.editable = key, editable
        self.setObjectName("headlineCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.box = layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(4)
        self.title = QLabel(title, self)
        self.title.setFont(style.scaled_font(0.5, bold=True))
        self.title.setWordWrap(True)
        self.figure = QLabel(self)
        self.figure.setFont(style.scaled_font(8, bold=True))
        accent = self.figure.palette()
        accent.setColor(QPalette.ColorRole.WindowText, QColor(style.accent(accent)))
        self.figure.setPalette(accent)
        self.interval = QLabel(self)
        self.interval.setWordWrap(True)
        self.respondents = muted(QLabel(self))
        self.respondents.setFont(style.scaled_font(-1))
        numbers = QVBoxLayout()
        numbers.setSpacing(0)
        numbers.addStretch(1)
        numbers.addWidget(self.interval)
        numbers.addWidget(self.respondents)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignBottom)
        row.addLayout(numbers, 1)
        self.bar_slot = QVBoxLayout()
        self.detail = muted(QLabel(self))
        self.detail.setFont(style.scaled_font(-1))
        self.detail.setWordWrap(True)
        self.tag = QLabel(CURRENT_TAG, self)
        self.tag.setFont(style.scaled_font(-1, bold=True))
        self.tag.setToolTip("The key drivers below are those of this card's figure")
        self.tag.hide()
        heading = QHBoxLayout()
        heading.setSpacing(8)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.tag, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        layout.addLayout(heading)
        layout.addLayout(row)
        layout.addLayout(self.bar_slot)
        layout.addWidget(self.detail)
        self.buttons: list[QPushButton] = []
        if editable:
            self.edit_button = self._button("Edit…", f"Edit {title} (F2 on the card)", self.editRequested)
            self.remove_button = self._button("Remove", f"Remove {title} (Delete on the card; Edit → Undo puts it "
                                              "back)", self.removeRequested)
            actions = QHBoxLayout()
            actions.setSpacing(6)
            actions.addStretch(1)
            actions.addWidget(self.edit_button)
            actions.addWidget(self.remove_button)
            layout.addLayout(actions)
        layout.addStretch(1)

    def _button(self, text: str, description: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(f"{text.rstrip('…')} {self.title.text()}")
        button.setAccessibleDescription(description)
        button.setToolTip(description)
        button.setCursor(Qt.CursorShape.ArrowCursor)
        button.clicked.connect(lambda: signal.emit(self.key))
        self.buttons.append(button)
        return button

    def set_current(self, current: bool) -> None:
        """Mark the card whose drivers the panel shows."""
        self.tag.setVisible(current)

    def is_current(self) -> bool:
        """True while the card's drivers are shown."""
        return not self.tag.isHidden()

    def _tooltip(self, text: str) -> None:
        for widget in (self, *self.findChildren(QLabel)):
            if widget is not self.tag:
                widget.setToolTip(text)

    # --- interaction ---------------------------------------------------------------------------
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.key)
        elif self.editable and key == Qt.Key.Key_F2:
            self.editRequested.emit(self.key)
        elif self.editable and key == Qt.Key.Key_Delete:
            self.removeRequested.emit(self.key)
        else:
            super().keyPressEvent(event)

    def menu_actions(self, menu: QMenu) -> None:
        """Fill the card's context menu."""
        menu.addAction("Show what &drives it", lambda: self.activated.emit(self.key))
        if self.editable:
            menu.addAction("&Edit…", lambda: self.editRequested.emit(self.key))
            menu.addAction("&Remove", lambda: self.removeRequested.emit(self.key))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        self.menu_actions(menu)
        menu.exec(event.globalPos())


class IndexCard(InsightCard):
    """An index (0-100) or theme score (% positive) with its interval; a placeholder for a user's definition
    none of whose questions is in this survey."""

    def __init__(self, result: IndexResult | None, definition: IndexDefinition | None = None,
                 parent: QWidget | None = None) -> None:
        name = result.name if result is not None else definition.name if definition is not None else ""
        super().__init__(name, name, parent, editable=definition is not None)
        self.result, self.definition = result, definition
        if result is None:
            self.figure.setText(describe.NO_FIGURE)
            self.interval.setText("None of its questions is in this survey.")
            self.detail.setText(f"{len(definition.questions) if definition else 0} questions chosen elsewhere")
            self._tooltip("\n".join(["Not in this survey:"] + [f"• {t}" for t in (definition.questions
                                                                                   if definition else ())]))
            self.setAccessibleName(f"{name}: none of its questions is in this survey")
            return
        self.figure.setText(score_text(result))
        self.interval.setText(index_interval_text(result))
        self.respondents.setText(describe.plural(result.respondents, "respondent"))
        missing = f" · {describe.plural(len(result.missing), 'question')} not in this survey" if result.missing else ""
        self.detail.setText(index_kind_text(result) + missing)
        self.bar = PercentBar(result.score, result.ci95, self, result.confidence)
        self.bar_slot.addWidget(self.bar)
        self._tooltip(index_tooltip(result))
        self.setAccessibleName(index_accessible(result))
        self.setAccessibleDescription(f"{result.rule} Press Enter to show what drives it.")


class EnpsCard(InsightCard):
    """The eNPS of a Net Promoter question: the score (−100 to +100), its interval and the three groups."""

    def __init__(self, card: NpsCard, parent: QWidget | None = None) -> None:
        super().__init__(f"nps:{card.question_id}", "eNPS", parent)
        self.card = card
        result = card.nps
        self.figure.setText(signed(result.score))
        self.interval.setText(nps_interval_text(result))
        self.respondents.setText(describe.plural(result.respondents, "respondent"))
        self.bar = NpsBar(result.detractors, result.passives, result.promoters, self)
        self.bar_slot.addWidget(self.bar)
        self.detail.setText(nps_groups_text(result))
        self.question = muted(ElidedLabel(f"“{card.text}”", self))
        self.question.setFont(style.scaled_font(-1))
        self.box.insertWidget(self.box.indexOf(self.detail) + 1, self.question)
        self._tooltip(nps_tooltip(card.text, result))
        low, high = result.ci95
        self.setAccessibleName(f"eNPS {signed(result.score)}, interval {signed(low)} to {signed(high)}, "
                               f"{nps_groups_text(result)}")
        self.setAccessibleDescription(f"{card.text}. Press Enter to show what drives it.")

    def menu_actions(self, menu: QMenu) -> None:
        """Show what drives it, or open the question."""
        super().menu_actions(menu)
        menu.addAction("&Open question", lambda: self.openRequested.emit(self.card.question_id))


__all__ = ["CURRENT_TAG", "EnpsCard", "IndexCard", "InsightCard", "muted"]
