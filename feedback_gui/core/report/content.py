"""The briefing's content from a survey and its results: cards, summary, sections and methods, in order."""

from __future__ import annotations

import datetime

from feedback_gui.core.analysis.wording import confidence_text, percent_text
from feedback_gui.core.comments import USER_VOICE
from feedback_gui.core.comments.inputs import codebook_for, comment_inputs
from feedback_gui.core.export.context import ExportContext
from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.report.benchmark import BenchmarkComparison, benchmark_sections
from feedback_gui.core.report.extras import breakdown_sections, needs_sections, theme_sections, waves_sections
from feedback_gui.core.report.methods import methods
from feedback_gui.core.report.model import Briefing, Card, Section
from feedback_gui.core.report.questions import card, profile_sections, question_sections
from feedback_gui.core.report.wording import (
    finding,
    improvement_ceiling,
    introduction,
    people,
    sortable,
    sorting_note,
    strength_floor,
)
from feedback_gui.core.survey import QuestionType, Survey

LISTED = 5  # strengths and areas for improvement named in the summary, each


def is_user_voice(survey: Survey) -> bool:
    """True when the app reads the survey as a User Voice survey (the Comments panel's rule)."""
    return codebook_for(survey, comment_inputs(survey)).kind == USER_VOICE


def default_title(survey: Survey, user_voice: bool) -> str:
    """"Staff survey 2024: what staff told us"."""
    name = " ".join(survey.name.replace("_", " ").split()) or "Survey"
    return f"{name[:1].upper()}{name[1:]}: what {people(user_voice)} told us"


def briefing_content(
    ctx: ExportContext, *, user_voice: bool, title: str | None = None,
    benchmark: BenchmarkComparison | dict | None = None, progress: ProgressFn = no_progress,
) -> Briefing:
    """Everything the pack says, from an export context whose results, comments and waves are filled in."""
    survey = ctx.survey
    results = [r for r in ctx.headline_results if r.type != QuestionType.DEMOGRAPHIC]
    questions = {q.id: q for q in survey.questions}
    ranked = sorted((r.headline for r in results if r.headline and sortable(questions[r.id], r)),
                    key=lambda h: -h.percent)
    high, _ = strength_floor(ctx.settings.bands)
    low, _ = improvement_ceiling(ctx.settings.bands)
    strengths = [finding(h.sentence, user_voice) for h in ranked if h.percent >= high][:LISTED]
    improvements = [finding(h.sentence, user_voice) for h in reversed(ranked) if h.percent < low][:LISTED]
    progress(0.2)
    profile = profile_sections(ctx, "Who responded")
    sections: list[Section] = profile if user_voice else []
    sections += question_sections(ctx, user_voice, "Feedback from people on probation" if user_voice else "Findings")
    progress(0.4)
    sections += breakdown_sections(ctx)
    progress(0.7)
    sections += waves_sections(ctx.waves)
    bench = benchmark_sections(benchmark, survey.name)
    sections += bench
    sections += theme_sections(ctx.comments, ctx.redact, "What people on probation said" if user_voice
                               else "What staff said")
    if user_voice:
        sections += needs_sections(ctx)
    else:
        sections += profile
    progress(1.0)
    today = datetime.date.today()
    return Briefing(
        title=title.strip() if title and title.strip() else default_title(survey, user_voice),
        subtitle=f"{survey.respondents} respondents · {survey.source.name} · {today.day} {today:%B %Y}",
        user_voice=user_voice, respondents=survey.respondents,
        introduction=introduction(survey.respondents, user_voice, survey.source.name),
        cards=tuple(card(r, r.text) for r in results), strengths=tuple(strengths), improvements=tuple(improvements),
        sorting_note=sorting_note(ctx.settings.bands), sections=tuple(sections),
        methods=methods(ctx, bench[0].notes if bench else ()), suppressed=dict(ctx.suppressed),
        notes=tuple(ctx.notes), level=confidence_text(ctx.settings.confidence))


def card_caption(figure: Card) -> str:
    """"59 out of 81 · interval 62–81%"."""
    low, high = percent_text(figure.ci[0]), percent_text(figure.ci[1])
    return f"{figure.numerator} out of {figure.denominator} · interval {low}–{high}"
