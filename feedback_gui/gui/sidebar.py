"""The main window's left column: the app's name, one row per panel, and the Open button; it collapses to
icons (each with its title in a tooltip) to give a small screen's width to the panel.

The « / » button at its top and View → Collapse Sidebar (Ctrl+\\) fold and unfold it. Collapsed or not is
remembered per screen (:mod:`feedback_gui.gui.layout_memory`); on a screen narrower than
:data:`COLLAPSE_BELOW` logical pixels seen for the first time, it starts collapsed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.gui import sizing, style
from feedback_gui.gui.widgets.collapsible import RememberedFold
from feedback_gui.gui.widgets.panel_icons import panel_icon

COLLAPSE_BELOW = 1200  # a screen narrower than this (logical pixels) starts with the sidebar collapsed
SHORTCUT = "Ctrl+\\"
EXPANDED_EM = 14  # the sidebar's width, expanded, in font heights
ICON_EM = 1.5  # the panel icons, in font heights
TOP_RIGHT_MARGIN = 6  # pixels right of the collapse button


class _IconsOnly(QStyledItemDelegate):
    """Draws a panel row as its icon alone, centred, while the sidebar is collapsed."""

    def __init__(self, sidebar: Sidebar) -> None:
        super().__init__(sidebar.list)
        self.sidebar = sidebar

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        if self.sidebar.is_collapsed():
            option.text = ""
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.HasDisplay
            option.decorationAlignment = Qt.AlignmentFlag.AlignCenter
            option.displayAlignment = Qt.AlignmentFlag.AlignCenter

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if self.sidebar.is_collapsed():
            option = QStyleOptionViewItem(option)
            self.initStyleOption(option, index)
            icon_size = option.decorationSize
            option.rect.setLeft(option.rect.center().x() - icon_size.width() // 2 - 1)
        super().paint(painter, option, index)


class Sidebar(QWidget, RememberedFold):
    """The panel list (:attr:`list`), the app name, the Open button and the collapse button."""

    collapsedChanged = Signal(bool)

    def __init__(self, titles: Sequence[tuple[str, str, str]], app_title: str, parent: QWidget | None = None,
                 shortcuts: Sequence[str] = ()) -> None:
        """``titles``: each panel's (key, title without mnemonic, description), in order."""
        super().__init__(parent)
        self.setObjectName("sidebar")
        self._collapsed = False
        self.panels = list(titles)
        self.name = QLabel(app_title, self)
        self.name.setObjectName("appName")
        self.name.setWordWrap(False)  # the sidebar is as wide as the font asks: the name fits on one line
        self.name.setFont(style.scaled_font(1.5, bold=True))
        self.collapse_button = QToolButton(self)
        self.collapse_button.setObjectName("collapseSidebar")
        self.collapse_button.setAutoRaise(True)
        self.collapse_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.collapse_button.clicked.connect(lambda: self.set_collapsed(not self._collapsed))
        self.list = QListWidget(self)
        self.list.setObjectName("panelList")
        self.list.setAccessibleName("Panels")
        self.list.setFont(style.scaled_font(0.5))
        self.list.setItemDelegate(_IconsOnly(self))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for i, (_key, title, description) in enumerate(self.panels):
            item = QListWidgetItem(title, self.list)
            key = shortcuts[i] if i < len(shortcuts) else ""
            item.setToolTip(f"{title}{f' ({key})' if key else ''}: {description}" if description else title)
        self.open_button = QPushButton("Open survey…", self)
        self.open_button.setObjectName("openButton")
        self.open_button.setToolTip("Open a survey export or a project file (Ctrl+O)")
        self.open_button.setAccessibleName("Open survey…")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, TOP_RIGHT_MARGIN, 0)
        top.setSpacing(0)
        top.addWidget(self.name, 1)
        top.addWidget(self.collapse_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 16)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.open_button, 0)
        QWidget.setTabOrder(self.list, self.open_button)  # the panels first; the collapse button last
        QWidget.setTabOrder(self.open_button, self.collapse_button)
        self._paint_icons()
        self._show_state()

    # --- sizes ---------------------------------------------------------------------------------
    def icon_size(self) -> QSize:
        """The panel icons' size (it follows the app font)."""
        side = sizing.em(ICON_EM)
        return QSize(side, side)

    def expanded_width(self) -> int:
        """The sidebar's width with its titles: :data:`EXPANDED_EM` font heights, or the app's name on one line
        beside the collapse button if that needs more."""
        top = self.name.sizeHint().width() + self.collapse_button.sizeHint().width() + TOP_RIGHT_MARGIN + 4
        return max(sizing.em(EXPANDED_EM), top)

    def collapsed_width(self) -> int:
        """The sidebar's width showing icons only: an icon and the rows' margins and padding."""
        return self.icon_size().width() + 2 * 18

    # --- collapsing ----------------------------------------------------------------------------
    def is_collapsed(self) -> bool:
        """True while only the icons show."""
        return self._collapsed

    def set_collapsed(self, collapsed: bool) -> None:
        """Show icons only (True) or icons and titles (False)."""
        if collapsed != self._collapsed:
            self._collapsed = collapsed
            self._show_state()
            self.collapsedChanged.emit(collapsed)

    def _show_state(self) -> None:
        collapsed = self._collapsed
        self.setFixedWidth(self.collapsed_width() if collapsed else self.expanded_width())
        self.name.setVisible(not collapsed)
        self.list.setProperty("collapsed", collapsed)
        self.list.setIconSize(self.icon_size())
        self.list.style().unpolish(self.list)
        self.list.style().polish(self.list)
        self.list.doItemsLayout()
        self.list.viewport().update()
        self.open_button.setText("" if collapsed else "Open survey…")
        self.open_button.setIcon(self._open_icon if collapsed else self._no_icon)
        self.open_button.setProperty("collapsed", collapsed)
        self.open_button.style().unpolish(self.open_button)
        self.open_button.style().polish(self.open_button)
        self.collapse_button.setArrowType(Qt.ArrowType.RightArrow if collapsed else Qt.ArrowType.LeftArrow)
        what = "Expand the sidebar: show the panels' names" if collapsed else "Collapse the sidebar to icons"
        self.collapse_button.setToolTip(f"{what} ({SHORTCUT})")
        self.collapse_button.setAccessibleName("Expand sidebar" if collapsed else "Collapse sidebar")
        self.collapse_button.setAccessibleDescription(what)

    # --- icons ---------------------------------------------------------------------------------
    def _paint_icons(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        selected = style.text_on(style.accent(palette)) if not style.is_high_contrast() else \
            palette.color(QPalette.ColorRole.HighlightedText)
        for row, (key, title, _description) in enumerate(self.panels):
            self.list.item(row).setIcon(panel_icon(key, title, text, selected))
        self._open_icon = panel_icon("open", "Open", palette.color(QPalette.ColorRole.ButtonText), selected)
        self._no_icon = self._open_icon.__class__()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange,
                            QEvent.Type.StyleChange) and self.panels:
            self._paint_icons()  # a new theme: icons in its text colour
            if self._collapsed:
                self.open_button.setIcon(self._open_icon)
        super().changeEvent(event)

    # --- remembered per screen (feedback_gui.gui.layout_memory; the rest in RememberedFold) -----------
    def default_layout_state(self, available: QSize) -> int:
        """Collapsed on a screen narrower than :data:`COLLAPSE_BELOW`."""
        return int(available.width() < COLLAPSE_BELOW)


__all__ = ["COLLAPSE_BELOW", "SHORTCUT", "Sidebar"]
