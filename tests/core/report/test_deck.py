"""The PowerPoint deck read back with python-pptx: 16:9, native charts whose numbers are the headlines,
alt text on every chart, speaker notes with every headline sentence, titles on every slide."""

from __future__ import annotations

import io
import re
import zipfile

import openpyxl
import pytest
from pptx import Presentation
from pptx.util import Inches

from feedback_gui.core.analysis.proportions import headlines
from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.export.names import short_label
from feedback_gui.core.survey import QuestionType

OKABE_ITO = {"0072B2", "E69F00", "009E73", "CC79A7", "56B4E9", "D55E00", "F0E442", "000000", "BBBBBB"}


@pytest.fixture(scope="module")
def deck(staff_packs):
    return Presentation(str(staff_packs["pptx"]))


def _notes(slide) -> str:
    return slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""


def test_the_deck_is_16_9_and_every_slide_has_a_title(deck) -> None:
    assert (deck.slide_width, deck.slide_height) == (Inches(13.333), Inches(7.5))
    titles = [slide.shapes.title.text for slide in deck.slides]
    assert all(t.strip() for t in titles)
    assert titles[0] == "Staff survey 2024: what staff told us"
    assert "At a glance (1 of 2)" in titles and "Summary" in titles
    assert any(t.startswith("By What is your grade?") for t in titles)
    assert any(t.startswith("Staff survey 2024 compared with Staff survey 2023") for t in titles)
    assert "Themes in the comments" in titles and "How these figures were worked out" in titles


def test_the_theme_carries_the_okabe_ito_colours(staff_packs) -> None:
    with zipfile.ZipFile(staff_packs["pptx"]) as package:
        theme = package.read("ppt/theme/theme1.xml").decode()
    accents = re.findall(r'<a:accent\d><a:srgbClr val="([0-9A-F]{6})"/>', theme)
    assert len(accents) == 6 and set(accents) <= OKABE_ITO
    assert 'typeface="Arial"' in theme and "Calibri" not in theme


def test_question_charts_are_native_and_their_numbers_are_the_headlines(deck, staff_2024, figures) -> None:
    results = {short_label(r.text, 60): r for r in headlines(staff_2024) if r.headline and
               r.type in (QuestionType.LIKERT, QuestionType.YES_NO)}
    checked = 0
    for _slide, frame in deck_charts_of(deck):
        chart = frame.chart
        categories = list(chart.plots[0].categories)
        for i, label in enumerate(categories):
            result = results.get(label)
            if result is None or chart.plots[0].series[0].name not in result.counts:
                continue
            by_name = {s.name: s.values[i] for s in chart.plots[0].series}
            counted = sum(by_name[c] for c in result.headline.counted)
            assert counted == pytest.approx(result.headline.percent / 100, abs=1e-12), label
            for option, n in result.counts.items():  # each segment is its answer over the relevant respondents
                assert by_name[option] == pytest.approx(n / result.relevant, abs=1e-12)
            checked += 1
    assert checked == len(results)  # every rating-scale and yes/no headline is on a chart
    openness = next(i for i in figures["staff_survey_2024"]["items"] if i["id"] == "openness")
    assert openness["numerator"] == 59 and openness["denominator"] == 81
    assert results[short_label(openness["text"], 60)].headline.percent == pytest.approx(100 * 59 / 81)


def deck_charts_of(deck):
    return [(slide, shape) for slide in deck.slides for shape in slide.shapes if shape.has_chart]


def test_every_chart_has_alt_text_stating_its_headline(deck, staff_2024) -> None:
    charts = deck_charts_of(deck)
    assert len(charts) >= 15
    for _slide, frame in charts:
        descr = frame._element.nvGraphicFramePr.cNvPr.get("descr")
        assert descr and len(descr) > 40, frame.chart.chart_title.text_frame.text
    openness = next(r for r in headlines(staff_2024) if r.text.startswith("The PDU has a culture that promotes"))
    alt = [f._element.nvGraphicFramePr.cNvPr.get("descr") for _s, f in charts]
    assert any(f"{percent_text(openness.headline.percent)} (59 out of 81) said “Strongly agree” or “Agree”" in a
               for a in alt)


