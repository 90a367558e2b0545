"""Edit → Settings…: the choices that change figures (suppression, counted answers, confidence, rating
bands, redaction, learning from relabels) and the theme. Kept in QSettings; the window applies them to the app state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from feedback_gui.core.analysis.bands import HMIP_BANDS, RatingBands
from feedback_gui.core.schema import counted_default
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.gui import themes
from feedback_gui.gui.settings_store import read_bool

if TYPE_CHECKING:
    from feedback_gui.gui.state import AppState

KEYS = {"threshold": "analysis/suppressionThreshold", "counted": "analysis/countedDefault",
        "confidence": "analysis/confidence", "bands": "analysis/bandFloors", "redact": "analysis/redact",
        "learn": "analysis/learnFromCorrections", "theme": "appearance/theme"}
CONFIDENCE_LEVELS = (0.90, 0.95, 0.99)
RATINGS = tuple(rating for _floor, rating in HMIP_BANDS.bands)  # Outstanding … Inadequate
HMIP_FLOORS = tuple(floor for floor, _rating in HMIP_BANDS.bands[:-1])  # 80, 65, 50


class SettingsWindow(Protocol):
    """The main window as Edit → Settings… uses it (:class:`~feedback_gui.gui.main_window.MainWindow`), named by
    what it offers so that this module does not import the window that imports it."""

    settings: QSettings
    state: AppState
    settings_dialog: SettingsDialog | None


@dataclass(frozen=True)
class Preferences:
    """Everything the Settings dialog sets."""

    analysis: AnalysisSettings = field(default_factory=lambda: DEFAULT_SETTINGS)
    counted: str = counted_default.TOP_TWO
    theme: str = themes.SYSTEM


def bands_from(floors: tuple[float, ...]) -> RatingBands:
    """The inspectorate's rating bands with these lowest percentages (Outstanding, Good, Requires improvement)."""
    if tuple(floors) == HMIP_FLOORS:
        return HMIP_BANDS
    bands = (*zip(floors, RATINGS, strict=False), (0.0, RATINGS[-1]))
    return RatingBands(f"{HMIP_BANDS.name} (edited)", tuple((float(f), r) for f, r in bands), HMIP_BANDS.points)


def floors_valid(floors: tuple[float, ...]) -> bool:
    """True when each band starts higher than the next, and above 0%."""
    return all(a > b for a, b in zip(floors, (*floors[1:], 0.0), strict=True))


def read_preferences(settings: QSettings) -> Preferences:
    """The preferences kept in ``settings`` (defaults for anything missing or unreadable)."""
    def number(key: str, default: float, low: float, high: float) -> float:
        try:
            return min(high, max(low, float(settings.value(key, default))))
        except (TypeError, ValueError):
            return default

    threshold = int(number(KEYS["threshold"], DEFAULT_SETTINGS.suppression_threshold, 1, 50))
    confidence = number(KEYS["confidence"], DEFAULT_SETTINGS.confidence, 0.5, 0.999)
    confidence = min(CONFIDENCE_LEVELS, key=lambda level: abs(level - confidence))
    try:
        floors = tuple(float(v) for v in str(settings.value(KEYS["bands"], "")).split(","))
    except ValueError:
        floors = HMIP_FLOORS
    bands = bands_from(floors) if len(floors) == len(HMIP_FLOORS) and floors_valid(floors) else HMIP_BANDS
    counted = str(settings.value(KEYS["counted"], counted_default.TOP_TWO))
    theme = str(settings.value(KEYS["theme"], themes.SYSTEM))
    learn = read_bool(settings, KEYS["learn"], DEFAULT_SETTINGS.learn_from_corrections)
    return Preferences(
        AnalysisSettings(threshold, confidence, bands, read_bool(settings, KEYS["redact"], DEFAULT_SETTINGS.redact),
                         learn_from_corrections=learn),
        counted if counted in counted_default.CHOICES else counted_default.TOP_TWO,
        theme if theme in themes.CHOICES else themes.SYSTEM)


def write_preferences(settings: QSettings, preferences: Preferences) -> None:
    """Keep ``preferences`` in ``settings``."""
    analysis = preferences.analysis
    settings.setValue(KEYS["threshold"], analysis.suppression_threshold)
    settings.setValue(KEYS["confidence"], analysis.confidence)
    settings.setValue(KEYS["bands"], ",".join(f"{floor:g}" for floor, _rating in analysis.bands.bands[:-1]))
    settings.setValue(KEYS["redact"], analysis.redact)
    settings.setValue(KEYS["learn"], analysis.learn_from_corrections)
    settings.setValue(KEYS["counted"], preferences.counted)
    settings.setValue(KEYS["theme"], preferences.theme)
    settings.sync()


def _combo(parent: QWidget, name: str, items: dict) -> QComboBox:
    box = QComboBox(parent)
    box.setAccessibleName(name)
    for data, text in items.items():
        box.addItem(text, data)
    return box


