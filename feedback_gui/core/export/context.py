"""What every sheet writer gets (the survey, its results, the options) and what an export returns.

A sheet writer is one function that adds its sheet(s) to the workbook; :data:`SheetWriter.applies`
says whether it has anything to write for this export (no Waves sheet without a comparison).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from feedback_gui.core.analysis.proportions import QuestionResult
from feedback_gui.core.export.names import SheetNames
from feedback_gui.core.settings import AnalysisSettings
from feedback_gui.core.survey import Question, Survey

if TYPE_CHECKING:
    from openpyxl import Workbook


@dataclass
class ExportContext:
    """The inputs of one export, shared by the sheet writers."""

    survey: Survey
    settings: AnalysisSettings
    results: list[QuestionResult]
    by: Question | None = None
    comments: dict | None = None  # the shape of CommentAnalysis.to_dict()
    waves: dict | None = None  # the shape of the waves comparison's to_dict()
    equality: dict | None = None  # the shape of EqualityReport.to_dict()
    drivers: dict | None = None  # the shape of DriversResult.to_dict()
    benchmark: dict | None = None  # the shape of BenchmarkComparison.to_dict()
    redact: bool = True
    names: SheetNames = field(default_factory=SheetNames)
    notes: list[str] = field(default_factory=list)  # things the user should know about this export
    suppressed: dict[str, list[str]] = field(default_factory=dict)  # question text -> groups not shown

    @property
    def headline_results(self) -> list[QuestionResult]:
        """Results that have a headline figure (counted answers over relevant respondents)."""
        return [r for r in self.results if r.headline is not None]


@dataclass(frozen=True)
class SheetWriter:
    """One kind of sheet: a key for choosing it, a label for the app, and the function writing it."""

    key: str
    label: str
    applies: Callable[[ExportContext], bool]
    write: Callable[[Workbook, ExportContext], list[str]]  # returns the names of the sheets it added


@dataclass(frozen=True)
class ExportResult:
    """What was exported: the file, its sheets, how many native charts, and what was suppressed."""

    path: Path
    sheets: tuple[str, ...]
    charts: int
    suppressed: dict[str, list[str]]
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"path": str(self.path), "sheets": list(self.sheets), "charts": self.charts,
                "suppressed": {k: list(v) for k, v in self.suppressed.items()}, "notes": list(self.notes)}
