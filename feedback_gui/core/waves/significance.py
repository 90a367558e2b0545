"""Is a change between two waves more than noise? Two-proportion tests and Benjamini–Hochberg.

The 2×2 table is (counted, not counted) × (earlier wave, later wave). When every expected count under
"no change" is at least 5 the pooled two-proportion z-test is used (its two-sided p-value equals the
chi-squared test without continuity correction); otherwise Fisher's exact test.

scipy is imported when a test needs it, not with this module: the app's window imports the waves and benchmark
matching at start-up, and scipy.stats alone takes most of a second to load.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

Z_TEST = "z-test"
FISHER = "fisher"
TEST_NAMES = {Z_TEST: "two-proportion z-test", FISHER: "Fisher's exact test"}


@dataclass(frozen=True)
class ProportionTest:
    """The test used, its statistic (z; None for Fisher's test) and the two-sided p-value."""

    test: str
    statistic: float | None
    p_value: float

    @property
    def name(self) -> str:
        """The test's name as printed."""
        return TEST_NAMES[self.test]

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"test": self.test, "statistic": self.statistic, "p_value": self.p_value}


def table(x1: int, n1: int, x2: int, n2: int) -> list[list[int]]:
    """The 2×2 table: one row per wave, (counted, not counted)."""
    return [[x1, n1 - x1], [x2, n2 - x2]]


def expected_counts(x1: int, n1: int, x2: int, n2: int) -> list[list[float]]:
    """Counts expected in each cell if the proportion were the same in both waves."""
    total, counted = n1 + n2, x1 + x2
    return [[n * counted / total, n * (total - counted) / total] for n in (n1, n2)]


def compare_proportions(x1: int, n1: int, x2: int, n2: int, min_expected: float = 5.0) -> ProportionTest:
    """Test whether x1/n1 and x2/n2 differ: pooled z-test, or Fisher's exact test for small expected counts."""
    if n1 <= 0 or n2 <= 0 or not (0 <= x1 <= n1 and 0 <= x2 <= n2):
        raise ValueError(f"cannot test {x1}/{n1} against {x2}/{n2}")
    if min(min(row) for row in expected_counts(x1, n1, x2, n2)) < min_expected:
        from scipy.stats import fisher_exact

        return ProportionTest(FISHER, None, float(fisher_exact(np.asarray(table(x1, n1, x2, n2))).pvalue))
    pooled = (x1 + x2) / (n1 + n2)
    z = (x2 / n2 - x1 / n1) / math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    return ProportionTest(Z_TEST, z, math.erfc(abs(z) / math.sqrt(2)))  # two-sided: 2 × the normal upper tail


def adjusted_p_values(p_values: Sequence[float], fdr: bool) -> list[float]:
    """Benjamini–Hochberg adjusted p-values across all compared questions (unchanged when ``fdr`` is off)."""
    if not fdr or len(p_values) < 2:
        return [float(p) for p in p_values]
    from scipy.stats import false_discovery_control

    return [float(p) for p in false_discovery_control(list(p_values), method="bh")]


def significance_note(compared: int, fdr: bool, confidence_text: str) -> str:
    """How significance was decided, in a sentence for the report."""
    if fdr and compared > 1:
        return (f"Significant at {confidence_text} after the Benjamini–Hochberg correction across the {compared} "
                "questions compared.")
    return f"Significant at {confidence_text} (each question tested on its own)."
