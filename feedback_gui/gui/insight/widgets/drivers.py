"""The driver table: each ranked question with its importance, interval, share of R², correlation, % favourable
and quadrant, most important first. The question text takes the width the figures leave (two lines, the rest in
its tooltip); share, r and quadrant give way in a narrow table. Enter or a double-click on a row asks to open its
question (:attr:`DriverTable.questionChosen`); moving the current row says which question it is
(:attr:`DriverTable.currentQuestionChanged`), so the matrix can show that point larger.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from feedback_gui.gui.insight.models import DriverTableModel
from feedback_gui.gui.models import ID_ROLE
from feedback_gui.gui.widgets.text_columns import give_text_the_room

OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class DriverTable(QTableView):
    """The ranked questions; Enter or a double-click opens one."""

    questionChosen = Signal(str)  # a question id
    currentQuestionChanged = Signal(object)  # a question id, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.driver_model = DriverTableModel(self)
        self.setModel(self.driver_model)
        self.setObjectName("driverTable")
        self.setAccessibleName("Key drivers")
        self.setAccessibleDescription("Each question's importance to the outcome, most important first. Press Enter "
                                      "on a row to open its question.")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        m = DriverTableModel
        give_text_the_room(self, m.QUESTION, lines=2, optional=(m.QUADRANT, m.SHARE, m.CORRELATION))
        self.doubleClicked.connect(lambda index: self._choose(index))
        self.selectionModel().currentRowChanged.connect(
            lambda current, _old: self.currentQuestionChanged.emit(current.data(ID_ROLE) if current.isValid()
                                                                   else None))

    def question_id(self, row: int) -> str:
        """The id of the question in a row."""
        return self.driver_model.index(row, 0).data(ID_ROLE)

    def current_question_id(self) -> str | None:
        """The id of the current row's question, if a row is current."""
        index = self.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def rows(self) -> list[list[str]]:
        """Every row's texts, as shown (hidden columns included)."""
        return [self.driver_model.cells(r) for r in range(self.driver_model.rowCount())]

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.questionChosen.emit(index.data(ID_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in OPEN_KEYS and self.currentIndex().isValid():
            self._choose(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


__all__ = ["DriverTable"]
