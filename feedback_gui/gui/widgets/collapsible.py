"""A section that folds away to its title (or, for a side column, to a narrow strip), giving its room to the rest.

:class:`CollapsibleSection` holds one body widget under a header: an arrow button with the section's title
(click it, or Space on it, to fold or unfold), then any widgets the panel adds to the header. Folded, only
the header is left; a side column (``sideways=True``) folds to its arrow alone. In a splitter, folding gives
the section's space to the other panes and unfolding gives it back. The state is remembered per screen when
the section is named with :func:`~feedback_gui.gui.layout_memory.remember`, and a screen seen for the first
time folds it when smaller than ``fold_below`` (a height for a section, a width for a side column).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QSplitter, QToolButton, QVBoxLayout, QWidget

from feedback_gui.gui import style

UNLIMITED = 16_777_215  # Qt's QWIDGETSIZE_MAX
EXPANDED_SIZES = "expandedSizes"  # a splitter's sizes before a section in it was folded


class CollapsibleSection(QWidget):
    """A titled body that folds to its header; ``collapsedChanged(bool)`` says when."""

    collapsedChanged = Signal(bool)

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None, *, sideways: bool = False,
                 fold_below: int = 0, title_font_step: float = 1) -> None:
        super().__init__(parent)
        self.title = title
        self.body = body
        self.sideways = sideways
        self.fold_below = fold_below
        self._collapsed = False
        self.button = QToolButton(self)
        self.button.setText(title)
        self.button.setCheckable(True)
        self.button.setChecked(True)
        self.button.setAutoRaise(True)
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.button.setFont(style.scaled_font(title_font_step, bold=True))
        self.button.setAccessibleName(title.replace("&", ""))
        self.button.toggled.connect(lambda shown: self.set_collapsed(not shown))
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.setSpacing(6)
        self.header.addWidget(self.button)
        self.header.addStretch(1)
        self._extras: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.header)
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

    def set_collapsed(self, collapsed: bool) -> None:
        """Fold the section to its header (or unfold it), giving its room to (or taking it back from) the rest."""
        if collapsed == self._collapsed:
            return
        splitter = self.parentWidget() if isinstance(self.parentWidget(), QSplitter) else None
        if collapsed and splitter is not None:
            splitter.setProperty(EXPANDED_SIZES, splitter.sizes())
        self._collapsed = collapsed
        self._show_state()
        if not collapsed and splitter is not None:
            sizes = splitter.property(EXPANDED_SIZES)
            if sizes:
                splitter.setSizes([int(s) for s in sizes])
            splitter.setProperty(EXPANDED_SIZES, None)
        self.collapsedChanged.emit(collapsed)

    def _show_state(self) -> None:
        collapsed = self._collapsed
        self.body.setVisible(not collapsed)
        for widget in self._extras:
            widget.setVisible(not collapsed)
        self.button.blockSignals(True)
        self.button.setChecked(not collapsed)
        self.button.blockSignals(False)
        name = self.title.replace("&", "")
        if self.sideways:
            self.button.setArrowType(Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.LeftArrow)
            self.button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly if collapsed
                                           else Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        else:
            self.button.setArrowType(Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.DownArrow)
        tip = f"Show {name.lower()}" if collapsed else f"Hide {name.lower()} (give the room to the rest)"
        self.button.setToolTip(tip)
        self.button.setAccessibleDescription(tip)
        if collapsed:
            folded = self.button.sizeHint()
            if self.sideways:
                self.setMaximumWidth(folded.width())
                self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            else:
                self.setMaximumHeight(folded.height())
                self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        else:
            self.setMaximumSize(UNLIMITED, UNLIMITED)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.updateGeometry()

    # --- remembered per screen (feedback_gui.gui.layout_memory) --------------------------------------
    def layout_state(self) -> int:
        """1 when folded, 0 when not (kept in the settings)."""
        return int(self._collapsed)

    def restore_layout_state(self, value: object) -> bool:
        """Fold or unfold as saved; False when the value is not a saved state."""
        text = str(value).strip().lower()
        if text not in ("0", "1", "true", "false"):
            return False
        self.set_collapsed(text in ("1", "true"))
        return True

    def default_layout_state(self, available: QSize) -> int:
        """Folded on a screen smaller than ``fold_below`` (its width for a side column, else its height)."""
        extent = available.width() if self.sideways else available.height()
        return int(extent < self.fold_below)


__all__ = ["CollapsibleSection"]
