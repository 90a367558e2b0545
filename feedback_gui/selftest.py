"""`feedback-gui --self-test`: every analysis and export on the bundled sample data, headlessly.

Used to check an installation (and the frozen Windows app) works: it reads the bundled surveys, checks
figures the inspectorate printed, runs comments, waves, equality and the case audit, writes an Excel
workbook, a briefing deck and document to a temporary folder, compares with the bundled CSPS
benchmark, and opens the main window offscreen. Prints one line per step and
exits 0 when all pass, 1 (with the reason) when any fails.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from feedback_gui import __version__


def _staff() -> str:
    from feedback_gui.core.analysis.proportions import question_result
    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.resources import sample_path

    survey = read_survey(sample_path("staff_survey_2024.xlsx"))
    openness = question_result(survey, survey.question(
        "The PDU has a culture that promotes openness and constructive challenge"))
    workload = question_result(survey, survey.question("My workload is manageable"), counted=["No"])
    _expect((openness.headline.numerator, openness.headline.denominator) == (59, 81), "openness is not 59/81")
    _expect((workload.headline.numerator, workload.headline.denominator) == (46, 79), "workload is not 46/79")
    return f"{survey.respondents} respondents; openness 59 out of 81; workload 46 out of 79 relevant"


def _breakdown() -> str:
    from feedback_gui.core.analysis.breakdown import breakdown
    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.resources import sample_path

    survey = read_survey(sample_path("staff_survey_2024.xlsx"))
    result = breakdown(survey, survey.question("My workload is manageable"), survey.question("What is your grade?"))
    _expect("Other" in result.suppressed_groups, "the small group was not suppressed")
    return f"{len(result.groups)} groups, suppressed: {', '.join(result.suppressed_groups)}"


def _comments() -> str:
    from feedback_gui.core.comments import analyse_comments
    from feedback_gui.core.comments.inputs import codebook_for, comment_inputs
    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.resources import sample_path

    survey = read_survey(sample_path("user_voice_2024.xlsx"))
    inputs = comment_inputs(survey)
    analysis = analyse_comments(inputs, codebook_for(survey, inputs))
    themes = {t.name: t.count for t in analysis.themes}
    _expect(themes.get("Mental health", 0) > 0, "no comment about mental health was found")
    return f"{len(analysis.comments)} comments, {len(themes)} themes, {sum(analysis.redactions.values())} redactions"


def _waves() -> str:
    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.resources import sample_path
    from feedback_gui.core.waves import compare_surveys

    old = read_survey(sample_path("staff_survey_2023.xlsx"))
    new = read_survey(sample_path("staff_survey_2024.xlsx"))
    comparison = compare_surveys([old, new])
    sentences = [c.sentence for c in comparison.changes]
    _expect(any("48 out of 76 (63%) to 59 out of 81 (73%)" in s for s in sentences), "openness change not found")
    return f"{len(comparison.changes)} questions compared"


def _equality() -> str:
    from feedback_gui.core.equality import equality_report, read_reference
    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.resources import sample_path

    survey = read_survey(sample_path("user_voice_2024.xlsx"))
    report = equality_report(survey, read_reference(sample_path("caseload_profile.csv")))
    text = str(report.to_dict())
    _expect("12.7 per cent" in text and "44.2 per cent" in text, "representativeness sentences missing")
    return "females 3% vs 12.7%; disabled 24% vs 44.2%"


def _audit() -> str:
    from feedback_gui.core.analysis.audit import audit_file
    from feedback_gui.core.resources import sample_path

    result = audit_file(sample_path("case_audit_2024.xlsx"))
    _expect(f"{result.score}/{result.max_score}" == "4/21", f"score {result.score}/{result.max_score}, not 4/21")
    return f"{result.cases} cases, score 4/21"


def _export() -> str:
    from openpyxl import load_workbook

    from feedback_gui.core.export import export_workbook
    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.resources import sample_path

    survey = read_survey(sample_path("staff_survey_2024.xlsx"))
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "self-test.xlsx"
        export_workbook(survey, target, by="What is your grade?")
        book = load_workbook(target)
        charts = sum(len(sheet._charts) for sheet in book.worksheets)
        _expect(charts > 0, "the workbook has no charts")
        return f"{len(book.sheetnames)} sheets, {charts} native charts"


def _insight() -> str:
    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.insight.benchmarks import compare_with_benchmark
    from feedback_gui.core.insight.indices import engagement_index
    from feedback_gui.core.resources import sample_path

    survey = read_survey(sample_path("staff_survey_2024.xlsx"))
    engagement = engagement_index(survey)
    _expect(engagement is not None, "no engagement index in the sample staff survey")
    comparison = compare_with_benchmark(survey, "csps-2024-probation")  # reads the bundled CSPS figures
    _expect(len(comparison.matched) > 0, "nothing matched the CSPS 2024 benchmark")
    return f"engagement index {engagement.score:.1f}; {len(comparison.matched)} questions matched to CSPS 2024"


def _briefing() -> str:
    from docx import Document
    from pptx import Presentation

    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.report import build_briefing
    from feedback_gui.core.resources import sample_path

    survey = read_survey(sample_path("staff_survey_2024.xlsx"))
    with tempfile.TemporaryDirectory() as folder:  # the pptx and docx templates must be in the installation
        deck = build_briefing(survey, Path(folder) / "self-test.pptx", by="What is your grade?")
        document = build_briefing(survey, Path(folder) / "self-test.docx")
        slides = len(Presentation(str(deck.path)).slides)
        paragraphs = len(Document(str(document.path)).paragraphs)
        _expect(slides > 1 and deck.charts > 0, "the briefing deck has no charts")
        _expect(paragraphs > 10, "the briefing document is empty")
        return f"deck of {slides} slides ({deck.charts} native charts), document of {paragraphs} paragraphs"


def _window() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["FEEDBACK_GUI_SETTINGS"] = str(Path(folder) / "settings.ini")
        os.environ["FEEDBACK_GUI_DATA"] = str(Path(folder) / "data")
        from PySide6.QtCore import QEventLoop, QTimer

        from feedback_gui.core.resources import sample_path
        from feedback_gui.gui.app import create_application
        from feedback_gui.gui.main_window import MainWindow

        app = create_application()
        window = MainWindow()
        window.show()
        loop = QEventLoop()
        window.opener.opened.connect(lambda _loaded: loop.quit())
        window.opener.openFailed.connect(lambda _path, _message: loop.quit())
        QTimer.singleShot(60_000, loop.quit)
        window.open_path(sample_path("staff_survey_2024.xlsx"), show_preview=False)
        loop.exec()
        _expect(window.state.survey is not None, "the window did not open the sample survey")
        image = window.grab()
        respondents = window.state.survey.respondents
        window.close()
        app.processEvents()
        return f"window opened the sample ({respondents} respondents), {image.width()}x{image.height()} pixels"


STEPS: list[tuple[str, Callable[[], str]]] = [
    ("staff survey headlines", _staff), ("breakdown with suppression", _breakdown),
    ("comment analysis", _comments), ("waves comparison", _waves), ("equality", _equality),
    ("case audit", _audit), ("Excel export", _export),
    ("insight and benchmark", _insight), ("briefing pack", _briefing), ("main window", _window),
]


class SelfTestFailure(Exception):
    """A self-test check did not hold."""


def _expect(condition: bool, reason: str) -> None:
    if not condition:
        raise SelfTestFailure(reason)


def run_self_test(out=None) -> int:
    """Run every step; print a report; 0 if all passed, 1 otherwise."""
    out = out or sys.stdout
    print(f"Feedback Analyser {__version__} self-test (Python {sys.version.split()[0]})", file=out)
    failures = 0
    for name, step in STEPS:
        start = time.perf_counter()
        try:
            detail = step()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, never a traceback
            failures += 1
            print(f"FAIL {name}: {type(exc).__name__}: {' '.join(str(exc).split())[:200]}", file=out)
            continue
        print(f"ok   {name} ({time.perf_counter() - start:.1f} s): {detail}", file=out)
    print("Self-test passed." if not failures else f"Self-test failed: {failures} step(s).", file=out)
    return 0 if not failures else 1
