"""`feedback-gui headlines FILE [--sheet NAME] [--project FILE] [--json]`.

JSON: {"file", "sheet", "layout", "respondents", "questions": [...], "indices": [{"name", "questions",
"score", "ci95", "respondents", "kind", "code", "rule"}]}. "indices" holds the CSPS engagement index when
the survey has its questions, then the indices and theme scores saved in the project (--project).
A Net Promoter question's entry also has "nps": {"score", "promoters", "passives", "detractors", "ci95"}.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from feedback_gui.cli import file_arguments, print_json
from feedback_gui.core.analysis.proportions import headlines
from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.importing import read_survey
from feedback_gui.core.insight.nps import nps_text
from feedback_gui.core.project import load_project


def headlines_dict(survey, results, indices=()) -> dict:
    """The JSON document `headlines --json` prints."""
    return {
        "file": survey.source.name,
        "sheet": survey.layout.sheet,
        "layout": survey.layout.tool,
        "respondents": survey.respondents,
        "questions": [r.to_dict() for r in results],
        "indices": [i.to_dict() for i in indices],
    }


def arguments(p: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    file_arguments(p)
    p.add_argument("--sheet", help="the sheet to read (default: the one holding the responses)")
    p.add_argument("--project", type=Path, help="project file whose corrections, indices and themes to use")


def run(args: argparse.Namespace) -> int:
    """Print headline proportions for every question of a survey."""
    from feedback_gui.core.insight.definitions import index_definitions  # the indices load scipy: only when run
    from feedback_gui.core.insight.indices import survey_indices

    survey = read_survey(args.file, args.sheet, password=args.password)
    project = load_project(args.project) if args.project else None
    if project is not None:
        project.apply(survey)
    results = headlines(survey)
    indices = survey_indices(survey, index_definitions(project))
    if args.json:
        print_json(headlines_dict(survey, results, indices))
        return 0
    print(f"{survey.source.name}: {survey.respondents} respondents ({survey.layout.tool} layout)")
    for result in results:
        if result.headline:
            h = result.headline
            lo, hi = h.ci95
            figure = f"{h.numerator} out of {h.denominator} · {percent_text(h.percent)} ({lo:.0f}–{hi:.0f}%)"
        else:
            figure = f"{result.relevant} answered"
        if result.nps is not None:
            figure += f"\n    {nps_text(result.nps)}"
        print(f"- [{result.type}] {result.text}\n    {figure}")
        note = result.inference
        if note is not None and note.confidence != "high":  # say what the importer is unsure of
            print(f"    type: {note.confidence} confidence ({note.reason})")
    for index in indices:
        lo, hi = index.ci95
        print(f"- [{index.kind}] {index.name}: {index.score:.0f} ({lo:.0f}–{hi:.0f}), {index.respondents} respondents, "
              f"{len(index.questions)} questions")
    return 0
