"""File → Export briefing…: the dialog, a deck and a report built through the app's task runner and read back,
progress and Cancel, one-line failures, the Open button, and redaction as the Settings say."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QPushButton

from feedback_gui.core.analysis.proportions import headlines
from feedback_gui.core.survey import QuestionType
from feedback_gui.gui.briefing_dialog import LAST_FOLDER_KEY, LAST_FORMAT_KEY
from tests.core.report.conftest import PLANTS, package_texts, write_pii_survey

from .conftest import open_and_wait
from .keyboard import spoken_name

BUILD_TIMEOUT_MS = 180_000  # a pack takes seconds alone; the test machine is shared and often loaded
GRADE = "What is your grade?"


def _mnemonic(text: str) -> str | None:
    """The letter after a single & (a doubled && is a plain ampersand)."""
    text = text.replace("&&", "")
    return text[text.index("&") + 1].lower() if "&" in text else None


def _build(qtbot, window, dialog):  # noqa: ANN001, ANN202
    """Start the export and wait until the runner reports this task's outcome; the task."""
    started = []
    with qtbot.waitSignal(window.runner.finished, timeout=BUILD_TIMEOUT_MS,
                          check_params_cb=lambda task: bool(started) and task is started[0]):
        started.append(dialog.start())
        assert started[0] is not None
    return started[0]


def _headline_sentences(survey) -> list[str]:  # noqa: ANN001
    return [r.headline.sentence for r in headlines(survey)
            if r.headline and r.type != QuestionType.DEMOGRAPHIC]


def test_the_file_menu_opens_the_dialog_with_named_controls_and_mnemonics(qtbot, window) -> None:  # noqa: ANN001
    action = window.actions_by_name["briefing"]
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions() and action.text() == "Export &briefing…"
    assert action.shortcut().toString() == "Ctrl+Shift+E"
    action.trigger()
    dialog = window.briefing
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Export briefing"
    controls = [dialog.path_edit, *dialog.formats.values(), dialog.title_edit, dialog.by, dialog.waves,
                dialog.redact, dialog.export_button]
    assert all(spoken_name(w).strip() for w in controls), [w for w in controls if not spoken_name(w).strip()]
    labels = [w for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    assert {label.buddy() for label in labels} == {dialog.path_edit, dialog.title_edit, dialog.by}
    texts = [w.text() for w in [*labels, *dialog.findChildren(QAbstractButton)] if w.text() != "Cancel"]
    letters = [_mnemonic(t) for t in texts]
    assert None not in letters and len(set(letters)) == len(letters), texts
    # the defaults: PowerPoint, next to the survey, no breakdown, no waves until the Waves panel compared
    assert dialog.chosen_format() == ".pptx" and dialog.target().name == "staff_survey_2024 briefing.pptx"
    assert dialog.chosen_by() is None and dialog.by.findText(GRADE) > 0
    assert not dialog.waves.isEnabled() and "Waves panel" in dialog.waves.toolTip()
    dialog.formats[".docx"].setChecked(True)  # the format and the file's extension follow each other
    assert dialog.path_edit.text().endswith("briefing.docx")
    dialog.path_edit.setText("/somewhere/pack.pptx")
    dialog.path_edit.textEdited.emit("/somewhere/pack.pptx")
    assert dialog.chosen_format() == ".pptx"
    dialog.path_edit.setText("/somewhere/pack for the SMT")  # no extension: the chosen format's is added
    assert dialog.target() == Path("/somewhere/pack for the SMT.pptx")
    dialog.reject()


def test_without_a_survey_there_is_nothing_to_export(make_window) -> None:  # noqa: ANN001
    window = make_window()
    assert window.briefing_dialog() is None
    assert window.last_message is not None and "Open a survey" in window.last_message.text()
    window.last_message.close()


def test_a_powerpoint_deck_with_breakdown_waves_and_title(qtbot, window, tmp_path, staff_2024,
                                                          monkeypatch) -> None:  # noqa: ANN001
    from pptx import Presentation

    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.resources import sample_path
    from feedback_gui.core.waves import compare_waves

    comparison = compare_waves(read_survey(sample_path("staff_survey_2023.xlsx")), window.state.survey)
    window.state.set_analysis("waves", comparison)  # as the Waves panel keeps its comparison
    dialog = window.briefing_dialog()
    assert dialog.waves.isEnabled() and dialog.waves.isChecked()
    assert comparison.waves[-2] in dialog.waves.text()
    dialog.path_edit.setText(str(tmp_path / "senior team.pptx"))
    dialog.title_edit.setText("Staff survey: briefing for the senior team")
    dialog.by.setCurrentIndex(dialog.by.findText(GRADE))
    _build(qtbot, window, dialog)
    assert not hasattr(dialog, "error_message") and dialog.written is not None and not dialog.isVisible()
    assert dialog.written.path == tmp_path / "senior team.pptx" and dialog.written.format == "PowerPoint"

    deck = Presentation(str(dialog.written.path))
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert titles[0] == "Staff survey: briefing for the senior team"
    assert any(t.startswith(f"By {GRADE}") for t in titles)
    assert any(" compared with " in t for t in titles)  # the Waves panel's comparison went in
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
    sentences = _headline_sentences(staff_2024)
    assert sentences and all(s in notes for s in sentences)
    assert "59 out of 81 respondents (73%)" in notes
    charts = [shape.chart for slide in deck.slides for shape in slide.shapes if getattr(shape, "has_chart", False)]
    assert len(charts) == dialog.written.charts > 0

    # the message names the file; Open opens it (through the system), Open folder shows its folder
    message = dialog.done_message
    assert message.isVisible() and "senior team.pptx" in message.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    buttons = {b.text(): b for b in message.buttons()}
    assert {"&Open", "Open &folder"} <= set(buttons)
    buttons["&Open"].click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path / "senior team.pptx"))]
    assert opened[0].toLocalFile() == str(tmp_path / "senior team.pptx")

    # the folder and the format are remembered for next time
    assert window.settings.value(LAST_FOLDER_KEY) == str(tmp_path)
    assert window.settings.value(LAST_FORMAT_KEY) == ".pptx"
    again = window.briefing_dialog()
    assert again.target() == tmp_path / "staff_survey_2024 briefing.pptx"
    again.reject()


