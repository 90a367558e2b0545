"""The benchmark chooser: "Compare with: [No benchmark | the CSPS 2024 figures … | Your own CSV file…]" and the
button that opens the review of proposed matches. Any panel may show one; the Overview does.

Choosing goes through the :class:`~feedback_gui.gui.benchmark.session.BenchmarkSession` (in the background;
remembered in the project once it works, undoably). A benchmark that cannot be used gives a one-line
message and the chooser goes back to the benchmark in use.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from feedback_gui.core.insight.benchmarks import BUILT_IN
from feedback_gui.gui import sizing
from feedback_gui.gui.benchmark.describe import choice_label, choice_tooltip
from feedback_gui.gui.benchmark.session import BenchmarkSession, benchmark_session
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.state import AppState

OWN_CSV = "\0csv"  # the combo item that asks for a CSV file
CSV_FILTER = "Benchmark files (*.csv *.txt);;All files (*)"
NO_BENCHMARK = "No benchmark"
LEAST_CHARS, WANTED_CHARS = 14, 40  # the combo box's width in characters: at least, and when there is room
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class _Combo(QComboBox):
    """A combo box that asks for room for a whole benchmark name but makes do with :data:`LEAST_CHARS`."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + sizing.chars(WANTED_CHARS - LEAST_CHARS, self.font()), hint.height())


def ask_for_csv(parent: QWidget, state: AppState) -> str | None:
    """Ask for a benchmark CSV of the user's own (columns question, percent, optional respondents)."""
    current = benchmark_session(state).chosen()
    folder = Path(current).parent if current and current.casefold() not in BUILT_IN else \
        (state.source.parent if state.source else Path.home())
    path, _ = QFileDialog.getOpenFileName(parent, "Choose a benchmark file (columns question, percent)", str(folder),
                                          CSV_FILTER)
    return path or None


def cannot_use(parent: QWidget | None, message: str) -> None:
    """The one-line message when a chosen benchmark cannot be used."""
    show_message(parent, "Cannot use the benchmark", message)


class BenchmarkChooser(QWidget):
    """A combo box of benchmarks and a "Review matches…" button, following the session."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.session: BenchmarkSession = benchmark_session(state)
        self.review_dialog: QWidget | None = None
        self.combo = _Combo(self)
        self.combo.setAccessibleName("Compare with a benchmark")
        self.combo.setAccessibleDescription("The Civil Service People Survey 2024 figures, or a CSV file of your own; "
                                            "each headline then shows its difference from the benchmark")
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(LEAST_CHARS)  # never wider than the panel allows: a long name is elided
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.activated.connect(self._activated)
        label = QLabel("Compare &with:", self)
        label.setBuddy(self.combo)
        self.review_button = QPushButton("&Review matches…", self)  # the summary says how many are to check
        self.review_button.setToolTip("Confirm or reject questions matched to the benchmark by similar wording, or "
                                      "pair them by hand")
        self.review_button.clicked.connect(self.open_review)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo, 1)
        layout.addWidget(self.review_button)
        self.session.compared.connect(lambda _comparison: self.sync())
        self.session.failed.connect(lambda _message: self.sync())
        state.projectRestored.connect(lambda _part: self.sync())
        state.surveyChanged.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        """Show the benchmark in use and the number of matches to check."""
        chosen = self.session.chosen()
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(NO_BENCHMARK, None)
        for name in BUILT_IN:
            self.combo.addItem(choice_label(name), name)
            self.combo.setItemData(self.combo.count() - 1, choice_tooltip(name), _TOOLTIP)
        if chosen and chosen.casefold() not in BUILT_IN:
            self.combo.addItem(choice_label(chosen), chosen)
            self.combo.setItemData(self.combo.count() - 1, choice_tooltip(chosen), _TOOLTIP)
        self.combo.addItem("Your own CSV file…", OWN_CSV)
        self.combo.setItemData(self.combo.count() - 1, "A CSV with the columns question and percent (and, if known, "
                               "respondents)", _TOOLTIP)
        index = self.combo.findData(chosen.casefold() if chosen and chosen.casefold() in BUILT_IN else chosen)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.setToolTip(choice_tooltip(chosen) if chosen else "No benchmark chosen")
        self.combo.blockSignals(False)
        self.combo.setEnabled(self.state.has_survey)
        comparison = self.session.comparison
        self.review_button.setEnabled(comparison is not None)

    def choose(self, against: str | None) -> object:
        """Compare with this benchmark (as choosing it in the list would)."""
        return self.session.choose(against, on_error=self._failed)

    def _activated(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data == OWN_CSV:
            path = ask_for_csv(self.window(), self.state)
            if path is None:
                self.sync()
                return
            data = path
        if data != self.session.chosen():
            self.choose(data)

    def _failed(self, message: str) -> None:
        self.sync()
        cannot_use(self.window(), message)

    def open_review(self) -> QWidget | None:
        """Open the review of the matches (non-blocking)."""
        from feedback_gui.gui.benchmark.review import open_review

        self.review_dialog = open_review(self.state, self.window())
        return self.review_dialog


__all__ = ["NO_BENCHMARK", "OWN_CSV", "BenchmarkChooser", "ask_for_csv", "cannot_use"]
