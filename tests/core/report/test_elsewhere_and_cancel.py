"""The pack built in a process of its own is the same pack; errors are the same one line; Cancel leaves no file;
progress runs to 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from pptx import Presentation

from feedback_gui.core.errors import Cancelled, FeedbackError
from feedback_gui.core.report import build_briefing, build_elsewhere, export_briefing
from feedback_gui.core.report.elsewhere import ELSEWHERE_ROWS


def _slides(path: Path) -> list[tuple[str, str]]:
    return [(s.shapes.title.text, s.notes_slide.notes_text_frame.text) for s in Presentation(str(path)).slides]


def test_the_same_deck_as_building_here(pii_survey, tmp_path) -> None:
    from feedback_gui.core.comments import analyse_comments, built_in_codebook
    from feedback_gui.core.comments.inputs import comment_inputs

    analysis = analyse_comments(comment_inputs(pii_survey), built_in_codebook("staff"), redact=True, workers=1)
    here = build_briefing(pii_survey, tmp_path / "here.pptx", by="team", comments=analysis)
    fractions: list[float] = []
    there = build_elsewhere(pii_survey, tmp_path / "there.pptx", by="team", comments=analysis,
                            progress=fractions.append)
    assert (there.charts, there.sections, there.suppressed) == (here.charts, here.sections, here.suppressed)
    assert _slides(tmp_path / "there.pptx") == _slides(tmp_path / "here.pptx")
    assert fractions[-1] == 1.0


def test_an_error_there_is_the_same_one_line_error(pii_survey, tmp_path) -> None:
    with pytest.raises(FeedbackError) as here:
        build_briefing(pii_survey, tmp_path / "out.docx", by="No such question")
    with pytest.raises(FeedbackError) as there:
        build_elsewhere(pii_survey, tmp_path / "out.docx", by="No such question")
    assert str(there.value) == str(here.value) and "\n" not in str(there.value)
    with pytest.raises(FeedbackError, match="ending in .pptx"):
        build_elsewhere(pii_survey, tmp_path / "out.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("build", [build_briefing, build_elsewhere])
def test_cancel_stops_and_leaves_no_file(pii_survey, tmp_path, build) -> None:
    calls = [0]

    def progress(fraction: float) -> None:
        calls[0] += 1
        if fraction >= 0.75:  # while the file is being written
            raise Cancelled

    with pytest.raises(Cancelled):
        build(pii_survey, tmp_path / "out.pptx", by="team", progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_progress_rises_to_one_while_building_here(pii_survey, tmp_path) -> None:
    fractions: list[float] = []
    build_briefing(pii_survey, tmp_path / "p.docx", by="team", progress=fractions.append)
    assert fractions[-1] == 1.0 and min(fractions) >= 0.0
    assert all(b >= a - 1e-9 for a, b in zip(fractions, fractions[1:], strict=False))
    assert len({round(f, 2) for f in fractions}) > 10  # a bar that moves, not one that jumps


def test_export_briefing_builds_small_surveys_here_and_large_ones_elsewhere(pii_survey, tmp_path, monkeypatch) -> None:
    import feedback_gui.core.report.elsewhere as elsewhere

    used: list[str] = []
    monkeypatch.setattr(elsewhere, "build_briefing", lambda *a, **k: used.append("here"))
    monkeypatch.setattr(elsewhere, "build_elsewhere", lambda *a, **k: used.append("elsewhere"))
    assert pii_survey.respondents <= ELSEWHERE_ROWS
    export_briefing(pii_survey, tmp_path / "a.pptx")
    monkeypatch.setattr(elsewhere, "ELSEWHERE_ROWS", pii_survey.respondents - 1)
    export_briefing(pii_survey, tmp_path / "a.pptx")
    assert used == ["here", "elsewhere"]


def test_a_word_report_built_elsewhere_opens(pii_survey, tmp_path) -> None:
    build_elsewhere(pii_survey, tmp_path / "there.docx", by="team")
    assert Document(str(tmp_path / "there.docx")).inline_shapes
