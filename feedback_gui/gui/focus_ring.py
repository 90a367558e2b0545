"""The focus ring: a thick outline, in the theme's focus colour, on the widget that has the keyboard focus.

One ring follows the focus around the application (``QApplication.focusChanged``), whatever the widget's
own style draws, so the focus is always in view in every theme (thicker in high contrast).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractButton, QApplication, QFocusFrame, QMenu, QMenuBar, QProxyStyle, QStyle, QWidget

from feedback_gui.gui import style


class _RingStyle(QProxyStyle):
    """Puts the focus ring over the widget's own edge (never clipped by its parent, never hidden by it)."""

    def pixelMetric(self, metric: QStyle.PixelMetric, option: object = None, widget: object = None) -> int:
        if metric in (QStyle.PixelMetric.PM_FocusFrameHMargin, QStyle.PixelMetric.PM_FocusFrameVMargin):
            return 0
        return super().pixelMetric(metric, option, widget)

    def styleHint(self, hint: QStyle.StyleHint, option: object = None, widget: object = None,
                  returned: object = None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_Mask:
            return 0
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1  # drawn over the widget, so an opaque widget cannot hide it
        return super().styleHint(hint, option, widget, returned)


class FocusRing(QFocusFrame):
    """A thick outline, in the theme's focus colour, just inside the edge of the widget with the focus."""

    def __init__(self) -> None:
        super().__init__()
        self._style = _RingStyle("Fusion")
        self.setStyle(self._style)
        self.setObjectName("focusRing")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.StyleChange:
            self.update()  # QFocusFrame would hide: a new theme restyles the focused widget, which keeps the focus
            return False
        return super().eventFilter(watched, event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002 - Qt's signature
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = style.focus_width()
        pen = QPen(style.focus_colour(QApplication.palette()))
        pen.setWidthF(width)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.end()


OWN_FOCUS_OUTLINE = frozenset({"headlineCard"})  # widgets whose style sheet draws their focus (thick in high contrast)


def wants_ring(widget: QWidget | None) -> bool:
    """True for a widget inside a window that takes focus from the keyboard (not menus or windows)."""
    if widget is None or widget.isWindow() or isinstance(widget, (QMenu, QMenuBar)):
        return False
    if widget.window().windowType() == Qt.WindowType.Popup or widget.objectName() in OWN_FOCUS_OUTLINE:
        return False
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or isinstance(widget, QAbstractButton)


__all__ = ["OWN_FOCUS_OUTLINE", "FocusRing", "wants_ring"]
