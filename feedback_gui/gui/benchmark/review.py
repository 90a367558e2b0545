"""Review benchmark matches…: each survey question paired with a benchmark question, the ones paired by similar
wording first; confirm or reject each, pair by hand, take a rejection back. Every decision is saved in the
project and can be undone (the dialog's Undo button, Ctrl+Z); the comparison follows.

Modelled on the Waves panel's review of proposed wave matches; the "Pair by hand" dialog is the shared one
(:class:`~feedback_gui.gui.widgets.pair_dialog.PairDialog`).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.insight.benchmarks import BenchmarkComparison, BenchmarkItem
from feedback_gui.core.project import Project
from feedback_gui.gui import describe, style
from feedback_gui.gui.benchmark.describe import match_note, source_text, summary_text
from feedback_gui.gui.benchmark.models import ITEM_ROLE, MatchModel
from feedback_gui.gui.benchmark.session import benchmark_session
from feedback_gui.gui.state import AppState
from feedback_gui.gui.widgets.pair_dialog import PairDialog, PairItem, PairSide

PAIR_ROLE = Qt.ItemDataRole.UserRole + 5  # a rejected (question, benchmark question) pair


class BenchmarkReview(QDialog):
    """The matches with the chosen benchmark, and the buttons to decide about them."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.session = benchmark_session(state)
        self.pair_dialog: PairDialog | None = None
        self.setWindowTitle("Review benchmark matches")
        self.setAccessibleName("Review benchmark matches")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setFont(style.scaled_font(0.5))
        self.model = MatchModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName("Benchmark matches")
        self.table.setAccessibleDescription("Each question, the benchmark question it is compared with, how alike "
                                            "the wordings are, how it was matched and the difference in points")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.table.fontMetrics().lineSpacing() + 12)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = QHeaderView.ResizeMode.Stretch if column in (MatchModel.QUESTION, MatchModel.BENCHMARK) \
                else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_moved())
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName("Selected match")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm_button = QPushButton("&Confirm match", self)
        self.confirm_button.setToolTip("Both ask the same thing: compare them")
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.reject_button = QPushButton("Re&ject match", self)
        self.reject_button.setToolTip("Not the same question: never compare these two")
        self.reject_button.clicked.connect(self.reject_selected)
        self.pair_button = QPushButton("&Pair by hand…", self)
        self.pair_button.setToolTip("Pair a question without a benchmark figure with a benchmark question")
        self.pair_button.clicked.connect(self.pair_by_hand)
        self.undo_button = QPushButton("&Undo", self)
        self.undo_button.clicked.connect(state.undo_stack.undo)
        self.undo_button.setEnabled(state.undo_stack.canUndo())
        self.undo_button.setToolTip(state.undo_stack.undoText())
        close = QPushButton("Close", self)
        close.clicked.connect(self.close)
        undo, redo = state.undo_stack.createUndoAction(self), state.undo_stack.createRedoAction(self)
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))  # Ctrl+Z and Ctrl+Y work here too
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.addActions([undo, redo])
        self.rejected_list = QListWidget(self)
        self.rejected_list.setAccessibleName("Matches you rejected")
        self.rejected_list.setWordWrap(True)
        self.rejected_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.rejected_label = QLabel("&Matches you rejected:", self)
        self.rejected_label.setBuddy(self.rejected_list)
        self.forget_button = QPushButton("&Allow again", self)
        self.forget_button.setToolTip("Let the app match this pair again")
        self.forget_button.clicked.connect(self.forget_selected)
        self.source = style.mute(QLabel(self))
        self.source.setFont(style.scaled_font(-1))
        self.source.setAccessibleName("Source of the benchmark figures")
        self._build_layout(close)
        self.session.compared.connect(lambda _comparison: self.show_comparison())
        state.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        state.undo_stack.undoTextChanged.connect(self.undo_button.setToolTip)
        self.resize(920, 560)
        self.show_comparison()

    def _build_layout(self, close: QPushButton) -> None:
        actions = QHBoxLayout()
        for widget in (self.confirm_button, self.reject_button, self.pair_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        actions.addWidget(close)
        forget_row = QHBoxLayout()
        forget_row.addWidget(self.rejected_label, 1)
        forget_row.addWidget(self.forget_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        layout.addLayout(forget_row)
        layout.addWidget(self.rejected_list, 1)
        layout.addWidget(self.source)

    # --- showing ---------------------------------------------------------------------------------
    def show_comparison(self) -> None:
        """Show the session's comparison, keeping the selected question when it is still listed."""
        keep = self.current_item()
        comparison: BenchmarkComparison | None = self.session.comparison
        self.model.set_comparison(comparison)
        if comparison is None:
            self.summary.setText("Choose a benchmark first (Compare with… on the Overview, or Survey → Benchmark).")
            self.source.setText("")
        else:
            self.summary.setText(f"{summary_text(comparison)} Questions marked {describe.PROPOSED_MARK} were matched "
                                 "by similar wording: check that both ask the same thing, then confirm or reject.")
            self.source.setText(source_text(comparison))
        self.rejected_list.clear()
        for question, benchmark in self.session.rejected():
            item = QListWidgetItem(f"{question}  ≠  {benchmark}", self.rejected_list)
            item.setData(PAIR_ROLE, (question, benchmark))
        for widget in (self.rejected_list, self.rejected_label, self.forget_button):
            widget.setVisible(self.rejected_list.count() > 0)
        if keep is not None and keep.question_id and self.select(keep.question_id):
            pass
        elif self.model.rowCount():
            self.table.selectRow(0)
        self._selection_moved()

    def select(self, question_id: str) -> bool:
        """Select a survey question's match; False when it has none."""
        row = self.model.row_of(question_id)
        if row is None:
            return False
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        return True

    def current_item(self) -> BenchmarkItem | None:
        """The match selected in the table."""
        index = self.table.currentIndex()
        return index.data(ITEM_ROLE) if index.isValid() else None

    def _selection_moved(self) -> None:
        item, comparison = self.current_item(), self.session.comparison
        if item is None or comparison is None:
            self.detail.setText("")
        else:
            self.detail.setText(f"<b>{escape(item.question)}</b><br>{escape(item.sentence)} "
                                f"{escape(match_note(item, comparison))}")
        self._update_buttons()

    def _update_buttons(self) -> None:
        item, comparison = self.current_item(), self.session.comparison
        self.confirm_button.setEnabled(item is not None and item.proposed)
        self.reject_button.setEnabled(item is not None)
        self.pair_button.setEnabled(comparison is not None and bool(self._unmatched()) and bool(self._wordings()))
        self.forget_button.setEnabled(self.rejected_list.currentItem() is not None)

    # --- deciding --------------------------------------------------------------------------------
    def confirm_selected(self) -> bool:
        """Accept the selected proposed match."""
        item = self.current_item()
        return item is not None and self.session.confirm(item)

    def reject_selected(self) -> bool:
        """Refuse the selected match: the question is compared with no benchmark question it was refused with."""
        item = self.current_item()
        return item is not None and self.session.reject(item)

    def forget_selected(self) -> bool:
        """Take back the selected rejection."""
        item = self.rejected_list.currentItem()
        return item is not None and self.session.forget(*item.data(PAIR_ROLE))

    def _unmatched(self) -> list[PairItem]:
        comparison = self.session.comparison
        return [PairItem(u.question, u.question, f"{u.question}\nNo benchmark figure: {u.reason}.")
                for u in (comparison.unmatched if comparison else ()) if u.question_id]

    def _wordings(self) -> list[PairItem]:
        """Every benchmark question once (several figures may share a wording), those in use saying so."""
        benchmark, comparison = self.session.benchmark, self.session.comparison
        if benchmark is None or comparison is None:
            return []
        used = {Project.key(m.benchmark_question): m.question for m in comparison.matched}
        items: dict[str, PairItem] = {}
        for row in benchmark.question_rows:
            key = Project.key(row.text)
            if key in items:
                continue
            code = f"{row.code}: " if row.code else ""
            taken = f"\nNow compared with “{used[key]}”: pairing it here takes it from that question." \
                if key in used else ""
            items[key] = PairItem(f"{code}{row.text}" + (" (in use)" if key in used else ""), row.text,
                                  f"{row.text}\n{row.measure}{taken}".strip())
        return list(items.values())

    def pair_by_hand(self) -> PairDialog | None:
        """Open the "Pair by hand" dialog (non-blocking); OK pairs the two chosen."""
        comparison = self.session.comparison
        if comparison is None:
            return None
        dialog = PairDialog(
            "Pair with a benchmark question",
            f"Choose a question of the survey and the question of {comparison.label} ({comparison.short_source}) "
            "that asks the same thing. Their figures will be compared.",
            PairSide("&Survey questions without a benchmark:", "Survey questions without a benchmark",
                     self._unmatched()),
            PairSide(f"&Benchmark questions ({comparison.short_source.replace('&', '&&')}):", "Benchmark questions",
                     self._wordings()),
            parent=self)
        self.pair_dialog = dialog.open_for(self.session.pair)
        return dialog


def open_review(state: AppState, parent: QWidget | None, question_id: str | None = None) -> BenchmarkReview:
    """Show the review (one per window), with a question's match selected when given."""
    dialog = parent.findChild(BenchmarkReview) if parent is not None else None
    if not isinstance(dialog, BenchmarkReview):
        dialog = BenchmarkReview(state, parent)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    if question_id:
        dialog.select(question_id)
    return dialog


__all__ = ["BenchmarkReview", "open_review"]
