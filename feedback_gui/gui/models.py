"""Qt item models over core results, as every panel uses them: the base table and the item roles. They wrap
and format; they compute nothing. A panel's own models live in its package (the import preview's in
``gui/preview/``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

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
