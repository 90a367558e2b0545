""""Pair by hand…": two lists side by side, one item chosen from each, OK pairs them.

Used wherever the app matches wordings and the user may pair two by hand: questions of an earlier and a later
wave (the Waves panel), a survey question and a benchmark question (the benchmark review). Each list holds
items as (text shown, value returned, tooltip); :meth:`PairDialog.chosen` gives the two values.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

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

VALUE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PairItem:
    """One item of a list: what is shown, what choosing it gives, and its tooltip."""

    text: str
    value: str
    tooltip: str = ""


@dataclass(frozen=True)
class PairSide:
    """One of the two lists: its label (with a mnemonic), its name for screen readers and its items."""

    label: str
    name: str
    items: Sequence[PairItem]


def _list(parent: QWidget, side: PairSide) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(side.name)
    widget.setWordWrap(True)
    widget.setAlternatingRowColors(True)
    for entry in side.items:
        item = QListWidgetItem(entry.text, widget)
        item.setData(VALUE_ROLE, entry.value)
        if entry.tooltip:
            item.setToolTip(entry.tooltip)
    if widget.count():
        widget.setCurrentRow(0)
    return widget


class PairDialog(QDialog):
    """Two lists; OK (enabled once an item of each is chosen) pairs the chosen two."""

    def __init__(self, title: str, intro: str, left: PairSide, right: PairSide, description: str = "",
                 ok_text: str = "&Pair these questions", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setAccessibleDescription(description or intro)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        self.left_list, self.right_list = _list(self, left), _list(self, right)
        left_label, right_label = QLabel(left.label, self), QLabel(right.label, self)
        left_label.setBuddy(self.left_list)
        right_label.setBuddy(self.right_list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.left_list.currentRowChanged.connect(self._update)
        self.right_list.currentRowChanged.connect(self._update)
        layout = QGridLayout(self)
        layout.addWidget(intro_label, 0, 0, 1, 2)
        layout.addWidget(left_label, 1, 0)
        layout.addWidget(right_label, 1, 1)
        layout.addWidget(self.left_list, 2, 0)
        layout.addWidget(self.right_list, 2, 1)
        layout.addWidget(self.buttons, 3, 0, 1, 2)
        self.resize(760, 420)
        self._update()

    def choose(self, left_value: str, right_value: str) -> None:
        """Select the items with these values (as clicking them would); KeyError when one is not listed."""
        for widget, value in ((self.left_list, left_value), (self.right_list, right_value)):
            row = next((r for r in range(widget.count()) if widget.item(r).data(VALUE_ROLE) == value), None)
            if row is None:
                raise KeyError(value)
            widget.setCurrentRow(row)

    def chosen(self) -> tuple[str, str] | None:
        """The (left, right) values chosen, if both are."""
        left, right = self.left_list.currentItem(), self.right_list.currentItem()
        if left is None or right is None:
            return None
        return left.data(VALUE_ROLE), right.data(VALUE_ROLE)

    def _update(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)

    def open_for(self, pair: Callable[[str, str], object]) -> PairDialog:
        """Show the dialog without blocking (modal to its window, deleted when closed); OK calls
        ``pair(left, right)`` with the two values chosen. Returns the dialog."""
        self.accepted.connect(lambda: self._pair_chosen(pair))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.open()
        return self

    def _pair_chosen(self, pair: Callable[[str, str], object]) -> None:
        chosen = self.chosen()
        if chosen is not None:
            pair(*chosen)


__all__ = ["PairDialog", "PairItem", "PairSide"]
