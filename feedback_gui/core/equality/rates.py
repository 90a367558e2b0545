"""One group's rate against the rest: the relative rate index, its interval and a test.

With a = the group's counted answers out of n1 relevant, and c = the rest's out of n2:

    RRI = (a / n1) / (c / n2)
    SE(ln RRI) = sqrt(1/a - 1/n1 + 1/c - 1/n2)        (Katz's log method)
    95% interval = exp(ln RRI -/+ 1.96 x SE)

When a or c is 0 the log method fails, so 0.5 is added to each of the four cells of the 2x2 table
(a, n1 - a, c, n2 - c) first (Haldane-Anscombe) and the result says it was corrected.

The test: Fisher's exact test when any expected count of the 2x2 table is below 5, otherwise the
chi-square test without continuity correction (the same as the two-proportion z test).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np

FISHER = "Fisher's exact test"
CHI_SQUARE = "chi-square test"
MIN_EXPECTED = 5.0


@dataclass(frozen=True)
class RateComparison:
    """A group's rate against the rest's, as a relative rate index with an interval and a test."""

    group_numerator: int
    group_relevant: int
    rest_numerator: int
    rest_relevant: int
    rri: float
    ci95: tuple[float, float]
    corrected: bool  # 0.5 added to every cell because a count was 0
    test: str  # FISHER or CHI_SQUARE
    statistic: float | None  # chi-square statistic (None for Fisher's test)
    p_value: float
    significant: bool  # p below 1 - confidence

    @property
    def group_percent(self) -> float:
        """The group's rate, percent."""
        return 100.0 * self.group_numerator / self.group_relevant

    @property
    def rest_percent(self) -> float:
        """The rest's rate, percent."""
        return 100.0 * self.rest_numerator / self.rest_relevant

    @property
    def log2_rri(self) -> float:
        """The index on a log scale (0 = same rate, 1 = double, -1 = half): a heatmap's colour value."""
        return math.log2(self.rri)

    @property
    def direction(self) -> str:
        """"higher", "lower" or "no clear difference" (by the test)."""
        if not self.significant:
            return "no clear difference"
        return "higher" if self.rri > 1 else "lower"

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"group_numerator": self.group_numerator, "group_relevant": self.group_relevant,
                "group_percent": self.group_percent, "rest_numerator": self.rest_numerator,
                "rest_relevant": self.rest_relevant, "rest_percent": self.rest_percent, "rri": self.rri,
                "log2_rri": self.log2_rri,
                "ci95": list(self.ci95), "corrected": self.corrected, "test": self.test,
                "statistic": self.statistic, "p_value": self.p_value, "significant": self.significant,
                "direction": self.direction}


def relative_rate(a: int, n1: int, c: int, n2: int, confidence: float = 0.95) -> RateComparison:
    """Compare a/n1 with c/n2: relative rate index, Katz log interval and a test of the 2x2 table."""
    if n1 <= 0 or n2 <= 0 or not 0 <= a <= n1 or not 0 <= c <= n2:
        raise ValueError(f"cannot compare {a}/{n1} with {c}/{n2}")
    corrected = a == 0 or c == 0
    shift = 0.5 if corrected else 0.0
    ea, eb, ec, ed = a + shift, n1 - a + shift, c + shift, n2 - c + shift
    rri = (ea / (ea + eb)) / (ec / (ec + ed))
    se = math.sqrt(max(1 / ea - 1 / (ea + eb) + 1 / ec - 1 / (ec + ed), 0.0))
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    ci = (math.exp(math.log(rri) - z * se), math.exp(math.log(rri) + z * se))
    test, statistic, p_value = table_test(a, n1, c, n2)
    return RateComparison(a, n1, c, n2, rri, ci, corrected, test, statistic, p_value, p_value < 1 - confidence)


def table_test(a: int, n1: int, c: int, n2: int) -> tuple[str, float | None, float]:
    """Test a 2x2 table (counted/not by group/rest): Fisher's exact if an expected count is below 5, else chi-square."""
    table = np.array([[a, n1 - a], [c, n2 - c]])
    expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / table.sum()
    if expected.min() < MIN_EXPECTED:
        from scipy.stats import fisher_exact  # (scipy loads on first use: the window starts without it)

        return FISHER, None, float(fisher_exact(table).pvalue)
    from scipy.stats import chi2_contingency

    result = chi2_contingency(table, correction=False)
    return CHI_SQUARE, float(result.statistic), float(result.pvalue)
