"""The briefing's content, independent of its format: what the slides and the document both say.

:func:`feedback_gui.core.report.content.briefing_content` fills a :class:`Briefing`; the PowerPoint and
Word writers only lay it out. Every figure a chart draws is in its :class:`ChartSpec`, and every chart
carries the alt text that states its headline, so both files say the same thing in the same words.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Series:
    """One series of a chart: its name, a value per category (None: nothing to draw) and its colour."""

    name: str
    values: tuple[float | None, ...]
    colour: str  # "0072B2"


@dataclass(frozen=True)
class ChartSpec:
    """A horizontal bar chart: categories run down, series across (side by side or stacked).

    With ``percent`` the values are fractions (0.73 is 73%) of the relevant respondents; otherwise counts.
    """

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    grouping: str  # "clustered" or "stacked"
    percent: bool
    alt_text: str  # what the chart shows, stating its headline (read by screen readers)
    value_title: str = ""


@dataclass(frozen=True)
class Card:
    """One headline card: the question, its figure and its sentence."""

    label: str  # the whole question (slides cut it to fit a card)
    numerator: int
    denominator: int
    percent: float  # 0-100, unrounded
    ci: tuple[float, float]  # percent
    sentence: str


@dataclass(frozen=True)
class Table:
    """A table of figures: headings and rows of text (figures already written as they are printed)."""

    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Section:
    """A part of the briefing: a slide (or a few) in the deck, a heading and its text in the document.

    ``sentences`` are the findings in full (bullets in the document, speaker notes in the deck);
    ``notes`` say what a figure leaves out (denominators, exclusions, suppression); ``quotes`` are
    redacted comments with the theme or question they illustrate.
    """

    key: str  # "questions", "breakdown", "waves", "benchmark", "themes", "profile", "needs"
    title: str
    chart: ChartSpec | None = None
    sentences: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    table: Table | None = None
    quotes: tuple[tuple[str, str], ...] = ()  # (what it illustrates, redacted quote)
    figures: tuple[Card, ...] = ()  # the headlines of the questions on the chart
    heading: str | None = None  # the document heading above a run of sections (None: same as the last)


@dataclass(frozen=True)
class Briefing:
    """Everything the pack says, in the order it says it."""

    title: str
    subtitle: str
    user_voice: bool
    respondents: int
    introduction: str
    cards: tuple[Card, ...]
    strengths: tuple[str, ...]
    improvements: tuple[str, ...]
    sorting_note: str  # how strengths and areas for improvement were chosen
    sections: tuple[Section, ...]
    methods: tuple[tuple[str, tuple[str, ...]], ...]  # (heading, paragraphs)
    suppressed: dict[str, list[str]] = field(default_factory=dict)  # question -> groups not shown
    notes: tuple[str, ...] = ()  # things the user should know about this pack
    level: str = "95%"  # the confidence level of every interval

    @property
    def charts(self) -> tuple[ChartSpec, ...]:
        """Every chart of the briefing, in order."""
        return tuple(s.chart for s in self.sections if s.chart is not None)
