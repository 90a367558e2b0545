"""The Breakdown sheet: each headline by the groups of one demographic, small groups suppressed.

A suppressed figure is written nowhere: its cells hold "–", and the chart only draws groups that have
no suppressed figure at all (a chart would plot a "–" as a zero-length bar, which reads as 0%).
"""

from __future__ import annotations

from collections import Counter

from openpyxl import Workbook

from feedback_gui.core.analysis.breakdown import Breakdown, breakdown
from feedback_gui.core.export.cells import SUPPRESSED, Percent
from feedback_gui.core.export.charts import SeriesSpec, bar_chart, series_colours
from feedback_gui.core.export.context import ExportContext, SheetWriter
from feedback_gui.core.export.names import short_label
from feedback_gui.core.export.page import Page

ALL = "All respondents"


def breakdowns(ctx: ExportContext) -> list[Breakdown]:
    """Every headline question broken down by the chosen demographic (not the demographic itself)."""
    if ctx.by is None:
        return []
    out = []
    for result in ctx.headline_results:
        if result.id == ctx.by.id:
            continue
        question = ctx.survey.question(result.id)
        assert result.headline is not None  # headline_results keeps only results with a headline
        out.append(breakdown(ctx.survey, question, ctx.by, result.headline.counted, ctx.settings))
    return out


def write_breakdown(wb: Workbook, ctx: ExportContext) -> list[str]:
    """Add the Breakdown sheet."""
    assert ctx.by is not None  # BREAKDOWN applies only when a demographic is chosen
    items = breakdowns(ctx)
    groups = list(dict.fromkeys(g.group for b in items for g in b.groups))
    threshold = ctx.settings.suppression_threshold
    for b in items:
        if b.suppressed_groups:
            ctx.suppressed[b.question_text] = b.suppressed_groups
    hidden_anywhere = [g for g in groups if any(g in b.suppressed_groups for b in items)]
    name = ctx.names.take(f"Breakdown by {ctx.by.text}")
    page = Page(wb.create_sheet(name), f"Breakdown by {ctx.by.text}", _notes(ctx, items, threshold))
    page.heading("% of relevant respondents giving the counted answers")
    rows = [[b.question_text, ", ".join(b.counted), _percent(b.total), *[_percent(_group(b, g)) for g in groups],
             short_label(b.question_text)] for b in items]
    table = page.table(("Question", "Counted answers", ALL, *groups, "Chart label"), rows)
    page.note(f"{SUPPRESSED} Not shown: fewer than {threshold} relevant respondents in the group, or a figure from "
              "which a suppressed one could be worked out.")
    page.gap()
    page.heading("Relevant respondents (denominators)")
    page.table(("Question", ALL, *groups),
               [[b.question_text, b.total.relevant, *[_relevant(_group(b, g)) for g in groups]] for b in items])
    charted = [ALL, *[g for g in groups if g not in hidden_anywhere]]
    if hidden_anywhere:
        page.note(f"The chart leaves out {', '.join(hidden_anywhere)}: some of their figures are suppressed.")
    if items:
        series = [SeriesSpec(table.ref(g), table.cell_formula(g)) for g in charted]
        page.chart(bar_chart(f"By {short_label(ctx.by.text, 60)}", series, table.ref("Chart label"),
                             series_colours(len(series)), value_title="% of relevant respondents"))
    page.finish()
    return [name]


def _notes(ctx: ExportContext, items: list[Breakdown], threshold: int) -> list[str]:
    notes = ["Denominators: each percentage is the group's respondents who gave the counted answers over the "
             "group's relevant respondents (those who answered, leaving out blank answers and answers such as "
             "“Not applicable”); the denominators are in the second table. Respondents who did not say which "
             f"group they are in are shown as “Not stated”. Suppression: groups with fewer than {threshold} "
             "relevant respondents show no figure, nor does any group from which a hidden figure could be worked out."]
    times = Counter(g for b in items for g in b.suppressed_groups)
    hidden = [f"{group} ({n} of {len(items)} questions)" for group, n in times.most_common()]
    notes.append("Groups with figures not shown: " + (", ".join(hidden) if hidden else "none") + ".")
    if not items:
        notes.append("No question has a headline figure to break down.")
    return notes


def _group(b: Breakdown, name: str):
    return next((g for g in b.groups if g.group == name), None)


def _percent(figure) -> object:
    if figure is None:
        return None
    if figure.suppressed:
        return SUPPRESSED
    return Percent(figure.percent) if figure.percent is not None else None


def _relevant(figure) -> object:
    if figure is None:
        return None
    return SUPPRESSED if figure.suppressed else figure.relevant


BREAKDOWN = SheetWriter("breakdown", "Breakdown by a demographic", lambda ctx: ctx.by is not None, write_breakdown)
