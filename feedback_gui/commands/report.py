"""`feedback-gui report FILE -o OUT.pptx|OUT.docx [--compare OLD] [--benchmark NAME] [--by COLUMN] [--title TEXT]`.

The briefing pack: a PowerPoint deck (title, at a glance, summary, a slide per group of questions with
native charts whose data opens in Excel, breakdown, waves, comment themes with redacted quotes, User
Voice slides, methods; speaker notes hold every finding in full) or a Word report in the inspectorate's
voice (headings, headline sentences, tables, charts as pictures with alt text, methods, page numbers).
The format follows the extension of OUT.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from feedback_gui.cli import file_arguments, print_json


def arguments(p: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    file_arguments(p)
    p.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pptx|OUT.docx",
                   help="the deck (.pptx) or report (.docx) to write")
    p.add_argument("--sheet", help="the sheet of FILE to read (default: the one holding the responses)")
    p.add_argument("--compare", type=Path, metavar="OLD", help="add how each question changed since an earlier wave")
    p.add_argument("--benchmark", metavar="NAME", help="add a comparison with a national benchmark (csps-2024-…)")
    p.add_argument("--by", metavar="COLUMN", help="add a breakdown by this demographic (id or question text)")
    p.add_argument("--title", metavar="TEXT", help="the pack's title (default: the survey's name)")
    p.add_argument("--no-redact", action="store_true", help="quote comments without removing names and contacts")


def run(args: argparse.Namespace) -> int:
    """Write the briefing pack for a survey."""
    from feedback_gui.core.importing import read_survey
    from feedback_gui.core.report import briefing_format, build_briefing, compare_with_benchmark

    briefing_format(args.output)  # a wrong extension fails before the survey is read
    survey = read_survey(args.file, args.sheet, password=args.password)
    waves = None
    if args.compare is not None:
        from feedback_gui.core.waves import compare_waves

        waves = compare_waves(read_survey(args.compare, password=args.password), survey)
    benchmark = compare_with_benchmark(survey, args.benchmark) if args.benchmark else None
    result = build_briefing(survey, args.output, by=args.by, waves=waves, benchmark=benchmark, title=args.title,
                            redact=not args.no_redact)
    if args.json:
        print_json(result.to_dict())
        return 0
    what = "native charts" if result.format == "PowerPoint" else "charts"
    print(f"Wrote {result.path} ({result.format}): {len(result.sections)} sections, {result.charts} {what}"
          + (", as a User Voice survey." if result.user_voice else "."))
    if result.suppressed:
        print(f"Suppressed small groups in {len(result.suppressed)} breakdowns (shown as – in the pack).")
    for note in result.notes:
        print(note)
    return 0
