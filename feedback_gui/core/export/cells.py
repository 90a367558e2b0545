"""Cell values and styles for the export: text always stays text, percentages are fractions shown as 0%.

Every value goes through :func:`put`. openpyxl turns any string starting with "=" into a formula, and
Excel would read "+1", "-2" or "@SUM(A1)" typed into a cell as one; :func:`put_text` forces the
string type and sets Excel's quote prefix, so respondent text is shown as typed and never evaluated.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

PERCENT = "0%"  # percentages are stored as fractions (0.73) and shown as 73%
INTEGER = "0"
DECIMAL = "0.00"
SUPPRESSED = "–"  # an en dash: the figure is not shown
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
MAX_CELL_TEXT = 32_000  # Excel holds at most 32,767 characters in a cell

HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
FONT = "Calibri"
HEADER_FONT = Font(name=FONT, bold=True, color="FFFFFF")
TITLE_FONT = Font(name=FONT, bold=True, size=14, color="1F3A5F")
SUBTITLE_FONT = Font(name=FONT, bold=True, size=11, color="1F3A5F")
NOTE_FONT = Font(name=FONT, italic=True, size=9, color="404040")
TOTAL_FONT = Font(name=FONT, bold=True)
TOTAL_BORDER = Border(top=Side(style="thin", color="1F3A5F"))
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
RIGHT_TOP = Alignment(horizontal="right", vertical="top")  # "–" lines up with the figures around it
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center")


@dataclass(frozen=True)
class Percent:
    """A percentage (0-100, as the core computes it) to be stored as a fraction with a 0% format."""

    value: float


def safe_text(text: str) -> str:
    """Text Excel can hold: no control characters XML forbids, no more than Excel's cell limit."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > MAX_CELL_TEXT:
        text = text[: MAX_CELL_TEXT - 1] + "…"
    return text


def put_text(cell: Cell, text: str) -> None:
    """Write ``text`` as a string cell, whatever it starts with."""
    text = safe_text(text)
    cell.value = text
    cell.data_type = "s"  # openpyxl made it "f" (formula) if it starts with "=", "e" if it looks like #N/A
    if text.startswith(FORMULA_STARTS):
        cell.quotePrefix = True  # Excel keeps it text even when the user edits the cell


def put(cell: Cell, value: object, number_format: str | None = None) -> None:
    """Write a value: text as text, Percent as a fraction with the 0% format, numbers as numbers."""
    if value is None:
        cell.value = None
    elif isinstance(value, Percent):
        cell.value = value.value / 100.0
        cell.number_format = PERCENT
    elif isinstance(value, bool):
        put_text(cell, "Yes" if value else "No")
    elif isinstance(value, int | float):
        cell.value = value
        if number_format:
            cell.number_format = number_format
    else:
        put_text(cell, str(value))


def style_header(cell: Cell) -> None:
    """The look of a table's header cells."""
    cell.fill = HEADER_FILL
    cell.font = HEADER_FONT
    cell.alignment = HEADER_ALIGN


def display_length(value: object) -> int:
    """Roughly how many characters a value takes on screen (for column widths)."""
    if value is None:
        return 0
    if isinstance(value, Percent):
        return 4
    if isinstance(value, float):
        return 6
    return len(str(value))
