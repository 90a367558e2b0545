"""Is a survey's figure different from the benchmark's, or could the difference be chance?

- A benchmark % without a sample size (the CSPS figures) is taken as a fixed proportion: the survey's
  x out of n is tested against it with the **exact binomial test** (two-sided; scipy's ``binomtest``,
  which adds the probabilities of every outcome no likelier than the one seen).
- A benchmark % with its respondents N (a user's CSV) is a sample too: the benchmark's count is
  round(percent × N / 100), and the two proportions are compared with the pooled **two-proportion
  z-test**, or Fisher's exact test when an expected count is under 5 (the waves' test,
  :func:`feedback_gui.core.waves.significance.compare_proportions`).
- An index (0-100 per respondent) against a benchmark score without a sample size: the **one-sample t
  test** of respondents' scores. With the benchmark's respondents N: **Welch's t test**, the benchmark's
  spread taken to be the survey's (a benchmark file gives no spread).

A difference is significant when p is at or below the significance level (as for waves).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from feedback_gui.core.waves.significance import compare_proportions

BINOMIAL, TWO_PROPORTION, FISHER, ONE_SAMPLE_T, WELCH_T = (
    "exact binomial test", "two-proportion z-test", "Fisher's exact test", "one-sample t test", "Welch's t test")


@dataclass(frozen=True)
class BenchmarkTest:
    """The test used and its two-sided p-value."""

    test: str
    p_value: float


def is_significant(p_value: float, alpha: float) -> bool:
    """True when p is at or below the significance level (the waves' convention)."""
    return p_value <= alpha


def proportion_test(x: int, n: int, percent: float, respondents: int | None = None) -> BenchmarkTest:
    """x out of n against a benchmark percent (0-100), with the benchmark's respondents if known."""
    if n <= 0 or not 0 <= x <= n:
        raise ValueError(f"cannot test {x} out of {n}")
    if respondents is None:
        from scipy.stats import binomtest

        return BenchmarkTest(BINOMIAL, float(binomtest(x, n, min(max(percent / 100.0, 0.0), 1.0)).pvalue))
    benchmark_x = int(math.floor(percent * respondents / 100.0 + 0.5))
    result = compare_proportions(benchmark_x, respondents, x, n)
    return BenchmarkTest(FISHER if result.test == "fisher" else TWO_PROPORTION, result.p_value)


def index_test(scores: np.ndarray, benchmark: float, respondents: int | None = None) -> BenchmarkTest | None:
    """Respondents' index scores against a benchmark score; None with fewer than two scores or no spread."""
    from scipy.stats import ttest_1samp, ttest_ind_from_stats

    x = scores[~np.isnan(scores)]
    if x.size < 2 or float(np.std(x)) == 0.0:
        return None
    if respondents is None:
        return BenchmarkTest(ONE_SAMPLE_T, float(ttest_1samp(x, benchmark).pvalue))
    sd = float(np.std(x, ddof=1))
    result = ttest_ind_from_stats(float(np.mean(x)), sd, x.size, benchmark, sd, respondents, equal_var=False)
    return BenchmarkTest(WELCH_T, float(result.pvalue))
