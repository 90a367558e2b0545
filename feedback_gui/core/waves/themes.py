"""Comment themes then vs now: for a matched free-text question, each theme's share and average sentiment.

Both waves are analysed with the same codebook (given, or chosen from both waves' comments), through
:func:`feedback_gui.core.comments.analyse_comments` (redaction on by default, theme discovery off). A
theme's share is the percentage of answered comments that mention it; its sentiment the mean VADER
compound score (-1 to +1) of those comments. No significance test is made: one comment can carry
several themes, so shares are not independent proportions.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import fmean

from feedback_gui.core.analysis.counting import text_answers
from feedback_gui.core.comments import CommentAnalysis, CommentInput, analyse_comments, choose_codebook
from feedback_gui.core.comments.codebook import Codebook
from feedback_gui.core.progress import ProgressFn, no_progress, sub_progress
from feedback_gui.core.survey import Question, Survey
from feedback_gui.core.waves.matching import QuestionMatch


@dataclass(frozen=True)
class ThemeFigure:
    """One theme in one wave: comments mentioning it, their share (percent) and mean sentiment."""

    comments: int
    share: float
    sentiment: float | None  # None when no comment mentions the theme

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"comments": self.comments, "share": self.share, "sentiment": self.sentiment}


@dataclass(frozen=True)
class ThemeShift:
    """A theme then and now."""

    theme: str
    then: ThemeFigure
    now: ThemeFigure

    @property
    def change_points(self) -> float:
        """Change in the theme's share of comments, in percentage points."""
        return self.now.share - self.then.share

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"theme": self.theme, "then": self.then.to_dict(), "now": self.now.to_dict(),
                "change_points": self.change_points}


@dataclass(frozen=True)
class ThemeComparison:
    """A matched free-text question's themes in both waves, most-mentioned now first."""

    waves: tuple[str, str]
    match: QuestionMatch
    codebook: str
    then_comments: int  # answered comments (non-answers such as "n/a" left out)
    now_comments: int
    themes: tuple[ThemeShift, ...]

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"waves": list(self.waves), **self.match.to_dict(), "codebook": self.codebook,
                "then_comments": self.then_comments, "now_comments": self.now_comments,
                "themes": [t.to_dict() for t in self.themes]}


def _inputs(survey: Survey, question: Question) -> list[CommentInput]:
    answers = text_answers(survey, question)
    return [CommentInput(int(row), question.text, str(text)) for row, text in zip(answers.index, answers, strict=True)]


def _figures(analysis: CommentAnalysis) -> tuple[int, dict[str, ThemeFigure]]:
    answered = [c for c in analysis.comments if c.answered]
    out = {}
    for name in analysis.codebook.theme_names:
        scores = [c.sentiment.compound for c in answered if c.themes.strength(name)]
        share = 100.0 * len(scores) / len(answered) if answered else 0.0
        out[name] = ThemeFigure(len(scores), share, fmean(scores) if scores else None)
    return len(answered), out


def compare_themes(
    old: Survey, new: Survey, match: QuestionMatch, waves: tuple[str, str], codebook: Codebook | None = None,
    redact: bool = True, progress: ProgressFn = no_progress,
) -> ThemeComparison:
    """Theme shares and average sentiment of a matched free-text question in both waves."""
    if not match.free_text:
        raise ValueError(f"{match.new.text!r} is not free text in both waves")
    before, after = _inputs(old, old.question(match.old.id)), _inputs(new, new.question(match.new.id))
    if codebook is None:
        codebook = choose_codebook([match.new.text] + [c.text for c in before + after])
    then = analyse_comments(before, codebook, redact=redact, discover=False, progress=sub_progress(progress, 0, 0.5))
    now = analyse_comments(after, codebook, redact=redact, discover=False, progress=sub_progress(progress, 0.5, 1))
    then_n, then_figures = _figures(then)
    now_n, now_figures = _figures(now)
    shifts = [ThemeShift(name, then_figures[name], now_figures[name]) for name in codebook.theme_names]
    shifts.sort(key=lambda s: (-s.now.comments, -s.then.comments, s.theme))
    return ThemeComparison(waves, match, codebook.name, then_n, now_n, tuple(shifts))
