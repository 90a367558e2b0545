"""The suite's measurements, each run alone in a fresh interpreter by run_suite.py.

    python benchmarks/steps.py STEP ROWS [FORMAT]

Steps: raw (the fastest raw reader of the file), import (read_survey, then every headline and a
breakdown), headlines100 (a 100-question variant of the survey), comments (analyse_comments on
min(ROWS, 100,000) comments), vader (plain VADER on the same comments), export (the Excel export the
app writes). Each prints one JSON line. Heavy modules are imported before the baseline memory and
the clocks start, so the figures are the work itself.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from measure import TreePeak, emit, peak_mb, rss_mb  # noqa: E402
from synthetic import ensure_files  # noqa: E402

COMMENT_LIMIT = 100_000


def _path(rows: int, fmt: str) -> Path:
    csv_path, xlsx_path = ensure_files(rows)
    return xlsx_path if fmt == "xlsx" else csv_path


def _frame_mb(frame: object) -> float:
    return float(frame.memory_usage(deep=True).sum()) / 2**20  # type: ignore[attr-defined]


def raw(rows: int, fmt: str) -> dict:
    """The fastest raw reader of the same file: fastexcel (calamine) or pyarrow.csv, to a pandas frame."""
    import fastexcel
    import pandas  # noqa: F401 - imported before the baseline
    import pyarrow.csv as pacsv

    path = _path(rows, fmt)
    base = rss_mb()
    start = time.perf_counter()
    if fmt == "xlsx":
        sheet = fastexcel.read_excel(str(path)).load_sheet(0)
        loaded = time.perf_counter()
        table = sheet.to_arrow()
        del sheet
    else:
        table = pacsv.read_csv(str(path))
        loaded = time.perf_counter()
    arrow = time.perf_counter()
    frame = table.to_pandas()
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "arrow_s": arrow - start, "parse_s": loaded - start, "peak_mb": peak_mb() - base,
            "frame_mb": _frame_mb(frame), "rows": len(frame)}


def import_survey(rows: int, fmt: str) -> dict:
    """read_survey on the file, then every headline (as the app computes them) and one breakdown."""
    from feedback_gui.core.analysis.breakdown import breakdown
    from feedback_gui.core.analysis.proportions import headlines, wilson_interval
    from feedback_gui.core.importing import read_survey

    wilson_interval(1, 2)  # the statistics library is loaded once, before the clocks
    path = _path(rows, fmt)
    base = rss_mb()
    start = time.perf_counter()
    survey = read_survey(path)
    seconds = time.perf_counter() - start
    peak = peak_mb() - base
    start = time.perf_counter()
    results = headlines(survey, include_metadata=True)
    headline_s = time.perf_counter() - start
    question = next(q for q in survey.questions if q.type == "likert")
    start = time.perf_counter()
    breakdown(survey, question, survey.demographics[0])
    breakdown_s = time.perf_counter() - start
    return {"seconds": seconds, "peak_mb": peak, "survey_mb": _frame_mb(survey.responses), "rows": survey.respondents,
            "questions": len(results), "headline_s": headline_s, "breakdown_s": breakdown_s,
            "rss_after_mb": rss_mb() - base}


def headlines100(rows: int) -> dict:
    """All headlines of a 100-question survey: the 60 Likert items plus 40 copies (as new questions)."""
    from feedback_gui.core.analysis.proportions import headlines, wilson_interval
    from feedback_gui.core.importing import read_survey

    wilson_interval(1, 2)
    survey = read_survey(_path(rows, "csv"))
    likert = [q for q in survey.questions if q.type == "likert"]
    extra = {}
    for i in range(100 - len(likert)):
        source = likert[i % len(likert)]
        column = f"{source.column} (copy {i + 1})"
        extra[column] = survey.responses[source.column].copy()
        survey.questions.append(source.with_changes(id=f"{source.id}_copy{i + 1}", columns=(column,)))
    survey.responses = survey.responses.assign(**extra)
    questions = sum(1 for q in survey.questions if q.type == "likert")
    times = []
    for _ in range(3):
        start = time.perf_counter()
        results = headlines(survey, include_metadata=True)
        times.append(time.perf_counter() - start)
    # The first run is the figure: later runs reuse remembered Wilson intervals.
    return {"seconds": times[0], "runs": times, "likert_questions": questions, "results": len(results)}


def _comments(rows: int) -> list[str]:
    from bench_comments import synthetic_comments

    return synthetic_comments(min(rows, COMMENT_LIMIT))


def comments(rows: int) -> dict:
    """analyse_comments (redaction, sentiment, themes, discovery; its own choice of processes)."""
    from bench_comments import _cpu_seconds

    from feedback_gui.core.comments import CommentInput, analyse_comments, built_in_codebook
    from feedback_gui.core.comments.workers import process_all  # noqa: F401 - loads NLTK before the clock, as
    # importing the package did before the analysers were loaded on first use

    texts = _comments(rows)
    inputs = [CommentInput(i, "Any other comments?", t) for i, t in enumerate(texts)]
    codebook = built_in_codebook("staff")
    base = rss_mb()
    cpu = _cpu_seconds()
    with TreePeak() as tree:
        start = time.perf_counter()
        analysis = analyse_comments(inputs, codebook)
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "comments": len(texts), "cpu_s": _cpu_seconds() - cpu, "peak_mb": peak_mb() - base,
            "tree_peak_mb": tree.peak - base, "themed": sum(bool(c.themes.hits) for c in analysis.comments)}


def vader(rows: int) -> dict:
    """Plain NLTK VADER alone, one process, on the same comments."""
    from feedback_gui.core.comments.vader import plain_vader

    texts = _comments(rows)
    analyser = plain_vader()
    base = rss_mb()
    start = time.perf_counter()
    for text in texts:
        analyser.polarity_scores(text)
    return {"seconds": time.perf_counter() - start, "comments": len(texts), "peak_mb": peak_mb() - base}


def export(rows: int) -> dict:
    """The Excel export the app writes by default (every sheet that applies, breakdown by region)."""
    from feedback_gui.core.analysis.proportions import wilson_interval
    from feedback_gui.core.export import export_workbook
    from feedback_gui.core.importing import read_survey

    wilson_interval(1, 2)
    survey = read_survey(_path(rows, "csv"))
    by = survey.demographics[0].id
    marks: dict[str, float] = {}
    start = time.perf_counter()

    def progress(fraction: float) -> None:
        for name, edge in (("headlines", 0.2), ("comments", 0.4), ("sheets", 0.9), ("saved", 1.0)):
            if fraction >= edge - 1e-9 and name not in marks:
                marks[name] = time.perf_counter() - start

    base = rss_mb()
    with TreePeak() as tree, tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.xlsx"
        start = time.perf_counter()
        result = export_workbook(survey, target, by=by, progress=progress)
        seconds = time.perf_counter() - start
        size = target.stat().st_size / 2**20
    phases, previous = {}, 0.0
    for name in ("headlines", "comments", "sheets", "saved"):
        if name in marks:
            phases[name] = marks[name] - previous
            previous = marks[name]
    return {"seconds": seconds, "phases": phases, "sheets": len(result.sheets), "file_mb": size,
            "peak_mb": peak_mb() - base, "tree_peak_mb": tree.peak - base}


STEPS = {"raw": raw, "import": import_survey, "headlines100": headlines100, "comments": comments,
         "vader": vader, "export": export}


if __name__ == "__main__":
    name, n = sys.argv[1], int(sys.argv[2])
    emit(STEPS[name](n, *sys.argv[3:]))
