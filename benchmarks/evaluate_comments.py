"""Score the comment analyser against human labels, next to plain VADER.

    python benchmarks/evaluate_comments.py [--json]

Sentiment (accuracy and macro-F1 over positive / negative / neutral):
- NHS FFT comments (../shared/external/nhs_fft_pxtextmining, read at run time, never copied):
  1-2 positive, 3 neutral ("mixed/neutral"), 4-5 negative, blanks dropped. Scored on the 30 %
  held-out part that the shipped model never saw (see comment_data.nhs_test_part).
- Our own labelled staff-survey and User Voice comments (tests/data/labelled_comments.csv).
  The shipped model was trained on all of them, so the analyser is scored by 5-fold
  cross-validation: each fold is predicted by a model retrained on the NHS training part plus
  the other four folds. "Held-out split" rows use only ids divisible by 3, which were not looked
  at while the lexicon and codebooks were written.
The analyser is told each NHS comment's question ("What was good?" and the like: see
classify.asks_for_praise); a row shows it without. Mixed is mapped to neutral on both sides (the
NHS's 3 is "mixed/neutral"). Non-answers ("Nothing.") count as neutral predictions, as the app
leaves them without a sentiment. Plain VADER is NLTK's analyser with the shipped VADER lexicon:
compound >= 0.05 positive, <= -0.05 negative.

Themes (micro-F1 over theme labels) on our own set, each comment matched against the built-in
codebook for its survey (staff or User Voice).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from comment_data import Labelled, load_nhs, load_own, three_way  # noqa: E402
from train_sentiment_model import train  # noqa: E402

from feedback_gui.core.comments.classify import classify_sentiments  # noqa: E402
from feedback_gui.core.comments.codebook import built_in_codebook  # noqa: E402
from feedback_gui.core.comments.model import load_sentiment_model  # noqa: E402
from feedback_gui.core.comments.text import is_non_answer  # noqa: E402
from feedback_gui.core.comments.themes import choose_codebook_kind, match_themes  # noqa: E402
from feedback_gui.core.comments.vader import plain_vader  # noqa: E402

CLASSES = ["positive", "negative", "neutral"]


def scores(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, float]:
    """Accuracy and macro-F1 over the three classes."""
    from sklearn.metrics import accuracy_score, f1_score

    return {
        "n": len(gold),
        "accuracy": float(accuracy_score(gold, predicted)),
        "macro_f1": float(f1_score(gold, predicted, labels=CLASSES, average="macro", zero_division=0)),
    }


def vader_labels(texts: Sequence[str]) -> list[str]:
    """Plain NLTK VADER with the usual +-0.05 thresholds."""
    vader = plain_vader()
    out = []
    for text in texts:
        compound = vader.polarity_scores(text)["compound"]
        out.append("positive" if compound >= 0.05 else "negative" if compound <= -0.05 else "neutral")
    return out


def our_labels(texts: Sequence[str], model: object = "shipped", questions: Sequence[str] | None = None) -> list[str]:
    """The analyser's labels (three-way); model=None for the lexicon rules alone."""
    chosen = load_sentiment_model() if model == "shipped" else model
    sentiments = classify_sentiments(list(texts), chosen, questions=questions)
    return ["neutral" if is_non_answer(t) else three_way(s.label) for t, s in zip(texts, sentiments, strict=True)]


def cross_validated(own: Sequence[Labelled], nhs: Sequence[Labelled], folds: int = 5) -> list[str]:
    """Four-way labels for our own set, each fold predicted by a model that did not see it."""
    from sklearn.model_selection import StratifiedKFold

    predicted = np.empty(len(own), dtype=object)
    splitter = StratifiedKFold(folds, shuffle=True, random_state=0)
    for train_idx, test_idx in splitter.split(np.zeros(len(own)), [c.sentiment for c in own]):
        model = train(nhs, [own[i] for i in train_idx], about="cross-validation fold")
        texts = [own[i].text for i in test_idx]
        labels = classify_sentiments(texts, model)
        predicted[test_idx] = ["neutral" if is_non_answer(t) else s.label for t, s in zip(texts, labels, strict=True)]
    return list(predicted)


def theme_scores(own: Sequence[Labelled], only: Sequence[bool] | None = None) -> dict[str, float]:
    """Micro precision, recall and F1 of theme labels on our own set."""
    tp = fp = fn = 0
    for source in ("staff", "user_voice"):
        rows = [c for i, c in enumerate(own) if c.source == source and (only is None or only[i])]
        for comment, match in zip(rows, match_themes([c.text for c in rows], built_in_codebook(source)), strict=True):
            gold, found = set(comment.themes), set(match.themes)
            tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {"n": sum(1 for i, _ in enumerate(own) if only is None or only[i]), "precision": precision,
            "recall": recall, "micro_f1": f1}


