"""The lower half of the Insight panel: the outcome chooser, the key drivers' table and the priority matrix.

The chooser lists the indices and theme scores, then the Net Promoter questions, then the other rating
questions (separated). Above the table: what is happening (ranking, a failure, a cancel, with Rank again) and,
with under 100 respondents, the core's note that the ranking below the top items is uncertain. Under it: how
the drivers were ranked. The matrix, at the right, folds to a strip on a narrow screen (remembered per screen).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.gui import style
from feedback_gui.gui.insight.describe import HOW_TO_READ, bootstrap_note, drivers_summary, left_out_text
from feedback_gui.gui.insight.run import NPS, DriversRun, OutcomeChoice
from feedback_gui.gui.insight.widgets.cards import muted
from feedback_gui.gui.insight.widgets.drivers import DriverTable
from feedback_gui.gui.insight.widgets.matrix_box import MatrixBox
from feedback_gui.gui.layout_memory import remember
from feedback_gui.gui.widgets.collapsible import CollapsibleSection

MATRIX_FOLD_BELOW = QSize(1000, 0)  # on a screen narrower than this (logical pixels) the matrix starts folded
OUTCOME_LABEL = "Key drivers of the &outcome:"


def choice_label(choice: OutcomeChoice) -> str:
    """How the chooser names an outcome: an index by its name, a question by its text ("eNPS: …" for NPS)."""
    return f"eNPS: {choice.label}" if choice.kind == NPS else choice.label


class DriversView(QWidget):
    """The outcome chooser, the driver table and the priority matrix."""

    outcomeChosen = Signal(object)  # an OutcomeChoice
    rankRequested = Signal()
    questionChosen = Signal(str)  # a question id to open

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: tuple[OutcomeChoice, ...] = ()
        self.outcome_combo = QComboBox(self)
        self.outcome_combo.setAccessibleName("Outcome")
        self.outcome_combo.setAccessibleDescription("The index or question whose key drivers are ranked")
        self.outcome_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outcome_combo.setMinimumContentsLength(24)
        self.outcome_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.outcome_combo.activated.connect(self._combo_chosen)
        self.rank_button = QPushButton("&Rank again", self)
        self.rank_button.setAccessibleDescription("Rank the drivers of the outcome again (after a cancel)")
        self.rank_button.clicked.connect(self.rankRequested)
        self.rank_button.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Key drivers status")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setFont(style.scaled_font(0, bold=True))
        self.note.setAccessibleName("About the number of respondents")
        self.table = DriverTable(self)
        self.table.questionChosen.connect(self.questionChosen)
        self.footnote = muted(QLabel(self))
        self.footnote.setAccessibleName("How the drivers were ranked")
        self.footnote.setWordWrap(True)
        self.footnote.setFont(style.scaled_font(-1))
        self.open_button = QPushButton("Open &question", self)
        self.open_button.setAccessibleDescription("Show the chosen driver's question in the Questions panel (Enter)")
        self.open_button.clicked.connect(self._open_current)
        self.matrix_box = MatrixBox(self)
        self.matrix = self.matrix_box.chart
        self.matrix.questionChosen.connect(self.questionChosen)
        self.table.currentQuestionChanged.connect(self.matrix.select)
        self._build_layout()

    def _build_layout(self) -> None:
        chooser = QHBoxLayout()
        chooser.setSpacing(8)
        label = QLabel(OUTCOME_LABEL, self)
        label.setFont(style.scaled_font(0.5, bold=True))
        label.setBuddy(self.outcome_combo)
        chooser.addWidget(label)
        chooser.addWidget(self.outcome_combo, 1)
        chooser.addWidget(self.rank_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(4)
        left_layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.footnote, 1)
        actions.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        left_layout.addLayout(actions)
        self.matrix_section = CollapsibleSection("Priority &matrix", self.matrix_box, self, sideways=True,
                                                 at_right=True, fold_below=MATRIX_FOLD_BELOW,
                                                 buddy=self.matrix.chart_view)
        self.matrix_section.add_header_widget(self.matrix_box.table_toggle)
        remember(self.matrix_section, "insight/matrix")
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.addWidget(left)
        self.split.addWidget(self.matrix_section)
        self.split.setStretchFactor(0, 3)
        self.split.setStretchFactor(1, 2)
        self.split.setSizes([600, 400])
        self.split.setChildrenCollapsible(False)
        remember(self.split, "insight/split")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(chooser)
        layout.addWidget(self.status)
        layout.addWidget(self.note)
        layout.addWidget(self.split, 1)

    def tab_stops(self) -> list[QWidget]:
        """The controls in reading order (shown or not)."""
        return [self.outcome_combo, self.rank_button, self.table, self.open_button, self.matrix_section.button,
                self.matrix_box.table_toggle, self.matrix.table if self.matrix.showing_table() else
                self.matrix.chart_view]

    def chain(self) -> list[QWidget]:
        """Every control in tab order, the chart and its table both."""
        return [*self.tab_stops()[:-1], self.matrix.chart_view, self.matrix.table]

    # --- the outcome ---------------------------------------------------------------------------
    def set_choices(self, choices: Sequence[OutcomeChoice], current: OutcomeChoice | None) -> None:
        """List the outcomes (a separator between indices, NPS and other questions) and show the current one."""
        self.choices = tuple(choices)
        combo = self.outcome_combo
        combo.blockSignals(True)
        combo.clear()
        last = None
        for i, choice in enumerate(self.choices):
            group = "index" if choice.is_index else choice.kind
            if last is not None and group != last:
                combo.insertSeparator(combo.count())
            last = group
            combo.addItem(choice_label(choice), i)
            combo.setItemData(combo.count() - 1, choice_label(choice), Qt.ItemDataRole.ToolTipRole)
        combo.blockSignals(False)
        combo.setEnabled(bool(self.choices))
        self.show_outcome(current)

    def show_outcome(self, current: OutcomeChoice | None) -> None:
        """Show ``current`` in the chooser."""
        if current is None or current not in self.choices:
            return
        combo = self.outcome_combo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(self.choices.index(current)))
        combo.blockSignals(False)
        combo.setToolTip(combo.currentText())

    def _combo_chosen(self, row: int) -> None:
        index = self.outcome_combo.itemData(row)
        if isinstance(index, int) and 0 <= index < len(self.choices):
            self.outcomeChosen.emit(self.choices[index])

    # --- the drivers ---------------------------------------------------------------------------
    def ranking(self, outcome: OutcomeChoice | None) -> None:
        """Say the drivers are being ranked."""
        self.set_status(f"Ranking what drives {outcome.label if outcome else 'the outcome'}…")
        self.rank_button.hide()

    def show_run(self, run: DriversRun | None, message: str = "", can_rank: bool = False) -> None:
        """Show the drivers of a run, or (None) ``message`` and, if ``can_rank``, Rank again."""
        self.rank_button.setVisible(run is None and can_rank)
        self.set_status(message)
        self.split.setVisible(run is not None)
        self.table.driver_model.set_run(run)
        self.matrix_box.set_run(run)
        if run is None:
            self.footnote.setText("")
            self.note.hide()
            self.open_button.setEnabled(False)
            return
        result = run.result
        self.note.setText(result.note or "")
        self.note.setVisible(bool(result.note))
        self.footnote.setText(" ".join(t for t in (drivers_summary(result), bootstrap_note(result),
                                                   left_out_text(result)) if t))
        self.footnote.setToolTip(HOW_TO_READ)
        self.table.setAccessibleDescription(f"{drivers_summary(result)} {HOW_TO_READ}")
        self.table.setToolTip(HOW_TO_READ)
        self.open_button.setEnabled(bool(result.items))
        if result.items:
            self.table.selectRow(0)

    def set_status(self, text: str) -> None:
        """A line above the table (hidden when empty)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _open_current(self) -> None:
        question_id = self.table.current_question_id()
        if question_id:
            self.questionChosen.emit(question_id)


__all__ = ["MATRIX_FOLD_BELOW", "OUTCOME_LABEL", "DriversView", "choice_label"]
