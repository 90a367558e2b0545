"""The Equality sheets: who answered against the reference population, and who is treated differently.

Read the shape of ``EqualityReport.to_dict()`` (see :mod:`feedback_gui.commands.equality`):
"representativeness" -> characteristics -> groups (respondents, respondent_percent, ci95,
population_percent, flag, finding) and "disproportionality" -> rows, columns, cells[row][column]
(status, suppressed, comparison with group_percent, rest_percent, rri, ci95, p_value, significant).
A suppressed cell carries no comparison; it is written as "–" and its figures appear nowhere.
"""

from __future__ import annotations

from openpyxl import Workbook

from feedback_gui.core.analysis.wording import confidence_text
from feedback_gui.core.export.cells import DECIMAL, SUPPRESSED, Percent
from feedback_gui.core.export.charts import BLUE, ORANGE, SeriesSpec, bar_chart
from feedback_gui.core.export.context import ExportContext, SheetWriter
from feedback_gui.core.export.page import Page


def who_headers(confidence: float = 0.95) -> tuple[str, ...]:
    """The "Who answered" table's headings, naming the confidence level ("95% interval from")."""
    level = confidence_text(confidence)
    return ("Characteristic", "Group", "Respondents", "% of respondents", f"{level} interval from",
            f"{level} interval to", "% of population", "Representation", "Finding", "Chart label")


def rates_headers(confidence: float = 0.95) -> tuple[str, ...]:
    """The "Who is treated differently" table's headings, naming the confidence level."""
    level = confidence_text(confidence)
    return ("Question", "Counted answers", "Group", "Group %", "Others %", "Relative rate index",
            f"{level} interval from", f"{level} interval to", "Test", "p value", "Significant", "In words")


WHO, RATES = who_headers(), rates_headers()


def _confidence(ctx: ExportContext) -> float:
    """The confidence level the equality figures were computed at (the settings' when the result does not say)."""
    rates = (ctx.equality or {}).get("disproportionality") or {}
    return float(rates.get("confidence") or ctx.settings.confidence)


def write_equality(wb: Workbook, ctx: ExportContext) -> list[str]:
    """Add "Who answered" (respondents against the population) and "Who is treated differently"."""
    names = []
    assert ctx.equality is not None  # EQUALITY applies only when there is an equality report
    profile = ctx.equality.get("representativeness") or {}
    if profile.get("characteristics"):
        names.append(_who_answered(wb, ctx, profile))
    rates = ctx.equality.get("disproportionality") or {}
    if rates.get("rows") and rates.get("columns"):
        names.append(_differences(wb, ctx, rates))
    return names


def _who_answered(wb: Workbook, ctx: ExportContext, profile: dict) -> str:
    population = profile.get("population") or "population"
    level = _confidence(ctx)
    rows, notes = [], [
        f"Denominators: each group's share of the respondents who gave an answer that is a group of the {population} "
        f"profile ({profile.get('source') or 'the reference'}), beside its share of the {population}. A group is "
        f"under- or overrepresented when its population share lies outside the respondents' "
        f"{confidence_text(level)} interval."]
    for item in profile["characteristics"]:
        name = item.get("characteristic", "")
        for g in item.get("groups", []):
            lo, hi = (g.get("ci95") or (None, None))[:2]
            rows.append([name, g.get("group"), g.get("respondents"), _pct(g.get("respondent_percent")), _pct(lo),
                         _pct(hi), _pct(g.get("comparison_percent", g.get("population_percent"))), g.get("flag"),
                         g.get("finding"), f"{name}: {g.get('group')}"])
        notes.append(f"{name}: {item.get('summary', '')}".strip())
        notes.extend(f"{name}: {n}" for n in item.get("notes", []))
    sheet = ctx.names.take("Who answered")
    page = Page(wb.create_sheet(sheet), f"Who answered, compared with the {population}", notes)
    table = page.table(who_headers(level), rows, text_columns=("Finding",))
    series = [SeriesSpec(table.ref("% of respondents"), table.cell_formula("% of respondents")),
              SeriesSpec(table.ref("% of population"), table.cell_formula("% of population"))]
    page.chart(bar_chart(f"Respondents and the {population}", series, table.ref("Chart label"), [BLUE, ORANGE],
                         value_title="% of the characteristic's total"))
    page.finish()
    return sheet


def _differences(wb: Workbook, ctx: ExportContext, rates: dict) -> str:
    rows = []
    for question, cells in zip(rates["rows"], rates["cells"], strict=True):
        for column, cell in zip(rates["columns"], cells, strict=True):
            rows.append(_rate_row(question, column, cell))
    hidden = sum(1 for row in rows if row[3] == SUPPRESSED)
    threshold = rates.get("threshold", ctx.settings.suppression_threshold)
    notes = ["Denominators: a group's percentage is its relevant respondents who gave the counted answers; “Others” "
             "are all other respondents relevant to the question. The relative rate index is the group's rate over "
             "the others' rate (1 means no difference).",
             f"Suppression: {SUPPRESSED} marks {hidden} comparisons not shown, for groups with fewer than {threshold} "
             "relevant respondents or from which a hidden figure could be worked out.", *rates.get("notes", [])]
    sheet = ctx.names.take("Who is treated differently")
    page = Page(wb.create_sheet(sheet), "Who is treated differently", notes)
    headers = rates_headers(_confidence(ctx))
    page.table(headers, rows, formats={"Relative rate index": DECIMAL, headers[6]: DECIMAL, headers[7]: DECIMAL,
                                       "p value": "0.000"}, text_columns=("In words",))
    page.ws.auto_filter.ref = f"A{page.first_header}:{page.ws.cell(page.row - 1, len(headers)).coordinate}"
    page.finish()
    return sheet


def _rate_row(question: dict, column: dict, cell: dict) -> list[object]:
    head = [question.get("text"), ", ".join(question.get("counted", [])), column.get("label") or column.get("group")]
    c = cell.get("comparison")
    if cell.get("suppressed"):
        return [*head, *[SUPPRESSED] * 8, cell.get("sentence")]
    if not c:
        return [*head, *[None] * 8, cell.get("sentence") or cell.get("status")]
    lo, hi = (c.get("ci95") or (None, None))[:2]
    return [*head, _pct(c.get("group_percent")), _pct(c.get("rest_percent")), c.get("rri"), lo, hi, c.get("test"),
            c.get("p_value"), "Yes" if c.get("significant") else "No", cell.get("sentence")]


def _pct(value: object) -> Percent | None:
    return Percent(float(value)) if isinstance(value, int | float) else None


EQUALITY = SheetWriter("equality", "Who answered, and who is treated differently",
                       lambda ctx: bool(ctx.equality), write_equality)
