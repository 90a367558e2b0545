"""The Equality panel: who answered (against a reference profile), weighting, and who is treated differently.

The reference profile (a CSV of the caseload's make-up) and the weighting choice are chosen here and
remembered in the project; choosing either is an edit Edit → Undo takes back. Every analysis runs in the
background through ``state.runner``; results older than the latest request are dropped. A heatmap cell
opens its question in the Questions panel, broken down by the cell's characteristic (Enter or
double-click). Tab goes through the controls in reading order (reference, views, then the view's own
controls) and every button has a mnemonic.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.equality.disproportionality import RateCell
from feedback_gui.core.equality.phrases import and_list, lower_name
from feedback_gui.core.progress import no_progress
from feedback_gui.core.resources import sample_path
from feedback_gui.gui import describe, style
from feedback_gui.gui.equality.run import CAP_KEY, REFERENCE_KEY, WEIGHT_BY_KEY, EqualityRun, run_equality
from feedback_gui.gui.equality.widgets.profile import ProfileView, muted_label
from feedback_gui.gui.equality.widgets.rates import DisproportionalityView
from feedback_gui.gui.equality.widgets.weighting import WeightingView, mnemonic_letter
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.state import AppState
from feedback_gui.gui.undo import SETTINGS_PREFIX, write_part

SAMPLE_REFERENCE = "caseload_profile.csv"
SAMPLE_SURVEY_PREFIX = "user_voice"  # the sample caseload profile is offered for the User Voice samples only
NO_SURVEY = "Open a survey to see who answered it and whether any group answers differently."
NO_DEMOGRAPHICS = ("This survey has no demographic questions (such as gender, ethnicity, disability or age band), so "
                   "there are no groups to compare. If a column holds demographics, set its type to Demographic in "
                   "Survey → Question types.")
NO_REFERENCE = ("Choose a reference profile to see who answered: a CSV of the population's make-up (the caseload, "
                "say) with the columns characteristic, group, and count or percent.")


class EqualityPanel(QWidget):
    """Representativeness, weighting and disproportionality of the open survey."""

    updated = Signal()  # a run's results are on show
    failed = Signal(str)  # a run failed (one-line message)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.run: EqualityRun | None = None
        self._generation = 0
        self._rerun = QTimer(self)
        self._rerun.setSingleShot(True)
        self._rerun.setInterval(300)
        self._rerun.timeout.connect(lambda: self.refresh())
        self.title = QLabel("Equality", self)
        self.title.setFont(style.scaled_font(7, bold=True))
        self.summary = muted_label("", self, 0.5)
        self.reference_name = QLabel(self)
        self.reference_name.setFont(style.scaled_font(0, bold=True))
        self.reference_name.setAccessibleName("Reference profile")
        self.choose_button = QPushButton("Choose &reference CSV…", self)
        self.choose_button.setAccessibleDescription("Choose a CSV file describing the population: characteristic, "
                                                    "group, count or percent")
        self.choose_button.clicked.connect(self.choose_dialog)
        self.sample_button = QPushButton("&Use the sample caseload profile", self)
        self.sample_button.setAccessibleDescription("Compare with the caseload profile bundled with the samples")
        self.sample_button.clicked.connect(self.use_sample_reference)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Equality status")
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setFont(style.scaled_font(0.5))
        self.profile = ProfileView(self)
        self.profile.setAccessibleName("Who answered, by characteristic")
        self.table_toggle = QPushButton("Show charts as &tables", self)
        self.table_toggle.setCheckable(True)
        self.table_toggle.setAccessibleDescription("Show every chart's numbers as a table")
        self.table_toggle.toggled.connect(self._toggle_tables)
        self.profile.toggleRequested.connect(self.table_toggle.toggle)
        self.weighting = WeightingView(self)
        self.weighting.choiceChanged.connect(self._weighting_changed)
        self.rates = DisproportionalityView(self)
        self.rates.cellChosen.connect(self.open_cell)
        self.heatmap = self.rates.heatmap
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName("Equality views")
        self.tabs.tabBar().setAccessibleName("Equality views")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.profile, "&Who answered")
        self.tabs.addTab(self.weighting, "Wei&ghting")
        self.tabs.addTab(self.rates, "Dis&proportionality")
        self.tabs.setCornerWidget(self.table_toggle, Qt.Corner.TopRightCorner)
        self.tabs.currentChanged.connect(lambda index: self.table_toggle.setVisible(index == 0))
        self._layout()
        state.surveyChanged.connect(self.reload)
        state.questionChanged.connect(lambda _qid: self._rerun.start())
        state.projectRestored.connect(self._project_restored)
        self.reload()

    # --- building ------------------------------------------------------------------------------
    def _layout(self) -> None:
        chooser = QHBoxLayout()
        chooser.setSpacing(10)
        label = QLabel("Reference profile:", self)
        label.setBuddy(self.choose_button)
        for widget in (label, self.reference_name):
            chooser.addWidget(widget)
        chooser.addSpacing(8)
        chooser.addWidget(self.choose_button)
        chooser.addWidget(self.sample_button)
        chooser.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 20, 8)
        layout.setSpacing(8)
        for widget in (self.title, self.summary):
            layout.addWidget(widget)
        layout.addSpacing(4)
        layout.addLayout(chooser)
        layout.addWidget(self.status)
        layout.addWidget(self.empty)
        layout.addWidget(self.tabs, 1)
        QWidget.setTabOrder(self.choose_button, self.sample_button)
        QWidget.setTabOrder(self.sample_button, self.tabs)  # the tab widget (and its tab bar) right after
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab follows the reading order: the reference, the views' tabs, the tables toggle beside them, then
        each view's controls top to bottom (cards, made as results come, are placed again each time).

        The widgets are named rather than found by walking ``nextInFocusChain()``: PySide makes each widget
        such a walk returns a child of the one before, so a rebuilt panel elsewhere would invalidate the
        Python side of unrelated objects (the Undo action, say)."""
        cards = [w for card in self.profile.cards for w in (card.table, card.chart.chart_view, card.chart.table)]
        chain = [self.tabs.tabBar(), self.table_toggle, self.profile, *cards, *self.weighting.tab_stops(),
                 self.heatmap]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # --- what is chosen ------------------------------------------------------------------------
    def reference_path(self) -> Path | None:
        """The reference profile remembered in the project, if any."""
        value = self.state.project.settings.get(REFERENCE_KEY)
        return Path(value) if value else None

    def _edit_setting(self, text: str, key: str, value: object, merge: bool = False) -> bool:
        """An undoable edit of one project setting (None removes it); False when it was already so."""
        part = f"{SETTINGS_PREFIX}{key}"
        return self.state.edit_project(text, part, partial(write_part, self.state.project, part, value), merge)

    def _mnemonics_in_use(self) -> set[str]:
        """The letters the panel's buttons and tabs (and the window's menus) already use as mnemonics."""
        texts = [self.choose_button.text(), self.sample_button.text(), "Show &tables as charts",
                 *(self.tabs.tabText(i) for i in range(self.tabs.count()))]
        window = self.window()
        if isinstance(window, QMainWindow):
            texts += [action.text() for action in window.menuBar().actions()]
        return {letter for letter in map(mnemonic_letter, texts) if letter}

    # --- running -------------------------------------------------------------------------------
    def reload(self) -> None:
        """A survey was opened: show the empty state or start the analysis."""
        self.run = None
        self._generation += 1  # whatever is still running was for the previous survey
        survey = self.state.survey
        source = self.state.source
        self.sample_button.setVisible(source is not None and Path(source).name.startswith(SAMPLE_SURVEY_PREFIX) and
                                      Path(source).resolve().parent == sample_path(SAMPLE_REFERENCE).resolve().parent)
        blocked = NO_SURVEY if survey is None else NO_DEMOGRAPHICS if not self.state.demographics() else ""
        self.empty.setText(blocked)
        self.empty.setVisible(bool(blocked))
        self.tabs.setVisible(not blocked)
        self.choose_button.setEnabled(survey is not None)
        self.sample_button.setEnabled(survey is not None)
        self._show_reference()
        self.summary.setText("" if survey is None else describe.plural(survey.respondents, "respondent"))
        if not blocked:
            self.refresh()

    def refresh(self, reference: Path | None = None) -> None:
        """Run the analysis again (in the background) with the remembered reference, or with ``reference``,
        which is remembered once it has been read."""
        survey = self.state.survey
        if survey is None or not self.state.demographics():
            return
        self._generation += 1
        generation = self._generation
        path = reference or self.reference_path()
        weight_by = list(self.state.project.settings.get(WEIGHT_BY_KEY, [])) if path else []
        cap = self.state.project.settings.get(CAP_KEY)
        work = partial(run_equality, survey, path, weight_by, cap, self.state.settings)
        self._set_status("Comparing groups…")
        on_result, on_error = partial(self._show, generation, reference), partial(self._failed, generation, reference)
        if self.state.runner is None:  # no window (a bare panel): run here
            try:
                on_result(work(no_progress))
            except Exception as exc:  # noqa: BLE001 - reported as a one-line message
                on_error(exc, str(exc))
            return
        self.state.runner.run(work, "Comparing groups…", on_result=on_result, on_error=on_error,
                              on_cancel=lambda: self._set_status("Cancelled."))

    def choose_reference(self, path: str | Path) -> None:
        """Use this reference profile (remembered in the project once it has been read)."""
        self.refresh(Path(path).resolve())

    def use_sample_reference(self) -> None:
        """Compare with the caseload profile bundled with the User Voice sample."""
        self.choose_reference(sample_path(SAMPLE_REFERENCE))

    def choose_dialog(self) -> None:
        """Ask for a reference profile CSV."""
        current = self.reference_path()
        start = str(current.parent if current else (self.state.source.parent if self.state.source else Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, "Choose a reference profile", start,
                                              "Reference profiles (*.csv *.tsv *.txt);;All files (*)")
        if path:
            self.choose_reference(path)

    def _show(self, generation: int, chosen: Path | None, run: EqualityRun) -> None:
        if generation != self._generation:
            return  # a newer request is on its way
        if chosen is not None and self.state.project.settings.get(REFERENCE_KEY) != str(chosen):
            self.state.edit_project(f"choose the reference profile “{chosen.name}”", f"settings:{REFERENCE_KEY}",
                                    lambda: self.state.project.settings.update({REFERENCE_KEY: str(chosen)}))
        old, self.run = self.run, run
        report = run.report
        self._set_status("")
        self._show_reference()
        survey = self.state.survey
        if report is not None and survey is not None:
            profile = report.representativeness
            self.summary.setText(f"{describe.plural(survey.respondents, 'respondent')} compared with the "
                                 f"{profile.population} profile in {profile.source}")
        elif survey is not None:  # no reference (e.g. its choice was undone)
            self.summary.setText(describe.plural(survey.respondents, "respondent"))
        profile = report.representativeness if report else None
        if old is None or (old.report.representativeness if old.report else None) != profile or not profile:
            self.profile.set_profile(profile, "" if report else NO_REFERENCE)  # else keep the cards (and focus)
        names = [r.characteristic for r in report.representativeness.characteristics] if report else []
        self.weighting.reserved = self._mnemonics_in_use()
        self.weighting.set_options(names, run.weight_by, self.state.project.settings.get(CAP_KEY))
        message = NO_REFERENCE if report is None else run.weighting_error or (
            "" if report.weights else "Tick one to three characteristics to weight the headlines to the reference.")
        self.weighting.set_result(report, message)
        if old is None or old.rates != run.rates:
            self.rates.set_matrix(run.rates)
        self._order_tabs()
        # for the Excel export: the whole report, or (no reference yet) the disproportionality alone
        self.state.set_analysis("equality", report if report else {"disproportionality": run.rates.to_dict()})
        self.updated.emit()

    def _failed(self, generation: int, chosen: Path | None, exc: BaseException, message: str) -> None:  # noqa: ARG002
        if generation != self._generation:
            return
        if chosen is not None:  # the user's own choice: say so in a box, and keep the reference in use
            show_message(self.window(), "Cannot use the reference profile", message)
        self._set_status(message)
        self._show_reference()
        self.failed.emit(message)

    def _set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _show_reference(self) -> None:
        path = self.reference_path()
        self.reference_name.setText(path.name if path else "none chosen")
        self.reference_name.setToolTip(str(path) if path else "")
        palette = self.reference_name.palette()
        colour = self.palette().color(QPalette.ColorRole.WindowText) if path else style.muted(self.palette())
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.reference_name.setPalette(palette)

    def _project_restored(self, part: str) -> None:
        mine = {f"{SETTINGS_PREFIX}{key}" for key in (REFERENCE_KEY, WEIGHT_BY_KEY, CAP_KEY)}
        if part in mine and self.state.survey is not None:
            self.refresh()  # undo or redo changed the reference profile or the weighting

    # --- interaction ---------------------------------------------------------------------------
    def _weighting_changed(self, names: list[str], cap: float | None) -> None:
        """A box was ticked or the cap changed: an undoable edit of the project, then the figures again."""
        weight_by = list(names) or None
        what = f"weight by {and_list([lower_name(n) for n in names])}" if names else "stop weighting"
        changed = self._edit_setting(what, WEIGHT_BY_KEY, weight_by)
        capped = f"cap weights at {cap:g} × average" if cap else "remove the weight cap"
        changed = self._edit_setting(capped, CAP_KEY, cap, merge=True) or changed  # arrow steps make one edit
        if changed:
            self.refresh()

    def _toggle_tables(self, on: bool) -> None:
        self.profile.show_tables(on)
        self.table_toggle.setText("Show &tables as charts" if on else "Show charts as &tables")

    def open_cell(self, cell: RateCell | None) -> None:
        """Open a heatmap cell's question in the Questions panel, broken down by the cell's characteristic
        with the cell's group current, so its figure is in view."""
        if cell is not None:
            self.state.request_panel("questions", (cell.question_id, cell.by_id, cell.group))


__all__ = ["EqualityPanel"]
