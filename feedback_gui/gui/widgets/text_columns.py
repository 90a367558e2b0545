"""Tables whose text column gets the room: the text wraps onto a few lines and is elided after them, the
other columns are as wide as what they hold (optional ones give way in a narrow table), and a cut text shows
in full in its tooltip.

:func:`give_text_the_room` sets a table up that way; :class:`ElidedTextDelegate` (on the text column)
shows the full text as a tooltip whenever the cell cuts it, for models that give no tooltip of their own.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from feedback_gui.gui import sizing

Index = QModelIndex | QPersistentModelIndex
LEAST_TEXT_WIDTH = "leastTextWidth"  # a header property: the narrowest its text column should get
CELL_PADDING = 8  # room above and below the lines of a cell (the style sheet pads items by 3 pixels)
COMFORTABLE_CHARS = 40  # optional columns give way while the text column is narrower than this many characters
OPTIONAL_COLUMNS = "optionalColumns"
TEXT_MARGIN = 4  # the style's margin either side of a cell's text, less than which a line is cut


class ElidedTextDelegate(QStyledItemDelegate):
    """Text wrapped onto as many lines as the row holds, the last one elided; the full text in a tooltip when
    the cell cuts it (unless the model gives a tooltip of its own).

    A text that needs more lines than the row holds is drawn from the top of the cell: centred, Qt would
    show a single elided line of it instead of the lines that fit.
    """

    def text_rect(self, option: QStyleOptionViewItem) -> QRect:
        """Where the cell's text is drawn, for an option already filled in."""
        widget = option.widget
        drawer = widget.style() if widget is not None else QApplication.style()
        return drawer.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, widget)

    def needed_size(self, option: QStyleOptionViewItem, width: int) -> QSize:
        """The size the option's text takes at ``width`` (wrapped when the view wraps)."""
        wrap = bool(option.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
        flags = int(Qt.TextFlag.TextWordWrap) if wrap else 0
        return QFontMetrics(option.font).boundingRect(QRect(0, 0, max(1, width), 100_000), flags, option.text).size()

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if option.text and option.rect.isValid() and option.features & QStyleOptionViewItem.ViewItemFeature.WrapText:
            rect = self.text_rect(option)
            if self.needed_size(option, rect.width() - TEXT_MARGIN).height() > rect.height():
                horizontal = option.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
                option.displayAlignment = horizontal | Qt.AlignmentFlag.AlignTop

    def is_cut(self, option: QStyleOptionViewItem, index: Index) -> bool:
        """True when the cell cannot show all of its text."""
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        if not option.text:
            return False
        rect = self.text_rect(option)
        needed = self.needed_size(option, rect.width() - TEXT_MARGIN)
        return needed.width() > rect.width() - TEXT_MARGIN or needed.height() > rect.height()

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: Index) -> bool:
        if event is not None and index.isValid() and not index.data(Qt.ItemDataRole.ToolTipRole):
            if self.is_cut(option, index):
                QToolTip.showText(event.globalPos(), str(index.data(Qt.ItemDataRole.DisplayRole)), view)
            else:
                QToolTip.hideText()
            return True
        return super().helpEvent(event, view, option, index)


def row_height(table: QTableView, lines: int) -> int:
    """The height of a row holding ``lines`` lines of the table's text."""
    return sizing.lines(lines, table.font()) + CELL_PADDING


class OptionalColumns(QObject):
    """Hides a table's optional columns (in the order given) while its text column would be narrower than
    ``comfortable`` pixels, and shows them again once the text column keeps that width with them. A column
    with nothing to show for now (:meth:`set_available`) stays hidden whatever the width."""

    def __init__(self, table: QTableView, text_column: int, optional: Sequence[int], comfortable: int) -> None:
        super().__init__(table)
        self.table, self.text_column, self.optional, self.comfortable = table, text_column, list(optional), comfortable
        self.unavailable: set[int] = set()  # optional columns with nothing to show for now
        self._hidden_width: dict[int, int] = {}  # a hidden column's width when it was hidden
        table.viewport().installEventFilter(self)

    def set_available(self, column: int, available: bool) -> None:
        """Say whether an optional column has anything to show; shown (if the width allows) or hidden at once."""
        if available:
            self.unavailable.discard(column)
        else:
            self.unavailable.add(column)
        self.table.setColumnHidden(column, not available)
        self.fit()
        QTimer.singleShot(0, self, self.fit)  # again once the shown column has its width

    def _width(self, column: int) -> int:
        header = self.table.horizontalHeader()
        if header.isSectionHidden(column) and column in self._hidden_width:
            return self._hidden_width[column]  # a hidden section's size hint is 0: the width it had when hidden
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents:
            return max(header.sectionSizeHint(column), self.table.sizeHintForColumn(column))
        if header.isSectionHidden(column):
            return self._hidden_width.get(column, header.defaultSectionSize())
        return header.sectionSize(column)

    def text_width(self) -> int:
        """The width the text column gets with the columns shown now."""
        header = self.table.horizontalHeader()
        others = sum(self._width(c) for c in range(header.count())
                     if c != self.text_column and not header.isSectionHidden(c))
        return self.table.viewport().width() - others

    def fit(self) -> None:
        """Hide or show optional columns for the table's present width."""
        header = self.table.horizontalHeader()
        if self.table.viewport().width() <= 0:
            return
        for column in self.optional:  # hide, the first given first
            if self.text_width() >= self.comfortable:
                break
            if column not in self.unavailable and not header.isSectionHidden(column):
                self._hidden_width[column] = self._width(column)
                self.table.setColumnHidden(column, True)
        for column in reversed(self.optional):  # show again, the last hidden first, while the text keeps its room
            if column in self.unavailable:
                continue
            if header.isSectionHidden(column) and self.text_width() - self._width(column) >= self.comfortable:
                self.table.setColumnHidden(column, False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):  # shown: it may have been laid out while hidden
            self.fit()
        return False


