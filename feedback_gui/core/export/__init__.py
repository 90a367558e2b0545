"""Export to Excel: one workbook of values and native charts over them (openpyxl, no formulas).

    from feedback_gui.core.export import export_workbook
    result = export_workbook(survey, "staff survey.xlsx", by="What is your grade?")
"""

from feedback_gui.core.export.context import ExportResult, SheetWriter
from feedback_gui.core.export.saving import write_atomically, write_bytes_atomically
from feedback_gui.core.export.workbook import SHEET_KEYS, SHEET_WRITERS, export_workbook

__all__ = ["ExportResult", "SheetWriter", "SHEET_KEYS", "SHEET_WRITERS", "export_workbook", "write_atomically",
           "write_bytes_atomically"]
