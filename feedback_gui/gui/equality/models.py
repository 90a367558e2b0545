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
from feedback_gui.core.equality.disproportionality import Disproportionality, RateCell
from feedback_gui.core.equality.phrases import sentence_case
from feedback_gui.core.equality.representation import IN_LINE, GroupShare, Representation
from feedback_gui.core.equality.weighted import WeightedHeadline
from feedback_gui.core.equality.weighting import Margin
from feedback_gui.gui import describe
from feedback_gui.gui.equality.describe import (
    FLAG_WORDS,
    RELEVANT_NOTE,
    flag_text,
    margin_tooltip,
    rri_text,
    share_tooltip,
    span_text,
    weighted_tooltip,
)
from feedback_gui.gui.models import ALIGN, DISPLAY, FONT, RIGHT, TOOLTIP, Index, _Table

FLAG_ROLE = Qt.ItemDataRole.UserRole + 10  # a row's flag (UNDER, OVER or IN_LINE)
CELL_ROLE = Qt.ItemDataRole.UserRole + 11  # a heatmap cell's RateCell
CHARACTERISTIC_ROLE = Qt.ItemDataRole.UserRole + 12  # a heatmap column's characteristic ("Disability")
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
CENTRE = int(Qt.AlignmentFlag.AlignCenter)


class RepresentationModel(_Table):
    """One characteristic: each group's respondents, share (with its interval), population share and verdict."""

    GROUP, RESPONDENTS, SHARE, POPULATION, FLAG = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = ("Group", "Respondents", f"Share ({describe.ci_label()})", "Population share", "Representation")
        self._rows: list[GroupShare] = []
        self.value: Representation | None = None

    def set_representation(self, value: Representation | None, population: str = "caseload") -> None:
        """Show a characteristic's groups (or nothing); the share's heading names the interval's level."""
        self.beginResetModel()
        self.value = value
        self._rows = list(value.groups) if value else []
        level = describe.ci_label(self._rows[0].confidence if self._rows else 0.95)
        self.headers = ("Group", "Respondents", f"Share ({level})", f"{sentence_case(population)} share",
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


    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        group = self._rows[index.row()]
        if role == DISPLAY:
            return self.cells(index.row())[index.column()]
        if role == TOOLTIP and self.value is not None:
            return share_tooltip(self.value, group)
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
        self.value: Representation | None = None

    def set_representation(self, value: Representation | None, population: str = "caseload") -> None:
        """Show a characteristic's shares (or nothing)."""
        self.beginResetModel()
        self.value = value
        self._rows = list(value.groups) if value else []
        self.headers = ("Group", "Respondents", sentence_case(population))
        self.endResetModel()


    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        g = self._rows[index.row()]
        if role == DISPLAY:
            return [g.group, g.respondent_text, g.population_text][index.column()]
        if role == TOOLTIP and self.value is not None:
            return share_tooltip(self.value, g)
        if role == ALIGN and index.column() > 0:
            return RIGHT
        return None


class WeightedModel(_Table):
    """Weighted headlines beside the unweighted ones, with the effective sample size."""

    QUESTION, UNWEIGHTED, WEIGHTED, INTERVAL, EFFECTIVE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.headers = self._headers(0.95)

    @staticmethod
    def _headers(confidence: float) -> tuple[str, ...]:
        return ("Question", "Unweighted", "Weighted", f"Weighted {describe.ci_label(confidence)}\n(approximate)",
                "Effective\nsample size")

    def set_headlines(self, headlines: Sequence[WeightedHeadline]) -> None:
        """Show these weighted headlines (replacing all rows); the interval's heading names its level."""
        self.beginResetModel()
        self._rows = list(headlines)
        self.headers = self._headers(self._rows[0].unweighted.confidence if self._rows else 0.95)
        self.endResetModel()

    def cells(self, row: int) -> list[str]:
        """The texts shown in a row."""
        h = self._rows[row]
        return [h.question_text, describe.headline_text(h.unweighted), f"{percent_text(h.weighted_percent)} weighted",
                span_text(*h.ci95), f"{h.effective_sample_size:.1f}"]


    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self.cells(index.row())[index.column()]
        if role == TOOLTIP:
            return weighted_tooltip(self._rows[index.row()])
        if role == ALIGN and index.column() > 0:
            return RIGHT
        return None


class MarginModel(_Table):
    """How the weights match the reference: each weighting group's target, unweighted and weighted share."""

    headers = ("Characteristic", "Group", "Respondents", "Target", "Unweighted", "Weighted")


    def set_margins(self, margins: Sequence[Margin]) -> None:
        """Show these margins (replacing all rows)."""
        self.replace_rows(margins)


    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        if role == DISPLAY:
            return [m.characteristic, m.group, f"{m.respondents:,}", f"{m.target_percent:.1f}%",
                    f"{m.unweighted_percent:.1f}%", f"{m.weighted_percent:.1f}%"][index.column()]
        if role == TOOLTIP:
            placed = sum(r.respondents for r in self._rows if r.characteristic == m.characteristic)
            return margin_tooltip(m, placed)
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
            return f"{cell.sentence}\n{RELEVANT_NOTE}" if cell.comparison is not None else cell.sentence
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
