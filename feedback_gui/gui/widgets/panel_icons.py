"""The sidebar's icons, drawn as lines in the text colour: sharp at any scale (125%, 150%, 200%) and in every
theme, with no picture files to ship.

:func:`panel_icon` gives a panel's icon by its key (``"overview"``, ``"questions"`` …); a key without a
drawing of its own (a panel added later) gets the first letter of its title in a rounded box. The icon is
painted when Qt asks for it, at the size and device pixel ratio asked, in the colour for its mode (the
highlighted-text colour when its row is selected).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QIconEngine, QPainter, QPainterPath, QPen, QPixmap

Drawing = Callable[[QPainter, QRectF], None]


def _overview(p: QPainter, r: QRectF) -> None:
    half = (r.width() - 3) / 2
    for dx in (0, half + 3):
        for dy in (0, half + 3):
            p.drawRoundedRect(QRectF(r.left() + dx, r.top() + dy, half, half), 2, 2)


def _questions(p: QPainter, r: QRectF) -> None:
    for i in range(4):
        y = r.top() + r.height() * (0.12 + 0.25 * i)
        p.drawPoint(QPointF(r.left() + 1.5, y))
        p.drawLine(QPointF(r.left() + r.width() * 0.28, y), QPointF(r.right(), y))


def _comments(p: QPainter, r: QRectF) -> None:
    path = QPainterPath()
    body = QRectF(r.left(), r.top() + 1, r.width(), r.height() * 0.7)
    path.addRoundedRect(body, 4, 4)
    tail = QPainterPath()
    tail.moveTo(r.left() + r.width() * 0.25, body.bottom() - 1)
    tail.lineTo(r.left() + r.width() * 0.22, r.bottom())
    tail.lineTo(r.left() + r.width() * 0.5, body.bottom() - 1)
    p.drawPath(path.united(tail))


def _waves(p: QPainter, r: QRectF) -> None:
    p.drawLine(QPointF(r.left(), r.bottom()), QPointF(r.right(), r.bottom()))
    width = r.width() / 5
    for i, share in enumerate((0.45, 0.7, 0.55, 0.95)):
        x = r.left() + width * (0.5 + i * 1.15)
        p.drawRect(QRectF(x, r.bottom() - r.height() * share, width * 0.7, r.height() * share))


def _equality(p: QPainter, r: QRectF) -> None:
    mid = r.center().x()
    p.drawLine(QPointF(mid, r.top()), QPointF(mid, r.bottom()))
    p.drawLine(QPointF(mid - r.width() * 0.3, r.bottom()), QPointF(mid + r.width() * 0.3, r.bottom()))
    beam = r.top() + r.height() * 0.18
    p.drawLine(QPointF(r.left() + 2, beam), QPointF(r.right() - 2, beam))
    for x in (r.left() + 4, r.right() - 4):
        pan = QPainterPath()
        pan.moveTo(x - 4, beam + r.height() * 0.38)
        pan.lineTo(x, beam)
        pan.lineTo(x + 4, beam + r.height() * 0.38)
        pan.arcTo(QRectF(x - 4, beam + r.height() * 0.3, 8, 5), 0, -180)
        p.drawPath(pan)


def _insight(p: QPainter, r: QRectF) -> None:
    bulb = QRectF(r.left() + r.width() * 0.18, r.top(), r.width() * 0.64, r.height() * 0.64)
    p.drawArc(bulb, -30 * 16, 240 * 16)
    left, right = bulb.left() + bulb.width() * 0.25, bulb.right() - bulb.width() * 0.25
    p.drawLine(QPointF(left, bulb.bottom() - 2), QPointF(left, r.bottom() - r.height() * 0.15))
    p.drawLine(QPointF(right, bulb.bottom() - 2), QPointF(right, r.bottom() - r.height() * 0.15))
    for y in (r.bottom() - r.height() * 0.15, r.bottom()):
        p.drawLine(QPointF(left, y), QPointF(right, y))


def _open(p: QPainter, r: QRectF) -> None:
    path = QPainterPath()
    path.moveTo(r.left(), r.bottom())
    path.lineTo(r.left(), r.top() + 2)
    path.lineTo(r.left() + r.width() * 0.38, r.top() + 2)
    path.lineTo(r.left() + r.width() * 0.5, r.top() + r.height() * 0.2)
    path.lineTo(r.right(), r.top() + r.height() * 0.2)
    path.lineTo(r.right(), r.bottom())
    path.closeSubpath()
    p.drawPath(path)
    p.drawLine(QPointF(r.left(), r.top() + r.height() * 0.4), QPointF(r.right(), r.top() + r.height() * 0.4))


DRAWINGS: dict[str, Drawing] = {"overview": _overview, "questions": _questions, "comments": _comments,
                                "waves": _waves, "equality": _equality, "insight": _insight, "open": _open}


def _letter(letter: str) -> Drawing:
    def draw(p: QPainter, r: QRectF) -> None:
        p.drawRoundedRect(r, 4, 4)
        font = QFont(p.font())
        font.setPixelSize(max(6, int(r.height() * 0.7)))
        font.setBold(True)
        p.setFont(font)
        p.drawText(r, Qt.AlignmentFlag.AlignCenter, letter)
    return draw


class LineIconEngine(QIconEngine):
    """Paints a drawing in a colour for the normal and the selected modes, at whatever size is asked."""

    def __init__(self, drawing: Drawing, colour: QColor, selected: QColor) -> None:
        super().__init__()
        self.drawing, self.colour, self.selected = drawing, QColor(colour), QColor(selected)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:  # noqa: ARG002
        colour = QColor(self.selected if mode == QIcon.Mode.Selected else self.colour)
        if mode == QIcon.Mode.Disabled:
            colour.setAlphaF(0.45)
        side = min(rect.width(), rect.height())
        pen = QPen(colour, max(1.5, side / 12))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = pen.widthF() / 2 + side * 0.08
        box = QRectF(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2, side, side)
        self.drawing(painter, box.adjusted(inset, inset, -inset, -inset))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        pixmap = self.pixmap(QSize(round(size.width() * scale), round(size.height() * scale)), mode, state)
        pixmap.setDevicePixelRatio(scale)  # drawn at the screen's own pixels: sharp at 125%, 150%, 200%
        return pixmap

    def clone(self) -> QIconEngine:
        return LineIconEngine(self.drawing, self.colour, self.selected)

    def key(self) -> str:
        return "feedbackLineIcon"


def panel_icon(key: str, title: str, colour: QColor, selected: QColor) -> QIcon:
    """The icon of a panel (by its key), or of "open"; a key without a drawing gets its title's first letter."""
    drawing = DRAWINGS.get(key) or _letter((title.replace("&", "")[:1] or "?").upper())
    return QIcon(LineIconEngine(drawing, colour, selected))


__all__ = ["DRAWINGS", "LineIconEngine", "panel_icon"]
