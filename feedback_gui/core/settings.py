"""Analysis settings: a small typed object the app and the command line both pass to the core."""

from __future__ import annotations

from dataclasses import dataclass, field

from feedback_gui.core.analysis.bands import HMIP_BANDS, RatingBands


@dataclass(frozen=True)
class AnalysisSettings:
    """Choices that change figures: suppression, confidence, rating bands, redaction."""

    suppression_threshold: int = 5  # groups with fewer relevant respondents show no figure
    confidence: float = 0.95
    bands: RatingBands = field(default_factory=lambda: HMIP_BANDS)
    redact: bool = True


DEFAULT_SETTINGS = AnalysisSettings()
