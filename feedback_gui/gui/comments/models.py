"""Qt item models of the Comments panel: themes with counts by sentiment, and the comment table.

They wrap a core :class:`~feedback_gui.core.comments.CommentAnalysis` and format it; filtering is
:func:`~feedback_gui.gui.comments.filter.visible_indices`, and relabelling is handed to a callback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPen, QPixmap

from feedback_gui.core.comments import LABELS, CommentAnalysis, CommentResult
from feedback_gui.gui.comments.describe import (
    CONFIDENCE_HEADER_TIP,
    SENTIMENT_HEADER_TIP,
    SYMBOLS,
    colour,
    confidence_text,
    confidence_tooltip,
    label_text,
    sentiment_spoken,
    sentiment_tooltip,
    theme_sentence,
)
from feedback_gui.gui.comments.filter import NO_THEME, answered_count, sorted_indices, unthemed_counts
from feedback_gui.gui.describe import plural
from feedback_gui.gui.models import ALIGN, DISPLAY, EDIT, FONT, RIGHT, TOOLTIP, Index, _Table

THEME_ROLE = Qt.ItemDataRole.UserRole + 10  # a theme row's key: a theme name, NO_THEME, or None (every comment)
COUNTS_ROLE = Qt.ItemDataRole.UserRole + 11  # a theme row's counts by sentiment
COUNT_ROLE = Qt.ItemDataRole.UserRole + 12  # a theme row's number of comments
SCALE_ROLE = Qt.ItemDataRole.UserRole + 13  # the number a theme's bar is drawn against
INDEX_ROLE = Qt.ItemDataRole.UserRole + 14  # a comment row's index into analysis.comments
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
DESCRIPTION = Qt.ItemDataRole.AccessibleDescriptionRole
DECORATION = Qt.ItemDataRole.DecorationRole
ALL_COMMENTS, NO_THEME_NAME = "All comments", "No theme"


class ThemeTableModel(_Table):
    """One row for every comment, one per theme (codebook order), one for comments no theme matched."""

    headers = ("Theme", "Comments", "Positive", "Negative", "Neutral", "Mixed")
    short_headers = ("Theme", "All", *(SYMBOLS[k] for k in LABELS))  # the table is narrow; the key is above it

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._scale = 1
        self.answered, self.skipped = 0, 0  # answered comments (the denominator), non-answers left out

    def set_analysis(self, analysis: CommentAnalysis | None) -> None:
        """Show an analysis's themes; when only the counts changed, the rows (and selection) stay."""
        rows: list[tuple[str | None, str, int, dict[str, int]]] = []
        if analysis is not None:
            answered = answered_count(analysis)
            self.answered, self.skipped = answered, len(analysis.comments) - answered
            rows.append((None, ALL_COMMENTS, answered, dict(analysis.sentiment_counts)))
            rows += [(t.name, t.name, t.count, dict(t.by_sentiment)) for t in analysis.themes]
            unthemed, counts = unthemed_counts(analysis)
            rows.append((NO_THEME, NO_THEME_NAME, unthemed, counts))
        self._scale = max([count for key, _, count, _ in rows if key is not None] + [1])
        if [r[0] for r in rows] == [r[0] for r in self._rows] and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.headers) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()


    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == DISPLAY:
            return self.short_headers[section]
        if role in (TOOLTIP, ACCESSIBLE):
            return self.headers[section]
        return None

    def row_of(self, key: str | None) -> int | None:
        """The row of a theme key, if shown."""
        return next((i for i, r in enumerate(self._rows) if r[0] == key), None)

    def key_at(self, row: int) -> str | None:
        """The theme key of a row (None for every comment)."""
        return self._rows[row][0]

    def names(self) -> list[str]:
        """The names shown, in order."""
        return [r[1] for r in self._rows]

    def counts_of(self, key: str | None) -> tuple[int, dict[str, int]] | None:
        """(comments, counts by sentiment) of a theme key."""
        row = self.row_of(key)
        return None if row is None else (self._rows[row][2], self._rows[row][3])

    def count_tooltip(self, key: str | None, name: str, count: int, n: int | None, label: str | None) -> str:
        """A count explained: what it counts, out of how many answered comments, and the non-answers left out."""
        if label is not None:
            whose, verb = "the" if key is None else "its", "is" if n == 1 else "are"
            line = f"{name}: {n:,} of {whose} {plural(count, 'comment')} {verb} {label}."
        elif key is None:
            line = f"{name}: {plural(count, 'answered comment')}."
        else:
            what = "matched no theme" if key == NO_THEME else "matched this theme (a comment can match several)"
            line = f"{name}: {count:,} of the {plural(self.answered, 'answered comment')} {what}."
        skipped = (f" {plural(self.skipped, 'non-answer')} (such as “n/a”) {'is' if self.skipped == 1 else 'are'} "
                   "not counted." if self.skipped else "")
        return line + skipped

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        key, name, count, counts = self._rows[index.row()]
        column = index.column()
        if role == DISPLAY:
            return name if column == 0 else f"{(count if column == 1 else counts[LABELS[column - 2]]):,}"
        if role == THEME_ROLE:
            return key
        if role == COUNTS_ROLE:
            return counts
        if role == COUNT_ROLE:
            return count
        if role == SCALE_ROLE:
            return count if key is None else self._scale
        if role in (ACCESSIBLE, TOOLTIP) and column == 0:
            return theme_sentence(name, count, counts) + ("" if role == ACCESSIBLE else
                                                          ".\nClick (or press Enter) to list these comments.")
        if role == TOOLTIP:
            return self.count_tooltip(key, name, count, None if column == 1 else counts[LABELS[column - 2]],
                                      None if column == 1 else LABELS[column - 2])
        if role == ALIGN and column > 0:
            return RIGHT
        if role == FONT and key is None:
            return _font(bold=True)
        return None