def evaluate() -> dict[str, object]:
    """Run every evaluation and return the numbers."""
    nhs, own = load_nhs(), load_own()
    test = [c for c in nhs if c.held_out]
    nhs_gold, nhs_texts = [c.sentiment for c in test], [c.text for c in test]
    answered = [not is_non_answer(t) for t in nhs_texts]
    questions = [c.question for c in test]
    nhs_vader = vader_labels(nhs_texts)
    nhs_ours, nhs_rules = our_labels(nhs_texts, questions=questions), our_labels(nhs_texts, None, questions)
    nhs_no_question = our_labels(nhs_texts)

    def pick(values, mask):
        return [v for v, m in zip(values, mask, strict=True) if m]

    own_gold = [three_way(c.sentiment) for c in own]
    own_texts = [c.text for c in own]
    held = [c.held_out for c in own]
    cv4 = cross_validated(own, nhs)
    cv = [three_way(x) for x in cv4]
    own_vader, own_rules = vader_labels(own_texts), our_labels(own_texts, None)
    mixed_gold = [c.sentiment == "mixed" for c in own]
    mixed_pred = [x == "mixed" for x in cv4]
    hits = sum(g and p for g, p in zip(mixed_gold, mixed_pred, strict=True))
    sentiment = {
        "nhs_heldout": {"plain_vader": scores(nhs_gold, nhs_vader), "analyser": scores(nhs_gold, nhs_ours),
                        "lexicon_only": scores(nhs_gold, nhs_rules)},
        "nhs_heldout_without_questions": {"plain_vader": scores(nhs_gold, nhs_vader),
                                          "analyser": scores(nhs_gold, nhs_no_question)},
        "nhs_heldout_answers_only": {
            "plain_vader": scores(pick(nhs_gold, answered), pick(nhs_vader, answered)),
            "analyser": scores(pick(nhs_gold, answered), pick(nhs_ours, answered))},
        "own_all": {"plain_vader": scores(own_gold, own_vader), "analyser": scores(own_gold, cv),
                    "lexicon_only": scores(own_gold, own_rules)},
        "own_heldout_split": {"plain_vader": scores(pick(own_gold, held), pick(own_vader, held)),
                              "analyser": scores(pick(own_gold, held), pick(cv, held)),
                              "lexicon_only": scores(pick(own_gold, held), pick(own_rules, held))},
        "own_four_way_accuracy": float(np.mean([a == b for a, b in zip(cv4, [c.sentiment for c in own], strict=True)])),
        "own_mixed": {"gold": sum(mixed_gold), "predicted": sum(mixed_pred), "correct": hits},
    }
    themes = {"own_all": theme_scores(own), "own_heldout_split": theme_scores(own, held),
              "codebook_chosen": {s: choose_codebook_kind([c.text for c in own if c.source == s])
                                  for s in ("staff", "user_voice")}}
    return {"sentiment": sentiment, "themes": themes}


def print_table(result: dict) -> None:
    """Human-readable table and target checks."""
    s = result["sentiment"]
    print("Sentiment: accuracy / macro-F1 over positive, negative, neutral (mixed -> neutral)")
    print(f"{'data set':46} {'n':>5}  {'plain VADER':>13}  {'analyser':>13}  {'lexicon only':>13}")
    names = {"nhs_heldout": "NHS FFT, held-out 30% (not trained on)",
             "nhs_heldout_without_questions": "  same, analyser not told the question",
             "nhs_heldout_answers_only": "  same, non-answers left out",
             "own_all": "own staff/User Voice set (analyser: 5-fold CV)",
             "own_heldout_split": "  own held-out split (ids divisible by 3)"}
    for key, label in names.items():
        row = s[key]

        def cell(name: str, row: dict = row) -> str:
            return f"{row[name]['accuracy']:.3f}/{row[name]['macro_f1']:.3f}" if name in row else ""

        print(f"{label:46} {row['analyser']['n']:>5}  {cell('plain_vader'):>13}  {cell('analyser'):>13}  "
              f"{cell('lexicon_only'):>13}")
    mixed = s["own_mixed"]
    print(f"own set four-way accuracy (analyser, CV): {s['own_four_way_accuracy']:.3f}; "
          f"mixed: {mixed['gold']} labelled, {mixed['predicted']} predicted, {mixed['correct']} correct")
    t = result["themes"]
    print("\nThemes on own set (micro):")
    for key, label in (("own_all", "all"), ("own_heldout_split", "held-out split")):
        r = t[key]
        print(f"  {label:16} n={r['n']:>4}  precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
              f"F1 {r['micro_f1']:.3f}")
    print(f"  codebook chosen automatically: {t['codebook_chosen']}")
    gain_nhs = s["nhs_heldout"]["analyser"]["macro_f1"] - s["nhs_heldout"]["plain_vader"]["macro_f1"]
    gain_own = s["own_all"]["analyser"]["macro_f1"] - s["own_all"]["plain_vader"]["macro_f1"]
    print("\nTargets:")
    print(f"  beats VADER by >= 5 macro-F1 points on NHS: {gain_nhs * 100:+.1f} "
          f"{'met' if gain_nhs >= 0.05 else 'NOT met'}")
    print(f"  beats VADER by >= 5 macro-F1 points on own set: {gain_own * 100:+.1f} "
          f"{'met' if gain_own >= 0.05 else 'NOT met'}")
    own_f1 = s["own_all"]["analyser"]["macro_f1"]
    print(f"  macro-F1 >= 0.70 on own set: {own_f1:.3f} {'met' if own_f1 >= 0.70 else 'NOT met'}")
    theme_f1 = t["own_all"]["micro_f1"]
    print(f"  theme micro-F1 >= 0.70 on own set: {theme_f1:.3f} {'met' if theme_f1 >= 0.70 else 'NOT met'}")


def main() -> int:
    """Evaluate and print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args()
    result = evaluate()
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
