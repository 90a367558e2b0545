"""A survey compared with a benchmark, question by question, and its engagement index with the benchmark's.

    comparison = compare_with_benchmark(survey, "csps-2024-probation")
    comparison.to_dict()  # {"against", "source", "matched": [...], "unmatched": [...]}

Questions are paired by wording (:mod:`.matching`), the benchmark figure and the answers to count are
chosen by what the figure measures (:mod:`.measures`), the difference is tested (:mod:`.significance`)
and put in words (:mod:`.wording`). ``source`` names the benchmark's source and, for the CSPS figures,
carries the Open Government Licence attribution that must be shown with them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from feedback_gui.core.analysis.proportions import question_result
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.insight.benchmarks.decisions import BenchmarkDecisions
from feedback_gui.core.insight.benchmarks.matching import DEFAULT_THRESHOLD, BenchmarkMatch, match_benchmark
from feedback_gui.core.insight.benchmarks.measures import choose_row
from feedback_gui.core.insight.benchmarks.sets import BenchmarkSet, load_benchmark
from feedback_gui.core.insight.benchmarks.significance import index_test, is_significant, proportion_test
from feedback_gui.core.insight.benchmarks.wording import index_sentence, proportion_sentence
from feedback_gui.core.insight.indices import engagement_index
from feedback_gui.core.project import Project
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Survey

QUESTION, INDEX = "question", "index"


@dataclass(frozen=True)
class BenchmarkItem:
    """One survey figure beside its benchmark: the difference, its test and the sentence."""

    question: str
    benchmark_question: str
    benchmark_code: str
    similarity: float  # how alike the wordings are, 0..1 (1 for the same wording)
    proposed: bool  # paired by similar wording and not yet confirmed
    numerator: int | None  # None for an index
    denominator: int  # relevant respondents (respondents with a score, for an index)
    percent: float  # the survey's % (or index score), unrounded
    benchmark_percent: float
    difference_points: float  # percent - benchmark_percent, unrounded
    p_value: float | None
    significant: bool | None
    sentence: str
    question_id: str | None = None
    test: str | None = None
    counted: tuple[str, ...] = ()
    kind: str = QUESTION
    method: str = "text"

    def to_dict(self) -> dict:
        """JSON-ready form, exactly the keys of `feedback-gui benchmark --json`'s matched items."""
        return {"question": self.question, "benchmark_question": self.benchmark_question,
                "benchmark_code": self.benchmark_code, "similarity": self.similarity, "proposed": self.proposed,
                "numerator": self.numerator, "denominator": self.denominator, "percent": self.percent,
                "benchmark_percent": self.benchmark_percent, "difference_points": self.difference_points,
                "p_value": self.p_value, "significant": self.significant, "sentence": self.sentence}


@dataclass(frozen=True)
class Unmatched:
    """A survey question (or the engagement index) without a benchmark figure, and why."""

    question: str
    reason: str
    question_id: str | None = None

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"question": self.question, "reason": self.reason}


@dataclass(frozen=True)
class BenchmarkComparison:
    """Every comparison with one benchmark."""

    against: str
    label: str
    short_source: str
    source: str
    matched: tuple[BenchmarkItem, ...]
    unmatched: tuple[Unmatched, ...]
    alpha: float = 0.05

    @property
    def proposed(self) -> tuple[BenchmarkItem, ...]:
        """Matches awaiting the user's confirmation."""
        return tuple(m for m in self.matched if m.proposed)

    def to_dict(self) -> dict:
        """JSON-ready form: {"against", "source", "matched", "unmatched"}."""
        return {"against": self.against, "source": self.source, "matched": [m.to_dict() for m in self.matched],
                "unmatched": [u.to_dict() for u in self.unmatched]}


