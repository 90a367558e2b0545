"""The question sections: runs of questions sharing one set of answers on one chart, with their sentences.

The Excel export's plan is the starting point (a matrix's items share a sheet); runs of separate
questions on the same scale are then put together too, at most :data:`MAX_ITEMS` to a chart, so a survey
of sixty statements becomes ten readable slides rather than sixty.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from feedback_gui.core.analysis.proportions import QuestionResult
from feedback_gui.core.analysis.wording import confidence_text, or_list, percent_text
from feedback_gui.core.export.context import ExportContext
from feedback_gui.core.export.names import item_label, short_label
from feedback_gui.core.export.questions import MATRIX_TYPES, plan_sheets
from feedback_gui.core.report.chart_data import distribution_chart, options_chart
from feedback_gui.core.report.model import Card, Section, Table
from feedback_gui.core.report.wording import excluded_words, finding
from feedback_gui.core.survey import QuestionType

MAX_ITEMS = 6  # questions on one chart at most
TITLE_LENGTH = 90


def question_plan(ctx: ExportContext, types: frozenset[QuestionType] | None = None) -> list[list[QuestionResult]]:
    """The export's plan of question groups (of ``types``), with runs of questions on one scale joined."""
    merged: list[list[QuestionResult]] = []
    stems = {q.id: q.stem for q in ctx.survey.questions}
    for group in plan_sheets(ctx):
        if types is not None and group[0].type not in types:
            continue
        last = merged[-1] if merged else None
        if (last is not None and len(group) == 1 and not stems.get(group[0].id) and not _stemmed(last, stems)
                and _same_scale(last[-1], group[0])):
            last.append(group[0])
        else:
            merged.append(list(group))
    return merged


def split(group: list[QuestionResult]) -> list[list[QuestionResult]]:
    """A group cut into charts of at most :data:`MAX_ITEMS` questions, as even as they can be (7 -> 4 and 3)."""
    charts = math.ceil(len(group) / MAX_ITEMS)
    size = math.ceil(len(group) / charts)
    return [group[i:i + size] for i in range(0, len(group), size)]


def _stemmed(group: list[QuestionResult], stems: dict[str, str | None]) -> bool:
    return len(group) > 1 and bool(stems.get(group[0].id)) and stems.get(group[0].id) == stems.get(group[-1].id)


def _same_scale(a: QuestionResult, b: QuestionResult) -> bool:
    return a.type == b.type and a.type in MATRIX_TYPES and list(a.counts) == list(b.counts)


def group_title(group: Sequence[QuestionResult], stem: str | None) -> str:
    """A matrix's stem, a lone question's text, or what a run of questions has in common."""
    if stem and len(group) > 1:
        return stem
    if len(group) == 1:
        return group[0].text
    options = list(group[0].counts)
    if group[0].type == QuestionType.YES_NO:
        return "Questions answered yes or no"
    if group[0].type == QuestionType.LIKERT and len(options) >= 2:
        return f"Questions answered from “{options[0]}” to “{options[-1]}”"
    return f"Questions answered {or_list(options)}"


def question_sections(ctx: ExportContext, user_voice: bool, heading: str) -> list[Section]:
    """A section per chart of questions (and one per numeric question), in survey order."""
    stems = {q.id: q.stem for q in ctx.survey.questions}
    sections: list[Section] = []
    charts = []  # (questions, title, stem) of each chart
    for whole in question_plan(ctx, frozenset(QuestionType) - {QuestionType.DEMOGRAPHIC}):
        stem = stems.get(whole[0].id) if len(whole) > 1 else None
        charts += [(group, group_title(whole, stem), stem) for group in split(whole)]
    titles = _numbered([title for _, title, _ in charts])
    for (group, _, stem), title in zip(charts, titles, strict=True):
        sections.append(_section(group, title, stem, user_voice, heading if not sections else None))
    return sections


def _numbered(titles: list[str]) -> list[str]:
    """Each title once: a title that repeats (a long matrix split over charts, two runs of yes/no questions)
    gets "(1 of 3)", "(2 of 3)" …, so no two slides share a title."""
    totals = {t: titles.count(t) for t in titles}
    seen: dict[str, int] = {}
    out = []
    for t in titles:
        seen[t] = seen.get(t, 0) + 1
        out.append(f"{t} ({seen[t]} of {totals[t]})" if totals[t] > 1 else t)
    return out


