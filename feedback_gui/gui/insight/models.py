"""Qt item models over the key drivers: the driver table and the priority matrix's table of the same numbers.

Both number the questions by their rank (most important first): the matrix's points carry the same numbers.
They wrap and format a :class:`~feedback_gui.gui.insight.run.DriversRun`; they compute nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.insight.drivers import DriverItem
from feedback_gui.gui import describe
from feedback_gui.gui.insight.describe import (
    driver_tooltip,
    favourable_text,
    importance_interval,
    importance_text,
    quadrant_name,
)
from feedback_gui.gui.insight.run import DriversRun
from feedback_gui.gui.models import ALIGN, DISPLAY, ID_ROLE, RIGHT, TOOLTIP, Index, _Table

ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
QUADRANT_ROLE = Qt.ItemDataRole.UserRole + 20  # a row's quadrant key ("priority" …), None if not placed


class DriverTableModel(_Table):
    """One row per ranked question, most important first."""

    RANK, QUESTION, IMPORTANCE, INTERVAL, SHARE, CORRELATION, FAVOURABLE, QUADRANT = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.run: DriversRun | None = None
        self.headers = self._headers(0.95)

    @staticmethod
    def _headers(confidence: float) -> tuple[str, ...]:
        return ("#", "Question", "Importance", describe.ci_label(confidence), "Share", "r", "Favourable", "Quadrant")

    def set_run(self, run: DriversRun | None) -> None:
        """Show the drivers of a run (or none)."""
        self.beginResetModel()
        self.run = run
        self._rows = list(run.result.items) if run else []
        self.headers = self._headers(run.result.confidence if run else 0.95)
        self.endResetModel()

    def item(self, row: int) -> DriverItem:
        """The driver shown in a row."""
        return self._rows[row]

    def cells(self, row: int) -> list[str]:
        """The texts shown in a row."""
        assert self.run is not None
        item, result = self._rows[row], self.run.result
        return [str(row + 1), item.question, importance_text(item.importance), importance_interval(item),
                percent_text(result.share(item)), f"{item.correlation:.2f}", favourable_text(item),
                quadrant_name(self.run.quadrant(item.question))]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.run is None:
            return None
        item = self._rows[index.row()]
        if role == DISPLAY:
            return self.cells(index.row())[index.column()]
        if role in (TOOLTIP, ACCESSIBLE) and (role == TOOLTIP or index.column() == self.QUESTION):
            return driver_tooltip(index.row() + 1, item, self.run.result, self.run.quadrant(item.question))
        if role == ID_ROLE:
            return item.question_id
        if role == QUADRANT_ROLE:
            return self.run.quadrant(item.question)
        if role == ALIGN and index.column() not in (self.QUESTION, self.QUADRANT):
            return RIGHT
        return None


class MatrixTableModel(_Table):
    """The priority matrix as a table: each placed question's rank, importance, % favourable and quadrant."""

    RANK, QUESTION, IMPORTANCE, FAVOURABLE, QUADRANT = range(5)
    headers = ("#", "Question", "Importance", "Favourable", "Quadrant")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.run: DriversRun | None = None
        self._ranks: list[int] = []

    def set_run(self, run: DriversRun | None) -> None:
        """Show the placed questions of a run (or none), in rank order."""
        self.beginResetModel()
        self.run = run
        placed = [(rank, item) for rank, item in enumerate(run.result.items, start=1)
                  if run.quadrant(item.question) is not None] if run else []
        self._ranks = [rank for rank, _ in placed]
        self._rows = [item for _, item in placed]
        self.endResetModel()

    def rank(self, row: int) -> int:
        """The rank (in the driver table) of the question in a row."""
        return self._ranks[row]

    def item(self, row: int) -> DriverItem:
        """The driver shown in a row."""
        return self._rows[row]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.run is None:
            return None
        item, rank = self._rows[index.row()], self._ranks[index.row()]
        quadrant = self.run.quadrant(item.question)
        if role == DISPLAY:
            return [str(rank), item.question, importance_text(item.importance), favourable_text(item),
                    quadrant_name(quadrant)][index.column()]
        if role == TOOLTIP:
            return driver_tooltip(rank, item, self.run.result, quadrant)
        if role == ID_ROLE:
            return item.question_id
        if role == QUADRANT_ROLE:
            return quadrant
        if role == ALIGN and index.column() in (self.RANK, self.IMPORTANCE, self.FAVOURABLE):
            return RIGHT
        return None


__all__ = ["QUADRANT_ROLE", "DriverTableModel", "MatrixTableModel"]
