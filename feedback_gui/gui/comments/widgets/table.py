"""The comment table: one comment a row, its sentiment (with how sure the analyser is of it: "Negative · 62%")
relabelled in place (a list of labels) or from the menu. The model's Confidence column is hidden: it only sorts
the least confident first (the sentiment cell says the same, in less width).

F2, a double click or typing on the Sentiment cell opens the list of labels; the context menu (or the
Menu key) offers every label and "Use the analyser's label". Relabels are emitted, not applied here.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from feedback_gui.core.comments import LABELS
from feedback_gui.gui.comments.describe import NAMES, SYMBOLS
from feedback_gui.gui.comments.models import INDEX_ROLE, CommentTableModel
from feedback_gui.gui.widgets.text_columns import give_text_the_room

CELL_EXTRA = 20  # a cell's padding and the style's margins round its text

Index = QModelIndex | QPersistentModelIndex


class SentimentDelegate(QStyledItemDelegate):
    """Edits a sentiment cell with a list of the four labels."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.setAccessibleName("Sentiment label")
        for label in LABELS:
            editor.addItem(f"{SYMBOLS[label]} {NAMES[label]}", label)
        editor.activated.connect(lambda _i: self._chosen(editor))
        return editor

    def _chosen(self, editor: QComboBox) -> None:
        """A label was picked: save it and close the list."""
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentData() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class CommentTable(QTableView):
    """The comments that pass the filter; relabelRequested(index, label or None) asks for a new label."""

    relabelRequested = Signal(int, object)

    def __init__(self, model: CommentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(CommentTableModel.SENTIMENT, SentimentDelegate(self))
        self.setAccessibleName("Comments")
        self.setAccessibleDescription("One comment a row: respondent, question, comment, sentiment (with how sure "
                                      "the analyser is of it) and themes. F2 on the sentiment, or the context menu, "
                                      "relabels a comment.")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setSortingEnabled(True)
        self.horizontalHeader().setSortIndicator(CommentTableModel.ROW, Qt.SortOrder.AscendingOrder)
        # the comment takes the width the others leave, on two lines (its tooltip is the whole comment); the
        # question and the themes start narrow and can be widened; row and sentiment are as wide as what they hold
        give_text_the_room(self, CommentTableModel.TEXT, lines=2, to_contents=(),
                           interactive={CommentTableModel.QUESTION: 16, CommentTableModel.THEMES: 20})
        header = self.horizontalHeader()
        for column, width in ((CommentTableModel.ROW, self.row_width()),
                              (CommentTableModel.SENTIMENT, self.sentiment_width())):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(column, width)
        self.setColumnHidden(CommentTableModel.CONFIDENCE, True)

    def _header_width(self, column: int) -> int:
        return self.horizontalHeader().sectionSizeFromContents(column).width()

    def row_width(self) -> int:
        """The Row column: as wide as a six-figure respondent row, or its title."""
        return max(self.fontMetrics().horizontalAdvance("000,000") + CELL_EXTRA, self._header_width(0))

    def sentiment_width(self) -> int:
        """The Sentiment column: as wide as its widest text (with its dot: "Negative (edited)" in italics,
        "Negative (learned)", "Negative · 100%")."""
        edited = QFont(self.font())
        edited.setItalic(True)
        widest = max(max(QFontMetrics(edited).horizontalAdvance(f"{NAMES[label]} (edited)"),
                         self.fontMetrics().horizontalAdvance(f"{NAMES[label]} (learned)"),
                         self.fontMetrics().horizontalAdvance(f"{NAMES[label]} · 100%")) for label in LABELS)
        return max(widest + self.iconSize().width() + 8 + CELL_EXTRA,
                   self._header_width(CommentTableModel.SENTIMENT))

    def current_comment(self) -> int | None:
        """The analysis index of the selected comment."""
        index = self.currentIndex()
        return index.data(INDEX_ROLE) if index.isValid() else None

    def menu_for(self, row: int) -> QMenu:
        """The relabel menu of a row (built, not shown)."""
        model = self.model()
        index = model.index(row, CommentTableModel.SENTIMENT)
        comment = int(index.data(INDEX_ROLE))
        current = index.data(Qt.ItemDataRole.EditRole)
        menu = QMenu(self)
        for label in LABELS:
            action = menu.addAction(f"Mark as &{NAMES[label]}")
            action.setCheckable(True)
            action.setChecked(label == current)
            action.triggered.connect(lambda _on=False, label=label: self.relabelRequested.emit(comment, label))
        menu.addSeparator()
        restore = menu.addAction("&Use the analyser's label")
        restore.setEnabled(model.comment_at(row).sentiment.corrected)  # type: ignore[attr-defined]
        restore.triggered.connect(lambda: self.relabelRequested.emit(comment, None))
        copy = menu.addAction("&Copy comment")
        copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(
            str(model.index(row, CommentTableModel.TEXT).data())))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """The relabel menu of the row clicked, or of the selected row (Menu key, Shift+F10)."""
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index, point = self.indexAt(event.pos()), event.pos()
        else:
            index = self.currentIndex()
            point = self.visualRect(index).center()
        if index.isValid():
            self.menu_for(index.row()).exec(self.viewport().mapToGlobal(point))


__all__ = ["CommentTable", "SentimentDelegate"]
