"""Qt item models over a wave comparison: compared questions (with trends), pairs not comparable, chart figures."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.waves import NotComparable, QuestionChange, WaveComparison
from feedback_gui.gui import style
from feedback_gui.gui.models import ALIGN, DISPLAY, FONT, ID_ROLE, RIGHT, TOOLTIP, Index, _Table
from feedback_gui.gui.waves.describe import (
    change_text,
    change_tooltip,
    figure_text,
    figure_tooltip,
    match_text,
    match_tooltip,
    p_text,
    significance_text,
)

MATCH_ROLE = Qt.ItemDataRole.UserRole + 2  # the QuestionMatch of a row
FOREGROUND, BACKGROUND = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole
PROPOSED_TINT = QColor(230, 159, 0, 56)  # Okabe–Ito orange, see-through: readable on light and dark themes


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class WaveChangeModel(_Table):
    """One row per compared question: text, [earlier waves], then, now, change, p, significance, match.

    Questions are numbered, in the later wave's order, as in the chart ("2. The PDU has a culture…").
    """

    QUESTION = 0
    FIRST_FIGURE = 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.comparison: WaveComparison | None = None
        self._rows: list[QuestionChange] = []
        self._trend_waves: list[str] = []
        self.headers = ("Question", "Then", "Now", "Change", "p", "Significance", "Match")

    def set_comparison(self, comparison: WaveComparison | None) -> None:
        """Show a comparison (or nothing). With three or more waves the earlier ones get a column each."""
        self.beginResetModel()
        self.comparison = comparison
        self._rows = list(comparison.changes) if comparison else []
        waves = list(comparison.waves) if comparison else ["Then", "Now"]
        self._trend_waves = waves[:-2]
        fdr = comparison.settings.fdr if comparison else True
        self.headers = ("Question", *waves, "Change", "p (adj.)" if fdr else "p", "Significance", "Match")
        self.endResetModel()

    @property
    def change_column(self) -> int:
        """The column of the change in points (after every wave's figure)."""
        return self.FIRST_FIGURE + len(self._trend_waves) + 2

    @property
    def p_column(self) -> int:
        """The column of the (adjusted) p-value."""
        return self.change_column + 1

    @property
    def significance_column(self) -> int:
        """The column saying whether the change is significant."""
        return self.change_column + 2

    @property
    def match_column(self) -> int:
        """The column saying how the question was matched."""
        return self.change_column + 3

    def change_at(self, row: int) -> QuestionChange:
        """The change shown in a row."""
        return self._rows[row]

    def row_of(self, new_id: str) -> int | None:
        """The row of the later wave's question with this id, if compared."""
        return next((i for i, c in enumerate(self._rows) if c.match.new.id == new_id), None)


    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == TOOLTIP and self.comparison is not None:
            if section == self.change_column:
                return "Now minus then, in percentage points."
            if section in (self.p_column, self.significance_column):
                return ("p-value adjusted for testing many questions (Benjamini–Hochberg). "
                        if self.comparison.settings.fdr else "") + self.comparison.significance_note
            if section == self.match_column:
                return "How the question was matched across the waves; ⚑ proposed matches await your check."
        return super().headerData(section, orientation, role)

    def _trend_cell(self, change: QuestionChange, wave: str) -> tuple[str, str]:
        trend = next((t for t in self.comparison.trends if t.question_id == change.match.new.id), None)
        point = next((p for p in trend.points if p.wave == wave), None) if trend else None
        if point is None or point.figure is None:
            note = point.note if point and point.note else "not asked (or not matched)"
            return figure_text(None), f"{wave}: no figure ({note})."
        return figure_text(point.figure), figure_tooltip(point.figure, wave)

    def cells(self, row: int) -> list[str]:
        """The texts shown in a row."""
        c = self._rows[row]
        trend = [self._trend_cell(c, w)[0] for w in self._trend_waves]
        return [f"{row + 1}. {c.match.new.text}", *trend, figure_text(c.then), figure_text(c.now), change_text(c),
                p_text(c.p_adjusted), significance_text(c), match_text(c.match)]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.comparison is None:
            return None
        change, column = self._rows[index.row()], index.column()
        if role == DISPLAY:
            return self.cells(index.row())[column]
        if role == ID_ROLE:
            return change.match.new.id
        if role == MATCH_ROLE:
            return change.match
        if role == TOOLTIP:
            return self._tooltip(change, column)
        if role == ALIGN and self.FIRST_FIGURE <= column <= self.p_column:
            return RIGHT
        if role == FONT and change.significant and column in (self.QUESTION, self.significance_column):
            return _bold()
        if role == FOREGROUND and change.significant and column in (self.change_column, self.significance_column):
            return style.accent() if change.change_points > 0 else QColor(style.OKABE_ITO["vermillion"])
        if role == BACKGROUND and change.match.proposed:
            return PROPOSED_TINT
        return None

    def _tooltip(self, change: QuestionChange, column: int) -> str:
        m = self.comparison.matching
        now_column = self.change_column - 1
        if column in (self.QUESTION, self.match_column):
            return match_tooltip(change.match, m.old_wave, m.new_wave)
        if column < now_column - 1:
            return self._trend_cell(change, self._trend_waves[column - self.FIRST_FIGURE])[1]
        if column == now_column - 1:
            return figure_tooltip(change.then, m.old_wave)
        if column == now_column:
            return figure_tooltip(change.now, m.new_wave)
        tooltip = change_tooltip(change, self.comparison.settings.fdr)
        if column == self.change_column:  # the figures the change is made of, with their denominators
            tooltip = (f"{change_text(change)} percentage points ({m.new_wave} minus {m.old_wave}). {tooltip}\n"
                       f"{figure_tooltip(change.then, m.old_wave)}\n{figure_tooltip(change.now, m.new_wave)}")
        return tooltip


class NotComparableModel(_Table):
    """Matched pairs whose figures must not be compared: question, reason, each wave's own figure, match."""

    headers = ("Question", "Why not comparable", "Then", "Now", "Match")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.comparison: WaveComparison | None = None
        self._rows: list[NotComparable] = []

    def set_comparison(self, comparison: WaveComparison | None) -> None:
        """Show the pairs a comparison could not compare."""
        self.beginResetModel()
        self.comparison = comparison
        self._rows = list(comparison.not_comparable) if comparison else []
        if comparison:
            self.headers = ("Question", "Why not comparable", comparison.matching.old_wave,
                            comparison.matching.new_wave, "Match")
        self.endResetModel()

    def item_at(self, row: int) -> NotComparable:
        """The pair shown in a row."""
        return self._rows[row]


    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.comparison is None:
            return None
        item, column = self._rows[index.row()], index.column()
        m = self.comparison.matching
        if role == DISPLAY:
            return [item.match.new.text, item.reason[:1].upper() + item.reason[1:], figure_text(item.then),
                    figure_text(item.now), match_text(item.match)][column]
        if role == ID_ROLE:
            return item.match.new.id
        if role == MATCH_ROLE:
            return item.match
        if role == TOOLTIP:
            notes = "".join(f"\nNote: {n}." for n in item.notes)
            return [match_tooltip(item.match, m.old_wave, m.new_wave), item.reason + "." + notes,
                    figure_tooltip(item.then, m.old_wave) + " Its own figure: not compared.",
                    figure_tooltip(item.now, m.new_wave) + " Its own figure: not compared.",
                    match_tooltip(item.match, m.old_wave, m.new_wave)][column]
        if role == ALIGN and column in (2, 3):
            return RIGHT
        if role == BACKGROUND and item.match.proposed:
            return PROPOSED_TINT
        return None


class ChartFiguresModel(_Table):
    """The numbers the then-vs-now chart draws: each question's percentage in both waves, as on the bars."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.comparison: WaveComparison | None = None
        self.headers = ("Question", "Then", "Now")

    def set_comparison(self, comparison: WaveComparison | None) -> None:
        """Show a comparison's figures (or nothing)."""
        self.beginResetModel()
        self.comparison = comparison
        if comparison:
            self.headers = ("Question", comparison.matching.old_wave, comparison.matching.new_wave)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self.comparison is None else len(self.comparison.changes)

    def cells(self, row: int) -> list[str]:
        """The texts shown in a row: '2. The PDU has…', '63%', '73%' (' – significant change' when it is)."""
        c = self.comparison.changes[row]
        mark = " – significant change" if c.significant else ""
        return [f"{row + 1}. {c.match.new.text}{mark}", percent_text(c.then.percent), percent_text(c.now.percent)]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.comparison is None:
            return None
        change, column = self.comparison.changes[index.row()], index.column()
        m = self.comparison.matching
        if role == DISPLAY:
            return self.cells(index.row())[column]
        if role == ID_ROLE:
            return change.match.new.id
        if role == TOOLTIP:
            return [change.sentence, figure_tooltip(change.then, m.old_wave), figure_tooltip(change.now, m.new_wave)][
                column]
        if role == ALIGN and column > 0:
            return RIGHT
        if role == FONT and change.significant:
            return _bold()
        return None
