"""Widgets side by side while the width allows, one above the other when it does not: a pane that reflows
instead of growing a horizontal scroll bar.

:class:`ReflowRow` asks for no more width than its widest child needs, so a scroll area holding it never
scrolls sideways; when its width leaves every child its minimum (and the spacing between them), they sit
side by side, else they are stacked. The tab order stays the order they were added in.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class ReflowRow(QWidget):
    """Children left to right when they fit, top to bottom when they do not."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 18) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(spacing)
        self.children_in_order: list[QWidget] = []
        self._alignments: list[Qt.AlignmentFlag] = []

    def add(self, widget: QWidget, stretch: int = 0,
            alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignTop) -> QWidget:
        """Add a widget after the others; ``alignment`` applies side by side (stacked, it takes the width)."""
        self.box.addWidget(widget, stretch, alignment)
        self.children_in_order.append(widget)
        self._alignments.append(alignment)
        return widget

    def _shown(self) -> list[QWidget]:
        return [w for w in self.children_in_order if not w.isHidden()]

    @staticmethod
    def _least(widget: QWidget) -> QSize:
        return widget.minimumSizeHint().expandedTo(widget.minimumSize())

    def width_side_by_side(self) -> int:
        """The least width at which the children fit side by side."""
        shown = self._shown()
        return sum(self._least(w).width() for w in shown) + self.box.spacing() * max(0, len(shown) - 1)

    def stacked(self) -> bool:
        """True while the children are one above the other."""
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def minimumSizeHint(self) -> QSize:
        shown = self._shown()
        width = max((self._least(w).width() for w in shown), default=0)
        return QSize(width, self.box.minimumSize().height())

    def reflow(self, width: int | None = None) -> bool:
        """Side by side or stacked for ``width`` (default: the row's own); True when stacked."""
        width = self.width() if width is None else width
        direction = (QBoxLayout.Direction.LeftToRight if width >= self.width_side_by_side()
                     else QBoxLayout.Direction.TopToBottom)
        if direction != self.box.direction():
            self.box.setDirection(direction)
            stacked = direction == QBoxLayout.Direction.TopToBottom
            for widget, alignment in zip(self.children_in_order, self._alignments, strict=True):
                self.box.setAlignment(widget, Qt.AlignmentFlag.AlignLeft if stacked else alignment)
            self.updateGeometry()
        return self.stacked()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.reflow(event.size().width())


__all__ = ["ReflowRow"]
