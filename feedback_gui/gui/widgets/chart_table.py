"""A chart with a table of the same numbers one key away, drawn again whenever the theme changes.

:class:`ChartTable` is the base of every QtCharts chart in the app. It holds the chart view and a table
over the subclass's model in a stack: T, Space or Enter on the chart shows the table, T on the table
brings the chart back, and the keyboard focus follows. The accessible description (the chart's headline)
is put on the chart, the table and the widget itself. Subclasses draw their chart in :meth:`build_chart`
from the data they were last given; when the palette or style changes (a theme switched at run time)
the chart is built again with the new palette, so its text, axes and accent colours follow the theme.
"""

from __future__ import annotations

from PySide6.QtCharts import QAbstractBarSeries, QBarSet, QChart, QChartView
from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import QStackedWidget, QTableView, QWidget

from feedback_gui.gui import style

CHART_KEYS = (Qt.Key.Key_T, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)  # on the chart: show the table
TABLE_KEYS = (Qt.Key.Key_T,)  # on the table: show the chart
REDRAW_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.ApplicationPaletteChange)
_ROLES = (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText, QPalette.ColorRole.Base,
          QPalette.ColorRole.Text, QPalette.ColorRole.Highlight)


def palette_key(palette: QPalette) -> tuple:
    """What a chart's colours depend on: the palette's main colours and whether high contrast is on."""
    return (*(palette.color(role).rgba() for role in _ROLES), style.is_high_contrast())


def _plain(event: QKeyEvent) -> bool:
    return not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)


class ChartTable(QStackedWidget):
    """A chart (:attr:`chart_view`) or, toggled, a table of the same numbers (:attr:`table`)."""

    tableShown = Signal(bool)  # True when the table replaced the chart

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model.setParent(self)
        self.chart_view = QChartView(self)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chart_view.setStyleSheet("background: transparent")
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.verticalHeader().hide()
        self.addWidget(self.chart_view)
        self.addWidget(self.table)
        for widget in (self.chart_view, self.table):
            widget.installEventFilter(self)
        self._drawn_with: tuple | None = None
        self._redraw = QTimer(self)  # several change events arrive per theme switch: one redraw for them all
        self._redraw.setSingleShot(True)
        self._redraw.setInterval(0)
        self._redraw.timeout.connect(self._theme_changed)

    # --- drawing -------------------------------------------------------------------------------
    def build_chart(self, palette: QPalette) -> QChart:
        """The chart of the data last given, in ``palette``'s colours (subclasses draw theirs)."""
        chart = QChart()
        chart.setBackgroundVisible(False)
        return chart

    def chart_drawn(self) -> None:
        """Called after every (re)draw, e.g. to connect the new bars' signals."""

    def redraw(self) -> None:
        """Draw the chart again from the data last given, with the current palette."""
        palette = self.palette()
        old = self.chart_view.chart()
        self.chart_view.setChart(self.build_chart(palette))
        if old is not None:
            old.deleteLater()
        self._drawn_with = palette_key(palette)
        self.chart_drawn()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in REDRAW_EVENTS and self._drawn_with is not None:
            self._redraw.start()
        super().changeEvent(event)

    def _theme_changed(self) -> None:
        if palette_key(self.palette()) != self._drawn_with:
            self.redraw()

    # --- chart or table ------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and _plain(event):
            if watched is self.chart_view and event.key() in CHART_KEYS:
                self.table_requested(True)
                return True
            if watched is self.table and event.key() in TABLE_KEYS:
                self.table_requested(False)
                return True
        return super().eventFilter(watched, event)

    def table_requested(self, on: bool) -> None:
        """A key on the chart (``on``) or on the table asked for the other; shows it (subclasses may defer)."""
        self.show_table(on)

    def show_table(self, on: bool) -> None:
        """Show the numbers as a table instead of the chart (keyboard focus follows)."""
        had_focus = self.currentWidget().hasFocus()
        self.setCurrentWidget(self.table if on else self.chart_view)
        if had_focus:
            self.currentWidget().setFocus()
        self.tableShown.emit(on)

    def showing_table(self) -> bool:
        """True while the table is shown."""
        return self.currentWidget() is self.table

    # --- what it shows -------------------------------------------------------------------------
    def set_accessible(self, name: str, description: str, table_name: str = "") -> None:
        """Name the chart (and its table), and put the headline on the chart, the table and this widget."""
        self.chart_view.setAccessibleName(name)
        self.table.setAccessibleName(table_name or f"Table: {name[:1].lower()}{name[1:]}")
        for widget in (self, self.chart_view, self.table):
            widget.setAccessibleDescription(description)

    def bar_sets(self) -> list[QBarSet]:
        """The chart's bar sets, in the order of its series (for tests and the accessibility layer)."""
        chart = self.chart_view.chart()
        series = chart.series() if chart is not None else []
        return [bars for s in series if isinstance(s, QAbstractBarSeries) for bars in s.barSets()]


__all__ = ["CHART_KEYS", "TABLE_KEYS", "ChartTable", "palette_key"]