def profile_sections(ctx: ExportContext, heading: str) -> list[Section]:
    """Who answered: one section per demographic question, its answers as bars."""
    out: list[Section] = []
    for group in question_plan(ctx, frozenset({QuestionType.DEMOGRAPHIC})):
        for result in group:
            if not result.relevant:
                continue
            out.append(Section("profile", result.text, options_chart(short_label(result.text, TITLE_LENGTH), result),
                               (_most_common(result),), (excluded_words(result),), _counts_table(result),
                               heading=heading if not out else None))
    return out


def _section(group: list[QuestionResult], title: str, stem: str | None, user_voice: bool,
             heading: str | None) -> Section:
    first = group[0]
    chart_title = short_label(title, TITLE_LENGTH)
    if first.type == QuestionType.NUMERIC:
        return Section("questions", title, None, (_numeric_sentence(first),), (), _numeric_table(first),
                       heading=heading)
    sentences = tuple(finding(r.headline.sentence, user_voice) if r.headline else _most_common(r) for r in group)
    notes = tuple(f"{short_label(r.text, TITLE_LENGTH)}: {excluded_words(r)}" if len(group) > 1
                  else excluded_words(r) for r in group)
    if first.type in MATRIX_TYPES:
        counted = first.headline.counted if first.headline else ()
        chart = distribution_chart(chart_title, [(item_label(r.text, stem), r) for r in group], counted) \
            if first.counts else None
        table = _headline_table(group, stem)
        figures = tuple(card(r, item_label(r.text, stem)) for r in group if r.headline is not None)
        return Section("questions", title, chart, sentences, notes, table, heading=heading, figures=figures)
    chart = options_chart(chart_title, first) if first.counts else None
    if first.type == QuestionType.MULTI_CHOICE:
        notes += ("Respondents could choose more than one answer, so the percentages add up to more than 100%; "
                  "the relevant respondents are those who chose at least one.",)
    figures = (card(first, first.text),) if first.headline is not None else ()
    return Section("questions", title, chart, sentences, notes, _counts_table(first), heading=heading,
                   figures=figures)


def card(result: QuestionResult, label: str) -> Card:
    """The headline card of a question that has a headline."""
    h = result.headline
    assert h is not None
    return Card(label, h.numerator, h.denominator, h.percent, h.ci95, h.sentence)


def _most_common(result: QuestionResult) -> str:
    if not result.relevant or not result.counts:
        return f"No one gave an answer to “{result.text}” that can be counted."
    option, n = max(result.counts.items(), key=lambda kv: kv[1])
    return (f"The most common answer to “{result.text}” was “{option}”: {n} out of {result.relevant} relevant "
            f"respondents ({percent_text(100 * n / result.relevant)}).")


def _headline_table(group: list[QuestionResult], stem: str | None) -> Table:
    rows = []
    for r in group:
        h = r.headline
        label = item_label(r.text, stem)
        if h is None:
            rows.append((label, "–", "–", str(r.relevant), "–", "–"))
            continue
        rows.append((label, or_list(h.counted), str(h.numerator), str(h.denominator), percent_text(h.percent),
                     f"{percent_text(h.ci95[0])} to {percent_text(h.ci95[1])}"))
    level = confidence_text(group[0].headline.confidence) if group[0].headline else confidence_text(0.95)
    return Table(("Question", "Counted answers", "Counted", "Relevant respondents", "%", f"{level} interval"),
                 tuple(rows))


def _counts_table(result: QuestionResult) -> Table:
    rows = [(option, str(n), percent_text(100 * n / result.relevant) if result.relevant else "–")
            for option, n in result.counts.items()]
    rows += [(f"{label} (not in the denominator)", str(n), "") for label, n in result.excluded.items() if n]
    return Table(("Answer", "Respondents", "% of relevant respondents"), tuple(rows))


def _numeric_sentence(result: QuestionResult) -> str:
    s = result.summary
    if not s:
        return f"No one gave a number in answer to “{result.text}”."
    return (f"{int(s['count'])} respondents gave a number in answer to “{result.text}”: the average (mean) was "
            f"{s['mean']:.1f} and the middle answer (median) {s['median']:g}, from {s['min']:g} to {s['max']:g}.")


def _numeric_table(result: QuestionResult) -> Table:
    s = result.summary
    rows = tuple((label.capitalize(), f"{s[label]:g}" if label != "mean" else f"{s[label]:.1f}")
                 for label in ("count", "mean", "median", "min", "max") if label in s)
    return Table(("Statistic", "Value"), rows)
