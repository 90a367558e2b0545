"""Does the respondents' profile differ from the reference population's? A goodness-of-fit test.

The chi-square goodness-of-fit test is used when every expected count (respondents x reference
share) is at least 5. Otherwise an exact test: the binomial test for two groups, the exact
multinomial test (every possible split of the respondents is enumerated; the p-value adds up the
probabilities of the splits no more likely than the one observed) when there are at most
200,000 splits, and beyond that the same test by Monte Carlo simulation (100,000 draws, fixed
seed, so the same data always give the same p-value).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from feedback_gui.core.equality.phrases import p_text

CHI_SQUARE = "chi-square goodness-of-fit test"
BINOMIAL = "exact binomial test"
MULTINOMIAL = "exact multinomial test"
MONTE_CARLO = "Monte Carlo multinomial test"
IMPOSSIBLE = "no test needed: respondents fall in a group the reference has no one in"
MIN_EXPECTED = 5.0
MAX_ENUMERATED = 200_000
SIMULATIONS = 100_000


@dataclass(frozen=True)
class GoodnessOfFit:
    """The result of comparing observed counts with a reference profile."""

    method: str
    statistic: float | None  # the chi-square statistic, for the chi-square test
    dof: int
    p_value: float
    smallest_expected: float
    simulations: int | None  # Monte Carlo draws, when simulated
    significant: bool  # p below 1 - confidence

    @property
    def text(self) -> str:
        """The test and its p-value as printed: "chi-square goodness-of-fit test, p < 0.001"."""
        if self.method == MONTE_CARLO:
            return f"{self.method} ({self.simulations:,} simulations), {p_text(self.p_value)}"
        return self.method if self.method == IMPOSSIBLE else f"{self.method}, {p_text(self.p_value)}"

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"method": self.method, "statistic": self.statistic, "dof": self.dof, "p_value": self.p_value,
                "smallest_expected": self.smallest_expected, "simulations": self.simulations,
                "significant": self.significant, "text": self.text}


def goodness_of_fit(observed: Sequence[int], shares: Sequence[float], confidence: float = 0.95,
                    simulations: int = SIMULATIONS, seed: int = 0) -> GoodnessOfFit | None:
    """Test observed counts against reference shares (any scale; they are made to add up to 1).

    None when there is nothing to test (fewer than two groups, or no respondents).
    """
    counts = np.asarray(observed, dtype=np.int64)
    p = np.asarray(shares, dtype=float)
    n = int(counts.sum())
    if len(counts) < 2 or n == 0 or p.sum() <= 0:
        return None
    p = p / p.sum()
    alpha = 1.0 - confidence
    dof = len(counts) - 1
    if np.any((p == 0) & (counts > 0)):
        return GoodnessOfFit(IMPOSSIBLE, None, dof, 0.0, 0.0, None, True)
    keep = p > 0
    counts, p = counts[keep], p[keep]
    expected = n * p
    smallest = float(expected.min())
    if len(counts) < 2:
        return None
    from scipy.stats import binomtest, chisquare  # (scipy loads on first use: the window starts without it)

    if smallest >= MIN_EXPECTED:
        result = chisquare(counts, expected)
        value = float(result.pvalue)
        return GoodnessOfFit(CHI_SQUARE, float(result.statistic), dof, value, smallest, None, value < alpha)
    if len(counts) == 2:
        value = float(binomtest(int(counts[0]), n, float(p[0])).pvalue)
        return GoodnessOfFit(BINOMIAL, None, dof, value, smallest, None, value < alpha)
    if math.comb(n + len(counts) - 1, len(counts) - 1) <= MAX_ENUMERATED:
        value = _exact_multinomial(counts, p)
        return GoodnessOfFit(MULTINOMIAL, None, dof, value, smallest, None, value < alpha)
    value = _simulated_multinomial(counts, p, simulations, seed)
    return GoodnessOfFit(MONTE_CARLO, None, dof, value, smallest, simulations, value < alpha)


def _log_pmf(counts: np.ndarray, p: np.ndarray) -> np.ndarray:
    from scipy.special import gammaln, xlogy

    n = counts.sum(axis=-1)
    return gammaln(n + 1) - gammaln(counts + 1).sum(axis=-1) + xlogy(counts, p).sum(axis=-1)


def _exact_multinomial(counts: np.ndarray, p: np.ndarray) -> float:
    n, k = int(counts.sum()), len(counts)
    bars = np.array(list(itertools.combinations(range(n + k - 1), k - 1)), dtype=np.int64).reshape(-1, k - 1)
    edges = np.hstack([np.full((len(bars), 1), -1), bars, np.full((len(bars), 1), n + k - 1)])
    splits = np.diff(edges, axis=1) - 1
    log_p = _log_pmf(splits, p)
    observed = _log_pmf(counts, p)
    return float(min(1.0, np.exp(log_p[log_p <= observed + 1e-9]).sum()))


def _simulated_multinomial(counts: np.ndarray, p: np.ndarray, simulations: int, seed: int) -> float:
    draws = np.random.default_rng(seed).multinomial(int(counts.sum()), p, size=simulations)
    as_extreme = int((_log_pmf(draws, p) <= _log_pmf(counts, p) + 1e-9).sum())
    return (as_extreme + 1) / (simulations + 1)
