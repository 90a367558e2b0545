"""`feedback-gui report FILE -o OUT.pptx|OUT.docx [--compare OLD] [--benchmark NAME] [--by COLUMN] [--title TEXT]`."""

from __future__ import annotations

import json

from docx import Document
from pptx import Presentation

from feedback_gui.cli import main
from tests.conftest import SAMPLES

STAFF = str(SAMPLES / "staff_survey_2024.xlsx")


def test_a_deck_with_breakdown_comparison_and_title(tmp_path, capsys):
    out = tmp_path / "briefing.pptx"
    old = str(SAMPLES / "staff_survey_2023.xlsx")
    status = main(["report", STAFF, "-o", str(out), "--by", "grade", "--compare", old,
                   "--title", "Suffolk PDU: staff survey 2024"])
    printed = capsys.readouterr()
    assert status == 0 and printed.err == ""
    assert printed.out.startswith(f"Wrote {out} (PowerPoint): ")
    assert "Suppressed small groups in 19 breakdowns" in printed.out  # 13 + the six questions added for issue 14
    titles = [s.shapes.title.text for s in Presentation(str(out)).slides]
    assert titles[0] == "Suffolk PDU: staff survey 2024"
    assert any(t.startswith("Staff survey 2024 compared with Staff survey 2023") for t in titles)


def test_a_word_report_as_json(tmp_path, capsys):
    out = tmp_path / "User Voice.docx"
    status = main(["report", str(SAMPLES / "user_voice_2024.xlsx"), "-o", str(out), "--json"])
    document = json.loads(capsys.readouterr().out)
    assert status == 0 and document["format"] == "Word" and document["user_voice"] is True
    assert document["charts"] == len(Document(str(out)).inline_shapes) > 5
    assert "Support needed and received" in document["sections"]


def test_no_redact_quotes_comments_as_written(tmp_path, capsys):
    from .conftest import PLANTS, package_texts, write_pii_survey

    survey = write_pii_survey(tmp_path / "team.csv")
    kept, raw = tmp_path / "kept.docx", tmp_path / "raw.docx"
    assert main(["report", str(survey), "-o", str(kept)]) == 0
    assert main(["report", str(survey), "-o", str(raw), "--no-redact"]) == 0
    capsys.readouterr()

    def text(path):
        return "".join(t for _, t in package_texts(path.read_bytes()))

    assert not any(p in text(kept) for p in PLANTS) and any(p in text(raw) for p in PLANTS)


def test_failures_are_one_line_and_status_2(tmp_path, capsys):
    cases = [
        (["-o", str(tmp_path / "missing" / "x.pptx")], "does not exist"),
        (["-o", str(tmp_path / "x.docx"), "--by", "shoe size"], "no single question matches 'shoe size'"),
        (["-o", str(tmp_path / "x.pptx"), "--compare", str(tmp_path / "old.xlsx")], "old.xlsx"),
        (["-o", str(tmp_path / "x.xlsx")], "a briefing is written to a file ending in .pptx (PowerPoint) or .docx"),
        (["-o", str(tmp_path / "x.pptx"), "--benchmark", "csps-2019-nowhere"], "csps-2019-nowhere"),
        (["-o", str(tmp_path / "x.pptx"), "--by", "What one thing would most improve"], "cannot break down by"),
    ]
    for extra, reason in cases:
        assert main(["report", STAFF, *extra]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1 and reason in err and "Traceback" not in err, err
    assert main(["report", str(tmp_path / "nothing.xlsx"), "-o", str(tmp_path / "x.pptx")]) == 2
    assert "nothing.xlsx" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_a_deck_against_the_probation_service_nationally(tmp_path, capsys):
    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.insight.benchmarks import OGL, compare_with_benchmark

    out = tmp_path / "benchmarked.pptx"
    assert main(["report", STAFF, "-o", str(out), "--benchmark", "csps-2024-probation"]) == 0
    capsys.readouterr()
    deck = Presentation(str(out))
    slides = [s for s in deck.slides if s.shapes.title.text.startswith("Against the Probation Service nationally")]
    notes = " ".join(s.notes_slide.notes_text_frame.text for s in slides)
    expected = compare_with_benchmark(read_survey(STAFF), "csps-2024-probation")
    assert slides and OGL in notes
    for item in expected.matched:  # every matched figure's sentence, as the benchmark command words it
        assert item.sentence in notes
