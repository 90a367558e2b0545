"""Edit → Settings…: suppression, counted answers, confidence, bands, redaction; kept and applied to every figure."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from feedback_gui.core.analysis.bands import HMIP_BANDS
from feedback_gui.core.schema.counted_default import TOP_BOX
from feedback_gui.gui.settings_dialog import SettingsDialog, read_preferences

from .conftest import OPEN_TIMEOUT_MS, WAIT_MS, wait_ready

ADJUSTMENTS = "Where I needed reasonable adjustments, they were made"
OFFICE = "Which office do you mainly work from?"


def _settings_dialog(qtbot, window) -> SettingsDialog:  # noqa: ANN001
    """Open the dialog from the keyboard (Ctrl+,)."""
    wait_ready(qtbot, window)  # figures computed again after the last change: no progress dialog in front
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.settings_dialog is not None and window.settings_dialog.isVisible(),
                    timeout=WAIT_MS)
    return window.settings_dialog


def _ok(qtbot, window, dialog: SettingsDialog) -> None:  # noqa: ANN001
    """Press OK and wait until every figure has been computed again."""
    with qtbot.waitSignal(window.state.settingsChanged, timeout=OPEN_TIMEOUT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def _suppressed_offices(window) -> list[str]:  # noqa: ANN001
    panel = window.panels["questions"]
    window.show_panel("questions")
    panel.select(window.state.survey.find_question(ADJUSTMENTS).id)
    view = panel.detail.breakdown
    view.choose(OFFICE)
    model = view.model
    return [model.index(r, 0).data() for r in range(model.rowCount()) if model.index(r, 1).data() == "–"]


def test_threshold_of_ten_suppresses_more_groups(qtbot, window) -> None:  # noqa: ANN001
    assert _suppressed_offices(window) == []  # Ipswich 12, Lowestoft 9, Bury St Edmunds 7 relevant
    dialog = _settings_dialog(qtbot, window)
    assert dialog.threshold.value() == 5 and dialog.threshold.minimum() == 1 and dialog.threshold.maximum() == 50
    dialog.threshold.setValue(10)
    _ok(qtbot, window, dialog)
    assert window.state.settings.suppression_threshold == 10
    assert _suppressed_offices(window) == ["Lowestoft", "Bury St Edmunds"]
    export = window.export_dialog()
    assert any("fewer than 10 relevant" in label.text() for label in export.findChildren(QLabel))
    export.reject()
    assert read_preferences(window.settings).analysis.suppression_threshold == 10  # kept for next time


def test_top_box_only_counts_strongly_agree(qtbot, window, make_window) -> None:  # noqa: ANN001
    card = window.panels["overview"].card_for("openness")
    assert card.headline_text() == "59 out of 81 · 73%"
    dialog = _settings_dialog(qtbot, window)
    dialog.counted.setCurrentIndex(dialog.counted.findData(TOP_BOX))
    _ok(qtbot, window, dialog)
    card = window.panels["overview"].card_for("openness")
    assert card.headline_text() == "18 out of 81 · 22%"
    assert window.state.result(card.question_id).headline.counted == ("Strongly agree",)
    assert not window.state.modified  # a preference, not an edit of the project
    # a question whose counted answers the user chose keeps them
    vision = window.state.survey.find_question("The vision and strategy")
    window.state.set_counted(vision.id, ["Always", "Most of the time", "Sometimes"])
    dialog = _settings_dialog(qtbot, window)
    dialog.counted.setCurrentIndex(0)
    _ok(qtbot, window, dialog)
    assert window.state.question(vision.id).counted == ("Always", "Most of the time", "Sometimes")
    assert window.panels["overview"].card_for("openness").headline_text() == "59 out of 81 · 73%"


def test_top_box_is_applied_when_a_survey_opens(qtbot, window, make_window) -> None:  # noqa: ANN001
    dialog = _settings_dialog(qtbot, window)
    dialog.counted.setCurrentIndex(dialog.counted.findData(TOP_BOX))
    _ok(qtbot, window, dialog)
    from feedback_gui.core.resources import sample_path

    from .conftest import open_and_wait

    second = make_window()
    open_and_wait(qtbot, second, sample_path("staff_survey_2024.xlsx"))
    assert second.panels["overview"].card_for("openness").headline_text() == "18 out of 81 · 22%"


def test_confidence_bands_and_defaults(qtbot, window) -> None:  # noqa: ANN001
    before = window.state.result(window.state.survey.find_question("openness").id).headline.ci95
    dialog = _settings_dialog(qtbot, window)
    assert dialog.confidence.currentText() == "95%" and dialog.redact.isChecked()
    assert dialog.chosen_floors() == (80.0, 65.0, 50.0) and not dialog.hmip_button.isEnabled()
    dialog.confidence.setCurrentIndex(dialog.confidence.findText("99%"))
    dialog.floors[1].setValue(85.0)  # Good above Outstanding: refused
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.bands_note.text() == "Each band must start higher than the one below it."
    dialog.floors[1].setValue(70.0)
    dialog.redact.setChecked(False)
    _ok(qtbot, window, dialog)
    settings = window.state.settings
    after = window.state.result(window.state.survey.find_question("openness").id).headline.ci95
    assert settings.confidence == 0.99 and after[0] < before[0] and after[1] > before[1]  # a wider interval
    assert settings.bands.rating(72.0) == "Good" and settings.bands.rating(68.0) == "Requires improvement"
    assert not window.export_dialog().redact.isChecked()  # the export follows the redaction default
    window.export.reject()
    dialog = _settings_dialog(qtbot, window)
    dialog.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    _ok(qtbot, window, dialog)
    assert window.state.settings.confidence == 0.95 and window.state.settings.bands == HMIP_BANDS
    assert window.state.settings.redact and window.state.settings.suppression_threshold == 5


def test_cancel_changes_nothing(qtbot, window) -> None:  # noqa: ANN001
    dialog = _settings_dialog(qtbot, window)
    dialog.threshold.setValue(20)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.state.settings.suppression_threshold == 5
    assert read_preferences(window.settings).analysis.suppression_threshold == 5
