"""The priority matrix in its box: the chart (or its table), the "Show as table" toggle (Alt+T) and a line on
where the lines cut. The panel puts the box in a section that folds to a strip at the right."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from feedback_gui.gui import style
from feedback_gui.gui.insight.describe import cuts_text
from feedback_gui.gui.insight.run import DriversRun
from feedback_gui.gui.insight.widgets.matrix import PriorityMatrixChart


class MatrixBox(QFrame):
    """The matrix with its "Show as table" toggle (Alt+T) and a note on where the lines cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailBox")
        self.chart = PriorityMatrixChart(self)
        self.table_toggle = QPushButton("Show as &table", self)
        self.table_toggle.setCheckable(True)
        self.table_toggle.setAccessibleDescription("Show the matrix's numbers as a table (Alt+T)")
        self.table_toggle.toggled.connect(self._toggle_table)
        self.chart.tableShown.connect(self._table_shown)
        self.note = style.mute(QLabel(self), -1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.chart, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        layout.addLayout(bottom)

    def set_run(self, run: DriversRun | None) -> None:
        """Place a run's drivers and say where the lines cut."""
        self.chart.set_run(run)
        self.note.setText(cuts_text(run) if run and run.matrix.points else "")
        self.note.setToolTip("Click a point to open its question; T shows the numbers as a table.")

    def _toggle_table(self, on: bool) -> None:
        if on != self.chart.showing_table():
            self.chart.show_table(on)

    def _table_shown(self, on: bool) -> None:
        self.table_toggle.setChecked(on)
        self.table_toggle.setText("Show as char&t" if on else "Show as &table")


__all__ = ["MatrixBox"]
