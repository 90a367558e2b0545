"""Build resources/models/sentiment_model.json.gz (run at build time, not by the app).

    python benchmarks/train_sentiment_model.py

Trains the logistic regression of ``feedback_gui.core.comments.model`` on
- the NHS FFT training part (70 %, see comment_data.nhs_test_part), read from ../shared/external,
- all of our own labelled staff/User Voice comments (tests/data/labelled_comments.csv), weighted
  up (OWN_WEIGHT) because they are the app's own domain; mixed counts as neutral.
Non-answers ("Nothing.") are left out: the app never asks the model about them.
Only derived numbers (vocabulary of words seen in >= 2 comments, IDF weights, coefficients) are
written; no comment text is. Evaluate with benchmarks/evaluate_comments.py, which scores the NHS
held-out part and cross-validates on our own set (retraining without the scored fold).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from comment_data import REPO, Labelled, load_nhs, load_own, three_way  # noqa: E402

from feedback_gui.core.comments.model import MODEL_FILE, SentimentModel, fit_sentiment_model, save_sentiment_model  # noqa: E402
from feedback_gui.core.comments.sentiment import score_sentiment  # noqa: E402
from feedback_gui.core.comments.text import is_non_answer  # noqa: E402

OWN_WEIGHT = 8.0
ABOUT = (
    "Logistic regression over TF-IDF (1-2 grams) and domain-VADER clause scores. Trained on the "
    "NHS England pxtextmining v6 FFT comments (MIT, (c) 2021 NHS England; 70% training part) and the "
    "project's own labelled staff-survey/User Voice comments. Built by benchmarks/train_sentiment_model.py."
)


def train(nhs: Sequence[Labelled], own: Sequence[Labelled], about: str = ABOUT) -> SentimentModel:
    """Fit the model on NHS training comments plus our own comments (non-answers dropped)."""
    rows = [(c, 1.0) for c in nhs if not c.held_out] + [(c, OWN_WEIGHT) for c in own]
    rows = [(c, w) for c, w in rows if not is_non_answer(c.text)]
    texts = [c.text for c, _ in rows]
    return fit_sentiment_model(
        texts,
        [three_way(c.sentiment) for c, _ in rows],
        [score_sentiment(t) for t in texts],
        weights=[w for _, w in rows],
        about=about,
    )


def main() -> int:
    """Train on all available data and write the resource."""
    start = time.perf_counter()
    model = train(load_nhs(), load_own())
    path = REPO / "resources" / Path(*MODEL_FILE)
    save_sentiment_model(model, path)
    print(f"wrote {path.relative_to(REPO)}: {len(model.vocabulary)} terms, "
          f"{path.stat().st_size / 1024:.0f} KiB, in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
