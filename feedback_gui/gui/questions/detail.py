"""The right side of the Questions panel: one question's headline, chart, benchmark, counted answers and breakdown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from feedback_gui.core.insight.benchmarks import BenchmarkComparison
from feedback_gui.gui import describe, sizing, style
from feedback_gui.gui.benchmark import ANALYSIS_KEY
from feedback_gui.gui.benchmark.describe import (
    REVIEW_WHERE,
    check_hint,
    match_note,
    source_text,
    test_text,
    versus_text,
)
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.questions.breakdown import BreakdownView
from feedback_gui.gui.questions.counted import CountedChooser
from feedback_gui.gui.questions.distribution import DistributionView
from feedback_gui.gui.state import AppState


def _section(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setFont(style.scaled_font(1, bold=True))
    return label


class QuestionDetail(QScrollArea):
    """Everything about the selected question."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.question_id: str | None = None
        self.setObjectName("detailScroll")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QFrame(self)
        body.setObjectName("detailBox")
        self.title = QLabel(body)
        self.title.setWordWrap(True)
        self.title.setFont(style.scaled_font(3, bold=True))
        self.facts = style.mute(QLabel(body))
        self.why = style.mute(QLabel(body))  # why the question has its type, and how sure the importer was
        self.why.setAccessibleDescription("Why the question has its type, and how sure the app is")
        self.figure = QLabel(body)
        self.figure.setFont(style.scaled_font(8, bold=True))
        self.figure.setAccessibleName("Headline figure")
        accent = self.figure.palette()
        accent.setColor(QPalette.ColorRole.WindowText, style.accent(accent))
        self.figure.setPalette(accent)
        self.interval = QLabel(body)
        self.sentence = QLabel(body)
        self.sentence.setWordWrap(True)
        self.chart = DistributionView(body)
        self.table_toggle = QPushButton("Show as &table", body)
        self.table_toggle.setCheckable(True)
        self.table_toggle.setAccessibleDescription("Show the chart's numbers as a table")
        self.table_toggle.toggled.connect(self._toggle_table)
        self.chart.tableShown.connect(self.table_toggle.setChecked)  # T on the chart or its table
        self.benchmark_title = _section("Compared with the benchmark", body)
        self.benchmark = QLabel(body)  # the core's sentence, or why there is no benchmark figure
        self.benchmark.setWordWrap(True)
        self.benchmark.setAccessibleName("Compared with the benchmark")
        self.benchmark.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.benchmark_match = style.mute(QLabel(body))  # what it was paired with, and how
        self.benchmark_source = style.mute(QLabel(body), -1)  # the source and licence of the benchmark's figures
        self.benchmark_source.setAccessibleName("Source of the benchmark figures")
        self.counted_title = _section("Counted answers", body)
        self.counted = CountedChooser(body)
        self.counted.countedChanged.connect(self._counted_changed)
        self.breakdown_title = _section("Breakdown", body)
        self.breakdown = BreakdownView(state, body)
        toggle_row = QHBoxLayout()
        toggle_row.addStretch(1)
        toggle_row.addWidget(self.table_toggle)
        layout = QVBoxLayout(body)
        side = sizing.em(1)  # narrow margins: the pane reflows to a third of a small screen
        layout.setContentsMargins(side, 18, side, 18)
        layout.setSpacing(8)
        for widget in (self.title, self.facts, self.why, self.figure, self.interval, self.sentence, self.chart):
            layout.addWidget(widget)
        layout.addLayout(toggle_row)
        layout.addSpacing(8)
        for widget in (self.benchmark_title, self.benchmark, self.benchmark_match, self.benchmark_source):
            layout.addWidget(widget)
        layout.addSpacing(8)
        for widget in (self.counted_title, self.counted):
            layout.addWidget(widget)
        layout.addSpacing(8)
        for widget in (self.breakdown_title, self.breakdown):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self.set_question(None)

    def set_question(self, question_id: str | None) -> None:
        """Show a question (or nothing)."""
        self.question_id = question_id
        if question_id is None or not self.state.has_survey:
            self.widget().setVisible(False)
            return
        self.widget().setVisible(True)
        question, result = self.state.question(question_id), self.state.result(question_id)
        self.title.setText(result.text)
        self.facts.setText(f"{describe.type_name(result.type)} · {describe.denominator_note(result)}")
        self.why.setText(describe.why_text(question))
        for label in (self.facts, self.figure, self.interval, self.sentence):  # numerator, denominator, exclusions
            label.setToolTip(describe.figure_tooltip(result))
        headline = result.headline
        self.figure.setVisible(headline is not None)
        self.interval.setVisible(headline is not None)
        if headline is not None:
            self.figure.setText(describe.headline_text(headline))
            self.interval.setText(f"{describe.interval_text(headline)} (Wilson)")
            self.sentence.setText(headline.sentence)
        elif result.summary:
            summary = result.summary
            self.sentence.setText(f"Mean {summary['mean']:.1f}, median {summary['median']:g} "
                                  f"(from {summary['min']:g} to {summary['max']:g}).")
        elif question.options:
            self.sentence.setText("No answers are counted: tick the counted answers below to get a headline.")
        else:
            self.sentence.setText("This question has no answer options to count.")
        has_counts = bool(result.counts)
        self.chart.set_result(result if has_counts else None)
        self.chart.setVisible(has_counts)
        self.table_toggle.setVisible(has_counts)
        self._sync_counted(question)
        self.show_benchmark()
        self.breakdown.set_question(question)

    def show_benchmark(self) -> None:
        """Say how the question compares with the chosen benchmark (nothing when none is chosen, or when the
        question is not one a benchmark could have: free text, a demographic, a number)."""
        comparison = self.state.analysis(ANALYSIS_KEY)
        item = unmatched = None
        if isinstance(comparison, BenchmarkComparison) and self.question_id is not None:
            item = next((m for m in comparison.matched if m.question_id == self.question_id), None)
            unmatched = next((u for u in comparison.unmatched if u.question_id == self.question_id), None)
        shown = isinstance(comparison, BenchmarkComparison) and (item is not None or unmatched is not None)
        for widget in (self.benchmark_title, self.benchmark, self.benchmark_match, self.benchmark_source):
            widget.setVisible(shown)
        if not shown:
            return
        assert isinstance(comparison, BenchmarkComparison)
        if item is not None:
            self.benchmark.setText(item.sentence)
            self.benchmark.setToolTip(versus_text(item, comparison))
            self.benchmark_match.setText(" ".join(t for t in (match_note(item, comparison, hint=False),
                                                              test_text(item), check_hint(item)) if t))
            self.benchmark_source.setText(source_text(comparison))
        elif unmatched is not None:
            self.benchmark.setText(f"No figure of {comparison.label} ({comparison.short_source}) to compare with: "
                                   f"{unmatched.reason}.")
            self.benchmark.setToolTip("")
            self.benchmark_match.setText(f"To compare it with a benchmark question, pair them by hand in "
                                         f"{REVIEW_WHERE}")
            self.benchmark_source.setVisible(False)

    def show_breakdown(self, by_id: str, group: str | None = None) -> None:
        """Break the question down by a demographic (by its id), scroll to the breakdown and put the keyboard
        focus on it: on the group's row when ``group`` is given. KeyError if the demographic is not offered."""
        self.breakdown.choose_id(by_id)
        target = self.breakdown.table if group is not None and self.breakdown.show_group(group) else self.breakdown.by
        target.setFocus()
        self.widget().layout().activate()  # the panel may have just been shown: place the sections first
        self.ensureWidgetVisible(self.breakdown, 0, 0)

    def _sync_counted(self, question) -> None:  # noqa: ANN001 - a core Question
        shown = tuple(self.counted.item(i).text() for i in range(self.counted.count()))
        visible = bool(question.options)
        self.counted_title.setVisible(visible)
        self.counted.setVisible(visible)
        if shown != question.options or self.counted.counted() != question.counted:
            if shown == question.options:  # only the ticks differ: leave the items (one may be mid-click)
                self.counted.blockSignals(True)
                for option in question.options:
                    self.counted.set_checked(option, option in question.counted)
                self.counted.blockSignals(False)
            else:
                self.counted.set_question(question)

    def _counted_changed(self, counted: tuple) -> None:
        if self.question_id is None:
            return
        try:
            self.state.set_counted(self.question_id, counted)
        except ValueError as exc:
            show_message(self.window(), "Cannot count those answers", str(exc))

    def _toggle_table(self, on: bool) -> None:
        self.chart.show_table(on)
        self.table_toggle.setText("Show as &chart" if on else "Show as &table")
