"""The import preview ("Question types…"): every detected question, its type (editable) and the layout found."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSettings, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.survey import QuestionType
from feedback_gui.gui import describe, style
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.models import EDIT, PreviewModel
from feedback_gui.gui.opening import SurveyOpener
from feedback_gui.gui.settings_store import read_bool
from feedback_gui.gui.state import AppState

SHOW_AFTER_IMPORT_KEY = "preview/showAfterImport"


class TypeEditor(QComboBox):
    """The Type cell's combo box: choosing from its list applies at once; from the keyboard, arrows and
    letters only move the choice, and Enter applies it (Escape leaves the type as it was)."""

    chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stepping = False
        self.activated.connect(lambda _i: None if self._stepping else self.chosen.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._stepping = True  # QComboBox reports each arrow press as "activated": not a choice yet
        try:
            super().keyPressEvent(event)
        finally:
            self._stepping = False


class TypeDelegate(QStyledItemDelegate):
    """Edits a question type with a combo box of every type."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:  # noqa: ARG002
        editor = TypeEditor(parent)
        editor.setAccessibleName("Question type")
        editor.setAccessibleDescription("Up and Down choose a type, Enter applies it, Escape keeps the old one")
        for kind in QuestionType:
            editor.addItem(describe.type_name(kind), str(kind))
        editor.chosen.connect(lambda: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(EDIT))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)


class ImportPreviewDialog(QDialog):
    """Lists the detected questions; type changes go through the app state (and into the project)."""

    def __init__(self, state: AppState, opener: SurveyOpener, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.opener, self.settings = state, opener, settings
        self.setObjectName("importPreview")
        self.resize(960, 620)
        self.heading = QLabel(self)
        self.heading.setFont(style.scaled_font(3, bold=True))
        self.layout_label = QLabel(self)
        self.layout_label.setWordWrap(True)
        self.layout_label.setAccessibleName("Layout found")
        self.sheet = QComboBox(self)
        self.sheet.setAccessibleName("Sheet")
        self.sheet.activated.connect(self._sheet_chosen)
        self.sheet_label = QLabel("&Sheet:", self)
        self.sheet_label.setBuddy(self.sheet)
        self.model = PreviewModel(self._retype, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Detected questions")
        self.table.setAccessibleDescription("Each detected question, its type, options and how many answered")
        self.table.setItemDelegateForColumn(PreviewModel.TYPE, TypeDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(PreviewModel.TEXT, QHeaderView.ResizeMode.Stretch)
        self.show_after = QCheckBox("Show this &after each import", self)
        self.show_after.setChecked(read_bool(settings, SHOW_AFTER_IMPORT_KEY, True))
        self.show_after.toggled.connect(lambda on: settings.setValue(SHOW_AFTER_IMPORT_KEY, on))
        hint = QLabel("Choose a type in the Type column to correct what was detected (from the keyboard: F2, "
                      "then Up or Down and Enter; Ctrl+Z undoes). Your corrections are saved in the project and "
                      "re-applied to the next wave.", self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        sheet_row = QHBoxLayout()
        sheet_row.addWidget(self.sheet_label)
        sheet_row.addWidget(self.sheet)
        sheet_row.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_after)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.layout_label)
        layout.addLayout(sheet_row)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        state.surveyChanged.connect(self.reload)
        state.questionChanged.connect(self._question_changed)
        QWidget.setTabOrder(self.sheet, self.table)
        QWidget.setTabOrder(self.table, self.show_after)
        self.table.setFocus()
        self.reload()

    def reload(self) -> None:
        """Show the open survey's questions and layout."""
        survey = self.state.survey
        if survey is None:
            self.model.set_rows([])
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
        self.model.set_rows([(q, self.state.results.get(q.id)) for q in survey.questions])
        self.table.resizeColumnToContents(PreviewModel.TYPE)
        self.table.setColumnWidth(PreviewModel.TYPE, max(self.table.columnWidth(PreviewModel.TYPE), 190))
        self.table.setColumnWidth(PreviewModel.OPTIONS, 300)
        self.table.resizeColumnToContents(PreviewModel.ANSWERED)

    def set_type(self, question_text: str, new_type: QuestionType | str) -> bool:
        """Change the type of the question with this text, as choosing it in the table does."""
        for row in range(self.model.rowCount()):
            if self.model.question_at(row).text == question_text:
                return self.model.setData(self.model.index(row, PreviewModel.TYPE), str(new_type), EDIT)
        raise KeyError(question_text)

    def _retype(self, question_id: str, new_type: QuestionType) -> bool:
        try:
            self.state.retype(question_id, new_type)
        except ValueError as exc:
            show_message(self, "Cannot change the type", str(exc))
            return False
        return True

    def _question_changed(self, question_id: str) -> None:
        if self.state.survey is not None:
            self.model.update_row(self.state.question(question_id), self.state.results.get(question_id))

    def _sheet_chosen(self, index: int) -> None:
        name = self.sheet.itemText(index)
        survey = self.state.survey
        if survey is not None and name and name != survey.layout.sheet:
            self.opener.reopen_sheet(name)
