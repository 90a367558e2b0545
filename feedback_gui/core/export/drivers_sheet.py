"""The Drivers sheet: what moves the outcome most, a bar chart of importance and the priority matrix.

Reads the shape of ``DriversResult.to_dict()``::

    {"outcome", "respondents", "r_squared", "resamples", "seed", "confidence", "note",
     "items": [{"question", "correlation", "importance", "ci95": [lo, hi], "percent"}]}   # most important first

Importance is shown as each item's share of R² (the shares add up to 100%), with its interval; the
priority matrix (a scatter chart, one series per quadrant) places items by % favourable and share.
"""

from __future__ import annotations

from openpyxl import Workbook

from feedback_gui.core.export.cells import DECIMAL, Percent
from feedback_gui.core.export.charts import (
    BLUE,
    GREEN,
    SKY_BLUE,
    VERMILLION,
    PointsSpec,
    SeriesSpec,
    bar_chart,
    scatter_chart,
)
from feedback_gui.core.export.context import ExportContext, SheetWriter
from feedback_gui.core.export.names import short_label
from feedback_gui.core.export.page import Page
from feedback_gui.core.insight.priorities import (
    MAINTAIN,
    MONITOR,
    PRIORITY,
    QUADRANT_NAMES,
    STRENGTH,
    PriorityMatrix,
    place,
)

SHARE = "Share of R²"
HEADERS = ("Rank", "Question", "Importance (relative weight)", "Interval from", "Interval to", SHARE,
           "Share interval from", "Share interval to", "Correlation", "% favourable", "Priority", "Chart label")
FORMATS = {"Importance (relative weight)": "0.000", "Interval from": "0.000", "Interval to": "0.000",
           "Correlation": DECIMAL}
QUADRANT_COLOURS = {PRIORITY: VERMILLION, STRENGTH: BLUE, MAINTAIN: GREEN, MONITOR: SKY_BLUE}


def write_drivers(wb: Workbook, ctx: ExportContext) -> list[str]:
    """Add the Drivers sheet."""
    data = ctx.drivers or {}
    items = data.get("items") or []
    r2 = float(data.get("r_squared") or 0.0)
    level = f"{100 * float(data.get('confidence') or 0.95):g}%"
    outcome = data.get("outcome") or "the outcome"
    notes = [f"Denominator: the {data.get('respondents')} respondents with a score for {outcome} who answered every "
             "item listed (blank and “Not applicable” answers count as not answered); % favourable is each item's "
             f"counted answers over its own relevant respondents. Together the items explain {100 * r2:.0f}% of the "
             f"variation in {outcome} (R² {r2:.2f}).",
             "Importance is Johnson's relative weight: each item's share of R², so the shares add up to 100%. "
             f"Intervals: {level} bootstrap percentile intervals ({data.get('resamples')} resamples, seed "
             f"{data.get('seed')}). Correlation: Pearson's, item score with {outcome}.",
             "Priority: important items (share at or above the average) with a % favourable below the average are "
             "priorities; important and favourable, strengths; less important and favourable, maintain; the rest, "
             "monitor."]
    if data.get("note"):
        notes.append(str(data["note"]))
    matrix = place([(i["question"], float(i["importance"]), i.get("percent")) for i in items])
    quadrant_of = {p.question: p.quadrant for p in matrix.points}
    rows = []
    for rank, item in enumerate(items, start=1):
        lo, hi = item.get("ci95") or (None, None)
        rows.append([rank, item["question"], item["importance"], lo, hi, _share(item["importance"], r2),
                     _share(lo, r2), _share(hi, r2), item.get("correlation"),
                     Percent(float(item["percent"])) if item.get("percent") is not None else None,
                     QUADRANT_NAMES.get(quadrant_of.get(item["question"], ""), ""), short_label(item["question"])])
    name = ctx.names.take("Drivers")
    page = Page(wb.create_sheet(name), f"Key drivers of {outcome}", notes)
    table = page.table(HEADERS, rows, formats=FORMATS)
    if rows:
        page.chart(bar_chart(f"What matters most to {outcome}", [SeriesSpec(table.ref(SHARE),
                                                                            table.cell_formula(SHARE))],
                             table.ref("Chart label"), [BLUE], value_title="Share of R² (the importances add to 100%)"))
        _matrix(page, matrix)
    for text in data.get("left_out") or []:
        page.note(f"Left out: {text}.")
    page.finish()
    return [name]


def _share(value: object, r2: float) -> Percent | None:
    if not isinstance(value, int | float) or r2 <= 0:
        return None
    return Percent(100.0 * float(value) / r2)


def _matrix(page: Page, matrix: PriorityMatrix) -> None:
    """The priority matrix: a table grouped by quadrant, and a scatter chart with one series per quadrant."""
    if not matrix.points:
        return
    r2 = sum(p.importance for p in matrix.points) or 1.0
    page.heading("Priority matrix")
    rows: list[list[object]] = []
    spans: list[tuple[str, int, int]] = []
    for quadrant in (PRIORITY, STRENGTH, MAINTAIN, MONITOR):
        points = matrix.in_quadrant(quadrant)
        if points:
            spans.append((quadrant, len(rows), len(rows) + len(points) - 1))
            rows += [[QUADRANT_NAMES[quadrant], p.question, Percent(p.percent), Percent(100.0 * p.importance / r2)]
                     for p in points]
    table = page.table(("Priority", "Question", "% favourable", SHARE), rows)
    series = [PointsSpec(table.ref("% favourable", table.first_row + a, table.first_row + b),
                         table.ref(SHARE, table.first_row + a, table.first_row + b),
                         table.cell_formula("Priority", table.first_row + a)) for _, a, b in spans]
    page.chart(scatter_chart("Priority matrix: importance against % favourable", series,
                             [QUADRANT_COLOURS[q] for q, _, _ in spans], x_title="% favourable",
                             y_title="Share of R²"))


DRIVERS = SheetWriter("drivers", "Key drivers", lambda ctx: bool(ctx.drivers and ctx.drivers.get("items")),
                      write_drivers)
