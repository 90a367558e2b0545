"""Answer labels: one spelling per answer, and the answers that leave the denominator.

Survey tools and hand-kept sheets spell the same answer many ways ("agree ", "Strongly Agree",
"N/A", "n/a ", "not applicable ", "Don’t know"). Every label is reduced to a key (case, spacing,
curly quotes and trailing punctuation ignored) and mapped to one canonical spelling.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                         "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": ""})

NOT_APPLICABLE = "Not applicable"
DONT_KNOW = "Don't know"
PREFER_NOT = "Prefer not to say"
NOT_ELIGIBLE = "Not eligible"
NOT_ANSWERED = "Not answered"

# Keys (see label_key) of answers that are not counted in the denominator, with their canonical label.
_EXCLUDED_KEYS: dict[str, str] = {
    "not applicable": NOT_APPLICABLE,
    "n/a": NOT_APPLICABLE,
    "na": NOT_APPLICABLE,
    "n.a.": NOT_APPLICABLE,
    "n a": NOT_APPLICABLE,
    "not relevant": NOT_APPLICABLE,
    "does not apply": NOT_APPLICABLE,
    "doesn't apply": NOT_APPLICABLE,
    "not applicable to me": NOT_APPLICABLE,
    "don't know": DONT_KNOW,
    "dont know": DONT_KNOW,
    "do not know": DONT_KNOW,
    "dk": DONT_KNOW,
    "don't know / not sure": DONT_KNOW,
    "don't know/not sure": DONT_KNOW,
    "i don't know": DONT_KNOW,
    "i dont know": DONT_KNOW,
    "i do not know": DONT_KNOW,
    "not eligible": NOT_ELIGIBLE,
    "i am not eligible": NOT_ELIGIBLE,
    "i'm not eligible": NOT_ELIGIBLE,
    "ineligible": NOT_ELIGIBLE,
    "not answered": NOT_ANSWERED,
    "no answer": NOT_ANSWERED,
    "no response": NOT_ANSWERED,
    "refused": NOT_ANSWERED,
    "skipped": NOT_ANSWERED,
    "prefer not to say": PREFER_NOT,
    "prefer not to answer": PREFER_NOT,
    "i prefer not to say": PREFER_NOT,
    "rather not say": PREFER_NOT,
    "i'd rather not say": PREFER_NOT,
    "decline to answer": PREFER_NOT,
}

# Canonical spellings of common answers, by key.
_CANONICAL: dict[str, str] = {
    "yes": "Yes",
    "y": "Yes",
    "no": "No",
    "n": "No",
    "not sure": "Not sure",
    "unsure": "Unsure",
    "strongly agree": "Strongly agree",
    "agree": "Agree",
    "somewhat agree": "Somewhat agree",
    "neither agree nor disagree": "Neither agree nor disagree",
    "neither agree or disagree": "Neither agree nor disagree",
    "neutral": "Neutral",
    "somewhat disagree": "Somewhat disagree",
    "disagree": "Disagree",
    "strongly disagree": "Strongly disagree",
    "always": "Always",
    "most of the time": "Most of the time",
    "often": "Often",
    "sometimes": "Sometimes",
    "rarely": "Rarely",
    "never": "Never",
    "very satisfied": "Very satisfied",
    "satisfied": "Satisfied",
    "neither satisfied nor dissatisfied": "Neither satisfied nor dissatisfied",
    "dissatisfied": "Dissatisfied",
    "very dissatisfied": "Very dissatisfied",
    "very good": "Very good",
    "good": "Good",
    "fair": "Fair",
    "poor": "Poor",
    "very poor": "Very poor",
    "excellent": "Excellent",
    "neither good nor poor": "Neither good nor poor",
    "male": "Male",
    "female": "Female",
}


def clean_text(value: str) -> str:
    """Collapse runs of whitespace, straighten curly quotes and strip the ends."""
    return _SPACES.sub(" ", value.translate(_QUOTES)).strip()


def label_key(value: str) -> str:
    """The comparison key of an answer label: case, spacing, quotes and end punctuation ignored."""
    key = clean_text(value).casefold()
    key = key.rstrip(" .;:!")
    return key.replace(" / ", "/").replace("n / a", "n/a")


def excluded_label(value: str) -> str | None:
    """Canonical label if ``value`` is an answer that leaves the denominator, else None.

    "Not applicable", "N/A", "n/a ", "Don’t know", "Prefer not to say" and their spellings; also
    labels ending in "(N/A)" such as SurveyMonkey's "Unfamiliar (N/A)".
    """
    key = label_key(value)
    if key in _EXCLUDED_KEYS:
        return _EXCLUDED_KEYS[key]
    if key.endswith("(n/a)") or key.endswith("(not applicable)"):
        return clean_text(value)
    return None


def canonical_label(value: str) -> str:
    """The one spelling used for an answer label ("agree " -> "Agree", "n/a" -> "Not applicable")."""
    excluded = excluded_label(value)
    if excluded is not None:
        return excluded
    known = _CANONICAL.get(label_key(value))
    if known is not None:
        return known
    return clean_text(value)


def normalise_labels(values: Iterable[str], counts: Iterable[int] | None = None) -> dict[str, str]:
    """Map each raw label to one spelling.

    Known answers take their canonical spelling; other labels that differ only by case or
    spacing take the spelling used most often (ties: the first seen).
    """
    values = list(values)
    weights = list(counts) if counts is not None else [1] * len(values)
    by_key: dict[str, Counter[str]] = {}
    for raw, weight in zip(values, weights, strict=True):
        cleaned = clean_text(raw)
        by_key.setdefault(label_key(raw), Counter())[cleaned] += weight
    chosen: dict[str, str] = {}
    for key, spellings in by_key.items():
        if key in _EXCLUDED_KEYS or key in _CANONICAL or key.endswith("(n/a)"):
            chosen[key] = canonical_label(next(iter(spellings)))
        else:
            chosen[key] = spellings.most_common(1)[0][0]
    return {raw: chosen[label_key(raw)] for raw in values}
