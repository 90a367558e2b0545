"""`feedback-gui equality FILE --reference CSV [--json] [--question TEXT] [--weight-by COLUMN ...] [--cap N]`.

Representativeness of the respondents against a reference population (CSV: characteristic, group,
count and/or percent), weighted headlines when ``--weight-by`` names one to three characteristics
(by the reference's name, "Gender", or the survey question's id or text), and disproportionality:
each group of each protected characteristic against the rest, for every headline question or
those named by ``--question`` (repeatable). ``--cap`` trims weights above that multiple of the mean.

JSON (``--json``), the dict of :class:`feedback_gui.core.equality.report.EqualityReport`::

    {
      "file": "user_voice_2024.xlsx", "respondents": 67,
      "representativeness": {
        "population": "caseload", "source": "caseload_profile.csv",
        "characteristics": [{
          "characteristic": "Gender", "protected": "sex", "question": "gender", "question_text": "Gender",
          "base": 67, "respondents": 67,
          "groups": [{"group": "Female", "answers": ["Female"], "respondents": 2,
                      "respondent_percent": 2.985, "ci95": [0.82, 10.25], "population_count": 284,
                      "population_percent": 12.7, "comparison_percent": 12.69,
                      "respondent_text": "3%", "population_text": "12.7%",
                      "flag": "underrepresented",   # or "overrepresented", "in line"
                      "finding": "Females were underrepresented at 3 per cent compared to 12.7 per cent ...",
                      "represented": "Females represented 3 per cent of respondents and 12.7 per cent ..."}],
          "test": {"method": "chi-square goodness-of-fit test", "statistic": 5.7, "dof": 1, "p_value": 0.017,
                   "smallest_expected": 8.5, "simulations": null, "significant": true, "text": "..."},
          "not_compared": [{"answer": "Unsure", "respondents": 7}], "not_recorded": ["Not recorded"],
          "summary": "The respondents' gender profile differs from the caseload's (...).", "notes": ["..."]}],
        "unmatched_characteristics": [], "matches": [{"characteristic", "protected", "question",
          "question_text", "groups": [{"group", "answers"}], "not_recorded", "unmatched_answers"}]},
      "weighting": null | {
        "label": "weighted",
        "weights": {"method": "post-stratification" | "raking", "characteristics": [...], "questions": [...],
                    "weighted": 67, "left_unweighted": 0, "iterations": 11, "converged": true,
                    "max_margin_error": 1e-09, "cap": null, "trimmed": 0, "effective_sample_size": 41.6,
                    "min_weight": 0.59, "max_weight": 4.25,
                    "margins": [{"characteristic", "group", "respondents", "target_percent",
                                 "unweighted_percent", "weighted_percent"}], "notes": [...]},
        "headlines": [{"question", "text", "counted", "label": "weighted", "weighted_percent",
                       "weighted_numerator", "weighted_denominator", "effective_sample_size", "ci95",
                       "unweighted": {headline as in `headlines --json`}, "sentence"}]},
      "disproportionality": {
        "threshold": 5, "confidence": 0.95,
        "rows": [{"question", "text", "counted"}],
        "columns": [{"characteristic": "disability", "by": "consider_yourself_disability", "by_text", "group",
                     "label": "Disability: Yes"}],
        "cells": [[{"question", "characteristic", "by", "group",
                    "status": "shown" | "suppressed" | "no relevant respondents" | "no other respondents ...",
                    "suppressed": false,
                    "comparison": null | {"group_numerator", "group_relevant", "group_percent", "rest_numerator",
                                          "rest_relevant", "rest_percent", "rri", "log2_rri", "ci95",
                                          "corrected", "test",
                                          "statistic", "p_value", "significant", "direction"},
                    "sentence": "..."}]],   # cells[row][column]
        "notes": [...]}
    }
"""

from __future__ import annotations

import argparse
import sys

