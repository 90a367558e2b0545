"""A characteristic's chart: respondents' and the population's share of each group as paired bars (Okabe–Ito
blue and orange), labelled with the figures the table prints, or (toggled) a table of the same numbers
(:class:`~feedback_gui.gui.widgets.chart_table.ChartTable`).
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QChart,
)
from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QHeaderView, QWidget

from feedback_gui.core.equality.phrases import sentence_case
from feedback_gui.core.equality.representation import IN_LINE, UNDER, Representation
from feedback_gui.gui import style
from feedback_gui.gui.equality.models import ShareChartModel
from feedback_gui.gui.widgets.bar_charts import blank_chart, horizontal_bars, legend_on_top
from feedback_gui.gui.widgets.chart_table import ChartTable


def headline(value: Representation) -> str:
    """The sentence a characteristic's chart stands for: its first under-representation, else its summary."""
    flagged = sorted((g for g in value.groups if g.flag != IN_LINE), key=lambda g: g.flag != UNDER)
    return flagged[0].finding if flagged else value.summary


def _number(text: str) -> float:
    return float(text.rstrip("%"))


class ShareChart(ChartTable):
    """Respondents' and population's shares of each group as paired bars, or (toggled) a table of them.
    T on either (or Space or Enter on the chart) asks for the other (:attr:`toggleRequested`): the panel
    turns every chart into its table at once."""

    toggleRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        model = ShareChartModel()
        super().__init__(model, parent)
        self.table_model = model
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.shown: tuple[Representation, str] | None = None

    def table_requested(self, on: bool) -> None:  # noqa: ARG002 - the panel decides for every chart
        self.toggleRequested.emit()

    def set_representation(self, value: Representation, population: str) -> None:
        """Draw a characteristic's shares."""
        self.shown = (value, population)
        self.redraw()
        self.table_model.set_representation(value, population)
        name = value.characteristic.lower()
        self.set_accessible(f"Chart of {name}: respondents against the {population}", headline(value),
                            f"Table of {name}: respondents against the {population}")
        self.setFixedHeight(min(max(50 + 42 * len(value.groups), 120), 380))

    def build_chart(self, palette: QPalette) -> QChart:
        """The chart of the last characteristic shown, in ``palette``'s colours."""
        return self._build(*self.shown, palette) if self.shown else super().build_chart(palette)

    @staticmethod
    def _build(value: Representation, population: str, palette: QPalette) -> QChart:
        chart = blank_chart(0)
        groups = list(value.groups)[::-1]  # first group at the top
        # The bars show the rounded figures the table prints, so a label never disagrees with the table.
        top = max([g.population_percent for g in groups] + [g.respondent_percent for g in groups] + [1.0])
        orange = QColor(style.OKABE_ITO["orange"])
        horizontal_bars(chart, [g.group for g in groups], [
            (sentence_case(population), orange, [_number(g.population_text) for g in groups]),
            ("Respondents", style.accent(palette), [_number(g.respondent_text) for g in groups]),
        ], top * 1.4, palette, label_format="@value%", label_font=style.scaled_font(-1.5))  # room for the labels
        legend_on_top(chart, palette, -1)
        return chart


__all__ = ["ShareChart", "headline"]
