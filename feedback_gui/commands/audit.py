"""`feedback-gui audit FILE [--json]`: case-audit scores, ratings and the overall score."""

from __future__ import annotations

import argparse

from feedback_gui.cli import file_arguments, print_json
from feedback_gui.core.analysis.audit import audit_file
from feedback_gui.core.analysis.wording import percent_text


def arguments(p: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    file_arguments(p)
    p.add_argument("--sheet", help="the sheet holding one row per case")
    p.add_argument("--ratings-sheet", help="sheet of ratings given for standards not scored from cases")


def run(args: argparse.Namespace) -> int:
    """Score each key question, rate each standard by its lowest key question, total the score."""
    result = audit_file(args.file, sheet=args.sheet, ratings_sheet=args.ratings_sheet, password=args.password)
    if args.json:
        print_json(result.to_dict())
        return 0
    print(f"{args.file.name}: {result.cases} cases; bands: {result.bands.name}")
    for standard in result.standards:
        source = "from cases" if standard.key_questions else "given"
        print(f"{standard.name}: {standard.rating} ({source})")
        for kq in standard.key_questions:
            print(f"    {kq.numerator}/{kq.denominator} {percent_text(kq.percent)}  {kq.text}")
    print(f"Score {result.score}/{result.max_score}")
    return 0
