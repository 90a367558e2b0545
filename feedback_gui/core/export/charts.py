"""Native Excel bar charts over real cells, coloured with the Okabe–Ito palette (safe for colour-blind readers).

Each series points at a range of the sheet (``'Summary'!$E$5:$E$17``), so a leader can restyle the
chart or change a figure and see the chart follow. No values are cached in the chart itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from openpyxl.chart import BarChart, Reference, ScatterChart, Series
from openpyxl.chart.axis import NumericAxis
from openpyxl.chart.data_source import AxDataSource, StrRef
from openpyxl.chart.label import DataLabel, DataLabelList
from openpyxl.chart.marker import Marker
from openpyxl.chart.series import SeriesLabel
from openpyxl.chart.shapes import GraphicalProperties
from openpyxl.chart.text import RichText, Text
from openpyxl.chart.title import Title
from openpyxl.drawing.text import CharacterProperties, Paragraph, ParagraphProperties, RegularTextRun
from openpyxl.worksheet.worksheet import Worksheet

from feedback_gui.core.export.cells import INTEGER, PERCENT

# Okabe & Ito (2008), "Color Universal Design".
ORANGE, SKY_BLUE, GREEN, YELLOW = "E69F00", "56B4E9", "009E73", "F0E442"
BLUE, VERMILLION, PURPLE, BLACK = "0072B2", "D55E00", "CC79A7", "000000"
OKABE_ITO = (ORANGE, SKY_BLUE, GREEN, YELLOW, BLUE, VERMILLION, PURPLE, BLACK)
SERIES_COLOURS = (BLUE, ORANGE, GREEN, PURPLE, SKY_BLUE, VERMILLION, YELLOW, BLACK)
NEUTRAL = "BBBBBB"  # the middle of a rating scale
_DIVERGING = {
    1: (BLUE,),
    2: (BLUE, VERMILLION),
    3: (BLUE, NEUTRAL, VERMILLION),
    4: (BLUE, SKY_BLUE, ORANGE, VERMILLION),
    5: (BLUE, SKY_BLUE, NEUTRAL, ORANGE, VERMILLION),
}


def series_colours(n: int) -> list[str]:
    """Colours for ``n`` unrelated series (groups, waves), repeating after eight."""
    return [SERIES_COLOURS[i % len(SERIES_COLOURS)] for i in range(n)]


def scale_colours(n: int, positive_first: bool = True) -> list[str]:
    """Diverging colours for a rating scale: blues for the favourable end, oranges for the other."""
    colours = list(_DIVERGING[n]) if n in _DIVERGING else _interpolated(n)
    return colours if positive_first else colours[::-1]


def _interpolated(n: int) -> list[str]:
    """Blue through grey to vermillion in ``n`` steps (for long scales such as 0-10)."""
    stops = [_rgb(BLUE), _rgb(NEUTRAL), _rgb(VERMILLION)]
    out = []
    for i in range(n):
        t = 2 * i / (n - 1)
        a, b = (stops[0], stops[1]) if t <= 1 else (stops[1], stops[2])
        f = t if t <= 1 else t - 1
        out.append("".join(f"{round(x + (y - x) * f):02X}" for x, y in zip(a, b, strict=True)))
    return out


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    return int(hex_colour[0:2], 16), int(hex_colour[2:4], 16), int(hex_colour[4:6], 16)


@dataclass(frozen=True)
class SeriesSpec:
    """One series: its values and the cell holding its name."""

    values: Reference
    title_cell: str  # e.g. 'Summary'!$E$4


def bar_chart(
    title: str,
    series: Sequence[SeriesSpec],
    categories: Reference | None,
    colours: Sequence[str],
    *,
    grouping: Literal["clustered", "stacked", "percentStacked"] = "clustered",
    percent: bool = True,
    value_title: str | None = None,
    labels: bool = True,
    width: float = 24.0,
) -> BarChart:
    """A horizontal bar chart whose series and categories point at cells of the workbook.

    ``grouping`` is "clustered", "stacked" or "percentStacked"; stacked charts overlap their series fully.
    """
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = grouping
    chart.title = _title(title)
    chart.style = 10
    if grouping != "clustered":
        chart.overlap = 100
    chart.gapWidth = 60
    for spec, colour in zip(series, colours, strict=False):
        s = Series(spec.values)
        s.tx = SeriesLabel(strRef=StrRef(f=spec.title_cell))
        s.graphicalProperties.solidFill = colour
        s.graphicalProperties.line.solidFill = colour
        chart.series.append(s)
    if categories is not None:  # text labels: a string reference (openpyxl's set_categories makes a number one)
        for s in chart.series:
            s.cat = AxDataSource(strRef=StrRef(f=str(categories)))
    _axes(chart, percent, value_title, categories is not None)
    if labels:
        label_format = PERCENT if percent else INTEGER
        chart.dataLabels = _labels(label_format)
        if grouping != "clustered":  # a zero segment has no width: no "0" floating at its edge
            for s, spec in zip(chart.series, series, strict=False):
                s.dLbls = _labels(label_format, _empty_points(spec.values))
    if len(series) > 1:
        chart.legend.position = "b"
    else:
        chart.legend = None
    count = _category_count(categories)
    clustered = len(series) if grouping == "clustered" else 1
    chart.height = max(5.0, 3.0 + count * (0.45 + 0.45 * clustered))
    chart.width = width  # type: ignore[assignment]  # types-openpyxl says int; openpyxl takes any number of cm
    return chart


def _labels(number_format: str, hidden: Sequence[int] = ()) -> DataLabelList:
    off = {"showVal": False, "showSerName": False, "showCatName": False, "showLegendKey": False, "showPercent": False}
    return DataLabelList(dLbl=[DataLabel(idx=i, **off) for i in hidden], numFmt=number_format, showVal=True,
                         showSerName=False, showCatName=False, showLegendKey=False, showPercent=False)


def _empty_points(values: Reference) -> list[int]:
    """Positions in a series whose cell is zero or empty."""
    assert isinstance(values.worksheet, Worksheet)  # the charts here point at cells of an ordinary sheet
    cells = values.worksheet.iter_rows(min_row=values.min_row, max_row=values.max_row, min_col=values.min_col,
                                       max_col=values.max_col, values_only=True)
    flat = [v for row in cells for v in row]
    return [i for i, v in enumerate(flat) if not isinstance(v, int | float) or v == 0]


def _title(text: str, size: int = 1200) -> Title:
    """A chart title in a moderate size (the default is large)."""
    props = CharacterProperties(sz=size, b=True)
    paragraph = Paragraph(pPr=ParagraphProperties(defRPr=props), r=[RegularTextRun(rPr=props, t=text)])
    return Title(tx=Text(rich=RichText(p=[paragraph])), overlay=False)


def _axes(chart: BarChart, percent: bool, value_title: str | None, has_categories: bool) -> None:
    chart.x_axis.delete = not has_categories
    chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # first row of the table at the top
    chart.y_axis.crosses = "max"  # keep the value axis at the bottom once the categories run downwards
    chart.y_axis.scaling.min = 0
    if percent:
        chart.y_axis.scaling.max = 1
        chart.y_axis.majorUnit = 0.2
        chart.y_axis.number_format = PERCENT
    else:
        chart.y_axis.number_format = INTEGER
    if value_title:
        chart.y_axis.title = value_title


def _category_count(categories: Reference | None) -> int:
    if categories is None:
        return 1
    return (categories.max_row - categories.min_row + 1) * (categories.max_col - categories.min_col + 1)


@dataclass(frozen=True)
class PointsSpec:
    """One series of a scatter chart: x values, y values and the cell holding its name."""

    x: Reference
    y: Reference
    title_cell: str


def scatter_chart(
    title: str, series: Sequence[PointsSpec], colours: Sequence[str], *, x_title: str, y_title: str,
    x_percent: bool = True, y_format: str = PERCENT, width: float = 18.0, height: float = 12.0,
) -> ScatterChart:
    """A scatter chart of markers only (no lines), one coloured series per group, pointing at cells."""
    chart = ScatterChart()
    chart.title = _title(title)
    chart.style = 13
    for spec, colour in zip(series, colours, strict=False):
        s = Series(spec.y, spec.x)
        s.tx = SeriesLabel(strRef=StrRef(f=spec.title_cell))
        s.marker = Marker(symbol="circle", size=9)
        s.marker.graphicalProperties = GraphicalProperties(solidFill=colour)
        s.marker.graphicalProperties.line.solidFill = colour
        s.graphicalProperties = GraphicalProperties()
        s.graphicalProperties.line.noFill = True
        chart.series.append(s)
    chart.x_axis.title = x_title
    chart.y_axis.title = y_title
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    if x_percent:
        assert isinstance(chart.x_axis, NumericAxis)  # ScatterChart makes a numeric x axis
        chart.x_axis.scaling.min = 0
        chart.x_axis.scaling.max = 1
        chart.x_axis.majorUnit = 0.2
        chart.x_axis.number_format = PERCENT
    chart.y_axis.scaling.min = 0
    chart.y_axis.number_format = y_format
    assert chart.legend is not None  # every new chart has one
    chart.legend.position = "b"
    chart.width, chart.height = width, height  # type: ignore[assignment]  # as in bar_chart: width in cm, any number
    return chart
