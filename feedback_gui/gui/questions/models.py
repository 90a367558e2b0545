"""Qt item models of the Questions panel: every question's headline, a question's answer counts and its breakdown.
They wrap and format; they compute nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from feedback_gui.core.analysis.breakdown import Breakdown
from feedback_gui.core.analysis.proportions import QuestionResult
from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.insight.benchmarks import BenchmarkComparison, BenchmarkItem
from feedback_gui.gui import describe
from feedback_gui.gui.benchmark import describe as bench
from feedback_gui.gui.models import ALIGN, DISPLAY, FONT, ID_ROLE, RIGHT, SORT_ROLE, TOOLTIP, Index, _Table

DIFFERENCE_ROLE = Qt.ItemDataRole.UserRole + 2  # the unrounded difference from the benchmark, in points (or None)


class QuestionTableModel(_Table):
    """Every reportable question: number, text, type, relevant respondents, headline and, with a benchmark
    chosen, the difference from it in points (blank for a question without a benchmark figure)."""

    headers = ("No.", "Question", "Type", "Relevant", "Headline", "vs benchmark")  # "vs CSPS" once chosen
    NUMBER, TEXT, TYPE, RELEVANT, HEADLINE, BENCHMARK = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.comparison: BenchmarkComparison | None = None
        self._items: dict[str, BenchmarkItem] = {}

    def set_benchmark(self, comparison: BenchmarkComparison | None) -> None:
        """Show each question's difference from this benchmark (None: no benchmark column figures)."""
        self.comparison = comparison
        self._items = {m.question_id: m for m in comparison.matched if m.question_id} if comparison else {}
        self.headers = (*self.headers[:self.BENCHMARK], bench.column_title(comparison))
        if self._rows:
            self.dataChanged.emit(self.index(0, self.BENCHMARK), self.index(len(self._rows) - 1, self.BENCHMARK))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.BENCHMARK, self.BENCHMARK)

    def benchmark_item(self, question_id: str) -> BenchmarkItem | None:
        """A question's comparison with the benchmark, if it has a benchmark figure."""
        return self._items.get(question_id)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if section == self.BENCHMARK and role == TOOLTIP and self.comparison is not None:
            return bench.header_tooltip(self.comparison)
        return super().headerData(section, orientation, role)


    def set_results(self, results: Sequence[QuestionResult]) -> None:
        """Show these results (replacing all rows)."""
        self.replace_rows(results)

    def update_result(self, result: QuestionResult) -> None:
        """Replace one question's row (its figures changed)."""
        row = self.row_of(result.id)
        if row is not None:
            self._rows[row] = result
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def row_of(self, question_id: str) -> int | None:
        """The row showing a question, if any."""
        return next((i for i, r in enumerate(self._rows) if r.id == question_id), None)

    def result_at(self, row: int) -> QuestionResult:
        """The result shown in a row."""
        return self._rows[row]


    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        result, column = self._rows[index.row()], index.column()
        if role == ID_ROLE:
            return result.id
        if column == self.BENCHMARK:
            return self._benchmark_data(result.id, role)
        if role == DISPLAY:
            return [str(index.row() + 1), result.text, describe.type_name(result.type), f"{result.relevant:,}",
                    percent_text(result.headline.percent) if result.headline else ""][column]
        if role == SORT_ROLE:
            return [index.row(), result.text.casefold(), describe.type_name(result.type), result.relevant,
                    result.headline.percent if result.headline else -1.0][column]
        if role == TOOLTIP:
            if column == self.TEXT:
                return result.text
            if column in (self.RELEVANT, self.HEADLINE):
                return describe.figure_tooltip(result)
        if role == ALIGN and column in (self.NUMBER, self.RELEVANT, self.HEADLINE):
            return RIGHT
        return None

    def _benchmark_data(self, question_id: str, role: int) -> Any:
        """The benchmark column: '−4' (the difference in whole points, ⚑ when only proposed), sorting by the
        unrounded difference (blank cells last), the core's sentence in the tooltip."""
        item = self._items.get(question_id)
        if role == DISPLAY:
            return bench.cell_text(item) if item else ""
        if role == SORT_ROLE:
            return item.difference_points if item else float("-inf")
        if role == DIFFERENCE_ROLE:
            return item.difference_points if item else None
        if role == TOOLTIP and item is not None and self.comparison is not None:
            return bench.item_tooltip(item, self.comparison)
        if role == ALIGN:
            return RIGHT
        return None


class BreakdownModel(_Table):
    """A breakdown's groups and its total; suppressed cells show a dash."""

    headers = ("Group", "Relevant", "Counted", "%", describe.ci_label())

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.breakdown: Breakdown | None = None

    def set_breakdown(self, value: Breakdown | None) -> None:
        """Show a breakdown (or nothing); the interval column names the level it was computed at."""
        self.beginResetModel()
        self.breakdown = value
        self._rows = [*value.groups, value.total] if value else []
        self.headers = (*self.headers[:4], describe.ci_label(value.total.confidence if value else 0.95))
        self.endResetModel()


    def cells(self, row: int) -> list[str]:
        """The texts shown in a row."""
        figure = self._rows[row]
        if figure.suppressed:
            return [figure.group] + [describe.NO_FIGURE] * 4
        ci = figure.ci95
        return [figure.group, _count(figure.relevant), _count(figure.numerator),
                percent_text(figure.percent) if figure.percent is not None else "",
                describe.span_text(*ci) if ci else ""]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        figure = self._rows[index.row()]
        if role == DISPLAY:
            return self.cells(index.row())[index.column()]
        if role == TOOLTIP and self.breakdown is not None:
            return describe.group_tooltip(figure, self.breakdown.counted, self.breakdown.threshold)
        if role == FONT and index.row() == len(self._rows) - 1:
            font = QFont()
            font.setBold(True)
            return font
        if role == ALIGN and index.column() > 0:
            return RIGHT
        return None


class OptionCountsModel(_Table):
    """The numbers behind a distribution chart: each answer and how many gave it."""

    headers = ("Answer", "Respondents", "Counted in headline")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.result: QuestionResult | None = None

    def set_result(self, result: QuestionResult | None) -> None:
        """Show a question's answer counts, excluded answers last."""
        self.beginResetModel()
        self.result = result
        counted = set(result.headline.counted) if result and result.headline else set()
        self._rows = [(o, n, "Yes" if o in counted else "") for o, n in (result.counts.items() if result else [])]
        self._rows += [(label, n, "Not in the denominator") for label, n in (result.excluded.items() if result else [])]
        self.endResetModel()


    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        answer, n, counted = self._rows[index.row()]
        if role == DISPLAY:
            return [answer, f"{n:,}", counted][index.column()]
        if role == TOOLTIP and self.result is not None:
            return describe.option_tooltip(self.result, answer, n)
        if role == ALIGN and index.column() == 1:
            return RIGHT
        return None


def _count(value: int | None) -> str:
    return "" if value is None else f"{value:,}"
