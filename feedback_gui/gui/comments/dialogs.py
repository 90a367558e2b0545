"""The Comments panel's small dialogs, all window-modal and non-blocking: each calls back with the answer.

Showing personal details asks first; adopting a proposed theme asks for its name (suggested from its
top terms); the codebook editor hands back the edited codebook on OK.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from feedback_gui.core.comments import Codebook, DiscoveredTheme
from feedback_gui.gui.comments.codebook import CodebookDialog

PERSONAL_WARNING = ("Comments will show names, phone numbers, email addresses, postcodes and case, PNC and prison "
                    "numbers as they were written. Only do this if you are allowed to see them, and turn it off "
                    "before sharing your screen. Show them?")


def _modal(dialog: QDialog) -> None:
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def confirm_personal(parent: QWidget, on_answer: Callable[[bool], None]) -> QMessageBox:
    """Ask before showing names and contact details (No is the default); ``on_answer(True)`` on Yes."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Show names and contact details?", PERSONAL_WARNING,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.finished.connect(lambda answer: on_answer(answer == QMessageBox.StandardButton.Yes))
    _modal(box)
    return box


def edit_codebook(parent: QWidget, codebook: Codebook, on_apply: Callable[[Codebook], None]) -> CodebookDialog:
    """Open the codebook editor on ``codebook``; ``on_apply(edited)`` when the user presses OK."""
    dialog = CodebookDialog(codebook, parent)
    dialog.applied.connect(on_apply)
    _modal(dialog)
    return dialog


def ask_theme_name(parent: QWidget, found: DiscoveredTheme, on_name: Callable[[str], None]) -> QInputDialog:
    """Ask what to call a proposed theme (its top terms suggested); ``on_name(text)`` on OK."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle("Adopt as a theme")
    dialog.setLabelText(f"Name of the new theme (its keywords: {', '.join(found.terms)}):")
    dialog.setTextValue(found.name)
    dialog.textValueSelected.connect(on_name)
    _modal(dialog)
    return dialog


__all__ = ["PERSONAL_WARNING", "ask_theme_name", "confirm_personal", "edit_codebook"]
