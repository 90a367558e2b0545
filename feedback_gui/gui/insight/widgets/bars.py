"""Two small widgets of the Insight cards: the eNPS's three groups as one bar, and a one-line label that cuts
its text to its width."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from feedback_gui.gui import style

GROUP_COLOURS = (style.OKABE_ITO["vermillion"], style.NEUTRAL, style.OKABE_ITO["bluish_green"])


class ElidedLabel(QLabel):
    """One line of text, cut with "…" to the width it is given (the whole text in its tooltip)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full = text
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setText(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, self.width()))


class NpsBar(QWidget):
    """Detractors, passives and promoters side by side, each as wide as its share (the counts are in words
    beside it, so colour is never alone)."""

    def __init__(self, detractors: int, passives: int, promoters: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups = (detractors, passives, promoters)
        self.setFixedHeight(14)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(200, 14)

    def paintEvent(self, event: object) -> None:  # noqa: ARG002 - Qt's signature
        total = sum(self.groups)
        if not total:
            return
        painter = QPainter(self)
        palette, high = self.palette(), style.is_high_contrast()
        text, window, accent = (palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window),
                                style.accent(palette))
        # in high contrast: solid, empty and hatched in the theme's colours, each outlined
        fills = ((QBrush(accent), QBrush(window), QBrush(accent, Qt.BrushStyle.BDiagPattern)) if high
                 else tuple(QBrush(QColor(c)) for c in GROUP_COLOURS))
        left, width, mid = 1.0, float(self.width() - 2), self.height() / 2
        for count, fill in zip(self.groups, fills, strict=True):
            part = QRectF(left, mid - 5, width * count / total, 10)
            left += part.width()
            if not count:
                continue
            painter.fillRect(part, fill)
            if high:
                painter.setPen(QPen(text, 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(part)
        painter.end()


__all__ = ["GROUP_COLOURS", "ElidedLabel", "NpsBar"]
