"""The priority matrix (QtCharts): each ranked question placed by its importance and its % favourable.

Importance runs left to right, % favourable bottom to top; dashed lines cut at the averages
(:func:`~feedback_gui.core.insight.priorities.priority_matrix`) and each corner names its quadrant:
strengths top right, priorities bottom right, maintain top left, monitor bottom left. Each point is
numbered with its rank in the driver table (at its right) and coloured by quadrant (Okabe–Ito; in high
contrast all in the theme's accent), so colour is never alone. A click on a point, or Enter (or a double-click) on a row
of the table of the same numbers (T), asks to open its question (:attr:`PriorityMatrixChart.questionChosen`).
"""

from __future__ import annotations

import math

from PySide6.QtCharts import QChart, QLineSeries, QScatterSeries, QValueAxis, QXYSeries
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QKeyEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QGraphicsSimpleTextItem, QToolTip, QWidget

from feedback_gui.core.insight.drivers import DriverItem
from feedback_gui.core.insight.priorities import MAINTAIN, MONITOR, PRIORITY, QUADRANT_NAMES, STRENGTH
from feedback_gui.gui import sizing, style
from feedback_gui.gui.insight.describe import driver_tooltip, matrix_description
from feedback_gui.gui.insight.models import MatrixTableModel
from feedback_gui.gui.insight.run import DriversRun
from feedback_gui.gui.models import ID_ROLE
from feedback_gui.gui.widgets.bar_charts import blank_chart
from feedback_gui.gui.widgets.chart_table import ChartTable
from feedback_gui.gui.widgets.text_columns import give_text_the_room

QUADRANTS = (STRENGTH, PRIORITY, MAINTAIN, MONITOR)
COLOURS = {STRENGTH: style.OKABE_ITO["bluish_green"], PRIORITY: style.OKABE_ITO["vermillion"],
           MAINTAIN: style.OKABE_ITO["blue"], MONITOR: style.OKABE_ITO["orange"]}
CORNERS = {MAINTAIN: (False, False), STRENGTH: (True, False), MONITOR: (False, True), PRIORITY: (True, True)}
HEADROOM = 1.15  # the importance axis runs to this much beyond the most important question
OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
STEPS = (0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25)  # between the importance axis's ticks


def quadrant_colour(quadrant: str, palette: QPalette) -> QColor:
    """A quadrant's Okabe–Ito colour, lightened on a dark background."""
    colour = QColor(COLOURS[quadrant])
    return colour.lighter(130) if style.is_dark(palette) else colour


def importance_axis(highest: float) -> tuple[float, int]:
    """The end of the importance axis (a round number, with room beyond the most important question) and its
    number of ticks (at most seven)."""
    wanted = max(highest * HEADROOM, 1e-6)
    for step in STEPS:
        ticks = math.ceil(wanted / step - 1e-9)
        if ticks <= 6:
            return ticks * step, ticks + 1
    return wanted, 2


