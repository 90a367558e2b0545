"""The breakdown section: choose a demographic, see each group's figures with small groups suppressed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.analysis.breakdown import Breakdown
from feedback_gui.core.survey import Question, QuestionType
from feedback_gui.gui.questions.models import BreakdownModel
from feedback_gui.gui.state import AppState

BREAKABLE = {QuestionType.LIKERT, QuestionType.NPS, QuestionType.YES_NO, QuestionType.SINGLE_CHOICE,
             QuestionType.MULTI_CHOICE, QuestionType.DEMOGRAPHIC}


class BreakdownView(QWidget):
    """A demographic chooser, the table of groups (and total), and the suppression note."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.question_id: str | None = None
        self.by = QComboBox(self)
        self.by.setAccessibleName("Break down by")
        # as wide as the pane allows, never wider: a long demographic question is elided, not scrolled to
        self.by.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.by.setMinimumContentsLength(12)
        self.by.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.by.currentIndexChanged.connect(self.refresh)
        self.model = BreakdownModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Breakdown table")
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setAccessibleName("Breakdown note")
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        label = QLabel("Break &down by:", self)
        label.setBuddy(self.by)
        form.addRow(label, self.by)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.note)

    def set_question(self, question: Question | None) -> None:
        """Break down this question (keeping the chosen demographic when it still applies)."""
        self.question_id = question.id if question else None
        chosen = self.by.currentData()
        self.by.blockSignals(True)
        self.by.clear()
        for demographic in self.state.demographics():
            if question is None or demographic.id != question.id:
                self.by.addItem(demographic.text, demographic.id)
        index = self.by.findData(chosen)
        self.by.setCurrentIndex(index if index >= 0 else 0)
        self.by.blockSignals(False)
        self.refresh()

    def choose(self, by_text: str) -> None:
        """Break down by the demographic with this text."""
        index = self.by.findText(by_text)
        if index < 0:
            raise KeyError(by_text)
        self.by.setCurrentIndex(index)

    def choose_id(self, by_id: str) -> None:
        """Break down by the demographic question with this id (KeyError when it is not offered)."""
        index = self.by.findData(by_id)
        if index < 0:
            raise KeyError(by_id)
        self.by.setCurrentIndex(index)

    def show_group(self, group: str) -> bool:
        """Make a group's row the table's current one (its figures framed); False when it has no row."""
        rows = [r for r in range(self.model.rowCount()) if self.model.index(r, 0).data() == group]
        if not rows:
            return False
        self.table.setCurrentIndex(self.model.index(rows[0], 0))
        return True

    def refresh(self) -> None:
        """Recompute the table for the current question and demographic."""
        result = self._breakdown()
        self.model.set_breakdown(result if isinstance(result, Breakdown) else None)
        if isinstance(result, Breakdown):
            extra = "" if result.counted else " Tick the counted answers above to see a percentage for each group."
            self.note.setText(result.note + extra)
        else:
            self.note.setText(result)
        rows = self.model.rowCount()
        self.table.setVisible(rows > 0)
        if rows:
            height = self.table.horizontalHeader().height() + sum(self.table.rowHeight(r) for r in range(rows))
            self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 2)

    def _breakdown(self) -> Breakdown | str:
        if self.question_id is None or not self.state.has_survey:
            return ""
        if self.by.count() == 0:
            return "No demographic question was found to break the figures down by."
        question = self.state.question(self.question_id)
        if question.type not in BREAKABLE:
            return "Only questions with answer options can be broken down."
        try:
            return self.state.breakdown(self.question_id, self.by.currentData())
        except ValueError as exc:
            return str(exc)


__all__ = ["BreakdownView"]
