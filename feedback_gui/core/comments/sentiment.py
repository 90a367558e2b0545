"""Sentiment of a comment: positive, negative, neutral or mixed, and how sure the analyser is.

A comment is split into sentences and clauses (on "but", "however", "although", "though",
"whereas" and semicolons). Each clause is scored by :class:`DomainVader`; requests and
suggestions ("more training would help") lose their ordinary feeling words, and complaint patterns
("caseloads are high", "no bonuses") add theirs. The comment's compound score is VADER's normalised
weighted sum over clauses. It is **mixed** when one clause is clearly positive and another clearly
negative ("The head of service is supportive, but the workload is crushing"); otherwise positive at
compound >= 0.05, negative at <= -0.05, else neutral. :func:`rule_view` also keeps each sentence's
own score, from which :mod:`classify` derives a comment's label when its sentences disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from feedback_gui.core.comments.text import normalise, split_clauses, split_sentences

if TYPE_CHECKING:  # the analyser (and NLTK under it) is imported when a comment is first scored
    from feedback_gui.core.comments.vader import ClauseScore, DomainVader

POSITIVE, NEGATIVE, NEUTRAL, MIXED = "positive", "negative", "neutral", "mixed"
LABELS = (POSITIVE, NEGATIVE, NEUTRAL, MIXED)

THRESHOLD = 0.05  # VADER's usual cut between neutral and positive/negative
MIXED_CLAUSE = 0.3  # a clause this positive and another this negative make a comment mixed


@dataclass(frozen=True)
class Sentiment:
    """The sentiment of one comment."""

    label: str
    compound: float
    strongest_positive: float = 0.0  # compound of the most positive clause (0 if none)
    strongest_negative: float = 0.0  # compound of the most negative clause (0 if none)
    request: bool = False  # every clause is a request or suggestion
    corrected: bool = False  # the label was set by the user
    confidence: float = 1.0  # 0-1: how sure the analyser is of ``label`` (1 for a user's label)
    probabilities: tuple[float, ...] = ()  # the analyser's share for each of LABELS (empty: not worked out)
    learned: bool = False  # the label was moved by the user's corrections of similar comments (core.comments.learning)

    def to_dict(self) -> dict[str, object]:
        """``{"label": ..., "compound": ..., "confidence": ...}`` as the command line prints it."""
        return {"label": self.label, "compound": round(self.compound, 4), "confidence": round(self.confidence, 4)}

    def share(self, label: str) -> float:
        """The analyser's probability of ``label`` (1/0 for the chosen label when none were worked out)."""
        if self.probabilities:
            return self.probabilities[LABELS.index(label)]
        return 1.0 if label == self.label else 0.0


NO_SENTIMENT = Sentiment(NEUTRAL, 0.0)


@dataclass(frozen=True)
class RuleView:
    """What the lexicon rules see in a comment: its sentiment, each sentence's, and its pattern hits."""

    sentiment: Sentiment
    sentences: tuple[Sentiment, ...]  # one per sentence that has a clause
    complaints: int = 0  # complaint patterns found ("caseloads are high")
    praise: int = 0  # praise patterns found ("pressure is low")
    clauses: tuple[ClauseScore, ...] = ()  # every clause of every sentence, in order


def sentence_clause_scores(text: str, vader: DomainVader | None = None) -> list[list[ClauseScore]]:
    """Score every clause of ``text``, grouped by sentence."""
    vader = vader or _domain_vader()
    out = []
    for sentence in split_sentences(normalise(text)):
        clauses = [vader.score_clause(clause, weight) for clause, weight in split_clauses(sentence)]
        if clauses:
            out.append(clauses)
    return out


def clause_scores(text: str, vader: DomainVader | None = None) -> list[ClauseScore]:
    """Score every clause of every sentence of ``text``."""
    return [c for sentence in sentence_clause_scores(text, vader) for c in sentence]


def rule_view(text: str, vader: DomainVader | None = None) -> RuleView:
    """The comment's and each sentence's rule sentiment, and how many complaint and praise patterns it has."""
    vader = vader or _domain_vader()
    grouped = sentence_clause_scores(text, vader)
    flat = [c for sentence in grouped for c in sentence]
    whole = combine(flat, text, vader)
    sentences = tuple(combine(clauses, "", vader) for clauses in grouped) if len(grouped) > 1 else (whole,)
    hits = [h.valence for c in flat for h in c.patterns]
    return RuleView(whole, sentences, sum(v < 0 for v in hits), sum(v > 0 for v in hits), tuple(flat))


def combine(clauses: list[ClauseScore], text: str, vader: DomainVader | None = None) -> Sentiment:
    """Combine clause scores into the comment's label and compound score."""
    vader = vader or _domain_vader()
    if not clauses:
        return NO_SENTIMENT
    total = sum(c.weight * c.total for c in clauses)
    if total and text:
        emphasis = vader._amplify_ep(text)  # "!" adds weight, as in VADER
        total += emphasis if total > 0 else -emphasis
    compound = vader.constants.normalize(total)
    compounds = [c.compound for c in clauses]
    best, worst = max(max(compounds), 0.0), min(min(compounds), 0.0)
    request = all(c.request for c in clauses)
    if best >= MIXED_CLAUSE and worst <= -MIXED_CLAUSE:
        label = MIXED
    elif compound >= THRESHOLD:
        label = POSITIVE
    elif compound <= -THRESHOLD:
        label = NEGATIVE
    else:
        label = NEUTRAL
    return Sentiment(label, compound, best, worst, request)


def _domain_vader() -> DomainVader:
    from feedback_gui.core.comments.vader import domain_vader

    return domain_vader()


def score_sentiment(text: str, vader: DomainVader | None = None) -> Sentiment:
    """The sentiment of one comment (no user correction applied)."""
    return combine(clause_scores(text, vader), text, vader)


def apply_correction(sentiment: Sentiment, label: str | None) -> Sentiment:
    """Return ``sentiment`` with the user's label, if any, replacing the analyser's."""
    if label is None or label == sentiment.label and not sentiment.corrected:
        return sentiment
    if label not in LABELS:
        raise ValueError(f"unknown sentiment label {label!r}; expected one of {', '.join(LABELS)}")
    return Sentiment(
        label, sentiment.compound, sentiment.strongest_positive, sentiment.strongest_negative,
        sentiment.request, corrected=True, confidence=1.0, probabilities=sentiment.probabilities,
    )


def correction_for(corrections: Mapping[object, str] | None, *keys: object) -> str | None:
    """The user's label for a comment, looked up by each of ``keys`` in turn (e.g. (row, question), row)."""
    if not corrections:
        return None
    for key in keys:
        if key in corrections:
            return corrections[key]
    return None
