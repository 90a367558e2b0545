"""Every chart in the app can be saved as PNG or SVG and copied: right-click it (or press the context-menu
key / Shift+F10 on it). One event filter on the window covers every QChartView in every panel, and any
other widget that sets the property ``exportableChart`` (the word cloud)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from feedback_gui.core.export.saving import write_bytes_atomically

PNG_SCALE = 2  # pictures are saved at twice the screen size, crisp in reports


def is_chart(widget: QObject) -> bool:
    """True for a chart that can be saved."""
    return isinstance(widget, QChartView) or bool(isinstance(widget, QWidget) and widget.property("exportableChart"))


def chart_widget(widget: QObject | None) -> QWidget | None:
    """The chart a widget belongs to (itself, or the chart view it is part of)."""
    while widget is not None:
        if is_chart(widget):
            return widget  # type: ignore[return-value]
        widget = widget.parent()
    return None


def chart_title(widget: QWidget) -> str:
    """A file-name-friendly title for the chart."""
    title = ""
    if isinstance(widget, QChartView) and widget.chart() is not None:
        title = widget.chart().title()
    title = title or widget.accessibleName() or "chart"
    return re.sub(r"[^\w\- ]+", "", title).strip()[:60] or "chart"


def render_png(widget: QWidget, path: Path) -> Path:
    """Save the chart as a PNG picture (at twice its on-screen size)."""
    image = widget.grab().toImage() if PNG_SCALE == 1 else _scaled(widget)
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    write_bytes_atomically(path, bytes(data.data()))
    return path


def _scaled(widget: QWidget):  # noqa: ANN202
    from PySide6.QtGui import QImage

    size = widget.size() * PNG_SCALE
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(PNG_SCALE)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    widget.render(painter)
    painter.end()
    return image


def render_svg(widget: QWidget, path: Path) -> Path:
    """Save the chart as an SVG drawing (vector: scales without blurring)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(widget.width(), widget.height()))
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    generator.setTitle(chart_title(widget))
    generator.setDescription(widget.accessibleDescription() or chart_title(widget))
    painter = QPainter(generator)
    widget.render(painter)
    painter.end()
    buffer.close()
    write_bytes_atomically(path, bytes(data.data()))
    return path


def copy_chart(widget: QWidget) -> None:
    """Put the chart on the clipboard as a picture."""
    QGuiApplication.clipboard().setImage(_scaled(widget))


class ChartExporter(QObject):
    """Adds Save as PNG / Save as SVG / Copy to the context menu of every chart under ``root``."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self.folder = Path.home()
        self.last_menu: QMenu | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ContextMenu and isinstance(watched, QWidget):
            chart = chart_widget(watched)
            if chart is not None and _inside(chart, self.root):
                self.show_menu(chart, event)  # type: ignore[arg-type]
                return True
        return False

    def menu_for(self, chart: QWidget) -> QMenu:
        """The context menu of a chart."""
        menu = QMenu(chart)
        for text, slot in (("Save chart as &PNG…", lambda: self.save(chart, "png")),
                           ("Save chart as &SVG…", lambda: self.save(chart, "svg")),
                           ("&Copy chart", lambda: copy_chart(chart))):
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        return menu

    def show_menu(self, chart: QWidget, event: QContextMenuEvent) -> None:
        """Show the chart's menu where the user clicked."""
        self.last_menu = self.menu_for(chart)
        self.last_menu.popup(event.globalPos())

    def save(self, chart: QWidget, kind: str, path: Path | None = None) -> Path | None:
        """Ask for a file name (unless given) and save the chart as PNG or SVG."""
        if path is None:
            suggested = str(self.folder / f"{chart_title(chart)}.{kind}")
            chosen, _ = QFileDialog.getSaveFileName(chart, f"Save chart as {kind.upper()}", suggested,
                                                    f"{kind.upper()} files (*.{kind})")
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != f".{kind}":
            path = path.with_suffix(f".{kind}")
        self.folder = path.parent
        return render_png(chart, path) if kind == "png" else render_svg(chart, path)


def _inside(widget: QWidget, root: QWidget) -> bool:
    return widget is root or root.isAncestorOf(widget)
