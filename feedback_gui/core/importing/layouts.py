"""Finding the header in a grid as survey tools write it.

Handled: one header row; title and blank rows above it; Qualtrics' three header rows (ids,
question text, ImportId as JSON, or as a Python-style dict in 2016 "Insights" exports); Qualtrics' legacy
two rows (V1 ... V10, Q1 ... over the labels ResponseID ... and the question text); SurveyMonkey's two
rows (question text over "Response" or option
labels, blank under the continuation columns of a multi-column question); a row of group names
(merged cells) over the header; notes, totals or footers under the data.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import pandas as pd

from feedback_gui.core.schema.labels import clean_text

_TOP = 60
_SM_OPEN = {"open-ended response", "open ended response"}  # SurveyMonkey's sub-header over a comment box
_SM_SUBS = {"response"} | _SM_OPEN
_NOTE_START = re.compile(
    r"^\s*(notes?\b|source\b|total|base\b|\*|†|n\s*=|filter|exported|generated|downloaded|printed|"
    r"report\b|produced|end of|copyright|©)",
    re.IGNORECASE,
)
_QUALTRICS_IDS = {"responseid", "startdate", "enddate", "recordeddate", "ipaddress", "responseset"}
# Row 3 of a Qualtrics export: {"ImportId":"QID1"} (JSON) or {'ImportId': 'QID1'} (2016 exports).
_IMPORT_ID = re.compile(r"""^\{\s*['"]ImportId['"]\s*:\s*['"](?P<id>[^'"]*)['"]""")
_LEGACY_ID = re.compile(r"^V\d{1,2}$")
_LEGACY_LABELS = {"responseid", "responseset", "name", "externaldatareference", "emailaddress", "ipaddress",
                  "status", "startdate", "enddate", "finished"}


@dataclass(frozen=True)
class ColumnHeader:
    """What the header rows say about one column."""

    position: int
    text: str
    id: str | None = None
    stem: str | None = None
    sub: str | None = None
    import_id: str | None = None  # Qualtrics' ImportId ("QID5_TEXT"): what kind of question the column is
    text_box: bool = False  # the tool says the column is a text box (SurveyMonkey's "Open-Ended Response")


@dataclass(frozen=True)
class GridLayout:
    """Where the header and the data are in a grid."""

    tool: str
    header_start: int
    header_rows: int
    data_end: int
    columns: list[ColumnHeader]
    notes: list[str] = field(default_factory=list)

    @property
    def data_start(self) -> int:
        """First row of data."""
        return self.header_start + self.header_rows


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return clean_text(str(value))


def _rows(frame: pd.DataFrame) -> list[list[str]]:
    """The cells of a few rows as text. Column by column: a text column's whole set of distinct answers
    (a categorical's categories) is never converted, only the cells of these rows."""
    columns = [frame.iloc[:, j].tolist() for j in range(frame.shape[1])]
    if not columns:
        return [[] for _ in range(len(frame))]
    return [[_cell(v) for v in row] for row in zip(*columns, strict=True)]


def detect_layout(grid: pd.DataFrame) -> GridLayout:
    """Find the header rows, the data rows and the text above and below them."""
    top = _rows(grid.iloc[:_TOP])
    if not any(any(row) for row in top):
        return GridLayout("empty", 0, 0, 0, [])
    counts = [sum(1 for c in row if c) for row in top]
    width = max(counts)
    threshold = max(2, math.ceil(0.5 * width)) if width >= 2 else 1
    header = next(i for i, n in enumerate(counts) if n >= threshold)
    notes = [" ".join(c for c in row if c) for row in top[:header] if any(row)]

    # Qualtrics: ids, question text, ImportId JSON (or a Python-style dict).
    if header + 2 < len(top) and _is_import_id_row(top[header + 2]):
        columns = _qualtrics_columns(top[header], top[header + 1], top[header + 2])
        return _finish(grid, "qualtrics", header, 3, columns, notes)
    if header + 1 < len(top) and _is_legacy_ids(top[header], top[header + 1]):
        columns = _qualtrics_columns(top[header], top[header + 1])
        return _finish(grid, "qualtrics legacy", header, 2, columns, notes)
    if header + 1 < len(top) and _is_qualtrics_legacy(top[header], top[header + 1]):
        columns = _qualtrics_columns(top[header], top[header + 1])
        return _finish(grid, "qualtrics", header, 2, columns, notes)

    # A row of question text (SurveyMonkey) or group names (merged cells) over the header row.
    if header > 0 and _is_stem_row(top[header - 1], top[header]):
        notes = notes[:-1]
        tool = "surveymonkey" if _has_sm_subs(top[header]) else "grouped header"
        columns = _two_row_columns(top[header - 1], top[header])
        return _finish(grid, tool, header - 1, 2, columns, notes)
    if header + 1 < len(top) and _has_sm_subs(top[header + 1]):
        columns = _two_row_columns(top[header], top[header + 1])
        return _finish(grid, "surveymonkey", header, 2, columns, notes)
    if header + 1 < len(top) and _is_sub_row(top[header], top[header + 1]):
        columns = _two_row_columns(top[header], top[header + 1])
        return _finish(grid, "grouped header", header, 2, columns, notes)

    columns = [ColumnHeader(i, text) for i, text in enumerate(top[header])]
    return _finish(grid, "single header", header, 1, columns, notes)


def _is_import_id_row(row: list[str]) -> bool:
    filled = [c for c in row if c]
    return bool(filled) and sum(_IMPORT_ID.match(c) is not None for c in filled) >= 0.5 * len(filled)


def _is_legacy_ids(ids: list[str], labels: list[str]) -> bool:
    """Qualtrics' legacy export: row 1 starts V1, V2, V3 ... and row 2 names ResponseID, ResponseSet ..."""
    if len(ids) < 3 or not all(_LEGACY_ID.match(c) for c in ids[:3]):
        return False
    keys = {c.replace(" ", "").casefold() for c in labels[:12] if c}
    return len(keys & _LEGACY_LABELS) >= 3


def _is_qualtrics_legacy(ids: list[str], texts: list[str]) -> bool:
    keys = {c.replace(" ", "").casefold() for c in ids if c}
    text_keys = {c.casefold() for c in texts if c}
    return bool(keys & _QUALTRICS_IDS) and ("response id" in text_keys or "start date" in text_keys)


def _qualtrics_columns(ids: list[str], texts: list[str], imports: list[str] | None = None) -> list[ColumnHeader]:
    out = []
    for i in range(len(ids)):
        match = _IMPORT_ID.match(imports[i]) if imports and i < len(imports) else None
        out.append(ColumnHeader(i, texts[i] or ids[i], id=ids[i] or None, import_id=match["id"] if match else None))
    return out


def _has_sm_subs(row: list[str]) -> bool:
    return any(c.casefold() in _SM_SUBS for c in row)


def _is_stem_row(above: list[str], header: list[str]) -> bool:
    """True if ``above`` is part of the header: sparse cells over a full header row."""
    filled = [i for i, c in enumerate(above) if c]
    if not filled:
        return False
    if _has_sm_subs(header):
        return True
    if len(filled) == 1 and filled[0] == 0:
        return False  # a title in the first cell
    # Group names sit over some of the header's columns, each followed by blanks it spans.
    return len(filled) >= 2 or filled[0] > 0


def _is_sub_row(header: list[str], below: list[str]) -> bool:
    """True if ``below`` labels the columns a merged header cell spans (blank header cells after it).

    The header has a blank cell between filled ones; the row below fills every such gap and is
    itself blank under at least one filled header cell.
    """
    filled = [i for i, c in enumerate(header) if c]
    if len(filled) < 2:
        return False
    gaps = [i for i in range(filled[0], filled[-1] + 1) if not header[i]]
    below = below + [""] * (len(header) - len(below))
    if not gaps or not all(below[i] for i in gaps):
        return False
    return any(not below[i] for i in filled) and not any(_looks_numeric(below[i]) for i in gaps)


def _looks_numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?\d+([.,]\d+)?", text))


def _two_row_columns(top: list[str], bottom: list[str]) -> list[ColumnHeader]:
    """Combine a question/group row with the row under it, carrying each group over its blanks."""
    columns = []
    current: str | None = None
    for i in range(max(len(top), len(bottom))):
        own = top[i] if i < len(top) else ""
        sub = bottom[i] if i < len(bottom) else ""
        if own:
            current = own
        stem = current
        if not sub or sub.casefold() in _SM_SUBS:
            columns.append(ColumnHeader(i, stem or sub or "", text_box=sub.casefold() in _SM_OPEN))
        elif stem is None:
            columns.append(ColumnHeader(i, sub))
        else:
            columns.append(ColumnHeader(i, f"{stem} - {sub}", stem=stem, sub=sub))
    return columns


def _finish(
    grid: pd.DataFrame, tool: str, start: int, rows: int, columns: list[ColumnHeader], notes: list[str]
) -> GridLayout:
    end, footer = _data_end(grid, start + rows)
    return GridLayout(tool, start, rows, end, columns, notes + footer)


def _data_end(grid: pd.DataFrame, data_start: int) -> tuple[int, list[str]]:
    """Index after the last data row, dropping notes, totals and footers under the data."""
    end = len(grid)
    tail_from = max(data_start, end - 40)
    tail = _rows(grid.iloc[tail_from:end])
    footer: list[str] = []
    index = len(tail)
    while index > 0:
        row = tail[index - 1]
        filled = [c for c in row if c]
        if not filled:
            index -= 1
            continue
        above_blank = index >= 2 and not any(tail[index - 2])
        is_note = len(filled) <= 2 and (_NOTE_START.match(filled[0]) is not None)
        if len(filled) <= 1 and (above_blank or is_note) or is_note and above_blank:
            footer.insert(0, " ".join(filled))
            index -= 1
            continue
        break
    return tail_from + index, footer
