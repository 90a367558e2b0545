"""The priority matrix: each driver placed by its importance and its % favourable.

                 low % favourable     high % favourable
    important    priority             strength
    less so      monitor              maintain

- **priority**: matters much to the outcome, and few are favourable: work on these first;
- **strength**: matters much, and most are favourable: protect and celebrate;
- **maintain**: matters less, most are favourable: keep as it is;
- **monitor**: matters less, few are favourable: watch.

The cuts are the averages over the items: an item is important when its importance is at or above the
mean importance (R² shared equally), favourable when its % favourable is at or above the mean % favourable
of the items. Items without a % favourable are not placed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

PRIORITY, STRENGTH, MAINTAIN, MONITOR = "priority", "strength", "maintain", "monitor"
QUADRANT_NAMES = {PRIORITY: "Priority", STRENGTH: "Strength", MAINTAIN: "Maintain", MONITOR: "Monitor"}


@dataclass(frozen=True)
class PriorityPoint:
    """One item on the matrix."""

    question: str
    importance: float
    percent: float
    quadrant: str

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"question": self.question, "importance": self.importance, "percent": self.percent,
                "quadrant": self.quadrant}


@dataclass(frozen=True)
class PriorityMatrix:
    """The items placed on the matrix and the two cuts."""

    points: tuple[PriorityPoint, ...]
    importance_cut: float
    percent_cut: float

    def in_quadrant(self, quadrant: str) -> tuple[PriorityPoint, ...]:
        """The items of one quadrant, most important first."""
        return tuple(sorted((p for p in self.points if p.quadrant == quadrant), key=lambda p: -p.importance))

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"importance_cut": self.importance_cut, "percent_cut": self.percent_cut,
                "points": [p.to_dict() for p in self.points]}


def quadrant(importance: float, percent: float, importance_cut: float, percent_cut: float) -> str:
    """Which quadrant an item falls in (cuts count as the high side)."""
    important = importance >= importance_cut
    favourable = percent >= percent_cut
    if important:
        return STRENGTH if favourable else PRIORITY
    return MAINTAIN if favourable else MONITOR


def place(items: Sequence[tuple[str, float, float | None]]) -> PriorityMatrix:
    """Place (question, importance, % favourable) items; those without a % favourable are left out."""
    placed = [(q, i, p) for q, i, p in items if p is not None]
    if not placed:
        return PriorityMatrix((), 0.0, 0.0)
    importance_cut = sum(i for _, i, _ in placed) / len(placed)
    percent_cut = sum(p for _, _, p in placed) / len(placed)
    points = tuple(PriorityPoint(q, i, p, quadrant(i, p, importance_cut, percent_cut)) for q, i, p in placed)
    return PriorityMatrix(points, importance_cut, percent_cut)


def priority_matrix(result: object) -> PriorityMatrix:
    """The matrix of a :class:`~feedback_gui.core.insight.drivers.DriversResult` (or its dict)."""
    data = result if isinstance(result, dict) else result.to_dict()  # type: ignore[attr-defined]
    return place([(i["question"], float(i["importance"]), i.get("percent")) for i in data.get("items", [])])
