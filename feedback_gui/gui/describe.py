"""Words shown in the window: type names, the layout found, figures and their explanations.

Formatting only: every number here comes from a core result.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from feedback_gui.core.analysis.breakdown import GroupFigure
from feedback_gui.core.analysis.proportions import Headline, QuestionResult
from feedback_gui.core.analysis.wording import confidence_text, or_list, percent_text
from feedback_gui.core.survey import Confidence, InferenceNote, Layout, Question, QuestionType

TYPE_NAMES: dict[QuestionType, str] = {
    QuestionType.LIKERT: "Rating scale",
    QuestionType.NPS: "Recommend 0–10 (NPS)",
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
PROPOSED_MARK = "⚑"  # a match made from similar wording, awaiting the user's check (waves, benchmarks)


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


def span_text(low: float, high: float) -> str:
    """An interval of percentages: '62–81%'."""
    return f"{percent_text(low)[:-1]}–{percent_text(high)}"


def ci_label(confidence: float = 0.95) -> str:
    """The heading of an interval column at this confidence level: '95% CI', '90% CI'."""
    return f"{confidence_text(confidence)} CI"


def ci_text(low: float, high: float, confidence: float = 0.95) -> str:
    """'95% CI 62–81%' (the level is the one the interval was computed at)."""
    return f"{ci_label(confidence)} {span_text(low, high)}"


def interval_text(headline: Headline) -> str:
    """'95% CI 62–81%', at the headline's own confidence level."""
    return ci_text(*headline.ci95, headline.confidence)


def headline_text(headline: Headline) -> str:
    """'59 out of 81 · 73%'."""
    return f"{figure_text(headline)} · {percent_text(headline.percent)}"


def excluded_sentences(excluded: Mapping[str, int], verb: str = "counted") -> list[str]:
    """'2 answered “Not applicable” and are not counted.', one sentence per answer left out (none for 0)."""
    return [f"{n:,} answered “{label}” and {'is' if n == 1 else 'are'} not {verb}."
            for label, n in excluded.items() if n]


def who_counts(relevant: int, respondents: int, excluded: Mapping[str, int], unanswered: int) -> str:
    """'50 relevant respondents of 81. 31 answered “Not applicable” and are not counted.' (and who left it blank)."""
    parts = [f"{plural(relevant, 'relevant respondent')} of {respondents:,}.", *excluded_sentences(excluded)]
    if unanswered:
        parts.append(f"{unanswered:,} left it blank.")
    return " ".join(parts)


def denominator_note(result: QuestionResult) -> str:
    """Who is in the denominator and who is not, in one or two sentences."""
    return who_counts(result.relevant, result.respondents, result.excluded, result.unanswered)


def counted_out_of(numerator: int, denominator: int, counted: Sequence[str], percent: float,
                   ci: tuple[float, float] | None, confidence: float = 0.95) -> str:
    """'59 answered “Strongly agree” or “Agree” out of 81 relevant respondents (73%; 95% CI 62–81%).'"""
    interval = f"; {ci_text(*ci, confidence)}" if ci is not None else ""
    return (f"{numerator:,} answered {or_list(counted)} out of {denominator:,} relevant respondents "
            f"({percent_text(percent)}{interval}).")


def figure_tooltip(result: QuestionResult) -> str:
    """The numerator, the denominator and what was excluded: the tooltip of every headline figure."""
    h = result.headline
    if h is None:
        return denominator_note(result)
    return (f"{counted_out_of(h.numerator, h.denominator, h.counted, h.percent, h.ci95, h.confidence)}\n"
            f"{denominator_note(result)}")


def option_tooltip(result: QuestionResult, answer: str, n: int) -> str:
    """One answer's count explained: its share of the relevant respondents, or why it is not in the denominator."""
    if answer in result.excluded:
        return f"{n:,} answered “{answer}”: not in the denominator, so not counted.\n{denominator_note(result)}"
    share = f" ({percent_text(result.percentages[answer])})" if result.relevant and answer in result.counts else ""
    counted = result.headline is not None and answer in result.headline.counted
    role = " Counted in the headline." if counted else ""
    return (f"{n:,} of {plural(result.relevant, 'relevant respondent')} answered “{answer}”{share}.{role}\n"
            f"{denominator_note(result)}")


