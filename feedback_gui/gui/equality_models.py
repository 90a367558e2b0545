"""Qt item models over the equality results: who answered, weighted headlines, weight margins, the RRI matrix.

They wrap and format core results (:mod:`feedback_gui.core.equality`); they compute nothing.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont

from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.equality.disproportionality import SUPPRESSED, Disproportionality, RateCell
from feedback_gui.core.equality.phrases import sentence_case
from feedback_gui.core.equality.representation import IN_LINE, OVER, UNDER, GroupShare, Representation
from feedback_gui.core.equality.weighted import WeightedHeadline
from feedback_gui.core.equality.weighting import Margin
from feedback_gui.gui import describe
from feedback_gui.gui.models import ALIGN, DISPLAY, FONT, RIGHT, TOOLTIP, Index, _Table

FLAG_WORDS = {UNDER: "under-represented", OVER: "over-represented", IN_LINE: "in line"}
FLAG_SYMBOLS = {UNDER: "▼", OVER: "▲", IN_LINE: "≈"}
FLAG_ROLE = Qt.ItemDataRole.UserRole + 10  # a row's flag (UNDER, OVER or IN_LINE)
CELL_ROLE = Qt.ItemDataRole.UserRole + 11  # a heatmap cell's RateCell
CHARACTERISTIC_ROLE = Qt.ItemDataRole.UserRole + 12  # a heatmap column's characteristic ("Disability")
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
CENTRE = int(Qt.AlignmentFlag.AlignCenter)


def flag_text(flag: str) -> str:
    """A representation flag as shown: symbol and words ("▼ under-represented")."""
    return f"{FLAG_SYMBOLS[flag]} {FLAG_WORDS[flag]}"


def span_text(low: float, high: float) -> str:
    """An interval of percentages: "1–10%"."""
    return f"{percent_text(low)[:-1]}–{percent_text(high)}"


def rri_text(cell: RateCell) -> str:
    """A heatmap cell's text: the index to 2 dp with a direction marker (* when significant); "–" if hidden."""
    if cell.status == SUPPRESSED:
        return describe.NO_FIGURE
    if cell.comparison is None:
        return "n/a"
    c = cell.comparison
    marker = "▲" if c.rri > 1.005 else "▼" if c.rri < 0.995 else "="
    return f"{c.rri:.2f} {marker}{'*' if c.significant else ''}"


