"""The import preview ("Question types…", shown after each import): every detected question, least sure first,
with its type (one click to change it), how sure the app is and why, and the layout found.

``dialog.py`` the dialog; ``model.py`` its table model, row order and summary line; ``type_column.py`` the
Type column (drawn as a drop-down, opened with one click). Shared: the window opens it, so this package
imports no panel.
"""

from feedback_gui.gui.preview.dialog import SHOW_AFTER_IMPORT_KEY, ImportPreviewDialog
from feedback_gui.gui.preview.model import PreviewModel, preview_order, summary_text
from feedback_gui.gui.preview.type_column import QuestionTable, TypeDelegate, TypeEditor

__all__ = ["SHOW_AFTER_IMPORT_KEY", "ImportPreviewDialog", "PreviewModel", "QuestionTable", "TypeDelegate",
           "TypeEditor", "preview_order", "summary_text"]
