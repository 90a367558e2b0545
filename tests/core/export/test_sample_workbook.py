"""The exported 2024 staff survey, opened with openpyxl: every sheet's figures against the core's results."""

from __future__ import annotations

import openpyxl
import pytest
from openpyxl.utils import quote_sheetname

from feedback_gui.core.analysis.breakdown import breakdown
from feedback_gui.core.analysis.proportions import headlines, question_result
from feedback_gui.core.export.cells import SUPPRESSED
from feedback_gui.core.survey import QuestionType
from tests.core.export.conftest import all_cells, find_row, header_columns, package_parts


@pytest.fixture(scope="module")
def book(sample_export):
    return openpyxl.load_workbook(sample_export[1])


def _range(ws, col: int, first: int, last: int) -> str:
    letter = openpyxl.utils.get_column_letter(col)
    cells = f"${letter}${first}" if first == last else f"${letter}${first}:${letter}${last}"
    return f"{quote_sheetname(ws.title)}!{cells}"


def test_sheets_are_the_ones_reported(sample_export, book):
    result = sample_export[0]
    assert book.sheetnames == list(result.sheets)
    assert book.sheetnames[0] == "Summary"
    assert {"Comments", "Themes", "Quotes", "Waves"} <= set(book.sheetnames)
    assert any(name.startswith("Breakdown by") for name in book.sheetnames)
    assert result.charts == sum(len(ws._charts) for ws in book.worksheets) == 28


def test_summary_figures_are_the_core_headlines(staff_2024, book, figures):
    ws = book["Summary"]
    header = find_row(ws, "Question")
    cols = header_columns(ws, header)
    results = [r for r in headlines(staff_2024) if r.headline]
    assert ws.cell(header + len(results) + 1, 1).value is None  # one row per headline, no more
    for row, r in enumerate(results, start=header + 1):
        h = r.headline
        assert ws.cell(row, cols["Question"]).value == r.text
        assert ws.cell(row, cols["Counted answers"]).value == ", ".join(h.counted)
        assert ws.cell(row, cols["Counted (numerator)"]).value == h.numerator
        assert ws.cell(row, cols["Relevant respondents (denominator)"]).value == h.denominator
        assert ws.cell(row, cols["%"]).value == pytest.approx(h.percent / 100)
        assert ws.cell(row, cols["%"]).number_format == "0%"
        assert ws.cell(row, cols["95% interval from"]).value == pytest.approx(h.ci95[0] / 100)
        assert ws.cell(row, cols["95% interval to"]).value == pytest.approx(h.ci95[1] / 100)
        assert ws.cell(row, cols["Headline"]).value == h.sentence
    # the inspection report's "59 out of 81" and "47 out of 50 relevant staff" are in the workbook as printed
    by_text = {ws.cell(r, 1).value: r for r in range(header + 1, header + len(results) + 1)}
    for item in figures["staff_survey_2024"]["items"]:
        row = by_text.get(item["text"])
        if row and ws.cell(row, cols["Counted answers"]).value == ", ".join(item["counted"]):
            assert (ws.cell(row, cols["Counted (numerator)"]).value,
                    ws.cell(row, cols["Relevant respondents (denominator)"]).value) == \
                   (item["numerator"], item["denominator"])


def test_summary_chart_points_at_the_percent_column(book):
    ws = book["Summary"]
    header = find_row(ws, "Question")
    cols = header_columns(ws, header)
    last = header + sum(1 for r in range(header + 1, ws.max_row + 1) if ws.cell(r, cols["%"]).value is not None)
    (chart,) = ws._charts
    assert chart.tagname == "barChart" and chart.type == "bar" and chart.grouping == "clustered"
    (series,) = chart.series
    assert series.val.numRef.f == _range(ws, cols["%"], header + 1, last)
    assert series.cat.strRef.f == _range(ws, cols["Chart label"], header + 1, last)
    assert series.tx.strRef.f.endswith(f"${openpyxl.utils.get_column_letter(cols['%'])}${header}")
    assert _colour(series) == "0072B2"  # Okabe–Ito blue


def _colour(series) -> str:
    colour = series.graphicalProperties.solidFill.srgbClr
    return getattr(colour, "val", colour)


def _question_sheets(book):
    return [ws for ws in book.worksheets if ws.title.startswith("Q") and ws.title.split(" ")[0][1:].isdigit()]


