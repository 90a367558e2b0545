"""The import preview's table: each detected question with its type (editable), how sure the importer was and
why, its options and how many answered; the order (least sure first) and the summary line above it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from feedback_gui.core.analysis.proportions import QuestionResult
from feedback_gui.core.survey import Confidence, Question, QuestionType
from feedback_gui.gui import describe
from feedback_gui.gui.models import ALIGN, DISPLAY, EDIT, FONT, ID_ROLE, RIGHT, TOOLTIP, Index, _Table

ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
DECORATION = Qt.ItemDataRole.DecorationRole
_ICONS = {Confidence.LOW: QStyle.StandardPixmap.SP_MessageBoxWarning,
          Confidence.MEDIUM: QStyle.StandardPixmap.SP_MessageBoxQuestion}


def preview_order(questions: Sequence[Question]) -> list[Question]:
    """The importer's least certain calls first (low, medium, high), file order within; metadata after the
    questions of its confidence. Ranked by the importer's call, so a row keeps its place when the user changes
    its type (and undoes it); for the reportable questions this is :meth:`Survey.doubtful_first`."""
    position = {q.id: i for i, q in enumerate(questions)}
    return sorted(questions, key=lambda q: (describe.importer_note(q).rank, q.type == QuestionType.METADATA,
                                            position[q.id]))


def unsure_calls(questions: Sequence[Question]) -> list[Question]:
    """The questions whose type the app is unsure of (low or medium confidence) and the user has not chosen."""
    return [q for q in questions if not q.overridden and q.inference_note.confidence != Confidence.HIGH]


def summary_text(questions: Sequence[Question]) -> str:
    """The line above the table: how many calls the app is unsure of (low or medium confidence, not yet
    chosen by the user), or that every question was read with confidence."""
    unsure = unsure_calls(questions)
    doubted = [q for q in questions if describe.importer_note(q).confidence != Confidence.HIGH]
    chosen = sum(q.overridden for q in questions)
    mine = f" You chose {describe.plural(chosen, 'type')}." if chosen else ""
    if not unsure:
        if doubted:
            return "You have chosen the type of every call the app was unsure of."
        return f"Every question was read with confidence.{mine}"
    low = sum(q.inference_note.confidence == Confidence.LOW for q in unsure)
    medium = len(unsure) - low
    how = (f"{low} low confidence, {medium} medium" if low and medium
           else "low confidence" if low else "medium confidence")
    calls = describe.plural(len(unsure), "call")
    return (f"{calls} the app is unsure of ({how}), listed first: check {'it' if len(unsure) == 1 else 'each'} "
            f"and change the type if it is wrong.{mine}")


class PreviewModel(_Table):
    """The import preview: each detected question with its type (editable), confidence, reason, options and
    answers. Rows stay where they are while the user edits; ``set_rows`` puts them in preview order."""

    headers = ("Question", "Type", "Confidence", "Why this type", "Options", "Answered")
    TEXT, TYPE, CONFIDENCE, REASON, OPTIONS, ANSWERED = range(6)

    def __init__(self, retype: Callable[[str, QuestionType], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self._retype = retype
        self._rows: list[tuple[Question, QuestionResult | None]] = []
        self._icons: dict[Confidence, QIcon] = {}

    def set_rows(self, rows: Sequence[tuple[Question, QuestionResult | None]]) -> None:
        """Show these questions (replacing all rows), in the order given."""
        self.replace_rows(rows)

    def update_row(self, question: Question, result: QuestionResult | None) -> None:
        """Refresh one question's row (it keeps its place)."""
        for row, (old, _) in enumerate(self._rows):
            if old.id == question.id:
                self._rows[row] = (question, result)
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def question_at(self, row: int) -> Question:
        """The question shown in a row."""
        return self._rows[row][0]

    def questions(self) -> list[Question]:
        """Every question shown, in row order."""
        return [question for question, _ in self._rows]

    def row_of(self, question_id: str) -> int | None:
        """The row showing a question, if any."""
        return next((i for i, (q, _) in enumerate(self._rows) if q.id == question_id), None)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.TYPE else flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        question, result = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return question.id
        if role == EDIT and column == self.TYPE:
            return str(question.type)
        if role == DISPLAY:
            return self._display(question, result, column)
        if role == TOOLTIP:
            return self._tooltip(question, column)
        if role == ACCESSIBLE and column == self.CONFIDENCE:
            return describe.confidence_meaning(question)
        if role == ACCESSIBLE and column == self.TYPE:
            return f"Type: {describe.type_name(question.type)}" + (", chosen by you" if question.overridden else "")
        if role == DECORATION and column == self.CONFIDENCE and not question.overridden:
            return self._icon(Confidence(question.inference_note.confidence))
        if role == FONT and column == self.TYPE and question.overridden:
            font = QFont()
            font.setItalic(True)
            font.setBold(True)
            return font
        if role == ALIGN and column == self.ANSWERED:
            return RIGHT
        return None

    def _display(self, question: Question, result: QuestionResult | None, column: int) -> str:
        if column == self.ANSWERED:
            return f"{result.answered:,} of {result.respondents:,}" if result else ""
        if column == self.OPTIONS:
            return describe.options_text(question.options, question.excluded)
        if column == self.CONFIDENCE:
            return describe.confidence_name(question)
        if column == self.REASON:
            return describe.type_reason(question)
        return question.text if column == self.TEXT else describe.type_name(question.type)

    def _tooltip(self, question: Question, column: int) -> str | None:
        if column == self.TYPE and question.overridden and question.inferred_type:
            return (f"Changed by you; detected as {describe.type_name(question.inferred_type)}. "
                    "Click to choose another type.")
        if column == self.TYPE:
            return "Detected type: click to choose another."
        if column in (self.CONFIDENCE, self.REASON):
            return f"{describe.type_reason(question)}\n{describe.confidence_meaning(question)}."
        if column == self.OPTIONS:
            return describe.options_text(question.options, question.excluded, limit=100)
        return question.text if column == self.TEXT else None

    def _icon(self, confidence: Confidence) -> QIcon | None:
        if confidence not in _ICONS:
            return None
        if confidence not in self._icons:
            self._icons[confidence] = QApplication.style().standardIcon(_ICONS[confidence])
        return self._icons[confidence]

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or index.column() != self.TYPE or not index.isValid():
            return False
        question = self._rows[index.row()][0]
        try:
            new_type = QuestionType(value)
        except ValueError:
            return False
        if new_type == question.type:
            return False
        return self._retype(question.id, new_type)
