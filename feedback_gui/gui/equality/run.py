"""The Equality panel's background work: read the reference, then run the core's equality analysis.

Without a reference only disproportionality can be shown (it needs none). Weighting names that the
reference or the survey cannot weight by are dropped, and a weighting that fails is reported beside
the rest of the analysis rather than failing it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from feedback_gui.core.equality import (
    Disproportionality,
    EqualityReport,
    disproportionality,
    equality_report,
    match_reference,
    read_reference,
)
from feedback_gui.core.errors import FeedbackError
from feedback_gui.core.progress import ProgressFn, no_progress
from feedback_gui.core.schema.labels import label_key
from feedback_gui.core.settings import DEFAULT_SETTINGS, AnalysisSettings
from feedback_gui.core.survey import Survey

REFERENCE_KEY = "equality_reference"  # project settings: the reference profile's path
WEIGHT_BY_KEY = "equality_weight_by"  # project settings: the characteristics weighted by
CAP_KEY = "equality_weight_cap"  # project settings: the weight cap (or absent)


@dataclass(frozen=True)
class EqualityRun:
    """What one run produced: the full report (with a reference) and the RRI matrix (always)."""

    reference_path: Path | None
    report: EqualityReport | None
    rates: Disproportionality
    weight_by: tuple[str, ...]  # what was actually weighted by
    weighting_error: str = ""


def run_equality(survey: Survey, reference_path: Path | None, weight_by: Sequence[str] = (),
                 cap: float | None = None, settings: AnalysisSettings = DEFAULT_SETTINGS,
                 progress: ProgressFn = no_progress) -> EqualityRun:
    """Run the equality analysis of a survey (against a reference profile, if there is one)."""
    if reference_path is None:
        return EqualityRun(None, None, disproportionality(survey, settings=settings, progress=progress), ())
    reference = read_reference(reference_path)
    matched = {label_key(m.characteristic) for m in match_reference(survey, reference) if m.matched}
    names = tuple(n for n in weight_by if label_key(n) in matched)
    error = ""
    try:
        report = equality_report(survey, reference, weight_by=names, cap=cap, settings=settings, progress=progress)
    except FeedbackError as exc:
        if not names:
            raise
        error, names = f"Cannot weight: {exc}", ()
        report = equality_report(survey, reference, settings=settings, progress=progress)
    return EqualityRun(Path(reference_path), report, report.disproportionality, names, error)


__all__ = ["CAP_KEY", "REFERENCE_KEY", "WEIGHT_BY_KEY", "EqualityRun", "run_equality"]