def test_question_sheets_hold_each_distribution_and_its_chart(staff_2024, book):
    sheets = _question_sheets(book)
    questions = [q for q in staff_2024.reportable if q.type not in (QuestionType.FREE_TEXT, QuestionType.DATE)]
    assert [ws["A1"].value for ws in sheets] == [q.text for q in questions]
    for ws, question in zip(sheets, questions, strict=True):
        result = question_result(staff_2024, question)
        header = find_row(ws, "Answer")
        cols = header_columns(ws, header)
        options = list(result.counts)
        for row, option in enumerate(options, start=header + 1):
            assert ws.cell(row, 1).value == option
            assert ws.cell(row, cols["Respondents"]).value == result.counts[option]
            assert ws.cell(row, cols["% of relevant respondents"]).value == \
                pytest.approx(result.counts[option] / result.relevant)
        assert ws.cell(header + len(options) + 1, cols["Respondents"]).value == result.relevant
        (chart,) = ws._charts
        pct = cols["% of relevant respondents"]
        if question.type == QuestionType.LIKERT:
            assert chart.grouping == "percentStacked" and chart.overlap == 100
            assert len(chart.series) == len(options)
            for i, series in enumerate(chart.series):
                assert series.val.numRef.f == _range(ws, pct, header + 1 + i, header + 1 + i)
                assert series.tx.strRef.f == f"{quote_sheetname(ws.title)}!$A${header + 1 + i}"
        else:
            assert chart.grouping == "clustered"
            (series,) = chart.series
            assert series.val.numRef.f == _range(ws, pct, header + 1, header + len(options))
            assert series.cat.strRef.f == _range(ws, 1, header + 1, header + len(options))


def test_likert_colours_run_from_blue_to_vermillion(book):
    chart = book.worksheets[1]._charts[0]  # "The vision and strategy…": Always … Never
    colours = [_colour(s) for s in chart.series]
    assert colours == ["0072B2", "56B4E9", "BBBBBB", "E69F00", "D55E00"]


def test_breakdown_figures_and_suppression_match_the_core(staff_2024, book, sample_export):
    ws = book[next(n for n in book.sheetnames if n.startswith("Breakdown"))]
    grade = staff_2024.question("grade")
    header = find_row(ws, "Question")
    cols = header_columns(ws, header)
    denominators = find_row(ws, "Question", 1) and [r for r in range(header + 1, ws.max_row + 1)
                                                      if ws.cell(r, 1).value == "Question"][0]
    dcols = header_columns(ws, denominators)
    results = [r for r in headlines(staff_2024) if r.headline and r.id != "grade"]
    hidden_cells = 0
    for i, r in enumerate(results):
        b = breakdown(staff_2024, staff_2024.question(r.id), grade, r.headline.counted)
        row, drow = header + 1 + i, denominators + 1 + i
        assert ws.cell(row, 1).value == r.text == ws.cell(drow, 1).value
        assert ws.cell(row, cols["All respondents"]).value == pytest.approx(b.total.percent / 100)
        assert ws.cell(drow, dcols["All respondents"]).value == b.total.relevant
        for g in b.groups:
            shown, n = ws.cell(row, cols[g.group]).value, ws.cell(drow, dcols[g.group]).value
            if g.suppressed:
                hidden_cells += 1
                assert shown == SUPPRESSED and n == SUPPRESSED
            elif g.percent is None:
                assert shown is None and n == g.relevant == 0
            else:
                assert shown == pytest.approx(g.percent / 100) and n == g.relevant
    assert hidden_cells == sum(len(v) for v in sample_export[0].suppressed.values()) > 0


def test_breakdown_chart_draws_only_groups_with_nothing_suppressed(book, sample_export, staff_2024):
    ws = book[next(n for n in book.sheetnames if n.startswith("Breakdown"))]
    header = find_row(ws, "Question")
    cols = header_columns(ws, header)
    hidden = {g for groups in sample_export[0].suppressed.values() for g in groups}
    (chart,) = ws._charts
    titles = [s.tx.strRef.f for s in chart.series]
    drawn = [name for name, col in cols.items()
             if f"{quote_sheetname(ws.title)}!${openpyxl.utils.get_column_letter(col)}${header}" in titles]
    assert drawn[0] == "All respondents"
    assert set(drawn[1:]) == {"Probation Services Officer", "Case administrator"}
    assert not set(drawn) & hidden
    note = " ".join(str(ws.cell(r, 1).value) for r in range(2, header))
    questions = sum(1 for r in headlines(staff_2024) if r.headline and r.id != "grade")
    for group in hidden:
        times = sum(group in groups for groups in sample_export[0].suppressed.values())
        assert f"{group} ({times} of {questions} questions)" in note


