"""A column's distinct answers and their counts, computed once in a single vectorised pass."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from feedback_gui.core.schema.labels import clean_text

# Above this many distinct raw values a column is free text or IDs: its values are not cleaned
# one by one (only blanks are recognised), which keeps importing national-size files fast.
_CLEAN_LIMIT = 5000


@dataclass(frozen=True)
class ColumnProfile:
    """Distinct cleaned answers of a column, how often each occurs, and each row's answer code.

    ``codes[i]`` is the index into ``values`` of row i's answer, or -1 for a blank cell.
    """

    values: tuple[str, ...]
    counts: tuple[int, ...]
    codes: np.ndarray

    @property
    def answered(self) -> int:
        """Number of non-blank cells."""
        return int(sum(self.counts))

    def counter(self) -> dict[str, int]:
        """Answers and their counts, most frequent first."""
        order = sorted(range(len(self.values)), key=lambda i: -self.counts[i])
        return {self.values[i]: self.counts[i] for i in order}


def profile_column(series: pd.Series) -> ColumnProfile:
    """Factorise a column of text cells; cells differing only in spacing are the same answer."""
    raw_codes, raw_uniques = pd.factorize(series, use_na_sentinel=True)
    if len(raw_uniques) > _CLEAN_LIMIT:
        return _profile_many(raw_codes, raw_uniques)
    cleaned: list[str] = []
    index_of: dict[str, int] = {}
    remap = np.full(len(raw_uniques) + 1, -1, dtype=np.int64)  # last slot maps the NA sentinel
    for i, raw in enumerate(raw_uniques):
        text = clean_text(str(raw))
        if not text:
            continue
        if text not in index_of:
            index_of[text] = len(cleaned)
            cleaned.append(text)
        remap[i] = index_of[text]
    codes = remap[raw_codes]  # -1 indexes the last slot, which is -1
    counts = np.bincount(codes[codes >= 0], minlength=len(cleaned)) if len(cleaned) else np.zeros(0, int)
    return ColumnProfile(tuple(cleaned), tuple(int(c) for c in counts), codes)


def _profile_many(raw_codes: np.ndarray, raw_uniques: object) -> ColumnProfile:
    """Profile of a high-cardinality column: values kept as they are, whitespace-only cells blank."""
    uniques = pd.Series(raw_uniques, dtype="str")
    blank = (uniques.str.strip() == "").to_numpy()
    remap = np.append(np.where(blank, -1, 0), -1).astype(np.int64)
    keep = ~blank
    new_index = np.cumsum(keep) - 1
    remap[:-1] = np.where(keep, new_index, -1)
    codes = remap[raw_codes]
    values = tuple(uniques[keep].tolist())
    counts = np.bincount(codes[codes >= 0], minlength=len(values))
    return ColumnProfile(values, tuple(counts.tolist()), codes)
