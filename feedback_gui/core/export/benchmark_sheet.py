"""The Benchmark sheet: each matched figure beside the benchmark's, the difference and its test, a bar chart.

Reads the shape of ``BenchmarkComparison.to_dict()``::

    {"against", "source",
     "matched": [{"question", "benchmark_question", "benchmark_code", "similarity", "proposed", "numerator",
                  "denominator", "percent", "benchmark_percent", "difference_points", "p_value", "significant",
                  "sentence"}],   # numerator None: an index (the engagement index), a score 0-100
     "unmatched": [{"question", "reason"}]}

The source line, with the Open Government Licence attribution for the CSPS figures, is the sheet's first
note: it must be shown wherever the figures are.
"""

from __future__ import annotations

from openpyxl import Workbook

from feedback_gui.core.export.cells import DECIMAL, Percent
from feedback_gui.core.export.charts import BLUE, ORANGE, SeriesSpec, bar_chart
from feedback_gui.core.export.context import ExportContext, SheetWriter
from feedback_gui.core.export.names import short_label
from feedback_gui.core.export.page import Page
from feedback_gui.core.insight.benchmarks.sets import BUILT_IN

DIFF = "Difference (points)"
OURS, THEIRS = "This survey", "Benchmark"
HEADERS = ("Question", "Benchmark question", "Code", "Match", "Similarity", "Counted (numerator)",
           "Relevant respondents", OURS, THEIRS, DIFF, "p value", "Significant", "In words", "Chart label")
INDEX_HEADERS = ("Index", "Benchmark", "Code", "Respondents", "Score", "Benchmark score", DIFF, "p value",
                 "Significant", "In words")
FORMATS = {"Similarity": DECIMAL, DIFF: "+0.0;-0.0;0.0", "p value": "0.000", "Score": "0.0",
           "Benchmark score": "0.0"}


def write_benchmark(wb: Workbook, ctx: ExportContext) -> list[str]:
    """Add the Benchmark sheet."""
    data = ctx.benchmark or {}
    against = data.get("against") or "the benchmark"
    if against in BUILT_IN:
        against = f"{BUILT_IN[against].label} (CSPS 2024)"
    notes = [f"Source: {data.get('source') or against}",
             "Denominators: percentages are of relevant respondents (those who answered, leaving out answers such as "
             "“Not applicable”); an index's are the respondents with a score. A benchmark figure without a sample "
             "size is tested with the exact binomial test, one with its respondents with a two-proportion test; an "
             "index with a t test. Each figure is tested on its own. Differences are in percentage points, from "
             "unrounded figures.",
             "“Proposed” matches were paired by similar wording and are still to be confirmed: check that the "
             "two questions ask the same thing before quoting the difference."]
    matched = data.get("matched") or []
    indices = [m for m in matched if m.get("numerator") is None]
    questions = [m for m in matched if m.get("numerator") is not None]
    name = ctx.names.take("Benchmark")
    page = Page(wb.create_sheet(name), f"{ctx.survey.name} compared with {against}", notes)
    table = page.table(HEADERS, [_row(m) for m in questions], formats=FORMATS, text_columns=("In words",))
    if indices:
        page.gap()
        page.heading("Indices")
        page.table(INDEX_HEADERS, [[m["question"], m.get("benchmark_question"), m.get("benchmark_code"),
                                    m.get("denominator"), m.get("percent"), m.get("benchmark_percent"),
                                    m.get("difference_points"), m.get("p_value"), _yes_no(m.get("significant")),
                                    m.get("sentence")] for m in indices], formats=FORMATS,
                   text_columns=("In words",))
    unmatched = data.get("unmatched") or []
    if unmatched:
        page.gap()
        page.heading("Without a benchmark")
        page.table(("Question", "Why"), [[u.get("question"), u.get("reason")] for u in unmatched])
    if questions:
        series = [SeriesSpec(table.ref(OURS), table.cell_formula(OURS)),
                  SeriesSpec(table.ref(THEIRS), table.cell_formula(THEIRS))]
        page.chart(bar_chart(f"This survey and {against}", series, table.ref("Chart label"), [BLUE, ORANGE],
                             value_title="% of relevant respondents"))
    page.note(f"Source: {data.get('source') or against}")
    page.finish()
    return [name]


def _row(m: dict) -> list:
    match = "Proposed" if m.get("proposed") else ("Same wording" if m.get("similarity") == 1.0 else "Confirmed")
    return [m.get("question"), m.get("benchmark_question"), m.get("benchmark_code"), match, m.get("similarity"),
            m.get("numerator"), m.get("denominator"), _pct(m.get("percent")), _pct(m.get("benchmark_percent")),
            m.get("difference_points"), m.get("p_value"), _yes_no(m.get("significant")), m.get("sentence"),
            short_label(str(m.get("question") or ""))]


def _pct(value: object) -> Percent | None:
    return Percent(float(value)) if isinstance(value, int | float) else None


def _yes_no(value: object) -> str | None:
    return None if value is None else ("Yes" if value else "No")


BENCHMARK = SheetWriter("benchmark", "Compared with a benchmark",
                        lambda ctx: bool(ctx.benchmark and ctx.benchmark.get("matched")), write_benchmark)
