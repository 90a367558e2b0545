"""The Overview panel: the survey's name and size, and a grid of headline cards in as many columns as fit
(:class:`~feedback_gui.gui.widgets.card_grid.CardGrid`).

With a benchmark chosen (the "Compare with" box, or Survey → Benchmark; held in the shared state by
:mod:`feedback_gui.gui.benchmark`), each card also says how far its figure is from the benchmark's and whether
the difference could be chance, and the source of the benchmark figures (with its licence) shows above them.

A national survey can have a hundred headline questions; building every card at once would hold the
GUI thread for a noticeable moment. The first screenful is built at once and the rest follow a few at
a time between other events (:data:`FIRST_CARDS`, :data:`CARDS_PER_TURN`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from feedback_gui.core.analysis.proportions import QuestionResult
from feedback_gui.core.analysis.wording import confidence_text
from feedback_gui.core.insight.benchmarks import BenchmarkComparison, BenchmarkItem
from feedback_gui.gui import describe, sizing, style
from feedback_gui.gui.benchmark import ANALYSIS_KEY
from feedback_gui.gui.benchmark.chooser import BenchmarkChooser
from feedback_gui.gui.benchmark.describe import card_text, item_tooltip, source_text, summary_text
from feedback_gui.gui.benchmark.session import benchmark_session
from feedback_gui.gui.state import AppState
from feedback_gui.gui.widgets.card_grid import CardGrid
from feedback_gui.gui.widgets.cards import HeadlineCard
from feedback_gui.gui.widgets.reflow import ReflowRow

FIRST_CARDS = 16  # cards built as soon as a survey is shown (more than a screenful)
CARDS_PER_TURN = 6  # then this many per turn of the event loop, so the window stays responsive


def hint_text(confidence: float) -> str:
    """The line above the cards: what a card shows, naming the confidence level of the intervals."""
    level = confidence_text(confidence)
    return (f"Counted answers out of relevant respondents; the line across each bar is the {level} confidence "
            "interval. Click a card (or press Enter) for its chart and breakdown.")


class OverviewPanel(QWidget):
    """Headline cards for every question that has a headline."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.cards: list[HeadlineCard] = []
        self._pending: list[QuestionResult] = []  # results whose cards are still to be built
        self._more = QTimer(self)
        self._more.setSingleShot(True)
        self._more.setInterval(0)
        self._more.timeout.connect(self._build_more)
        self.title = QLabel(self)
        self.title.setFont(style.scaled_font(7, bold=True))
        self.title.setAccessibleName("Survey name")
        self.summary = style.mute(QLabel(self), 0.5)
        self.hint = style.mute(QLabel(hint_text(state.settings.confidence), self), -1)
        self.chooser = BenchmarkChooser(state, self)
        self.chooser.setMaximumWidth(sizing.em(40))
        self.benchmark_note = QLabel(self)  # what the benchmark shows, or why it could not be compared
        self.benchmark_note.setWordWrap(True)
        self.benchmark_note.setFont(style.scaled_font(-1))
        self.benchmark_note.setAccessibleName("Benchmark summary")
        self.source = style.mute(QLabel(self), -1)  # the benchmark's source and licence, shown with its figures
        self.source.setAccessibleName("Source of the benchmark figures")
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel("Open a survey export (File → Open, or drop a file here) to see its headlines.", self)
        self.empty.setWordWrap(True)
        self.grid_host = CardGrid(self)  # as many columns of cards as fit the width
        self.grid_host.setObjectName("cardGrid")
        self.grid = self.grid_host.grid
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("cardScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.grid_host)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # the benchmark chooser beside the title, so the cards keep the height (under it when too narrow)
        self.title_row = ReflowRow(self, spacing=16)
        self.title_row.add(self.title, 1, Qt.AlignmentFlag.AlignVCenter)
        self.title_row.add(self.chooser, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QVBoxLayout()
        header.setSpacing(4)
        header.addWidget(self.title_row)
        header.addWidget(self.summary)
        header.addWidget(self.hint)
        header.addWidget(self.benchmark_note)
        header.addWidget(self.source)
        top = QHBoxLayout()
        top.addLayout(header, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 20, 0)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        state.surveyChanged.connect(self.rebuild)
        state.questionChanged.connect(self._question_changed)
        state.analysisChanged.connect(self._analysis_changed)
        benchmark_session(state).failed.connect(self._benchmark_failed)
        self.rebuild()

    def rebuild(self) -> None:
        """Recreate every card from the state."""
        self._more.stop()
        self._pending = []
        self.grid_host.clear()
        self.cards = self.grid_host.cards
        survey = self.state.survey
        self.empty.setVisible(survey is None)
        self.hint.setVisible(survey is not None)
        self.scroll.setVisible(survey is not None)
        self.chooser.setVisible(survey is not None)
        self._show_benchmark_note()
        if survey is None:
            self.title.setText("No survey open")
            self.summary.setText("")
            return
        results = self.state.headline_results()
        self.hint.setText(hint_text(self.state.settings.confidence))
        name = survey.name.replace("_", " ").strip()
        self.title.setText(name[:1].upper() + name[1:])
        self.summary.setText(" · ".join([
            describe.plural(survey.respondents, "respondent"), describe.plural(len(results), "headline question"),
            describe.layout_text(survey.layout)]))
        self.summary.setToolTip(str(survey.source))
        self._pending = list(results)
        self._build(FIRST_CARDS)
        self.grid_host.reflow()
        if self._pending:
            self._more.start()

    @property
    def building(self) -> bool:
        """True while some cards are still to be built."""
        return bool(self._pending)

    def finish_building(self) -> None:
        """Build every card still pending now."""
        self._more.stop()
        self._build(len(self._pending))

    def _build_more(self) -> None:
        self._build(CARDS_PER_TURN)
        if self._pending:
            self._more.start()

    def _build(self, count: int) -> None:
        batch, self._pending = self._pending[:count], self._pending[count:]
        comparison, items = self._benchmark()
        for result in batch:
            card = HeadlineCard(result, self.grid_host)
            card.activated.connect(lambda qid: self.state.request_panel("questions", qid))
            self._show_benchmark_on(card, comparison, items)
            self.grid_host.add(card)

    # --- the benchmark ---------------------------------------------------------------------------
    def _benchmark(self) -> tuple[BenchmarkComparison | None, dict[str, BenchmarkItem]]:
        comparison = self.state.analysis(ANALYSIS_KEY)
        if not isinstance(comparison, BenchmarkComparison):
            return None, {}
        return comparison, {m.question_id: m for m in comparison.matched if m.question_id}

    @staticmethod
    def _show_benchmark_on(card: HeadlineCard, comparison: BenchmarkComparison | None,
                           items: dict[str, BenchmarkItem]) -> None:
        item = items.get(card.question_id)
        if comparison is None or item is None:
            card.set_benchmark(None)
        else:
            card.set_benchmark(card_text(item, comparison), item.sentence, item_tooltip(item, comparison))

    def _analysis_changed(self, key: str) -> None:
        if key != ANALYSIS_KEY:
            return
        comparison, items = self._benchmark()
        for card in self.cards:
            self._show_benchmark_on(card, comparison, items)
        self._show_benchmark_note()

    def _show_benchmark_note(self, error: str = "") -> None:
        comparison, _items = self._benchmark()
        session = benchmark_session(self.state)
        if comparison is not None and self.state.has_survey:
            self.benchmark_note.setText(summary_text(comparison))
            self.source.setText(source_text(comparison))
        else:
            self.benchmark_note.setText(error or (f"The benchmark could not be compared: {session.error}"
                                                  if session.error and self.state.has_survey else ""))
            self.source.setText("")
        self.benchmark_note.setVisible(bool(self.benchmark_note.text()))
        self.source.setVisible(bool(self.source.text()))

    def _benchmark_failed(self, message: str) -> None:
        self._show_benchmark_note(f"The benchmark could not be compared: {message}")

    def card_for(self, text: str) -> HeadlineCard:
        """The card whose question text contains ``text`` (building any pending cards first)."""
        self.finish_building()
        hits = [c for c in self.cards if text.casefold() in c.result.text.casefold()]
        if len(hits) != 1:
            raise KeyError(f"{len(hits)} cards match {text!r}")
        return hits[0]

    def _question_changed(self, question_id: str) -> None:
        result = self.state.result(question_id)
        waiting = next((i for i, r in enumerate(self._pending) if r.id == question_id), None)
        if waiting is not None and result.headline is not None:
            self._pending[waiting] = result  # its card is not built yet: it will show the new figures
            return
        card = next((c for c in self.cards if c.question_id == question_id), None)
        if card is not None and result.headline is not None:
            card.set_result(result)  # its benchmark line follows when the comparison has been worked out again
        elif card is not None or waiting is not None or result.headline is not None:
            self.rebuild()  # a card appears or disappears
