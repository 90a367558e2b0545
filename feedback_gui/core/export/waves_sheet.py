"""The Waves sheet: each matched question then and now, the change, its significance, a clustered bar chart.

Reads the shape of ``WaveComparison.to_dict()``::

    {"old_wave", "new_wave", "significance": sentence,
     "matched": [{"old", "new", "status", "then": {"numerator", "denominator", "percent"}, "now": {...},
                  "change_points", "test", "p_value", "p_adjusted", "significant", "sentence"}],
     "not_comparable": [{"old", "new", "reason"}]}

``old``/``new`` may also be dicts holding a "text"; percentages are 0-100.
"""

from __future__ import annotations

from openpyxl import Workbook

from feedback_gui.core.export.cells import Percent
from feedback_gui.core.export.charts import BLUE, ORANGE, SeriesSpec, bar_chart
from feedback_gui.core.export.context import ExportContext, SheetWriter
from feedback_gui.core.export.names import short_label
from feedback_gui.core.export.page import Page

CHANGE = "Change (percentage points)"
HEADERS = ("Question", "Then: counted", "Then: relevant respondents", "Then", "Now: counted",
           "Now: relevant respondents", "Now", CHANGE, "Test", "p value", "p value adjusted", "Significant",
           "Match", "In words", "Chart label")
FORMATS = {CHANGE: "+0.0;-0.0;0.0", "p value": "0.000", "p value adjusted": "0.000"}


def _text(side: object) -> str:
    if isinstance(side, dict):
        return str(side.get("text") or side.get("id") or "")
    return "" if side is None else str(side)


def write_waves(wb: Workbook, ctx: ExportContext) -> list[str]:
    """Add the Waves sheet."""
    waves = ctx.waves or {}
    then_name, now_name = waves.get("old_wave") or "the earlier wave", waves.get("new_wave") or "the later wave"
    notes = [f"Then: {then_name}. Now: {now_name}. Denominators: each percentage is the counted answers over that "
             "wave's relevant respondents (those who answered, leaving out answers such as “Not applicable”). "
             "Change is in percentage points.",
             str(waves.get("significance") or "Significance is as the comparison decided it.")
             + " “Proposed” matches were paired by similar wording and are still to be confirmed."]
    rows = []
    for m in waves.get("matched", []):
        then, now = m.get("then") or {}, m.get("now") or {}
        text = _text(m.get("new")) or _text(m.get("old"))
        rows.append([text, then.get("numerator"), then.get("denominator"), _pct(then),
                     now.get("numerator"), now.get("denominator"), _pct(now), m.get("change_points"),
                     m.get("test"), m.get("p_value"), m.get("p_adjusted"), _yes_no(m.get("significant")),
                     "Proposed" if m.get("status") == "proposed" else "Confirmed", m.get("sentence"),
                     short_label(text)])
    name = ctx.names.take("Waves")
    page = Page(wb.create_sheet(name), f"{now_name} compared with {then_name}", notes)
    table = page.table(HEADERS, rows, formats=FORMATS, text_columns=("In words",))
    if rows:
        series = [SeriesSpec(table.ref("Then"), table.cell_formula("Then")),
                  SeriesSpec(table.ref("Now"), table.cell_formula("Now"))]
        page.chart(bar_chart("Then and now", series, table.ref("Chart label"), [ORANGE, BLUE],
                             value_title="% of relevant respondents"))
    for n in waves.get("not_comparable") or []:  # notes, so long reasons do not widen the table's columns
        page.note(f"Not compared: {_text(n.get('new')) or _text(n.get('old'))} – {n.get('reason')}.")
    page.finish()
    return [name]


def _pct(side: dict) -> Percent | None:
    value = side.get("percent")
    return Percent(float(value)) if value is not None else None


def _yes_no(value: object) -> str | None:
    return None if value is None else ("Yes" if value else "No")


WAVES = SheetWriter("waves", "Waves compared", lambda ctx: bool(ctx.waves and ctx.waves.get("matched")), write_waves)
