"""`feedback-gui benchmark FILE [--against NAME|CSV] [--json]`: how the survey compares with a benchmark.

NAME is a built-in benchmark: csps-2024-median (the Civil Service benchmark, the default),
csps-2024-mean, csps-2024-probation, csps-2024-hmpps-hq, csps-2024-prison or csps-2024-moj, all from the
Civil Service People Survey 2024 (Open Government Licence v3.0; the attribution is printed with the
figures). CSV is a file of the user's own with the columns question, percent and optionally respondents.
Questions are paired by wording; pairs made from similar wording are proposed ("proposed": true) until
confirmed in the app (decisions kept in the project given with --project). JSON::

    {"against": "csps-2024-probation", "source": "Cabinet Office, ... Open Government Licence v3.0.",
     "matched": [{"question", "benchmark_question", "benchmark_code", "similarity", "proposed", "numerator",
                  "denominator", "percent", "benchmark_percent", "difference_points", "p_value",
                  "significant", "sentence"}],
     "unmatched": [{"question", "reason"}]}
"""

from __future__ import annotations

import argparse
from pathlib import Path

from feedback_gui.cli import file_arguments, print_json
from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.importing import read_survey
from feedback_gui.core.insight.benchmarks import BenchmarkComparison, compare_with_benchmark
from feedback_gui.core.insight.benchmarks.matching import DEFAULT_THRESHOLD
from feedback_gui.core.project import load_project

DEFAULT_BENCHMARK = "csps-2024-median"
WIDTH = 58


def arguments(p: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    file_arguments(p)
    p.add_argument("--against", default=DEFAULT_BENCHMARK, metavar="NAME|CSV",
                   help="csps-2024-median (default), csps-2024-mean, csps-2024-probation, csps-2024-hmpps-hq, "
                        "csps-2024-prison, csps-2024-moj, or a CSV with columns question, percent[, respondents]")
    p.add_argument("--sheet", help="the sheet to read (default: the one holding the responses)")
    p.add_argument("--project", type=Path, help="project file whose corrections and benchmark matches to apply")
    p.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                   help="text similarity (0-1) at or above which similar wordings are proposed as matches")


def run(args: argparse.Namespace) -> int:
    """Compare a survey with a benchmark and print the differences."""
    survey = read_survey(args.file, args.sheet, password=args.password)
    project = load_project(args.project) if args.project else None
    if project is not None:
        project.apply(survey)
    comparison = compare_with_benchmark(survey, args.against, project=project, threshold=args.threshold)
    if args.json:
        print_json(comparison.to_dict())
        return 0
    print_comparison(comparison)
    return 0


def _cut(text: str, width: int = WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def print_comparison(comparison: BenchmarkComparison) -> None:
    """The comparison as a table, then the sentences, then the source and its attribution."""
    print(f"Compared with {comparison.label} ({comparison.against}): {len(comparison.matched)} figures matched, "
          f"{len(comparison.unmatched)} without a benchmark.")
    print(f"\n{'Question':<{WIDTH}}  {'Code':>9}  {'Ours':>5}  {'Them':>5}  {'Diff':>6}  {'p':>6}")
    for item in comparison.matched:
        ours = f"{item.percent:.0f}" if item.numerator is None else percent_text(item.percent)
        theirs = f"{item.benchmark_percent:.0f}" if item.numerator is None else percent_text(item.benchmark_percent)
        p = f"{item.p_value:.3f}" if item.p_value is not None else "-"
        mark = ("*" if item.significant else " ") + ("?" if item.proposed else " ")
        print(f"{_cut(item.question):<{WIDTH}}  {item.benchmark_code:>9}  {ours:>5}  {theirs:>5}  "
              f"{item.difference_points:>+6.1f}  {p:>6} {mark}")
    level = f"{100 * (1 - comparison.alpha):g}%"
    print(f"\n* significant at {level} (each figure tested on its own)   ? matched by similar wording, to be "
          "confirmed")
    if comparison.matched:
        print()
        for item in comparison.matched:
            print(f"- {item.sentence}" + (" (proposed match: " + item.benchmark_question + ")" if item.proposed
                                           else ""))
    if comparison.unmatched:
        print("\nNo benchmark:")
        for left in comparison.unmatched:
            print(f"- {left.question} ({left.reason})")
    print(f"\nSource: {comparison.source}")
