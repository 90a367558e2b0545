"""The Qt item model of the benchmark review: every question matched to a benchmark question, proposed ones first.
It wraps and formats the core's comparison; it computes nothing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.insight.benchmarks import BenchmarkComparison, BenchmarkItem
from feedback_gui.core.insight.benchmarks.compare import QUESTION
from feedback_gui.gui.benchmark.describe import difference_text, item_tooltip, status_text
from feedback_gui.gui.models import ALIGN, DISPLAY, FONT, ID_ROLE, RIGHT, SORT_ROLE, TOOLTIP, Index, _Table

ITEM_ROLE = Qt.ItemDataRole.UserRole + 4  # the BenchmarkItem of a row


class MatchModel(_Table):
    """Matched questions: the question, the benchmark question, how alike, the match's status, the difference."""

    headers = ("Question", "Benchmark question", "Alike", "Match", "Difference")
    QUESTION, BENCHMARK, ALIKE, MATCH, DIFFERENCE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.comparison: BenchmarkComparison | None = None

    def set_comparison(self, comparison: BenchmarkComparison | None) -> None:
        """Show a comparison's question matches, those still to be confirmed first (else in survey order)."""
        self.comparison = comparison
        items = [m for m in comparison.matched if m.kind == QUESTION] if comparison else []
        self.replace_rows(sorted(items, key=lambda m: not m.proposed))

    def item_at(self, row: int) -> BenchmarkItem:
        """The match shown in a row."""
        return self._rows[row]

    def row_of(self, question_id: str) -> int | None:
        """The row of a survey question, if it is matched."""
        return next((i for i, m in enumerate(self._rows) if m.question_id == question_id), None)

    def cells(self, row: int) -> list[str]:
        """The texts shown in a row."""
        item = self._rows[row]
        return [item.question, item.benchmark_question, percent_text(100 * item.similarity), status_text(item),
                difference_text(item)]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        item, column = self._rows[index.row()], index.column()
        if role == DISPLAY:
            return self.cells(index.row())[column]
        if role == ID_ROLE:
            return item.question_id
        if role == ITEM_ROLE:
            return item
        if role == SORT_ROLE:
            return [item.question.casefold(), item.benchmark_question.casefold(), item.similarity,
                    status_text(item), item.difference_points][column]
        if role == TOOLTIP and self.comparison is not None:
            if column == self.BENCHMARK:
                code = f" ({item.benchmark_code})" if item.benchmark_code else ""
                return f"{item.benchmark_question}{code}"
            return item_tooltip(item, self.comparison)
        if role == FONT and item.proposed and column == self.MATCH:
            font = QFont()
            font.setBold(True)
            return font
        if role == ALIGN and column in (self.ALIKE, self.DIFFERENCE):
            return RIGHT
        return None


__all__ = ["ITEM_ROLE", "MatchModel"]
