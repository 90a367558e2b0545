"""Decide each comment's sentiment and confidence: the lexicon's rules, the learned model, and the question.

Order of decisions, for each answered comment:

1. **positive** when it says all is well: "Nothing to dislike", "nothing, all good", "no complaints",
   "can't complain" (see :mod:`answers`) and no clause says otherwise;
2. **mixed** when one clause is clearly positive and another clearly negative (lexicon rules), or when
   the model, reading each part on its own (each sentence, each side of "but"/"however"/";", and the
   pieces of a list such as "Good benefits, poor communication"), finds one more likely positive than
   not and another more likely negative than not (``SENTENCE_SURE``);
3. **neutral** when every clause is a request or suggestion without strong feeling and no complaint
   pattern ("more training would help"; but "we need more staff, caseloads are too high" complains);
4. otherwise the model's most probable label; its compound is P(positive) - P(negative);
5. the question (see :mod:`questions`): an answer to "What was good?" / "What do you like?" is
   **positive** unless it says otherwise ("Help with my benefits"), **negative** if it dismisses the
   question ("Nothing really"), **neutral** if unsure ("Don't know"); an answer to "What do you dislike?" /
   "Cons" is **negative** unless it praises or asks ("Salary, growth, hike"), **positive** if it
   dismisses the question ("Nothing as such").

Every result carries ``probabilities`` over LABELS and ``confidence``, the probability of its label:
the model's probability when the model decided, else a blend in which the deciding rule has a share
(``RULE_SHARE``) of at least one half. Without the model resource the lexicon decides alone
(positive >= 0.05, negative <= -0.05) with confidence from the strength of its compound.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from feedback_gui.core.comments.answers import dismisses, finds_nothing_good, only_dismisses, says_all_is_well, unsure
from feedback_gui.core.comments.model import CLASSES, SentimentModel, load_sentiment_model, rule_features
from feedback_gui.core.comments.questions import COMPLAINT, IMPROVEMENT, PRAISE, question_kind
from feedback_gui.core.comments.sentiment import (
    LABELS,
    MIXED,
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    RuleView,
    Sentiment,
    combine,
    rule_view,
)
from feedback_gui.core.comments.vader import ClauseScore, DomainVader

REQUEST_FEELING = 0.5  # a request this strongly felt (|compound|) is left to the model
QUESTION_FEELING = 0.3  # a clause this positive (negative) keeps an answer from being read by its question alone
SENTENCE_SURE = 0.5  # a part the model gives this probability of positive (negative) counts for "mixed"
COMMA_PARTS = True  # list-like comments ("Good benefits, poor communication") are read piece by piece too
RULE_SHARE = {"all_is_well": 0.85, "mixed": 0.6, "request": 0.6, "question": 0.55}
_ORDER = [CLASSES.index(label) for label in (POSITIVE, NEGATIVE, NEUTRAL)]  # model classes -> LABELS[:3]

_DEFAULT = object()


def classify_sentiments(
    texts: Sequence[str],
    model: SentimentModel | None | object = _DEFAULT,
    vader: DomainVader | None = None,
    questions: Sequence[str] | None = None,
) -> list[Sentiment]:
    """Sentiment of each text (answering the matching question, if given); ``model=None``: lexicon alone."""
    views = [rule_view(text, vader) for text in texts]
    asked = [_asked(q) for q in questions] if questions else [""] * len(texts)
    chosen = load_sentiment_model() if model is _DEFAULT else model
    if chosen is None or not views:
        proba = np.array([_lexicon_proba(v.sentiment) for v in views]).reshape(len(views), 3)
        sentence_proba: list[np.ndarray | None] = [None] * len(views)
    else:
        assert isinstance(chosen, SentimentModel)
        proba = chosen.predict_proba(texts, rule_features(views, asked))[:, _ORDER]
        sentence_proba = _segment_proba(chosen, views, asked, vader)
    return [_decide(view, p, sp, text, kind)
            for view, p, sp, text, kind in zip(views, proba, sentence_proba, texts, asked, strict=True)]


def _asked(question: str) -> str:
    """The question's kind as the model sees it when predicting: an "improvement" question counts as none.

    The NHS labels call most answers to "What could we do better?" negative, suggestions included; the
    model learns that bias on the question's own feature when training and is asked without it, so that
    a suggestion is judged by what it says.
    """
    kind = question_kind(question)
    return "" if kind == IMPROVEMENT else kind


def _lexicon_proba(s: Sentiment) -> list[float]:
    """Positive/negative/neutral shares from the lexicon's compound alone (no model): the label gets
    0.5-1 by the strength of its compound (neutral: 0.6-1, the nearer 0 the surer), the others share the rest."""
    strength = min(abs(s.compound), 1.0)
    main = s.label if s.label in (POSITIVE, NEGATIVE) else NEUTRAL
    sure = 0.5 + 0.5 * strength if main != NEUTRAL else 0.6 + 0.4 * max(0.0, 1 - strength / 0.05)
    shares = {label: (1 - sure) / 2 for label in (POSITIVE, NEGATIVE, NEUTRAL)}
    shares[main] = sure
    return [shares[POSITIVE], shares[NEGATIVE], shares[NEUTRAL]]


def _segment_of(clause: ClauseScore, vader: DomainVader | None) -> RuleView:
    """A clause seen as a comment of its own (for the model)."""
    s = combine([clause], "", vader)
    hits = [h.valence for h in clause.patterns]
    return RuleView(s, (s,), sum(v < 0 for v in hits), sum(v > 0 for v in hits), (clause,))



def _comma_pieces(text: str) -> list[str]:
    """The pieces of a clause between commas, each of at least two words (else the clause whole)."""
    pieces = [p.strip() for p in text.split(",") if p.strip()]
    return pieces if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces) else [text]


def _piece(vader: DomainVader | None, text: str, weight: float) -> ClauseScore:
    from feedback_gui.core.comments.vader import domain_vader

    return (vader or domain_vader()).score_clause(text, weight)


def _segment_proba(
    model: SentimentModel, views: Sequence[RuleView], asked: Sequence[str], vader: DomainVader | None = None
) -> list[np.ndarray | None]:
    """The model's positive/negative/neutral probabilities for each part of the comments that have several.

    The parts are the clauses (sentences, and the parts of a sentence on either side of "but",
    "however", "although", ";"): "The SPO is brilliant, but decisions keep being reversed" has two.
    """
    owners: list[int] = []
    texts: list[str] = []
    parts: list[RuleView] = []
    for i, view in enumerate(views):
        clauses = list(view.clauses)
        if COMMA_PARTS and any("," in c.text for c in clauses):
            clauses = [_piece(vader, piece, c.weight) for c in clauses for piece in _comma_pieces(c.text)]
        if len(clauses) < 2:
            continue
        for clause in clauses:
            owners.append(i)
            texts.append(clause.text)
            parts.append(_segment_of(clause, vader))
    out: list[np.ndarray | None] = [None] * len(views)
    if not texts:
        return out
    proba = model.predict_proba(texts, rule_features(parts, [asked[i] for i in owners]))[:, _ORDER]
    owner = np.asarray(owners)
    for i in np.unique(owner):
        out[int(i)] = proba[owner == i]
    return out


def _blend(p: np.ndarray, label: str, share: float) -> tuple[float, ...]:
    """Probabilities over LABELS: the model's (mixed 0), with ``share`` moved onto ``label``."""
    base = [float(x) * (1 - share) for x in p] + [0.0]
    base[LABELS.index(label)] += share
    return tuple(base)


