"""The comment analysis in one call: redaction, sentiment, themes, quotes and theme discovery.

Blank answers are dropped. Non-answers ("n/a", "none", "nothing", "no comment") stay in the
comment list, marked ``answered: false`` with a neutral label, but count in no sentiment or theme
figure, quote, word cloud or discovery. User corrections ({comment key: label}) override the
analyser's label; keys are ``comment_key(row, question)`` strings, ``(row, question)`` tuples or rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from feedback_gui.core.comments.cloud import WordCloudData, cloud_terms
from feedback_gui.core.comments.codebook import Codebook
from feedback_gui.core.comments.discovery import DiscoveredTheme, discover_themes
from feedback_gui.core.comments.redaction import KINDS
from feedback_gui.core.comments.sentiment import LABELS, NO_SENTIMENT, Sentiment, apply_correction, correction_for
from feedback_gui.core.comments.summaries import ThemeSummary, summarise_themes
from feedback_gui.core.comments.text import is_non_answer
from feedback_gui.core.comments.themes import NO_THEMES, ThemeMatch
from feedback_gui.core.progress import ProgressFn, no_progress, sub_progress

Corrections = Mapping[object, str]


def comment_key(row: int, question: str) -> str:
    """The key under which a user's correction of one comment is saved."""
    return f"{row}:{question}"


@dataclass(frozen=True)
class CommentInput:
    """One free-text answer: the respondent's row, the question and the text."""

    row: int
    question: str
    text: str


@dataclass(frozen=True)
class CommentResult:
    """One analysed comment (``text`` is redacted unless redaction was turned off)."""

    row: int
    question: str
    text: str
    sentiment: Sentiment
    themes: ThemeMatch = NO_THEMES
    answered: bool = True

    @property
    def key(self) -> str:
        """Key for corrections (see :func:`comment_key`)."""
        return comment_key(self.row, self.question)

    def to_dict(self) -> dict[str, object]:
        """JSON form as the command line prints it."""
        return {
            "row": self.row, "question": self.question, "text": self.text,
            "sentiment": self.sentiment.to_dict(), "themes": list(self.themes.themes),
            "answered": self.answered, "corrected": self.sentiment.corrected,
        }


@dataclass(frozen=True)
class CommentAnalysis:
    """Everything the Comments panel and the command line show."""

    comments: tuple[CommentResult, ...]
    themes: tuple[ThemeSummary, ...]
    discovered: tuple[DiscoveredTheme, ...]  # members index ``comments``
    redactions: dict[str, int]
    codebook: Codebook
    redacted: bool = True
    sentiment_counts: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        """JSON form: comments (input order), themes, discovered themes and redaction counts."""
        answered = sum(c.answered for c in self.comments)
        return {
            "codebook": self.codebook.name,
            "summary": {"comments": len(self.comments), "answered": answered,
                        "non_answers": len(self.comments) - answered, **self.sentiment_counts},
            "comments": [c.to_dict() for c in self.comments],
            "themes": [t.to_dict() for t in self.themes],
            "discovered": [d.to_dict() for d in self.discovered],
            "redactions": dict(self.redactions),
        }

    def word_cloud(
        self, *, theme: str | None = None, sentiment: str | None = None, max_terms: int = 120
    ) -> WordCloudData:
        """Words and phrases of the answered comments (optionally of one theme and/or sentiment)."""
        chosen = [
            c for c in self.comments
            if c.answered and (theme is None or c.themes.strength(theme))
            and (sentiment is None or c.sentiment.label == sentiment)
        ]
        return cloud_terms([c.text for c in chosen], [c.sentiment.compound for c in chosen], [c.row for c in chosen],
                           max_terms=max_terms)

    def with_corrections(self, corrections: Corrections) -> CommentAnalysis:
        """The same analysis with user labels applied (counts and quotes recomputed, discovery kept)."""
        comments = tuple(_corrected(c, corrections) for c in self.comments) if corrections else self.comments
        if all(new is old for new, old in zip(comments, self.comments, strict=True)):
            return self  # no label changed: the counts and quotes are those already worked out
        return replace(self, comments=comments, themes=summarise_themes(comments, self.codebook),
                       sentiment_counts=_sentiment_counts(comments))


def _corrected(comment: CommentResult, corrections: Corrections | None) -> CommentResult:
    if not comment.answered or not corrections:
        return comment
    label = correction_for(corrections, comment.key, (comment.row, comment.question), comment.row)
    sentiment = apply_correction(comment.sentiment, label)
    return comment if sentiment is comment.sentiment else replace(comment, sentiment=sentiment)


def _sentiment_counts(comments: Sequence[CommentResult]) -> dict[str, int]:
    counts = dict.fromkeys(LABELS, 0)
    for c in comments:
        if c.answered:
            counts[c.sentiment.label] += 1
    return counts


def analyse_comments(
    comments: Sequence[CommentInput],
    codebook: Codebook,
    *,
    redact: bool = True,
    corrections: Corrections | None = None,
    discover: bool = True,
    workers: int | None = None,
    progress: ProgressFn = no_progress,
) -> CommentAnalysis:
    """Analyse free-text comments against ``codebook``; see the module docstring for the rules."""
    kept = [c for c in comments if c.text is not None and str(c.text).strip()]
    answered = [not is_non_answer(str(c.text)) for c in kept]
    texts = [str(c.text).strip() for c, a in zip(kept, answered, strict=True) if a]
    questions = [str(c.question) for c, a in zip(kept, answered, strict=True) if a]
    progress(0.0)
    from feedback_gui.core.comments.workers import process_all  # the analysers (NLTK) load on first use

    done = process_all(texts, codebook, redact, workers=workers, questions=questions,
                       progress=sub_progress(progress, 0.0, 0.8))
    results: list[CommentResult] = []
    position = 0
    for comment, is_answer in zip(kept, answered, strict=True):
        if is_answer:
            results.append(CommentResult(comment.row, comment.question, done.texts[position],
                                         done.sentiments[position], done.themes[position]))
            position += 1
        else:
            results.append(CommentResult(comment.row, comment.question, str(comment.text).strip(),
                                         NO_SENTIMENT, NO_THEMES, answered=False))
    final = tuple(_corrected(c, corrections) for c in results)
    discovered: tuple[DiscoveredTheme, ...] = ()
    if discover:
        unmatched = [i for i, c in enumerate(final) if c.answered and not c.themes.hits]
        found = discover_themes([final[i].text for i in unmatched], progress=sub_progress(progress, 0.8, 0.97))
        discovered = tuple(replace(d, members=tuple(unmatched[m] for m in d.members)) for d in found)
    themes = summarise_themes(final, codebook)
    progress(1.0)
    return CommentAnalysis(final, themes, discovered, {k: done.redactions.get(k, 0) for k in KINDS}, codebook,
                           redact, _sentiment_counts(final))
