"""Export a survey's results to one Excel workbook with native, editable charts.

    result = export_workbook(survey, "Staff survey 2024.xlsx", by="grade")

The workbook is a list of independent sheet writers (:data:`SHEET_WRITERS`); a new sheet is one
more writer. Nothing in the workbook is a formula: every figure is a value, every text is text.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from feedback_gui.core.analysis.proportions import headlines
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.export.context import ExportContext, ExportResult, SheetWriter
from feedback_gui.core.export.saving import check_target, write_atomically
from feedback_gui.core.export.sources import as_dict, comments_dict, default_drivers, find_question
from feedback_gui.core.progress import ProgressFn, no_progress, sub_progress
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import CATEGORICAL_TYPES, Survey

if TYPE_CHECKING:
    from openpyxl import Workbook

# The sheet writers (and openpyxl under them) load on first use, so the window opens without them.
SHEET_KEYS = ("summary", "questions", "breakdown", "comments", "themes", "waves", "equality", "drivers", "benchmark")


@cache
def sheet_writers() -> tuple[SheetWriter, ...]:
    """The sheet writers, in workbook order (one per key of :data:`SHEET_KEYS`)."""
    from feedback_gui.core.export.benchmark_sheet import BENCHMARK
    from feedback_gui.core.export.breakdown_sheet import BREAKDOWN
    from feedback_gui.core.export.comments_sheet import COMMENTS, THEMES
    from feedback_gui.core.export.drivers_sheet import DRIVERS
    from feedback_gui.core.export.equality_sheet import EQUALITY
    from feedback_gui.core.export.questions import QUESTIONS
    from feedback_gui.core.export.summary import SUMMARY
    from feedback_gui.core.export.waves_sheet import WAVES

    return (SUMMARY, QUESTIONS, BREAKDOWN, COMMENTS, THEMES, WAVES, EQUALITY, DRIVERS, BENCHMARK)


def __getattr__(name: str) -> object:
    if name == "SHEET_WRITERS":  # a constant to its readers, built on first use
        return sheet_writers()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def export_workbook(
    survey: Survey,
    path: str | Path,
    *,
    by: str | None = None,
    sheets: Iterable[str] | None = None,
    redact: bool = True,
    comments: object = None,
    waves: object = None,
    equality: object = None,
    drivers: object = None,
    benchmark: object = None,
    settings: AnalysisSettings = DEFAULT_SETTINGS,
    progress: ProgressFn = no_progress,
) -> ExportResult:
    """Write the results of ``survey`` to ``path`` (.xlsx) and say what was written.

    ``by`` names the demographic for the Breakdown sheet (id or text); ``sheets`` picks sheets by key
    (:data:`SHEET_KEYS`, default all that apply); ``comments``, ``waves`` and ``equality`` are a comments
    analysis, a waves comparison and an equality report (objects with ``to_dict()`` or their dicts);
    ``drivers`` a key-driver analysis (by default, of the engagement index when the survey has its
    questions) and ``benchmark`` a benchmark comparison (no Benchmark sheet without one).
    Raises FeedbackError with a one-line reason when the file cannot be written or an option names
    something that is not there.
    """
    from openpyxl import Workbook

    from feedback_gui.core.export.writer import release, save_workbook

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise FeedbackError(f"{path.name}: export to a file ending in .xlsx")
    check_target(path)
    chosen = _chosen(sheets)
    ctx = ExportContext(survey, settings, headlines(survey, settings, sub_progress(progress, 0.0, 0.2)),
                        redact=redact)
    if by is not None:
        ctx.by = find_question(survey, by)
        if ctx.by.type not in CATEGORICAL_TYPES:
            raise FeedbackError(f"cannot break down by {ctx.by.text!r}: it is {ctx.by.type.replace('_', ' ')}, "
                                "not a question with a set of answers")
    if chosen & {"comments", "themes"}:
        ctx.comments = comments_dict(survey, comments, redact=redact, progress=sub_progress(progress, 0.2, 0.4))
    ctx.waves, ctx.equality = as_dict(waves), as_dict(equality)
    ctx.drivers = as_dict(drivers) if drivers is not None else (default_drivers(survey, settings)
                                                                 if "drivers" in chosen else None)
    ctx.benchmark = as_dict(benchmark)
    wb = Workbook()
    assert wb.active is not None  # a new workbook has one empty sheet
    wb.remove(wb.active)
    writers = [w for w in sheet_writers() if w.key in chosen and w.applies(ctx)]
    if sheets is not None:  # the user picked these sheets: say which had nothing to show
        ctx.notes.extend(f"Left out {w.label.lower()}: nothing to show for this survey and these options."
                         for w in sheet_writers() if w.key in chosen and w not in writers)
    names: list[str] = []
    for done, writer in enumerate(writers, start=1):
        names.extend(writer.write(wb, ctx))
        progress(0.4 + 0.5 * done / len(writers))
    if not names:
        raise FeedbackError(f"{path.name}: nothing to export with the sheets chosen")
    assert_no_formulas(wb)
    wb.properties.title = f"{survey.name} – Feedback Analyser export"
    wb.properties.creator = "Feedback Analyser"
    write_atomically(path, lambda target: save_workbook(wb, target))
    progress(1.0)
    charts = sum(len(ws._charts) for ws in wb.worksheets)  # type: ignore[attr-defined, misc]  # private
    release(wb)
    return ExportResult(path, tuple(names), charts, dict(ctx.suppressed), tuple(ctx.notes))


def _chosen(sheets: Iterable[str] | None) -> set[str]:
    if sheets is None:
        return set(SHEET_KEYS)
    chosen = {s.strip().lower() for s in sheets}
    unknown = sorted(chosen - set(SHEET_KEYS))
    if unknown:
        raise FeedbackError(f"unknown sheet {', '.join(unknown)} (choose from {', '.join(SHEET_KEYS)})")
    return chosen


def assert_no_formulas(wb: Workbook) -> None:
    """Refuse to save a workbook holding a formula: the export writes values only."""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    raise RuntimeError(f"bug: {ws.title}!{cell.coordinate} would be saved as a formula")