def give_text_the_room(table: QTableView, text_column: int, *, lines: int = 2,
                       interactive: Mapping[int, int] | None = None, to_contents: Iterable[int] | None = None,
                       least_chars: int = sizing.READABLE_CHARS, optional: Sequence[int] = (),
                       comfortable_chars: int = COMFORTABLE_CHARS) -> ElidedTextDelegate:
    """Set ``table`` up so its text column takes the width the others leave, wrapping onto ``lines`` lines.

    Columns in ``to_contents`` (default: every other column) size to what they hold, header included;
    columns in ``interactive`` start at the given width in average characters and the user may widen them.
    ``least_chars`` characters is the narrowest the text column should get (see :func:`least_width`).
    Columns in ``optional`` (say, a type the detail pane shows too) are hidden while the text column would be
    narrower than ``comfortable_chars`` characters (:class:`OptionalColumns`). Returns the text column's delegate.
    """
    interactive = dict(interactive or {})
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(sizing.chars(3, table.font()))
    columns = range(table.model().columnCount()) if table.model() is not None else range(0)
    chosen = set(to_contents) if to_contents is not None else {c for c in columns if c != text_column}
    for column in columns:
        if column == text_column:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        elif column in interactive:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            table.setColumnWidth(column, sizing.chars(interactive[column], table.font()))
        elif column in chosen:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    table.setWordWrap(lines > 1)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the text column gives way
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(row_height(table, lines))
    delegate = ElidedTextDelegate(table)
    table.setItemDelegateForColumn(text_column, delegate)
    header.setProperty(LEAST_TEXT_WIDTH, sizing.chars(least_chars, table.font()))
    if optional:
        table.setProperty(OPTIONAL_COLUMNS, True)
        OptionalColumns(table, text_column, optional, sizing.chars(comfortable_chars, table.font()))
    return delegate


def show_column(table: QTableView, column: int, shown: bool) -> None:
    """Show or hide a column that has something to show only at times (a benchmark's differences); an optional
    column of :func:`give_text_the_room` still gives way in a narrow table while it is shown."""
    keeper = table.findChild(OptionalColumns)
    if isinstance(keeper, OptionalColumns) and column in keeper.optional:
        keeper.set_available(column, shown)
    else:
        table.setColumnHidden(column, not shown)


def least_width(table: QTableView) -> int:
    """The narrowest the table can be with its text column readable: every other column as it is now."""
    header = table.horizontalHeader()
    text = int(header.property(LEAST_TEXT_WIDTH) or sizing.readable_width(table.font()))
    others = sum(header.sectionSize(i) for i in range(header.count())
                 if header.sectionResizeMode(i) != QHeaderView.ResizeMode.Stretch and not header.isSectionHidden(i))
    scroll = table.verticalScrollBar().sizeHint().width()
    return text + others + scroll + 2 * table.frameWidth()


def text_share(table: QTableView, text_column: int) -> float:
    """The share of the table's visible width its text column has (what a reader of the table gets)."""
    width = table.viewport().width()
    return table.columnWidth(text_column) / width if width > 0 else 0.0


def visible_rows(table: QTableView) -> int:
    """How many rows are wholly in view."""
    height = table.viewport().height()
    top = table.rowAt(0)
    if top < 0:
        return 0
    count = 0
    for row in range(top, table.model().rowCount()):
        rect_bottom = table.rowViewportPosition(row) + table.rowHeight(row)
        if rect_bottom > height:
            break
        count += 1
    return count


__all__ = ["COMFORTABLE_CHARS", "ElidedTextDelegate", "OptionalColumns", "give_text_the_room", "least_width",
           "row_height", "show_column", "text_share", "visible_rows"]
