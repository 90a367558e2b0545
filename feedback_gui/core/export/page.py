"""One worksheet laid out top to bottom: title, notes, tables, footnotes and charts below them.

:class:`Page` keeps a cursor row, remembers how wide each column needs to be, and on :meth:`Page.finish`
sets column widths, wraps and sizes the note rows, freezes the first table's header and sets the
page up for printing (landscape, one page wide, a long table's header repeated on every page).
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl.cell.cell import Cell
from openpyxl.chart import Reference
from openpyxl.chart._chart import ChartBase
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from feedback_gui.core.export.cells import (
    NOTE_FONT,
    RIGHT_TOP,
    SUBTITLE_FONT,
    SUPPRESSED,
    TITLE_FONT,
    TOP,
    TOTAL_BORDER,
    TOTAL_FONT,
    WRAP,
    display_length,
    put,
    style_header,
)

ROW_CM = 0.53  # height of a default row (15 points)
PAGE_CM = 13.0  # printable height of a landscape A4 page below the title rows, roughly and on the safe side
LONG_TABLE = 25  # rows; a longer first table gets its header repeated on every printed page
CHAR_CM = 0.19  # width of one character of column width (Calibri 11)
MIN_WIDTH, LABEL_WIDTH, TEXT_WIDTH, HEADER_WIDTH = 9, 50, 40, 16


@dataclass(frozen=True)
class Table:
    """Where a table landed: its header row, data rows and column names."""

    ws: Worksheet
    header_row: int
    first_row: int
    last_row: int
    columns: tuple[str, ...]

    def col(self, name: str) -> int:
        """The 1-based column number of a header."""
        return self.columns.index(name) + 1

    def ref(self, name: str, first: int | None = None, last: int | None = None) -> Reference:
        """A chart reference to a column's data cells (or some of its rows)."""
        col = self.col(name)
        return Reference(self.ws, min_col=col, min_row=first or self.first_row, max_row=last or self.last_row)

    def cell_formula(self, name: str, row: int | None = None) -> str:
        """An absolute reference to one cell, e.g. 'Summary'!$B$4 (the header cell when no row is given)."""
        return f"{quote_sheetname(self.ws.title)}!${get_column_letter(self.col(name))}${row or self.header_row}"


