"""The high-contrast style: Fusion with a visible edge on every control.

Fusion draws the edges of fields, buttons, check boxes and scroll bars a shade darker than the window,
which on a black window is black: nothing shows where a control starts. This style draws those edges
(and the scroll bar's handle) in the palette's text colour over Fusion's own drawing.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

PE, CC, SC = QStyle.PrimitiveElement, QStyle.ComplexControl, QStyle.SubControl
EDGED = frozenset({PE.PE_PanelLineEdit, PE.PE_IndicatorCheckBox, PE.PE_IndicatorItemViewItemCheck,
                   PE.PE_PanelButtonCommand, PE.PE_FrameGroupBox, PE.PE_FrameTabWidget})


def _edge(painter: QPainter, rect: QRect, palette: QPalette, round_shape: bool = False) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_shape)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inner = rect.adjusted(0, 0, -1, -1)
    if round_shape:
        painter.drawEllipse(inner)
    else:
        painter.drawRect(inner)
    painter.restore()


class HighContrastStyle(QProxyStyle):
    """Fusion, each control's edge drawn in the text colour."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in EDGED:
            _edge(painter, option.rect, option.palette)
        elif element == PE.PE_IndicatorRadioButton:
            _edge(painter, option.rect, option.palette, round_shape=True)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOption, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (CC.CC_ComboBox, CC.CC_SpinBox):
            _edge(painter, option.rect, option.palette)
        elif control == CC.CC_ScrollBar:
            handle = self.subControlRect(control, option, SC.SC_ScrollBarSlider, widget)
            if handle.isValid():
                painter.fillRect(handle.adjusted(2, 2, -2, -2), option.palette.color(QPalette.ColorRole.WindowText))


__all__ = ["HighContrastStyle"]
