"""Inferring a single column's question type, options and default counted answers."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from feedback_gui.core.schema.labels import excluded_label, normalise_labels
from feedback_gui.core.schema.multiselect import JoinedOptions, detect_joined
from feedback_gui.core.schema.nps import NPS_OPTIONS, PROMOTER_ANSWERS, recognise_nps
from feedback_gui.core.schema.profile import ColumnProfile
from feedback_gui.core.schema.roles import is_demographic_header, is_metadata_header, protected_characteristic
from feedback_gui.core.schema.scales import full_scale, is_yes_no, match_scale, numeric_scale, top_boxes
from feedback_gui.core.survey import QuestionType

_NUMBER = re.compile(r"^[-+]?(\d+([.,]\d*)?|\.\d+)([eE][-+]?\d+)?$")
_RATING_WORDS = re.compile(
    r"\b(scale|rate|rating|score|how likely|how satisfied|how well|out of (5|10)|[01] ?(-|to|–) ?(5|7|10))\b", re.I
)
_DATE = re.compile(
    r"^(\d{4}[-/]\d{1,2}[-/]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})([ T]\d{1,2}:\d{2}(:\d{2})?(\.\d+)?"
    r"( ?[AP]M)?( ?[A-Z]{2,4}| ?[+-]\d{2}:?\d{2}|Z)?)?$",
    re.I,
)
_LEADING_NUMBER = re.compile(r"^\D{0,12}?(\d[\d,]*)")


# "Have you been treated unfairly because of your age?" asks about treatment, not the characteristic.
_ABOUT_TREATMENT = re.compile(r"because|discriminat|unfair|treated|experienc|harass|bull(y|ied)|respect", re.I)
_MAX_CATEGORIES = 500  # more distinct answers than this: free text (or a multi-select's combinations)


@dataclass(frozen=True)
class Inference:
    """What a column was inferred to hold."""

    type: QuestionType
    options: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    counted: tuple[str, ...] = ()
    labels: dict[str, str] | None = None  # cleaned answer -> canonical label
    joined: JoinedOptions | None = None
    numeric_scale: bool = False


def infer_column(header: str, profile: ColumnProfile, order_hint: list[str] | None = None) -> Inference:
    """Infer the question type of one column from its header and its answers."""
    if is_metadata_header(header):
        return Inference(QuestionType.METADATA)
    values, counts = profile.values, profile.counts
    if not values:
        return Inference(QuestionType.SINGLE_CHOICE)
    nps = recognise_nps(header, values)  # a 0-10 "how likely ... recommend" rating (see schema/nps.py)
    if nps is not None:
        return Inference(QuestionType.NPS, NPS_OPTIONS, nps.excluded, PROMOTER_ANSWERS, nps.labels, numeric_scale=True)
    if all(_NUMBER.match(v) for v in values):
        scale = numeric_scale(values)
        if scale is not None and (_RATING_WORDS.search(header) or order_hint):
            return Inference(QuestionType.LIKERT, scale, (), tuple(top_boxes(scale, True)), numeric_scale=True)
        return Inference(QuestionType.NUMERIC)
    if _mostly(values, counts, lambda v: bool(_DATE.match(v))):
        return Inference(QuestionType.DATE)
    if len(values) > _MAX_CATEGORIES:
        joined = detect_joined(values, counts)
        if joined is not None:
            return Inference(QuestionType.MULTI_CHOICE, joined.options, joined=joined)
        return Inference(QuestionType.FREE_TEXT)
    return categorical_inference(header, values, counts, order_hint)


def categorical_inference(
    header: str, values: tuple[str, ...], counts: tuple[int, ...], order_hint: list[str] | None = None,
    allow_free_text: bool = True,
) -> Inference:
    """Type a column of text answers: likert, yes/no, multi-select, demographic, free text or single choice."""
    labels = normalise_labels(values, counts)
    totals: dict[str, int] = {}
    for value, count in zip(values, counts, strict=True):
        totals[labels[value]] = totals.get(labels[value], 0) + count
    excluded = tuple(label for label in totals if excluded_label(label) is not None)
    substantive = [label for label in totals if label not in excluded]
    demographic = is_demographic_header(header) and len(header) <= 100
    protected = (protected_characteristic(header) is not None and len(header) <= 100
                 and not _ABOUT_TREATMENT.search(header))

    scale = match_scale(substantive)
    if scale is not None:
        options = full_scale(scale)
        return Inference(QuestionType.LIKERT, options, excluded, tuple(top_boxes(options, False)), labels)
    if substantive and is_yes_no(substantive):
        options = ("Yes", "No", *[s for s in substantive if s not in ("Yes", "No")])
        kind = QuestionType.DEMOGRAPHIC if protected else QuestionType.YES_NO  # "Do you have a disability?"
        return Inference(kind, options, excluded, ("Yes",) if kind == QuestionType.YES_NO else (), labels)
    joined = detect_joined(values, counts)
    if joined is not None:
        return Inference(QuestionType.MULTI_CHOICE, joined.options, (), (), None, joined)
    if allow_free_text and not demographic and _is_free_text(values, counts):
        return Inference(QuestionType.FREE_TEXT)
    options = order_options(substantive, totals, order_hint)
    kind = QuestionType.DEMOGRAPHIC if demographic else QuestionType.SINGLE_CHOICE
    return Inference(kind, options, excluded, (), labels)


def order_options(labels: list[str], totals: dict[str, int], hint: list[str] | None = None) -> tuple[str, ...]:
    """Natural order of unscaled options: a given order, age bands by age, else most chosen first."""
    if hint:
        position = {h.casefold(): i for i, h in enumerate(hint)}
        return tuple(sorted(labels, key=lambda x: (position.get(x.casefold(), len(position)), -totals.get(x, 0))))
    numbers = [_band_start(label) for label in labels]
    if len(labels) >= 2 and all(n is not None for n in numbers):
        return tuple(sorted(labels, key=_band_start))  # age bands, income bands: by where they start
    return tuple(sorted(labels, key=lambda x: (-totals.get(x, 0), x)))


def _band_start(label: str) -> tuple[float, int] | None:
    """Where a band such as "18-24", "55 and over", "> 60" or "Under 25" starts, for sorting."""
    match = _LEADING_NUMBER.match(label)
    if not match:
        return None
    value = float(match.group(1).replace(",", ""))
    lowered = label.casefold()
    if lowered.startswith(("under", "<", "less than", "below", "up to")):
        return value, -1
    return value, 1 if lowered.startswith((">", "over", "more than", "above")) or "+" in lowered else 0


def _is_free_text(values: tuple[str, ...], counts: tuple[int, ...]) -> bool:
    """Free text: most answers are different and read like sentences."""
    answered = sum(counts)
    distinct = len(values)
    words = sum(len(v.split()) * c for v, c in zip(values, counts, strict=True)) / max(answered, 1)
    if distinct >= 0.5 * answered and (words >= 4 or distinct > 50):
        return True
    return distinct > 60 and words >= 3


def _mostly(values: tuple[str, ...], counts: tuple[int, ...], test, share: float = 0.95) -> bool:
    sample = values[:50]
    if sum(1 for v in sample if not test(v)) > (1 - share) * len(sample) + 1:
        return False  # clearly not: no need to test every value
    hits = sum(c for v, c in zip(values, counts, strict=True) if test(v))
    return hits >= share * sum(counts)


def to_numbers(series: pd.Series) -> pd.Series:
    """Numbers from text cells ("4", "4.5", "4,5"); blanks and non-numbers become missing."""
    text = series.astype("str").str.replace(",", ".", regex=False)
    return pd.to_numeric(text, errors="coerce")


def to_dates(series: pd.Series) -> pd.Series:
    """Dates from text cells in ISO, day-first UK or Google Forms' forms; others become missing."""
    text = series.astype("str").str.replace(r"\s?(GMT|BST|UTC)([+-]\d+)?$", "", regex=True)
    iso = pd.to_datetime(text, errors="coerce", format="ISO8601")
    if iso.notna().sum() >= 0.9 * series.notna().sum():
        return iso
    return pd.to_datetime(text, errors="coerce", dayfirst=True, format="mixed")
