"""Export to Excel: one workbook of values and native charts over them (openpyxl, no formulas).

    from feedback_gui.core.export import export_workbook
    result = export_workbook(survey, "staff survey.xlsx", by="What is your grade?")
"""

from feedback_gui.core.export.context import ExportResult, SheetWriter
from feedback_gui.core.export.saving import write_atomically, write_bytes_atomically
from feedback_gui.core.export.workbook import SHEET_KEYS, export_workbook, sheet_writers

__all__ = ["ExportResult", "SheetWriter", "SHEET_KEYS", "SHEET_WRITERS", "export_workbook", "sheet_writers",
           "write_atomically", "write_bytes_atomically"]


def __getattr__(name: str) -> object:
    if name == "SHEET_WRITERS":  # built on first use: the sheet writers load openpyxl
        return sheet_writers()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
