"""No respondent's personal details reach either file (every part, chart workbooks included), and small
groups are suppressed exactly as the app and the Excel export suppress them."""

from __future__ import annotations

import pytest
from docx import Document
from pptx import Presentation

from feedback_gui.core.analysis.breakdown import breakdown
from feedback_gui.core.report import build_briefing

from .conftest import PLANTS, package_texts


def _found(path, plants=PLANTS) -> dict[str, list[str]]:
    """Plant -> the package parts (nested ones as outer!inner) that contain it, case-blind."""
    hits: dict[str, list[str]] = {}
    for name, text in package_texts(path.read_bytes()):
        folded = text.casefold()
        for plant in plants:
            if plant.casefold() in folded:
                hits.setdefault(plant, []).append(name)
    return hits


@pytest.mark.parametrize("ext", ["pptx", "docx"])
def test_no_planted_personal_detail_anywhere_in_the_pack(pii_survey, tmp_path, ext) -> None:
    path = build_briefing(pii_survey, tmp_path / f"team.{ext}", by="team").path
    parts = [name for name, _ in package_texts(path.read_bytes())]
    if ext == "pptx":
        assert any("!xl/worksheets/sheet1.xml" in name for name in parts)  # chart workbooks were opened and read
    assert _found(path) == {}
    text = "".join(t for _, t in package_texts(path.read_bytes()))
    assert "[NAME]" in text and "[PHONE]" in text  # the quotes are there, redacted


@pytest.mark.parametrize("ext", ["pptx", "docx"])
def test_with_redaction_off_the_quotes_are_as_written(pii_survey, tmp_path, ext) -> None:
    path = build_briefing(pii_survey, tmp_path / f"raw.{ext}", by="team", redact=False).path
    assert _found(path)  # the scan above does see personal details when they are there
    text = "".join(t for _, t in package_texts(path.read_bytes()))
    assert "NOT redacted" in text


def test_a_comments_analysis_run_without_redaction_is_redacted_before_it_is_quoted(pii_survey, tmp_path) -> None:
    from feedback_gui.core.comments import analyse_comments, built_in_codebook
    from feedback_gui.core.comments.inputs import comment_inputs

    raw = analyse_comments(comment_inputs(pii_survey), built_in_codebook("staff"), redact=False, workers=1)
    path = build_briefing(pii_survey, tmp_path / "given.pptx", comments=raw).path
    assert _found(path) == {}


def test_small_groups_are_suppressed_as_the_app_does(pii_survey, tmp_path) -> None:
    team = pii_survey.find_question("team")
    question = pii_survey.find_question("I feel supported by my manager")
    app = breakdown(pii_survey, question, team)
    assert app.suppressed_groups == ["Team B", "Team C"]  # C has 4; B hidden too, or C could be worked out
    deck = Presentation(str(build_briefing(pii_survey, tmp_path / "t.pptx", by="team").path))
    slide = next(s for s in deck.slides if s.shapes.title.text.startswith("By Which team"))
    plot = next(s for s in slide.shapes if s.has_chart).chart.plots[0]
    assert [s.name for s in plot.series] == ["All respondents", "Team A"]
    notes = slide.notes_slide.notes_text_frame.text
    assert "Team B: not shown; Team C: not shown" in notes
    doc = Document(str(build_briefing(pii_survey, tmp_path / "t.docx", by="team").path))
    table = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][:2] == ["Question", "All respondents"])
    heading = [c.text for c in table.rows[0].cells]
    row = [c.text for c in table.rows[1].cells]
    assert row[heading.index("Team B")] == row[heading.index("Team C")] == "–"
    team_c = next(g for g in breakdown(pii_survey, question, team, settings=_no_suppression()).groups
                  if g.group == "Team C")
    assert f"{team_c.numerator} out of {team_c.relevant}" not in "\n".join(p.text for p in doc.paragraphs)


def test_the_suppression_threshold_of_the_settings_is_applied(pii_survey, tmp_path) -> None:
    path = build_briefing(pii_survey, tmp_path / "all.pptx", by="team", settings=_no_suppression()).path
    slide = next(s for s in Presentation(str(path)).slides if s.shapes.title.text.startswith("By Which team"))
    plot = next(s for s in slide.shapes if s.has_chart).chart.plots[0]
    assert [s.name for s in plot.series] == ["All respondents", "Team A", "Team B", "Team C"]


def _no_suppression():
    from feedback_gui.core.settings import AnalysisSettings

    return AnalysisSettings(suppression_threshold=1)