class SettingsDialog(QDialog):
    """The Settings dialog; :meth:`preferences` is what the user chose."""

    def __init__(self, preferences: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setObjectName("settingsDialog")
        self.threshold = QSpinBox(self)
        self.threshold.setRange(1, 50)
        self.threshold.setSuffix(" respondents")
        self.threshold.setAccessibleName("Suppression threshold")
        self.threshold.setAccessibleDescription("Groups with fewer relevant respondents than this show no figure")
        self.counted = _combo(self, "Counted answers for rating scales", counted_default.CHOICES)
        self.counted.setAccessibleDescription("Used for every rating-scale question whose counted answers you "
                                              "have not chosen yourself")
        self.confidence = _combo(self, "Confidence level", {c: f"{c:.0%}" for c in CONFIDENCE_LEVELS})
        self.floors = []
        for rating in RATINGS[:-1]:
            spin = QDoubleSpinBox(self)
            spin.setRange(0.5, 100.0)
            spin.setDecimals(1)
            spin.setSuffix("%")
            spin.setAccessibleName(f"{rating} from")
            spin.valueChanged.connect(lambda _v: self._check())
            self.floors.append(spin)
        self.hmip_button = QPushButton("Use the &inspectorate's bands", self)
        self.hmip_button.clicked.connect(lambda: self._show_floors(HMIP_FLOORS))
        self.bands_note = QLabel(self)
        self.bands_note.setWordWrap(True)
        self.redact = QCheckBox("&Hide names, contact details and case numbers in comments", self)
        self.redact.setAccessibleDescription("On by default; also the export's default")
        self.learn = QCheckBox("Learn from my relabels: re-score si&milar comments of the project", self)
        self.learn.setToolTip("On by default. Off: each comment keeps the analyser's label unless you relabel it. "
                              "Your labels stay in the project either way.")
        self.learn.setAccessibleDescription(self.learn.toolTip())
        self.theme = _combo(self, "Theme", themes.CHOICES)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        restore = self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.setText("Restore &defaults")
        restore.clicked.connect(lambda: self.show_preferences(Preferences()))
        self._layout()
        self.show_preferences(preferences)

    def _layout(self) -> None:
        figures = QGroupBox("Figures", self)
        form = QFormLayout(figures)
        form.addRow("&Suppress groups smaller than:", self.threshold)
        form.addRow("&Counted answers for rating scales:", self.counted)
        form.addRow("Confidence &level of intervals:", self.confidence)
        bands = QGroupBox("Rating bands (HM Inspectorate of Probation)", self)
        band_form = QFormLayout(bands)
        for spin, mnemonic in zip(self.floors, ("&Outstanding", "&Good", "&Requires improvement"), strict=True):
            band_form.addRow(f"{mnemonic} from:", spin)
        band_form.addRow(QLabel(f"{RATINGS[-1]} below that.", bands))
        band_form.addRow(self.bands_note)
        band_form.addRow(self.hmip_button)
        comments = QGroupBox("Comments", self)
        comments_layout = QVBoxLayout(comments)
        comments_layout.addWidget(self.redact)
        comments_layout.addWidget(self.learn)
        appearance = QGroupBox("Appearance", self)
        QFormLayout(appearance).addRow("&Theme:", self.theme)
        layout = QVBoxLayout(self)
        for widget in (figures, bands, comments, appearance, self.buttons):
            layout.addWidget(widget)

    def show_preferences(self, preferences: Preferences) -> None:
        """Fill the controls with ``preferences``."""
        analysis = preferences.analysis
        self.threshold.setValue(analysis.suppression_threshold)
        self.counted.setCurrentIndex(max(0, self.counted.findData(preferences.counted)))
        self.confidence.setCurrentIndex(max(0, self.confidence.findData(analysis.confidence)))
        self._show_floors(tuple(floor for floor, _rating in analysis.bands.bands[:-1]))
        self.redact.setChecked(analysis.redact)
        self.learn.setChecked(analysis.learn_from_corrections)
        self.theme.setCurrentIndex(max(0, self.theme.findData(preferences.theme)))

    def _show_floors(self, floors: tuple[float, ...]) -> None:
        for spin, floor in zip(self.floors, floors, strict=False):
            spin.setValue(floor)
        self._check()

    def chosen_floors(self) -> tuple[float, ...]:
        """The lowest percentage of each band, best first."""
        return tuple(spin.value() for spin in self.floors)

    def _check(self) -> None:
        ok = floors_valid(self.chosen_floors())
        self.bands_note.setText("" if ok else "Each band must start higher than the one below it.")
        self.bands_note.setVisible(not ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.hmip_button.setEnabled(self.chosen_floors() != HMIP_FLOORS)

    def preferences(self) -> Preferences:
        """What the dialog shows now."""
        analysis = AnalysisSettings(self.threshold.value(), float(self.confidence.currentData()),
                                    bands_from(self.chosen_floors()), self.redact.isChecked(),
                                    learn_from_corrections=self.learn.isChecked())
        return Preferences(analysis, str(self.counted.currentData()), str(self.theme.currentData()))


def open_settings(window: SettingsWindow) -> SettingsDialog:
    """Edit → Settings…: OK applies the choices (every figure is computed again) and keeps them."""
    dialog = SettingsDialog(read_preferences(window.settings), cast(QWidget, window))
    dialog.accepted.connect(lambda: apply_preferences(window, dialog.preferences()))
    window.settings_dialog = dialog
    dialog.open()
    return dialog


def apply_preferences(window: SettingsWindow, preferences: Preferences) -> None:
    """Keep the preferences, compute again the figures they change, and apply the theme."""
    write_preferences(window.settings, preferences)
    state = window.state
    before = themes.current_theme()
    state.apply_settings(preferences.analysis, preferences.counted)
    if themes.apply_theme(preferences.theme) != before and state.has_survey:
        state.refreshing = True  # the panels draw their charts again in the new colours
        try:
            state.surveyChanged.emit()
        finally:
            state.refreshing = False


__all__ = ["CONFIDENCE_LEVELS", "KEYS", "Preferences", "SettingsDialog", "SettingsWindow", "apply_preferences",
           "bands_from", "open_settings", "read_preferences", "write_preferences"]
