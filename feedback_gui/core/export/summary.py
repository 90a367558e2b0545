"""The Summary sheet: every headline (counted answers over relevant respondents) and a bar chart of them."""

from __future__ import annotations

from openpyxl import Workbook

from feedback_gui.core.analysis.wording import confidence_text
from feedback_gui.core.export.cells import Percent
from feedback_gui.core.export.charts import BLUE, SeriesSpec, bar_chart
from feedback_gui.core.export.context import ExportContext, SheetWriter
from feedback_gui.core.export.names import short_label
from feedback_gui.core.export.page import Page

DENOMINATOR_NOTE = (
    "Denominators: each percentage is the respondents who gave the counted answers over the relevant "
    "respondents, those who answered the question, leaving out blank answers and answers such as "
    "“Not applicable”, “Don't know” or “Prefer not to say”. The {level} interval is a Wilson score interval."
)


def summary_headers(confidence: float = 0.95) -> tuple[str, ...]:
    """The Summary table's headings, naming the confidence level of the intervals ("95% interval from")."""
    level = confidence_text(confidence)
    return ("Question", "Counted answers", "Counted (numerator)", "Relevant respondents (denominator)", "%",
            f"{level} interval from", f"{level} interval to", "Headline", "Chart label")


HEADERS = summary_headers()


def write_summary(wb: Workbook, ctx: ExportContext) -> list[str]:
    """Add the Summary sheet."""
    name = ctx.names.take("Summary")
    survey = ctx.survey
    level = confidence_text(ctx.settings.confidence)
    notes = [f"{survey.respondents} respondents in {survey.source.name}.", DENOMINATOR_NOTE.format(level=level),
             "Suppression: these figures are for all respondents, so no group is suppressed here."
             + (" Group figures, with small groups suppressed, are on the Breakdown sheet." if ctx.by else "")]
    page = Page(wb.create_sheet(name), f"Summary – {survey.name}", notes)
    rows = []
    for result in ctx.headline_results:
        h = result.headline
        assert h is not None  # headline_results keeps only results with a headline
        rows.append([result.text, ", ".join(h.counted), h.numerator, h.denominator, Percent(h.percent),
                     Percent(h.ci95[0]), Percent(h.ci95[1]), h.sentence, short_label(result.text)])
    if rows:
        table = page.table(summary_headers(ctx.settings.confidence), rows, text_columns=("Headline",))
        chart = bar_chart("Headline percentages", [SeriesSpec(table.ref("%"), table.cell_formula("%"))],
                          table.ref("Chart label"), [BLUE], value_title="% of relevant respondents")
        page.chart(chart)
    else:
        page.note("No question in this survey has answers that can be counted for a headline.")
    others = [r for r in ctx.results if r.headline is None]
    if others:
        page.heading("Questions without a headline figure")
        page.table(("Question", "Type", "Answered", "Not answered"),
                   [[r.text, str(r.type).replace("_", " "), r.answered, r.unanswered] for r in others])
    page.finish()
    return [name]


SUMMARY = SheetWriter("summary", "Summary of headlines", lambda ctx: True, write_summary)