def test_a_word_report_with_the_headline_sentences(qtbot, window, tmp_path, staff_2024) -> None:  # noqa: ANN001
    from docx import Document

    dialog = window.briefing_dialog()
    dialog.formats[".docx"].setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "self-assessment"))
    _build(qtbot, window, dialog)
    assert dialog.written is not None and dialog.written.format == "Word"
    assert dialog.written.path == tmp_path / "self-assessment.docx"
    document = Document(str(dialog.written.path))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "Staff survey 2024: what staff told us"  # no title typed: the survey's name
    for sentence in _headline_sentences(staff_2024):
        assert f"In our staff survey, {sentence}" in paragraphs
    assert any(p.startswith("In our staff survey, 59 out of 81 respondents (73%)") for p in paragraphs)
    assert "Word" in dialog.done_message.text() and "self-assessment.docx" in dialog.done_message.text()
    assert window.settings.value(LAST_FORMAT_KEY) == ".docx"
    assert window.briefing_dialog().chosen_format() == ".docx"
    window.briefing.reject()


def test_a_large_survey_is_built_in_a_process_of_its_own(qtbot, window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from docx import Document

    from feedback_gui.core.report import elsewhere

    sent = []
    real = elsewhere.build_elsewhere
    monkeypatch.setattr(elsewhere, "ELSEWHERE_ROWS", 0)  # as if the sample were a national survey
    monkeypatch.setattr(elsewhere, "build_elsewhere", lambda *a, **k: sent.append(a[1]) or real(*a, **k))
    dialog = window.briefing_dialog()
    dialog.path_edit.setText(str(tmp_path / "national.docx"))
    _build(qtbot, window, dialog)
    assert sent == [tmp_path / "national.docx"] and not hasattr(dialog, "error_message")
    assert dialog.written is not None and dialog.written.format == "Word"
    assert Document(str(dialog.written.path)).paragraphs[0].text == "Staff survey 2024: what staff told us"


def test_progress_is_shown_and_cancel_leaves_no_file(qtbot, window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import feedback_gui.core.report as report

    real = report.export_briefing
    reached, release = threading.Event(), threading.Event()

    def held(survey, path, *, progress, **options):  # noqa: ANN001, ANN202 - the real export, held at its first report
        def report_and_hold(fraction: float) -> None:
            progress(fraction)  # raises Cancelled once Cancel was pressed
            if not reached.is_set():
                reached.set()
                release.wait(BUILD_TIMEOUT_MS / 1000)

        return real(survey, path, progress=report_and_hold, **options)

    monkeypatch.setattr(report, "export_briefing", held)
    window.runner.show_after_ms = 0  # the progress window at once (it waits half a second otherwise)
    dialog = window.briefing_dialog()
    target = tmp_path / "cancelled.pptx"
    dialog.path_edit.setText(str(target))
    task = dialog.start()
    assert task is not None and not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: reached.is_set() and window.runner.dialog is not None
                    and window.runner.dialog.isVisible(), timeout=BUILD_TIMEOUT_MS)
    progress_window = window.runner.dialog
    assert progress_window.labelText() == "Writing cancelled.pptx…"
    with qtbot.waitSignal(window.runner.cancelled, timeout=BUILD_TIMEOUT_MS,
                          check_params_cb=lambda cancelled: cancelled is task):
        cancel = next(b for b in progress_window.findChildren(QPushButton) if b.text() == "Cancel")
        cancel.click()  # the progress window's Cancel button
        release.set()
    assert not target.exists() and list(tmp_path.glob("*cancelled*")) == []  # not even a temporary file
    assert dialog.written is None and not hasattr(dialog, "error_message")
    # the window stays usable: the progress window is gone, the dialog is open and exports again
    assert window.runner.dialog is None and not window.runner.busy
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert window.actions_by_name["briefing"].isEnabled()
    monkeypatch.setattr(report, "export_briefing", real)
    _build(qtbot, window, dialog)
    assert dialog.written is not None and target.exists()


def test_closing_the_dialog_while_it_builds_cancels(qtbot, window, tmp_path) -> None:  # noqa: ANN001
    dialog = window.briefing_dialog()
    target = tmp_path / "closed.docx"
    dialog.path_edit.setText(str(target))
    started = []
    with qtbot.waitSignal(window.runner.cancelled, timeout=BUILD_TIMEOUT_MS,
                          check_params_cb=lambda task: bool(started) and task is started[0]):
        started.append(dialog.start())
        dialog.reject()  # the dialog's Cancel button (or Escape)
    assert not dialog.isVisible() and not target.exists() and list(tmp_path.glob("*closed*")) == []


@pytest.mark.parametrize(("where", "said"), [
    (lambda folder: folder / "missing" / "pack.pptx", "the folder"),
    (lambda folder: (folder / "a folder.docx").mkdir() or folder / "a folder.docx", "a folder of that name"),
])
def test_a_path_that_cannot_be_written_is_one_line(qtbot, window, tmp_path, where, said) -> None:  # noqa: ANN001
    dialog = window.briefing_dialog()
    target = where(tmp_path)
    dialog.path_edit.setText(str(target))
    _build(qtbot, window, dialog)
    message = dialog.error_message
    assert isinstance(message, QMessageBox) and message.isVisible()
    text = message.text()
    assert said in text and target.name in text
    assert "\n" not in text and "Traceback" not in text and not text.startswith("Something went wrong")
    assert dialog.written is None and dialog.isVisible() and dialog.export_button.isEnabled()
    assert not target.is_file()
    message.close()


@pytest.mark.parametrize("redact", [True, False])
def test_redaction_follows_the_setting(qtbot, settings, make_window, tmp_path, redact) -> None:  # noqa: ANN001
    settings.setValue("analysis/redact", redact)  # Edit → Settings → “Hide names, contact details …”
    window = make_window()
    open_and_wait(qtbot, window, write_pii_survey(tmp_path / "team survey.csv"))
    excel = window.export_dialog()
    excel_redacts = excel.redact.isChecked()
    excel.reject()
    dialog = window.briefing_dialog()
    assert dialog.redact.isChecked() is redact is excel_redacts  # the same setting as the Excel export
    dialog.path_edit.setText(str(tmp_path / "team.pptx"))
    _build(qtbot, window, dialog)
    assert dialog.written is not None
    text = "".join(t for _, t in package_texts(dialog.written.path.read_bytes()))
    found = [p for p in PLANTS if p in text]
    if redact:
        assert found == [] and "[NAME]" in text
    else:
        assert found and "NOT redacted" in text


def test_open_says_so_when_no_program_opens_the_file(qtbot, window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from feedback_gui.gui.briefing_dialog import open_briefing

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    path = tmp_path / "pack.docx"
    assert open_briefing(path, window) is False
    box = next(b for b in window.findChildren(QMessageBox, "userMessage") if b.isVisible())
    assert "No program on this computer opens Word documents" in box.text() and str(tmp_path) in box.text()
    box.close()
