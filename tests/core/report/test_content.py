"""What the pack says: strengths and areas for improvement on the rating bands' boundaries, questions
grouped onto charts, and the benchmark section laid out from a plain benchmark result."""

from __future__ import annotations

import csv

import pytest
from docx import Document
from pptx import Presentation

from feedback_gui.core.analysis.proportions import headlines
from feedback_gui.core.export.context import ExportContext
from feedback_gui.core.importing import read_survey
from feedback_gui.core.report import BenchmarkComparison, build_briefing
from feedback_gui.core.report.content import briefing_content
from feedback_gui.core.settings import DEFAULT_SETTINGS

AGREE = {"Item at 65": 130, "Item at 64.5": 129, "Item at 50": 100, "Item at 49.5": 99}  # of 200


def _survey(tmp_path, items: dict[str, int], n: int = 200, yes: int = 180):
    rows = [[*items, "I am proud to work here"]]
    for i in range(n):
        rows.append([("Agree" if i < agree else "Disagree") if i % 2 else
                     ("Strongly agree" if i < agree else "Strongly disagree") for agree in items.values()]
                    + ["Yes" if i < yes else "No"])
    path = tmp_path / "bands.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return read_survey(path)


def _content(survey, **options):
    ctx = ExportContext(survey, DEFAULT_SETTINGS, headlines(survey))
    return briefing_content(ctx, user_voice=False, **options)


def test_strengths_from_65_percent_and_areas_below_50_percent(tmp_path) -> None:
    briefing = _content(_survey(tmp_path, AGREE))
    assert [s.split("“")[-1].rstrip("”.") for s in briefing.strengths] == ["Item at 65"]
    assert [s.split("“")[-1].rstrip("”.") for s in briefing.improvements] == ["Item at 49.5"]
    assert "130 out of 200 respondents (65%)" in briefing.strengths[0]
    assert not any("proud" in s for s in briefing.strengths)  # 90% "Yes", but yes/no is never sorted


def test_seven_questions_on_one_scale_make_two_even_charts(tmp_path) -> None:
    items = {f"Statement {i}": 100 + 10 * i for i in range(7)}
    sections = [s for s in _content(_survey(tmp_path, items)).sections if s.key == "questions"]
    scale = [s for s in sections if s.title.startswith("Questions answered from “Strongly agree”")]
    assert [len(s.chart.categories) for s in scale] == [4, 3]
    assert [s.title[-8:] for s in scale] == ["(1 of 2)", "(2 of 2)"]
    assert [f.percent for s in scale for f in s.figures] == pytest.approx([50 + 5 * i for i in range(7)])


BENCHMARK = {  # the shape `feedback-gui benchmark --json` prints (issue 14)
    "against": "csps-2024-probation", "source": "Civil Service People Survey 2024, Probation Service",
    "matched": [
        {"question": "My workload is manageable", "benchmark_question": "I have an acceptable workload",
         "benchmark_code": "B33", "similarity": 0.71, "proposed": True, "numerator": 33, "denominator": 79,
         "percent": 100 * 33 / 79, "benchmark_percent": 45.847, "difference_points": 100 * 33 / 79 - 45.847,
         "p_value": 0.5, "significant": False,
         "sentence": "33 out of 79 (42%) said their workload is manageable, 4 points below the Probation Service "
                     "nationally (46%, CSPS 2024); the difference could be chance."},
    ],
    "unmatched": [],
}


def test_a_benchmark_result_becomes_a_slide_and_a_section(staff_2024, tmp_path) -> None:
    comparison = BenchmarkComparison.from_dict(BENCHMARK)
    assert comparison.matched[0].proposed and comparison.attribution.startswith("Contains public sector information")
    deck = Presentation(str(build_briefing(staff_2024, tmp_path / "b.pptx", benchmark=comparison).path))
    slide = next(s for s in deck.slides if s.shapes.title.text == "Against csps-2024-probation")
    plot = next(s for s in slide.shapes if s.has_chart).chart.plots[0]
    assert [s.name for s in plot.series] == ["staff_survey_2024", "csps-2024-probation"]
    assert plot.series[0].values[0] == pytest.approx(33 / 79) and plot.series[1].values[0] == pytest.approx(0.45847)
    notes = slide.notes_slide.notes_text_frame.text
    assert BENCHMARK["matched"][0]["sentence"] in notes and "Open Government Licence v3.0" in notes
    doc = Document(str(build_briefing(staff_2024, tmp_path / "b.docx", benchmark=BENCHMARK).path))
    paragraphs = [p.text for p in doc.paragraphs]
    assert "Compared with csps-2024-probation" in paragraphs and "Benchmark" in paragraphs
    assert any(BENCHMARK["matched"][0]["sentence"] in p for p in paragraphs)


def test_no_benchmark_no_benchmark_section(staff_2024) -> None:
    assert not [s for s in _content(staff_2024).sections if s.key == "benchmark"]
    assert not [s for s in _content(staff_2024, benchmark={"against": "x", "matched": []}).sections
                if s.key == "benchmark"]


def test_intervals_follow_the_confidence_setting(staff_2024, tmp_path) -> None:
    from feedback_gui.core.analysis.proportions import wilson_interval
    from feedback_gui.core.analysis.wording import percent_text
    from feedback_gui.core.settings import AnalysisSettings

    settings = AnalysisSettings(confidence=0.9)
    doc = Document(str(build_briefing(staff_2024, tmp_path / "c.docx", settings=settings).path))
    table = doc.tables[0]
    assert table.rows[0].cells[3].text == "90% interval"
    low, high = wilson_interval(59, 81, 0.9)
    row = next(r for r in table.rows if r.cells[1].text == "59 out of 81")
    assert row.cells[3].text == f"{percent_text(low)} to {percent_text(high)}" != "62% to 81%"
