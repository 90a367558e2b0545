"""Words shown in the window: type names, the layout found, figures and their explanations.

Formatting only: every number here comes from a core result.
"""

from __future__ import annotations

from feedback_gui.core.analysis.proportions import Headline, QuestionResult
from feedback_gui.core.analysis.wording import or_list, percent_text
from feedback_gui.core.survey import Layout, QuestionType

TYPE_NAMES: dict[QuestionType, str] = {
    QuestionType.LIKERT: "Rating scale",
    QuestionType.YES_NO: "Yes / No",
    QuestionType.SINGLE_CHOICE: "Single choice",
    QuestionType.MULTI_CHOICE: "Multiple choice",
    QuestionType.FREE_TEXT: "Free text",
    QuestionType.NUMERIC: "Number",
    QuestionType.DATE: "Date",
    QuestionType.DEMOGRAPHIC: "Demographic",
    QuestionType.METADATA: "Metadata (not reported)",
}

_TOOLS = {
    "single header": "One header row",
    "qualtrics": "Qualtrics",
    "surveymonkey": "SurveyMonkey",
    "grouped header": "Grouped header",
    "spss": "SPSS data file",
}

NO_FIGURE = "–"  # shown in a suppressed cell


def type_name(kind: QuestionType | str) -> str:
    """A question type as users read it ("Yes / No")."""
    return TYPE_NAMES.get(QuestionType(kind), str(kind))


def plural(n: int, word: str, many: str | None = None) -> str:
    """'1 respondent', '81 respondents'."""
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def layout_text(layout: Layout) -> str:
    """What the importer found, e.g. 'SurveyMonkey, 2 header rows · sheet “Responses” · 3 title rows above'."""
    tool = _TOOLS.get(layout.tool, layout.tool.capitalize())
    parts = [tool if layout.tool in ("single header", "spss")
             else f"{tool}, {plural(layout.header_rows, 'header row')}"]
    if layout.sheet and len(layout.sheets) > 1:
        parts.append(f"sheet “{layout.sheet}” of {len(layout.sheets)}")
    elif layout.sheet:
        parts.append(f"sheet “{layout.sheet}”")
    if layout.skipped_top_rows:
        parts.append(f"{plural(layout.skipped_top_rows, 'row')} above the header skipped")
    if layout.dropped_bottom_rows:
        parts.append(f"{plural(layout.dropped_bottom_rows, 'note row')} below the data skipped")
    if layout.encoding:
        parts.append(layout.encoding)
    return " · ".join(parts)


def figure_text(headline: Headline) -> str:
    """'59 out of 81'."""
    return f"{headline.numerator} out of {headline.denominator}"


def interval_text(headline: Headline) -> str:
    """'95% CI 62–81%'."""
    low, high = headline.ci95
    return f"95% CI {percent_text(low)[:-1]}–{percent_text(high)}"


def headline_text(headline: Headline) -> str:
    """'59 out of 81 · 73%'."""
    return f"{figure_text(headline)} · {percent_text(headline.percent)}"


def denominator_note(result: QuestionResult) -> str:
    """Who is in the denominator and who is not, in one or two sentences."""
    parts = [f"{plural(result.relevant, 'relevant respondent')} of {result.respondents:,}."]
    for label, n in result.excluded.items():
        if n:
            parts.append(f"{n:,} answered “{label}” and {'is' if n == 1 else 'are'} not counted.")
    if result.unanswered:
        parts.append(f"{result.unanswered:,} left it blank.")
    return " ".join(parts)


def figure_tooltip(result: QuestionResult) -> str:
    """The numerator, the denominator and what was excluded: the tooltip of every headline figure."""
    headline = result.headline
    if headline is None:
        return denominator_note(result)
    counted = or_list(headline.counted)
    return (f"{headline.numerator:,} answered {counted} out of {headline.denominator:,} relevant respondents "
            f"({percent_text(headline.percent)}; {interval_text(headline)}).\n{denominator_note(result)}")


def options_text(options: tuple[str, ...], excluded: tuple[str, ...] = (), limit: int = 6) -> str:
    """Answer options joined for a table cell, excluded ones marked."""
    shown = list(options[:limit]) + (["…"] if len(options) > limit else [])
    text = " · ".join(shown)
    if excluded:
        text += f"  (not counted: {', '.join(excluded)})"
    return text