class Page:
    """A worksheet being filled from the top down."""

    def __init__(self, ws: Worksheet, title: str, notes: Sequence[str] = ()) -> None:  # noqa: D107
        self.ws = ws
        self.widths: dict[int, int] = {}
        self.last_col = 1
        self.first_header: int | None = None
        self.first_rows = 0
        self.note_rows: list[int] = []
        self.header_rows: list[int] = []
        put(self._cell(1, 1), title)
        ws.cell(1, 1).font = TITLE_FONT
        self.row = 2
        for note in notes:
            self.note(note)
        self.row += 1

    def note(self, text: str) -> None:
        """A line of explanation (small italic, wrapped across the page's width)."""
        cell = self._cell(self.row, 1)
        put(cell, text)
        cell.font = NOTE_FONT
        cell.alignment = WRAP
        self.note_rows.append(self.row)
        self.row += 1

    def heading(self, text: str) -> None:
        """A heading above a table."""
        put(self._cell(self.row, 1), text)
        self.ws.cell(self.row, 1).font = SUBTITLE_FONT
        self.row += 1

    def table(
        self, headers: Sequence[str], rows: Sequence[Sequence[object]], *, total_rows: Sequence[int] = (),
        formats: dict[str, str] | None = None, text_columns: Sequence[str] = (),
    ) -> Table:
        """Write a table with a styled header; ``total_rows`` (indexes into rows) are bold with a rule above."""
        formats = formats or {}
        header_row = self.row
        for c, header in enumerate(headers, start=1):
            cell = self._cell(header_row, c)
            put(cell, header)
            style_header(cell)
            self._widen(c, min(len(header), HEADER_WIDTH))
        for r, values in enumerate(rows, start=header_row + 1):
            for c, value in enumerate(values, start=1):
                cell = self._cell(r, c)
                put(cell, value, formats.get(headers[c - 1]))
                cell.alignment = RIGHT_TOP if value == SUPPRESSED else WRAP if isinstance(value, str) else TOP
                cap = LABEL_WIDTH if c == 1 or headers[c - 1] in text_columns else TEXT_WIDTH
                self._widen(c, min(display_length(value), cap))
                if r - header_row - 1 in total_rows:
                    cell.font = TOTAL_FONT
                    cell.border = TOTAL_BORDER
        self.header_rows.append(header_row)
        self.last_col = max(self.last_col, len(headers))
        if self.first_header is None:
            self.first_header, self.first_rows = header_row, len(rows)
        last = header_row + max(len(rows), 1)
        self.row = last + 1
        return Table(self.ws, header_row, header_row + 1, last, tuple(headers))

    def gap(self, rows: int = 1) -> None:
        """Leave empty rows."""
        self.row += rows

    def chart(self, chart: ChartBase, *, new_page: bool | None = None) -> None:
        """Place a chart below what is there and move the cursor below it.

        The chart is made at least as wide as the tables above it (up to 40 cm). It starts a new printed
        page when ``new_page`` is true, or by default when the sheet is already long enough that the
        chart would otherwise be cut in two.
        """
        if new_page is None:
            new_page = self.row * ROW_CM + chart.height > PAGE_CM
        if not new_page:
            self.row += 1
        table_cm = sum(self._width(c) for c in range(1, self.last_col + 1)) * CHAR_CM
        chart.width = max(chart.width, min(table_cm, 40.0))  # type: ignore[assignment]  # cm; stubs say int
        if new_page and self.row > 1:
            self.ws.row_breaks.append(Break(id=self.row - 1))
        self.ws.add_chart(chart, f"A{self.row}")
        self.row += math.ceil(chart.height / ROW_CM) + 2

    def chart_beside(self, chart: ChartBase, table: Table, gap: int = 1) -> None:
        """Place a chart to the right of a table, level with its header (the cursor does not move)."""
        column = get_column_letter(len(table.columns) + 1 + gap)
        self.ws.add_chart(chart, f"{column}{table.header_row}")

    def finish(self) -> None:
        """Column widths, wrapped rows, frozen header, print settings.

        A sheet whose first table is long repeats that table's header row on every printed page;
        other sheets do not, since a repeated header would sit above tables it does not belong to.
        """
        ws = self.ws
        for col, width in self.widths.items():
            ws.column_dimensions[get_column_letter(col)].width = max(MIN_WIDTH, width + 2)
        self._fit_rows()
        span = max(self.last_col, 6)
        for row in self.note_rows:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=span)
        if self.first_header is not None:
            ws.freeze_panes = f"A{self.first_header + 1}"
            if self.first_rows > LONG_TABLE:  # it runs over pages: repeat its header on each
                ws.print_title_rows = f"{self.first_header}:{self.first_header}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        assert ws.sheet_properties.pageSetUpPr is not None  # openpyxl makes one with the sheet
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.gridLines = False
        assert ws.oddFooter is not None and ws.oddFooter.center is not None  # openpyxl makes every part
        ws.oddFooter.center.text = "&A – page &P of &N"
        ws.sheet_view.zoomScale = 100

    def _cell(self, row: int, col: int) -> Cell:
        """The cell to write at ``row``, ``col`` (never a merged one: notes are merged only by :meth:`finish`)."""
        cell = self.ws.cell(row, col)
        assert isinstance(cell, Cell)
        return cell

    def _widen(self, col: int, width: int) -> None:
        self.widths[col] = max(self.widths.get(col, 0), width)

    def _width(self, col: int) -> float:
        return max(MIN_WIDTH, self.widths.get(col, 0) + 2)

    def _fit_rows(self) -> None:
        """Row heights for wrapped text (Excel does not resize rows written by a program)."""
        span_width = sum(self._width(c) for c in range(1, max(self.last_col, 6) + 1))
        for row in self.ws.iter_rows(min_row=2):
            number = row[0].row
            assert number is not None  # only a detached merged cell has no row
            lines = 1
            for cell in row:
                if not isinstance(cell.value, str) or not (cell.alignment and cell.alignment.wrap_text):
                    continue
                if number in self.note_rows:
                    chars = span_width * 1.3  # notes are in a smaller font across the page
                elif number in self.header_rows:
                    chars = self._width(cell.column) * 0.95  # bold
                else:
                    chars = self._width(cell.column) * 1.2  # a width unit is one digit; letters average less
                lines = max(lines, _lines(cell.value, chars))
            if lines > 1:
                self.ws.row_dimensions[number].height = 15 * lines


def _lines(text: str, chars: float) -> int:
    """How many lines ``text`` wraps to in a column ``chars`` characters wide."""
    width = max(int(chars) - 1, 1)
    return sum(_part_lines(part, width) for part in text.split("\n"))


def _part_lines(part: str, width: int) -> int:
    if len(part) <= width and "\t" not in part:  # fits as it is (only tabs grow when wrapped)
        return 1
    return max(len(textwrap.wrap(part, width)), 1)
