"""Analysis settings: a small typed object the app and the command line both pass to the core."""

from __future__ import annotations

from dataclasses import dataclass, field

from feedback_gui.core.analysis.bands import HMIP_BANDS, RatingBands
from feedback_gui.core.schema.counted_default import CHOICES as COUNTED_CHOICES
from feedback_gui.core.schema.counted_default import TOP_TWO


@dataclass(frozen=True)
class AnalysisSettings:
    """Choices that change figures: suppression, confidence, rating bands, redaction, default counted answers,
    and whether the Comments panel learns from the user's relabels."""

    suppression_threshold: int = 5  # groups with fewer relevant respondents show no figure
    confidence: float = 0.95
    bands: RatingBands = field(default_factory=lambda: HMIP_BANDS)
    redact: bool = True
    counted_default: str = TOP_TWO  # what rating scales count unless the user chose: "top_two" or "top_box"
    learn_from_corrections: bool = True  # the app re-scores comments like those the user relabelled (project only)

    def __post_init__(self) -> None:
        if self.counted_default not in COUNTED_CHOICES:
            raise ValueError(f"counted_default must be one of {', '.join(COUNTED_CHOICES)}, "
                             f"not {self.counted_default!r}")


DEFAULT_SETTINGS = AnalysisSettings()
