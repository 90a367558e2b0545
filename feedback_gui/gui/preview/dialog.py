"""The import preview ("Question types…"): every detected question, its type (one click to change it), how sure
the importer was and why, the least sure first, and the layout found."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.survey import QuestionType
from feedback_gui.gui import describe, style
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.models import EDIT
from feedback_gui.gui.opening import SurveyOpener
from feedback_gui.gui.preview.model import PreviewModel, preview_order, summary_text, unsure_calls
from feedback_gui.gui.preview.type_column import QuestionTable
from feedback_gui.gui.settings_store import read_bool
from feedback_gui.gui.state import AppState

SHOW_AFTER_IMPORT_KEY = "preview/showAfterImport"
HINT = ("Click a type to choose another (from the keyboard: Right or F2 on a row, then Up or Down and Enter; "
        "Ctrl+Z undoes). Your choices are saved in the project and re-applied to the next wave.")


class ImportPreviewDialog(QDialog):
    """Lists the detected questions, least sure first; type changes go through the app state (and into the
    project), so Edit → Undo takes them back."""

    def __init__(self, state: AppState, opener: SurveyOpener, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.opener, self.settings = state, opener, settings
        self.setObjectName("importPreview")
        self.resize(1080, 640)
        self.heading = QLabel(self)
        self.heading.setFont(style.scaled_font(3, bold=True))
        self.layout_label = QLabel(self)
        self.layout_label.setWordWrap(True)
        self.layout_label.setAccessibleName("Layout found")
        self.summary_icon = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setFont(style.scaled_font(1, bold=True))
        self.summary.setAccessibleDescription("How sure the app is of the question types")
        self.sheet = QComboBox(self)
        self.sheet.setAccessibleName("Sheet")
        self.sheet.activated.connect(self._sheet_chosen)
        self.sheet_label = QLabel("&Sheet:", self)
        self.sheet_label.setBuddy(self.sheet)
        self.model = PreviewModel(self._retype, self)
        self.table = QuestionTable(PreviewModel.TYPE, self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Detected questions")
        self.table.setAccessibleDescription("Each detected question, least sure first: its type, how sure the app "
                                            "is and why, its options and how many answered")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column in (PreviewModel.TEXT, PreviewModel.REASON):  # the question and why: the widest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.why.setAccessibleDescription("Why the current row's question has its type, and how sure the app is")
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        muted = self.why.palette()
        muted.setColor(QPalette.ColorRole.WindowText, style.muted(muted))
        self.why.setPalette(muted)
        self.table.selectionModel().currentRowChanged.connect(self._show_why)
        self.show_after = QCheckBox("Show this &after each import", self)
        self.show_after.setChecked(read_bool(settings, SHOW_AFTER_IMPORT_KEY, True))
        self.show_after.toggled.connect(lambda on: settings.setValue(SHOW_AFTER_IMPORT_KEY, on))
        hint = QLabel(HINT, self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.layout_label)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_icon)
        summary_row.addWidget(self.summary, 1)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet)
        sheet_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_after)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout.addLayout(summary_row)
        layout.addLayout(sheet_row)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.why)
        layout.addLayout(bottom)
        state.surveyChanged.connect(self.reload)
        state.questionChanged.connect(self._question_changed)
        QWidget.setTabOrder(self.sheet, self.table)
        QWidget.setTabOrder(self.table, self.show_after)
        self.table.setFocus()
        self.reload()

    def reload(self) -> None:
        """Show the open survey's questions (least sure first) and layout."""
        survey = self.state.survey
        if survey is None:
            self.model.set_rows([])
            self._update_summary()
            return
        self.setWindowTitle(f"Question types — {survey.source.name}")
        self.heading.setText(f"{survey.source.name} — {describe.plural(len(survey.questions), 'question')} found")
        self.layout_label.setText(f"Layout found: {describe.layout_text(survey.layout)}; "
                                  f"{describe.plural(survey.respondents, 'respondent')}.")
        sheets = survey.layout.sheets
        self.sheet.clear()
        self.sheet.addItems(list(sheets))
        self.sheet.setCurrentText(survey.layout.sheet or "")
        for widget in (self.sheet, self.sheet_label):
            widget.setVisible(len(sheets) > 1)
        # ranked by the importer's calls: a row keeps its place when its type is changed, undone, or reopened
        self.model.set_rows([(q, self.state.results.get(q.id)) for q in preview_order(survey.questions)])
        self.table.setCurrentIndex(self.model.index(0, PreviewModel.TEXT))
        self._update_summary()
        self._size_columns()

    def _size_columns(self) -> None:
        self.table.resizeColumnToContents(PreviewModel.TYPE)
        self.table.setColumnWidth(PreviewModel.TYPE, max(self.table.columnWidth(PreviewModel.TYPE), 200))
        self.table.resizeColumnToContents(PreviewModel.CONFIDENCE)
        self.table.setColumnWidth(PreviewModel.OPTIONS, 160)
        self.table.resizeColumnToContents(PreviewModel.ANSWERED)

    def rows(self) -> list[str]:
        """The question texts in the order shown."""
        return [q.text for q in self.model.questions()]

    def row_of_text(self, question_text: str) -> int:
        """The row showing the question with this text (KeyError if none)."""
        for row, question in enumerate(self.model.questions()):
            if question.text == question_text:
                return row
        raise KeyError(question_text)

    def set_type(self, question_text: str, new_type: QuestionType | str) -> bool:
        """Change the type of the question with this text, as choosing it in the table does."""
        row = self.row_of_text(question_text)
        return self.model.setData(self.model.index(row, PreviewModel.TYPE), str(new_type), EDIT)

    def _retype(self, question_id: str, new_type: QuestionType) -> bool:
        try:
            self.state.retype(question_id, new_type)
        except ValueError as exc:
            show_message(self, "Cannot change the type", str(exc))
            return False
        return True

    def _question_changed(self, question_id: str) -> None:
        if self.state.survey is not None and self.model.row_of(question_id) is not None:
            self.model.update_row(self.state.question(question_id), self.state.results.get(question_id))
            self._update_summary()
            self._show_why(self.table.currentIndex())

    def _update_summary(self) -> None:
        questions = self.model.questions()
        self.summary.setText(summary_text(questions) if questions else "")
        if not questions:
            self.summary_icon.clear()
            return
        pixmaps = QStyle.StandardPixmap
        icon = pixmaps.SP_MessageBoxWarning if unsure_calls(questions) else pixmaps.SP_DialogApplyButton
        size = self.summary.fontMetrics().height()
        self.summary_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))

    def _show_why(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            self.why.setText("")
            return
        question = self.model.question_at(current.row())
        self.why.setText(f"“{question.text}”: {describe.type_name(question.type)}. "
                         f"{describe.type_reason(question)}. {describe.confidence_meaning(question)}.")

    def _sheet_chosen(self, index: int) -> None:
        name = self.sheet.itemText(index)
        survey = self.state.survey
        if survey is not None and name and name != survey.layout.sheet:
            self.opener.reopen_sheet(name)