class RepresentationModel(_Table):
    """One characteristic: each group's respondents, share (95% CI), population share and verdict."""

    GROUP, RESPONDENTS, SHARE, POPULATION, FLAG = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = ("Group", "Respondents", "Share (95% CI)", "Population share", "Representation")
        self._rows: list[GroupShare] = []

    def set_representation(self, value: Representation | None, population: str = "caseload") -> None:
        """Show a characteristic's groups (or nothing)."""
        self.beginResetModel()
        self._rows = list(value.groups) if value else []
        self.headers = ("Group", "Respondents", "Share (95% CI)", f"{sentence_case(population)} share",
                        "Representation")
        self.endResetModel()

    def group_at(self, row: int) -> GroupShare:
        """The group shown in a row."""
        return self._rows[row]

    def cells(self, row: int) -> list[str]:
        """The texts shown in a row."""
        g = self._rows[row]
        return [g.group, f"{g.respondents:,}", f"{g.respondent_text} ({span_text(*g.ci95)})", g.population_text,
                flag_text(g.flag)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        group = self._rows[index.row()]
        if role == DISPLAY:
            return self.cells(index.row())[index.column()]
        if role == TOOLTIP:
            answers = ", ".join(f"“{a}”" for a in group.answers) or "no answer"
            return f"{group.finding}\nCounted from the answers {answers}."
        if role == ACCESSIBLE and index.column() == self.FLAG:
            return FLAG_WORDS[group.flag]
        if role == FLAG_ROLE:
            return group.flag
        if role == FONT and index.column() == self.FLAG and group.flag != IN_LINE:
            font = QFont()
            font.setWeight(QFont.Weight.DemiBold)
            return font
        if role == ALIGN and index.column() in (self.RESPONDENTS, self.SHARE, self.POPULATION):
            return RIGHT
        return None


class ShareChartModel(_Table):
    """The numbers behind a representation chart: each group's share of respondents and of the population."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = ("Group", "Respondents", "Population")
        self._rows: list[GroupShare] = []

    def set_representation(self, value: Representation | None, population: str = "caseload") -> None:
        """Show a characteristic's shares (or nothing)."""
        self.beginResetModel()
        self._rows = list(value.groups) if value else []
        self.headers = ("Group", "Respondents", sentence_case(population))
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        g = self._rows[index.row()]
        if role == DISPLAY:
            return [g.group, g.respondent_text, g.population_text][index.column()]
        if role == ALIGN and index.column() > 0:
            return RIGHT
        return None


class WeightedModel(_Table):
    """Weighted headlines beside the unweighted ones, with the effective sample size."""

    headers = ("Question", "Unweighted", "Weighted", "Weighted 95% CI\n(approximate)", "Effective\nsample size")
    QUESTION, UNWEIGHTED, WEIGHTED, INTERVAL, EFFECTIVE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[WeightedHeadline] = []

    def set_headlines(self, headlines: Sequence[WeightedHeadline]) -> None:
        """Show these weighted headlines (replacing all rows)."""
        self.beginResetModel()
        self._rows = list(headlines)
        self.endResetModel()

    def cells(self, row: int) -> list[str]:
        """The texts shown in a row."""
        h = self._rows[row]
        return [h.question_text, describe.headline_text(h.unweighted), f"{percent_text(h.weighted_percent)} weighted",
                span_text(*h.ci95), f"{h.effective_sample_size:.1f}"]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self.cells(index.row())[index.column()]
        if role == TOOLTIP:
            return self._rows[index.row()].sentence
        if role == ALIGN and index.column() > 0:
            return RIGHT
        return None


class MarginModel(_Table):
    """How the weights match the reference: each weighting group's target, unweighted and weighted share."""

    headers = ("Characteristic", "Group", "Respondents", "Target", "Unweighted", "Weighted")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Margin] = []

    def set_margins(self, margins: Sequence[Margin]) -> None:
        """Show these margins (replacing all rows)."""
        self.beginResetModel()
        self._rows = list(margins)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        if role == DISPLAY:
            return [m.characteristic, m.group, f"{m.respondents:,}", f"{m.target_percent:.1f}%",
                    f"{m.unweighted_percent:.1f}%", f"{m.weighted_percent:.1f}%"][index.column()]
        if role == ALIGN and index.column() > 1:
            return RIGHT
        return None


class HeatmapModel(_Table):
    """The questions x groups matrix of relative rate indices; each cell carries its RateCell."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.matrix: Disproportionality | None = None

    def set_matrix(self, matrix: Disproportionality | None) -> None:
        """Show a matrix (or nothing)."""
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def cell(self, row: int, column: int) -> RateCell:
        """The cell at a position."""
        assert self.matrix is not None
        return self.matrix.cells[row][column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if self.matrix is None:
            return None
        if orientation == Qt.Orientation.Horizontal and section < len(self.matrix.columns):
            column = self.matrix.columns[section]
            if role == DISPLAY:
                return "\n".join(textwrap.wrap(column.group, 10, max_lines=3, placeholder="…"))
            if role == CHARACTERISTIC_ROLE:
                return sentence_case(column.characteristic)
            if role in (TOOLTIP, ACCESSIBLE):
                return f"{column.label} (from “{column.by_text}”)"
        if orientation == Qt.Orientation.Vertical and section < len(self.matrix.rows):
            row = self.matrix.rows[section]
            if role == DISPLAY:
                return "\n".join(textwrap.wrap(row.text, 30, max_lines=3, placeholder=" …"))
            if role in (TOOLTIP, ACCESSIBLE):
                return f"{row.text} (counted: {', '.join(row.counted)})"
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or self.matrix is None:
            return None
        cell = self.matrix.cells[index.row()][index.column()]
        if role == DISPLAY:
            return rri_text(cell)
        if role == TOOLTIP:
            return cell.sentence
        if role == ACCESSIBLE:
            label = self.matrix.columns[index.column()].label
            return f"{label}: {rri_text(cell) if cell.comparison else 'not shown'}. {cell.sentence}"
        if role == CELL_ROLE:
            return cell
        if role == ALIGN:
            return CENTRE
        return None


__all__ = ["CELL_ROLE", "CHARACTERISTIC_ROLE", "FLAG_ROLE", "HeatmapModel", "MarginModel", "RepresentationModel",
           "ShareChartModel", "WeightedModel", "flag_text", "rri_text", "span_text"]
