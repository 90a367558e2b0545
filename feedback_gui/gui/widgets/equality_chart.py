"""A characteristic's chart: respondents' and the population's share of each group as paired bars (Okabe–Ito
blue and orange), labelled with the figures the table prints, or (toggled) a table of the same numbers.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QStackedWidget, QTableView, QWidget

from feedback_gui.core.equality.phrases import sentence_case
from feedback_gui.core.equality.representation import IN_LINE, UNDER, Representation
from feedback_gui.gui import style
from feedback_gui.gui.equality_models import ShareChartModel


def headline(value: Representation) -> str:
    """The sentence a characteristic's chart stands for: its first under-representation, else its summary."""
    flagged = sorted((g for g in value.groups if g.flag != IN_LINE), key=lambda g: g.flag != UNDER)
    return flagged[0].finding if flagged else value.summary


def _number(text: str) -> float:
    return float(text.rstrip("%"))


class ShareChart(QStackedWidget):
    """Respondents' and population's shares of each group as paired bars, or (toggled) a table of them.
    Pressing T on either asks for the other (:attr:`toggleRequested`)."""

    toggleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart_view = QChartView(self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chart_view.setStyleSheet("background: transparent")
        self.table_model = ShareChartModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.addWidget(self.chart_view)
        self.addWidget(self.table)
        for widget in (self.chart_view, self.table):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_T
                and event.modifiers() == Qt.KeyboardModifier.NoModifier):
            self.toggleRequested.emit()
            return True
        return super().eventFilter(watched, event)

    def set_representation(self, value: Representation, population: str) -> None:
        """Draw a characteristic's shares."""
        old = self.chart_view.chart()
        self.chart_view.setChart(self._build(value, population))
        if old is not None:
            old.deleteLater()
        self.table_model.set_representation(value, population)
        name = value.characteristic
        self.chart_view.setAccessibleName(f"Chart of {name.lower()}: respondents against the {population}")
        self.table.setAccessibleName(f"Table of {name.lower()}: respondents against the {population}")
        for widget in (self.chart_view, self.table):
            widget.setAccessibleDescription(headline(value))
        self.setFixedHeight(min(max(50 + 42 * len(value.groups), 120), 380))

    def show_table(self, on: bool) -> None:
        """Show the numbers as a table instead of the chart (keyboard focus follows)."""
        focused = self.currentWidget().hasFocus()
        self.setCurrentWidget(self.table if on else self.chart_view)
        if focused:
            self.currentWidget().setFocus()

    def bar_sets(self) -> list[QBarSet]:
        """The chart's bar sets (for tests and the accessibility layer)."""
        return [s for series in self.chart_view.chart().series() for s in series.barSets()]  # type: ignore[attr-defined]

    def _build(self, value: Representation, population: str) -> QChart:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        groups = list(value.groups)[::-1]  # first group at the top
        series = QHorizontalBarSeries()
        # The bars show the rounded figures the table prints, so a label never disagrees with the table.
        for name, colour, values in (
                (sentence_case(population), style.OKABE_ITO["orange"], [_number(g.population_text) for g in groups]),
                ("Respondents", style.accent(palette).name(), [_number(g.respondent_text) for g in groups])):
            bar = QBarSet(name)
            bar.append(values)
            bar.setColor(QColor(colour))
            bar.setBorderColor(QColor(colour))
            bar.setLabelColor(text)
            bar.setLabelFont(style.scaled_font(-1.5))
            series.append(bar)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setBarWidth(0.78)
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([g.group for g in groups])
        axis.setLabelsColor(text)
        axis.setGridLineVisible(False)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values = QValueAxis()
        top = max([g.population_percent for g in groups] + [g.respondent_percent for g in groups] + [1.0])
        values.setRange(0, top * 1.4)  # room for the labels beyond the bars
        values.setVisible(False)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        legend = chart.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        legend.setLabelColor(text)
        legend.setFont(style.scaled_font(-1))
        legend.setReverseMarkers(True)
        return chart


__all__ = ["ShareChart", "headline"]
