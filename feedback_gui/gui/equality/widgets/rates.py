"""The Disproportionality tab: what the index means, the heatmap, its colour key and the caveats."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QLinearGradient, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from feedback_gui.core.analysis.wording import confidence_text
from feedback_gui.core.equality.disproportionality import Disproportionality
from feedback_gui.gui import style
from feedback_gui.gui.equality.widgets.heatmap import SCALE, HeatmapView, heat_colour
from feedback_gui.gui.equality.widgets.profile import muted_label

HEAT_INTRO = ("Each cell is a relative rate index: the group's share giving the counted answers, divided by the share "
              "among all other relevant respondents (1 = the same rate). Hover over a cell for the figures; press "
              "Enter or double-click to open the question.")


def heat_key(confidence: float = 0.95) -> str:
    """The key under the heatmap, naming the confidence level of the significance test."""
    return (f"▲ higher or ▼ lower rate than the rest  ·  bold with *: statistically significant "
            f"({confidence_text(confidence)})  ·  –: not shown (small group)")


HEAT_KEY = heat_key()


class HeatLegend(QWidget):
    """The colour scale: vermillion (half the rest's rate or less) through the background to blue (double)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(300, 40)
        self.setAccessibleName("Colour scale")
        self.setAccessibleDescription("Vermillion with ▼: the group's rate is lower than the rest's; blue with ▲: "
                                      "higher. Full colour at half or double the rest's rate.")

    def paintEvent(self, event: object) -> None:  # noqa: ARG002 - Qt's signature
        painter = QPainter(self)
        palette = self.palette()
        bar = QRect(40, 4, self.width() - 80, 12)
        gradient = QLinearGradient(bar.left(), 0, bar.right(), 0)
        base = palette.color(QPalette.ColorRole.Base)
        for stop in range(0, 11):
            gradient.setColorAt(stop / 10, heat_colour((stop - 5) / 5 * SCALE, base))
        painter.fillRect(bar, gradient)
        painter.setPen(style.muted(palette))
        painter.drawRect(bar)
        painter.setFont(style.scaled_font(-1.5))
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        ticks = ((0.0, f"▼ {2 ** -SCALE:g} or less"), (0.5, "1"), (1.0, f"▲ {2 ** SCALE:g} or more"))
        for where, text in ticks:
            x = bar.left() + where * bar.width()
            painter.drawText(QRect(int(x) - 45, bar.bottom() + 3, 90, 18), Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class DisproportionalityView(QWidget):
    """The heatmap with its explanation, colour key and notes (or a message when there is nothing to show)."""

    cellChosen = Signal(object)  # the RateCell under Enter or a double-click

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heatmap = HeatmapView(self)
        self.heatmap.cellChosen.connect(self.cellChosen)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.notes = muted_label("", self)
        key = QHBoxLayout()
        key.addWidget(HeatLegend(self))
        self.key = muted_label(HEAT_KEY, self)
        key.addWidget(self.key, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 10, 0)
        layout.setSpacing(8)
        layout.addWidget(muted_label(HEAT_INTRO, self))
        layout.addWidget(self.message)
        layout.addWidget(self.heatmap, 1)
        layout.addLayout(key)
        layout.addWidget(self.notes)
        layout.addStretch(0)

    def set_matrix(self, matrix: Disproportionality) -> None:
        """Show a questions x groups matrix (or say why there is none)."""
        heatmap = self.heatmap
        heatmap.heat_model.set_matrix(matrix)
        message = ("" if matrix.columns and matrix.rows else
                   "None of the survey's demographic questions is a protected characteristic." if not matrix.columns
                   else "No question has a headline (counted answers) to compare groups on.")
        self.message.setText(message)
        self.message.setVisible(bool(message))
        heatmap.setVisible(not message)
        self.notes.setText("\n".join(matrix.notes))
        self.key.setText(heat_key(matrix.confidence))
        heatmap.fit_columns()
        heatmap.resizeRowsToContents()
        rows = sum(heatmap.rowHeight(r) for r in range(len(matrix.rows)))
        heatmap.setMaximumHeight(heatmap.horizontalHeader().sizeHint().height() + rows + 2 * heatmap.frameWidth()
                                 + heatmap.horizontalScrollBar().sizeHint().height() + 4)


__all__ = ["DisproportionalityView", "HeatLegend"]
