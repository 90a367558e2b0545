"""`feedback-gui drivers FILE --outcome TEXT [--json]`: which experiences move the outcome most.

TEXT is an index name ("engagement" for the CSPS engagement index, or an index or theme saved in the
project given with --project) or the start of a rating question's text. For every other rating-scale
item: its Pearson correlation with the outcome, its importance (Johnson's relative weight: its share of
the R² of the outcome regressed on all the items; the importances add up to R²) with a seeded bootstrap
interval, and its % favourable. JSON::

    {"outcome": "Engagement index", "respondents": 81, "r_squared": 0.78,
     "items": [{"question", "correlation", "importance", "ci95": [lo, hi], "percent"}],   # by importance
     "resamples": 1000, "seed": 20240, "confidence": 0.95,
     "note": "With 81 respondents (fewer than 100), the ranking below the top 3 items is uncertain: ..."}
"""

from __future__ import annotations

import argparse
from pathlib import Path

from feedback_gui.cli import file_arguments, print_json
from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.importing import read_survey
from feedback_gui.core.insight.definitions import index_definitions
from feedback_gui.core.insight.drivers import DEFAULT_RESAMPLES, DEFAULT_SEED, DriversResult, key_drivers
from feedback_gui.core.project import load_project

WIDTH = 60


def arguments(p: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    file_arguments(p)
    p.add_argument("--outcome", required=True, metavar="TEXT",
                   help="an index name (e.g. engagement) or the start of a rating question's text")
    p.add_argument("--sheet", help="the sheet to read (default: the one holding the responses)")
    p.add_argument("--project", type=Path, help="project file whose corrections, indices and themes to use")
    p.add_argument("--resamples", type=int, default=DEFAULT_RESAMPLES,
                   help=f"bootstrap resamples for the intervals (at least 500; default {DEFAULT_RESAMPLES})")
    p.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the bootstrap (default %(default)s)")


def run(args: argparse.Namespace) -> int:
    """Rank the drivers of an outcome and print them."""
    survey = read_survey(args.file, args.sheet, password=args.password)
    project = load_project(args.project) if args.project else None
    if project is not None:
        project.apply(survey)
    result = key_drivers(survey, args.outcome, definitions=index_definitions(project), resamples=args.resamples,
                         seed=args.seed)
    if args.json:
        print_json(result.to_dict())
        return 0
    print_drivers(result)
    return 0


def _cut(text: str, width: int = WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def print_drivers(result: DriversResult) -> None:
    """The drivers as a table, most important first."""
    print(f"Key drivers of {result.outcome}: {result.respondents} respondents answered it and every item; "
          f"together the items explain {percent_text(100 * result.r_squared)} of its variance (R² "
          f"{result.r_squared:.2f}).")
    level = f"{100 * result.confidence:g}%"
    print(f"\n{'Item':<{WIDTH}}  {'Importance':>10}  {level + ' interval':>15}  {'Share':>6}  {'r':>5}  "
          f"{'Favourable':>10}")
    for item in result.items:
        lo, hi = item.ci95
        favourable = percent_text(item.percent) if item.percent is not None else "-"
        print(f"{_cut(item.question):<{WIDTH}}  {item.importance:>10.3f}  {f'{lo:.3f}–{hi:.3f}':>15}  "
              f"{percent_text(result.share(item)):>6}  {item.correlation:>5.2f}  {favourable:>10}")
    print(f"\nImportance: Johnson's relative weight (the item's share of R²; shares add up to 100%). Intervals: "
          f"{result.resamples} bootstrap resamples, seed {result.seed}.")
    if result.note:
        print(result.note)
    for text in result.left_out:
        print(f"Left out: {text}")