class CommentTableModel(_Table):
    """The comments that pass the filter: respondent row, question, text, sentiment (editable, with how sure the
    analyser is of it), themes; and a Confidence column the table hides (it sorts the least confident first)."""

    headers = ("Row", "Question", "Comment", "Sentiment", "Themes", "Confidence")
    ROW, QUESTION, TEXT, SENTIMENT, THEMES, CONFIDENCE = range(6)

    def __init__(self, relabel: Callable[[int, str], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self._relabel = relabel
        self.analysis: CommentAnalysis | None = None
        self.original: Callable[[int], str | None] = lambda _i: None  # the analyser's label of a comment
        self._indices: list[int] = []
        self._icons = {label: sentiment_dot(colour(label)) for label in LABELS}
        self._learned_icons = {label: sentiment_dot(colour(label), hollow=True) for label in LABELS}

    def set_rows(self, analysis: CommentAnalysis | None, indices: Sequence[int]) -> None:
        """Show these comments of ``analysis`` (indices into its comments)."""
        self.beginResetModel()
        self.analysis = analysis
        self._indices = list(indices)
        self.endResetModel()

    def comment_at(self, row: int) -> CommentResult:
        """The comment shown in a row."""
        assert self.analysis is not None
        return self.analysis.comments[self._indices[row]]

    def index_at(self, row: int) -> int:
        """The analysis index of the comment shown in a row."""
        return self._indices[row]

    def row_of(self, index: int) -> int | None:
        """The row showing comment ``index``, if shown."""
        try:
            return self._indices.index(index)
        except ValueError:
            return None

    def indices(self) -> list[int]:
        """The analysis indices shown, top to bottom."""
        return list(self._indices)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._indices)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.SENTIMENT else flags

    def cells(self, row: int) -> list[str]:
        """The texts of a row."""
        comment = self.comment_at(row)
        return [str(comment.row), comment.question, comment.text, label_text(comment.sentiment),
                "; ".join(comment.themes.themes), confidence_text(comment.sentiment)]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP and section in (self.SENTIMENT,
                                                                                        self.CONFIDENCE):
            return SENTIMENT_HEADER_TIP if section == self.SENTIMENT else CONFIDENCE_HEADER_TIP
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.analysis is None:
            return None
        comment, column = self.comment_at(index.row()), index.column()
        if role == DISPLAY:
            return self.cells(index.row())[column]
        if role == INDEX_ROLE:
            return self._indices[index.row()]
        if role == EDIT and column == self.SENTIMENT:
            return comment.sentiment.label
        if role == DECORATION and column == self.SENTIMENT:
            return (self._learned_icons if comment.sentiment.learned else self._icons)[comment.sentiment.label]
        if role == ACCESSIBLE and column == self.SENTIMENT:
            return sentiment_spoken(comment.sentiment)
        if role in (TOOLTIP, DESCRIPTION):
            if column == self.SENTIMENT:
                return sentiment_tooltip(comment.sentiment, self.original(self._indices[index.row()]))
            if column == self.CONFIDENCE:
                return confidence_tooltip(comment.sentiment)
            if role == DESCRIPTION:
                return None
            if column == self.THEMES and not comment.themes.hits:
                return "No theme of the codebook matched this comment."
            return self.cells(index.row())[column]
        if role == FONT and column == self.SENTIMENT and comment.sentiment.corrected:
            return _font(italic=True)
        if role == ALIGN and column in (self.ROW, self.CONFIDENCE):
            return RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or not index.isValid() or index.column() != self.SENTIMENT or value not in LABELS:
            return False
        # After the editor has closed: a relabel may re-filter (reset) the table, which must not happen under it.
        QTimer.singleShot(0, partial(self._relabel, self._indices[index.row()], str(value)))
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.analysis is None:
            return
        self.layoutAboutToBeChanged.emit()
        self._indices = sorted_indices(self.analysis, self._indices, column, order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def refresh(self, analysis: CommentAnalysis) -> None:
        """The same comments with new labels (after a relabel)."""
        self.analysis = analysis
        if self._indices:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._indices) - 1, len(self.headers) - 1))


def _font(bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


def sentiment_dot(fill: QColor, size: int = 12, hollow: bool = False) -> QIcon:
    """A filled circle: the sentiment's colour beside its name (``hollow``: a thick ring, a learned label)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if hollow:
        pen = QPen(fill, size * 0.5)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = 3 + size * 0.25
        painter.drawEllipse(QRectF(inset, inset, size * 2 - 2 * inset, size * 2 - 2 * inset))
    else:
        painter.setPen(fill.darker(130))
        painter.setBrush(fill)
        painter.drawEllipse(3, 3, size * 2 - 6, size * 2 - 6)
    painter.end()
    pixmap.setDevicePixelRatio(2.0)
    return QIcon(pixmap)


__all__ = ["COUNTS_ROLE", "COUNT_ROLE", "INDEX_ROLE", "SCALE_ROLE", "THEME_ROLE", "CommentTableModel", "sentiment_dot",
           "ThemeTableModel"]
