"""The methods section: who is counted, denominators, intervals, rounding, suppression, what was left out."""

from __future__ import annotations

from collections.abc import Sequence

from feedback_gui.core.analysis.wording import confidence_text
from feedback_gui.core.export.context import ExportContext
from feedback_gui.core.export.summary import DENOMINATOR_NOTE
from feedback_gui.core.report.wording import listing, sorting_note
from feedback_gui.core.survey import QuestionType

LISTED = 8  # questions named one by one before "and N more"

Paragraphs = tuple[str, ...]


def methods(ctx: ExportContext, benchmark_notes: Sequence[str] = ()) -> tuple[tuple[str, Paragraphs], ...]:
    """(heading, paragraphs) of the methods section, for this survey and these options."""
    level = confidence_text(ctx.settings.confidence)
    out: list[tuple[str, Paragraphs]] = [
        ("Who is counted", _who(ctx)),
        ("Denominators", (_sentence_case(DENOMINATOR_NOTE.format(level=level).removeprefix("Denominators: ")),
                          *_excluded(ctx))),
        ("Intervals and rounding", (
            f"Each figure comes with a {level} confidence interval (a Wilson score interval): the range in which "
            "the figure for everyone the survey speaks for is likely to lie. Intervals are wide when few answered.",
            "Percentages are rounded to whole numbers, half up, only when printed; differences and totals are "
            "worked out from the unrounded figures, so printed percentages may not add up to exactly 100.")),
        ("Small groups", _suppression(ctx)),
        ("Strengths and areas for improvement", (sorting_note(ctx.settings.bands),)),
    ]
    if ctx.comments:
        out.append(("Comments", _comments(ctx)))
    if ctx.waves and ctx.waves.get("matched"):
        out.append(("Comparison with the last survey", (
            str(ctx.waves.get("significance") or ""),
            "Questions were paired across the two surveys by their wording; pairs matched only by similar wording "
            "are marked “still to be confirmed”. A change is in percentage points.")))
    if benchmark_notes:
        out.append(("Benchmark", tuple(benchmark_notes)))
    return tuple((heading, tuple(p for p in paragraphs if p)) for heading, paragraphs in out)


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:]


def _who(ctx: ExportContext) -> Paragraphs:
    survey = ctx.survey
    layout = survey.layout
    dropped = (f" {layout.dropped_bottom_rows} rows below the responses (totals or notes) were not counted."
               if layout.dropped_bottom_rows else "")
    return (f"The file {survey.source.name} holds {survey.respondents} responses, one per respondent; each is "
            f"counted once.{dropped}",)


def _excluded(ctx: ExportContext) -> Paragraphs:
    with_excluded = [r for r in ctx.headline_results if sum(r.excluded.values())]
    if not with_excluded:
        return ("No question had answers such as “Not applicable” to leave out of its denominator.",)
    named = [f"“{r.text}” ({', '.join(f'{n} “{label}”' for label, n in r.excluded.items() if n)})"
             for r in with_excluded[:LISTED]]
    more = len(with_excluded) - len(named)
    return (f"Answers left out of the denominator: {listing(named)}"
            + (f", and {more} more questions (each finding's notes give its figures)." if more else "."),)


def _suppression(ctx: ExportContext) -> Paragraphs:
    threshold = ctx.settings.suppression_threshold
    rule = (f"A group with fewer than {threshold} relevant respondents shows no figure (shown as “–”), so that no "
            "one can be picked out. So that a hidden figure cannot be worked out by subtracting the others from "
            "the total, more groups are hidden, smallest first, until at least two are hidden and together they "
            f"hold at least {threshold} respondents. These are the rules the app and its Excel export apply.")
    if ctx.by is None:
        return (rule, "This pack gives figures for all respondents only, so no figure in it is suppressed.")
    if not ctx.suppressed:
        return (rule, f"By {ctx.by.text}, every group was large enough: no figure is suppressed.")
    counts: dict[str, int] = {}
    for groups in ctx.suppressed.values():
        for group in groups:
            counts[group] = counts.get(group, 0) + 1
    total = len([r for r in ctx.headline_results if r.id != ctx.by.id])
    hidden = [f"{group} ({n} of {total} questions)" for group, n in sorted(counts.items(), key=lambda kv: -kv[1])]
    return (rule, f"By {ctx.by.text}, figures not shown: {listing(hidden)}.")


def _comments(ctx: ExportContext) -> Paragraphs:
    data = ctx.comments or {}
    summary = data.get("summary") or {}
    answered, total = summary.get("answered"), summary.get("comments")
    free_text = len(ctx.survey.of_type(QuestionType.FREE_TEXT))
    counted = (f"{total} comments were written in answer to {free_text} free-text questions; "
               f"{total - answered} said nothing (“n/a”, “none”) and are left out, leaving {answered}."
               if isinstance(answered, int) and isinstance(total, int) else "")
    codebook = data.get("codebook")
    return (counted,
            "Each comment's sentiment (positive, negative, mixed or neutral) was scored by the app's own analyser, "
            "on this computer; a comment is mixed when one part is clearly positive and another clearly negative."
            + (f" Themes come from the “{codebook}” codebook." if codebook else ""),
            "Quotes are chosen to illustrate a theme clearly, and are redacted: names, phone numbers, email "
            "addresses, postcodes and case references are replaced by placeholders such as [NAME]."
            if ctx.redact else "Redaction was turned off: comments and quotes are as respondents wrote them.")
