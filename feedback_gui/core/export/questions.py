"""A sheet per question, or per group of questions sharing a stem (a matrix), with its distribution and chart.

Rating scales get a 100% stacked bar (one segment per answer, blues for the favourable end); other
questions a bar per answer. Percentages are of the relevant respondents; answers that leave the
denominator ("Not applicable") and blank answers are listed below the table, outside the chart.
"""

from __future__ import annotations

from openpyxl import Workbook

from feedback_gui.core.analysis.proportions import QuestionResult
from feedback_gui.core.export.cells import DECIMAL, Percent
from feedback_gui.core.export.charts import BLUE, SeriesSpec, bar_chart, scale_colours, series_colours
from feedback_gui.core.export.context import ExportContext, SheetWriter
from feedback_gui.core.export.names import item_label, short_label
from feedback_gui.core.export.page import Page
from feedback_gui.core.survey import QuestionType

DISTRIBUTED = frozenset({QuestionType.LIKERT, QuestionType.NPS, QuestionType.YES_NO, QuestionType.SINGLE_CHOICE,
                         QuestionType.MULTI_CHOICE, QuestionType.DEMOGRAPHIC})
MATRIX_TYPES = frozenset({QuestionType.LIKERT, QuestionType.YES_NO, QuestionType.SINGLE_CHOICE})
PCT = "% of relevant respondents"


def plan_sheets(ctx: ExportContext) -> list[list[QuestionResult]]:
    """The question sheets: runs of same-stem, same-scale questions share one sheet; others get their own."""
    plan: list[list[QuestionResult]] = []
    stems = {q.id: q.stem for q in ctx.survey.questions}
    for result in ctx.results:
        if result.type not in DISTRIBUTED and result.type != QuestionType.NUMERIC:
            continue
        last = plan[-1][-1] if plan else None
        if (last is not None and stems.get(result.id) and stems.get(result.id) == stems.get(last.id)
                and result.type in MATRIX_TYPES and result.type == last.type
                and list(result.counts) == list(last.counts)):
            plan[-1].append(result)
        else:
            plan.append([result])
    return plan


def write_questions(wb: Workbook, ctx: ExportContext) -> list[str]:
    """Add one sheet per question or question group."""
    names = []
    stems = {q.id: q.stem for q in ctx.survey.questions}
    for number, group in enumerate(plan_sheets(ctx), start=1):
        stem = stems.get(group[0].id) if len(group) > 1 else None
        title = stem or group[0].text
        name = ctx.names.take(f"Q{number} {title}")
        ws = wb.create_sheet(name)
        if stem:
            _write_group(Page(ws, stem, _group_notes(group)), group, stem, ctx)
        elif group[0].type == QuestionType.NUMERIC:
            _write_numeric(Page(ws, title, [f"{group[0].answered} respondents gave a number."]), group[0])
        else:
            _write_single(Page(ws, title, _single_notes(group[0])), group[0], ctx)
        names.append(name)
    return names


def _single_notes(result: QuestionResult) -> list[str]:
    excluded = sum(result.excluded.values())
    notes = [f"Denominator: the {result.relevant} relevant respondents, those who answered"
             + (f", not counting {excluded} who answered {_labels(result.excluded)}" if excluded else "")
             + f". {result.unanswered} of {result.respondents} left the question blank."]
    if result.type == QuestionType.MULTI_CHOICE:
        notes.append("Respondents could choose more than one answer, so the percentages add up to more than 100%; "
                     "the relevant respondents are those who chose at least one.")
    if result.headline:
        notes.append(f"Headline: {result.headline.sentence}")
    if result.nps is not None:
        from feedback_gui.core.insight.nps import nps_text

        notes.append(f"Net Promoter Score: {nps_text(result.nps)} (promoters answered 9 or 10, passives 7 or 8, "
                     "detractors 0 to 6; the score is % promoters minus % detractors).")
    return notes


def _labels(counts: dict[str, int]) -> str:
    return " or ".join(f"“{label}”" for label, n in counts.items() if n)


