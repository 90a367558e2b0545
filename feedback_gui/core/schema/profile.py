"""A column's distinct answers and their counts, computed once in a single vectorised pass."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from feedback_gui.core.schema.labels import clean_text


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