def test_chart_data_opens_in_excel_with_the_same_numbers(deck) -> None:
    _slide, frame = deck_charts_of(deck)[0]
    workbook_part = frame.chart.part.chart_workbook.xlsx_part
    assert workbook_part is not None  # "Edit Data" opens this workbook
    sheet = openpyxl.load_workbook(io.BytesIO(workbook_part.blob)).active
    plot = frame.chart.plots[0]
    header = [c.value for c in sheet[1]][1:]
    assert header == [s.name for s in plot.series]
    values = [c.value for c in sheet[2]][1:]
    assert values == pytest.approx([s.values[0] for s in plot.series])


def test_speaker_notes_hold_every_headline_sentence_with_its_exclusions(deck, staff_2024) -> None:
    notes = "\n".join(_notes(slide) for slide in deck.slides)
    for result in headlines(staff_2024):
        if result.headline and result.type != QuestionType.DEMOGRAPHIC:
            assert result.headline.sentence in notes
    assert "31 answered “Not applicable” and are not counted." in notes  # 47 out of 50 relevant
    assert "Denominator: 79 relevant respondents. Not in the denominator: 2 answered “Not applicable”." in notes


def test_breakdown_charts_never_draw_a_suppressed_group(deck, staff_2024) -> None:
    from feedback_gui.core.analysis.breakdown import breakdown

    grade = staff_2024.find_question("What is your grade?")
    hidden = {short_label(r.text, 60): set(breakdown(staff_2024, staff_2024.question(r.id), grade).suppressed_groups)
              for r in headlines(staff_2024) if r.headline and r.id != grade.id}
    seen = 0
    for slide, frame in deck_charts_of(deck):
        if not slide.shapes.title.text.startswith("By What is your grade?"):
            continue
        plot = frame.chart.plots[0]
        drawn = {s.name for s in plot.series}
        for label in plot.categories:
            assert not drawn & hidden[label], label
            seen += 1
        assert "All respondents" in drawn
        assert "not shown" in _notes(slide)
    assert seen == len(hidden)


def test_the_user_voice_deck_has_its_own_slides(user_voice, tmp_path) -> None:
    from feedback_gui.core.analysis.counting import indicators
    from feedback_gui.core.report import build_briefing

    path = build_briefing(user_voice, tmp_path / "uv.pptx").path
    deck = Presentation(str(path))
    titles = [s.shapes.title.text for s in deck.slides]
    assert titles[0] == "User voice 2024: what people on probation told us"
    assert "Support needed and received" in titles and "Who responded" in titles
    slide = deck.slides[titles.index("Support needed and received")]
    plot = next(s for s in slide.shapes if s.has_chart).chart.plots[0]
    needed = indicators(user_voice, user_voice.find_question("What support have you needed?"))
    received = indicators(user_voice, user_voice.find_question("What support have you received?"))
    for i, option in enumerate(plot.categories):  # independently: ticked as needed and not as received
        assert plot.series[0].values[i] == needed[option].sum()
        assert plot.series[1].values[i] == (needed[option] & ~received[option]).sum()
    assert "largest unmet need" in _notes(slide) and plot.categories[0] == "Mental health"


def test_a_staff_survey_has_no_user_voice_slides(deck) -> None:
    titles = [s.shapes.title.text for s in deck.slides]
    assert "Support needed and received" not in titles


def test_every_series_of_a_breakdown_chart_has_its_own_colour(deck) -> None:
    charts = [f for s, f in deck_charts_of(deck) if s.shapes.title.text.startswith("By What is your grade?")]
    assert charts
    for frame in charts:
        colours = [str(s.format.fill.fore_color.rgb) for s in frame.chart.plots[0].series]
        assert len(set(colours)) == len(colours) and colours[0] == "52606D"  # all respondents in dark grey
        assert set(colours[1:]) <= OKABE_ITO
