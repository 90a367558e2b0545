"""The Questions panel: every question in a table; the selected one's chart, counted answers and breakdown.

With a benchmark chosen (:mod:`feedback_gui.gui.benchmark`, held in the shared state), the table has a column
of differences from it in points and the detail says how the question compares, with the figures' source.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.gui import sizing
from feedback_gui.gui.benchmark import ANALYSIS_KEY
from feedback_gui.gui.layout_memory import remember
from feedback_gui.gui.models import ID_ROLE, SORT_ROLE
from feedback_gui.gui.questions.detail import QuestionDetail
from feedback_gui.gui.questions.models import QuestionTableModel
from feedback_gui.gui.state import AppState
from feedback_gui.gui.widgets.text_columns import give_text_the_room, show_column

TABLE_LEAST_EM = 24  # the narrowest the question table gets, in font heights
DETAIL_LEAST_EM = 26  # the narrowest the question's detail gets (it reflows down to this)


class QuestionsPanel(QWidget):
    """A filterable, sortable table of questions beside the selected question's detail."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = QuestionTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(QuestionTableModel.TEXT)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Filter questions (Ctrl+F)")
        self.search.setAccessibleName("Filter questions")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName("Questions")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(QuestionTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        # the question text takes the width the figures leave, on two lines; its tooltip is the whole text
        # (the type, then the benchmark difference, give way in a narrow table: the detail pane says both too)
        give_text_the_room(self.table, QuestionTableModel.TEXT, lines=2,
                           optional=(QuestionTableModel.TYPE, QuestionTableModel.BENCHMARK))
        self._shown = 0  # questions the detail was given by the table's current row (each is shown once)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.detail = QuestionDetail(state, self)
        self.detail.setMinimumWidth(sizing.em(DETAIL_LEAST_EM))
        left = QWidget(self)
        left.setMinimumWidth(sizing.em(TABLE_LEAST_EM))
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)  # the table (its question text) gets two thirds of a new width
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([660, 330])
        self.splitter.setChildrenCollapsible(False)
        remember(self.splitter, "questions/split")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(self.splitter)
        state.surveyChanged.connect(self.reload)
        state.questionChanged.connect(self._question_changed)
        state.analysisChanged.connect(self._analysis_changed)
        self.reload()

    def reload(self) -> None:
        """Show the state's questions, keeping the selected one if it is still there."""
        keep = self.detail.question_id
        self.model.set_results(self.state.reportable_results())
        self._show_benchmark()
        if keep and self.model.row_of(keep) is not None:
            self.select(keep)
        elif self.proxy.rowCount():
            shown = self._shown
            self.table.selectRow(0)
            if self._shown == shown:  # the row was current already: no signal showed its question
                self._current_changed(self.table.currentIndex())
        else:
            self.detail.set_question(None)

    def select(self, question_id: str) -> None:
        """Select a question and show its detail."""
        row = self.model.row_of(question_id)
        if row is None:
            raise KeyError(question_id)
        index = self.proxy.mapFromSource(self.model.index(row, QuestionTableModel.TEXT))
        if not index.isValid():  # hidden by the filter
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, QuestionTableModel.TEXT))
        shown = self._shown
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        if self._shown == shown:  # the row was current already: no signal showed its question
            self.detail.set_question(question_id)

    def show_target(self, target: object) -> None:
        """Called by the window: show a question, given its id, or ``(question id, demographic id)`` or
        ``(question id, demographic id, group)`` to show it broken down by that demographic (the group's
        row current), as the Equality panel's heatmap asks."""
        if isinstance(target, str):
            self.select(target)
            self.table.setFocus()
        elif isinstance(target, tuple) and len(target) in (2, 3):
            self.select(target[0])
            try:
                self.detail.show_breakdown(target[1], target[2] if len(target) == 3 else None)
            except KeyError:  # that demographic cannot break this question down: the question alone
                self.table.setFocus()

    def _show_benchmark(self) -> None:
        comparison = self.state.analysis(ANALYSIS_KEY)
        self.model.set_benchmark(comparison)  # type: ignore[arg-type]
        show_column(self.table, QuestionTableModel.BENCHMARK, comparison is not None)

    def _analysis_changed(self, key: str) -> None:
        if key == ANALYSIS_KEY:
            self._show_benchmark()
            self.detail.show_benchmark()

    def _current_changed(self, index) -> None:  # noqa: ANN001 - a QModelIndex of the proxy
        if index.isValid():
            self._shown += 1
            self.detail.set_question(self.proxy.data(index, ID_ROLE))

    def _question_changed(self, question_id: str) -> None:
        result = self.state.result(question_id)
        if (self.model.row_of(question_id) is None) != (result.type == "metadata"):
            self.reload()  # the question joined or left the reportable list
        else:
            self.model.update_result(result)
        if question_id == self.detail.question_id:
            self.detail.set_question(question_id)
        else:
            self.detail.breakdown.set_question(self.state.question(self.detail.question_id)
                                               if self.detail.question_id else None)
