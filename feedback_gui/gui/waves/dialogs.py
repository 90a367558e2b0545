""""Pair by hand…": choose a question asked only in the earlier wave and one asked only in the later wave."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from feedback_gui.core.waves import QuestionRef
from feedback_gui.gui.describe import type_name


def _list(parent: QWidget, name: str, questions: tuple[QuestionRef, ...]) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    widget.setWordWrap(True)
    widget.setAlternatingRowColors(True)
    for question in questions:
        item = QListWidgetItem(question.text, widget)
        item.setData(Qt.ItemDataRole.UserRole, question.text)
        item.setToolTip(f"{question.text}\n{type_name(question.type)}")
    if widget.count():
        widget.setCurrentRow(0)
    return widget


class PairDialog(QDialog):
    """Two lists (only in the earlier wave, only in the later wave); OK pairs the chosen two."""

    def __init__(self, old_wave: str, new_wave: str, unmatched_old: tuple[QuestionRef, ...],
                 unmatched_new: tuple[QuestionRef, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Pair questions by hand")
        self.setAccessibleName("Pair questions by hand")
        self.setAccessibleDescription(f"Choose a question asked in {old_wave} and the question of {new_wave} "
                                      "that asks the same thing.")
        intro = QLabel(f"Choose a question from {old_wave} and the question of {new_wave} that asks the same "
                       "thing. Their figures will be compared (if their answer scales allow it).", self)
        intro.setWordWrap(True)
        self.old_list = _list(self, f"Questions only in {old_wave}", unmatched_old)
        self.new_list = _list(self, f"Questions only in {new_wave}", unmatched_new)
        old_label = QLabel(f"Only in &{old_wave}:", self)
        old_label.setBuddy(self.old_list)
        new_label = QLabel(f"Only in {new_wave} (&later):", self)
        new_label.setBuddy(self.new_list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("&Pair these questions")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.old_list.currentRowChanged.connect(self._update)
        self.new_list.currentRowChanged.connect(self._update)
        layout = QGridLayout(self)
        layout.addWidget(intro, 0, 0, 1, 2)
        layout.addWidget(old_label, 1, 0)
        layout.addWidget(new_label, 1, 1)
        layout.addWidget(self.old_list, 2, 0)
        layout.addWidget(self.new_list, 2, 1)
        layout.addWidget(self.buttons, 3, 0, 1, 2)
        self.resize(760, 420)
        self._update()

    def choose(self, old_text: str, new_text: str) -> None:
        """Select the two questions with these texts (as clicking them would)."""
        for widget, text in ((self.old_list, old_text), (self.new_list, new_text)):
            items = widget.findItems(text, Qt.MatchFlag.MatchExactly)
            if not items:
                raise KeyError(text)
            widget.setCurrentItem(items[0])

    def chosen(self) -> tuple[str, str] | None:
        """The (earlier, later) question texts chosen, if both are."""
        old, new = self.old_list.currentItem(), self.new_list.currentItem()
        if old is None or new is None:
            return None
        return old.data(Qt.ItemDataRole.UserRole), new.data(Qt.ItemDataRole.UserRole)

    def _update(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)
