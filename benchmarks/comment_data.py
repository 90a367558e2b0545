"""Labelled comments for training and evaluating the sentiment analyser (build-time only).

- NHS FFT (pxtextmining v6, MIT, (c) 2021 NHS England) read from ``../shared/external`` at run
  time and never copied into the repository. Comment sentiment 1-2 -> positive, 3 -> neutral
  (the NHS's "mixed/neutral"), 4-5 -> negative; blanks dropped. It is split once, by a hash of
  the Comment ID, into a training part (70 %) and a held-out test part (30 %) that no model
  sees in training.
- Our own staff-survey and User Voice set, ``tests/data/labelled_comments.csv``. Its "test"
  split (ids whose number is divisible by 3) was not looked at while the lexicon was written.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NHS_CSV = REPO.parent / "shared" / "external" / "nhs_fft_pxtextmining" / "v6framework_230831.csv"
OWN_CSV = REPO / "tests" / "data" / "labelled_comments.csv"
NHS_LABELS = {1: "positive", 2: "positive", 3: "neutral", 4: "negative", 5: "negative"}


@dataclass(frozen=True)
class Labelled:
    """One labelled comment."""

    key: str
    text: str
    sentiment: str  # positive / negative / neutral (/ mixed in our own set)
    themes: tuple[str, ...] = ()
    source: str = ""
    held_out: bool = False
    question: str = ""


def three_way(label: str) -> str:
    """Map mixed to neutral, as the NHS labels do (their 3 = "mixed/neutral")."""
    return "neutral" if label == "mixed" else label


def nhs_test_part(comment_id: str) -> bool:
    """True for the 30 % of NHS comments held out from training (fixed by a hash of the id)."""
    return int(hashlib.sha256(comment_id.encode("utf-8")).hexdigest(), 16) % 10 < 3


def load_nhs(path: Path = NHS_CSV) -> list[Labelled]:
    """The NHS comments with a sentiment label and non-blank text."""
    import pandas as pd

    if not path.is_file():
        raise SystemExit(f"NHS data not found at {path} (expected ../shared/external next to the repo)")
    frame = pd.read_csv(path)
    out = []
    columns = ("Comment ID", "FFT answer", "Comment sentiment", "FFT question")
    for cid, text, label, question in zip(*(frame[c] for c in columns), strict=True):
        if pd.isna(label) or pd.isna(text) or not str(text).strip():
            continue
        out.append(Labelled(str(cid), str(text), NHS_LABELS[int(label)], held_out=nhs_test_part(str(cid)),
                            question="" if pd.isna(question) else " ".join(str(question).split())))
    return out


def load_own(path: Path = OWN_CSV) -> list[Labelled]:
    """Our labelled staff-survey and User Voice comments."""
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [
        Labelled(
            row["id"], row["text"], row["sentiment"],
            tuple(t for t in row["themes"].split(";") if t), row["source"],
            held_out=int(row["id"][1:]) % 3 == 0,
        )
        for row in rows
    ]
