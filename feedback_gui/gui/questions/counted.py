"""The "Counted answers" chooser: a checkable list of a question's options."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from feedback_gui.core.survey import Question


class CountedChooser(QListWidget):
    """Tick the answers a headline counts; emits the ticked answers in option order."""

    countedChanged = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Counted answers")
        self.setAccessibleDescription("Tick the answers the headline figure counts.")
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.itemChanged.connect(self._changed)
        self._loading = False

    def set_question(self, question: Question | None) -> None:
        """Show a question's options, ticking its counted answers."""
        self._loading = True
        self.clear()
        for option in question.options if question else ():
            item = QListWidgetItem(option, self)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if option in question.counted else Qt.CheckState.Unchecked)
        self._loading = False
        rows = max(1, self.count())
        self.setFixedHeight(min(rows, 8) * (self.sizeHintForRow(0) if self.count() else 24) + 2 * self.frameWidth() + 4)

    def counted(self) -> tuple[str, ...]:
        """The ticked answers, in option order."""
        return tuple(self.item(i).text() for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)

    def set_checked(self, option: str, checked: bool) -> None:
        """Tick or untick one answer (as a click would)."""
        for i in range(self.count()):
            if self.item(i).text() == option:
                self.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _changed(self, item: QListWidgetItem) -> None:  # noqa: ARG002 - Qt passes the item
        if not self._loading:
            self.countedChanged.emit(self.counted())