def compare_with_benchmark(
    survey: Survey, against: str | Path | BenchmarkSet, *, project: Project | None = None,
    settings: AnalysisSettings = DEFAULT_SETTINGS, threshold: float = DEFAULT_THRESHOLD,
) -> BenchmarkComparison:
    """Compare a survey with a benchmark (a built-in name, a CSV path or a loaded set).

    ``threshold`` (0-1]: the wording similarity at or above which a pair is proposed. Raises FeedbackError
    with a one-line reason for an unknown benchmark, an unreadable CSV or a threshold out of range.
    """
    if not 0.0 < threshold <= 1.0:
        raise FeedbackError(f"the similarity threshold must be above 0 and at most 1 (got {threshold})")
    benchmark = against if isinstance(against, BenchmarkSet) else load_benchmark(against)
    alpha = 1.0 - settings.confidence
    matched: list[BenchmarkItem] = []
    unmatched: list[Unmatched] = []
    _engagement(survey, benchmark, settings, alpha, matched, unmatched)
    pairs, left = match_benchmark(survey.questions, benchmark.question_rows, BenchmarkDecisions.from_project(project),
                                  threshold)
    by_id = {m.question.id: m for m in pairs}
    left_ids = {q.id for q in left}
    for question in survey.questions:
        if question.id in by_id:
            item = _compare(survey, by_id[question.id], benchmark, settings, alpha)
            if isinstance(item, Unmatched):
                unmatched.append(item)
            else:
                matched.append(item)
        elif question.id in left_ids:
            unmatched.append(Unmatched(question.text, "no benchmark question with this or similar wording",
                                       question.id))
    return BenchmarkComparison(benchmark.name, benchmark.label, benchmark.short_source, benchmark.source,
                               tuple(matched), tuple(unmatched), alpha)


def _compare(
    survey: Survey, match: BenchmarkMatch, benchmark: BenchmarkSet, settings: AnalysisSettings, alpha: float,
) -> BenchmarkItem | Unmatched:
    question = match.question
    chosen = choose_row(question, match.rows)
    if chosen is None:
        return Unmatched(question.text, f"matched {match.rows[0].code or match.rows[0].text!r}, but none of its "
                         "figures counts answers this question has", question.id)
    row, counted = chosen
    result = question_result(survey, question, counted=counted, settings=settings)
    headline = result.headline
    if headline is None or headline.denominator <= 0:
        return Unmatched(question.text, "nobody gave a relevant answer", question.id)
    x, n = headline.numerator, headline.denominator
    test = proportion_test(x, n, row.percent, row.respondents)
    significant = is_significant(test.p_value, alpha)
    sentence = proportion_sentence(x, n, question.text, counted, row.percent, benchmark.label,
                                   benchmark.short_source, significant)
    return BenchmarkItem(question.text, row.text, row.code, match.similarity, match.proposed, x, n,
                         headline.percent, row.percent, headline.percent - row.percent, test.p_value, significant,
                         sentence, question.id, test.test, counted, QUESTION, match.method)


def _engagement(
    survey: Survey, benchmark: BenchmarkSet, settings: AnalysisSettings, alpha: float,
    matched: list[BenchmarkItem], unmatched: list[Unmatched],
) -> None:
    index = engagement_index(survey, settings)
    if index is None:
        return
    row = benchmark.engagement
    if row is None:
        unmatched.append(Unmatched(index.name, "the benchmark has no engagement index"))
        return
    scores = index.respondent_scores
    test = index_test(scores, row.percent, row.respondents) if scores is not None else None
    significant = None if test is None else is_significant(test.p_value, alpha)
    sentence = index_sentence(index.name, index.score, index.respondents, row.percent, benchmark.label,
                              benchmark.short_source, significant)
    matched.append(BenchmarkItem(index.name, row.text, row.code, 1.0, False, None, index.respondents, index.score,
                                 row.percent, index.score - row.percent, None if test is None else test.p_value,
                                 significant, sentence, None, None if test is None else test.test, (), INDEX,
                                 "index"))
