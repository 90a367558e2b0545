"""Settings of a wave comparison: significance level, multiple-comparison control, fuzzy threshold."""

from __future__ import annotations

from dataclasses import dataclass

from feedback_gui.core.errors import FeedbackError


@dataclass(frozen=True)
class WaveSettings:
    """Choices that change which questions are paired and which changes are called significant.

    ``fdr``: control the false discovery rate across all compared questions (Benjamini–Hochberg);
    ``alpha``: the significance level (0.05 = 95%); ``fuzzy_threshold``: the text similarity (0..1)
    above which two differently worded questions are proposed as the same question;
    ``min_expected``: below this expected count in the 2×2 table, Fisher's exact test replaces the z-test.
    """

    fdr: bool = True
    alpha: float = 0.05
    fuzzy_threshold: float = 0.75
    min_expected: float = 5.0

    def __post_init__(self) -> None:
        if not 0.0 < self.alpha < 1.0:
            raise FeedbackError(f"the significance level must be between 0 and 1 (got {self.alpha})")
        if not 0.0 < self.fuzzy_threshold <= 1.0:
            raise FeedbackError(f"the similarity threshold must be above 0 and at most 1 (got {self.fuzzy_threshold})")

    @property
    def confidence_text(self) -> str:
        """The confidence level as printed: "95%"."""
        return f"{100 * (1 - self.alpha):g}%"

    def to_dict(self) -> dict:
        """JSON-ready form."""
        return {"fdr": self.fdr, "alpha": self.alpha, "fuzzy_threshold": self.fuzzy_threshold,
                "min_expected": self.min_expected}


DEFAULT_WAVE_SETTINGS = WaveSettings()
