"""`feedback-gui export FILE -o OUT.xlsx [--compare OLD] [--by COLUMN]`: the results as an Excel workbook.

The workbook holds values and native Excel charts over them (no formulas): Summary, a sheet per question
or question group, Breakdown (with --by), Comments and Themes (when the survey has free text) and Waves
(with --compare, OLD being the earlier wave), Who answered and Who is treated differently (with --reference),
Drivers (the key drivers of the engagement index when the survey has its questions, or of --outcome) and
Benchmark (with --benchmark: a built-in CSPS 2024 name or a CSV, as for `feedback-gui benchmark`).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from feedback_gui.cli import file_arguments, print_json
from feedback_gui.core.equality import equality_report, read_reference
from feedback_gui.core.export import SHEET_KEYS, export_workbook
from feedback_gui.core.importing import read_survey
from feedback_gui.core.waves import compare_waves


def arguments(p: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    file_arguments(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx", help="the workbook to write")
    p.add_argument("--sheet", help="the sheet of FILE to read (default: the one holding the responses)")
    p.add_argument("--by", metavar="COLUMN", help="add a Breakdown sheet by this demographic (id or question text)")
    p.add_argument("--compare", type=Path, metavar="OLD", help="add a Waves sheet comparing FILE with an earlier wave")
    p.add_argument("--reference", type=Path, metavar="CSV",
                   help="add Equality sheets against this reference population (as for `feedback-gui equality`)")
    p.add_argument("--outcome", metavar="TEXT", help="the Drivers sheet's outcome (default: the engagement index)")
    p.add_argument("--benchmark", metavar="NAME|CSV", help="add a Benchmark sheet (e.g. csps-2024-probation)")
    p.add_argument("--only", metavar="SHEETS", help=f"comma-separated sheets to include ({', '.join(SHEET_KEYS)})")
    p.add_argument("--no-redact", action="store_true", help="write comments without removing names and contacts")


def run(args: argparse.Namespace) -> int:
    """Export a survey's results to an .xlsx workbook."""
    survey = read_survey(args.file, args.sheet, password=args.password)
    waves = None
    if args.compare is not None:
        old = read_survey(args.compare, password=args.password)
        waves = compare_waves(old, survey)
    equality = None
    if args.reference is not None:
        equality = equality_report(survey, read_reference(args.reference))
    drivers = None
    if args.outcome:
        from feedback_gui.core.insight.drivers import key_drivers

        drivers = key_drivers(survey, args.outcome)
    benchmark = None
    if args.benchmark:
        from feedback_gui.core.insight.benchmarks import compare_with_benchmark

        benchmark = compare_with_benchmark(survey, args.benchmark)
    sheets = [s for s in args.only.split(",") if s.strip()] if args.only else None
    result = export_workbook(survey, args.output, by=args.by, sheets=sheets, redact=not args.no_redact, waves=waves,
                             equality=equality, drivers=drivers, benchmark=benchmark)
    if args.json:
        print_json(result.to_dict())
        return 0
    print(f"Wrote {result.path}: {len(result.sheets)} sheets, {result.charts} charts.")
    if result.suppressed:
        print(f"Suppressed small groups in {len(result.suppressed)} breakdowns (shown as – in the workbook).")
    for note in result.notes:
        print(note)
    return 0
