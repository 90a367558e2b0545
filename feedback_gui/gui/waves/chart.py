"""Then vs now, one pair of bars per compared question (QtCharts), with a table of the same numbers one key away.

Bars are the headline percentage in each wave (rounded to whole numbers, as printed on them); the
earlier wave is Okabe–Ito orange, the later the accent blue, and the legend names both. A significant
change puts "*" after the question's label, so it is marked in words, not by colour.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
)
from PySide6.QtGui import QColor, QCursor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.waves import QuestionChange, WaveComparison
from feedback_gui.gui import style
from feedback_gui.gui.waves.describe import chart_description, figure_text
from feedback_gui.gui.waves.models import ChartFiguresModel
from feedback_gui.gui.widgets.bar_charts import blank_chart, horizontal_bars, legend_on_top
from feedback_gui.gui.widgets.chart_table import ChartTable

SIGNIFICANT_MARK = " *"
THEN_COLOUR = style.OKABE_ITO["orange"]


def category_label(number: int, change: QuestionChange) -> str:
    """The question's number in the table beside the chart, with ' *' when its change is significant: '2 *'."""
    return f"{number}{SIGNIFICANT_MARK if change.significant else ''}"


def _whole(percent: float) -> int:
    return int(percent_text(percent)[:-1])


def build_wave_chart(comparison: WaveComparison | None, palette: QPalette) -> QChart:
    """Two bar sets (earlier and later wave), one category per compared question, first question at the top."""
    chart = blank_chart(2)
    if comparison is None or not comparison.changes:
        chart.legend().hide()
        return chart
    changes = list(enumerate(comparison.changes, start=1))[::-1]  # the axis draws its first category at the bottom
    m = comparison.matching
    horizontal_bars(chart, [category_label(n, c) for n, c in changes], [
        (m.new_wave, style.accent(palette), [_whole(c.now.percent) for _, c in changes]),
        (m.old_wave, QColor(THEN_COLOUR), [_whole(c.then.percent) for _, c in changes]),
    ], 118, palette, label_format="@value%", category_font=style.scaled_font(-1))  # 118: room for the labels
    legend_on_top(chart, palette, 0)  # the earlier wave first, as in the table
    return chart


class WaveChartView(ChartTable):
    """The then-vs-now chart, or (toggled: T, Space or Enter on the chart, T on the table) a table of the same
    numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        model = ChartFiguresModel()
        super().__init__(model, parent)
        self.model = model
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 12)
        self.comparison: WaveComparison | None = None
        self.set_comparison(None)

    def set_comparison(self, comparison: WaveComparison | None) -> None:
        """Draw a comparison (or clear)."""
        self.comparison = comparison
        self.model.set_comparison(comparison)
        self.redraw()
        self.set_accessible("Chart: then vs now for each compared question",
                            chart_description(comparison) if comparison else "No comparison yet.",
                            "Table of the chart's figures")

    def build_chart(self, palette: QPalette) -> QChart:
        """The chart of the last comparison, in ``palette``'s colours."""
        return build_wave_chart(self.comparison, palette)

    def chart_drawn(self) -> None:
        """Each bar names its question and figure in a tooltip."""
        for later, bars in enumerate(self.bar_sets()):  # earlier wave first
            bars.hovered.connect(lambda on, i, later=bool(later): self._hovered(on, i, later))

    def _hovered(self, on: bool, index: int, later: bool) -> None:
        """A bar's question and figure in a tooltip (``index`` counts from the bottom bar)."""
        if not on or self.comparison is None:
            QToolTip.hideText()
            return
        change = self.comparison.changes[len(self.comparison.changes) - 1 - index]
        m = self.comparison.matching
        wave, figure = (m.new_wave, change.now) if later else (m.old_wave, change.then)
        QToolTip.showText(QCursor.pos(), f"{change.match.new.text}\n{wave}: {figure_text(figure)}\n"
                          f"{change.sentence[:1].upper()}{change.sentence[1:]}.", self.chart_view)

    def bar_sets(self) -> list[QBarSet]:
        """The chart's bar sets, earlier wave first."""
        return super().bar_sets()[::-1]

    def categories(self) -> list[str]:
        """The question labels, first question first."""
        axes = [a for a in self.chart_view.chart().axes() if isinstance(a, QBarCategoryAxis)]
        return list(axes[0].categories())[::-1] if axes else []


class WaveChartBox(QFrame):
    """The chart with its title, the "Show as table" toggle (Alt+T) and a note on how to read it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailBox")
        self.title = title = QLabel("Then vs now", self)
        title.setFont(style.scaled_font(1, bold=True))
        self.chart = WaveChartView(self)
        self.table_toggle = QPushButton("Show as &table", self)
        self.table_toggle.setCheckable(True)
        self.table_toggle.setAccessibleDescription("Show the chart's numbers as a table (Alt+T)")
        self.table_toggle.toggled.connect(self._toggle_table)
        self.chart.tableShown.connect(self._table_shown)
        self.note = style.mute(QLabel(self), -1)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.table_toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(head)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.note)

    def set_comparison(self, comparison: WaveComparison | None) -> None:
        """Draw a comparison and say how significance was decided."""
        self.chart.set_comparison(comparison)
        self.note.setText("Percent of relevant respondents counting the same answers in both waves. * marks a "
                          f"significant change. {comparison.significance_note}" if comparison else "")

    def _toggle_table(self, on: bool) -> None:
        if on != self.chart.showing_table():
            self.chart.show_table(on)

    def _table_shown(self, on: bool) -> None:
        self.table_toggle.setChecked(on)  # when T on the chart switched it
        self.table_toggle.setText("Show as char&t" if on else "Show as &table")


__all__ = ["WaveChartBox", "WaveChartView", "build_wave_chart", "category_label"]
