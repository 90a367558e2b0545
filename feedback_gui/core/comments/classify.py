"""Decide each comment's sentiment: the lexicon's clause rules, then the learned model.

Order of decisions, for each answered comment:

1. **mixed** when one clause is clearly positive and another clearly negative (lexicon rules);
2. **neutral** when every clause is a request or suggestion without strong feeling ("more training
   would help", "I would like more help finding work") — the case where general-purpose models fail;
3. otherwise the model's most probable label; its compound is P(positive) - P(negative);
4. an answer to a question that asks for the good side ("What has been most helpful?", "What was
   good?") is **positive** unless it says otherwise: "Help with my benefits" answers it with praise.
   It keeps the model's label if the lexicon finds negative feeling in it; it is **negative** if it
   opens with a dismissal ("Nothing really", "Not much", "Honestly nothing") and **neutral** if it
   opens with "Don't know" / "Not sure" (unless the lexicon finds clear praise in it).

Without the model resource the lexicon decides alone (positive >= 0.05, negative <= -0.05).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from feedback_gui.core.comments.model import CLASSES, SentimentModel, load_sentiment_model, rule_features
from feedback_gui.core.comments.sentiment import MIXED, NEGATIVE, NEUTRAL, POSITIVE, Sentiment, score_sentiment
from feedback_gui.core.comments.vader import DomainVader

REQUEST_FEELING = 0.5  # a request this strongly felt (|compound|) is left to the model
PRAISE_QUESTION = re.compile(
    r"\b(most helpful|been helpful|(was|were|is|are) (good|helpful|useful)|went well|works? well|"
    r"best (thing|part|about)|what did you (like|value|find (useful|helpful))|what do you (like|value)|"
    r"what (has|have) helped|positive)\b",
    re.IGNORECASE,
)
_OPENER = r"^\W*(?:(?:honestly|well|really|to be honest|um+|erm)\W+)?(?:i\s+)?"
_DISMISSIVE = re.compile(_OPENER + r"(?:nothing|none|no\b|not\s+(?:much|a lot|a thing|really)|nowt)", re.IGNORECASE)
_UNSURE = re.compile(_OPENER + r"(?:don'?t know|do not know|dunno|not sure|can'?t (?:think|say)|cannot (?:think|say))",
                     re.IGNORECASE)

_DEFAULT = object()


def asks_for_praise(question: str) -> bool:
    """True for questions that ask what was good or helpful."""
    return bool(PRAISE_QUESTION.search(question or ""))


def classify_sentiments(
    texts: Sequence[str],
    model: SentimentModel | None | object = _DEFAULT,
    vader: DomainVader | None = None,
    questions: Sequence[str] | None = None,
) -> list[Sentiment]:
    """Sentiment of each text (answering the matching question, if given); ``model=None``: lexicon alone."""
    rules = [score_sentiment(text, vader) for text in texts]
    chosen = load_sentiment_model() if model is _DEFAULT else model
    if chosen is None or not rules:
        return _praise(rules, texts, questions)
    assert isinstance(chosen, SentimentModel)
    proba = chosen.predict_proba(texts, rule_features(rules))
    negative, positive = CLASSES.index("negative"), CLASSES.index("positive")
    out: list[Sentiment] = []
    for rule, p in zip(rules, proba, strict=True):
        if rule.label == MIXED:
            out.append(rule)
        elif rule.request and abs(rule.compound) < REQUEST_FEELING:
            out.append(Sentiment(NEUTRAL, rule.compound, rule.strongest_positive, rule.strongest_negative, True))
        else:
            label = chosen.classes[int(np.argmax(p))]
            compound = float(p[positive] - p[negative])
            out.append(Sentiment(label, compound, rule.strongest_positive, rule.strongest_negative, rule.request))
    return _praise(out, texts, questions, rules)


def _praise(
    sentiments: list[Sentiment], texts: Sequence[str], questions: Sequence[str] | None,
    rules: Sequence[Sentiment] | None = None,
) -> list[Sentiment]:
    """Rule 4 of the module docstring."""
    if not questions:
        return sentiments
    rules = rules or sentiments
    out = []
    for s, rule, text, question in zip(sentiments, rules, texts, questions, strict=True):
        if rule.label == MIXED or not asks_for_praise(question):
            pass
        elif rule.strongest_positive < 0.3 and _DISMISSIVE.match(text):
            s = Sentiment(NEGATIVE, min(s.compound, -0.05), s.strongest_positive, s.strongest_negative, s.request)
        elif rule.strongest_positive < 0.3 and _UNSURE.match(text):
            s = Sentiment(NEUTRAL, 0.0, s.strongest_positive, s.strongest_negative, s.request)
        elif s.label in (NEGATIVE, NEUTRAL) and rule.strongest_negative > -0.05:
            s = Sentiment(POSITIVE, max(s.compound, 0.05), s.strongest_positive, s.strongest_negative, s.request)
        out.append(s)
    return out
