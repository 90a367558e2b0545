"""A section that folds away to its title (or, for a side column, to a narrow strip), giving its room to the rest.

:class:`CollapsibleSection` holds one body widget under a header: an arrow button (click it, or Space on it,
to fold or unfold; a click on the title does the same), the title (its mnemonic, if any, puts the keyboard
focus in the body), then any widgets the panel adds to the header. Folded, only the header is left. A side
column (``sideways=True``, ``at_right`` for one on the right) folds to a strip: its arrow over its title
written upwards, as a docked tool window. In a splitter, folding gives the section's room to the largest
other pane and unfolding takes it back. With ``toggle_outside=True`` the arrow button carries the title and
the panel places it where it likes (under a table, say); the folded section then takes no room at all.

Named with :func:`~feedback_gui.gui.layout_memory.remember`, the section is folded or not per screen as the
user left it; on a screen seen for the first time it folds when the screen is narrower or shorter than
``fold_below`` (logical pixels).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSplitter, QToolButton, QVBoxLayout, QWidget

from feedback_gui.gui import style

UNLIMITED = 16_777_215  # Qt's QWIDGETSIZE_MAX
EXPANDED_SIZES = "expandedSizes"  # a splitter's sizes before a section in it was folded


class RememberedFold:
    """What :mod:`feedback_gui.gui.layout_memory` keeps of a widget that folds (a section, the sidebar): 1 when
    folded, 0 when not. The widget has ``_collapsed`` and ``set_collapsed(bool)``, and its own
    ``default_layout_state(available)``."""

    _collapsed: bool

    def layout_state(self) -> int:
        """1 when folded, 0 when not (kept in the settings)."""
        return int(self._collapsed)

    def restore_layout_state(self, value: object) -> bool:
        """Fold or unfold as saved; False when the value is not a saved state."""
        text = str(value).strip().lower()
        if text not in ("0", "1", "true", "false"):
            return False
        self.set_collapsed(text in ("1", "true"))  # type: ignore[attr-defined]  # the widget's own
        return True


class Spine(QWidget):
    """A folded side column's title, written upwards; a click unfolds the column."""

    clicked = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(metrics.height() + 8, metrics.horizontalAdvance(self.text) + 12)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: ARG002 - Qt's signature
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.translate(0, self.height())
        painter.rotate(-90)
        painter.drawText(6, 0, self.height() - 6, self.width(), Qt.AlignmentFlag.AlignVCenter, self.text)
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


