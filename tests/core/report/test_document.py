"""The Word report read back with python-docx: real heading styles, the headline sentences in the
inspectorate's voice, tables of figures, pictures with alt text, a methods section, page numbers."""

from __future__ import annotations

import zipfile

import pytest
from docx import Document
from docx.oxml.ns import qn

from feedback_gui.core.analysis.proportions import headlines
from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.survey import QuestionType


@pytest.fixture(scope="module")
def report(staff_packs):
    return Document(str(staff_packs["docx"]))


def _text(doc) -> str:
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_headings_are_word_heading_styles_in_order(report) -> None:
    headings = [(p.style.name, p.text) for p in report.paragraphs if p.style.name.startswith(("Heading", "Title"))]
    assert headings[0] == ("Title", "Staff survey 2024: what staff told us")
    level_one = [text for style, text in headings if style == "Heading 1"]
    assert level_one == ["Summary", "Findings", "Breakdown by What is your grade?", "Compared with the last survey",
                         "What staff said", "Who responded", "How we did this"]
    level_two = [text for style, text in headings if style == "Heading 2"]
    assert {"Denominators", "Small groups", "Intervals and rounding", "Headline figures"} <= set(level_two)


def test_the_headline_sentences_are_there_in_the_inspectorates_voice(report, staff_2024) -> None:
    paragraphs = [p.text for p in report.paragraphs]
    for result in headlines(staff_2024):
        if result.headline and result.type != QuestionType.DEMOGRAPHIC:
            assert f"In our staff survey, {result.headline.sentence}" in paragraphs
    assert any(p.startswith("In our staff survey, 59 out of 81 respondents (73%), nearly three quarters, said")
               for p in paragraphs)
    assert "In total, 81 staff responded to our staff survey (the file staff_survey_2024.xlsx)." in paragraphs


def test_strengths_and_areas_for_improvement_are_listed(report) -> None:
    paragraphs = [p.text for p in report.paragraphs]
    strengths, areas = paragraphs.index("Strengths:"), paragraphs.index("Areas for improvement:")
    listed = paragraphs[strengths + 1:areas]
    assert len(listed) == 5
    assert all(report.paragraphs[strengths + 1 + i].style.name == "List Bullet" for i in range(len(listed)))
    assert "(81%)" in listed[0]  # highest first
    assert "18 out of 81 respondents (22%)" in paragraphs[areas + 1]  # access to services
    assert not any("bullying" in p for p in listed)  # yes/no questions are never sorted


def test_every_picture_has_alt_text_and_a_caption(report) -> None:
    pictures = report.inline_shapes
    assert len(pictures) >= 15
    for picture in pictures:
        doc_pr = picture._inline.docPr
        assert doc_pr.get("descr") and len(doc_pr.get("descr")) > 40
    captions = [p.text for p in report.paragraphs if p.style.name == "Caption"]
    assert len(captions) == len(pictures) and captions[0].startswith("Figure 1: ")


def test_tables_hold_the_figures(report, staff_2024) -> None:
    first = report.tables[0]  # the headline figures
    assert [c.text for c in first.rows[0].cells] == ["Question", "Counted out of relevant", "%", "95% interval"]
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in first.rows[1:]}
    for result in headlines(staff_2024):
        h = result.headline
        if h is None or result.type == QuestionType.DEMOGRAPHIC:
            continue
        assert rows[result.text][1:] == [f"{h.numerator} out of {h.denominator}", percent_text(h.percent),
                                         f"{percent_text(h.ci95[0])} to {percent_text(h.ci95[1])}"]
    assert first.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # the heading row repeats on each page


def test_suppressed_groups_show_a_dash_in_the_breakdown_tables(report) -> None:
    tables = [t for t in report.tables if t.rows[0].cells[0].text == "Question" and
              t.rows[0].cells[1].text == "All respondents"]
    assert tables
    for table in tables:
        heading = [c.text for c in table.rows[0].cells]
        senior = heading.index("Senior Probation Officer")
        for row in table.rows[1:]:
            assert row.cells[senior].text == "–"  # too few senior probation officers for any figure


def test_methods_say_denominators_intervals_suppression_and_exclusions(report) -> None:
    text = _text(report)
    assert "Wilson score interval" in text
    assert "fewer than 5 relevant respondents shows no figure" in text
    assert "Senior Probation Officer (18 of 19 questions)" in text  # 12 of 13 before the six issue-14 questions
    assert "(31 “Not applicable”)" in text and "(1 “Don't know”)" in text
    assert "Benjamini–Hochberg" in text


def test_page_numbers_are_fields_in_the_footer(staff_packs) -> None:
    with zipfile.ZipFile(staff_packs["docx"]) as package:
        footers = [package.read(n).decode() for n in package.namelist() if n.startswith("word/footer")]
    footer = "".join(footers)
    assert '<w:instrText xml:space="preserve"> PAGE </w:instrText>' in footer
    assert '<w:instrText xml:space="preserve"> NUMPAGES </w:instrText>' in footer
    assert footer.count('w:fldCharType="begin"') == 2 and footer.count('w:fldCharType="end"') == 2


def test_the_page_is_a4(report) -> None:
    section = report.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
