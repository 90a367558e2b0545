"""The word cloud of the comments (drawn by the core), clickable, with a list of the same words one key away.

The picture (:class:`~feedback_gui.gui.comments.widgets.cloud_canvas.CloudCanvas`) is the core's PNG scaled to fit and
put on the theme's background; a click on a word outlines and emits it. Keyboard and screen-reader users get
the list (T, Space or Enter on the picture; T on the list goes back): each word with its number of comments
and the average feeling of those comments in words, so colour is never the only cue.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStackedWidget, QTableView, QWidget

from feedback_gui.core.comments import SENTIMENT_COLOURS, RenderedCloud, WordCloudData
from feedback_gui.gui.comments.widgets.cloud_canvas import CloudCanvas, on_background
from feedback_gui.gui.describe import plural
from feedback_gui.gui.models import ALIGN, DISPLAY, RIGHT, TOOLTIP, Index, _Table

TERM_ROLE = Qt.ItemDataRole.UserRole + 20


def feeling(compound: float) -> str:
    """The average feeling of a word's comments in words ('somewhat positive'), as the cloud colours it."""
    for upper, _colour, meaning in SENTIMENT_COLOURS:
        if compound < upper:
            return meaning
    return SENTIMENT_COLOURS[-1][2]


class WordListModel(_Table):
    """The cloud's words, most used first: word, comments using it, their average feeling."""

    headers = ("Word or phrase", "Comments", "Feeling")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, int, float]] = []

    def set_cloud(self, data: WordCloudData | None, drawn: set[str] | None = None) -> None:
        """Show the words of a cloud (only those drawn, when given)."""
        self.beginResetModel()
        terms = data.terms.values() if data else []
        self._rows = [(t.term, t.count, t.mean_compound) for t in terms if drawn is None or t.term in drawn]
        self._rows.sort(key=lambda r: (-r[1], r[0]))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def term_at(self, row: int) -> str:
        """The word shown in a row."""
        return self._rows[row][0]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        term, count, compound = self._rows[index.row()]
        if role == DISPLAY:
            return [term, f"{count:,}", feeling(compound)][index.column()]
        if role == TERM_ROLE:
            return term
        if role == TOOLTIP:
            return (f"“{term}”: {plural(count, 'comment')}, on average {feeling(compound)} (score {compound:+.2f}). "
                    "Enter lists them.")
        if role == ALIGN and index.column() == 1:
            return RIGHT
        return None


class _WordTable(QTableView):
    def __init__(self, owner: WordCloudView) -> None:
        super().__init__(owner)
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_T and not event.modifiers():
            self.owner.show_list(False)
        else:
            super().keyPressEvent(event)


class WordCloudView(QStackedWidget):
    """The clickable cloud, or (toggled) the list of its words; choosing a word emits it."""

    termChosen = Signal(str)
    listShown = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: WordCloudData | None = None
        self.canvas = CloudCanvas(self)
        self.canvas.setAccessibleName("Word cloud")
        self.canvas.setProperty("exportableChart", True)  # right-click: save or copy it (chart_export)
        self.canvas.termClicked.connect(self.choose)
        self.canvas.listRequested.connect(lambda: self.show_list(True))
        self.model = WordListModel(self)
        self.table = _WordTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Words of the comments")
        self.table.setAccessibleDescription("The cloud's words, most used first. Enter lists the comments using "
                                            "the word; T goes back to the cloud.")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self.choose(self.model.term_at(index.row())))
        self.addWidget(self.canvas)
        self.addWidget(self.table)

    def set_cloud(self, data: WordCloudData | None, rendered: RenderedCloud | None) -> None:
        """Show a cloud and its words."""
        self.data = data
        self.canvas.set_rendered(rendered, {t.term: t.colour for t in data.terms.values()} if data else None)
        drawn = {box[0] for box in rendered.boxes} if rendered else None
        self.model.set_cloud(data, drawn)
        rows = range(min(8, self.model.rowCount()))
        top = [f"{self.model.term_at(r)} ({self.model.index(r, 1).data()})" for r in rows]
        description = ("Most used words: " + ", ".join(top) + ". Click a word to list its comments; T shows a "
                       "list of every word." if top else "No words to show.")
        for widget in (self, self.canvas, self.table):
            widget.setAccessibleDescription(description)

    def choose(self, term: str | None) -> None:
        """Outline a word and emit it (None clears the outline)."""
        self.canvas.chosen = term
        self.canvas.update()
        if term:
            self.termChosen.emit(term)

    def show_list(self, on: bool) -> None:
        """Show the list of words instead of the picture (focus follows)."""
        had_focus = self.currentWidget().hasFocus()
        self.setCurrentWidget(self.table if on else self.canvas)
        if had_focus:
            self.currentWidget().setFocus()
        self.listShown.emit(on)

    def showing_list(self) -> bool:
        """True while the list is shown."""
        return self.currentWidget() is self.table


__all__ = ["CloudCanvas", "WordCloudView", "WordListModel", "feeling", "on_background"]
