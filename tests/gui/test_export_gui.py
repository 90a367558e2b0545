"""File → Export to Excel… and saving charts as pictures."""

from __future__ import annotations

import threading
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCharts import QChartView
from PySide6.QtGui import QGuiApplication

from feedback_gui.gui.chart_export import chart_title, copy_chart


def test_export_dialog_writes_the_workbook(qtbot, window, tmp_path):
    dialog = window.export_dialog()
    assert dialog is not None
    assert not dialog.checks["waves"].isEnabled()  # nothing compared yet: the sheet cannot be chosen
    assert dialog.checks["comments"].isEnabled() and dialog.redact.isChecked()
    dialog.path_edit.setText(str(tmp_path / "results.xlsx"))
    dialog.by.setCurrentIndex(dialog.by.findText("What is your grade?"))
    dialog.start()  # (another task, e.g. the comments' analysis, may finish first: wait for this one's result)
    qtbot.waitUntil(lambda: dialog.result is not None or hasattr(dialog, "error_message"), timeout=60_000)
    assert dialog.result is not None and Path(dialog.result.path).exists()
    book = load_workbook(dialog.result.path)
    assert "Summary" in book.sheetnames and "Breakdown by What is your grade" in book.sheetnames
    buttons = {b.text().replace("&", ""): b for b in dialog.done_message.buttons()}
    assert {"Open", "Open folder"} <= set(buttons)  # the workbook itself, or its folder
    assert buttons["Open"].accessibleName() == "Open results.xlsx"
    assert window.settings.value("lastExportFolder") == str(tmp_path)


def _mnemonics(dialog) -> list[str]:  # noqa: ANN001
    """The Alt+letter of every button and label in the dialog."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    texts = [w.text().replace("&&", "") for kind in (QAbstractButton, QLabel) for w in dialog.findChildren(kind)]
    return [t[t.index("&") + 1].lower() for t in texts if "&" in t[:-1]]


def test_every_alt_letter_of_the_export_dialogs_goes_to_one_control(window):
    for dialog in (window.export_dialog(), window.briefing_dialog()):
        letters = _mnemonics(dialog)
        assert len(letters) >= 5 and len(letters) == len(set(letters)), letters
        dialog.reject()


def test_a_large_survey_is_exported_in_a_process_of_its_own(qtbot, window, tmp_path, monkeypatch):
    from feedback_gui.core.export import elsewhere
    from feedback_gui.gui import export_dialog

    sent = []
    monkeypatch.setattr(export_dialog, "ELSEWHERE_ROWS", 0)  # as if the sample were a national survey
    monkeypatch.setattr(export_dialog, "export_elsewhere",
                        lambda *args, **kwargs: sent.append(args[1]) or elsewhere.export_elsewhere(*args, **kwargs))
    dialog = window.export_dialog()
    dialog.path_edit.setText(str(tmp_path / "national.xlsx"))
    dialog.start()  # (another task, e.g. the comments' analysis, may finish first: wait for this one's result)
    qtbot.waitUntil(lambda: dialog.result is not None or hasattr(dialog, "error_message"), timeout=60_000)
    assert sent == [tmp_path / "national.xlsx"]
    assert dialog.result is not None and "Summary" in load_workbook(dialog.result.path).sheetnames


def test_export_reports_a_folder_that_does_not_exist(qtbot, window, tmp_path):
    dialog = window.export_dialog()
    dialog.path_edit.setText(str(tmp_path / "missing" / "results.xlsx"))
    dialog.start()
    qtbot.waitUntil(lambda: hasattr(dialog, "error_message"), timeout=30_000)
    assert "does not exist" in dialog.error_message.text() and dialog.export_button.isEnabled()


def test_the_workbook_goes_beside_the_survey_until_a_folder_is_remembered(qtbot, window, tmp_path):
    dialog = window.export_dialog()
    source = window.state.source
    assert dialog.target() == source.parent / f"{source.stem} results.xlsx"  # not the folder the app started in
    dialog.path_edit.setText(str(tmp_path / "results for 2024.v2"))  # no extension: .xlsx is added, not swapped
    assert dialog.target() == tmp_path / "results for 2024.v2.xlsx"
    dialog.reject()
    window.settings.setValue("lastExportFolder", str(tmp_path))
    assert window.export_dialog().target() == tmp_path / f"{source.stem} results.xlsx"
    window.export.reject()


def test_closing_the_dialog_while_it_exports_cancels_and_leaves_no_file(qtbot, window, tmp_path, monkeypatch):
    from feedback_gui.gui import export_dialog

    real = export_dialog.export_workbook
    reached, release = threading.Event(), threading.Event()

    def held(survey, path, *, progress, **options):  # noqa: ANN001, ANN202 - the real export, held at its first report
        def report_and_hold(fraction: float) -> None:
            progress(fraction)  # raises Cancelled once the dialog was closed
            if not reached.is_set():
                reached.set()
                release.wait(60)

        return real(survey, path, progress=report_and_hold, **options)

    monkeypatch.setattr(export_dialog, "export_workbook", held)
    dialog = window.export_dialog()
    target = tmp_path / "closed.xlsx"
    dialog.path_edit.setText(str(target))
    task = dialog.start()
    assert task is not None and not dialog.export_button.isEnabled()
    assert dialog.start() is None  # one export at a time
    qtbot.waitUntil(reached.is_set, timeout=60_000)
    with qtbot.waitSignal(window.runner.cancelled, timeout=60_000, check_params_cb=lambda t: t is task):
        dialog.reject()  # the dialog's Cancel button (or Escape)
        release.set()
    assert not dialog.isVisible() and dialog.result is None and not hasattr(dialog, "error_message")
    assert not target.exists() and list(tmp_path.glob("*closed*")) == []  # not even a temporary file


def _first_chart(window) -> QChartView:
    window.show_panel("questions")
    charts = window.findChildren(QChartView)
    assert charts
    return next(c for c in charts if c.isVisible()) if any(c.isVisible() for c in charts) else charts[0]


def test_every_chart_saves_as_png_and_svg_and_copies(qtbot, window, tmp_path):
    chart = _first_chart(window)
    chart.resize(600, 400)
    png = window.chart_exporter.save(chart, "png", tmp_path / "chart.png")
    svg = window.chart_exporter.save(chart, "svg", tmp_path / "chart")
    assert png.read_bytes().startswith(b"\x89PNG")
    assert svg.suffix == ".svg" and b"<svg" in svg.read_bytes()
    copy_chart(chart)
    assert not QGuiApplication.clipboard().image().isNull()
    menu = window.chart_exporter.menu_for(chart)
    assert [a.text() for a in menu.actions()] == ["Save chart as &PNG…", "Save chart as &SVG…", "&Copy chart"]
    assert chart_title(chart)


def test_user_guide_and_about(qtbot, window):
    from PySide6.QtWidgets import QTextBrowser

    from feedback_gui.gui.help import about_html

    guide = window.show_user_guide()
    text = guide.findChild(QTextBrowser).toPlainText()
    assert "Relevant respondents" in text and "Export to Excel" in text
    assert "VADER" in about_html() and "never leaves this computer" in about_html()
