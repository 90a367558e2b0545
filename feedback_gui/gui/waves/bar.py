"""The waves row of the Waves panel: the waves as chips (oldest first), add / remove, and the significance setting
(under the chips when the panel is too narrow for one line)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from feedback_gui.core.resources import sample_path
from feedback_gui.gui import style
from feedback_gui.gui.describe import plural
from feedback_gui.gui.loading import SURVEY_SUFFIXES
from feedback_gui.gui.messages import show_message
from feedback_gui.gui.settings_store import app_settings
from feedback_gui.gui.state import AppState
from feedback_gui.gui.waves.session import WaveSession
from feedback_gui.gui.widgets.reflow import ReflowRow

SAMPLE_NOW, SAMPLE_THEN = "staff_survey_2024.xlsx", "staff_survey_2023.xlsx"
RESPONDENTS_NOTE = ("{n} in the file. Each figure compared counts only the relevant respondents to its question: "
                    "those who answered it, leaving out blank answers and answers such as “Not applicable”.")
WAVE_FILTER = "Survey exports (" + " ".join(f"*{s}" for s in SURVEY_SUFFIXES) + ");;All files (*)"


def button(text: str, tip: str, parent: QWidget) -> QPushButton:
    """A push button whose tooltip is also its accessible description."""
    widget = QPushButton(text, parent)
    widget.setToolTip(tip)
    widget.setAccessibleDescription(tip)
    return widget


def chip_style(palette: QPalette) -> str:
    """Waves drawn as rounded chips; the selected one in the accent colour (from the palette, for dark themes)."""
    role = QPalette.ColorRole
    border, base, text = (palette.color(r).name() for r in (role.Mid, role.Base, role.Text))
    accent = style.accent(palette)
    item = "QListWidget#waveList::item"
    return (f"QListWidget#waveList {{ background: transparent; border: none; outline: 0; }}"
            f"{item} {{ background: {base}; border: 1px solid {border}; border-radius: 11px; padding: 1px 10px; "
            f"margin-right: 8px; }}"
            f"{item}:selected {{ background: {accent.name()}; color: {style.text_on(accent).name()}; "
            f"border-color: {accent.name()}; }}"
            f"QListWidget#waveList:focus {{ border: 1px dashed {text}; border-radius: 6px; }}")


CHIP_ROOM = 12  # pixels round each chip beyond its text (its margin and the list's spacing)


class WaveBar(QWidget):
    """The waves compared (the open survey last), buttons to add and remove earlier ones, Benjamini–Hochberg."""

    def __init__(self, state: AppState, session: WaveSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.session = state, session
        self.wave_list = QListWidget(self)
        self.wave_list.setObjectName("waveList")
        self.wave_list.setStyleSheet(chip_style(self.palette()))
        self.wave_list.setFrameShape(QFrame.Shape.NoFrame)
        self.wave_list.setAccessibleName("Waves, oldest first")
        self.wave_list.setFlow(QListWidget.Flow.LeftToRight)
        self.wave_list.setFixedHeight(self.wave_list.fontMetrics().height() + 20)
        self.wave_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.wave_list.itemSelectionChanged.connect(self.update_buttons)
        self.add_button = button("&Add earlier wave…", "Read an earlier export of the same survey", self)
        self.add_button.clicked.connect(self.add_wave_dialog)
        self.sample_button = button("Add sa&mple 2023 wave", "Compare with the bundled 2023 staff survey",
                                             self)
        self.sample_button.clicked.connect(self.add_sample_wave)
        self.remove_button = button("&Remove wave", "Stop comparing with the selected earlier wave (or the only one)",
                                    self)
        self.remove_button.clicked.connect(self.remove_selected_wave)
        self.fdr_check = QCheckBox("&Benjamini–Hochberg correction", self)
        self.fdr_check.setToolTip("On: a change is significant only after allowing for testing many questions at "
                                  "once (controls false discoveries). Off: each question is tested on its own.")
        self.fdr_check.setAccessibleDescription(self.fdr_check.toolTip())
        self.fdr_check.toggled.connect(self.session.set_fdr)
        flow = ReflowRow(self, spacing=16)  # the buttons go under the waves when the panel is narrow
        waves = QWidget(flow)
        label = QLabel("&Waves:", waves)
        label.setBuddy(self.wave_list)
        self.wave_list.setParent(waves)
        waves_row = QHBoxLayout(waves)
        waves_row.setContentsMargins(0, 0, 0, 0)
        waves_row.addWidget(label)
        waves_row.addWidget(self.wave_list, 1)
        actions = QWidget(flow)
        actions_row = QHBoxLayout(actions)
        actions_row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.add_button, self.sample_button, self.remove_button):
            widget.setParent(actions)
            actions_row.addWidget(widget)
        actions_row.addSpacing(16)
        self.fdr_check.setParent(actions)
        actions_row.addWidget(self.fdr_check)
        actions_row.addStretch(1)
        flow.add(waves, 1, Qt.AlignmentFlag.AlignVCenter)
        flow.add(actions, 0, Qt.AlignmentFlag.AlignVCenter)
        self.flow = flow
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(flow)
        session.wavesChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Show the waves and the setting as they are now."""
        self.wave_list.clear()
        labels = self.session.labels()
        for wave, label in zip(self.session.waves, labels, strict=False):
            item = QListWidgetItem(f"{label} · {plural(wave.survey.respondents, 'respondent')}", self.wave_list)
            item.setToolTip(f"{wave.path}\n{RESPONDENTS_NOTE.format(n=plural(wave.survey.respondents, 'respondent'))}")
        survey = self.state.survey
        if survey is not None:
            item = QListWidgetItem(f"{labels[-1]} · {plural(survey.respondents, 'respondent')} (open survey)",
                                   self.wave_list)
            item.setToolTip(f"{self.state.source}\nThe open survey is always the newest wave.\n"
                            f"{RESPONDENTS_NOTE.format(n=plural(survey.respondents, 'respondent'))}")
        self.fdr_check.blockSignals(True)
        self.fdr_check.setChecked(self.session.fdr)
        self.fdr_check.blockSignals(False)
        self._fit_chips()
        self.update_buttons()

    def _fit_chips(self) -> None:
        """The list asks for the width of every chip: a narrow panel then puts the buttons under it rather than
        cut a chip short."""
        model = self.wave_list.model()
        chips = sum(self.wave_list.sizeHintForIndex(model.index(i, 0)).width() for i in range(model.rowCount()))
        self.wave_list.setMinimumWidth(chips + CHIP_ROOM * model.rowCount() + 2 * self.wave_list.frameWidth())
        self.flow.reflow()

    def update_buttons(self) -> None:
        """Enable what applies: adding needs a survey; only an earlier wave can be removed."""
        self.add_button.setEnabled(self.state.has_survey)
        source = self.state.source
        sample_open = source is not None and Path(source).resolve() == sample_path(SAMPLE_NOW).resolve()
        self.sample_button.setVisible(sample_open and not self.session.has_wave(sample_path(SAMPLE_THEN)))
        self.remove_button.setEnabled(self._wave_to_remove() is not None)

    def _wave_to_remove(self) -> int | None:
        """The selected earlier wave, or the only one; None when that is unclear (or the open survey is chosen)."""
        chosen = [self.wave_list.row(item) for item in self.wave_list.selectedItems()]
        if chosen:
            return chosen[0] if chosen[0] < len(self.session.waves) else None
        return 0 if len(self.session.waves) == 1 else None

    def add_wave_dialog(self) -> None:
        """Ask for an earlier wave's file and read it in the background."""
        settings = app_settings()
        folder = self.state.source.parent if self.state.source else Path.home()
        start = str(settings.value("lastFolder", str(folder)))
        path, _ = QFileDialog.getOpenFileName(self, "Add an earlier wave", start, WAVE_FILTER)
        if path:
            settings.setValue("lastFolder", str(Path(path).parent))
            self.add_wave(Path(path))

    def add_wave(self, path: Path) -> None:
        """Read an earlier wave (as the dialog would); says so if it is already there."""
        if self.session.add_wave(Path(path)) is None and self.state.has_survey:
            show_message(self.window(), "Already compared", f"{Path(path).name} is already one of the waves.")
        self.update_buttons()

    def add_sample_wave(self) -> None:
        """Compare the bundled 2024 staff survey with the bundled 2023 one (for demonstrations)."""
        self.session.add_wave(sample_path(SAMPLE_THEN))
        self.update_buttons()

    def remove_selected_wave(self) -> None:
        """Stop comparing with the selected earlier wave (or the only one)."""
        row = self._wave_to_remove()
        if row is not None:
            self.session.remove_wave(row)