from feedback_gui.cli import EXIT_FAILURE, file_arguments, print_json
from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.equality.reference import read_reference
from feedback_gui.core.equality.report import EqualityReport, equality_report
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.importing import read_survey


def arguments(p: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    file_arguments(p)
    p.add_argument("--sheet", help="the sheet to read (default: the one holding the responses)")
    p.add_argument("--reference", required=True, help="reference population CSV: characteristic, group, "
                   "count and/or percent")
    p.add_argument("--population", default="caseload", help="what the reference describes (default: caseload)")
    p.add_argument("--question", action="append", metavar="TEXT",
                   help="compare groups on this question only (id or part of its text; repeatable)")
    p.add_argument("--weight-by", action="extend", nargs="+", default=[], metavar="COLUMN",
                   help="weight to the reference by one to three characteristics")
    p.add_argument("--cap", type=float, help="trim weights above this multiple of the mean weight (e.g. 5)")


def run(args: argparse.Namespace) -> int:
    """Compare respondents with a reference population and groups with each other."""
    try:
        reference = read_reference(args.reference)
    except FeedbackError as exc:
        print(f"feedback-gui equality: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_FAILURE
    survey = read_survey(args.file, args.sheet, password=args.password)
    questions = [survey.find_question(text) for text in args.question] if args.question else None
    report = equality_report(survey, reference, population=args.population, questions=questions,
                             weight_by=args.weight_by, cap=args.cap)
    if args.json:
        print_json(report.to_dict())
        return 0
    _print_report(report)
    return 0


def _print_report(report: EqualityReport) -> None:
    profile = report.representativeness
    print(f"{report.file}: {report.respondents} respondents, compared with the {profile.population} "
          f"({profile.source})\n\nWho answered")
    for item in profile.characteristics:
        print(f"\n{item.characteristic} ({item.question_text}): {item.summary}")
        for g in item.groups:
            lo, hi = g.ci95
            print(f"    {g.group:<28} {g.respondents:>4}  {percent_text(g.respondent_percent):>4} "
                  f"({lo:.0f}–{hi:.0f}%)  {g.population_percent:5.1f}%  {g.flag}")
        for g in item.groups:
            if g.flag != "in line":
                print(f"    {g.finding}")
        for note in item.notes:
            print(f"    Note: {note}")
    if profile.unmatched:
        print(f"\nIn the reference but not in the survey: {', '.join(profile.unmatched)}")
    if report.weights is not None:
        w = report.weights
        print(f"\nWeighted headlines ({w.method} by {', '.join(w.characteristics)}; effective sample size "
              f"{w.effective_sample_size:.1f} of {report.respondents}; weights {min(w.weights):.2f} to "
              f"{max(w.weights):.2f})")
        for note in w.notes:
            print(f"    Note: {note}")
        for h in report.weighted:
            u = h.unweighted
            print(f"- {h.question_text}\n    weighted {percent_text(h.weighted_percent)} (effective sample size "
                  f"{h.effective_sample_size:.1f})   unweighted {u.numerator} out of {u.denominator} "
                  f"· {percent_text(u.percent)}")
    rates = report.disproportionality
    print("\nWho is treated differently (relative rate index: the group's rate over the rest's)")
    for row, cells in zip(rates.rows, rates.cells, strict=True):
        print(f"- {row.text} (counted: {', '.join(row.counted)})")
        for column, cell in zip(rates.columns, cells, strict=True):
            name = f"{column.characteristic}: {column.group}"
            c = cell.comparison
            if c is None:
                print(f"    {name:<34} {cell.status}")
                continue
            lo, hi = c.ci95
            print(f"    {name:<34} {c.group_numerator}/{c.group_relevant} {percent_text(c.group_percent):>4} vs "
                  f"{c.rest_numerator}/{c.rest_relevant} {percent_text(c.rest_percent):>4}  RRI {c.rri:.2f} "
                  f"({lo:.2f}–{hi:.2f}) {c.test} p={c.p_value:.3f}  {c.direction}")
    for note in rates.notes:
        print(f"Note: {note}")
