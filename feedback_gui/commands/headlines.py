"""`feedback-gui headlines FILE [--sheet NAME] [--json]`."""

from __future__ import annotations

import argparse

from feedback_gui.cli import file_arguments, print_json
from feedback_gui.core.analysis.proportions import headlines
from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.importing import read_survey


def headlines_dict(survey, results) -> dict:
    """The JSON document `headlines --json` prints."""
    return {
        "file": survey.source.name,
        "sheet": survey.layout.sheet,
        "layout": survey.layout.tool,
        "respondents": survey.respondents,
        "questions": [r.to_dict() for r in results],
    }


def arguments(p: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    file_arguments(p)
    p.add_argument("--sheet", help="the sheet to read (default: the one holding the responses)")


def run(args: argparse.Namespace) -> int:
    """Print headline proportions for every question of a survey."""
    survey = read_survey(args.file, args.sheet, password=args.password)
    results = headlines(survey)
    if args.json:
        print_json(headlines_dict(survey, results))
        return 0
    print(f"{survey.source.name}: {survey.respondents} respondents ({survey.layout.tool} layout)")
    for result in results:
        if result.headline:
            h = result.headline
            lo, hi = h.ci95
            figure = f"{h.numerator} out of {h.denominator} · {percent_text(h.percent)} ({lo:.0f}–{hi:.0f}%)"
        else:
            figure = f"{result.relevant} answered"
        print(f"- [{result.type}] {result.text}\n    {figure}")
        note = result.inference
        if note is not None and note.confidence != "high":  # say what the importer is unsure of
            print(f"    type: {note.confidence} confidence ({note.reason})")
    return 0
