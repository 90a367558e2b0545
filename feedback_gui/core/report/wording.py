"""The briefing in the inspectorate's register: "In our staff survey, 59 out of 81 respondents (73%) …".

HM Inspectorate of Probation writes figures as counts out of the relevant respondents with the
percentage beside them, lists strengths and areas for improvement as bullets, and says plainly what a
figure leaves out. The headline sentences themselves are the app's own (``Headline.sentence``), quoted
whole, so the pack, the window and the Excel export say the same thing.
"""

from __future__ import annotations

from collections.abc import Sequence

from feedback_gui.core.analysis.bands import RatingBands
from feedback_gui.core.analysis.breakdown import Breakdown, GroupFigure
from feedback_gui.core.analysis.proportions import QuestionResult
from feedback_gui.core.analysis.wording import or_list, percent_text, quantifier
from feedback_gui.core.schema.scales import top_boxes
from feedback_gui.core.survey import Question, QuestionType


def survey_phrase(user_voice: bool) -> str:
    """How the briefing names the survey: "our staff survey" or "the User Voice survey"."""
    return "the User Voice survey" if user_voice else "our staff survey"


def people(user_voice: bool) -> str:
    """Who answered: "people on probation" or "staff"."""
    return "people on probation" if user_voice else "staff"


def introduction(respondents: int, user_voice: bool, source: str) -> str:
    """The opening sentence: how many answered, and from which file."""
    who = people(user_voice) if respondents != 1 else ("person on probation" if user_voice else "member of staff")
    verb = "gave their views in" if user_voice else "responded to"
    return f"In total, {respondents} {who} {verb} {survey_phrase(user_voice)} (the file {source})."


def finding(sentence: str, user_voice: bool) -> str:
    """A headline sentence as the inspectorate opens it: "In our staff survey, 59 out of 81 …"."""
    return f"In {survey_phrase(user_voice)}, {sentence}"


def excluded_words(result: QuestionResult) -> str:
    """What the denominator leaves out: "Not in the denominator: 2 answered “Not applicable”; 1 left it blank."."""
    parts = [f"{n} answered “{label}”" for label, n in result.excluded.items() if n]
    if result.unanswered:
        parts.append(f"{result.unanswered} left it blank")
    if not parts:
        return f"Denominator: all {result.relevant} respondents answered."
    return f"Denominator: {result.relevant} relevant respondents. Not in the denominator: {'; '.join(parts)}."


def sortable(question: Question, result: QuestionResult) -> bool:
    """True for a rating scale whose counted answers are among its favourable end, so a high figure is good news.

    Yes/no and choice questions are never sorted: the app cannot tell whether "Yes" is good news (as for
    "My workload is manageable") or bad (as for experience of bullying).
    """
    h = result.headline
    if question.type != QuestionType.LIKERT or h is None:
        return False
    return set(h.counted) <= set(top_boxes(question.options, question.numeric_scale))


def strength_floor(bands: RatingBands) -> tuple[float, str]:
    """The lowest percentage that counts as a strength: the floor of the second-best band ("Good", 65%)."""
    floor, name = bands.bands[min(1, len(bands.bands) - 1)]
    return floor, name


def improvement_ceiling(bands: RatingBands) -> tuple[float, str]:
    """Below this percentage a finding is an area for improvement: the floor of the second-worst band (50%)."""
    floor, name = bands.bands[max(0, len(bands.bands) - 2)]
    return floor, name


def sorting_note(bands: RatingBands) -> str:
    """How strengths and areas for improvement were chosen, in a sentence."""
    high, good = strength_floor(bands)
    low, _ = improvement_ceiling(bands)
    return (f"Strengths are the rating-scale questions where at least {percent_text(high)} gave the favourable "
            f"answers (“{good}” or better on the inspectorate's rating bands); areas for improvement are those "
            f"below {percent_text(low)}. Yes/no and choice questions are reported in full below but not sorted, "
            "because a higher figure is not always better news.")


def theme_sentence(theme: dict, answered: int) -> str:
    """"24 out of 66 comments (36%), around a third, touched on workload: 15 negative, 4 positive, …"."""
    count = int(theme.get("count", 0))
    share = f" ({percent_text(100 * count / answered)}), {quantifier(count, answered)}," if answered else ""
    tone = ", ".join(f"{int(theme.get(k, 0))} {k}" for k in ("negative", "positive", "mixed", "neutral"))
    return f"{count} out of {answered} comments{share} touched on {str(theme.get('name', '')).lower()}: {tone}."


def group_words(figure: GroupFigure) -> str:
    """"Probation Officer: 10 out of 30 (33%)", or that the group's figure is not shown."""
    if figure.suppressed:
        return f"{figure.group}: not shown"
    if not figure.relevant or figure.numerator is None or figure.percent is None:
        return f"{figure.group}: no relevant answers"
    return f"{figure.group}: {figure.numerator} out of {figure.relevant} ({percent_text(figure.percent)})"


def breakdown_sentence(b: Breakdown) -> str:
    """One question by every group: "“My workload is manageable” (“Yes”): all respondents 33 out of 79 …"."""
    groups = "; ".join(group_words(g) for g in b.groups)
    return f"“{b.question_text}” ({or_list(b.counted)}): {group_words(b.total)}; {groups}."


def need_sentence(option: str, needed: int, unmet: int) -> str:
    """"Of the 20 who needed help with mental health, 12 (60%) did not receive it."""
    share = f" ({percent_text(100 * unmet / needed)})" if needed else ""
    return f"Of the {needed} who needed {option.lower()}, {unmet}{share} did not receive it."


def listing(items: Sequence[str]) -> str:
    """"a, b and c"."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
