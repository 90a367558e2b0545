"""A Qt table model that shows a long list a batch at a time (``canFetchMore``/``fetchMore``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
FETCH_BATCH = 256  # rows a lazily filled table adds each time its view nears the end


class LazyTable(QAbstractTableModel):
    """A table over a list of rows that shows them a batch at a time.

    The view asks for more (``canFetchMore``/``fetchMore``) as it scrolls near the end, so a long list
    (thousands of questions, hundreds of thousands of comments) never costs the GUI thread all at once:
    a view measures and lays out only the rows the model has shown. Subclasses keep their rows in
    ``self._rows`` and set them with :meth:`replace_rows`.
    """

    headers: tuple[str, ...] = ()
    batch = FETCH_BATCH

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._shown = 0

    def replace_rows(self, rows: Sequence) -> None:
        """Show these rows (replacing all), the first batch at once."""
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(len(self._rows), self.batch)
        self.endResetModel()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY and section < len(self.headers):
            return self.headers[section]
        return None

    @property
    def total_rows(self) -> int:
        """Every row, shown or still to fetch."""
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = min(self.batch, len(self._rows) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Show every row now (before finding a row far down, or exporting what is shown)."""
        while self.canFetchMore():
            self.fetchMore()
