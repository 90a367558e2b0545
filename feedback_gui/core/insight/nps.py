"""Net Promoter Score (eNPS for staff): promoters 9-10, passives 7-8, detractors 0-6 on a 0-10 scale.

The score is the percentage of promoters minus the percentage of detractors, from -100 (everyone a
detractor) to 100 (everyone a promoter), over the relevant respondents (answers such as "Don't know"
leave the denominator, as everywhere in the app). Its interval is the normal (Wald) interval from the
trinomial variance: with p and d the shares of promoters and detractors among n respondents,

    Var(score / 100) = ((p + d) - (p - d)²) / n

clipped to [-100, 100]. With every answer in one group the variance is 0 and the interval a point: the
interval says nothing then, and the respondents' number should be read beside it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from statistics import NormalDist

from feedback_gui.core.schema.nps import DETRACTOR_ANSWERS, PASSIVE_ANSWERS, PROMOTER_ANSWERS


@dataclass(frozen=True)
class NpsResult:
    """A Net Promoter Score: the score (-100..100), the three groups' counts and the interval."""

    score: float
    promoters: int
    passives: int
    detractors: int
    ci95: tuple[float, float]  # the interval at ``confidence`` (the key keeps the name used everywhere)
    confidence: float = 0.95

    @property
    def respondents(self) -> int:
        """Promoters, passives and detractors together (the denominator)."""
        return self.promoters + self.passives + self.detractors

    def to_dict(self) -> dict:
        """JSON-ready form: {"score", "promoters", "passives", "detractors", "ci95": [lo, hi]}."""
        return {"score": self.score, "promoters": self.promoters, "passives": self.passives,
                "detractors": self.detractors, "ci95": list(self.ci95)}


def nps_interval(promoters: int, passives: int, detractors: int, confidence: float = 0.95) -> tuple[float, float]:
    """The Wald interval of the score from the trinomial variance, in score points, clipped to [-100, 100]."""
    n = promoters + passives + detractors
    if n <= 0:
        return (0.0, 0.0)
    p, d = promoters / n, detractors / n
    variance = max((p + d) - (p - d) ** 2, 0.0) / n
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    half = 100.0 * z * math.sqrt(variance)
    score = 100.0 * (p - d)
    return (max(-100.0, score - half), min(100.0, score + half))


def net_promoter(counts: Mapping[str, int], confidence: float = 0.95) -> NpsResult | None:
    """The score from the counts of answers "0"-"10" (other labels ignored), or None when nobody answered."""
    promoters = sum(int(counts.get(a, 0)) for a in PROMOTER_ANSWERS)
    passives = sum(int(counts.get(a, 0)) for a in PASSIVE_ANSWERS)
    detractors = sum(int(counts.get(a, 0)) for a in DETRACTOR_ANSWERS)
    n = promoters + passives + detractors
    if n <= 0:
        return None
    score = 100.0 * (promoters - detractors) / n
    return NpsResult(score, promoters, passives, detractors,
                     nps_interval(promoters, passives, detractors, confidence), confidence)


def nps_text(result: NpsResult) -> str:
    """The score as printed: "eNPS −9 (−27 to +10), 80 respondents: 22 promoters, 29 passives, 29 detractors"."""
    lo, hi = result.ci95
    return (f"eNPS {_signed(result.score)} ({_signed(lo)} to {_signed(hi)}), {result.respondents} respondents: "
            f"{result.promoters} promoters, {result.passives} passives, {result.detractors} detractors")


def _signed(value: float) -> str:
    rounded = math.floor(value + 0.5 + 1e-9)
    return f"+{rounded}" if rounded > 0 else ("−" + str(-rounded) if rounded < 0 else "0")
