"""The disproportionality heatmap: questions x groups, each cell the relative rate index with a marker.

Colour runs from Okabe–Ito vermillion (the group's rate is lower) through the background to Okabe–Ito
blue (higher), on a log scale clipped at half and double. Colour is never alone: every cell prints its
index with ▲/▼, significant cells are bold with a *, and suppressed cells print "–" over a hatch.
Columns are grouped under their characteristic; the colour key is in :mod:`.rates`. Enter or
a double-click on a cell asks to open its question (:attr:`HeatmapView.cellChosen`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from feedback_gui.core.equality.disproportionality import SUPPRESSED, RateCell
from feedback_gui.gui import style
from feedback_gui.gui.equality.models import CELL_ROLE, CHARACTERISTIC_ROLE, HeatmapModel, rri_text

HIGHER, LOWER = QColor(style.OKABE_ITO["blue"]), QColor(style.OKABE_ITO["vermillion"])
SCALE = 1.0  # |log2 RRI| at which the colour is full: half or double the rest's rate
ModelIndex = QModelIndex | QPersistentModelIndex


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """The colour a fraction ``t`` of the way from ``a`` to ``b``."""
    t = min(max(t, 0.0), 1.0)
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def heat_colour(log2_rri: float, middle: QColor) -> QColor:
    """A cell's background: ``middle`` at an index of 1, blue above, vermillion below."""
    end = HIGHER if log2_rri > 0 else LOWER
    return mix(middle, end, abs(log2_rri) / SCALE)


def cell_colour(cell: RateCell, middle: QColor) -> QColor | None:
    """The background of a cell with an index, None for a cell without one."""
    if cell.comparison is None:
        return None
    return heat_colour(cell.comparison.log2_rri, middle)


def starts_group(model: object, column: int) -> bool:
    """True when a column is the first of its characteristic (a separator is drawn before it)."""
    if column <= 0:
        return False
    data = model.headerData  # type: ignore[attr-defined]
    horizontal = Qt.Orientation.Horizontal
    return data(column, horizontal, CHARACTERISTIC_ROLE) != data(column - 1, horizontal, CHARACTERISTIC_ROLE)


class HeatmapDelegate(QStyledItemDelegate):
    """Paints a cell's colour, its text (in black or white for contrast) and a visible focus frame."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        cell: RateCell | None = index.data(CELL_ROLE)
        if cell is None:
            super().paint(painter, option, index)
            return
        palette = option.palette  # type: ignore[attr-defined]
        rect: QRect = option.rect.adjusted(1, 1, -1, -1)  # type: ignore[attr-defined]
        base = palette.color(QPalette.ColorRole.Base)
        painter.save()
        fill = cell_colour(cell, base)
        painter.fillRect(rect, fill or base)
        text_colour = style.text_on(fill) if fill is not None else palette.color(QPalette.ColorRole.WindowText)
        if cell.status == SUPPRESSED:
            painter.fillRect(rect, QBrush(style.muted(palette).lighter(160), Qt.BrushStyle.BDiagPattern))
        font = QFont(option.font)  # type: ignore[attr-defined]
        if cell.comparison is not None and cell.comparison.significant:
            font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, rri_text(cell))
        if starts_group(index.model(), index.column()):
            painter.setPen(QPen(style.muted(palette), 1.5))
            painter.drawLine(option.rect.topLeft(), option.rect.bottomLeft())  # type: ignore[attr-defined]
        state = option.state  # type: ignore[attr-defined]
        if state & (QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected):
            width = 2.5 if state & QStyle.StateFlag.State_HasFocus else 1.5
            painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: ModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 12, max(size.height() + 14, 34))


class GroupedHeader(QHeaderView):
    """A horizontal header naming each group, under a band that names its characteristic once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def band(self) -> int:
        """The height of the characteristic band."""
        return self.fontMetrics().height() + 12

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        return QSize(size.width(), size.height() + self.band())

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        super().paintSection(painter, rect.adjusted(0, self.band(), 0, 0), logical)

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        model = self.model()
        if model is None or not self.count():
            return
        painter = QPainter(self.viewport())
        palette = self.palette()
        band = self.band()
        painter.fillRect(QRect(0, 0, self.viewport().width(), band), palette.color(QPalette.ColorRole.Base))
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        first = 0
        for column in range(1, self.count() + 1):
            if column < self.count() and not starts_group(model, column):
                continue
            left = self.sectionViewportPosition(first)
            right = self.sectionViewportPosition(column - 1) + self.sectionSize(column - 1)
            area = QRect(left, 0, right - left, band)
            name = str(model.headerData(first, Qt.Orientation.Horizontal, CHARACTERISTIC_ROLE) or "")
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text = painter.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, max(area.width() - 8, 0))
            painter.drawText(area.adjusted(4, 0, -4, -4), Qt.AlignmentFlag.AlignCenter, text)
            painter.setPen(QPen(style.muted(palette), 1.5))
            painter.drawLine(left + 6, band - 3, right - 6, band - 3)
            first = column
        painter.end()


class HeatmapView(QTableView):
    """The matrix as a table; Enter or a double-click on a cell emits the cell (its question id, group ...)."""

    cellChosen = Signal(object)  # the RateCell

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heat_model = HeatmapModel(self)
        self.setHorizontalHeader(GroupedHeader(self))
        self.setModel(self.heat_model)
        self.setItemDelegate(HeatmapDelegate(self))
        self.setAccessibleName("Disproportionality heatmap")
        self.setAccessibleDescription("Relative rate index of each group against all other respondents, for each "
                                      "question. Press Enter on a cell to open its question.")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.setStyleSheet("QTableCornerButton::section { background: transparent; border: none; }")
        self.horizontalHeader().setFont(style.scaled_font(-1))
        side = self.verticalHeader()
        side.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        side.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        side.setFont(style.scaled_font(-1))

    def fit_columns(self) -> None:
        """Make each column as wide as its group's words and its cells' text, and no wider."""
        header = self.horizontalHeader()
        heading = QFont(header.font())
        heading.setWeight(QFont.Weight.DemiBold)
        words = QFontMetricsF(heading)
        cells = QFontMetricsF(style.scaled_font(0, bold=True, base=self.font()))
        for column in range(self.heat_model.columnCount()):
            lines = str(self.heat_model.headerData(column, Qt.Orientation.Horizontal) or "").split("\n")
            texts = [rri_text(self.heat_model.cell(r, column)) for r in range(self.heat_model.rowCount())]
            width = max([words.horizontalAdvance(line) for line in lines] +
                        [cells.horizontalAdvance(text) for text in texts] + [30.0])
            header.resizeSection(column, int(width) + 18)

    def cell_at(self, index: QModelIndex) -> RateCell | None:
        """The cell shown at an index."""
        return index.data(CELL_ROLE) if index.isValid() else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.cellChosen.emit(self.cell_at(self.currentIndex()))
            event.accept()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        if index.isValid():
            self.cellChosen.emit(self.cell_at(index))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


__all__ = ["GroupedHeader", "HeatmapDelegate", "HeatmapView", "cell_colour", "heat_colour"]
