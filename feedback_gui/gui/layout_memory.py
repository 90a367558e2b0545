"""The window's layout, remembered per screen: splitter positions, column widths, collapsed sections, tabs.

A panel names what should be remembered with :func:`remember` (``remember(self.splitter, "questions/split")``)
and knows nothing more; the main window's :class:`LayoutMemory` finds every named widget under it,
restores each from the settings kept for the screen the window opens on, and saves them when the window
closes. What is restored must still fit: a splitter's saved shares only if every pane keeps its minimum
width, a table's saved column widths only if the text column keeps a readable width (no horizontal scroll
bar). Both are applied when the widget is first shown at its real size, since hidden panels have none.

Besides splitters, table headers and tab widgets, any widget that offers ``layout_state()``,
``restore_layout_state(value) -> bool`` and ``default_layout_state(available: QSize)`` is remembered (the
collapsible sections and the sidebar): on a screen seen for the first time it takes its default for that
screen's size (collapsed on a small screen, say).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QSplitter, QTabWidget, QWidget

from feedback_gui.gui import sizing
from feedback_gui.gui.widgets.collapsible import EXPANDED_SIZES

NAME_PROPERTY = "rememberedLayout"


def remember(widget: QWidget, name: str) -> QWidget:
    """Mark a splitter, a table's horizontal header, a tab widget or a collapsible section to be remembered
    per screen under ``name`` (unique in the window, e.g. ``"comments/body"``); returns the widget."""
    widget.setProperty(NAME_PROPERTY, name)
    return widget


def _ints(value: object) -> list[int] | None:
    if isinstance(value, (str, int)):
        value = [value]
    try:
        return [int(v) for v in value]  # type: ignore[attr-defined]
    except (TypeError, ValueError):
        return None


def splitter_fits(splitter: QSplitter, sizes: list[int]) -> bool:
    """True when ``sizes``, scaled to the splitter's present length, leave every pane its minimum size."""
    if len(sizes) != splitter.count() or sum(sizes) <= 0 or min(sizes) < 0:
        return False
    horizontal = splitter.orientation() == Qt.Orientation.Horizontal
    total = sum(splitter.sizes())
    for i, size in enumerate(sizes):
        pane = splitter.widget(i)
        if pane is None:
            return False
        hint = pane.minimumSizeHint().expandedTo(pane.minimumSize())
        least = hint.width() if horizontal else hint.height()
        if size and size * total / sum(sizes) < least:
            return False
    return True


def columns_fit(header: QHeaderView, widths: list[int]) -> bool:
    """True when the saved widths of a table's columns leave any stretching (text) column a readable width."""
    if len(widths) != header.count() or min(widths, default=0) < 0:
        return False
    stretch = [i for i in range(header.count())
               if header.sectionResizeMode(i) == QHeaderView.ResizeMode.Stretch and not header.isSectionHidden(i)]
    fixed = sum(w for i, w in enumerate(widths) if i not in stretch and not header.isSectionHidden(i))
    view = header.parentWidget()
    readable = sizing.readable_width(view.font() if view is not None else None)
    return fixed + readable * len(stretch) <= header.width()


class LayoutMemory(QObject):
    """Restores and saves the named layout pieces of a window, per screen."""

    def __init__(self, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._pending: dict[QWidget, list[int]] = {}  # splitters and headers waiting for their real size

    def widgets(self, root: QWidget) -> dict[str, QWidget]:
        """Every named widget under ``root``, by name."""
        found = {}
        for widget in root.findChildren(QWidget):
            name = widget.property(NAME_PROPERTY)
            if name:
                found[str(name)] = widget
        return found

    def _key(self, screen: str, name: str) -> str:
        return f"layout/{screen}/{name}"

    def restore(self, root: QWidget, screen: str, available: QSize) -> None:
        """Give every named widget under ``root`` its state saved for ``screen`` if it still fits, else its
        default for a screen of this available size."""
        for name, widget in self.widgets(root).items():
            value = self.settings.value(self._key(screen, name))
            if isinstance(widget, (QSplitter, QHeaderView)):
                sizes = _ints(value) if value is not None else None
                if sizes:
                    self._pending[widget] = sizes
                    widget.installEventFilter(self)
                    self._apply(widget)
            elif isinstance(widget, QTabWidget):
                index = _ints(value) if value is not None else None
                if index and 0 <= index[0] < widget.count():
                    widget.setCurrentIndex(index[0])
            elif hasattr(widget, "restore_layout_state"):
                if value is None or not widget.restore_layout_state(value):
                    widget.restore_layout_state(widget.default_layout_state(available))  # type: ignore[attr-defined]

    def save(self, root: QWidget, screen: str) -> None:
        """Keep the state of every named widget under ``root`` for ``screen``."""
        for name, widget in self.widgets(root).items():
            if widget in self._pending:
                continue  # never shown at its real size: what was saved still stands
            if isinstance(widget, QSplitter):  # with a section folded, the sizes it will unfold to
                value: object = _ints(widget.property(EXPANDED_SIZES)) or widget.sizes()
            elif isinstance(widget, QHeaderView):
                value = [widget.sectionSize(i) for i in range(widget.count())]
            elif isinstance(widget, QTabWidget):
                value = widget.currentIndex()
            elif hasattr(widget, "layout_state"):
                value = widget.layout_state()
            else:
                continue
            self.settings.setValue(self._key(screen, name), value)

    def pending(self, widget: QWidget) -> bool:
        """True while a saved splitter or header state waits for the widget to be shown at its real size."""
        return widget in self._pending

    def _apply(self, widget: QWidget) -> None:
        """Restore a splitter's or header's saved sizes once it is shown at its real size, if they fit."""
        if widget not in self._pending or not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
            return
        sizes = self._pending.pop(widget)
        widget.removeEventFilter(self)
        if isinstance(widget, QSplitter) and splitter_fits(widget, sizes):
            if widget.property(EXPANDED_SIZES):
                widget.setProperty(EXPANDED_SIZES, sizes)  # a section in it is folded: the sizes it unfolds to
            else:
                widget.setSizes(sizes)
        elif isinstance(widget, QHeaderView) and columns_fit(widget, sizes):
            for i, width in enumerate(sizes):
                if widget.sectionResizeMode(i) == QHeaderView.ResizeMode.Interactive:
                    widget.resizeSection(i, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and watched in self._pending:
            widget = watched
            QTimer.singleShot(0, self, lambda: self._apply(widget))  # once the layout has placed it
        return False


__all__ = ["LayoutMemory", "NAME_PROPERTY", "columns_fit", "remember", "splitter_fits"]
