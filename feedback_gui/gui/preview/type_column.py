"""The preview's Type column: drawn as a drop-down in every row, and changed with one click and a choice.

A click on a Type cell opens the list of types at once; choosing one applies it (through the app state, so
it is undoable and saved in the project). From the keyboard, Right (or F2) on a row opens the same list as
an editor: Up, Down and letters move the choice, Enter applies it, Escape keeps the old type.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from feedback_gui.core.survey import QuestionType
from feedback_gui.gui import describe
from feedback_gui.gui.models import EDIT

Index = QModelIndex | QPersistentModelIndex


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
    """Draws a question's type as a drop-down and edits it with a combo box of every type."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:  # noqa: ARG002
        editor = TypeEditor(parent)
        editor.setAccessibleName("Question type")
        editor.setAccessibleDescription("Up and Down choose a type, Enter applies it, Escape keeps the old one")
        for kind in QuestionType:
            editor.addItem(describe.type_name(kind), str(kind))
        editor.chosen.connect(lambda: self._choose(editor))
        return editor

    def _choose(self, editor: TypeEditor) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(EDIT))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EDIT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = item.widget.style() if item.widget is not None else QApplication.style()
        text, item.text = item.text, ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)  # background
        box = QStyleOptionComboBox()
        box.direction = item.direction
        box.rect = item.rect.adjusted(2, 2, -2, -2)
        box.state = item.state & ~QStyle.StateFlag.State_Selected & ~QStyle.StateFlag.State_HasFocus
        box.palette = item.palette
        box.fontMetrics = item.fontMetrics
        box.currentText = text
        box.frame = True
        painter.save()
        painter.setFont(item.font)
        base = QApplication.style()  # not the table's style sheet: a plain drop-down in the cell
        base.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, box, painter, None)
        base.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, box, painter, None)
        painter.restore()


class QuestionTable(QTableView):
    """The preview's table: a click on a Type cell opens its list of types (one click, then choose)."""

    def __init__(self, type_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type_column = type_column
        self.setItemDelegateForColumn(type_column, TypeDelegate(self))
        triggers = QAbstractItemView.EditTrigger  # clicks are handled below; keys and moving onto the cell edit
        self.setEditTriggers(triggers.CurrentChanged | triggers.EditKeyPressed | triggers.AnyKeyPressed)

    def type_editor(self, row: int) -> TypeEditor | None:
        """The open editor of a row's Type cell, if any."""
        editor = self.indexWidget(self.model().index(row, self.type_column))
        return editor if isinstance(editor, TypeEditor) else None

    def open_type_list(self, row: int) -> TypeEditor | None:
        """Open the list of types of a row (what a click on its Type cell does); the editor showing it."""
        index = self.model().index(row, self.type_column)
        if not index.isValid():
            return None
        self.setCurrentIndex(index)  # opens the editor (the CurrentChanged trigger) unless it is current already
        if self.type_editor(row) is None:
            self.edit(index)
        editor = self.type_editor(row)
        if editor is not None:
            QTimer.singleShot(0, editor, editor.showPopup)  # after the click that opened it has been handled
        return editor

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() == Qt.Key.Key_F2 and current.isValid() and current.column() != self.type_column:
            self.setCurrentIndex(current.siblingAtColumn(self.type_column))  # F2 anywhere on a row: its type
            if self.type_editor(current.row()) is None:
                self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.isValid() and index.column() == self.type_column:
            self.open_type_list(index.row())
