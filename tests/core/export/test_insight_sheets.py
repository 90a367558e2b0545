"""The Drivers and Benchmark sheets: figures as the core computed them, native charts over them, attribution."""

from __future__ import annotations

import openpyxl
import pytest
from openpyxl.utils import get_column_letter, quote_sheetname

from feedback_gui.cli import main
from feedback_gui.core.insight.benchmarks import OGL, compare_with_benchmark
from feedback_gui.core.insight.drivers import key_drivers
from tests.conftest import SAMPLES
from tests.core.export.conftest import package_parts


@pytest.fixture(scope="module")
def insight_export(staff_2024, tmp_path_factory):
    from feedback_gui.core.export import export_workbook

    drivers = key_drivers(staff_2024, "engagement")
    benchmark = compare_with_benchmark(staff_2024, "csps-2024-probation")
    path = tmp_path_factory.mktemp("insight") / "insight.xlsx"
    result = export_workbook(staff_2024, path, sheets=["summary", "drivers", "benchmark"], drivers=drivers,
                             benchmark=benchmark)
    return result, path, drivers, benchmark


def _header_row(ws, first: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == first)


def _ref(ws, column: int, first: int, last: int) -> str:
    letter = get_column_letter(column)
    return f"{quote_sheetname(ws.title)}!${letter}${first}:${letter}${last}"


def test_drivers_sheet_holds_the_result_and_two_native_charts(insight_export):
    result, path, drivers, _ = insight_export
    assert result.sheets == ("Summary", "Drivers", "Benchmark")
    ws = openpyxl.load_workbook(path)["Drivers"]
    header = _header_row(ws, "Rank")
    headers = [ws.cell(header, c).value for c in range(1, 13)]
    assert headers[:3] == ["Rank", "Question", "Importance (relative weight)"]
    for offset, item in enumerate(drivers.items, start=1):
        row = header + offset
        assert ws.cell(row, 2).value == item.question
        assert ws.cell(row, 3).value == pytest.approx(item.importance)
        assert ws.cell(row, 6).value == pytest.approx(item.importance / drivers.r_squared)  # share, as a fraction
        assert ws.cell(row, 6).number_format == "0%"
    assert "Denominator" in ws["A2"].value and "uncertain" in " ".join(str(ws.cell(r, 1).value) for r in range(2, 7))
    xml = list(package_parts(path, "xl/charts/").values())  # openpyxl drops charts on reading: read the package
    bar = next(x for x in xml if "barChart" in x and "Drivers" in x)
    last = header + len(drivers.items)
    assert _ref(ws, 6, header + 1, last) in bar  # the share column
    scatter = next(x for x in xml if "scatterChart" in x)
    assert "Drivers" in scatter and "numCache" not in scatter


def test_benchmark_sheet_carries_the_attribution_and_the_figures(insight_export):
    _, path, _, benchmark = insight_export
    ws = openpyxl.load_workbook(path)["Benchmark"]
    notes = [str(ws.cell(r, 1).value or "") for r in range(1, ws.max_row + 1)]
    assert notes[0].endswith("the Probation Service nationally (CSPS 2024)")
    assert OGL in notes[1] and sum(OGL in n for n in notes) == 2  # under the title and at the foot
    header = _header_row(ws, "Question")
    questions = [m for m in benchmark.matched if m.numerator is not None]
    for offset, item in enumerate(questions, start=1):
        row = header + offset
        assert [ws.cell(row, c).value for c in (1, 3, 6, 7)] == [item.question, item.benchmark_code, item.numerator,
                                                                  item.denominator]
        assert ws.cell(row, 8).value == pytest.approx(item.percent / 100)
        assert ws.cell(row, 9).value == pytest.approx(item.benchmark_percent / 100)
        assert ws.cell(row, 4).value == ("Proposed" if item.proposed else "Same wording")
    index_header = _header_row(ws, "Index")
    assert ws.cell(index_header + 1, 1).value == "Engagement index"
    assert ws.cell(index_header + 1, 6).value == pytest.approx(59.736)
    bar = next(x for x in package_parts(path, "xl/charts/").values() if "Benchmark" in x)
    assert _ref(ws, 8, header + 1, header + len(questions)) in bar
    assert _ref(ws, 9, header + 1, header + len(questions)) in bar


def test_drivers_sheet_by_default_only_with_the_engagement_questions(tmp_path, user_voice, staff_2024):
    from feedback_gui.core.export import export_workbook

    chosen = export_workbook(user_voice, tmp_path / "uv.xlsx", sheets=["summary", "drivers"])
    assert chosen.sheets == ("Summary",)
    assert chosen.notes == ("Left out key drivers: nothing to show for this survey and these options.",)
    default = export_workbook(staff_2024, tmp_path / "staff.xlsx", sheets=["drivers"])
    assert default.sheets == ("Drivers",) and default.charts == 2


def test_cli_export_with_benchmark_and_outcome(tmp_path, capsys):
    out = tmp_path / "cli.xlsx"
    status = main(["export", str(SAMPLES / "staff_survey_2024.xlsx"), "-o", str(out), "--only", "drivers,benchmark",
                   "--benchmark", "csps-2024-median", "--outcome", "My supervision enhances"])
    assert status == 0 and capsys.readouterr().err == ""
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Drivers", "Benchmark"]
    assert book["Drivers"]["A1"].value == ("Key drivers of My supervision enhances the quality of my work with people "
                                           "on probation")
    assert "Civil Service benchmark" in book["Benchmark"]["A1"].value
