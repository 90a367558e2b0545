"""The learned sentiment layer: shipped parameters load, and a model round-trips through JSON."""

from __future__ import annotations

import numpy as np

from feedback_gui.core.comments.model import (
    CLASSES,
    SentimentModel,
    fit_sentiment_model,
    load_sentiment_model,
    rule_features,
    save_sentiment_model,
)
from feedback_gui.core.comments.sentiment import score_sentiment

TEXTS = ["Staff were lovely and kind", "Waited four hours, nobody came", "I attend on Tuesdays",
         "Brilliant service, thank you", "Phone was never answered", "The office is in town"] * 3
LABELS = ["positive", "negative", "neutral"] * 6


def test_shipped_model_loads_and_predicts_probabilities():
    model = load_sentiment_model()
    assert model is not None and model.classes == CLASSES and len(model.vocabulary) > 1000
    texts = ["I rang three times and nobody called me back", "She always listens"]
    proba = model.predict_proba(texts, rule_features([score_sentiment(t) for t in texts]))
    assert proba.shape == (2, 3) and np.allclose(proba.sum(axis=1), 1.0)
    assert CLASSES[int(np.argmax(proba[0]))] == "negative"
    assert CLASSES[int(np.argmax(proba[1]))] == "positive"


def test_model_round_trips_through_gzipped_json(tmp_path):
    model = fit_sentiment_model(TEXTS, LABELS, [score_sentiment(t) for t in TEXTS], about="test")
    path = tmp_path / "model.json.gz"
    save_sentiment_model(model, path)
    again = load_sentiment_model(str(path))
    assert isinstance(again, SentimentModel) and again.vocabulary == model.vocabulary
    features = rule_features([score_sentiment(t) for t in TEXTS])
    assert np.allclose(again.predict_proba(TEXTS, features), model.predict_proba(TEXTS, features), atol=1e-4)
    save_sentiment_model(again, tmp_path / "again.json.gz")
    assert (tmp_path / "again.json.gz").read_bytes() == path.read_bytes()  # deterministic bytes


def test_own_tfidf_equals_scikit_learns():
    from sklearn.feature_extraction.text import TfidfVectorizer

    from feedback_gui.core.comments.model import TFIDF_SETTINGS

    model = load_sentiment_model()
    settings = {k: v for k, v in TFIDF_SETTINGS.items() if k != "min_df"}
    reference = TfidfVectorizer(vocabulary={t: i for i, t in enumerate(model.vocabulary)}, **settings)
    reference.idf_ = model.idf
    texts = TEXTS + ["Ça va? naïve café, don't WAIT wait wait", "", "a b c"]
    assert abs(reference.transform(texts) - model.tfidf(texts)).max() < 1e-12


def test_missing_model_file_means_lexicon_only(tmp_path):
    assert load_sentiment_model(str(tmp_path / "absent.json.gz")) is None