class PriorityMatrixChart(ChartTable):
    """The matrix, or (T, Space or Enter on the chart; T on the table) a table of the same numbers."""

    questionChosen = Signal(str)  # a question id

    def __init__(self, parent: QWidget | None = None) -> None:
        model = MatrixTableModel()
        super().__init__(model, parent)
        self.model = model
        self.run: DriversRun | None = None
        self.selected: str | None = None  # the question shown larger (the driver table's current row)
        self._placed: dict[QScatterSeries, list[tuple[int, DriverItem]]] = {}
        self._series_quadrants: list[str] = []
        self._corner_labels: dict[str, QGraphicsSimpleTextItem] = {}
        self._point_labels: list[tuple[QGraphicsSimpleTextItem, QScatterSeries, int]] = []
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        give_text_the_room(self.table, MatrixTableModel.QUESTION, lines=2, optional=(MatrixTableModel.IMPORTANCE,))
        self.table.doubleClicked.connect(lambda index: self._choose_row(index.row()))
        self.chart_view.setMinimumSize(sizing.em(12), sizing.em(10))
        self.set_run(None)

    # --- data ----------------------------------------------------------------------------------
    def set_run(self, run: DriversRun | None) -> None:
        """Place the drivers of a run (or clear)."""
        self.run = run
        self.model.set_run(run)
        self.redraw()
        self.set_accessible("Chart: priority matrix, importance against % favourable", matrix_description(run),
                            "Table of the priority matrix")

    def points(self) -> list[tuple[int, str, float, float, str]]:
        """What is drawn: (rank, question, importance, % favourable, quadrant) for each point, by rank."""
        drawn = [(rank, item.question, p.x(), p.y(), quadrant)
                 for series, quadrant in zip(self._placed, self._series_quadrants, strict=True)
                 for (rank, item), p in zip(self._placed[series], series.points(), strict=True)]
        return sorted(drawn)

    # --- drawing -------------------------------------------------------------------------------
    def build_chart(self, palette: QPalette) -> QChart:
        """Points by quadrant, the two cuts, the axes and the corners' names, in ``palette``'s colours."""
        chart = blank_chart(4)
        chart.legend().hide()
        self._placed, self._series_quadrants, self._corner_labels, self._point_labels = {}, [], {}, []
        run = self.run
        if run is None or not run.matrix.points:
            return chart
        text, faint = palette.color(QPalette.ColorRole.WindowText), style.muted(palette)
        high = style.is_high_contrast()
        ranks = {item.question: (rank, item) for rank, item in enumerate(run.result.items, start=1)}
        top, ticks = importance_axis(max(p.importance for p in run.matrix.points))
        x_axis, y_axis = QValueAxis(), QValueAxis()
        for axis, title, (low, high_end), fmt in ((x_axis, "Importance (relative weight)", (0.0, top), "%.2f"),
                                                  (y_axis, "% favourable", (0.0, 100.0), "%d%%")):
            axis.setRange(low, high_end)
            axis.setLabelFormat(fmt)
            axis.setTitleText(title)
            axis.setLabelsColor(text)
            axis.setTitleBrush(text)
            axis.setTitleFont(style.scaled_font(-1, bold=True))
            axis.setLabelsFont(style.scaled_font(-1.5))
            axis.setGridLineColor(QColor(faint.red(), faint.green(), faint.blue(), 60))
            axis.setLinePenColor(faint)
        x_axis.setTickCount(ticks)
        y_axis.setTickCount(6)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        cut_pen = QPen(text if high else faint, 2 if high else 1.5, Qt.PenStyle.DashLine)
        for start, end in (((run.matrix.importance_cut, 0.0), (run.matrix.importance_cut, 100.0)),
                           ((0.0, run.matrix.percent_cut), (top, run.matrix.percent_cut))):
            line = QLineSeries()
            line.append(*start)
            line.append(*end)
            line.setPen(cut_pen)
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        for quadrant in QUADRANTS:
            points = [p for p in run.matrix.points if p.quadrant == quadrant]
            if not points:
                continue
            series = QScatterSeries()
            series.setName(QUADRANT_NAMES[quadrant])
            series.setMarkerSize(sizing.em(0.75))
            colour = style.accent(palette) if high else quadrant_colour(quadrant, palette)
            series.setColor(colour)
            series.setBorderColor(text if high else colour.darker(130))
            placed = [ranks[p.question] for p in points]
            for p in points:
                series.append(p.importance, p.percent)
            for i, (rank, _item) in enumerate(placed):  # beside its point (above it, labels of close points collide)
                label = QGraphicsSimpleTextItem(str(rank), chart)
                label.setFont(style.scaled_font(-1, bold=True))
                label.setBrush(text)
                label.setZValue(10)
                self._point_labels.append((label, series, i))
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
            self._placed[series] = placed
            self._series_quadrants.append(quadrant)
        for quadrant in QUADRANTS:
            label = QGraphicsSimpleTextItem(QUADRANT_NAMES[quadrant], chart)
            label.setFont(style.scaled_font(-1, bold=True))
            label.setBrush(text if high else quadrant_colour(quadrant, palette))
            self._corner_labels[quadrant] = label
        chart.plotAreaChanged.connect(self._place_corners)
        return chart

    def _place_corners(self, area: QRectF) -> None:
        """Each quadrant's name just inside its corner of the plot; each point's number at its right (at its left
        near the right edge)."""
        chart = self.chart_view.chart()
        for label, series, i in self._point_labels:
            centre = chart.mapToPosition(series.at(i), series)
            size, gap = label.boundingRect(), self._marker_size(series, i) / 2 + 3
            x = centre.x() + gap if centre.x() + gap + size.width() <= area.right() else centre.x() - gap - size.width()
            label.setPos(x, centre.y() - size.height() / 2)
        pad = 4
        for quadrant, label in self._corner_labels.items():
            right, bottom = CORNERS[quadrant]
            size = label.boundingRect()
            x = area.right() - size.width() - pad if right else area.left() + pad
            y = area.bottom() - size.height() - pad if bottom else area.top() + pad
            label.setPos(x, y)

    def chart_drawn(self) -> None:
        """Connect the points' clicks and hovers; place the corners; show the selected point larger."""
        for series in self._placed:
            series.clicked.connect(lambda point, s=series: self._clicked(s, point))
            series.hovered.connect(lambda point, on, s=series: self._hovered(s, point, on))
        self.select(self.selected)

    # --- interaction ---------------------------------------------------------------------------
    def _nearest(self, series: QScatterSeries, point: QPointF) -> int | None:
        points = series.points()
        if not points:
            return None
        return min(range(len(points)), key=lambda i: (points[i].x() - point.x()) ** 2 * 1e4
                   + (points[i].y() - point.y()) ** 2)

    def _clicked(self, series: QScatterSeries, point: QPointF) -> None:
        i = self._nearest(series, point)
        if i is not None:
            self.questionChosen.emit(self._placed[series][i][1].question_id)

    def _hovered(self, series: QScatterSeries, point: QPointF, on: bool) -> None:
        i = self._nearest(series, point) if on else None
        if i is None or self.run is None:
            QToolTip.hideText()
            return
        rank, item = self._placed[series][i]
        QToolTip.showText(QCursor.pos(), driver_tooltip(rank, item, self.run.result, self.run.quadrant(item.question))
                          + "\n\nClick to open the question.", self.chart_view)

    def _marker_size(self, series: QScatterSeries, i: int) -> float:
        size = series.pointConfiguration(i).get(QXYSeries.PointConfiguration.Size)
        return float(size) if size is not None else float(series.markerSize())

    def select(self, question_id: str | None) -> None:
        """Show one question's point larger (None: none)."""
        self.selected = question_id
        normal = float(sizing.em(0.75))
        for series, placed in self._placed.items():
            for i, (_rank, item) in enumerate(placed):
                size = normal * 1.6 if item.question_id == question_id else normal
                series.setPointConfiguration(i, {QXYSeries.PointConfiguration.Size: size})
        chart = self.chart_view.chart()
        if chart is not None and self._point_labels:
            self._place_corners(chart.plotArea())

    def click_point(self, question_id: str) -> None:
        """As a click on a question's point does (for tests and the accessibility layer)."""
        for series, placed in self._placed.items():
            for i, (_rank, item) in enumerate(placed):
                if item.question_id == question_id:
                    series.clicked.emit(series.at(i))
                    return
        raise KeyError(question_id)

    def _choose_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.questionChosen.emit(self.model.index(row, 0).data(ID_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in OPEN_KEYS and self.table.currentIndex().isValid()):
            self._choose_row(self.table.currentIndex().row())
            return True
        return super().eventFilter(watched, event)


__all__ = ["COLOURS", "PriorityMatrixChart", "importance_axis", "quadrant_colour"]
