"""Charts as PNG pictures for the Word report, drawn with matplotlib (no Qt, so off any GUI thread).

The same :class:`ChartSpec` as the deck's native charts: horizontal bars, first category at the top,
the Okabe–Ito colours, values labelled. matplotlib's object API is used (no pyplot): nothing global is
touched, so pictures can be drawn from any thread.
"""

from __future__ import annotations

import io
import textwrap

from feedback_gui.core.analysis.wording import percent_text
from feedback_gui.core.report.model import ChartSpec

WIDTH_INCHES = 6.3  # the text width of an A4 page with 2.5 cm margins
DPI = 200
INK, MUTED, RULE = "#1F2933", "#52606D", "#CBD2D9"
_DARK = {"0072B2", "D55E00", "009E73", "CC79A7", "000000", "52606D"}
SMALLEST_LABELLED = 0.045  # stacked segments narrower than this (of the axis) carry no label


def chart_png(spec: ChartSpec) -> bytes:
    """The chart as PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    rows = len(spec.categories)
    bars = len(spec.series) if spec.grouping == "clustered" else 1
    label_lines = max((len(_wrap(c)) for c in spec.categories), default=1)
    row_height = max(0.32 + 0.2 * bars, 0.2 * label_lines + 0.15)
    legend = 0.45 if len(spec.series) > 1 else 0.0
    title = textwrap.wrap(spec.title, 75) or [""]
    figure = Figure(figsize=(WIDTH_INCHES, 0.8 + 0.2 * len(title) + legend + row_height * rows), dpi=DPI,
                    layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    _draw(axes, spec, bars)
    figure.suptitle("\n".join(title), fontsize=10, fontweight="bold", color=INK, x=0.02, ha="left")
    if len(spec.series) > 1:
        longest = max(len(s.name) for s in spec.series)
        figure.legend(loc="outside lower center", ncol=max(1, min(len(spec.series), 90 // (longest + 6), 5)),
                      frameon=False, fontsize=8)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI, facecolor="white")
    return out.getvalue()


def _wrap(text: str) -> list[str]:
    return textwrap.wrap(text, 34) or [""]


def _draw(axes, spec: ChartSpec, bars: int) -> None:  # noqa: ANN001 - a matplotlib Axes
    positions = list(range(len(spec.categories)))
    height = 0.7 / bars if spec.grouping == "clustered" else 0.6
    left = [0.0] * len(positions)
    top = max((sum(v or 0 for v in values) if spec.grouping == "stacked" else max((v or 0 for v in values), default=0))
              for values in zip(*(s.values for s in spec.series), strict=True)) if spec.series else 1
    scale = 1.0 if spec.percent else max(top, 1)
    for n, series in enumerate(spec.series):
        values = [v if v is not None else 0.0 for v in series.values]
        if spec.grouping == "clustered":
            ys = [p - 0.35 + height * (n + 0.5) for p in positions]
            drawn = axes.barh(ys, values, height=height * 0.92, color=f"#{series.colour}", label=series.name)
            for bar_, value, raw in zip(drawn, values, series.values, strict=True):
                if raw is not None:
                    axes.text(bar_.get_width() + 0.01 * scale, bar_.get_y() + bar_.get_height() / 2,
                              _label(value, spec), va="center", ha="left", fontsize=7, color=INK)
        else:
            drawn = axes.barh(positions, values, height=height, left=left, color=f"#{series.colour}", label=series.name)
            colour = "white" if series.colour.upper() in _DARK else INK
            for bar_, value in zip(drawn, values, strict=True):
                if value / scale >= SMALLEST_LABELLED:
                    axes.text(bar_.get_x() + bar_.get_width() / 2, bar_.get_y() + bar_.get_height() / 2,
                              _label(value, spec), va="center", ha="center", fontsize=7, color=colour)
            left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_yticks(positions, ["\n".join(_wrap(c)) for c in spec.categories], fontsize=8, color=INK)
    axes.invert_yaxis()  # first category at the top
    if spec.percent:
        axes.set_xlim(0, 1.08 if spec.grouping == "clustered" else 1.0)
        axes.set_xticks([0, 0.2, 0.4, 0.6, 0.8, 1.0], ["0%", "20%", "40%", "60%", "80%", "100%"])
    else:
        axes.set_xlim(0, scale * 1.1)
    axes.tick_params(axis="x", labelsize=7, colors=MUTED)
    axes.tick_params(axis="y", length=0)
    axes.grid(axis="x", color=RULE, linewidth=0.6)
    axes.set_axisbelow(True)
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    axes.spines["left"].set_color(RULE)


def _label(value: float, spec: ChartSpec) -> str:
    return percent_text(100 * value) if spec.percent else f"{value:.0f}"
