"""`feedback-gui compare OLD NEW [MORE ...] [--json]`: what changed between survey waves, and is it significant.

Files are given oldest first. The last two waves are compared question by question; with three or more
a trend per question is added. JSON keys: "waves", "matched" (comparable pairs with then/now, change,
p-value, significance and sentence; proposed fuzzy matches included, marked "status": "proposed"),
"not_comparable" (matched pairs whose figures must not be compared, with "reason"), "free_text",
"demographics", "unmatched_old", "unmatched_new", "rejected", "trends" (empty for two waves), and
"breakdowns" with --by, "themes" with --themes. --project applies a project's corrections and saved
wave-match decisions (see feedback_gui.core.waves.decisions).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from feedback_gui.cli import print_json
from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.importing import read_survey
from feedback_gui.core.project import load_project
from feedback_gui.core.waves import WaveComparison, WaveSettings, breakdowns_by, compare_surveys

WIDTH = 58


def arguments(p: argparse.ArgumentParser) -> None:
    """Add this subcommand's arguments."""
    p.add_argument("files", type=Path, nargs="+", metavar="FILE", help="two or more survey waves, oldest first")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--password", help="password of protected workbooks")
    p.add_argument("--labels", nargs="+", metavar="LABEL", help="names for the waves (default: the file names)")
    p.add_argument("--project", type=Path, help="project file whose corrections and wave matches to apply")
    p.add_argument("--by", metavar="DEMOGRAPHIC", help="also break every compared question down by this demographic")
    p.add_argument("--themes", action="store_true", help="also compare comment themes of matched free-text questions")
    p.add_argument("--no-fdr", action="store_true", help="test each question on its own (no Benjamini–Hochberg)")
    p.add_argument("--alpha", type=float, default=0.05, help="significance level (default 0.05, i.e. 95%%)")
    p.add_argument("--threshold", type=float, default=WaveSettings.fuzzy_threshold,
                   help="text similarity (0-1) above which reworded questions are proposed as matches")


def run(args: argparse.Namespace) -> int:
    """Compare two or more waves and print the changes."""
    if len(args.files) < 2:
        raise FeedbackError("compare needs at least two survey files (oldest first)")
    settings = WaveSettings(fdr=not args.no_fdr, alpha=args.alpha, fuzzy_threshold=args.threshold)
    project = load_project(args.project) if args.project else None
    surveys = []
    for path in args.files:
        survey = read_survey(path, password=args.password)
        if project is not None:
            project.apply(survey)
        surveys.append(survey)
    decisions = project.wave_matches if project is not None else ()
    result = compare_surveys(surveys, settings, decisions, labels=args.labels)
    breakdowns = breakdowns_by(surveys[-2], surveys[-1], result, args.by) if args.by else ()
    themes = _themes(surveys[-2], surveys[-1], result) if args.themes else ()
    if args.json:
        document = result.to_dict()
        if args.by:
            document["breakdowns"] = [b.to_dict() for b in breakdowns]
        if args.themes:
            document["themes"] = [t.to_dict() for t in themes]
        print_json(document)
        return 0
    _print_table(result)
    for item in breakdowns:
        _print_breakdown(item)
    for item in themes:
        _print_themes(item)
    return 0


def _themes(old, new, result: WaveComparison) -> list:
    from feedback_gui.core.waves.themes import compare_themes  # loads the comment analytics only when asked

    return [compare_themes(old, new, match, (result.matching.old_wave, result.matching.new_wave))
            for match in result.free_text]


def _cut(text: str, width: int = WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _figure(figure) -> str:
    return f"{figure.numerator}/{figure.denominator} {percent_text(figure.percent)}" if figure else "-"


def _print_table(result: WaveComparison) -> None:
    m = result.matching
    print(f"{m.old_wave} -> {m.new_wave}: {len(result.changes)} questions compared, "
          f"{len(result.significant)} significant {'change' if len(result.significant) == 1 else 'changes'}.")
    print(result.significance_note)
    print()
    print(f"{'Question':<{WIDTH}}  {'Then':>12}  {'Now':>12}  {'Change':>7}  {'p':>6}  Test")
    for c in result.changes:
        mark = ("*" if c.significant else " ") + ("?" if c.match.proposed else " ")
        print(f"{_cut(c.match.new.text):<{WIDTH}}  {_figure(c.then):>12}  {_figure(c.now):>12}  "
              f"{c.change_points:>+7.1f}  {c.p_adjusted:>6.3f}  {c.test.test} {mark}")
    print(f"\n* significant   ? matched by similar wording, to be confirmed   p: "
          f"{'Benjamini–Hochberg adjusted' if result.settings.fdr else 'unadjusted'}")
    proposed = [c.match for c in result.changes if c.match.proposed] + \
               [n.match for n in result.not_comparable if n.match.proposed]
    if proposed:
        print("\nProposed matches (reworded questions):")
        for match in proposed:
            print(f"- {match.old.text}\n  = {match.new.text}  (similarity {match.similarity:.2f})")
    _section("Not comparable:", [f"{n.match.new.text}: {n.reason}" for n in result.not_comparable])
    _section("Free text matched (compare comment themes):", [p.new.text for p in result.free_text])
    _section(f"Only in {m.old_wave}:", [q.text for q in m.unmatched_old])
    _section(f"Only in {m.new_wave}:", [q.text for q in m.unmatched_new])
    if result.trends:
        print(f"\nTrends ({', '.join(result.waves)}):")
        for trend in result.trends:
            points = "  ".join(f"{percent_text(p.figure.percent)} ({p.figure.numerator}/{p.figure.denominator})"
                               if p.figure else "-" for p in trend.points)
            print(f"- {_cut(trend.text)}: {points}")


def _section(title: str, lines: list[str]) -> None:
    if lines:
        print(f"\n{title}")
        for line in lines:
            print(f"- {line}")


def _print_breakdown(item) -> None:
    print(f"\n{item.question.new.text} by {item.by.new.text} ({item.waves[0]} -> {item.waves[1]})")
    for row in (*item.groups, item.total):
        then = "suppressed" if row.then and row.then.suppressed else _group(row.then)
        now = "suppressed" if row.now and row.now.suppressed else _group(row.now)
        change = f"{row.change_points:+.1f}" if row.change_points is not None else ""
        print(f"  {_cut(row.group, 30):<30}  {then:>12}  {now:>12}  {change:>7}")
    print(f"  {item.waves[0]}: {item.then_note}")
    print(f"  {item.waves[1]}: {item.now_note}")


def _group(figure) -> str:
    if figure is None or figure.percent is None:
        return "-"
    return f"{figure.numerator}/{figure.relevant} {percent_text(figure.percent)}"


def _print_themes(item) -> None:
    print(f"\nComment themes: {item.match.new.text} ({item.then_comments} comments in {item.waves[0]}, "
          f"{item.now_comments} in {item.waves[1]}; codebook {item.codebook})")
    print(f"  {'Theme':<34}  {'Then':>6}  {'Now':>6}  {'Change':>7}  {'Sentiment then':>14}  {'now':>6}")
    for t in item.themes:
        feel = [f"{f.sentiment:+.2f}" if f.sentiment is not None else "-" for f in (t.then, t.now)]
        print(f"  {_cut(t.theme, 34):<34}  {percent_text(t.then.share):>6}  {percent_text(t.now.share):>6}  "
              f"{t.change_points:>+7.1f}  {feel[0]:>14}  {feel[1]:>6}")
