"""The tabs of the Waves panel: compared questions, pairs not comparable, and questions in one wave only."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.waves import QuestionMatch, QuestionRef, WaveComparison
from feedback_gui.gui.describe import type_name
from feedback_gui.gui.models import ID_ROLE
from feedback_gui.gui.waves.models import MATCH_ROLE, NotComparableModel, WaveChangeModel

TEXT_ROLE = Qt.ItemDataRole.UserRole + 3  # a question's text in a list of unmatched questions


def _table(parent: QWidget, name: str, description: str) -> QTableView:
    table = QTableView(parent)
    table.setAccessibleName(name)
    table.setAccessibleDescription(description)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)  # a double click activates (opens)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
    return table


def _fill(widget: QListWidget, questions: tuple[QuestionRef, ...]) -> None:
    widget.clear()
    for question in questions:
        item = QListWidgetItem(question.text, widget)
        item.setData(ID_ROLE, question.id)
        item.setData(TEXT_ROLE, question.text)
        item.setToolTip(f"{question.text}\n{type_name(question.type)}")


def _two_line_width(metrics: QFontMetrics, text: str) -> int:
    """The narrowest width that shows ``text`` in at most two lines (broken at a space)."""
    words = text.split(" ")
    return min(max(metrics.horizontalAdvance(" ".join(words[:i])), metrics.horizontalAdvance(" ".join(words[i:])))
               for i in range(1, len(words) + 1))


class ReviewTabs(QTabWidget):
    """Compared questions (sortable), the pairs that cannot be compared, and unmatched questions."""

    openRequested = Signal(str)  # the later wave's question id
    selectionMoved = Signal()  # another match (or question) was selected
    forgetRequested = Signal(str, str)  # old text, new text of a rejected pair to match again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: WaveComparison | None = None
        self.model = WaveChangeModel(self)
        self.table = _table(self, "Compared questions", "Each question's figure then and now, the change in "
                            "points, its p-value and whether it is significant. Enter opens the question.")
        self.table.setModel(self.model)
        self.table.setWordWrap(True)  # the question in two lines; the full text is in the tooltip and below
        self.table.verticalHeader().setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 12)
        self.other_model = NotComparableModel(self)
        self.other_table = _table(self, "Questions that cannot be compared",
                                  "Matched questions whose figures must not be compared, and why.")
        self.other_table.setModel(self.other_model)
        self.other_table.setWordWrap(True)  # the reason in full
        self.other_table.verticalHeader().setDefaultSectionSize(3 * self.table.fontMetrics().lineSpacing() + 12)
        self.free_text = QLabel(self)
        self.free_text.setWordWrap(True)
        self.only_old, self.only_new, self.rejected = QListWidget(self), QListWidget(self), QListWidget(self)
        for widget in (self.only_old, self.only_new, self.rejected):
            widget.setWordWrap(True)
            widget.setAlternatingRowColors(True)
            widget.currentRowChanged.connect(lambda _row: self.selectionMoved.emit())
        self.only_new.itemActivated.connect(lambda item: self.openRequested.emit(item.data(ID_ROLE)))
        self.only_old_label, self.only_new_label = QLabel(self), QLabel(self)
        self.only_old_label.setBuddy(self.only_old)
        self.only_new_label.setBuddy(self.only_new)
        self.forget_button = QPushButton("&Undo rejection", self)
        self.forget_button.setToolTip("Let the app match this pair again")
        self.forget_button.clicked.connect(self._forget)
        for table in (self.table, self.other_table):
            table.activated.connect(self._activated)
            table.selectionModel().currentRowChanged.connect(lambda *_: self.selectionMoved.emit())
        self.addTab(self.table, "Compared")
        other = QWidget(self)
        other_layout = QVBoxLayout(other)
        other_layout.setContentsMargins(0, 6, 0, 0)
        other_layout.addWidget(self.other_table, 1)
        other_layout.addWidget(self.free_text)
        self.addTab(other, "Not comparable")
        unmatched = QWidget(self)
        grid = QGridLayout(unmatched)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.addWidget(self.only_old_label, 0, 0)
        grid.addWidget(self.only_new_label, 0, 1)
        grid.addWidget(self.only_old, 1, 0)
        grid.addWidget(self.only_new, 1, 1)
        self.rejected_label = QLabel("Matches you re&jected:", unmatched)
        self.rejected_label.setBuddy(self.rejected)
        self.rejected.setAccessibleName("Matches you rejected")
        grid.addWidget(self.rejected_label, 2, 0, 1, 2)
        grid.addWidget(self.rejected, 3, 0, 1, 2)
        grid.addWidget(self.forget_button, 4, 1, Qt.AlignmentFlag.AlignRight)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 1)
        self.addTab(unmatched, "Only in one wave")
        self.currentChanged.connect(lambda _index: self.selectionMoved.emit())
        self.selectionMoved.connect(self._update_forget)

    def set_comparison(self, comparison: WaveComparison | None) -> None:
        """Show a comparison, keeping the selected question when it is still there."""
        keep = self.current_match()
        self.comparison = comparison
        self.model.set_comparison(comparison)
        self.other_model.set_comparison(comparison)
        self._size_columns()
        m = comparison.matching if comparison else None
        _fill(self.only_old, m.unmatched_old if m else ())
        _fill(self.only_new, m.unmatched_new if m else ())
        self.rejected.clear()
        for pair in m.rejected if m else ():
            item = QListWidgetItem(f"{pair.old.text}  ≠  {pair.new.text}", self.rejected)
            item.setData(MATCH_ROLE, pair)
        old_wave, new_wave = (m.old_wave, m.new_wave) if m else ("the earlier wave", "the later wave")
        self.only_old_label.setText(f"Asked only in &{old_wave} (or not matched):")
        self.only_new_label.setText(f"Asked only in {new_wave} (&later):")
        self.only_old.setAccessibleName(f"Questions only in {old_wave}")
        self.only_new.setAccessibleName(f"Questions only in {new_wave}")
        free = comparison.free_text if comparison else ()
        self.free_text.setText("Free-text questions matched (compared by their comments, not by a figure): "
                               + "; ".join(f"“{p.new.text}”" for p in free) if free else "")
        self.free_text.setVisible(bool(free))
        counts = (len(comparison.changes), len(comparison.not_comparable),
                  len(m.unmatched_old) + len(m.unmatched_new)) if comparison and m else (0, 0, 0)
        for index, (title, count) in enumerate(zip(("Compared", "Not comparable", "Only in one wave"), counts,
                                                   strict=True)):
            self.setTabText(index, f"{title} ({count})")
        if keep is not None:
            self.select(keep.new.id)
        self._update_forget()

    def _size_columns(self) -> None:
        """Figure columns just wide enough for their texts in two lines; the question takes the rest."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(WaveChangeModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        cells = QFontMetrics(self.table.font())
        bold = QFont(self.table.font())
        bold.setBold(True)
        titles = QFontMetrics(bold)
        for column in range(1, self.model.columnCount()):
            texts = [self.model.cells(r)[column] for r in range(self.model.rowCount())]
            widest = max([_two_line_width(cells, t) for t in texts] + [0])
            title = titles.horizontalAdvance(str(self.model.headers[column]))
            self.table.setColumnWidth(column, max(widest, title) + 22)  # the cell's padding
        other = self.other_table.horizontalHeader()
        other.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        other.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        other.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.other_table.setColumnWidth(0, 220)

    def select(self, new_id: str) -> bool:
        """Select the compared (or not comparable) question of the later wave with this id."""
        row = self.model.row_of(new_id)
        if row is not None:
            self.setCurrentIndex(0)
            self.table.selectRow(row)
            return True
        for row in range(self.other_model.rowCount()):
            if self.other_model.item_at(row).match.new.id == new_id:
                self.setCurrentIndex(1)
                self.other_table.selectRow(row)
                return True
        return False

    def current_match(self) -> QuestionMatch | None:
        """The pair selected in the Compared or Not comparable tab."""
        table = {0: self.table, 1: self.other_table}.get(self.currentIndex())
        if table is None or not table.currentIndex().isValid():
            return None
        return table.currentIndex().data(MATCH_ROLE)

    def current_question_id(self) -> str | None:
        """The later wave's question selected in any tab (None for a question of the earlier wave only)."""
        match = self.current_match()
        if match is not None:
            return match.new.id
        item = self.only_new.currentItem() if self.currentIndex() == 2 else None
        return item.data(ID_ROLE) if item else None

    def unmatched_choice(self) -> tuple[str | None, str | None]:
        """The texts selected in the two "only in one wave" lists."""
        old, new = self.only_old.currentItem(), self.only_new.currentItem()
        return (old.data(TEXT_ROLE) if old else None, new.data(TEXT_ROLE) if new else None)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(index.data(ID_ROLE))

    def _forget(self) -> None:
        item = self.rejected.currentItem()
        if item is not None:
            pair: QuestionMatch = item.data(MATCH_ROLE)
            self.forgetRequested.emit(pair.old.text, pair.new.text)

    def _update_forget(self) -> None:
        self.forget_button.setEnabled(self.rejected.currentItem() is not None)
        for widget in (self.rejected, self.rejected_label, self.forget_button):
            widget.setVisible(self.rejected.count() > 0)
