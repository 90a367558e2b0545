"""Reading survey exports (xlsx, xlsm, csv/tsv/txt, SPSS .sav) into a Survey.

    survey = read_survey(Path("staff_survey_2024.xlsx"))

Any problem a user can meet (a damaged file, a password, a format we cannot read) raises
:class:`~feedback_gui.core.errors.UnreadableFileError` with a one-line reason.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from feedback_gui.core.errors import FeedbackError, UnreadableFileError
from feedback_gui.core.importing.builder import build_survey
from feedback_gui.core.importing.filetypes import DEFAULT_MAX_COLUMNS, DEFAULT_SIZE_LIMIT, FileKind, sniff_kind
from feedback_gui.core.importing.layouts import ColumnHeader, detect_layout
from feedback_gui.core.importing.spss import read_spss
from feedback_gui.core.importing.text_files import read_text_grid
from feedback_gui.core.importing.workbooks import choose_sheet, open_workbook, read_sheet_grid, sheet_names
from feedback_gui.core.progress import ProgressFn, no_progress, sub_progress
from feedback_gui.core.survey import Layout, Survey

__all__ = ["read_survey", "list_sheets"]


def list_sheets(path: str | Path, password: str | None = None) -> list[str]:
    """Names of a workbook's sheets (empty for csv and SPSS files)."""
    path = Path(path)
    if sniff_kind(path) != FileKind.WORKBOOK:
        return []
    return sheet_names(open_workbook(path, password))


def read_survey(
    path: str | Path,
    sheet: str | None = None,
    *,
    password: str | None = None,
    size_limit: int = DEFAULT_SIZE_LIMIT,
    max_columns: int = DEFAULT_MAX_COLUMNS,
    progress: ProgressFn = no_progress,
) -> Survey:
    """Read a survey export: find its header, infer every question, normalise the answers."""
    path = Path(path)
    kind = sniff_kind(path, size_limit)
    progress(0.02)
    try:
        if kind == FileKind.SPSS:
            return _read_spss(path, progress)
        if kind == FileKind.WORKBOOK:
            workbook = open_workbook(path, password)
            names = sheet_names(workbook)
            if sheet is not None and sheet not in names:
                raise UnreadableFileError(path, f"there is no sheet named {sheet!r} (sheets: {', '.join(names)})")
            chosen = sheet or choose_sheet(workbook, path)
            grid = read_sheet_grid(workbook, path, chosen, max_columns=max_columns)
            extra = {"sheet": chosen, "sheets": tuple(names)}
        else:
            grid, encoding, delimiter = read_text_grid(path, max_columns)
            extra = {"encoding": encoding, "delimiter": delimiter}
        progress(0.5)
        return _from_grid(path, grid, extra, sub_progress(progress, 0.5, 1.0))
    except FeedbackError:
        raise
    except MemoryError:
        raise UnreadableFileError(path, "the file is too large to read in the memory available") from None
    except (ValueError, KeyError, IndexError, TypeError, OSError, UnicodeError) as exc:
        reason = type(exc).__name__
        raise UnreadableFileError(path, f"the file could not be understood as a survey ({reason})") from None


def _from_grid(path: Path, grid: pd.DataFrame, extra: dict, progress: ProgressFn) -> Survey:
    found = detect_layout(grid)
    if not found.columns or found.data_start >= found.data_end:
        where = f" on sheet {extra['sheet']!r}" if extra.get("sheet") else ""
        raise UnreadableFileError(path, f"no responses were found under a header row{where}")
    layout = Layout(
        tool=found.tool,
        header_rows=found.header_rows,
        skipped_top_rows=found.header_start,
        dropped_bottom_rows=len(grid) - found.data_end,
        notes=tuple(found.notes),
        **extra,
    )
    body = grid.iloc[found.data_start : found.data_end]
    survey = build_survey(path, found.columns, body, layout, progress=progress)
    if survey.respondents == 0:
        raise UnreadableFileError(path, "the file has a header but no responses")
    return survey


def _read_spss(path: Path, progress: ProgressFn) -> Survey:
    found = read_spss(path)
    names = found.names
    columns = [ColumnHeader(i, label, id=name) for i, (name, label) in enumerate(zip(names, found.labels,
                                                                                       strict=True))]
    body = found.body.set_axis(range(len(names)), axis=1)
    layout = Layout(tool="spss", header_rows=0, skipped_top_rows=0, dropped_bottom_rows=0)
    return build_survey(path, columns, body, layout, order_hints=found.orders,
                        progress=sub_progress(progress, 0.3, 1), column_sets=found.sets)
