"""The Comments panel's two choosers: which free-text questions, and which codebook of themes."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from feedback_gui.core.comments import Codebook
from feedback_gui.core.survey import Question
from feedback_gui.gui.comments.session import AUTO, PROJECT

BOOK_NAMES = {"staff": "Staff survey", "user_voice": "User Voice"}
LONGEST = 70  # characters of a question shown in the list (the whole text is its tooltip)


def fill_questions(box: QComboBox, questions: Sequence[Question], chosen: str | None) -> None:
    """'All free-text questions (n)' then each one (data: its id, None for all); ``chosen`` selected."""
    box.clear()
    box.addItem(f"All free-text questions ({len(questions)})", None)
    for question in questions:
        text = question.text if len(question.text) <= LONGEST else question.text[: LONGEST - 1].rstrip() + "…"
        box.addItem(text, question.id)
        box.setItemData(box.count() - 1, question.text, Qt.ItemDataRole.ToolTipRole)
    box.setCurrentIndex(max(0, box.findData(chosen)))


def fill_codebooks(box: QComboBox, chosen: str, automatic: Codebook | None, edited: Codebook | None) -> None:
    """Automatic (naming the one it chose, when known), the built-in ones, and the project's edited one."""
    box.clear()
    name = BOOK_NAMES.get(automatic.kind, automatic.name) if automatic is not None else ""
    box.addItem(f"Automatic: {name}" if name else "Automatic", AUTO)
    for kind, title in BOOK_NAMES.items():
        box.addItem(title, kind)
    if edited is not None:
        box.addItem(f"Edited for this project: {edited.name}", PROJECT)
    box.setCurrentIndex(max(0, box.findData(chosen)))


__all__ = ["BOOK_NAMES", "fill_codebooks", "fill_questions"]
