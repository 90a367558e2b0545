"""The word cloud's picture: the core's PNG scaled to fit, put on the theme's background, clickable.

The core draws it at the screen's device pixel ratio (:func:`picture_scale`), so at 125%, 150% or 200% it is
scaled down to fit, never up: sharp.

The core draws on white; :func:`on_background` puts the picture on the theme's background instead, each
word keeping its colour, and the canvas does that again when the theme changes. A click is mapped back
to the picture's pixels and :meth:`RenderedCloud.term_at` names the word, which is then outlined.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QToolTip, QWidget

from feedback_gui.core.comments import RenderedCloud
from feedback_gui.gui import style

MOST_SCALE = 3.0  # the cloud is drawn at most three times its layout's size
OTHER_WORDS = "#7F7F7F"  # the core's colour for a word it has no feeling for
REDRAW_EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange, QEvent.Type.ApplicationPaletteChange)


def _luminance(rgb: Sequence[float]) -> float:
    """Relative luminance (WCAG) of an sRGB colour given as 0-255 values."""
    linear = [(c / 255) / 12.92 if c / 255 <= 0.03928 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: Sequence[float], other: Sequence[float]) -> float:
    """WCAG contrast ratio of two sRGB colours (1 to 21)."""
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: Sequence[float], background: Sequence[float], ratio: float = 4.5) -> tuple[float, ...]:
    """``colour`` moved towards white (on a dark background) or black (on a light one) until it reaches
    ``ratio`` against ``background``, so the word keeps its hue and stays legible."""
    target = 255.0 if _luminance(background) < 0.18 else 0.0
    mixed = tuple(float(c) for c in colour)
    for step in range(1, 21):
        if contrast(mixed, background) >= ratio:
            break
        mixed = tuple(c + (target - c) * step / 20 for c in colour)
    return mixed


def on_background(image: QImage, boxes: Sequence[tuple[str, int, int, int, int]], colours: Mapping[str, str],
                  background: QColor) -> QImage:
    """The cloud (drawn on white) on ``background``. Each pixel is taken as a share of a word's colour over white
    (of the word whose box holds it and whose colour explains it best, where boxes overlap); the share is kept
    and the rest becomes the background, so anti-aliased edges stay smooth."""
    if background.rgb() == QColor("#FFFFFF").rgb():
        return image
    import numpy as np

    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    height, width = rgba.height(), rgba.width()
    rows = np.frombuffer(rgba.constBits(), np.uint8).reshape(height, rgba.bytesPerLine())
    ink = 255.0 - rows[:, : width * 4].reshape(height, width, 4)[..., :3].astype(np.float32)  # distance from white
    colour = np.empty_like(ink)
    shown = np.empty_like(ink)  # the colour each pixel is drawn in: the word's, made legible on the background
    back = np.array(background.getRgb()[:3], np.float32)
    share = np.zeros(ink.shape[:2], np.float32)
    misfit = np.full(ink.shape[:2], np.inf, np.float32)
    everywhere = (OTHER_WORDS, 0, 0, width, height)  # a grey word's ink, where no box says otherwise
    for word, x, y, w, h in (everywhere, *boxes):
        word_colour = np.array(QColor(colours.get(word, OTHER_WORDS)).getRgb()[:3], np.float32)
        away = 255.0 - word_colour
        box = (slice(max(y, 0), max(y + h, 0)), slice(max(x, 0), max(x + w, 0)))
        part = np.clip(ink[box] @ away / max(float(away @ away), 1.0), 0.0, 1.0)
        error = np.square(ink[box] - part[..., None] * away).sum(axis=2)
        better = error <= misfit[box]
        misfit[box] = np.where(better, error, misfit[box])
        share[box] = np.where(better, part, share[box])
        colour[box] = np.where(better[..., None], word_colour, colour[box])
        legible = np.array(readable(word_colour.tolist(), back.tolist()), np.float32)
        shown[box] = np.where(better[..., None], legible, shown[box])
    out = np.empty((height, width, 4), np.uint8)
    out[..., :3] = np.rint(share[..., None] * shown + (1.0 - share[..., None]) * back)
    out[..., 3] = 255
    return QImage(out.tobytes(), width, height, width * 4, QImage.Format.Format_RGBA8888).copy()


def picture_scale() -> float:
    """How many times larger than its layout the cloud is drawn: the highest device pixel ratio of the screens
    (1.25, 1.5, 2 …), so the picture is never enlarged on screen, where it would blur (at most :data:`MOST_SCALE`)."""
    ratios = [screen.devicePixelRatio() for screen in QGuiApplication.screens()] or [1.0]
    return min(MOST_SCALE, max(1.0, math.ceil(max(ratios) * 4) / 4))


class CloudCanvas(QWidget):
    """The cloud picture scaled to fit; a click on a word emits it; T, Space or Enter asks for the list."""

    termClicked = Signal(str)
    listRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rendered: RenderedCloud | None = None
        self.pixmap = QPixmap()  # as the core drew it (on white)
        self.colours: Mapping[str, str] = {}
        self._shown: tuple[int, QPixmap] | None = None  # the picture on a background colour
        self.chosen: str | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(160, 100)

    def set_rendered(self, rendered: RenderedCloud | None, colours: Mapping[str, str] | None = None) -> None:
        """Show a rendered cloud (or nothing); ``colours`` (each word's) let it be drawn on a dark background."""
        self.rendered = rendered
        self.colours = colours or {}
        self.pixmap = QPixmap()
        self._shown = None
        if rendered is not None:
            self.pixmap.loadFromData(rendered.png, "PNG")
        self.chosen = None
        self.update()

    def picture(self) -> QPixmap:
        """The picture on the theme's background (the palette's base colour)."""
        background = self.palette().color(QPalette.ColorRole.Base)
        if self._shown is None or self._shown[0] != background.rgba():
            image = on_background(self.pixmap.toImage(), self.rendered.boxes if self.rendered else (), self.colours,
                                  background)
            self._shown = (background.rgba(), QPixmap.fromImage(image))
        return self._shown[1]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in REDRAW_EVENTS:
            self.update()  # a new theme: the picture is put on the new background when painted
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(360, 210)

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: as large as fits, centred, keeping its shape."""
        if self.pixmap.isNull():
            return QRectF()
        scale = min(self.width() / self.pixmap.width(), self.height() / self.pixmap.height())
        w, h = self.pixmap.width() * scale, self.pixmap.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def to_picture(self, point: QPointF) -> tuple[float, float] | None:
        """A point of the widget in the picture's pixels (None outside the picture)."""
        rect = self.picture_rect()
        if rect.isEmpty() or not rect.contains(point):
            return None
        scale = self.pixmap.width() / rect.width()
        return (point.x() - rect.left()) * scale, (point.y() - rect.top()) * scale

    def to_widget(self, x: float, y: float) -> QPointF:
        """A pixel of the picture in widget coordinates."""
        rect = self.picture_rect()
        scale = rect.width() / self.pixmap.width() if not rect.isEmpty() else 1.0
        return QPointF(rect.left() + x * scale, rect.top() + y * scale)

    def term_at(self, point: QPointF) -> str | None:
        """The word under a point of the widget."""
        where = self.to_picture(point)
        return self.rendered.term_at(*where) if where is not None and self.rendered is not None else None

    def term_centre(self, term: str) -> QPointF | None:
        """The centre of a drawn word, in widget coordinates."""
        for word, x, y, w, h in self.rendered.boxes if self.rendered else ():
            if word == term:
                return self.to_widget(x + w / 2, y + h / 2)
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.picture_rect()
        if not rect.isEmpty():
            painter.drawPixmap(rect, self.picture(), QRectF(self.pixmap.rect()))
        box = self._box(self.chosen)
        if box is not None:
            pen = QPen(style.accent(self.palette()), 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box.adjusted(-3, -2, 3, 2), 4, 4)
        if self.hasFocus():
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DashLine))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        painter.end()

    def _box(self, term: str | None) -> QRectF | None:
        for word, x, y, w, h in self.rendered.boxes if self.rendered and term else ():
            if word == term:
                top_left = self.to_widget(x, y)
                bottom_right = self.to_widget(x + w, y + h)
                return QRectF(top_left, bottom_right)
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        term = self.term_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if term else Qt.CursorShape.ArrowCursor)
        if term:
            QToolTip.showText(event.globalPosition().toPoint(), f"“{term}”: click to list the comments using it", self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        term = self.term_at(event.position()) if event.button() == Qt.MouseButton.LeftButton else None
        if term:
            self.termClicked.emit(term)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_T, Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.listRequested.emit()
        else:
            super().keyPressEvent(event)


__all__ = ["MOST_SCALE", "OTHER_WORDS", "CloudCanvas", "on_background", "picture_scale"]
