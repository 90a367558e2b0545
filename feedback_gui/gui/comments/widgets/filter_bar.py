"""The filter bar over the comment table: sentiment buttons with their counts and a search box (under the
buttons when the pane is too narrow for both on one line), and two buttons the panel places beside its note
under the bar: "Least confident" and "Clear filters".

Each sentiment button says its name and count ("Positive 53"), with its colour as a dot beside the
words. "Least confident" (a switch of its own, combined with the sentiment chosen) lists the comments the
analyser is least sure of, a few at a time; it sits beside the note so that the bar stays one line on a
laptop's 1093×582 screen. The search waits for a short pause in typing before it filters.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from feedback_gui.core.comments import LABELS
from feedback_gui.gui import sizing
from feedback_gui.gui.comments.describe import NAMES, colour
from feedback_gui.gui.comments.models import sentiment_dot
from feedback_gui.gui.widgets.reflow import ReflowRow

MNEMONIC = {"positive": "&Positive", "negative": "Ne&gative", "neutral": "Ne&utral", "mixed": "&Mixed"}
SEARCH_PAUSE_MS = 200
LEAST_CERTAIN_TIP = ("List the {n} comments the analyser is least sure of, least sure first (those you have "
                     "labelled are left out), within the other filters. Relabel the wrong ones; “Show {n} more” "
                     "lists the next.")


class CommentFilterBar(QWidget):
    """All / Positive / Negative / Neutral / Mixed and a search box; ``least_button`` and ``clear_button`` are
    placed by the panel."""

    sentimentChosen = Signal(object)  # a label, or None for every sentiment
    leastCertainChosen = Signal(bool)
    searchChanged = Signal(str)
    clearRequested = Signal()

    def __init__(self, parent: QWidget | None = None, page: int = 20) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str | None, QPushButton] = {}
        row = ReflowRow(self, spacing=12)  # the search goes under the buttons when the pane is narrow
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(row)
        choices = QWidget(row)
        layout = QHBoxLayout(choices)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for label in (None, *LABELS):
            button = QPushButton(choices)
            button.setCheckable(True)
            button.setAutoDefault(False)
            if label is not None:
                button.setIcon(sentiment_dot(colour(label), 10))
            button.clicked.connect(lambda _on=False, label=label: self.sentimentChosen.emit(label))
            self.group.addButton(button)
            self.buttons[label] = button
            layout.addWidget(button)
        self.buttons[None].setChecked(True)
        self.set_counts({}, 0)
        self.least_button = QPushButton("Least c&onfident", parent or self)  # placed by the panel, beside its note
        self.least_button.setCheckable(True)
        self.least_button.setAutoDefault(False)
        self.least_button.setToolTip(LEAST_CERTAIN_TIP.format(n=page))
        self.least_button.setAccessibleDescription(self.least_button.toolTip())
        self.least_button.clicked.connect(lambda: self.leastCertainChosen.emit(self.least_button.isChecked()))
        searching = QWidget(row)
        search_row = QHBoxLayout(searching)
        search_row.setContentsMargins(0, 0, 0, 0)
        search_label = QLabel("Sea&rch:", searching)
        self.search = QLineEdit(searching)
        self.search.setPlaceholderText("Words in the comments (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName("Search the comments")
        search_label.setBuddy(self.search)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_PAUSE_MS)
        self._timer.timeout.connect(lambda: self.searchChanged.emit(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self.flush)
        self.search.setMinimumWidth(sizing.chars(16))
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        row.add(choices)
        row.add(searching, 1, Qt.AlignmentFlag.AlignVCenter)
        self.clear_button = QPushButton("C&lear filters", parent or self)  # placed by the panel, beside its note
        self.clear_button.setAutoDefault(False)
        self.clear_button.setToolTip("Show every comment: no theme, sentiment, word or search")
        self.clear_button.clicked.connect(self.clearRequested.emit)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), parent or self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self.focus_search)

    def set_counts(self, counts: Mapping[str, int], total: int) -> None:
        """Write each sentiment's count (of the chosen theme) on its button."""
        self.buttons[None].setText(f"&All {total:,}")
        self.buttons[None].setToolTip(f"Every sentiment: {total:,} comments")
        for label in LABELS:
            n = counts.get(label, 0)
            button = self.buttons[label]
            button.setText(f"{MNEMONIC[label]} {n:,}")
            button.setToolTip(f"Only {NAMES[label].lower()} comments: {n:,}")
            button.setAccessibleName(f"{NAMES[label]}: {n:,} comments")
        self.buttons[None].setAccessibleName(f"All sentiments: {total:,} comments")

    def set_sentiment(self, label: str | None) -> None:
        """Show which sentiment is chosen (emits nothing)."""
        self.buttons[label].setChecked(True)

    def set_least_certain(self, on: bool) -> None:
        """Show whether the least confident are listed (emits nothing)."""
        self.least_button.setChecked(on)

    def set_search(self, text: str) -> None:
        """Put text in the search box and filter at once."""
        self.search.setText(text)
        self.flush()

    def flush(self) -> None:
        """Filter by the search box now (Enter, or a test) instead of after the pause."""
        self._timer.stop()
        self.searchChanged.emit(self.search.text())

    def focus_search(self) -> None:
        """Put the cursor in the search box (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()


__all__ = ["CommentFilterBar"]
