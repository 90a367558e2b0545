"""Saving a workbook without holding the interpreter lock for long stretches.

openpyxl puts a sheet's cells in order with one call to ``sorted`` just before writing them. For a
national survey's Comments sheet (about two million cells) that one call holds Python's interpreter
lock for a quarter of a second, and a window exporting in the background cannot repaint meanwhile.
Here the order is found with numpy, which sorts without the lock; the rest is openpyxl's own writer,
and the file is the same.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

import numpy as np
from openpyxl import Workbook
from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter


class _SheetWriter(WorksheetWriter):
    """openpyxl's sheet writer, with the cells ordered by numpy rather than one long ``sorted``."""

    def rows(self) -> Iterator[tuple[int, list]]:  # type: ignore[override]  # openpyxl only iterates over it
        """Each row number with its cells, in order (and styled rows without cells), one row at a time:
        nothing as large as the sheet is built or freed in one go."""
        assert isinstance(self.ws, Worksheet)  # _Writer uses this class only for ordinary sheets
        cells = self.ws._cells  # noqa: SLF001 - openpyxl's own store, read as its writer reads it
        keys = np.fromiter((k for key in cells for k in key), dtype=np.int64, count=2 * len(cells)).reshape(-1, 2)
        order = np.lexsort((keys[:, 1], keys[:, 0]))  # by row, then column, as openpyxl orders them
        rows = keys[order, 0]
        values = list(cells.values())
        starts = (np.flatnonzero(np.diff(rows)) + 1).tolist()
        bounds = zip([0, *starts], [*starts, len(rows)], strict=True) if len(rows) else iter(())
        styled = sorted(self.ws.row_dimensions.keys() - set(np.unique(rows).tolist()))  # rows without cells
        for start, end in bounds:
            row = int(rows[start])
            while styled and styled[0] < row:
                yield styled.pop(0), []
            yield row, [values[i] for i in order[start:end].tolist()]
        for row in styled:
            yield row, []


class _Writer(ExcelWriter):
    """openpyxl's workbook writer, using :class:`_SheetWriter` for ordinary (not write-only) sheets."""

    def write_worksheet(self, ws) -> None:  # noqa: ANN001 - an openpyxl Worksheet
        if self.workbook.write_only:
            super().write_worksheet(ws)
            return
        ws._drawing = SpreadsheetDrawing()  # noqa: SLF001 - as ExcelWriter.write_worksheet does
        ws._drawing.charts = ws._charts  # noqa: SLF001
        ws._drawing.images = ws._images  # noqa: SLF001
        writer = _SheetWriter(ws)
        writer.write()
        ws._rels = writer._rels  # type: ignore[attr-defined]  # noqa: SLF001 - private; not in the stubs
        self._archive.write(writer.out, ws.path[1:])  # type: ignore[attr-defined]  # private; not in the stubs
        self.manifest.append(ws)
        writer.cleanup()


def save_workbook(wb: Workbook, path: str | Path) -> None:
    """Write ``wb`` to ``path`` as ``Workbook.save`` does."""
    with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True) as archive:
        wb.properties.modified = datetime.datetime.now(tz=datetime.UTC).replace(tzinfo=None)
        _Writer(wb, archive).write_data()


def release(wb: Workbook) -> None:
    """Let go of a saved workbook's cells now (they refer to their sheet, so only a full garbage collection
    would otherwise free them), one at a time: clearing two million at once holds the lock for a third of
    a second."""
    for ws in wb.worksheets:
        cells = ws._cells  # noqa: SLF001
        for key in list(cells):
            del cells[key]
        ws._charts.clear()  # type: ignore[attr-defined]  # noqa: SLF001 - private; not in the stubs
