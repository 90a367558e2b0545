"""Respondent text stays text; suppressed figures are written nowhere; matrix questions share a sheet."""

from __future__ import annotations

import re

import openpyxl
import pytest
from openpyxl.utils import quote_sheetname

from feedback_gui.core.analysis.breakdown import breakdown
from feedback_gui.core.analysis.proportions import headlines
from feedback_gui.core.export import export_workbook
from feedback_gui.core.export.cells import SUPPRESSED
from feedback_gui.core.settings import AnalysisSettings
from tests.core.export.conftest import HOSTILE, HOSTILE_HEADER, all_cells, find_row, header_columns, package_parts


@pytest.fixture(scope="module")
def book(tiny_export):
    return openpyxl.load_workbook(tiny_export[1])


def test_hostile_comments_are_text_exactly_as_written(book):
    ws = book["Comments"]
    header = find_row(ws, "Row")
    cells = {ws.cell(r, 3).value: ws.cell(r, 3) for r in range(header + 1, ws.max_row + 1)}
    for text in HOSTILE[:5]:  # '=HYPERLINK(…)', '+1', '-2', '@SUM(A1)', '#N/A'
        cell = cells[text]
        assert cell.data_type == "s" and cell.value == text
        if text[0] in "=+-@":
            assert cell.quotePrefix  # Excel keeps it text even when the cell is edited
    assert "Call [NAME] on [PHONE] please" in cells  # redacted by default
    questions = {ws.cell(r, 2).value for r in range(header + 1, ws.max_row + 1)}
    assert HOSTILE_HEADER in questions  # a question text starting with "=" is text too


def test_no_formula_anywhere_in_the_workbook(tiny_export, book):
    assert not [c.coordinate for c in all_cells(book) if c.data_type == "f"]
    for name, xml in package_parts(tiny_export[1], "xl/worksheets/sheet").items():
        assert "<f>" not in xml and "<f " not in xml, name
    sheets = "".join(package_parts(tiny_export[1], "xl/worksheets/sheet").values())
    # stored as an inline string, the cell type Excel never evaluates
    assert re.search(r'<c r="C\d+"[^>]* t="inlineStr"><is><t>=HYPERLINK\("http://x","click"\)</t>', sheets)


def _unsuppressed(survey, team):
    """Each suppressed group's figures as they would be with no suppression at all."""
    hidden, loose = {}, AnalysisSettings(suppression_threshold=1)
    for r in headlines(survey):
        if not r.headline or r.id == team.id:
            continue
        question = survey.question(r.id)
        shown = breakdown(survey, question, team, r.headline.counted)
        full = {g.group: g for g in breakdown(survey, question, team, r.headline.counted, loose).groups}
        for g in shown.groups:
            if g.suppressed:
                hidden[(r.text, g.group)] = full[g.group]
    return hidden


def test_suppressed_figures_are_written_nowhere(tiny_survey, tiny_export, book):
    result, path = tiny_export
    team = tiny_survey.question("Which team are you in?")
    hidden = _unsuppressed(tiny_survey, team)
    assert {g for _, g in hidden} == {"Team A", "Team C"} and len(hidden) == 10
    assert result.suppressed == {text: ["Team A", "Team C"] for text, _ in hidden}
    ws = book[next(n for n in book.sheetnames if n.startswith("Breakdown"))]
    header = find_row(ws, "Question")
    cols = header_columns(ws, header)
    denominators = [r for r in range(header + 1, ws.max_row + 1) if ws.cell(r, 1).value == "Question"][0]
    dcols = header_columns(ws, denominators)
    rows = {ws.cell(r, 1).value: r for r in range(header + 1, denominators)}
    drows = {ws.cell(r, 1).value: r for r in range(denominators + 1, ws.max_row + 1)}
    for (text, group), _figure in hidden.items():
        assert ws.cell(rows[text], cols[group]).value == SUPPRESSED
        assert ws.cell(drows[text], dcols[group]).value == SUPPRESSED
    # the fixture gives the small teams distinctive "agree" shares: Team C 3 of 4, Team A 3 of 7
    supported = "I feel supported by my manager"
    secrets = [hidden[(supported, "Team C")].percent / 100, hidden[(supported, "Team A")].percent / 100]
    assert secrets == [0.75, pytest.approx(3 / 7)]
    values = [c.value for c in all_cells(book) if isinstance(c.value, float)]
    assert not [v for v in values if any(v == pytest.approx(s, abs=1e-12) for s in secrets)]
    for xml in package_parts(path, "xl/").values():  # nor in any chart, cache or hidden part
        for secret in secrets:
            for text in (repr(secret), repr(secret * 100)):
                assert f">{text}<" not in xml  # no cell value, no cached chart point


