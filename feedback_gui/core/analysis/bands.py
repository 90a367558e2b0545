"""Rating bands: turning a percentage into a rating, and ratings into points."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RatingBands:
    """Ordered bands (lowest percentage that earns each rating, best first) and points per rating."""

    name: str
    bands: tuple[tuple[float, str], ...]
    points: tuple[tuple[str, int], ...]

    def rating(self, percent: float) -> str:
        """The rating a percentage earns."""
        for floor, rating in self.bands:
            if percent >= floor:
                return rating
        return self.bands[-1][1]

    def points_for(self, rating: str) -> int:
        """Points a rating scores."""
        lookup = {r.casefold(): p for r, p in self.points}
        try:
            return lookup[rating.strip().casefold()]
        except KeyError:
            expected = ", ".join(r for r, _ in self.points)
            raise ValueError(f"unknown rating {rating!r}; expected one of {expected}") from None

    @property
    def max_points(self) -> int:
        """Points of the best rating."""
        return max(p for _, p in self.points)

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"name": self.name, "bands": [{"from_percent": f, "rating": r} for f, r in self.bands],
                "points": dict(self.points)}


HMIP_BANDS = RatingBands(
    name="HM Inspectorate of Probation",
    bands=((80.0, "Outstanding"), (65.0, "Good"), (50.0, "Requires improvement"), (0.0, "Inadequate")),
    points=(("Outstanding", 3), ("Good", 2), ("Requires improvement", 1), ("Inadequate", 0)),
)
