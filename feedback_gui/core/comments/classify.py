"""Decide each comment's sentiment: the lexicon's clause rules, then the learned model.

Order of decisions, for each answered comment:

1. **mixed** when one clause is clearly positive and another clearly negative (lexicon rules);
2. **neutral** when every clause is a request or suggestion without strong feeling ("more training
   would help", "I would like more help finding work") — the case where general-purpose models fail;
3. otherwise the model's most probable label; its compound is P(positive) - P(negative).

Without the model resource the lexicon decides alone (positive >= 0.05, negative <= -0.05).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from feedback_gui.core.comments.model import CLASSES, SentimentModel, load_sentiment_model, rule_features
from feedback_gui.core.comments.sentiment import MIXED, NEUTRAL, Sentiment, score_sentiment
from feedback_gui.core.comments.vader import DomainVader

REQUEST_FEELING = 0.5  # a request this strongly felt (|compound|) is left to the model

_DEFAULT = object()


def classify_sentiments(
    texts: Sequence[str],
    model: SentimentModel | None | object = _DEFAULT,
    vader: DomainVader | None = None,
) -> list[Sentiment]:
    """Sentiment of each text; ``model=None`` uses the lexicon rules alone."""
    rules = [score_sentiment(text, vader) for text in texts]
    chosen = load_sentiment_model() if model is _DEFAULT else model
    if chosen is None or not rules:
        return rules
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
    return out
