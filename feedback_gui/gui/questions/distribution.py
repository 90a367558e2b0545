"""The distribution chart of one question (QtCharts), with a table of the same numbers one key away
(:class:`~feedback_gui.gui.widgets.chart_table.ChartTable`).

Rating scales are drawn as one stacked bar whose full length is every relevant answer (agree to
disagree, a diverging Okabe–Ito scale); other questions as horizontal bars, one per answer. Counts
are printed on the bars.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QPalette, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from feedback_gui.core.analysis.proportions import QuestionResult
from feedback_gui.core.survey import QuestionType
from feedback_gui.gui import describe, style
from feedback_gui.gui.questions.models import OptionCountsModel
from feedback_gui.gui.widgets.bar_charts import blank_chart, horizontal_bars
from feedback_gui.gui.widgets.chart_table import ChartTable

_LABEL_LIMIT = 38
LEGEND_MOST = 280  # the widest a rating scale's legend gets, in pixels
LEGEND_SHARE = 0.45  # and at most this share of the chart's width, so the bar keeps the rest


def _short(text: str) -> str:
    return text if len(text) <= _LABEL_LIMIT else text[: _LABEL_LIMIT - 1].rstrip() + "…"


def build_chart(result: QuestionResult, palette: QPalette) -> QChart:
    """A chart of a question's answer counts (empty when it has none)."""
    chart = blank_chart(4)
    chart.legend().setLabelColor(palette.color(QPalette.ColorRole.WindowText))
    if not result.counts:
        chart.legend().hide()
        return chart
    if result.type == QuestionType.LIKERT:
        _likert(chart, result)
    else:
        _bars(chart, result, palette)
    for axis in chart.axes():
        axis.setLabelsColor(palette.color(QPalette.ColorRole.WindowText))
        axis.setGridLineVisible(False)
    return chart


def _likert(chart: QChart, result: QuestionResult) -> None:
    series = QHorizontalStackedBarSeries()
    colours = style.likert_colours(len(result.counts))
    for (option, count), colour in zip(result.counts.items(), colours, strict=True):
        bar = QBarSet(option)
        bar.append(count)
        bar.setColor(colour)
        bar.setBorderColor(colour)
        bar.setLabelColor(style.text_on(colour))
        series.append(bar)
    series.setLabelsVisible(True)
    series.setLabelsFormat("@value")
    series.setBarWidth(0.6)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append([""])
    axis.setVisible(False)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)
    values = QValueAxis()
    values.setRange(0, max(1, sum(result.counts.values())))  # the full bar is every relevant answer
    values.setVisible(False)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    legend = chart.legend()
    legend.setFont(style.scaled_font(-1))
    widest = max(QFontMetrics(legend.font()).horizontalAdvance(option) for option in result.counts)
    legend.setMinimumWidth(min(LEGEND_MOST, widest + 40))
    legend.setShowToolTips(True)  # a label cut short in a narrow pane shows in full on hover


def _bars(chart: QChart, result: QuestionResult, palette: QPalette) -> None:
    options = list(result.counts)[::-1]  # first answer at the top
    horizontal_bars(chart, [_short(o) for o in options],
                    [("Respondents", style.accent(palette), [result.counts[o] for o in options])],
                    max(result.counts.values()) * 1.15, palette, bar_width=0.7)
    chart.legend().hide()


class DistributionView(ChartTable):
    """A question's chart, or (toggled: T on the chart, T on the table) a table of the same counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        model = OptionCountsModel()
        super().__init__(model, parent)
        self.table_model = model
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.result: QuestionResult | None = None
        self.redraw()

    def set_result(self, result: QuestionResult | None) -> None:
        """Draw a question's answers (or clear)."""
        self.result = result
        self.redraw()
        self.table_model.set_result(result)
        rows = len(result.counts) if result else 0
        likert = result is not None and result.type == QuestionType.LIKERT
        height = 40 + 22 * rows if likert else 50 + 32 * rows
        self.setFixedHeight(min(max(height, 140), 420))
        name = f"Chart of answers to {result.text}" if result else "Chart"
        description = result.headline.sentence if result and result.headline else (
            describe.denominator_note(result) if result else "")
        self.set_accessible(name, description, "Answer counts table")

    def build_chart(self, palette: QPalette) -> QChart:
        """The chart of the last result, in ``palette``'s colours."""
        return build_chart(self.result, palette) if self.result else super().build_chart(palette)

    def chart_drawn(self) -> None:
        self._fit_legend()

    def _fit_legend(self) -> None:
        """A rating scale's legend takes at most :data:`LEGEND_SHARE` of the width (its labels are cut short
        beyond it), so the bar stays readable in a narrow pane."""
        chart = self.chart_view.chart()
        if chart is None or self.result is None or self.result.type != QuestionType.LIKERT or not self.result.counts:
            return
        legend = chart.legend()
        widest = max(QFontMetrics(legend.font()).horizontalAdvance(option) for option in self.result.counts)
        width = min(LEGEND_MOST, widest + 40, int(self.width() * LEGEND_SHARE))
        legend.setMinimumWidth(width)
        legend.setMaximumWidth(width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_legend()


__all__ = ["DistributionView", "build_chart"]
