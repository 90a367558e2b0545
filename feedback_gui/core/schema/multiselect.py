"""Multi-select answers held in one cell: "Mentoring;Better IT;" (Microsoft Forms), "Housing, Mental
health" (Google Forms), where an option may itself contain a comma ("Finance, benefits and debt")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from feedback_gui.core.schema.labels import clean_text

_MAX_OPTIONS = 40


@dataclass(frozen=True)
class JoinedOptions:
    """How a joined multi-select column is split, and the options found."""

    delimiter: str  # ";" or ","
    options: tuple[str, ...]  # most chosen first


def split_answer(value: str, delimiter: str, known: Sequence[str] = ()) -> list[str]:
    """Split one cell into its options.

    With ",", fragments are re-joined where they form a known option or where a fragment starts
    in lower case ("Finance, benefits and debt" is one option, not two).
    """
    if delimiter == ";":
        return [part for part in (clean_text(p) for p in value.split(";")) if part]
    fragments = [clean_text(p) for p in value.split(",")]
    fragments = [f for f in fragments if f]
    known_keys = {k.casefold() for k in known}
    parts: list[str] = []
    i = 0
    while i < len(fragments):
        # Longest run of fragments that forms a known option.
        matched = 0
        for j in range(len(fragments), i + 1, -1):
            candidate = ", ".join(fragments[i:j])
            if candidate.casefold() in known_keys:
                matched = j
                break
        if matched:
            parts.append(", ".join(fragments[i:matched]))
            i = matched
            continue
        fragment = fragments[i]
        if parts and not known_keys and fragment[:1].islower():
            parts[-1] = f"{parts[-1]}, {fragment}"
        else:
            parts.append(fragment)
        i += 1
    return parts


def detect_joined(values: Sequence[str], counts: Sequence[int], known: Sequence[str] = ()) -> JoinedOptions | None:
    """Decide whether the distinct answers of a column are multi-select cells, and find the options.

    A column is multi-select when a good share of answers hold the delimiter, and the pieces recur
    (a small set of options combined many ways), unlike free text where the pieces are all different.
    """
    total = sum(counts)
    if total == 0 or len(values) < 2:
        return None
    for delimiter in (";", ","):
        with_delim = sum(c for v, c in zip(values, counts, strict=True) if delimiter in v)
        trailing = sum(c for v, c in zip(values, counts, strict=True) if v.endswith(delimiter))
        if with_delim < 0.1 * total and trailing == 0:
            continue
        pieces: Counter[str] = Counter()
        for value, count in zip(values, counts, strict=True):
            for part in split_answer(value, delimiter, known):
                pieces[part] += count
            if len(pieces) > 3 * _MAX_OPTIONS:
                break  # free text: every piece is new
        if not pieces or len(pieces) > _MAX_OPTIONS:
            continue
        if max(len(p) for p in pieces) > 120:
            continue
        recurring = sum(c for p, c in pieces.items() if c >= 2)
        if recurring < 0.85 * sum(pieces.values()):
            continue
        if len(pieces) >= len(values) and trailing == 0:
            continue  # no combination of options: not a multi-select
        options = tuple(p for p, _ in pieces.most_common())
        return JoinedOptions(delimiter, options)
    return None


def joined_indicators(series: pd.Series, delimiter: str, options: Sequence[str]) -> pd.DataFrame:
    """One boolean column per option: did the respondent tick it? Blank cells tick nothing."""
    profile_codes, uniques = pd.factorize(series, use_na_sentinel=True)
    table = np.zeros((len(uniques) + 1, len(options)), dtype=bool)
    index = {option.casefold(): i for i, option in enumerate(options)}
    for u, value in enumerate(uniques):
        for part in split_answer(str(value), delimiter, options):
            j = index.get(part.casefold())
            if j is not None:
                table[u, j] = True
    picked = table[profile_codes]  # -1 picks the all-False last row
    return pd.DataFrame(picked, index=series.index, columns=list(options))


_TRUE = {"1", "1.0", "true", "yes", "y", "x", "✓", "✔", "ticked", "checked", "selected"}
_FALSE = {"0", "0.0", "false", "no", "n", ""}


def binary_values(values: Iterable[str]) -> bool:
    """True if the answers are 1/0, TRUE/FALSE or a tick mark: a binary option column."""
    keys = {clean_text(v).casefold() for v in values}
    if not keys or keys & {"yes", "no"} == keys:
        return False  # a Yes/No question, not a tick box
    return keys <= (_TRUE | _FALSE) and bool(keys & _TRUE - {"yes", "y"})


def is_ticked(value: object) -> bool:
    """Whether a cell of a binary or option-text column counts as ticked."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return False
    text = clean_text(str(value)).casefold()
    return bool(text) and text not in _FALSE


_OTHER = re.compile(r"\bother\b.*\b(specify|please)\b|^other$|\(please specify\)", re.IGNORECASE)


def is_other_specify(label: str) -> bool:
    """True for an "Other (please specify)" column that holds free text."""
    return bool(_OTHER.search(label))
