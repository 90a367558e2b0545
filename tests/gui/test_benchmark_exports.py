"""The chosen benchmark goes into the briefing and the Excel workbook from the export dialogs: every matched
figure's sentence (as the core words it, with the user's match decisions) and the OGL attribution."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton

from feedback_gui.core.insight.benchmarks import OGL, compare_with_benchmark
from feedback_gui.gui.benchmark import benchmark_session

from .conftest import OPEN_TIMEOUT_MS

BUILD_TIMEOUT_MS = 120_000
PROBATION = "csps-2024-probation"
WORKLOAD = "My workload is manageable"


def _mnemonic(text: str) -> str | None:
    text = text.replace("&&", "")
    return text[text.index("&") + 1].lower() if "&" in text else None


@pytest.fixture
def probation(qtbot, window):  # noqa: ANN001, ANN201
    """The window with the Probation Service's figures chosen, and the workload match confirmed by the user."""
    session = benchmark_session(window.state)
    with qtbot.waitSignal(session.compared, timeout=OPEN_TIMEOUT_MS, check_params_cb=lambda c: c is not None):
        session.choose(PROBATION)
    workload = next(m for m in session.comparison.matched if m.question == WORKLOAD)
    with qtbot.waitSignal(session.compared, timeout=OPEN_TIMEOUT_MS, check_params_cb=lambda c: c is not None):
        session.confirm(workload)
    return window


def _expected(window):  # noqa: ANN001, ANN201
    state = window.state
    return compare_with_benchmark(state.survey, PROBATION, project=state.project, settings=state.settings)


def _run(qtbot, window, dialog):  # noqa: ANN001, ANN202
    started = []
    with qtbot.waitSignal(window.runner.finished, timeout=BUILD_TIMEOUT_MS,
                          check_params_cb=lambda task: bool(started) and task is started[0]):
        started.append(dialog.start())
        assert started[0] is not None


def test_without_a_benchmark_the_options_say_where_to_choose_one(window) -> None:  # noqa: ANN001
    export = window.export_dialog()
    assert not export.checks["benchmark"].isEnabled() and "Overview" in export.checks["benchmark"].toolTip()
    export.reject()
    briefing = window.briefing_dialog()
    assert not briefing.benchmark.isEnabled() and not briefing.benchmark.isChecked()
    assert briefing.chosen_benchmark() is None and "Overview" in briefing.benchmark.toolTip()
    briefing.reject()


def test_the_excel_benchmark_sheet_has_every_sentence(qtbot, probation, tmp_path) -> None:  # noqa: ANN001
    from openpyxl import load_workbook

    window = probation
    dialog = window.export_dialog()
    box = dialog.checks["benchmark"]
    assert box.isEnabled() and box.isChecked() and _mnemonic(box.text()) == "m"
    letters = [_mnemonic(b.text()) for b in dialog.checks.values()]
    assert letters.count("m") == 1
    dialog.path_edit.setText(str(tmp_path / "benchmarked.xlsx"))
    _run(qtbot, window, dialog)
    assert dialog.result is not None and "Benchmark" in dialog.result.sheets
    sheet = load_workbook(tmp_path / "benchmarked.xlsx")["Benchmark"]
    cells = [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    expected = _expected(window)
    assert all(item.sentence in cells for item in expected.matched)
    assert any(OGL in c for c in cells)
    workload = next(m for m in expected.matched if m.question == WORKLOAD)
    row = next(r for r in sheet.iter_rows(values_only=True) if r and r[0] == WORKLOAD)
    assert row[3] == "Confirmed"  # the user's decision went in, not the core's default
    assert row[9] == pytest.approx(workload.difference_points)


@pytest.mark.parametrize("suffix", [".docx", ".pptx"])
def test_the_briefing_has_every_benchmark_sentence(qtbot, probation, tmp_path, suffix) -> None:  # noqa: ANN001
    window = probation
    dialog = window.briefing_dialog()
    assert dialog.benchmark.isEnabled() and dialog.benchmark.isChecked()
    assert "the Probation Service nationally (CSPS 2024)" in dialog.benchmark.text()
    texts = [w.text() for w in dialog.findChildren(QAbstractButton) if w.text() != "Cancel"]
    letters = [_mnemonic(t) for t in texts]
    assert _mnemonic(dialog.benchmark.text()) == "m" and letters.count("m") == 1, texts
    view = dialog.chosen_benchmark()
    assert view is not None and view.attribution == OGL
    assert [r.sentence for r in view.matched] == [m.sentence for m in _expected(window).matched]
    dialog.path_edit.setText(str(tmp_path / f"benchmarked{suffix}"))
    _run(qtbot, window, dialog)
    assert dialog.written is not None and not hasattr(dialog, "error_message")
    if suffix == ".docx":
        from docx import Document

        text = "\n".join(p.text for p in Document(str(dialog.written.path)).paragraphs)
    else:
        from pptx import Presentation

        deck = Presentation(str(dialog.written.path))
        text = "\n".join(s.notes_slide.notes_text_frame.text for s in deck.slides if s.has_notes_slide)
    expected = _expected(window)
    assert expected.matched and all(item.sentence in text for item in expected.matched)
    assert OGL in text
    workload = next(m for m in expected.matched if m.question == WORKLOAD)
    assert f"{workload.sentence} (Matched by similar wording" not in text  # confirmed by the user: not flagged
    vision = next(m for m in expected.matched if m.proposed)
    assert f"{vision.sentence} (Matched by similar wording; still to be confirmed.)" in text


def test_unticked_the_briefing_leaves_the_benchmark_out(qtbot, probation, tmp_path) -> None:  # noqa: ANN001
    from docx import Document

    window = probation
    dialog = window.briefing_dialog()
    dialog.benchmark.setChecked(False)
    assert dialog.chosen_benchmark() is None
    dialog.path_edit.setText(str(tmp_path / "plain.docx"))
    _run(qtbot, window, dialog)
    text = "\n".join(p.text for p in Document(str(dialog.written.path)).paragraphs)
    assert OGL not in text and "Probation Service nationally" not in text
