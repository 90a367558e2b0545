"""`feedback-gui comments FILE [--question TEXT] [--codebook staff|user-voice] [--project FILE] [--json]`.

Without --question, every free-text question is analysed. The JSON is
:meth:`feedback_gui.core.comments.CommentAnalysis.to_dict`: comments (row = the respondent's number,
1 for the first; question; redacted text; sentiment label, compound and confidence 0-1; themes) in file
order, themes with counts by sentiment and quotes, discovered themes, and the redaction counts, plus the
file name and the codebook used. With --project, the project's sentiment corrections are applied and the
comments like the corrected ones are scored again with them weighted in (nothing is written back); the
JSON then also has "learning": how many corrections were used and which comments they changed.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from feedback_gui.cli import file_arguments, print_json
from feedback_gui.core.comments import LABELS, analyse_comments
from feedback_gui.core.comments.inputs import codebook_for, comment_inputs, free_text_questions
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.importing import read_survey
from feedback_gui.core.project import load_project


def arguments(p: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    file_arguments(p)
    p.add_argument("--sheet", help="the sheet to read (default: the one holding the responses)")
    p.add_argument("--question", help="analyse only this free-text question (its text, part of it, or its id)")
    p.add_argument("--codebook", choices=["staff", "user-voice"],
                   help="theme codebook (default: chosen from the survey)")
    p.add_argument("--no-redact", action="store_true", help="show names, contacts and case numbers as written")
    p.add_argument("--project", type=Path,
                   help="project file whose sentiment corrections to apply and learn from (read only)")


def run(args: argparse.Namespace) -> int:
    """Analyse a survey's free-text comments."""
    survey = read_survey(args.file, args.sheet, password=args.password)
    try:
        questions = free_text_questions(survey, args.question)
    except (KeyError, ValueError) as exc:
        raise FeedbackError(str(exc).strip("'\"")) from None
    if not questions:
        raise FeedbackError("the survey has no free-text questions")
    inputs = comment_inputs(survey, questions)
    codebook = codebook_for(survey, inputs, args.codebook)
    corrections = load_project(args.project).sentiment_corrections if args.project else {}
    wrong = sorted({str(v) for v in corrections.values()} - set(LABELS))
    if wrong:
        raise FeedbackError(f"{args.project.name}: unknown sentiment label {wrong[0]!r} in the corrections; "
                            f"expected one of {', '.join(LABELS)}")
    analysis = analyse_comments(inputs, codebook, redact=not args.no_redact)
    learning = None
    if corrections:
        from feedback_gui.core.comments.learning import rescore_with_corrections

        rescored = rescore_with_corrections(analysis, corrections)
        analysis, learning = rescored.analysis, rescored.to_dict()
    if args.json:
        extra = {"learning": learning} if learning is not None else {}
        print_json({"file": survey.source.name, "codebook": codebook.name, **analysis.to_dict(), **extra})
        return 0
    _print_text(survey.source.name, codebook.name, analysis)
    if learning is not None:
        print(f"Learned from {learning['examples']} corrections in the project: "
              f"{learning['changed']} other comments re-scored.")
    return 0


def _print_text(name: str, codebook: str, analysis) -> None:
    data = analysis.to_dict()
    comments = data["comments"]
    print(f"{name}: {len(comments)} comments; codebook: {codebook}")
    print(f"{'Theme':40} {'Count':>5} {'+':>4} {'-':>4} {'0':>4} {'±':>4}")
    for theme in data["themes"]:
        print(f"{theme['name'][:40]:40} {theme['count']:>5} {theme['positive']:>4} {theme['negative']:>4} "
              f"{theme['neutral']:>4} {theme['mixed']:>4}")
        for quote in theme["quotes"][:2]:
            print(f"    “{quote}”")
    if data["discovered"]:
        print("Possible new themes among comments no theme matched:")
        for found in data["discovered"]:
            print(f"- {', '.join(found['terms'][:5])} ({found['count']} comments)")
    redactions = {k: v for k, v in data["redactions"].items() if v}
    if redactions:
        print("Redacted: " + ", ".join(f"{n} {k}" for k, v in redactions.items() for n in [v]))
