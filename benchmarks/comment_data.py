"""Labelled comments for training and evaluating the sentiment analyser (build-time only).

Sources (each is one "source" for leave-one-source-out evaluation):

- ``nhs_v6``: NHS FFT comments, pxtextmining ``v6framework_230831.csv`` (NEAS and NHFT trust data; the
  repository is MIT, (c) 2021 NHS England). Comment sentiment 1-2 -> positive, 3 -> neutral (the NHS's
  "mixed/neutral"), 4-5 -> negative; blanks dropped.
- ``nhs_phase1``: pxtextmining ``phase_1/text_data.csv`` (Trusts A-C, MIT like the repository). Its
  "criticality" -5..+5: <= -2 negative, >= 2 positive; -1, 0 (unlabelled in Trust B), +1 and dirty
  values are dropped, so it has no neutral class. The Care Opinion files of pxtextmining (``co*.csv``,
  CC BY-NC-SA 4.0) are neither here nor used.
  Both NHS files are read at build time from ``shared/external`` and never copied into the repository.
- ``staff_uv``: our staff-survey and User Voice comments, ``tests/data/labelled_comments.csv``.
- ``reviews``: our employer-review likes/dislikes, ``tests/data/labelled_reviews.csv``.
- ``statements``: our employee statements, ``tests/data/labelled_statements.csv``.
- ``facts``: more staff and User Voice comments, mostly facts and suggestions (neutral) and complaints or
  praise told as facts, ``tests/data/labelled_facts.csv``.
- ``heldout``: ``tests/data/heldout_sentiment.csv`` (see its .md): scored only, never trained on.
"""

from __future__ import annotations

import csv
import hashlib
import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
OWN_CSV = DATA / "labelled_comments.csv"
NHS_LABELS = {1: "positive", 2: "positive", 3: "neutral", 4: "negative", 5: "negative"}
TRAINING_SOURCES = ("nhs_v6", "nhs_phase1", "staff_uv", "facts", "reviews", "statements")
TEAM_WRITTEN = ("staff_uv", "facts", "reviews", "statements", "heldout")


def external_folder() -> Path:
    """``shared/external``: $FEEDBACK_EXTERNAL, else the first ``shared/external`` beside a parent of the repo."""
    if os.environ.get("FEEDBACK_EXTERNAL"):
        return Path(os.environ["FEEDBACK_EXTERNAL"])
    for parent in REPO.parents:
        candidate = parent / "shared" / "external"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "external"


NHS_FOLDER = external_folder() / "nhs_fft_pxtextmining"


@dataclass(frozen=True)
class Labelled:
    """One labelled comment."""

    key: str
    text: str
    sentiment: str  # positive / negative / neutral (/ mixed in our own sets)
    themes: tuple[str, ...] = ()
    source: str = ""
    held_out: bool = False
    question: str = ""
    style: str = ""  # our sets: staff, user_voice, employee_statement, employer_review


def three_way(label: str) -> str:
    """Map mixed to neutral, as the NHS labels do (their 3 = "mixed/neutral")."""
    return "neutral" if label == "mixed" else label


def nhs_test_part(comment_id: str) -> bool:
    """True for a fixed 30 % of NHS comments (by a hash of the id); kept for comparisons with older figures."""
    return int(hashlib.sha256(comment_id.encode("utf-8")).hexdigest(), 16) % 10 < 3


def _require(path: Path) -> None:
    if not path.is_file():
        raise SystemExit(f"{path.name} not found at {path} (set FEEDBACK_EXTERNAL to the shared/external folder)")


@cache
def load_nhs(path: Path = NHS_FOLDER / "v6framework_230831.csv") -> tuple[Labelled, ...]:
    """The NHS v6 comments with a sentiment label and non-blank text."""
    import pandas as pd

    _require(path)
    frame = pd.read_csv(path)
    out = []
    columns = ("Comment ID", "FFT answer", "Comment sentiment", "FFT question")
    for cid, text, label, question in zip(*(frame[c] for c in columns), strict=True):
        if pd.isna(label) or pd.isna(text) or not str(text).strip():
            continue
        out.append(Labelled(str(cid), str(text), NHS_LABELS[int(label)], held_out=nhs_test_part(str(cid)),
                            source="nhs_v6", question="" if pd.isna(question) else " ".join(str(question).split())))
    return tuple(out)


@cache
def load_phase1(path: Path = NHS_FOLDER / "phase1_text_data.csv") -> tuple[Labelled, ...]:
    """The NHS phase-1 comments whose criticality is clearly negative (<= -2) or positive (>= 2)."""
    import pandas as pd

    _require(path)
    frame = pd.read_csv(path, dtype=str)
    out = []
    for index, text, value in zip(frame["row_index"], frame["feedback"], frame["criticality"], strict=True):
        try:
            score = int(value)
        except (TypeError, ValueError):
            continue
        if pd.isna(text) or not str(text).strip() or not (-5 <= score <= 5) or abs(score) < 2:
            continue
        out.append(Labelled(f"p{index}", str(text), "negative" if score < 0 else "positive", source="nhs_phase1"))
    return tuple(out)


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@cache
def load_own(path: Path = OWN_CSV) -> tuple[Labelled, ...]:
    """Our labelled staff-survey and User Voice comments (``held_out``: ids divisible by 3)."""
    return tuple(
        Labelled(row["id"], row["text"], row["sentiment"], tuple(t for t in row["themes"].split(";") if t),
                 "staff_uv", held_out=int(row["id"][1:]) % 3 == 0, style=row["source"])
        for row in _read(path)
    )


@cache
def load_set(name: str) -> tuple[Labelled, ...]:
    """One of our question-and-style sets: ``reviews``, ``statements``, ``facts`` or ``heldout``."""
    files = {"reviews": "labelled_reviews.csv", "statements": "labelled_statements.csv",
             "facts": "labelled_facts.csv", "heldout": "heldout_sentiment.csv"}
    return tuple(Labelled(row["id"], row["text"], row["sentiment"], source=name, question=row["question"],
                          style=row["source"], held_out=name == "heldout")
                 for row in _read(DATA / files[name]))


def load_source(name: str) -> tuple[Labelled, ...]:
    """All labelled comments of one source (see the module docstring)."""
    if name == "nhs_v6":
        return load_nhs()
    if name == "nhs_phase1":
        return load_phase1()
    if name == "staff_uv":
        return load_own()
    return load_set(name)