class CollapsibleSection(QWidget, RememberedFold):
    """A titled body that folds to its header; ``collapsedChanged(bool)`` says when."""

    collapsedChanged = Signal(bool)

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None, *, sideways: bool = False,
                 at_right: bool = False, fold_below: QSize | None = None, title_font_step: float = 1,
                 buddy: QWidget | None = None, toggle_outside: bool = False) -> None:
        super().__init__(parent)
        self.title = title
        self.name = title.replace("&&", "\0").replace("&", "").replace("\0", "&")
        self.body = body
        self.sideways, self.at_right, self.toggle_outside = sideways, at_right, toggle_outside
        self.fold_below = QSize(fold_below) if fold_below is not None else QSize(0, 0)
        self._collapsed = False
        self.button = QToolButton(self)
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setAccessibleName(self.name)
        self.button.clicked.connect(self.toggle)
        self.label = QLabel(title, self)
        self.label.setFont(style.scaled_font(title_font_step, bold=True))
        self.label.setBuddy(buddy or body)
        self.label.installEventFilter(self)  # a click on the title folds or unfolds too
        self.spine = Spine(self.name, self)
        self.spine.setFont(self.label.font())
        self.spine.clicked.connect(self.toggle)
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.setSpacing(4)
        self._extras: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if toggle_outside:  # the panel places the button; it shows the title itself
            self.button.setText(title)
            self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        else:
            self.header.addWidget(self.button)
            self.header.addWidget(self.label, 1)
            layout.addLayout(self.header)
            layout.addWidget(self.spine, 0, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(body, 1)
        body.setParent(self)
        self._show_state()

    def add_header_widget(self, widget: QWidget) -> QWidget:
        """Put a widget at the right of the header (hidden while the section is folded)."""
        self.header.addWidget(widget)
        self._extras.append(widget)
        widget.setVisible(not self._collapsed)
        return widget

    def is_collapsed(self) -> bool:
        """True while only the header shows."""
        return self._collapsed

    def toggle(self) -> None:
        """Fold if unfolded, unfold if folded."""
        self.set_collapsed(not self._collapsed)

    def set_collapsed(self, collapsed: bool) -> None:
        """Fold the section to its header (or unfold it), giving its room to (or taking it back from) the rest."""
        if collapsed == self._collapsed:
            return
        parent = self.parentWidget()
        splitter = parent if isinstance(parent, QSplitter) else None
        if collapsed and splitter is not None:
            splitter.setProperty(EXPANDED_SIZES, splitter.sizes())
        self._collapsed = collapsed
        self._show_state()
        if not collapsed and splitter is not None:
            sizes = splitter.property(EXPANDED_SIZES)
            if sizes:
                splitter.setSizes([int(s) for s in sizes])
            splitter.setProperty(EXPANDED_SIZES, None)
        self.give_room()
        self.collapsedChanged.emit(collapsed)

    def _arrow(self, collapsed: bool) -> Qt.ArrowType:
        if not self.sideways:
            return Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.DownArrow
        towards_body = Qt.ArrowType.LeftArrow if self.at_right else Qt.ArrowType.RightArrow
        away = Qt.ArrowType.RightArrow if self.at_right else Qt.ArrowType.LeftArrow
        return towards_body if collapsed else away

    def _show_state(self) -> None:
        collapsed, name = self._collapsed, self.name
        self.body.setVisible(not collapsed)
        for widget in self._extras:
            widget.setVisible(not collapsed)
        strip = collapsed and self.sideways
        self.label.setVisible(not self.toggle_outside and not strip)
        self.spine.setVisible(not self.toggle_outside and strip)
        self.button.setArrowType(self._arrow(collapsed))
        tip = f"Show {name[:1].lower()}{name[1:]}" if collapsed else \
            f"Hide {name[:1].lower()}{name[1:]}, giving the room to the rest"
        for widget in (self.button, self.spine):
            widget.setToolTip(tip)
        self.button.setAccessibleDescription(tip)
        self.setMaximumSize(UNLIMITED, UNLIMITED)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        if self.toggle_outside:
            self.setVisible(not collapsed)
        elif strip:
            self.setMaximumWidth(max(self.button.sizeHint().width(), self.spine.sizeHint().width()))
            self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        elif collapsed:
            self.setMaximumHeight(max(self.button.sizeHint().height(), self.label.sizeHint().height()))
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.updateGeometry()

    def give_room(self) -> None:
        """Folded in a splitter: hand the room this section no longer needs to the largest other pane (a
        splitter keeps the sizes it was given, even beyond a pane's maximum)."""
        parent = self.parentWidget()
        if not self._collapsed or not isinstance(parent, QSplitter) or self.toggle_outside:
            return
        splitter: QSplitter = parent
        sizes = splitter.sizes()
        mine = splitter.indexOf(self)
        limit = self.maximumWidth() if splitter.orientation() == Qt.Orientation.Horizontal else self.maximumHeight()
        spare = sizes[mine] - limit
        others = [i for i in range(len(sizes)) if i != mine]
        if spare > 0 and others:
            largest = max(others, key=lambda i: sizes[i])
            sizes[mine] -= spare
            sizes[largest] += spare
            splitter.setSizes(sizes)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self.give_room)  # folded before the splitter had its size

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.label and event.type() == QEvent.Type.MouseButtonRelease:
            self.toggle()
            return True
        return super().eventFilter(watched, event)

    # --- remembered per screen (feedback_gui.gui.layout_memory; the rest in RememberedFold) -----------
    def default_layout_state(self, available: QSize) -> int:
        """Folded on a screen narrower or shorter than ``fold_below``."""
        return int(available.width() < self.fold_below.width() or available.height() < self.fold_below.height())


__all__ = ["EXPANDED_SIZES", "CollapsibleSection", "RememberedFold", "Spine"]