def _result(view: RuleView, label: str, probabilities: tuple[float, ...], compound: float | None = None) -> Sentiment:
    s = view.sentiment
    value = compound if compound is not None else probabilities[0] - probabilities[1]
    return Sentiment(label, float(value), s.strongest_positive, s.strongest_negative, s.request,
                     confidence=float(probabilities[LABELS.index(label)]), probabilities=probabilities)


def _decide(view: RuleView, p: np.ndarray, sentences: np.ndarray | None, text: str, kind: str) -> Sentiment:
    """Rules 1-5 of the module docstring for one comment (``p``: positive/negative/neutral)."""
    s = view.sentiment
    if says_all_is_well(text) and s.strongest_negative > -MIXED_NEGATIVE:
        return _result(view, POSITIVE, _blend(p, POSITIVE, RULE_SHARE["all_is_well"]))
    if s.label == MIXED or _sentences_disagree(sentences):
        return _result(view, MIXED, _blend(p, MIXED, RULE_SHARE["mixed"]), s.compound)
    if kind == PRAISE:
        decided = _praise_answer(view, p, text)
        if decided is not None:
            return decided
    elif kind == COMPLAINT:
        decided = _complaint_answer(view, p, text)
        if decided is not None:
            return decided
    if s.request and abs(s.compound) < REQUEST_FEELING and not view.complaints:
        return _result(view, NEUTRAL, _blend(p, NEUTRAL, RULE_SHARE["request"]), s.compound)
    label = LABELS[int(np.argmax(p))]
    return _result(view, label, tuple(float(x) for x in p) + (0.0,))


MIXED_NEGATIVE = 0.35  # a clause this negative keeps an "all is well" answer from being read as praise


def _sentences_disagree(sentences: np.ndarray | None) -> bool:
    """True when the model reads one part (clause) of a comment as positive and another as negative."""
    if sentences is None:
        return False
    return bool((sentences[:, 0] >= SENTENCE_SURE).any() and (sentences[:, 1] >= SENTENCE_SURE).any())


def _praise_answer(view: RuleView, p: np.ndarray, text: str) -> Sentiment | None:
    """Answers to "What was good?": praise unless they say otherwise."""
    s = view.sentiment
    share = RULE_SHARE["question"]
    weak = s.strongest_positive < QUESTION_FEELING
    if only_dismisses(text) or (weak and (dismisses(text) or finds_nothing_good(text))):
        return _result(view, NEGATIVE, _blend(p, NEGATIVE, share), min(s.compound, -0.05))
    if weak and unsure(text):
        return _result(view, NEUTRAL, _blend(p, NEUTRAL, share), 0.0)
    if LABELS[int(np.argmax(p))] != POSITIVE and s.strongest_negative > -0.05 and not view.complaints:
        return _result(view, POSITIVE, _blend(p, POSITIVE, share), max(s.compound, 0.05))
    return None


def _complaint_answer(view: RuleView, p: np.ndarray, text: str) -> Sentiment | None:
    """Answers to "What do you dislike?": complaints unless they praise, ask or dismiss the question."""
    s = view.sentiment
    share = RULE_SHARE["question"]
    if only_dismisses(text) or (s.strongest_negative > -QUESTION_FEELING and (dismisses(text) or unsure(text))):
        label = POSITIVE if dismisses(text) else NEUTRAL
        return _result(view, label, _blend(p, label, share), max(s.compound, 0.05) if label == POSITIVE else 0.0)
    if s.request and not view.complaints:
        return None
    top = LABELS[int(np.argmax(p))]
    if (top == NEUTRAL and s.strongest_positive < QUESTION_FEELING and not view.praise) or (
            top == POSITIVE and s.strongest_positive <= 0.05 and not view.praise):
        return _result(view, NEGATIVE, _blend(p, NEGATIVE, share), min(s.compound, -0.05))
    return None
