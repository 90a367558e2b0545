"""The Comments panel's theme list: each theme's name and count over a stacked sentiment bar, or a table.

Each row is drawn as two lines: the name and its number of comments, then a bar whose length is the
theme's comments (against the largest theme) split by sentiment in Okabe–Ito colours, with the counts
written beside it ("+15 −5 ○4 ±0"), so colour is never the only cue. The table shows the same numbers
(T on the list, or the Table button); both share one selection. Choosing a row filters the comments.
The description read by a screen reader states the headline: every comment's count and the largest theme.
Everything is painted from the palette when drawn, so a change of theme repaints it in the new colours.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from feedback_gui.core.comments import LABELS
from feedback_gui.gui import style
from feedback_gui.gui.comments.describe import colour, counts_text, theme_sentence
from feedback_gui.gui.comments.filter import NO_THEME
from feedback_gui.gui.comments.models import COUNT_ROLE, COUNTS_ROLE, SCALE_ROLE, THEME_ROLE, ThemeTableModel

PAD = 8
LIST_HELP = "Choose a theme to list its comments; T shows the same numbers as a table."
TABLE_HELP = "Comments per theme by sentiment. T goes back to the bars."


class ThemeBarDelegate(QStyledItemDelegate):
    """Paints a theme row: name and count, then the stacked sentiment bar and its counts as text."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, 2 * metrics.height() + 2 * PAD + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        painter.save()
        option.text = ""
        drawer = widget.style() if widget is not None else QApplication.style()
        drawer.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = option.rect.adjusted(PAD + 2, PAD, -PAD - 2, -PAD)
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        metrics = QFontMetrics(font)
        count = int(index.data(COUNT_ROLE) or 0)
        counts: dict[str, int] = index.data(COUNTS_ROLE) or {}
        number = f"{count:,}"
        painter.setFont(font)
        painter.setPen(text)
        line = metrics.height()
        number_width = metrics.horizontalAdvance(number)
        name = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideRight, rect.width() - number_width - 12)
        painter.drawText(rect.left(), rect.top(), rect.width() - number_width - 12, line,
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        painter.drawText(rect.right() - number_width, rect.top(), number_width + 1, line,
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, number)
        small = style.scaled_font(-1.5, base=option.font)
        small_metrics = QFontMetrics(small)
        summary = counts_text(counts)
        summary_width = small_metrics.horizontalAdvance(summary)
        top = rect.top() + line + 4
        track = QRectF(rect.left(), top + 2, max(rect.width() - summary_width - 12, 20), line - 6)
        self._bar(painter, track, count, int(index.data(SCALE_ROLE) or 1), counts, palette, selected)
        painter.setFont(small)
        painter.setPen(text if selected else style.muted(palette))
        painter.drawText(rect.right() - summary_width, top, summary_width + 1, line,
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, summary)
        painter.restore()

    @staticmethod
    def _bar(painter: QPainter, track: QRectF, count: int, scale: int, counts: dict[str, int], palette: QPalette,
             selected: bool) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        backing = palette.color(QPalette.ColorRole.Base)
        if not selected:
            backing = backing.darker(106) if not style.is_dark(palette) else backing.lighter(130)
        painter.setBrush(backing)
        painter.drawRoundedRect(track.adjusted(-2, -2, 2, 2), 4, 4)
        if count <= 0:
            return
        width = track.width() * min(count / max(scale, 1), 1.0)
        x = track.left()
        for label in LABELS:
            n = counts.get(label, 0)
            if n:
                part = width * n / count
                painter.setBrush(colour(label))
                painter.drawRect(QRectF(x, track.top(), part, track.height()))
                x += part


class _ThemeList(QListView):
    """The drawn list; T shows the table of the same numbers."""

    def __init__(self, owner: ThemeListView) -> None:
        super().__init__(owner)
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_T and not event.modifiers():
            self.owner.show_table(True)
        else:
            super().keyPressEvent(event)


class _ThemeTable(QTableView):
    """The table; T goes back to the drawn list."""

    def __init__(self, owner: ThemeListView) -> None:
        super().__init__(owner)
        self.owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_T and not event.modifiers():
            self.owner.show_table(False)
        else:
            super().keyPressEvent(event)


class ThemeListView(QStackedWidget):
    """Themes with their sentiment bars, or (T) a table of the same counts; choosing one emits its key."""

    themeChosen = Signal(object)  # a theme name, NO_THEME, or None (every comment)
    tableShown = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ThemeTableModel(self)
        self.list = _ThemeList(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(ThemeBarDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAccessibleName("Themes")
        self.table = _ThemeTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionModel(self.list.selectionModel())
        self.table.setAccessibleName("Themes table")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)  # long names wrap onto more lines
        self.table.setStyleSheet("QTableView::item { padding: 2px 3px; }")  # narrow: room for the names
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(24)
        for view in (self.list, self.table):
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.addWidget(self.list)
        self.addWidget(self.table)
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._describe)
        self.model.dataChanged.connect(lambda *_: self._describe())
        self._describe()

    def headline(self) -> str:
        """Every comment's count by sentiment and the largest theme's, in words (empty when there are none)."""
        def sentence(index: QModelIndex) -> str:
            return theme_sentence(str(index.data()), int(index.data(COUNT_ROLE)), index.data(COUNTS_ROLE))

        rows = [(self.model.key_at(r), self.model.index(r, 0)) for r in range(self.model.rowCount())]
        sentences = [sentence(index) for key, index in rows if key is None]
        themes = [index for key, index in rows if key not in (None, NO_THEME)]
        if themes:
            sentences.append("Most common theme: " + sentence(max(themes, key=lambda i: int(i.data(COUNT_ROLE)))))
        return ". ".join(sentences) + "." if sentences else ""

    def _describe(self) -> None:
        headline = self.headline() or "No comments analysed yet."
        self.setAccessibleDescription(headline)
        self.list.setAccessibleDescription(f"{headline} {LIST_HELP}")
        self.table.setAccessibleDescription(f"{headline} {TABLE_HELP}")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.themeChosen.emit(current.data(THEME_ROLE))

    def current_key(self) -> str | None:
        """The chosen theme key (None: every comment)."""
        current = self.list.selectionModel().currentIndex()
        return current.data(THEME_ROLE) if current.isValid() else None

    def select(self, key: str | None) -> bool:
        """Choose a theme (emits themeChosen when it changes)."""
        row = self.model.row_of(key)
        if row is None:
            return False
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.list.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        return True

    def show_table(self, on: bool) -> None:
        """Show the numbers as a table instead of the bars (focus follows)."""
        had_focus = self.currentWidget().hasFocus()
        self.setCurrentWidget(self.table if on else self.list)
        if had_focus:
            self.currentWidget().setFocus()
        self.tableShown.emit(on)

    def showing_table(self) -> bool:
        """True while the table is shown."""
        return self.currentWidget() is self.table


__all__ = ["ThemeBarDelegate", "ThemeListView"]
