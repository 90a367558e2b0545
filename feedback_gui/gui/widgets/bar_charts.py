"""The horizontal bar charts the panels draw (QtCharts): one category per row, bars labelled with their figure.

The question, equality and waves charts differ only in their data; how a chart, its bars, axes and legend
look is decided here once, in the palette's colours.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPalette

from feedback_gui.gui import style

BarSet = tuple[str, QColor, Sequence[float]]  # name, colour, one value per category


def blank_chart(margin: int) -> QChart:
    """A chart without animation or background, with this margin all round."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(margin, margin, margin, margin))
    return chart


def horizontal_bars(chart: QChart, categories: Sequence[str], sets: Sequence[BarSet], top: float,
                    palette: QPalette, *, label_format: str = "@value", bar_width: float = 0.78,
                    label_font: QFont | None = None, category_font: QFont | None = None) -> QHorizontalBarSeries:
    """Add bars to ``chart``: the first category is drawn at the bottom, each bar labelled beyond its end,
    the value axis hidden and running from 0 to ``top`` (leave room for the labels)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    series = QHorizontalBarSeries()
    for name, colour, values in sets:
        bars = QBarSet(name)
        bars.append(list(values))
        bars.setColor(colour)
        bars.setBorderColor(colour)
        bars.setLabelColor(text)
        if label_font is not None:
            bars.setLabelFont(label_font)
        series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsFormat(label_format)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setBarWidth(bar_width)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append(list(categories))
    axis.setLabelsColor(text)
    axis.setGridLineVisible(False)
    if category_font is not None:
        axis.setLabelsFont(category_font)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis)
    values = QValueAxis()
    values.setRange(0, max(top, 1))
    values.setVisible(False)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    return series


def legend_on_top(chart: QChart, palette: QPalette, font_step: float = 0) -> None:
    """The legend above the bars, its entries in the order the bars are stacked (the first set at the top)."""
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignTop)
    legend.setLabelColor(palette.color(QPalette.ColorRole.WindowText))
    legend.setFont(style.scaled_font(font_step))
    legend.setReverseMarkers(True)


__all__ = ["BarSet", "blank_chart", "horizontal_bars", "legend_on_top"]
