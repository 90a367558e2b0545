"""What the keyboard tests share: walking the focus with Tab, and what a screen reader says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from .conftest import WAIT_MS


def tab_through(qtbot, panel: QWidget, start: QWidget, key: Qt.Key = Qt.Key.Key_Tab,  # noqa: ANN001
                shown: tuple = ()) -> list:
    """Press Tab (or Shift+Tab) from ``start`` until the focus leaves ``panel``: the widgets visited. Widgets
    made by the last result are shown by a later turn of the event loop: first wait for those in ``shown``."""
    start.setFocus()
    qtbot.waitUntil(lambda: start.hasFocus() and all(w.isVisible() for w in shown), timeout=WAIT_MS)
    shift = Qt.KeyboardModifier.ShiftModifier if key == Qt.Key.Key_Backtab else Qt.KeyboardModifier.NoModifier
    visited: list = []
    while (widget := QApplication.focusWidget()) is not None and panel.isAncestorOf(widget):
        assert widget not in visited, f"Tab goes round in the panel at {widget.accessibleName() or widget}"
        visited.append(widget)
        qtbot.keyClick(widget, key, shift)
    return visited


def spoken_name(widget: QWidget) -> str:
    """What a screen reader announces for a widget."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)
