"""Messages to the user: one line, in a window-modal box that does not block the event loop."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


def show_message(parent: QWidget | None, title: str, text: str,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """Show ``text`` (one line) in a message box over ``parent``; returns the open box."""
    box = QMessageBox(icon, title, " ".join(text.split()), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("userMessage")
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(title)
    box.open()
    return box


def ask_password(parent: QWidget | None, file_name: str, reason: str) -> str | None:
    """Ask for a workbook's password (typed characters hidden); None when the user cancels."""
    text, ok = QInputDialog.getText(
        parent, "Password needed", f"{reason}\n\nPassword for {file_name}:", QLineEdit.EchoMode.Password)
    return text if ok and text else None