def test_breakdown_chart_leaves_out_suppressed_groups(book):
    ws = book[next(n for n in book.sheetnames if n.startswith("Breakdown"))]
    header = find_row(ws, "Question")
    (chart,) = ws._charts
    assert [ws[s.tx.strRef.f.split("!")[1].replace("$", "")].value for s in chart.series] == \
           ["All respondents", "Team B"]
    notes = " ".join(str(ws.cell(r, 1).value) for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value)
    assert "Team A (5 of 5 questions), Team C (5 of 5 questions)" in notes
    assert "The chart leaves out Team A, Team C" in notes
    assert header > 2


def test_matrix_questions_share_a_sheet_with_a_stacked_chart(book):
    (name,) = [n for n in book.sheetnames if "satisfied" in n]
    ws = book[name]
    assert ws["A1"].value == "How satisfied are you with"
    tables = [r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "Item"]
    counts, percents = tables
    assert [ws.cell(counts + i, 1).value for i in (1, 2, 3)] == ["Pay", "Training", "Equipment"]
    cols = header_columns(ws, percents)
    (chart,) = ws._charts
    assert chart.grouping == "percentStacked" and len(chart.series) == 5
    first = chart.series[0]
    sheet = quote_sheetname(ws.title)
    assert first.val.numRef.f == f"{sheet}!$B${percents + 1}:$B${percents + 3}"
    assert first.cat.strRef.f == f"{sheet}!$A${percents + 1}:$A${percents + 3}"
    assert ws.cell(percents, cols["Very satisfied"]).value == "Very satisfied"
    for i in (1, 2, 3):
        relevant = ws.cell(counts + i, header_columns(ws, counts)["Relevant respondents"]).value
        assert ws.cell(percents + i, 2).value == pytest.approx(ws.cell(counts + i, 2).value / relevant)


def test_redaction_can_be_turned_off(tiny_survey, tmp_path):
    path = export_workbook(tiny_survey, tmp_path / "raw.xlsx", sheets=["comments"], redact=False).path
    ws = openpyxl.load_workbook(path)["Comments"]
    texts = {ws.cell(r, 3).value for r in range(1, ws.max_row + 1)}
    assert "Call John Smith on 07700 900123 please" in texts
    assert "Not redacted" in ws["A2"].value


def test_a_plain_comments_dict_is_redacted_before_writing(tiny_survey, tmp_path):
    comments = {"comments": [{"row": 1, "question": "Q", "text": "Ring Mr Jones on 07700 900123",
                              "sentiment": {"label": "neutral", "compound": 0.0}, "themes": ["Contact"]}],
                "themes": [{"name": "Contact", "count": 1, "positive": 0, "negative": 0, "neutral": 1, "mixed": 0,
                            "quotes": ["Ring Mr Jones on 07700 900123"]}]}
    path = export_workbook(tiny_survey, tmp_path / "d.xlsx", sheets=["comments", "themes"], comments=comments).path
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Comments", "Themes", "Quotes"]
    text = " ".join(str(c.value) for c in all_cells(book) if c.value)
    assert "Jones" not in text and "07700" not in text and "Ring [NAME] on [PHONE]" in text
