"""Qt item models over core results, as every panel uses them: the base table, the item roles, and the import
preview's model. They wrap and format; they compute nothing. A panel's own models live in its package."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from feedback_gui.core.analysis.proportions import QuestionResult
from feedback_gui.core.survey import Question, QuestionType
from feedback_gui.gui import describe

Index = QModelIndex | QPersistentModelIndex
DISPLAY, EDIT, TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole
ALIGN, FONT = Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole
ID_ROLE = Qt.ItemDataRole.UserRole  # the question id of a row
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts numbers as numbers
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class _Table(QAbstractTableModel):
    """A table over a list of rows (``self._rows``), one column per header."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list = []

    def replace_rows(self, rows: Sequence) -> None:
        """Show these rows (replacing all)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and section < len(self.headers):
            return self.headers[section]
        return None


class PreviewModel(_Table):
    """The import preview: each detected question with its type (editable), options and answers."""

    headers = ("Question", "Type", "Options", "Answered")
    TEXT, TYPE, OPTIONS, ANSWERED = range(4)

    def __init__(self, retype: Callable[[str, QuestionType], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self._retype = retype
        self._rows: list[tuple[Question, QuestionResult | None]] = []

    def set_rows(self, rows: Sequence[tuple[Question, QuestionResult | None]]) -> None:
        """Show these questions (replacing all rows)."""
        self.replace_rows(rows)

    def update_row(self, question: Question, result: QuestionResult | None) -> None:
        """Refresh one question's row."""
        for row, (old, _) in enumerate(self._rows):
            if old.id == question.id:
                self._rows[row] = (question, result)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def question_at(self, row: int) -> Question:
        """The question shown in a row."""
        return self._rows[row][0]


    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.TYPE else flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        question, result = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return question.id
        if role == EDIT and column == self.TYPE:
            return str(question.type)
        if role == DISPLAY:
            answered = f"{result.answered:,} of {result.respondents:,}" if result else ""
            return [question.text, describe.type_name(question.type),
                    describe.options_text(question.options, question.excluded), answered][column]
        if role == TOOLTIP:
            if column == self.TYPE and question.overridden and question.inferred_type:
                return f"Changed by you; detected as {describe.type_name(question.inferred_type)}."
            if column == self.TYPE:
                return "Detected type; choose another to correct it."
            if column == self.OPTIONS:
                return describe.options_text(question.options, question.excluded, limit=100)
            return question.text if column == self.TEXT else None
        if role == FONT and column == self.TYPE and question.overridden:
            font = QFont()
            font.setItalic(True)
            font.setBold(True)
            return font
        if role == ALIGN and column == self.ANSWERED:
            return RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or index.column() != self.TYPE or not index.isValid():
            return False
        question = self._rows[index.row()][0]
        try:
            new_type = QuestionType(value)
        except ValueError:
            return False
        if new_type == question.type:
            return False
        return self._retype(question.id, new_type)
