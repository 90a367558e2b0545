"""The numbers each chart of the briefing draws, its colours and its alt text.

Colours are the Excel export's Okabe–Ito palette (safe for colour-blind readers): rating scales run from
blue (the favourable end) through grey to vermillion; unrelated series take the export's series colours.
Percentages are fractions of the relevant respondents (0.73 is 73%), the very figures of the headlines.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback_gui.core.analysis.proportions import QuestionResult
from feedback_gui.core.analysis.wording import or_list, percent_text
from feedback_gui.core.export.charts import BLUE, NEUTRAL, ORANGE, PURPLE, VERMILLION, scale_colours, series_colours
from feedback_gui.core.export.names import short_label
from feedback_gui.core.report.model import ChartSpec, Series
from feedback_gui.core.survey import QuestionType

PCT = "% of relevant respondents"
SENTIMENT_SERIES = (("Positive", "positive", BLUE), ("Neutral", "neutral", NEUTRAL), ("Mixed", "mixed", PURPLE),
                    ("Negative", "negative", VERMILLION))
LABEL_LENGTH = 60  # category labels are cut at a word boundary near this many characters


def favourable_first(options: Sequence[str], counted: Sequence[str]) -> bool:
    """True when the counted (favourable) answers sit in the first half of the scale's order."""
    positions = [list(options).index(c) for c in counted if c in options]
    if not positions or len(options) < 2:
        return True
    return sum(positions) / len(positions) <= (len(options) - 1) / 2


def _share(n: int, relevant: int) -> float | None:
    return n / relevant if relevant else None


def headline_words(result: QuestionResult) -> str:
    """"73% (59 out of 81) said “Strongly agree” or “Agree”" (empty for a question without a headline)."""
    h = result.headline
    if h is None:
        return ""
    return f"{percent_text(h.percent)} ({h.numerator} out of {h.denominator}) said {or_list(h.counted)}"


def distribution_chart(title: str, items: Sequence[tuple[str, QuestionResult]], counted: Sequence[str]) -> ChartSpec:
    """Each item's answers as one bar of segments (their shares of the item's relevant respondents).

    ``items`` are (label, result) pairs sharing one set of answers; ``counted`` are the answers in the headline.
    """
    options = list(items[0][1].counts)
    series = tuple(Series(option, tuple(_share(r.counts.get(option, 0), r.relevant) for _, r in items), colour)
                   for option, colour in zip(options, _option_colours(items[0][1], options, counted), strict=True))
    stated = "; ".join(f"{label}: {headline_words(r)}" for label, r in items if r.headline is not None)
    alt = f"Stacked bar chart, {title}. Each bar shows the answers as a share of the relevant respondents. " \
          + (f"{stated}." if stated else "No answer is counted in a headline.")
    return ChartSpec(title, tuple(short_label(label, LABEL_LENGTH) for label, _ in items), series, "stacked", True,
                     alt, PCT)


def _option_colours(result: QuestionResult, options: list[str], counted: Sequence[str]) -> list[str]:
    if result.type == QuestionType.LIKERT:
        return scale_colours(len(options), favourable_first(options, counted))
    return series_colours(len(options))


def options_chart(title: str, result: QuestionResult) -> ChartSpec:
    """One bar per answer of a choice or multi-select question (share of the relevant respondents)."""
    options = list(result.counts)
    values = tuple(_share(result.counts[o], result.relevant) for o in options)
    shares = "; ".join(f"{o}: {percent_text(100 * v)} ({result.counts[o]})" for o, v in zip(options, values,
                                                                                          strict=True) if v is not None)
    several = " Respondents could choose more than one answer." if result.type == QuestionType.MULTI_CHOICE else ""
    alt = (f"Bar chart, {title}, share of the {result.relevant} relevant respondents giving each answer.{several} "
           + (f"Headline: {headline_words(result)}. " if result.headline else "") + f"{shares}.")
    return ChartSpec(title, tuple(short_label(o, LABEL_LENGTH) for o in options), (Series(PCT, values, BLUE),),
                     "clustered", True, alt, PCT)


def grouped_chart(title: str, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]],
                  alt_text: str, *, percent: bool = True, colours: Sequence[str] | None = None) -> ChartSpec:
    """Bars side by side: one cluster per category, one bar per series (groups, waves, us and a benchmark)."""
    chosen = list(colours) if colours is not None else series_colours(len(series))
    return ChartSpec(title, tuple(short_label(c, LABEL_LENGTH) for c in categories),
                     tuple(Series(name, tuple(values), colour) for (name, values), colour in zip(series, chosen,
                                                                                                 strict=True)),
                     "clustered", percent, alt_text, PCT if percent else "Respondents")


def themes_chart(themes: Sequence[dict]) -> ChartSpec:
    """Comments per theme, stacked by sentiment (counts)."""
    names = [str(t.get("name", "")) for t in themes]
    series = tuple(Series(label, tuple(float(t.get(key, 0)) for t in themes), colour)
                   for label, key, colour in SENTIMENT_SERIES)
    said = "; ".join(f"{n}: {t.get('count', 0)} comments, {t.get('negative', 0)} negative, "
                     f"{t.get('positive', 0)} positive" for n, t in zip(names, themes, strict=True))
    alt = f"Stacked bar chart of comments by theme and sentiment. {said}."
    return ChartSpec("Comments by theme and sentiment", tuple(short_label(n, LABEL_LENGTH) for n in names), series,
                     "stacked", False, alt, "Comments")


WAVE_COLOURS = (ORANGE, BLUE)  # then, now: as the Excel export's Waves chart