def test_waves_sheet_matches_the_comparison(book, sample_export):
    waves = sample_export[2]
    ws = book["Waves"]
    header = find_row(ws, "Question")
    cols = header_columns(ws, header)
    for row, change in enumerate(waves.changes, start=header + 1):
        assert ws.cell(row, 1).value == change.match.new.text
        assert ws.cell(row, cols["Then: counted"]).value == change.then.numerator
        assert ws.cell(row, cols["Then: relevant respondents"]).value == change.then.denominator
        assert ws.cell(row, cols["Now"]).value == pytest.approx(change.now.percent / 100)
        assert ws.cell(row, cols["Change (percentage points)"]).value == pytest.approx(change.change_points)
        assert ws.cell(row, cols["p value adjusted"]).value == pytest.approx(change.p_adjusted)
        assert ws.cell(row, cols["Significant"]).value == ("Yes" if change.significant else "No")
        assert ws.cell(row, cols["In words"]).value == change.sentence
    last = header + len(waves.changes)
    (chart,) = ws._charts
    assert chart.grouping == "clustered" and len(chart.series) == 2
    assert [s.val.numRef.f for s in chart.series] == [_range(ws, cols["Then"], header + 1, last),
                                                      _range(ws, cols["Now"], header + 1, last)]
    notes = [str(ws.cell(r, 1).value) for r in range(last + 1, ws.max_row + 1) if ws.cell(r, 1).value]
    assert any(n.startswith("Not compared: Supervision is offered at a sufficient frequency – the answer scale "
                            "changed") for n in notes)


def test_comments_and_themes_sheets(book, staff_2024):
    from feedback_gui.core.comments import choose_codebook
    from feedback_gui.core.comments.analysis import analyse_comments
    from feedback_gui.core.comments.inputs import comment_inputs

    inputs = comment_inputs(staff_2024)
    analysis = analyse_comments(inputs, choose_codebook([q.text for q in staff_2024.questions] +
                                                        [c.text for c in inputs]))
    ws = book["Comments"]
    header = find_row(ws, "Row")
    assert ws.max_row - header == len(analysis.comments) == 97
    assert ws.auto_filter.ref == f"A{header}:F{ws.max_row}"
    texts = [ws.cell(r, 3).value for r in range(header + 1, ws.max_row + 1)]
    assert texts == [c.text for c in analysis.comments]
    assert sum("[NAME]" in t for t in texts) >= 1 and sum("[PHONE]" in t for t in texts) == 1
    themes = book["Themes"]
    theader = find_row(themes, "Theme")
    for row, theme in enumerate(analysis.themes, start=theader + 1):
        assert [themes.cell(row, c).value for c in range(1, 7)] == [
            theme.name, theme.count, *[theme.by_sentiment[k] for k in ("positive", "neutral", "mixed", "negative")]]
    (chart,) = themes._charts
    assert chart.grouping == "stacked" and chart.overlap == 100 and len(chart.series) == 4
    assert chart.series[3].val.numRef.f == _range(themes, 6, theader + 1, theader + len(analysis.themes))


def test_no_cell_is_a_formula_and_no_chart_caches_values(sample_export, book):
    assert all(cell.data_type != "f" for cell in all_cells(book))
    for name, xml in package_parts(sample_export[1], "xl/worksheets/sheet").items():
        assert "<f>" not in xml and "<f " not in xml, name
    charts = package_parts(sample_export[1], "xl/charts/")
    assert len(charts) == 28  # 19 question sheets' charts, Summary, Breakdown, Waves, Themes, Drivers (2)...
    for xml in charts.values():
        assert "numCache" not in xml and "strCache" not in xml


def test_every_sheet_is_styled_and_explains_its_denominators(book):
    for ws in book.worksheets:
        assert ws["A1"].font.b and ws["A1"].value
        note = " ".join(str(ws.cell(r, 1).value or "") for r in range(2, 6))
        if ws.title in ("Comments", "Quotes"):
            assert "[NAME]" in note or "Redacted" in note
        elif ws.title != "Themes":
            assert "enominator" in note, ws.title
        assert ws.freeze_panes is not None and ws.freeze_panes.startswith("A")
        header = int(ws.freeze_panes[1:]) - 1
        assert ws.cell(header, 1).fill.fgColor.rgb.endswith("1F3A5F") and ws.cell(header, 1).font.b
        assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.column_dimensions["A"].width >= 9
    header = find_row(book["Comments"], "Row")
    assert book["Comments"].print_title_rows == f"${header}:${header}"  # the long table repeats its header when printed


def test_sheet_names_are_valid_and_unique(book):
    names = book.sheetnames
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert 0 < len(name) <= 31 and not set(name) & set("[]:*?/\\'")
