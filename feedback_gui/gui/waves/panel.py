"""The Waves panel: add earlier waves, review the matching, see what changed (table and chart), open a question.

The open survey is the newest wave. Earlier waves are read and compared in the background
(:class:`~feedback_gui.gui.waves.session.WaveSession`); confirming, rejecting and pairing questions are
saved in the project and the comparison follows.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from feedback_gui.core.waves import WaveComparison
from feedback_gui.gui import style
from feedback_gui.gui.layout_memory import remember
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.state import AppState
from feedback_gui.gui.waves.bar import WaveBar, button
from feedback_gui.gui.waves.chart import WaveChartBox
from feedback_gui.gui.waves.describe import match_sentence, summary_text
from feedback_gui.gui.waves.dialogs import PairDialog
from feedback_gui.gui.waves.review import ReviewTabs
from feedback_gui.gui.waves.session import WaveSession
from feedback_gui.gui.widgets.collapsible import CollapsibleSection

CHART_FOLD_BELOW = QSize(0, 640)  # on a screen shorter than this (logical pixels) the chart starts folded


class WavesPanel(QWidget):
    """Waves of the same survey side by side: what moved, and whether it is more than noise."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.session = WaveSession(state, self)
        self.pair_dialog: PairDialog | None = None
        self.title = QLabel("Compare waves", self)
        self.title.setFont(style.scaled_font(7, bold=True))
        self.summary = QLabel(self)
        self.summary.setFont(style.scaled_font(0.5))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Comparison summary")
        self.note = style.mute(QLabel(self))
        self.note.setFont(style.scaled_font(-1))
        self.bar = WaveBar(state, self.session, self)
        self.empty = style.mute(QLabel(self))
        self.empty.setFont(style.scaled_font(1))
        self.review = ReviewTabs(self)
        self.review.openRequested.connect(self.open_question)
        self.review.selectionMoved.connect(self._selection_moved)
        self.review.forgetRequested.connect(self.session.forget)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName("Selected question")
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirm_button = button("&Confirm match", "These two wordings ask the same question", self)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.reject_button = button("Re&ject match", "Not the same question: list both as unmatched", self)
        self.reject_button.clicked.connect(self.reject_selected)
        self.pair_button = button("&Pair by hand…", "Pair a question of the earlier wave with one of the later",
                                  self)
        self.pair_button.clicked.connect(self.pair_by_hand)
        self.open_button = button("&Open question", "Show this question in the Questions panel (Enter)", self)
        self.open_button.clicked.connect(lambda: self.open_question(self.review.current_question_id()))
        self.chart_box = WaveChartBox(self)
        self._build_layout()
        self.session.wavesChanged.connect(self._waves_changed)
        self.session.compared.connect(self.show_comparison)
        self.session.comparisonFailed.connect(self._comparison_failed)
        self.session.waveFailed.connect(
            lambda name, message: show_message(self.window(), "Cannot add the wave", f"{name}: {message}"))
        QWidget.setTabOrder(self.open_button, self.chart_box.table_toggle)  # the toggle above its chart first
        self._waves_changed()
        self.show_comparison(None)

    def _build_layout(self) -> None:
        actions = QHBoxLayout()
        for widget in (self.confirm_button, self.reject_button, self.pair_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(self.open_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.review, 1)
        left_layout.addWidget(self.detail)
        left_layout.addLayout(actions)
        # the chart folds to its arrow on a short screen (its eleven-odd rows need the height), giving the table
        # its width; unfolded again with a click, and remembered per screen
        self.chart_box.title.hide()
        self.chart_section = CollapsibleSection("Then vs now", self.chart_box, self, sideways=True, at_right=True,
                                                fold_below=CHART_FOLD_BELOW, buddy=self.chart_box.chart)
        self.chart_section.add_header_widget(self.chart_box.table_toggle)
        remember(self.chart_section, "waves/chart")
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.chart_section)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([720, 300])
        self.splitter.setChildrenCollapsible(False)
        remember(self.splitter, "waves/split")
        heading = QHBoxLayout()  # the summary beside the title: the table gets the height
        heading.setSpacing(16)
        heading.addWidget(self.title, 0, Qt.AlignmentFlag.AlignBottom)
        heading.addWidget(self.summary, 1, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 12, 20, 8)
        layout.setSpacing(6)
        layout.addLayout(heading)
        layout.addWidget(self.note)
        layout.addWidget(self.bar)
        layout.addWidget(self.empty, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.splitter, 1)

    # --- waves and buttons -----------------------------------------------------------------------
    def _waves_changed(self) -> None:
        if self.session.comparison is None:
            self.empty.setText(self._empty_text())
        later = self.session.later_than_open()
        self.note.setText(" ".join(f"{w.path.name} looks later than the open survey; the open survey is always "
                                   "treated as the newest wave." for w in later))
        self.note.setVisible(bool(later))
        self._update_buttons()

    def _update_buttons(self) -> None:
        match = self.review.current_match()
        comparing = self.session.comparison is not None
        self.confirm_button.setEnabled(comparing and match is not None and match.proposed)
        self.reject_button.setEnabled(comparing and match is not None)
        self.pair_button.setEnabled(comparing and bool(self.session.comparison.matching.unmatched_old)
                                    and bool(self.session.comparison.matching.unmatched_new))
        self.open_button.setEnabled(comparing and self.review.current_question_id() is not None)

    # --- comparison ----------------------------------------------------------------------------
    def show_comparison(self, comparison: WaveComparison | None) -> None:
        """Show a comparison's table, chart and lists (or say what is missing)."""
        self.review.set_comparison(comparison)
        self.chart_box.set_comparison(comparison)
        shown = comparison is not None
        self.splitter.setVisible(shown)
        self.empty.setVisible(not shown)
        if comparison is None:
            self.summary.setText("")
            self.empty.setText(self._empty_text())
        else:
            self.summary.setText(summary_text(comparison))
            if self.review.current_match() is None and self.review.model.rowCount():
                self.review.table.selectRow(0)
        self._selection_moved()

    def _empty_text(self) -> str:
        if not self.state.has_survey:
            return "Open a survey first: it is the newest wave. Then add earlier waves of the same survey."
        if self.session.pending:
            return "Reading the earlier wave…"
        return ("Add an earlier wave of the same survey (Add earlier wave…) to see what changed, question by "
                "question, and whether each change is more than chance.")

    def _comparison_failed(self, message: str) -> None:
        self.show_comparison(None)
        self.empty.setText(f"The waves could not be compared: {message}")

    def _selection_moved(self) -> None:
        match = self.review.current_match()
        comparison = self.session.comparison
        if match is None or comparison is None:
            self.detail.setText("")
        else:
            m = comparison.matching
            change = next((c for c in comparison.changes if c.match == match), None)
            figure = (change.sentence[:1].upper() + change.sentence[1:] + ".") if change else ""
            how = (f"Matched with {m.old_wave}'s “{match.old.text}” ({match_sentence(match)})."
                   if match.old.text != match.new.text else f"Same wording in both waves ({match_sentence(match)}).")
            hint = " Confirm or reject this match." if match.proposed else ""
            self.detail.setText(f"<b>{escape(match.new.text)}</b><br>{escape(f'{figure} {how}{hint}')}")
        self._update_buttons()

    # --- decisions and navigation ----------------------------------------------------------------
    def confirm_selected(self) -> None:
        """Accept the selected proposed match."""
        match = self.review.current_match()
        if match is not None:
            self.session.confirm(match.old.text, match.new.text)

    def reject_selected(self) -> None:
        """Refuse the selected match: both questions become unmatched."""
        match = self.review.current_match()
        if match is not None:
            self.session.reject(match.old.text, match.new.text)

    def pair_by_hand(self) -> PairDialog | None:
        """Open the "Pair by hand" dialog (non-blocking); OK pairs the two questions chosen."""
        comparison = self.session.comparison
        if comparison is None:
            return None
        m = comparison.matching
        dialog = PairDialog(m.old_wave, m.new_wave, m.unmatched_old, m.unmatched_new, self)
        old, new = self.review.unmatched_choice()
        if old and new:
            dialog.choose(old, new)
        self.pair_dialog = dialog.open_for(self.session.pair)
        return dialog

    def open_question(self, question_id: str | None) -> None:
        """Show a question of the open survey in the Questions panel."""
        if question_id:
            self.state.request_panel("questions", question_id)
