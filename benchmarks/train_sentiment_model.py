"""Build resources/models/sentiment_model.json.gz (run at build time, not by the app).

    python benchmarks/train_sentiment_model.py

Trains the logistic regression of ``feedback_gui.core.comments.model`` on every training source of
``comment_data`` (none of them is the held-out set, which is only ever scored):

- NHS FFT v6 (MIT, (c) 2021 NHS England; NEAS and NHFT trust data), weight 1;
- NHS phase-1 Trusts A-C (MIT), clearly negative or positive comments only, weight 0.5 (no neutral class);
- our own team-written sets, weight ``OWN_WEIGHT`` each (the app's own domain): staff-survey and User
  Voice comments (two sets), employer-review likes/dislikes, employee statements. Mixed counts as neutral.

The Care Opinion files of pxtextmining (CC BY-NC-SA 4.0, non-commercial and share-alike) are not used.
Non-answers ("Nothing.") are left out: the app never asks the model about them. Each comment's question
kind (praise / complaint / improvement) is a feature, so that the NHS labels' habit of calling answers to
"What could we do better?" negative is learned on that feature; the app predicts with it switched off.
Only derived numbers (vocabulary of words seen in >= 2 comments, IDF weights, coefficients) are written;
no comment text is. Evaluate with benchmarks/evaluate_comments.py.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from comment_data import REPO, TRAINING_SOURCES, Labelled, load_source, three_way  # noqa: E402

from feedback_gui.core.comments.model import MODEL_FILE, SentimentModel, fit_sentiment_model, save_sentiment_model  # noqa: E402
from feedback_gui.core.comments.questions import question_kind  # noqa: E402
from feedback_gui.core.comments.sentiment import RuleView, rule_view  # noqa: E402
from feedback_gui.core.comments.text import is_non_answer  # noqa: E402

OWN_WEIGHT = 8.0
C = 0.3  # inverse regularisation: chosen by leave-one-source-out macro-F1 on the training sources (0.3 vs 1)
WEIGHTS = {"nhs_v6": 1.0, "nhs_phase1": 0.5, "staff_uv": OWN_WEIGHT, "facts": OWN_WEIGHT, "reviews": OWN_WEIGHT,
           "statements": OWN_WEIGHT}
ABOUT = (
    "Logistic regression over TF-IDF (1-2 grams), domain-VADER clause scores, complaint patterns, sentence "
    "agreement and the question's kind. Trained on the NHS England pxtextmining FFT comments (MIT, (c) 2021 "
    "NHS England: v6 NEAS/NHFT and phase-1 Trusts A-C; no Care Opinion data) and the project's own labelled "
    "staff-survey/User Voice comments, employer-review answers and employee statements. Built by "
    "benchmarks/train_sentiment_model.py."
)
_VIEWS: dict[str, RuleView] = {}


def views_of(texts: Iterable[str]) -> list[RuleView]:
    """Rule views of ``texts`` (remembered, since evaluation trains several models on the same comments)."""
    out = []
    for text in texts:
        view = _VIEWS.get(text)
        if view is None:
            view = _VIEWS[text] = rule_view(text)
        out.append(view)
    return out


def train(sources: Sequence[str] = TRAINING_SOURCES, about: str = ABOUT) -> SentimentModel:
    """Fit the model on the named sources (non-answers dropped), each weighted as in WEIGHTS."""
    rows: list[tuple[Labelled, float]] = [(c, WEIGHTS[name]) for name in sources for c in load_source(name)
                                          if not c.held_out or name not in ("heldout",)]
    rows = [(c, w) for c, w in rows if not is_non_answer(c.text)]
    texts = [c.text for c, _ in rows]
    return fit_sentiment_model(
        texts,
        [three_way(c.sentiment) for c, _ in rows],
        views_of(texts),
        asked=[question_kind(c.question) for c, _ in rows],
        weights=[w for _, w in rows],
        c=C,
        about=about,
    )


def main() -> int:
    """Train on all training sources and write the resource."""
    start = time.perf_counter()
    model = train()
    path = REPO / "resources" / Path(*MODEL_FILE)
    save_sentiment_model(model, path)
    print(f"wrote {path.relative_to(REPO)}: {len(model.vocabulary)} terms, "
          f"{path.stat().st_size / 1024:.0f} KiB, in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
