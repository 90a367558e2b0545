"""The benchmark section: each matched question against a national figure (Civil Service People Survey).

The comparison itself is the Insight analysis's (core/insight/benchmarks, ``feedback-gui benchmark``); this module
only lays its result out. It reads the plain shape that command prints with ``--json``::

    {"against", "source", "matched": [{"question", "percent", "benchmark_percent", "difference_points",
     "significant", "sentence", "proposed", ...}], "unmatched": [...]}

:func:`compare_with_benchmark` is where the command line asks for that comparison.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.export.charts import BLUE, NEUTRAL
from feedback_gui.core.report.chart_data import grouped_chart
from feedback_gui.core.report.model import Section, Table
from feedback_gui.core.survey import Survey

if TYPE_CHECKING:
    from feedback_gui.core.insight.benchmarks import BenchmarkComparison as InsightComparison

PER_CHART = 6
OGL = "Contains public sector information licensed under the Open Government Licence v3.0."


@dataclass(frozen=True)
class BenchmarkRow:
    """One question against its benchmark (percentages 0-100, unrounded; difference in points)."""

    question: str
    percent: float
    benchmark_percent: float
    difference_points: float
    significant: bool
    sentence: str
    proposed: bool = False  # matched by similar wording, not yet confirmed


@dataclass(frozen=True)
class BenchmarkComparison:
    """A survey against one benchmark: its name, where its figures come from, the matched questions."""

    against: str
    source: str
    matched: tuple[BenchmarkRow, ...]
    attribution: str = ""  # the licence line the figures must carry (OGL for the CSPS), if any

    @classmethod
    def from_dict(cls, data: dict) -> BenchmarkComparison:
        """Read the JSON shape of ``feedback-gui benchmark --json`` (unknown keys are ignored)."""
        rows = tuple(BenchmarkRow(str(m["question"]), float(m["percent"]), float(m["benchmark_percent"]),
                                  float(m["difference_points"]), bool(m["significant"]), str(m["sentence"]),
                                  bool(m.get("proposed", False))) for m in data.get("matched") or [])
        against = str(data.get("against") or "the benchmark")
        attribution = str(data.get("attribution") or (OGL if against.casefold().startswith("csps") else ""))
        return cls(against, str(data.get("source") or ""), rows, attribution)


def compare_with_benchmark(survey: Survey, name: str) -> BenchmarkComparison:
    """The survey against a benchmark (a built-in name such as ``csps-2024-probation``, or a CSV of the user's own),
    for ``report --benchmark NAME``: the Insight comparison (core/insight/benchmarks), laid out for the pack.

    Raises FeedbackError with a one-line reason for an unknown name or an unreadable CSV.
    """
    from feedback_gui.core.insight.benchmarks import compare_with_benchmark as compare

    return from_insight(compare(survey, name))


def from_insight(result: InsightComparison) -> BenchmarkComparison:
    """The Insight comparison (e.g. the one the app holds, with the user's match decisions) laid out for the pack:
    named by its label, carrying the OGL attribution when its source does."""
    from feedback_gui.core.insight.benchmarks import OGL as LICENCE

    data = result.to_dict() | {"against": result.label, "attribution": LICENCE if LICENCE in result.source else ""}
    return BenchmarkComparison.from_dict(data)


def benchmark_sections(comparison: BenchmarkComparison | dict | None, survey_name: str) -> list[Section]:
    """A chart of our figures beside the benchmark's, a few questions at a time, with each sentence."""
    if comparison is None:
        return []
    if isinstance(comparison, dict):
        comparison = BenchmarkComparison.from_dict(comparison)
    rows = list(comparison.matched)
    if not rows:
        return []
    pages = [rows[i:i + PER_CHART] for i in range(0, len(rows), PER_CHART)]
    notes = tuple(n for n in (
        f"Benchmark: {comparison.against}" + (f" ({comparison.source})." if comparison.source else "."),
        "Differences are in percentage points, worked out before rounding. A difference is called significant "
        "only where the test says it is unlikely to be chance.", comparison.attribution) if n)
    out = []
    for number, page in enumerate(pages, start=1):
        title = f"Against {comparison.against}"
        title = title if len(pages) == 1 else f"{title} ({number} of {len(pages)})"
        sentences = tuple(r.sentence + (" (Matched by similar wording; still to be confirmed.)" if r.proposed else "")
                          for r in page)
        alt = f"Bar chart of {survey_name} against {comparison.against}. " + " ".join(sentences)
        chart = grouped_chart(title, [r.question for r in page],
                              [(survey_name, [r.percent / 100 for r in page]),
                               (comparison.against, [r.benchmark_percent / 100 for r in page])],
                              alt, colours=(BLUE, NEUTRAL))
        out.append(Section("benchmark", title, chart, sentences, notes, _table(page, comparison.against),
                           heading=f"Compared with {comparison.against}" if number == 1 else None))
    return out


def _table(rows: Sequence[BenchmarkRow], against: str) -> Table:
    return Table(("Question", "Us", against, "Difference (points)", "Significant"),
                 tuple((r.question, percent_text(r.percent), percent_text(r.benchmark_percent),
                        f"{r.difference_points:+.0f}", "Yes" if r.significant else "No") for r in rows))