def group_tooltip(figure: GroupFigure, counted: Sequence[str], threshold: int) -> str:
    """A breakdown group's figures: numerator, denominator (relevant respondents) and who was left out."""
    if figure.suppressed:
        return (f"{figure.group}: not shown, because the group has fewer than {threshold} relevant respondents, "
                "or its figure would let a small group's be worked out.")
    relevant = figure.relevant or 0
    if figure.numerator is not None and figure.percent is not None and counted:
        line = counted_out_of(figure.numerator, relevant, counted, figure.percent, figure.ci95, figure.confidence)
    elif counted:
        line = "no relevant respondents, so no percentage."
    else:
        line = "no counted answers: tick the counted answers to see a percentage."
    who = who_counts(relevant, figure.respondents, figure.excluded or {}, figure.unanswered)
    return f"{figure.group}: {line}\n{who}"


def match_status_text(status: str, how: str) -> str:
    """A match's status in a table cell: '⚑ proposed', '✓ confirmed', else how it was made ('same wording')."""
    return {"proposed": f"{PROPOSED_MARK} proposed", "confirmed": "✓ confirmed"}.get(status, how)


def match_status_sentence(status: str, how: str, similarity: float) -> str:
    """A match's status in words: 'proposed, wording 92% alike', 'confirmed by you, …', else how it was made."""
    alike = f"wording {percent_text(100 * similarity)} alike"
    return {"proposed": f"proposed, {alike}", "confirmed": f"confirmed by you, {alike}"}.get(status, how)


def options_text(options: tuple[str, ...], excluded: tuple[str, ...] = (), limit: int = 6) -> str:
    """Answer options joined for a table cell, excluded ones marked."""
    shown = list(options[:limit]) + (["…"] if len(options) > limit else [])
    text = " · ".join(shown)
    if excluded:
        text += f"  (not counted: {', '.join(excluded)})"
    return text


# --- why a question has its type (the importer's call, or the user's) ---------------------------------

CONFIDENCE_NAMES = {Confidence.LOW: "Low", Confidence.MEDIUM: "Medium", Confidence.HIGH: "High"}
CHOSEN = "Your choice"  # the confidence shown for a type the user chose
_CONFIDENCE_MEANING = {
    Confidence.LOW: "Low confidence: the app is unsure of this type",
    Confidence.MEDIUM: "Medium confidence: the app is fairly sure of this type",
    Confidence.HIGH: "High confidence: the app is sure of this type",
}
_NOT_RECORDED = InferenceNote("not recorded", Confidence.LOW)


def importer_note(question: Question) -> InferenceNote:
    """The importer's call on a question, even when the user has since chosen another type."""
    return question.inference or _NOT_RECORDED


def confidence_name(question: Question) -> str:
    """The confidence of a question's type in a word: "Low", "Medium", "High", or "Your choice"."""
    if question.overridden:
        return CHOSEN
    return CONFIDENCE_NAMES[Confidence(question.inference_note.confidence)]


def confidence_meaning(question: Question) -> str:
    """What the confidence means, as a sentence (for screen readers and tooltips)."""
    if question.overridden:
        return "Your choice: this type is used, and saved in the project"
    return _CONFIDENCE_MEANING[Confidence(question.inference_note.confidence)]


def _sentence_case(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def type_reason(question: Question) -> str:
    """Why a question has its type, in plain words: the importer's reason ("Joined by ', ' in 1,797 answers;
    14 options found"), or "Chosen by the user" with what the importer had read."""
    note = importer_note(question)
    if question.overridden and question.inferred_type is not None:
        return f"Chosen by the user; the app read it as {type_name(question.inferred_type)} ({note.reason.rstrip('.')})"
    return _sentence_case(note.reason.rstrip("."))


def why_text(question: Question) -> str:
    """A question's type explained in a line ("Why this type: … Medium confidence: …"), with where to change it
    when the app is unsure."""
    text = f"Why this type: {type_reason(question)}. {confidence_meaning(question)}."
    if not question.overridden and question.inference_note.confidence != Confidence.HIGH:
        text += " Check it: if it is wrong, choose another in Survey → Question types… (Ctrl+T)."
    return text
