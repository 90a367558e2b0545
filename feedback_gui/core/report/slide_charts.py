"""Native PowerPoint charts from a :class:`ChartSpec`: their data opens in Excel from "Edit Data".

Each chart is a python-pptx chart object (its figures sit in a small workbook inside the deck), drawn as
horizontal bars with the first category at the top, in the spec's Okabe–Ito colours, and carries the
spec's alt text in its ``descr`` attribute, which PowerPoint shows as the chart's alt text.
"""

from __future__ import annotations

from typing import Any, cast

from pptx.chart.data import CategoryChartData
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION
from pptx.slide import Slide
from pptx.util import Inches, Pt

from feedback_gui.core.report.deck import FONT, INK, MUTED, RULE, emu, rgb
from feedback_gui.core.report.model import ChartSpec

PERCENT = "0%"
STACKED_LABELS = '[<0.045]"";0%'  # a segment under about 5% is too narrow for its label
COUNT = "0"
_DARK = {"0072B2", "D55E00", "009E73", "CC79A7", "000000", "52606D"}  # fills that need white labels


def add_chart(slide: Slide, spec: ChartSpec, left: float, top: float, width: float, height: float) -> Any:
    """Draw ``spec`` as a native chart on ``slide``; returns the chart's graphic frame."""
    data = CategoryChartData(number_format=PERCENT if spec.percent else COUNT)
    data.categories = list(spec.categories)
    for series in spec.series:
        data.add_series(series.name, list(series.values))
    kind = XL_CHART_TYPE.BAR_STACKED if spec.grouping == "stacked" else XL_CHART_TYPE.BAR_CLUSTERED
    frame: Any = slide.shapes.add_chart(kind, emu(left), emu(top), emu(width), emu(height), cast(Any, data))
    chart = frame.chart
    chart.font.name = FONT
    chart.font.size = Pt(11)
    chart.font.color.rgb = rgb(INK)
    chart.has_title = True
    chart.chart_title.text_frame.text = spec.title
    title_font = chart.chart_title.text_frame.paragraphs[0].runs[0].font
    title_font.size, title_font.bold = Pt(13), True
    _axes(chart, spec)
    _series(chart, spec)
    chart.has_legend = len(spec.series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(11)
    describe(frame, spec.alt_text, spec.title)
    return frame


def chart_height(spec: ChartSpec, available: int) -> int:
    """A height that suits the chart's bars: a lone bar is not stretched over the whole slide."""
    bars = len(spec.series) if spec.grouping == "clustered" else 1
    per_category = Inches(0.22) * bars + Inches(0.3)
    legend = Inches(0.45) if len(spec.series) > 1 else 0
    return int(min(available, max(Inches(2.6), Inches(1.2) + legend + per_category * len(spec.categories))))


def describe(frame, alt_text: str, title: str) -> None:  # noqa: ANN001 - a python-pptx GraphicFrame
    """Give a chart (or any graphic frame) its alt text: ``descr`` (and ``title``) of its cNvPr."""
    c_nv_pr = frame._element.nvGraphicFramePr.cNvPr  # noqa: SLF001 - python-pptx has no alt-text API
    c_nv_pr.set("descr", alt_text)
    c_nv_pr.set("title", title)


def _axes(chart, spec: ChartSpec) -> None:  # noqa: ANN001
    categories = chart.category_axis
    categories.reverse_order = True  # first category at the top, as in the table
    categories.tick_labels.font.size = Pt(11)
    categories.format.line.color.rgb = rgb(RULE)
    categories.has_major_gridlines = False
    values = chart.value_axis
    values.minimum_scale = 0
    if spec.percent:
        values.maximum_scale = 1.0
        values.major_unit = 0.2
    values.tick_labels.number_format = PERCENT if spec.percent else COUNT
    values.tick_labels.number_format_is_linked = False
    values.tick_labels.font.size = Pt(10)
    values.tick_labels.font.color.rgb = rgb(MUTED)
    values.has_major_gridlines = True
    values.major_gridlines.format.line.color.rgb = rgb(RULE)
    values.format.line.fill.background()
    # With the categories reversed, keep the value axis at the bottom: it crosses at the last category.
    crosses = chart._chartSpace.xpath(".//c:valAx/c:crosses")  # noqa: SLF001
    for element in crosses:
        element.set("val", "max")


def _series(chart, spec: ChartSpec) -> None:  # noqa: ANN001
    plot = chart.plots[0]
    plot.gap_width = 60
    if spec.grouping == "stacked":
        plot.overlap = 100
    else:
        plot.overlap = -10 if len(spec.series) > 1 else 0
    number_format = (STACKED_LABELS if spec.percent else COUNT) if spec.grouping == "stacked" else \
        (PERCENT if spec.percent else COUNT)
    for series, data in zip(plot.series, spec.series, strict=True):
        series.format.fill.solid()
        series.format.fill.fore_color.rgb = rgb(data.colour)
        series.invert_if_negative = False
        labels = series.data_labels
        labels.show_value = True
        labels.number_format = number_format
        labels.number_format_is_linked = False
        labels.font.size = Pt(10)
        if spec.grouping == "stacked":
            labels.position = XL_LABEL_POSITION.CENTER
            labels.font.color.rgb = rgb("FFFFFF" if data.colour.upper() in _DARK else INK)
        else:
            labels.position = XL_LABEL_POSITION.OUTSIDE_END
            labels.font.color.rgb = rgb(INK)
    if spec.grouping == "stacked" and not spec.percent:
        for element in chart._chartSpace.xpath(".//c:dLbls/c:numFmt"):  # noqa: SLF001 - hide zero counts
            element.set("formatCode", '0;;""')