def _write_single(page: Page, result: QuestionResult, ctx: ExportContext) -> None:
    total = result.relevant or 1
    rows = [[option, n, Percent(100.0 * n / total)] for option, n in result.counts.items()]
    options = len(rows)
    if result.type != QuestionType.MULTI_CHOICE:
        rows.append(["Total relevant respondents", result.relevant, Percent(100.0 if result.relevant else 0.0)])
    else:
        rows.append(["Relevant respondents (chose at least one)", result.relevant, None])
    table = page.table(("Answer", "Respondents", PCT), rows, total_rows=(options,))
    _not_counted(page, result)
    if not options:
        page.finish()
        return
    last = table.first_row + options - 1
    if result.type == QuestionType.LIKERT:
        series = [SeriesSpec(table.ref(PCT, r, r), table.cell_formula("Answer", r))
                  for r in range(table.first_row, last + 1)]
        colours = scale_colours(options, _positive_first(result, ctx))
        chart = bar_chart(short_label(result.text, 90), series, None, colours, grouping="percentStacked", width=18.0)
    else:
        series = [SeriesSpec(table.ref(PCT, table.first_row, last), table.cell_formula(PCT))]
        chart = bar_chart(short_label(result.text, 90), series, table.ref("Answer", table.first_row, last), [BLUE],
                          value_title=PCT, width=18.0)
    page.chart_beside(chart, table)
    page.finish()


def _not_counted(page: Page, result: QuestionResult) -> None:
    rows = [[f"{label} (not in the denominator)", n] for label, n in result.excluded.items()]
    rows.append(["No answer", result.unanswered])
    page.gap()
    page.heading("Not in the denominator")
    page.table(("Answer", "Respondents"), rows)


def _positive_first(result: QuestionResult, ctx: ExportContext) -> bool:
    """True when the counted (favourable) answers come first in the scale's order."""
    options = list(result.counts)
    counted = [o for o in ctx.survey.question(result.id).counted if o in options]
    if not counted or len(options) < 2:
        return True
    return sum(options.index(c) for c in counted) / len(counted) <= (len(options) - 1) / 2


def _group_notes(group: list[QuestionResult]) -> list[str]:
    return ["Denominators: each row's percentages are of that item's relevant respondents (the “Relevant "
            "respondents” column): those who answered it, leaving out blank answers and the answers in the "
            "“not in the denominator” columns."]


def _write_group(page: Page, group: list[QuestionResult], stem: str, ctx: ExportContext) -> None:
    options = list(group[0].counts)
    excluded = list(dict.fromkeys(label for r in group for label in r.excluded))
    labels = [item_label(r.text, stem) for r in group]
    items = list(zip(labels, group, strict=True))
    page.heading("Respondents")
    page.table(("Item", *options, "Relevant respondents", *[f"{e} (not in the denominator)" for e in excluded],
                "No answer"),
               [[label, *[r.counts.get(o, 0) for o in options], r.relevant, *[r.excluded.get(e, 0) for e in excluded],
                 r.unanswered] for label, r in items])
    page.gap()
    page.heading(PCT)
    table = page.table(("Item", *options),
                       [[label, *[Percent(100.0 * r.counts.get(o, 0) / r.relevant) if r.relevant else None
                                  for o in options]] for label, r in items])
    page.gap()
    series = [SeriesSpec(table.ref(o), table.cell_formula(o)) for o in options]
    colours = (scale_colours(len(options), _positive_first(group[0], ctx)) if group[0].type == QuestionType.LIKERT
               else series_colours(len(options)))
    page.chart(bar_chart(short_label(stem, 90), series, table.ref("Item"), colours, grouping="percentStacked"))
    page.finish()


def _write_numeric(page: Page, result: QuestionResult) -> None:
    summary = result.summary
    rows = [[label.capitalize(), summary.get(label)] for label in ("count", "mean", "median", "min", "max")]
    table = page.table(("Statistic", "Value"), rows, formats={"Value": DECIMAL})
    page.ws.cell(table.first_row, table.col("Value")).number_format = "0"  # the count is a whole number
    page.finish()


QUESTIONS = SheetWriter("questions", "A sheet per question or question group",
                        lambda ctx: bool(plan_sheets(ctx)), write_questions)
